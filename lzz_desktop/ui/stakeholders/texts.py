"""Display names and colours of the stakeholder vocabulary, in the user's language. The map's
words and colours live with the map (reports/map); the window's lists use the same ones."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lzz_desktop.domain.enums import ConsentStatus
from lzz_desktop.records.stakeholders import ChangeKind
from lzz_desktop.reports.map.style import SECTOR_COLOURS, sector_colour
from lzz_desktop.reports.map.texts import relationship_kind_label

__all__ = [
    "SECTOR_COLOURS",
    "attitude_text",
    "change_label",
    "consent_label",
    "relationship_kind_label",
    "sector_colour",
]


def consent_label(status: ConsentStatus) -> str:
    return {
        ConsentStatus.NONE: QCoreApplication.translate("Stakeholders", "no consent"),
        ConsentStatus.GIVEN: QCoreApplication.translate("Stakeholders", "consent given"),
        ConsentStatus.WITHDRAWN: QCoreApplication.translate("Stakeholders", "consent withdrawn"),
    }[status]


def attitude_text(value: int) -> str:
    return f"{value:+d}" if value else "0"


def change_label(kind: ChangeKind) -> str:
    return {
        ChangeKind.ACTOR_ADDED: QCoreApplication.translate("Stakeholders", "Actor added"),
        ChangeKind.ACTOR_REMOVED: QCoreApplication.translate("Stakeholders", "Actor removed"),
        ChangeKind.INFLUENCE_CHANGED: QCoreApplication.translate("Stakeholders", "Influence changed"),
        ChangeKind.ATTITUDE_CHANGED: QCoreApplication.translate("Stakeholders", "Attitude changed"),
        ChangeKind.RELATIONSHIP_ADDED: QCoreApplication.translate("Stakeholders", "Relationship added"),
        ChangeKind.RELATIONSHIP_REMOVED: QCoreApplication.translate("Stakeholders", "Relationship removed"),
    }[kind]
