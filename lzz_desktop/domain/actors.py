"""Actors of a district, their consents and the relationships between them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lzz_desktop.domain.base import Base, DistrictScoped
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, RelationshipKind, Sector
from lzz_desktop.domain.types import enum_column_type


class Actor(DistrictScoped, Base):
    """A person, organisation, group or network (Akteur:in)."""

    __tablename__ = "actors"
    __entity__ = "actor"

    kind: Mapped[ActorKind] = mapped_column(enum_column_type(ActorKind))
    name: Mapped[str] = mapped_column(String(300))
    # Indexed: the search index re-indexes an organisation's members whenever it changes (or
    # arrives in a pulled page), which scanned every actor without it — a first pull of 50,000
    # records took minutes.
    organisation_id: Mapped[str | None] = mapped_column(
        String(36), ForeignKey("actors.id"), nullable=True, default=None, index=True
    )
    sector: Mapped[Sector] = mapped_column(enum_column_type(Sector))
    role: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    influence: Mapped[int] = mapped_column(Integer, default=2)  # 0–4
    attitude: Mapped[int] = mapped_column(Integer, default=0)  # −2 … +2
    interest: Mapped[int] = mapped_column(Integer, default=2)  # 0–4
    tags: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    notes: Mapped[str] = mapped_column(Text, default="")

    def __repr__(self) -> str:
        return f"<Actor {self.name!r} {self.sector}>"


class Consent(DistrictScoped, Base):
    """Consent of a person to the processing of their personal data (DSGVO)."""

    __tablename__ = "consents"
    __entity__ = "consent"

    actor_id: Mapped[str] = mapped_column(String(36), ForeignKey("actors.id"), index=True)
    status: Mapped[ConsentStatus] = mapped_column(enum_column_type(ConsentStatus), default=ConsentStatus.NONE)
    given_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    method: Mapped[str] = mapped_column(String(200), default="")  # e.g. "schriftlich"
    scope: Mapped[str] = mapped_column(Text, default="")
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)
    # When the consent is to be checked again with the person (default: a year after it was given).
    review_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, default=None)


class Relationship(DistrictScoped, Base):
    """A typed relationship between two actors (Beziehung)."""

    __tablename__ = "relationships"
    __entity__ = "relationship"

    source_id: Mapped[str] = mapped_column(String(36), ForeignKey("actors.id"), index=True)
    target_id: Mapped[str] = mapped_column(String(36), ForeignKey("actors.id"), index=True)
    kind: Mapped[RelationshipKind] = mapped_column(enum_column_type(RelationshipKind))
    strength: Mapped[int] = mapped_column(Integer, default=2)  # 1–3
    directed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
