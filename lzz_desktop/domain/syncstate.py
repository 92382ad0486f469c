"""Local-only sync state: conflicts the central store recorded for this user's districts."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lzz_desktop.domain.base import LocalBase, UTCDateTime, utcnow


class SyncConflict(LocalBase):
    """A conflict kept on the server with both values, mirrored at every pull. ``base``, ``mine``
    and ``theirs`` are JSON. ``resolved`` marks a local decision not yet sent to the server."""

    __tablename__ = "sync_conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    district_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kind: Mapped[str] = mapped_column(String(10))  # field | text | delete
    field: Mapped[str] = mapped_column(String(100), default="")
    base: Mapped[str] = mapped_column(Text, default="null")
    mine: Mapped[str] = mapped_column(Text, default="null")
    theirs: Mapped[str] = mapped_column(Text, default="null")
    created_by: Mapped[str] = mapped_column(String(200), default="")  # whose push met it ("mine")
    created_at: Mapped[str] = mapped_column(String(40), default="")
    theirs_by: Mapped[str] = mapped_column(String(200), default="")  # who wrote the store's value
    theirs_at: Mapped[str] = mapped_column(String(40), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncQuarantine(LocalBase):
    """A pulled record this version could not apply (a value out of range, a rule it breaks): kept
    as it came (``payload`` is the record's JSON), so the rest of the page applies and the sync goes
    on; retried when the app was updated (``app_version`` differs)."""

    __tablename__ = "sync_quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(50))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    district_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    payload: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")
    app_version: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Erasure(LocalBase):
    """That a record was erased for good (Art. 17 DSGVO): only who, when and which record — never
    what it held. Kept for the audit, and so that a record erased on another device is erased here
    once (the central store lists its erasures at every sync)."""

    __tablename__ = "erasures"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(50))
    district_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    erased_by: Mapped[str] = mapped_column(String(200), default="")
    erased_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Whether this device still has to tell the central store (an erasure made here, offline).
    pending: Mapped[bool] = mapped_column(Boolean, default=False)
