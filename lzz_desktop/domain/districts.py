"""Programme phases and districts (Landkreise)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lzz_desktop.domain.base import Base, DistrictScoped, SyncMixin
from lzz_desktop.domain.enums import FederalState
from lzz_desktop.domain.types import enum_column_type


class ProgrammePhase(SyncMixin, Base):
    """A phase of the programme, e.g. the pilot 2018–2019. Global reference data."""

    __tablename__ = "programme_phases"
    __entity__ = "programme_phase"

    name: Mapped[str] = mapped_column(String(200))
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The stages of a district's year in this phase, one per line; empty: ``DEFAULT_STAGES``.
    stages: Mapped[str] = mapped_column(Text, default="")

    def __repr__(self) -> str:
        return f"<ProgrammePhase {self.name!r}>"


class District(SyncMixin, Base):
    """A Landkreis accompanied by the programme. Its ``id`` is the district id of its own rows."""

    __tablename__ = "districts"
    __entity__ = "district"

    name: Mapped[str] = mapped_column(String(200), index=True)
    state: Mapped[FederalState] = mapped_column(enum_column_type(FederalState))
    ags: Mapped[str | None] = mapped_column(String(8), nullable=True, default=None)
    phase_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("programme_phases.id"), nullable=True, default=None
    )
    process_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    process_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    consultancy: Mapped[str] = mapped_column(String(200), default="")

    phase: Mapped[ProgrammePhase | None] = relationship(lazy="joined")

    @property
    def district_id(self) -> str:
        return self.id

    def __repr__(self) -> str:
        return f"<District {self.name!r}>"


class Milestone(DistrictScoped, Base):
    """A stage of the district's year: when it is planned and when it was reached. A stage
    without a row (or without dates) takes its plan from the process dates and its actual date
    from the data where the data shows it (kick-off held, concept decided)."""

    __tablename__ = "milestones"
    __entity__ = "milestone"

    stage: Mapped[str] = mapped_column(String(200))
    planned_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    actual_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
