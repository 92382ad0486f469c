"""Programme events across districts (issue 15): Forum meetings, Lernreisen, Fachveranstaltungen
and the phase conference, each with its participating districts, participants (with the district
they came from), agenda, results, agreements and learnings ("Impulse").

An event is seen by every account of a participating district and written by the office and the
consultants of those districts (``domain.roles``; the outbox hook and the central store check it).
A learning can be linked into a section of a participating district's concept, where it shows
with its origin."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from lzz_desktop.domain import (
    ConceptSection,
    District,
    EventLearning,
    EventParticipant,
    LearningLink,
    ProgrammeEvent,
    ProgrammePhase,
    utcnow,
)
from lzz_desktop.domain.enums import EventKind
from lzz_desktop.domain.events import audience_of, audience_value
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.records.districts import NotFoundError
from lzz_desktop.services.workspace import Workspace

_TEXT_FIELDS = (
    "venue",
    "host_municipality",
    "host_country",
    "topics",
    "speakers",
    "agenda",
    "results",
    "agreements",
)


@dataclass(frozen=True)
class ParticipantData:
    name: str
    organisation: str = ""
    district_id: str | None = None  # where they came from; None: the office, a guest
    id: str | None = None  # None: new


@dataclass(frozen=True)
class LearningData:
    title: str
    text: str = ""
    id: str | None = None  # None: new


@dataclass(frozen=True)
class EventData:
    kind: EventKind
    title: str
    starts_on: dt.date
    ends_on: dt.date | None = None
    phase_id: str | None = None
    district_ids: tuple[str, ...] = ()
    venue: str = ""
    host_municipality: str = ""
    host_country: str = ""
    topics: str = ""
    speakers: str = ""
    agenda: str = ""
    results: str = ""
    agreements: str = ""


@dataclass(frozen=True)
class EventSummary:
    id: str
    kind: EventKind
    title: str
    starts_on: dt.date
    ends_on: dt.date | None
    phase_name: str
    districts: tuple[str, ...]  # names
    participants: int
    learnings: int


@dataclass(frozen=True)
class EventDetail:
    id: str
    data: EventData
    phase_name: str
    district_names: dict[str, str]  # id → name, of the participating districts this computer has
    participants: tuple[ParticipantData, ...]
    learnings: tuple[LearningData, ...]


@dataclass(frozen=True)
class LearningInfo:
    """A learning as a district's concept offers it: with where it comes from."""

    id: str
    title: str
    text: str
    event_title: str
    event_kind: EventKind
    event_on: dt.date
    host: str  # "Altena, Deutschland", or ""


@dataclass(frozen=True)
class LinkedLearning:
    link_id: str
    section_id: str
    learning: LearningInfo


def validate_event(data: EventData) -> list[FieldError]:
    errors = []
    if not data.title.strip():
        errors.append(FieldError("title", ErrorCode.REQUIRED))
    if not data.district_ids:
        errors.append(FieldError("district_ids", ErrorCode.REQUIRED))
    if data.ends_on is not None and data.ends_on < data.starts_on:
        errors.append(FieldError("ends_on", ErrorCode.END_BEFORE_START))
    return errors


def host_text(event: ProgrammeEvent) -> str:
    """Where a Lernreise went: "Altena, Deutschland" (either part may be missing)."""
    return ", ".join(part for part in (event.host_municipality, event.host_country) if part)


def _info(learning: EventLearning, event: ProgrammeEvent) -> LearningInfo:
    return LearningInfo(
        learning.id, learning.title, learning.text, event.title, event.kind, event.starts_on, host_text(event)
    )


def events_of(session: Session, district_id: str, live: bool = True) -> list[ProgrammeEvent]:
    """The programme events ``district_id`` takes part in (also those in the recycle bin when not
    ``live``: erasure and the access report look there too)."""
    stmt = select(ProgrammeEvent)
    if live:
        stmt = stmt.where(ProgrammeEvent.deleted_at.is_(None))
    return [event for event in session.scalars(stmt) if district_id in audience_of(event.district_ids)]


def linked_learnings(session: Session, district_id: str) -> list[LinkedLearning]:
    """The live learnings used in the district's concept, in the order they were linked."""
    rows = session.execute(
        select(LearningLink, EventLearning, ProgrammeEvent)
        .join(EventLearning, EventLearning.id == LearningLink.learning_id)
        .join(ProgrammeEvent, ProgrammeEvent.id == EventLearning.event_id)
        .where(
            LearningLink.district_id == district_id,
            LearningLink.deleted_at.is_(None),
            EventLearning.deleted_at.is_(None),
            ProgrammeEvent.deleted_at.is_(None),
        )
        .order_by(LearningLink.created_at)
    ).all()
    return [LinkedLearning(link.id, link.concept_section_id, _info(lr, ev)) for link, lr, ev in rows]


_Child = TypeVar("_Child", EventParticipant, EventLearning)


def _keep_exactly(
    session: Session,
    model: type[_Child],
    event_id: str,
    wanted: Sequence[tuple[str | None, Mapping[str, object]]],
) -> list[str]:
    """Make the event's live rows of ``model`` exactly ``wanted`` (id or None for a new row, and
    its values), in that order; returns the ids of the rows removed."""
    rows = {
        r.id: r
        for r in session.scalars(select(model).where(model.event_id == event_id, model.deleted_at.is_(None)))
    }
    for position, (row_id, values) in enumerate(wanted):
        given = {**values, "position": position}
        row = rows.pop(row_id, None) if row_id else None
        if row is None:
            session.add(model(event_id=event_id, **given))
            continue
        for key, value in given.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    now = utcnow()
    for row in rows.values():
        row.deleted_at = now
    return list(rows)


class EventService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # --- reading ---------------------------------------------------------------------------
    def list(
        self, phase_id: str | None = None, district_id: str | None = None
    ) -> builtins.list[EventSummary]:
        """Live events, newest first; of one phase, or those one district takes part in."""
        with self.workspace.session() as session:
            names = {r.id: r.name for r in session.execute(select(District.id, District.name))}
            phases = {r.id: r.name for r in session.execute(select(ProgrammePhase.id, ProgrammePhase.name))}
            stmt = select(ProgrammeEvent).where(ProgrammeEvent.deleted_at.is_(None))
            if phase_id is not None:
                stmt = stmt.where(ProgrammeEvent.phase_id == phase_id)
            events = session.scalars(
                stmt.order_by(ProgrammeEvent.starts_on.desc(), ProgrammeEvent.title)
            ).all()
            counts: dict[str, list[int]] = {e.id: [0, 0] for e in events}
            for model, index in ((EventParticipant, 0), (EventLearning, 1)):
                for event_id in session.scalars(
                    select(model.event_id).where(model.deleted_at.is_(None), model.event_id.in_(list(counts)))
                ):
                    counts[event_id][index] += 1
            found = []
            for event in events:
                audience = audience_of(event.district_ids)
                if district_id is not None and district_id not in audience:
                    continue
                found.append(
                    EventSummary(
                        event.id,
                        event.kind,
                        event.title,
                        event.starts_on,
                        event.ends_on,
                        phases.get(event.phase_id or "", ""),
                        tuple(sorted(names[d] for d in audience if d in names)),
                        *counts[event.id],
                    )
                )
            return found

    def get(self, event_id: str) -> EventDetail:
        with self.workspace.session() as session:
            event = session.get(ProgrammeEvent, event_id)
            if event is None or event.deleted_at is not None:
                raise NotFoundError(event_id)
            audience = audience_of(event.district_ids)
            names = {
                r.id: r.name
                for r in session.execute(
                    select(District.id, District.name).where(District.id.in_(sorted(audience)))
                )
            }
            phase = session.get(ProgrammePhase, event.phase_id) if event.phase_id else None
            participants = session.scalars(
                select(EventParticipant)
                .where(EventParticipant.event_id == event_id, EventParticipant.deleted_at.is_(None))
                .order_by(EventParticipant.position, EventParticipant.name)
            ).all()
            learnings = session.scalars(
                select(EventLearning)
                .where(EventLearning.event_id == event_id, EventLearning.deleted_at.is_(None))
                .order_by(EventLearning.position, EventLearning.title)
            ).all()
            data = EventData(
                event.kind,
                event.title,
                event.starts_on,
                event.ends_on,
                event.phase_id,
                tuple(sorted(audience, key=lambda d: names.get(d, d))),
                **{name: getattr(event, name) for name in _TEXT_FIELDS},
            )
            return EventDetail(
                event.id,
                data,
                phase.name if phase is not None else "",
                names,
                tuple(
                    ParticipantData(p.name, p.organisation, p.from_district_id, p.id) for p in participants
                ),
                tuple(LearningData(lr.title, lr.text, lr.id) for lr in learnings),
            )

    def phase_districts(self, phase_id: str) -> builtins.list[str]:
        """The districts of a phase: who takes part in an event of the whole phase."""
        with self.workspace.session() as session:
            return builtins.list(
                session.scalars(
                    select(District.id).where(District.phase_id == phase_id, District.deleted_at.is_(None))
                )
            )

    # --- writing ---------------------------------------------------------------------------
    def create(
        self,
        data: EventData,
        participants: builtins.list[ParticipantData] = (),  # type: ignore[assignment]
        learnings: builtins.list[LearningData] = (),  # type: ignore[assignment]
    ) -> str:
        with self.workspace.transaction() as session:
            data = self._checked(data, participants, learnings)
            event = ProgrammeEvent(kind=data.kind, title=data.title, starts_on=data.starts_on)
            self._set(event, data)
            session.add(event)
            session.flush()
            self._participants(session, event.id, builtins.list(participants))
            self._learnings(session, event.id, builtins.list(learnings))
            return event.id

    def update(
        self,
        event_id: str,
        data: EventData,
        participants: builtins.list[ParticipantData] | None = None,
        learnings: builtins.list[LearningData] | None = None,
    ) -> None:
        """Change an event; ``participants`` and ``learnings`` (when given) become exactly its
        lists (entries with an id are kept and changed, the others added, the rest removed)."""
        with self.workspace.transaction() as session:
            event = session.get(ProgrammeEvent, event_id)
            if event is None or event.deleted_at is not None:
                raise NotFoundError(event_id)
            data = self._checked(data, participants or [], learnings or [])
            self._set(event, data)
            if participants is not None:
                self._participants(session, event_id, participants)
            if learnings is not None:
                self._learnings(session, event_id, learnings)

    def delete(self, event_id: str) -> None:
        """To the recycle bin, with what belongs to it; links into concepts go too."""
        with self.workspace.transaction() as session:
            event = session.get(ProgrammeEvent, event_id)
            if event is None or event.deleted_at is not None:
                raise NotFoundError(event_id)
            now = utcnow()
            learning_ids = builtins.list(
                session.scalars(select(EventLearning.id).where(EventLearning.event_id == event_id))
            )
            for link in session.scalars(
                select(LearningLink).where(
                    LearningLink.learning_id.in_(learning_ids), LearningLink.deleted_at.is_(None)
                )
            ):
                link.deleted_at = now
            for row in [
                *session.scalars(
                    select(EventParticipant).where(
                        EventParticipant.event_id == event_id, EventParticipant.deleted_at.is_(None)
                    )
                ),
                *session.scalars(
                    select(EventLearning).where(
                        EventLearning.event_id == event_id, EventLearning.deleted_at.is_(None)
                    )
                ),
            ]:
                row.deleted_at = now
            event.deleted_at = now

    @staticmethod
    def _checked(
        data: EventData, participants: builtins.list[ParticipantData], learnings: builtins.list[LearningData]
    ) -> EventData:
        errors = validate_event(data)
        if any(not p.name.strip() for p in participants):
            errors.append(FieldError("participant_name", ErrorCode.REQUIRED))
        if any(not lr.title.strip() for lr in learnings):
            errors.append(FieldError("learning_title", ErrorCode.REQUIRED))
        if errors:
            raise ValidationError(errors)
        stripped = {name: getattr(data, name).strip() for name in _TEXT_FIELDS}
        return dataclasses.replace(data, title=data.title.strip(), **stripped)

    @staticmethod
    def _set(event: ProgrammeEvent, data: EventData) -> None:
        values = {
            "kind": data.kind,
            "title": data.title,
            "starts_on": data.starts_on,
            "ends_on": data.ends_on,
            "phase_id": data.phase_id,
            "district_ids": audience_value(data.district_ids),
            **{name: getattr(data, name) for name in _TEXT_FIELDS},
        }
        for key, value in values.items():
            if getattr(event, key, None) != value:
                setattr(event, key, value)

    @staticmethod
    def _participants(session: Session, event_id: str, wanted: builtins.list[ParticipantData]) -> None:
        rows = [
            (
                p.id,
                {
                    "name": p.name.strip(),
                    "organisation": p.organisation.strip(),
                    "from_district_id": p.district_id,
                },
            )
            for p in wanted
        ]
        _keep_exactly(session, EventParticipant, event_id, rows)

    @staticmethod
    def _learnings(session: Session, event_id: str, wanted: builtins.list[LearningData]) -> None:
        rows = [(lr.id, {"title": lr.title.strip(), "text": lr.text.strip()}) for lr in wanted]
        now = utcnow()
        for removed in _keep_exactly(session, EventLearning, event_id, rows):
            for link in session.scalars(
                select(LearningLink).where(
                    LearningLink.learning_id == removed, LearningLink.deleted_at.is_(None)
                )
            ):
                link.deleted_at = now  # a concept shows no learning that is gone

    # --- learnings in a district's concept -------------------------------------------------
    def learnings_for(self, district_id: str) -> builtins.list[LearningInfo]:
        """The learnings of every event the district took part in, newest event first."""
        with self.workspace.session() as session:
            events = {e.id: e for e in events_of(session, district_id)}
            learnings = session.scalars(
                select(EventLearning).where(
                    EventLearning.event_id.in_(builtins.list(events)), EventLearning.deleted_at.is_(None)
                )
            ).all()
            found = [_info(lr, events[lr.event_id]) for lr in learnings]
            found.sort(key=lambda info: (-info.event_on.toordinal(), info.event_title, info.title))
            return found

    def linked(self, district_id: str) -> builtins.list[LinkedLearning]:
        """The learnings linked into the district's concept, by section."""
        with self.workspace.session() as session:
            return linked_learnings(session, district_id)

    def link(self, learning_id: str, section_id: str) -> str:
        """Use a learning in a concept section (of a district that took part in its event)."""
        with self.workspace.transaction() as session:
            section = session.get(ConceptSection, section_id)
            learning = session.get(EventLearning, learning_id)
            event = session.get(ProgrammeEvent, learning.event_id) if learning is not None else None
            if section is None or section.deleted_at is not None:
                raise NotFoundError(section_id)
            if learning is None or learning.deleted_at is not None or event is None:
                raise NotFoundError(learning_id)
            if section.district_id not in audience_of(event.district_ids):
                raise ValidationError([FieldError("learning_id", ErrorCode.UNKNOWN_VALUE)])
            existing = session.scalars(
                select(LearningLink).where(
                    LearningLink.learning_id == learning_id,
                    LearningLink.concept_section_id == section_id,
                    LearningLink.deleted_at.is_(None),
                )
            ).first()
            if existing is not None:
                return existing.id
            link = LearningLink(
                district_id=section.district_id, learning_id=learning_id, concept_section_id=section_id
            )
            session.add(link)
            session.flush()
            return link.id

    def unlink(self, link_id: str) -> None:
        with self.workspace.transaction() as session:
            link = session.get(LearningLink, link_id)
            if link is None or link.deleted_at is not None:
                raise NotFoundError(link_id)
            link.deleted_at = utcnow()
