"""Workshops of a district and everything documented in them: agenda items (TOPs), attendance,
agreements, action items and attachments. Each write is one transaction with its outbox entries."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from lzz_desktop.domain import (
    ActionItem,
    Actor,
    AgendaItem,
    Agreement,
    Attachment,
    Attendance,
    Consent,
    District,
    Workshop,
    utcnow,
)
from lzz_desktop.domain.enums import (
    ActionStatus,
    ActorKind,
    AttendanceRole,
    AttendanceStatus,
    ConsentStatus,
    Sector,
    WorkshopStatus,
)
from lzz_desktop.domain.privacy import public_name
from lzz_desktop.domain.validation import ValidationError, validate_titled, validate_workshop
from lzz_desktop.records.districts import NotFoundError
from lzz_desktop.records.workshops import (
    CARRY_OVER_TITLE,
    ActionRow,
    AgendaRow,
    AgreementRow,
    AttachmentRow,
    AttendanceRow,
    PersonOption,
    WorkshopData,
    WorkshopDetail,
    WorkshopSummary,
)
from lzz_desktop.services import approvals
from lzz_desktop.services.attachments import StoredFile

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

# The title of the agenda item that carries the open action items of earlier workshops over.
# German because it is content the participants read in the protocol, whatever the UI language.


_UPDATABLE: dict[type, set[str]] = {
    AgendaItem: {"title", "notes", "results"},
    Attendance: {"status", "role", "guest_name", "guest_organisation", "guest_sector"},
    Agreement: {"text"},
    ActionItem: {"title", "responsible_actor_id", "responsible_text", "due_on", "status"},
    Attachment: {"caption"},
}


def _live(model: Any) -> Any:
    return model.deleted_at.is_(None)


# What an invitation in a calendar shows of a workshop: a change raises its SEQUENCE.
_CALENDAR_FIELDS = frozenset({"starts_at", "ends_at", "venue"})


class WorkshopService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # --- reading -------------------------------------------------------------------------
    def list(self, district_id: str, deleted: bool = False) -> builtins.list[WorkshopSummary]:
        """The district's workshops (or those in the recycle bin), newest first."""
        with self.workspace.session() as session:
            counts = (
                select(AgendaItem.workshop_id, func.count().label("n"))
                .where(AgendaItem.district_id == district_id, _live(AgendaItem))
                .group_by(AgendaItem.workshop_id)
                .subquery()
            )
            where = Workshop.deleted_at.is_not(None) if deleted else _live(Workshop)
            rows = session.execute(
                select(Workshop, counts.c.n)
                .outerjoin(counts, counts.c.workshop_id == Workshop.id)
                .where(Workshop.district_id == district_id, where)
                .order_by(Workshop.starts_at.desc())
            )
            return [
                WorkshopSummary(
                    w.id, w.title, w.format, w.status, w.starts_at, w.venue, int(n or 0), w.deleted_at
                )
                for w, n in rows
            ]

    def get(self, workshop_id: str) -> WorkshopDetail:
        with self.workspace.session() as session:
            w = session.get(Workshop, workshop_id)
            if w is None:
                raise NotFoundError(workshop_id)
            district = session.get(District, w.district_id)
            agenda = [
                AgendaRow(a.id, a.position, a.title, a.notes, a.results)
                for a in session.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.workshop_id == workshop_id, _live(AgendaItem))
                    .order_by(AgendaItem.position, AgendaItem.created_at)
                )
            ]
            agreements = [
                AgreementRow(a.id, a.text)
                for a in session.scalars(
                    select(Agreement)
                    .where(Agreement.workshop_id == workshop_id, _live(Agreement))
                    .order_by(Agreement.created_at, Agreement.id)
                )
            ]
            attachments = [
                AttachmentRow(a.id, a.sha256, a.filename, a.mime_type, a.size, a.caption)
                for a in session.scalars(
                    select(Attachment)
                    .where(Attachment.workshop_id == workshop_id, _live(Attachment))
                    .order_by(Attachment.position, Attachment.created_at)
                )
            ]
            return WorkshopDetail(
                id=w.id,
                district_id=w.district_id,
                district_name=district.name if district else "",
                data=_data_of(w),
                protocol_status=w.protocol_status,
                protocol_approved_on=w.protocol_approved_on,
                protocol_approved_by=w.protocol_approved_by,
                calendar_sequence=w.calendar_sequence or 0,
                agenda=agenda,
                attendance=self._attendance(session, workshop_id),
                agreements=agreements,
                actions=self._actions(session, ActionItem.workshop_id == workshop_id),
                attachments=attachments,
                carried_over=self._carried(session, w),
                approvals=approvals.history_in(session, workshop_id),
            )

    @staticmethod
    def _attendance(session: Session, workshop_id: str) -> builtins.list[AttendanceRow]:
        organisation = aliased(Actor)
        found = session.execute(
            select(Attendance, Actor, organisation.name)
            .outerjoin(Actor, Actor.id == Attendance.actor_id)
            .outerjoin(organisation, organisation.id == Actor.organisation_id)
            .where(Attendance.workshop_id == workshop_id, _live(Attendance))
            .order_by(Attendance.created_at, Attendance.id)
        )
        rows = list(found)
        consents = _consent_by_actor(session, [actor.id for _a, actor, _o in rows if actor is not None])
        result = []
        for a, actor, org_name in rows:
            if actor is not None:
                shown = public_name(
                    actor.name,
                    actor.kind,
                    actor.role,
                    org_name or "",
                    consents.get(actor.id, ConsentStatus.NONE),
                )
                result.append(
                    AttendanceRow(
                        a.id, actor.id, actor.name, org_name or "", actor.sector, a.status, a.role, shown
                    )
                )
            else:
                result.append(
                    AttendanceRow(
                        a.id,
                        None,
                        a.guest_name,
                        a.guest_organisation,
                        a.guest_sector,
                        a.status,
                        a.role,
                        a.guest_name,
                    )
                )
        return result

    @staticmethod
    def _actions(session: Session, *where: Any) -> builtins.list[ActionRow]:
        organisation = aliased(Actor)
        rows = list(
            session.execute(
                select(ActionItem, Actor, organisation.name, Workshop.title, Workshop.starts_at)
                .join(Workshop, Workshop.id == ActionItem.workshop_id)
                .outerjoin(Actor, Actor.id == ActionItem.responsible_actor_id)
                .outerjoin(organisation, organisation.id == Actor.organisation_id)
                .where(_live(ActionItem), *where)
                .order_by(Workshop.starts_at, ActionItem.created_at, ActionItem.id)
            )
        )
        consents = _consent_by_actor(session, [actor.id for _a, actor, *_rest in rows if actor is not None])

        def shown(actor: Actor | None, org_name: str | None, fallback: str) -> str:
            if actor is None:
                return fallback
            consent = consents.get(actor.id, ConsentStatus.NONE)
            return public_name(actor.name, actor.kind, actor.role, org_name or "", consent)

        return [
            ActionRow(
                a.id,
                a.workshop_id,
                title,
                starts_at,
                a.title,
                a.responsible_actor_id,
                actor.name if actor is not None else a.responsible_text,
                a.due_on,
                a.status,
                shown(actor, org_name, a.responsible_text),
            )
            for a, actor, org_name, title, starts_at in rows
        ]

    def open_actions(self, district_id: str) -> builtins.list[ActionRow]:
        """Action items of the district's live workshops that are not done, oldest workshop first."""
        with self.workspace.session() as session:
            return self._actions(
                session,
                ActionItem.district_id == district_id,
                ActionItem.status != ActionStatus.DONE,
                _live(Workshop),
            )

    def carried_over(self, workshop_id: str) -> builtins.list[ActionRow]:
        """The tasks this workshop's "Offene Aufgaben" shows, as they are now: the district's
        action items from earlier workshops that are open — including those added after this
        workshop was planned — and those ticked done since it was planned."""
        with self.workspace.session() as session:
            return self._carried(session, self._workshop(session, workshop_id))

    def _carried(self, session: Session, workshop: Workshop) -> builtins.list[ActionRow]:
        return self._actions(
            session,
            ActionItem.district_id == workshop.district_id,
            ActionItem.workshop_id != workshop.id,
            Workshop.starts_at < workshop.starts_at,
            _live(Workshop),
            or_(ActionItem.status != ActionStatus.DONE, ActionItem.updated_at >= workshop.created_at),
        )

    def set_action_status(self, action_id: str, status: ActionStatus) -> None:
        """Tick a task done (or open again), also from a later workshop's "Offene Aufgaben"."""
        with self.workspace.transaction() as session:
            action = session.get(ActionItem, action_id)
            if action is None or action.deleted_at is not None:
                raise NotFoundError(action_id)
            action.status = status

    def persons(self, district_id: str) -> builtins.list[PersonOption]:
        """The district's persons with their organisation and sector, by name."""
        organisation = aliased(Actor)
        with self.workspace.session() as session:
            rows = session.execute(
                select(Actor, organisation.name)
                .outerjoin(organisation, organisation.id == Actor.organisation_id)
                .where(Actor.district_id == district_id, _live(Actor), Actor.kind == ActorKind.PERSON)
                .order_by(Actor.name)
            )
            return [PersonOption(a.id, a.name, org or "", a.sector) for a, org in rows]

    # --- workshops -----------------------------------------------------------------------
    @staticmethod
    def _validated(data: WorkshopData) -> WorkshopData:
        errors = validate_workshop(data.title, data.starts_at, data.ends_at)
        if errors:
            raise ValidationError(errors)
        return dataclasses.replace(data, title=data.title.strip())

    def create(self, district_id: str, data: WorkshopData, carry_over: bool = True) -> str:
        """A new workshop; with ``carry_over``, the open action items of earlier workshops become
        its first agenda item "Offene Aufgaben"."""
        data = self._validated(data)
        with self.workspace.transaction() as session:
            workshop = Workshop(district_id=district_id, **dataclasses.asdict(data))
            session.add(workshop)
            session.flush()
            if carry_over:
                self._carry_over(session, workshop)
            return workshop.id

    def update(self, workshop_id: str, data: WorkshopData) -> None:
        data = self._validated(data)
        with self.workspace.transaction() as session:
            workshop = self._workshop(session, workshop_id)
            moved = False
            for key, value in dataclasses.asdict(data).items():
                if getattr(workshop, key) != value:
                    setattr(workshop, key, value)
                    moved = moved or key in _CALENDAR_FIELDS
            if moved:  # calendars replace an invitation only for a higher SEQUENCE
                workshop.calendar_sequence = (workshop.calendar_sequence or 0) + 1

    def approve_protocol(self, workshop_id: str, by: str, on: dt.date | None = None) -> None:
        """Only a held workshop; its content is frozen until the approval is taken back."""
        approvals.approve(self.workspace, workshop_id, by, on)

    def withdraw_approval(self, workshop_id: str, by: str, reason: str) -> None:
        approvals.withdraw(self.workspace, workshop_id, by, reason)

    def approvals(self, workshop_id: str) -> builtins.list[approvals.ApprovalRow]:
        return approvals.history(self.workspace, workshop_id)

    def duplicate(self, workshop_id: str) -> str:
        """A planned copy as template for the next meeting: four weeks later, same agenda titles
        and invited persons; notes, results, agreements and action items stay with the original."""
        source = self.get(workshop_id)
        data = dataclasses.replace(
            source.data,
            starts_at=source.data.starts_at + dt.timedelta(days=28),
            ends_at=source.data.ends_at + dt.timedelta(days=28) if source.data.ends_at else None,
            status=WorkshopStatus.PLANNED,
        )
        with self.workspace.transaction() as session:
            workshop = Workshop(district_id=source.district_id, **dataclasses.asdict(data))
            session.add(workshop)
            session.flush()
            offset = self._carry_over(session, workshop)
            for row in source.agenda:
                if row.title == CARRY_OVER_TITLE:
                    continue
                session.add(
                    AgendaItem(
                        district_id=workshop.district_id,
                        workshop_id=workshop.id,
                        position=offset + row.position,
                        title=row.title,
                    )
                )
            for a in source.attendance:
                session.add(
                    Attendance(
                        district_id=workshop.district_id,
                        workshop_id=workshop.id,
                        actor_id=a.actor_id,
                        guest_name="" if a.actor_id else a.name,
                        guest_organisation="" if a.actor_id else a.organisation,
                        guest_sector=None if a.actor_id else a.sector,
                        status=AttendanceStatus.INVITED,
                        role=a.role,
                    )
                )
            return workshop.id

    def _carry_over(self, session: Session, workshop: Workshop) -> int:
        """Adds the agenda item listing the open action items of earlier workshops (once); returns
        the number of agenda items added (0 or 1)."""
        exists = session.scalar(
            select(AgendaItem.id).where(
                AgendaItem.workshop_id == workshop.id, AgendaItem.title == CARRY_OVER_TITLE, _live(AgendaItem)
            )
        )
        if exists:
            return 0
        has_earlier_tasks = session.scalar(
            select(ActionItem.id)
            .join(Workshop, Workshop.id == ActionItem.workshop_id)
            .where(
                ActionItem.district_id == workshop.district_id,
                ActionItem.status != ActionStatus.DONE,
                ActionItem.workshop_id != workshop.id,
                Workshop.starts_at < workshop.starts_at,
                _live(Workshop),
                _live(ActionItem),
            )
            .limit(1)
        )
        if not has_earlier_tasks:
            return 0
        # The item only marks the place: the tasks it shows are read when the workshop is shown or
        # printed (carried_over), so tasks added or ticked done later are shown as they are.
        session.add(
            AgendaItem(
                district_id=workshop.district_id,
                workshop_id=workshop.id,
                position=0,
                title=CARRY_OVER_TITLE,
                notes="",
            )
        )
        return 1

    def delete(self, workshop_id: str) -> None:
        """Move the workshop to the recycle bin (restorable)."""
        self._set_deleted(Workshop, workshop_id, utcnow())

    def restore(self, workshop_id: str) -> None:
        self._set_deleted(Workshop, workshop_id, None)

    @staticmethod
    def _workshop(session: Session, workshop_id: str) -> Workshop:
        workshop = session.get(Workshop, workshop_id)
        if workshop is None:
            raise NotFoundError(workshop_id)
        return workshop

    # --- rows of a workshop --------------------------------------------------------------
    def add_agenda_item(self, workshop_id: str, title: str, notes: str = "", results: str = "") -> str:
        errors = validate_titled(title)
        if errors:
            raise ValidationError(errors)
        with self.workspace.transaction() as session:
            workshop = self._workshop(session, workshop_id)
            last = session.scalar(
                select(func.max(AgendaItem.position)).where(
                    AgendaItem.workshop_id == workshop_id, _live(AgendaItem)
                )
            )
            item = AgendaItem(
                district_id=workshop.district_id,
                workshop_id=workshop_id,
                position=(last + 1) if last is not None else 0,
                title=title.strip(),
                notes=notes,
                results=results,
            )
            session.add(item)
            session.flush()
            return item.id

    def reorder_agenda(self, workshop_id: str, ordered_ids: builtins.list[str]) -> None:
        with self.workspace.transaction() as session:
            items = {
                a.id: a
                for a in session.scalars(
                    select(AgendaItem).where(AgendaItem.workshop_id == workshop_id, _live(AgendaItem))
                )
            }
            for position, item_id in enumerate(ordered_ids):
                item = items.get(item_id)
                if item is not None and item.position != position:
                    item.position = position

    def add_attendance(
        self,
        workshop_id: str,
        actor_id: str | None = None,
        guest_name: str = "",
        guest_organisation: str = "",
        status: AttendanceStatus | None = None,
        role: AttendanceRole = AttendanceRole.PARTICIPANT,
        guest_sector: Sector | None = None,
    ) -> str:
        """A person of the district (``actor_id``) or a guest by name at the workshop. Without a
        ``status`` the attendee of a held workshop was there; of a planned one she is invited."""
        if actor_id is None:
            errors = validate_titled(guest_name)
            if errors:
                raise ValidationError([dataclasses.replace(errors[0], field="guest_name")])
        with self.workspace.transaction() as session:
            workshop = self._workshop(session, workshop_id)
            row = Attendance(
                district_id=workshop.district_id,
                workshop_id=workshop_id,
                actor_id=actor_id,
                guest_name=guest_name.strip(),
                guest_organisation=guest_organisation.strip(),
                guest_sector=None if actor_id is not None or guest_sector is None else Sector(guest_sector),
                status=status if status is not None else default_attendance_status(workshop.status),
                role=role,
            )
            session.add(row)
            session.flush()
            return row.id

    def add_agreement(self, workshop_id: str, text: str) -> str:
        errors = validate_titled(text)
        if errors:
            raise ValidationError([dataclasses.replace(errors[0], field="text")])
        with self.workspace.transaction() as session:
            workshop = self._workshop(session, workshop_id)
            row = Agreement(district_id=workshop.district_id, workshop_id=workshop_id, text=text.strip())
            session.add(row)
            session.flush()
            return row.id

    def add_action_item(
        self,
        workshop_id: str,
        title: str,
        responsible_actor_id: str | None = None,
        responsible_text: str = "",
        due_on: dt.date | None = None,
        status: ActionStatus = ActionStatus.OPEN,
    ) -> str:
        errors = validate_titled(title)
        if errors:
            raise ValidationError(errors)
        with self.workspace.transaction() as session:
            workshop = self._workshop(session, workshop_id)
            row = ActionItem(
                district_id=workshop.district_id,
                workshop_id=workshop_id,
                title=title.strip(),
                responsible_actor_id=responsible_actor_id,
                responsible_text="" if responsible_actor_id else responsible_text.strip(),
                due_on=due_on,
                status=status,
            )
            session.add(row)
            session.flush()
            return row.id

    def add_attachment(self, workshop_id: str, source: Path, caption: str = "") -> tuple[str, StoredFile]:
        """Import ``source`` into the content-addressed store and attach it. Raises
        :class:`ValidationError` for unreadable files and for pictures that are none."""
        stored = self.workspace.attachments.store_file(source, field="photo")
        with self.workspace.transaction() as session:
            workshop = self._workshop(session, workshop_id)
            last = session.scalar(
                select(func.max(Attachment.position)).where(
                    Attachment.workshop_id == workshop_id, _live(Attachment)
                )
            )
            row = Attachment(
                district_id=workshop.district_id,
                workshop_id=workshop_id,
                sha256=stored.sha256,
                filename=stored.filename,
                mime_type=stored.mime_type,
                size=stored.size,
                caption=caption,
                position=(last + 1) if last is not None else 0,
            )
            session.add(row)
            session.flush()
            return row.id, stored

    # --- typed edits of a workshop's rows (windows never name tables or columns) ---------------

    def update_agenda_item(
        self, item_id: str, *, title: str | None = None, notes: str | None = None, results: str | None = None
    ) -> None:
        """Change the title, notes or results of an agenda item (``None`` keeps a field)."""
        given = (("title", title), ("notes", notes), ("results", results))
        values = {name: value for name, value in given if value is not None}
        self._update_row(AgendaItem, item_id, **values)

    def rename_agenda_item(self, item_id: str, title: str) -> None:
        self._update_row(AgendaItem, item_id, title=title)

    def remove_agenda_item(self, item_id: str) -> None:
        self._set_deleted(AgendaItem, item_id, utcnow())

    def set_attendance_status(self, attendance_id: str, status: AttendanceStatus) -> None:
        self._update_row(Attendance, attendance_id, status=AttendanceStatus(status))

    def set_attendance_role(self, attendance_id: str, role: AttendanceRole) -> None:
        self._update_row(Attendance, attendance_id, role=AttendanceRole(role))

    def set_attendance_guest_sector(self, attendance_id: str, sector: Sector | None) -> None:
        """The sector of a guest (persons of the district carry theirs on the actor)."""
        self._update_row(Attendance, attendance_id, guest_sector=Sector(sector) if sector else None)

    def remove_attendance(self, attendance_id: str) -> None:
        self._set_deleted(Attendance, attendance_id, utcnow())

    def set_agreement_text(self, agreement_id: str, text: str) -> None:
        self._update_row(Agreement, agreement_id, text=text)

    def remove_agreement(self, agreement_id: str) -> None:
        self._set_deleted(Agreement, agreement_id, utcnow())

    def rename_action_item(self, action_id: str, title: str) -> None:
        self._update_row(ActionItem, action_id, title=title)

    def remove_action_item(self, action_id: str) -> None:
        self._set_deleted(ActionItem, action_id, utcnow())

    def set_attachment_caption(self, attachment_id: str, caption: str) -> None:
        self._update_row(Attachment, attachment_id, caption=caption)

    def remove_attachment(self, attachment_id: str) -> None:
        self._set_deleted(Attachment, attachment_id, utcnow())

    def _update_row(self, model: type, row_id: str, **values: Any) -> None:
        """Change fields of an agenda item, attendance, agreement, action item or attachment."""
        allowed = _UPDATABLE[model]
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        if "title" in values:
            errors = validate_titled(values["title"])
            if errors:
                raise ValidationError(errors)
        if "text" in values:
            errors = validate_titled(values["text"])
            if errors:
                raise ValidationError([dataclasses.replace(errors[0], field="text")])
        if model is ActionItem and values.get("responsible_actor_id"):
            values["responsible_text"] = ""
        with self.workspace.transaction() as session:
            row = session.get(model, row_id)
            if row is None:
                raise NotFoundError(row_id)
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)

    def _set_deleted(self, model: type, row_id: str, when: dt.datetime | None) -> None:
        with self.workspace.transaction() as session:
            row = session.get(model, row_id)
            if row is None:
                raise NotFoundError(row_id)
            row.deleted_at = when


def default_attendance_status(workshop_status: WorkshopStatus) -> AttendanceStatus:
    """Who is put on the list of a held workshop was there; of a planned (or cancelled) one, invited."""
    if workshop_status == WorkshopStatus.HELD:
        return AttendanceStatus.PRESENT
    return AttendanceStatus.INVITED


def _consent_by_actor(session: Session, actor_ids: builtins.list[str]) -> dict[str, ConsentStatus]:
    """The latest live consent status of each actor (persons without a row have none)."""
    status: dict[str, ConsentStatus] = {}
    if not actor_ids:
        return status
    for consent in session.scalars(
        select(Consent)
        .where(Consent.actor_id.in_(actor_ids), Consent.deleted_at.is_(None))
        .order_by(Consent.created_at)
    ):
        status[consent.actor_id] = consent.status  # later rows win
    return status


def _data_of(w: Workshop) -> WorkshopData:
    return WorkshopData(
        title=w.title,
        format=w.format,
        starts_at=w.starts_at,
        ends_at=w.ends_at,
        venue=w.venue,
        moderation=w.moderation,
        minute_taker=w.minute_taker,
        goals=w.goals,
        status=w.status,
        participants_by_organisation_only=w.participants_by_organisation_only,
    )


__all__ = [
    "CARRY_OVER_TITLE",
    "ActionRow",
    "AgendaRow",
    "AgreementRow",
    "AttachmentRow",
    "AttendanceRow",
    "PersonOption",
    "WorkshopData",
    "WorkshopDetail",
    "WorkshopService",
    "WorkshopSummary",
]
