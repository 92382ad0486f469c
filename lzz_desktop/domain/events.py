"""Programme events across districts: Forum meetings, Lernreisen, Fachveranstaltungen and the
phase conference, with their participants and what was learned ("Impulse").

An event belongs to no single district: it is visible to every account of a participating
district (its *audience*, the ids in ``district_ids``), and so are its participants and
learnings (their audience is their event's). A learning used in a district's concept is linked by
a :class:`LearningLink`, which belongs to that district."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lzz_desktop.domain.base import Base, DistrictScoped, SyncMixin
from lzz_desktop.domain.enums import EventKind
from lzz_desktop.domain.types import enum_column_type

# Enough for every district of the programme (36 characters and a separator each).
DISTRICT_IDS_LENGTH = 4000


def audience_of(district_ids: object) -> frozenset[str]:
    """The district ids an event's ``district_ids`` value names."""
    text = district_ids if isinstance(district_ids, str) else ""
    return frozenset(part for part in text.replace(",", " ").split() if part)


def audience_value(district_ids: list[str] | tuple[str, ...] | frozenset[str] | set[str]) -> str:
    return " ".join(sorted(set(district_ids)))


class ProgrammeEvent(SyncMixin, Base):
    __tablename__ = "programme_events"
    __entity__ = "programme_event"
    __audience__ = "district_ids"

    kind: Mapped[EventKind] = mapped_column(enum_column_type(EventKind))
    title: Mapped[str] = mapped_column(String(300))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    phase_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("programme_phases.id"), nullable=True, default=None
    )
    # The participating districts' ids, separated by spaces: who may see the event.
    district_ids: Mapped[str] = mapped_column(String(DISTRICT_IDS_LENGTH), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    host_municipality: Mapped[str] = mapped_column(String(300), default="")
    host_country: Mapped[str] = mapped_column(String(100), default="")
    topics: Mapped[str] = mapped_column(Text, default="")
    speakers: Mapped[str] = mapped_column(Text, default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    results: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")


class EventParticipant(SyncMixin, Base):
    """Someone at a programme event, with the district they came from (none: the office, a guest)."""

    __tablename__ = "event_participants"
    __entity__ = "event_participant"
    __audience_parent__ = "event_id"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("programme_events.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    from_district_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("districts.id"), nullable=True, default=None
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class EventLearning(SyncMixin, Base):
    """An Impuls: what the districts took away from an event, to be used in their concepts."""

    __tablename__ = "event_learnings"
    __entity__ = "event_learning"
    __audience_parent__ = "event_id"

    event_id: Mapped[str] = mapped_column(String(36), ForeignKey("programme_events.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class LearningLink(DistrictScoped, Base):
    """A learning used in a section of the district's concept."""

    __tablename__ = "learning_links"
    __entity__ = "learning_link"

    learning_id: Mapped[str] = mapped_column(String(36), ForeignKey("event_learnings.id"), index=True)
    concept_section_id: Mapped[str] = mapped_column(String(36), ForeignKey("concept_sections.id"), index=True)
