"""Writes outbox entries for every insert, update, soft delete and restore of a synced row, in the
flush that writes the row itself (hence in the same transaction)."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from lzz_desktop.domain.base import SyncMixin, utcnow
from lzz_desktop.domain.outbox import Outbox

# Columns the client never sends as changes: the server owns ``version``; ``id`` names the row.
_NOT_CHANGES = {"id", "version"}
AUTHOR_KEY = "lzz_author"
SUPPRESS_KEY = "lzz_no_outbox"


def to_wire(value: Any) -> Any:
    """A column value as JSON: enums by value, dates and datetimes in ISO 8601."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _column_keys(obj: SyncMixin) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def apply_defaults(obj: SyncMixin) -> None:
    """Fill in Python-side column defaults now, so the outbox sees the values the row will have."""
    mapper = inspect(obj).mapper
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        default = column.default
        if default is None or (attr.key in obj.__dict__ and getattr(obj, attr.key) is not None):
            continue
        if default.is_scalar:
            setattr(obj, attr.key, default.arg)
        elif default.is_callable:
            setattr(obj, attr.key, default.arg(None))


def _district_of(obj: SyncMixin) -> str | None:
    return getattr(obj, "district_id", None)


def _record(session: Session, obj: SyncMixin, op: str, changes: dict[str, list[Any]]) -> None:
    session.add(
        Outbox(
            entity=type(obj).__entity__,
            entity_id=obj.id,
            district_id=_district_of(obj),
            op=op,
            base_version=obj.version,
            changes=json.dumps(changes, ensure_ascii=False, sort_keys=True),
        )
    )


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(SUPPRESS_KEY):
        return
    author = str(session.info.get(AUTHOR_KEY, ""))
    now = utcnow()
    for obj in list(session.new):
        if not isinstance(obj, SyncMixin):
            continue
        apply_defaults(obj)
        obj.created_at = now
        obj.updated_at = now
        obj.updated_by = author
        values = {
            key: [None, to_wire(getattr(obj, key))]
            for key in _column_keys(obj)
            if key not in _NOT_CHANGES and getattr(obj, key) is not None
        }
        _record(session, obj, "insert", values)
    for obj in list(session.dirty):
        if not isinstance(obj, SyncMixin) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changes: dict[str, list[Any]] = {}
        for key in _column_keys(obj):
            if key in _NOT_CHANGES | {"updated_at", "updated_by"}:
                continue
            history = state.attrs[key].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old == new:
                continue
            changes[key] = [to_wire(old), to_wire(new)]
        if not changes:
            continue
        obj.updated_at = now
        obj.updated_by = author
        op = "update"
        if set(changes) == {"deleted_at"}:
            op = "delete" if changes["deleted_at"][1] is not None else "restore"
        _record(session, obj, op, changes)


def install(factory: sessionmaker[Session]) -> None:
    """Make every session of ``factory`` record outbox entries."""
    event.listen(factory, "before_flush", _before_flush)
