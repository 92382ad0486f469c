"""Workshops and what they produce: agenda, attendance, agreements, action items, attachments."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lzz_desktop.domain.base import Base, DistrictScoped, UTCDateTime
from lzz_desktop.domain.enums import (
    ActionStatus,
    AttendanceRole,
    AttendanceStatus,
    ProtocolStatus,
    Sector,
    WorkshopFormat,
    WorkshopStatus,
)
from lzz_desktop.domain.types import enum_column_type


class Workshop(DistrictScoped, Base):
    __tablename__ = "workshops"
    __entity__ = "workshop"

    title: Mapped[str] = mapped_column(String(300))
    format: Mapped[WorkshopFormat] = mapped_column(enum_column_type(WorkshopFormat))
    status: Mapped[WorkshopStatus] = mapped_column(
        enum_column_type(WorkshopStatus), default=WorkshopStatus.PLANNED
    )
    starts_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True, default=None)
    venue: Mapped[str] = mapped_column(String(300), default="")
    moderation: Mapped[str] = mapped_column(String(300), default="")
    minute_taker: Mapped[str] = mapped_column(String(300), default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    participants_by_organisation_only: Mapped[bool] = mapped_column(Boolean, default=False)
    protocol_status: Mapped[ProtocolStatus] = mapped_column(
        enum_column_type(ProtocolStatus), default=ProtocolStatus.DRAFT
    )
    protocol_approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    protocol_approved_by: Mapped[str] = mapped_column(String(200), default="")
    # iCalendar SEQUENCE: raised when the time or the place changes, so calendars that hold the
    # invitation replace it instead of keeping the old time.
    calendar_sequence: Mapped[int] = mapped_column(Integer, default=0)


class AgendaItem(DistrictScoped, Base):
    """A TOP (Tagesordnungspunkt), ordered by ``position``."""

    __tablename__ = "agenda_items"
    __entity__ = "agenda_item"

    workshop_id: Mapped[str] = mapped_column(String(36), ForeignKey("workshops.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")


class Attendance(DistrictScoped, Base):
    """An actor (person) or a guest by name at a workshop."""

    __tablename__ = "attendances"
    __entity__ = "attendance"

    workshop_id: Mapped[str] = mapped_column(String(36), ForeignKey("workshops.id"), index=True)
    actor_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("actors.id"), nullable=True, default=None
    )
    guest_name: Mapped[str] = mapped_column(String(300), default="")
    guest_organisation: Mapped[str] = mapped_column(String(300), default="")
    # The sector of a guest (a person of the district carries hers on the actor).
    guest_sector: Mapped[Sector | None] = mapped_column(enum_column_type(Sector), nullable=True, default=None)
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column_type(AttendanceStatus), default=AttendanceStatus.INVITED
    )
    role: Mapped[AttendanceRole] = mapped_column(
        enum_column_type(AttendanceRole), default=AttendanceRole.PARTICIPANT
    )


class Agreement(DistrictScoped, Base):
    """A Vereinbarung; can feed a concept section."""

    __tablename__ = "agreements"
    __entity__ = "agreement"

    workshop_id: Mapped[str] = mapped_column(String(36), ForeignKey("workshops.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("agenda_items.id"), nullable=True, default=None
    )
    text: Mapped[str] = mapped_column(Text)
    concept_section_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("concept_sections.id"), nullable=True, default=None
    )


class ActionItem(DistrictScoped, Base):
    """An Aufgabe: what, who, by when. Open items carry over to the next workshop."""

    __tablename__ = "action_items"
    __entity__ = "action_item"

    workshop_id: Mapped[str] = mapped_column(String(36), ForeignKey("workshops.id"), index=True)
    agenda_item_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("agenda_items.id"), nullable=True, default=None
    )
    title: Mapped[str] = mapped_column(Text)
    responsible_actor_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("actors.id"), nullable=True, default=None
    )
    responsible_text: Mapped[str] = mapped_column(String(300), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    status: Mapped[ActionStatus] = mapped_column(enum_column_type(ActionStatus), default=ActionStatus.OPEN)


class Attachment(DistrictScoped, Base):
    """A photo or file, content-addressed by SHA-256 in the data directory."""

    __tablename__ = "attachments"
    __entity__ = "attachment"

    workshop_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("workshops.id"), nullable=True, default=None, index=True
    )
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    caption: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ProtocolApproval(DistrictScoped, Base):
    """One approval of a workshop's protocol, and its withdrawal if it was taken back: the history
    the protocol prints. ``task_states`` keeps the action items as they stood at approval (JSON)."""

    __tablename__ = "protocol_approvals"
    __entity__ = "protocol_approval"

    workshop_id: Mapped[str] = mapped_column(String(36), ForeignKey("workshops.id"), index=True)
    approved_on: Mapped[dt.date] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    withdrawn_by: Mapped[str] = mapped_column(String(200), default="")
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    task_states: Mapped[str] = mapped_column(Text, default="[]")
