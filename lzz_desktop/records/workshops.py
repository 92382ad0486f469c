"""What the workshop service reads and takes: plain, frozen records (no ORM objects leave the
service, so widgets and reports can use them on any thread)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from lzz_desktop.domain.enums import (
    ActionStatus,
    AttendanceRole,
    AttendanceStatus,
    ProtocolStatus,
    Sector,
    WorkshopFormat,
    WorkshopStatus,
)

# The agenda item that carries the open tasks of earlier workshops (German: it is printed).
CARRY_OVER_TITLE = "Offene Aufgaben"


@dataclass(frozen=True)
class WorkshopData:
    """The editable fields of a workshop."""

    title: str
    format: WorkshopFormat
    starts_at: dt.datetime
    ends_at: dt.datetime | None = None
    venue: str = ""
    moderation: str = ""
    minute_taker: str = ""
    goals: str = ""
    status: WorkshopStatus = WorkshopStatus.PLANNED
    participants_by_organisation_only: bool = False


@dataclass(frozen=True)
class WorkshopSummary:
    id: str
    title: str
    format: WorkshopFormat
    status: WorkshopStatus
    starts_at: dt.datetime
    venue: str
    agenda_items: int
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True)
class AgendaRow:
    id: str
    position: int
    title: str
    notes: str
    results: str


@dataclass(frozen=True)
class AttendanceRow:
    id: str
    actor_id: str | None
    name: str
    organisation: str
    sector: Sector | None
    status: AttendanceStatus
    role: AttendanceRole
    public_name: str  # what printouts show: without given consent, role and organisation only


@dataclass(frozen=True)
class AgreementRow:
    id: str
    text: str


@dataclass(frozen=True)
class ActionRow:
    id: str
    workshop_id: str
    workshop_title: str
    workshop_starts_at: dt.datetime
    title: str
    responsible_actor_id: str | None
    responsible: str
    due_on: dt.date | None
    status: ActionStatus
    responsible_public: str  # what printouts show (see AttendanceRow.public_name)

    def overdue(self, today: dt.date) -> bool:
        return self.status != ActionStatus.DONE and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    sha256: str
    filename: str
    mime_type: str
    size: int
    caption: str

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


@dataclass(frozen=True)
class PersonOption:
    """A person of the district who can attend or be responsible."""

    id: str
    name: str
    organisation: str
    sector: Sector


@dataclass(frozen=True)
class WorkshopDetail:
    id: str
    district_id: str
    district_name: str
    data: WorkshopData
    protocol_status: ProtocolStatus
    protocol_approved_on: dt.date | None
    protocol_approved_by: str
    agenda: list[AgendaRow] = field(default_factory=list)
    attendance: list[AttendanceRow] = field(default_factory=list)
    agreements: list[AgreementRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    attachments: list[AttachmentRow] = field(default_factory=list)
    # "Offene Aufgaben": the district's earlier tasks as they are now (see carried_over)
    carried_over: list[ActionRow] = field(default_factory=list)
    approvals: list[Any] = field(default_factory=list)  # services.approvals.ApprovalRow, oldest first
    calendar_sequence: int = 0  # iCalendar SEQUENCE: how often time or place changed
