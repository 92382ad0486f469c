"""Local-only tables: the outbox of pending operations and local key/value state."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lzz_desktop.domain.base import LocalBase, UTCDateTime, new_id, utcnow


class Outbox(LocalBase):
    """One pending operation, written in the same transaction as the edit it records.

    ``changes`` is JSON: ``{field: [old, new], ...}``. ``seq`` keeps local order only and never
    crosses the wire; ``op_id`` is the idempotency key the server sees.
    """

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    district_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    op: Mapped[str] = mapped_column(String(10))  # insert | update | delete | restore
    base_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Set when the central store refused the op for good: it stays here, visible and counted, and
    # is not sent again until the user decides (take the store's state, or send it again).
    refused_reason: Mapped[str | None] = mapped_column(String(40), nullable=True, default=None)
    refused_detail: Mapped[str] = mapped_column(Text, default="")


class LocalState(LocalBase):
    """Small local key/value state (sync cursor, server epoch, …)."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
