"""Display names of the enumerations, in the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from lzz_desktop.domain.enums import (
    STAGE_NAMES_EN,
    ActionStatus,
    ActorKind,
    AttendanceRole,
    AttendanceStatus,
    ConceptStatus,
    EventKind,
    Sector,
    WorkshopFormat,
    WorkshopStatus,
)
from lzz_desktop.i18n import current_language
from lzz_desktop.texts import dates


def sector_label(sector: Sector) -> str:
    return {
        Sector.POLITICS: QCoreApplication.translate("Labels", "Politics"),
        Sector.ADMINISTRATION: QCoreApplication.translate("Labels", "Administration"),
        Sector.CIVIL_SOCIETY: QCoreApplication.translate("Labels", "Civil society"),
        Sector.MIGRANTS: QCoreApplication.translate("Labels", "Migrants"),
        Sector.BUSINESS: QCoreApplication.translate("Labels", "Business"),
    }[sector]


def actor_kind_label(kind: ActorKind) -> str:
    return {
        ActorKind.PERSON: QCoreApplication.translate("Labels", "Person"),
        ActorKind.ORGANISATION: QCoreApplication.translate("Labels", "Organisation"),
        ActorKind.GROUP: QCoreApplication.translate("Labels", "Group"),
        ActorKind.NETWORK: QCoreApplication.translate("Labels", "Network"),
    }[kind]


def stage_label(stage: str) -> str:
    """A stage of the district's year in the UI's language (see ``STAGE_NAMES_EN``)."""
    english = QLocale().language() == QLocale.Language.English
    return STAGE_NAMES_EN.get(stage, stage) if english else stage


def event_kind_label(value: EventKind) -> str:
    return {
        EventKind.FORUM: QCoreApplication.translate("Labels", "Forum meeting"),
        EventKind.LEARNING_JOURNEY: QCoreApplication.translate("Labels", "Learning journey"),
        EventKind.EXPERT_EVENT: QCoreApplication.translate("Labels", "Expert event"),
        EventKind.CONFERENCE: QCoreApplication.translate("Labels", "Phase conference"),
    }[value]


def workshop_format_label(value: WorkshopFormat) -> str:
    return {
        WorkshopFormat.KICKOFF: QCoreApplication.translate("Labels", "Kick-off workshop"),
        WorkshopFormat.THEMATIC: QCoreApplication.translate("Labels", "Thematic workshop"),
        WorkshopFormat.STEERING_GROUP: QCoreApplication.translate("Labels", "Steering group"),
        WorkshopFormat.LEARNING_JOURNEY: QCoreApplication.translate("Labels", "Learning journey"),
        WorkshopFormat.NETWORK_MEETING: QCoreApplication.translate("Labels", "Network meeting / forum"),
        WorkshopFormat.EXPERT_EVENT: QCoreApplication.translate("Labels", "Expert event"),
        WorkshopFormat.CONFERENCE: QCoreApplication.translate("Labels", "Final conference"),
        WorkshopFormat.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]


def workshop_status_label(value: WorkshopStatus) -> str:
    return {
        WorkshopStatus.PLANNED: QCoreApplication.translate("Labels", "planned"),
        WorkshopStatus.HELD: QCoreApplication.translate("Labels", "held"),
        WorkshopStatus.CANCELLED: QCoreApplication.translate("Labels", "cancelled"),
    }[value]


def action_status_label(value: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("Labels", "open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "in progress"),
        ActionStatus.DONE: QCoreApplication.translate("Labels", "done"),
    }[value]


def attendance_status_label(value: AttendanceStatus) -> str:
    return {
        AttendanceStatus.INVITED: QCoreApplication.translate("Labels", "invited"),
        AttendanceStatus.PRESENT: QCoreApplication.translate("Labels", "present"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("Labels", "excused"),
    }[value]


def attendance_role_label(value: AttendanceRole) -> str:
    return {
        AttendanceRole.PARTICIPANT: QCoreApplication.translate("Labels", "participant"),
        AttendanceRole.MODERATION: QCoreApplication.translate("Labels", "moderation"),
        AttendanceRole.MINUTES: QCoreApplication.translate("Labels", "minutes"),
    }[value]


def concept_status_label(value: ConceptStatus) -> str:
    return {
        ConceptStatus.DRAFT: QCoreApplication.translate("Labels", "draft"),
        ConceptStatus.IN_REVIEW: QCoreApplication.translate("Labels", "in review"),
        ConceptStatus.ADOPTED: QCoreApplication.translate("Labels", "adopted"),
    }[value]


def date_edit_format() -> str:
    """The date pattern of the UI's language with a four-digit year, for date fields: the same
    as every date shown or printed (lzz_desktop.texts.dates)."""
    return dates.QT_DATE_PATTERNS[current_language()]


def format_date(value: dt.date | None) -> str:
    """A date in the UI's language, as the printed documents write it."""
    return dates.format_date(value, current_language())


def format_datetime(value: dt.datetime | None) -> str:
    """Date and time in the UI's language (convert to local or district time first)."""
    return dates.format_datetime(value, current_language())
