"""Declarative base and the columns every synced row carries (see ARCHITECTURE.md, data model)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import uuid6
from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A client-generated, time-ordered UUID (v7) as text."""
    return str(uuid6.uuid7())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on SQLite, which stores them naive."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC datetimes")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    """Base of every table in the local database."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class LocalBase(Base):
    """Marker base for local-only tables that never cross the wire."""

    __abstract__ = True


class SyncMixin:
    """Columns of every synced row. ``version`` is assigned by the server (null until synced);
    ``deleted_at`` makes deletion soft and restorable."""

    __entity__: str  # stable name of the entity on the wire

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True, default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class DistrictScoped(SyncMixin):
    """A synced row that belongs to one district (the unit of authorisation)."""

    @declared_attr
    def district_id(cls) -> Mapped[str]:
        return mapped_column(String(36), ForeignKey("districts.id"), index=True)
