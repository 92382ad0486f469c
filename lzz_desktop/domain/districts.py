"""Programme phases and districts (Landkreise)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from lzz_desktop.domain.base import Base, SyncMixin
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
