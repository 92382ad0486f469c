"""Writes outbox entries for every insert, update, soft delete and restore of a synced row, in the
flush that writes the row itself (hence in the same transaction)."""

from __future__ import annotations

import datetime as dt
import json
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from lzz_desktop.domain import roles
from lzz_desktop.domain.base import SyncMixin, utcnow
from lzz_desktop.domain.outbox import LocalState, Outbox
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.domain.wire import check_value, clean_text, entity_specs

# Columns the client never sends as changes: the server owns ``version``; ``id`` names the row.
_NOT_CHANGES = {"id", "version"}
AUTHOR_KEY = "lzz_author"
SUPPRESS_KEY = "lzz_no_outbox"
# Local state the sync writes: the account's role and districts ("*" for all), see sync.service.
ROLE_STATE, DISTRICTS_STATE = "sync.role", "sync.districts"


class _Account:
    """The logged-in account's rights as far as this computer knows them; None before any login."""

    def __init__(self, session: Session) -> None:
        role = session.get(LocalState, ROLE_STATE)
        districts = session.get(LocalState, DISTRICTS_STATE)
        self.role = role.value if role is not None else ""
        known = json.loads(districts.value) if districts is not None and districts.value else []
        self.districts = frozenset(str(d) for d in known)

    def check(self, obj: SyncMixin, op: str) -> None:
        if not self.role or self.role == "office" or "*" in self.districts:
            return
        spec = entity_specs().get(type(obj).__entity__)
        if spec is None:
            return
        district_id = obj.id if spec.is_district else getattr(obj, "district_id", None)
        audience = _audience(obj, spec) if spec.audienced else frozenset()
        if not roles.may_write(self.role, self.districts, spec, district_id, op, audience):
            from lzz_desktop.records.districts import RoleRefusedError

            raise RoleRefusedError(self.role, spec.name)


def _audience(obj: SyncMixin, spec: Any) -> frozenset[str]:
    """The districts that see a programme event's record (the event's participating districts)."""
    from lzz_desktop.domain.events import ProgrammeEvent, audience_of

    if spec.audience_field is not None:
        return audience_of(getattr(obj, spec.audience_field))
    session = Session.object_session(obj)
    event = session.get(ProgrammeEvent, getattr(obj, spec.audience_parent)) if session else None
    return audience_of(event.district_ids) if event is not None else frozenset()


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
    from lzz_desktop.services import history

    history.note(type(obj).__entity__, obj.id, op, changes)
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


def _make_storable(obj: SyncMixin, keys: list[str]) -> None:
    """The wire rules hold here already, so the central store never refuses what a form accepted:
    text loses NUL characters and unpaired surrogates (a paste from another program), and a value
    that breaks a rule (a date in year 1, an infinite number) is refused with a field error."""
    spec = entity_specs().get(type(obj).__entity__)
    if spec is None:
        return
    errors = []
    for key in keys:
        field_spec = spec.fields.get(key)
        if field_spec is None:
            continue
        value = getattr(obj, key)
        if isinstance(value, str):
            cleaned = clean_text(value)
            if cleaned != value:
                setattr(obj, key, cleaned)
                value = cleaned
        try:
            problem = check_value(field_spec, to_wire(value))
        except (OverflowError, ValueError):
            problem = "out of range"
        if problem:
            errors.append(FieldError(key, ErrorCode.OUT_OF_RANGE))
    if errors:
        raise ValidationError(errors)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(SUPPRESS_KEY):
        return
    author = str(session.info.get(AUTHOR_KEY, ""))
    now = utcnow()
    account: _Account | None = None
    for obj in list(session.new):
        if not isinstance(obj, SyncMixin):
            continue
        account = account or _Account(session)
        apply_defaults(obj)
        account.check(obj, "insert")
        obj.created_at = now
        obj.updated_at = now
        obj.updated_by = author
        _make_storable(obj, _column_keys(obj))
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
        _make_storable(obj, [k for k in _column_keys(obj) if state.attrs[k].history.has_changes()])
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
        account = account or _Account(session)
        account.check(obj, op)
        _record(session, obj, op, changes)


def install(factory: sessionmaker[Session]) -> None:
    """Make every session of ``factory`` record outbox entries."""
    event.listen(factory, "before_flush", _before_flush)
