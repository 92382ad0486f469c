"""Stakeholder maps: saved node positions per map and dated snapshots of a district's map."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Float, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lzz_desktop.domain.base import Base, DistrictScoped


class MapPosition(DistrictScoped, Base):
    """Where the user put an actor on one of the district's maps ("sector", "network")."""

    __tablename__ = "map_positions"
    __entity__ = "map_position"

    map_name: Mapped[str] = mapped_column(String(50))
    actor_id: Mapped[str] = mapped_column(String(36), ForeignKey("actors.id"), index=True)
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)


class MapSnapshot(DistrictScoped, Base):
    """A dated copy of the sector map (actors, attributes, relationships, positions) as JSON."""

    __tablename__ = "map_snapshots"
    __entity__ = "map_snapshot"

    title: Mapped[str] = mapped_column(String(300))
    taken_on: Mapped[dt.date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text, default="{}")
