"""Local-only sync state: conflicts the central store recorded for this user's districts."""

from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from lzz_desktop.domain.base import LocalBase


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
    created_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str] = mapped_column(String(40), default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
