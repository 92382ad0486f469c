"""Undo and redo of edits made through the windows, as ordinary service edits.

An edit runs inside :func:`capturing`; the outbox hook notes every row it inserts, changes, deletes
or restores (with old and new values, as they go on the wire). Undoing writes the old values back
in one transaction — through the same hooks, so the undo reaches the outbox and syncs, and the
freeze and role rules hold for it as for any edit. A record changed since (by another edit or a
sync) is not overwritten: the undo is refused with :class:`ChangedMeanwhileError`.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lzz_desktop.domain.base import utcnow
from lzz_desktop.domain.wire import entity_specs, from_wire

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

_BOOKKEEPING = frozenset({"created_at", "updated_at", "updated_by", "id", "version"})


@dataclass(frozen=True)
class Change:
    """One row changed by an edit: ``old`` and ``new`` are wire values of the changed fields."""

    entity: str
    record_id: str
    op: str  # insert | update | delete | restore
    old: dict[str, Any]
    new: dict[str, Any]


class ChangedMeanwhileError(Exception):
    """The record was changed after the edit (or is gone): undoing would overwrite that."""


_capture: contextvars.ContextVar[list[Change] | None] = contextvars.ContextVar(
    "lzz_undo_capture", default=None
)


@contextmanager
def capturing() -> Iterator[list[Change]]:
    """Collect the changes of every edit committed inside the block (in this thread)."""
    changes: list[Change] = []
    token = _capture.set(changes)
    try:
        yield changes
    finally:
        _capture.reset(token)


def note(entity: str, record_id: str, op: str, changes: dict[str, list[Any]]) -> None:
    """Called by the outbox hook for every change it records."""
    captured = _capture.get()
    if captured is None:
        return
    fields = {k: v for k, v in changes.items() if k not in _BOOKKEEPING}
    captured.append(
        Change(
            entity,
            record_id,
            op,
            {k: old for k, (old, _new) in fields.items()},
            {k: new for k, (_old, new) in fields.items()},
        )
    )


def _wire(value: Any) -> Any:
    from lzz_desktop.services.outbox import to_wire

    return to_wire(value)


def _apply(workspace: Workspace, changes: list[Change], backwards: bool) -> None:
    specs = entity_specs()
    ordered = list(reversed(changes)) if backwards else list(changes)
    with workspace.transaction() as session:
        for change in ordered:
            spec = specs[change.entity]
            obj = session.get(spec.model, change.record_id)
            if obj is None:
                raise ChangedMeanwhileError(change.record_id)
            expected, wanted = (change.new, change.old) if backwards else (change.old, change.new)
            if change.op == "insert":
                # Undoing an insert puts the row in the recycle bin; redoing takes it out again.
                now_deleted = obj.deleted_at is not None
                if now_deleted != (not backwards):
                    raise ChangedMeanwhileError(change.record_id)
                obj.deleted_at = utcnow() if backwards else None
                continue
            for name, value in expected.items():
                if name == "deleted_at":
                    if (getattr(obj, name) is None) != (value is None):
                        raise ChangedMeanwhileError(change.record_id)
                elif _wire(getattr(obj, name)) != value:
                    raise ChangedMeanwhileError(change.record_id)
            if change.entity == "concept" and _leaves_decided(obj, wanted):
                # "Beschlossen" is left only by beginning a new version (which saves one).
                from lzz_desktop.records.districts import ConceptDecidedError

                raise ConceptDecidedError(change.record_id)
            for name, value in wanted.items():
                if name == "deleted_at" and value is not None:
                    setattr(obj, name, utcnow())
                else:
                    setattr(obj, name, from_wire(spec.fields[name], value))


def _leaves_decided(obj: Any, wanted: dict[str, Any]) -> bool:
    from lzz_desktop.domain.enums import ConceptStatus

    status = wanted.get("status")
    return (
        obj.status is ConceptStatus.ADOPTED and status is not None and status != ConceptStatus.ADOPTED.value
    )


def undo(workspace: Workspace, changes: list[Change]) -> None:
    _apply(workspace, changes, backwards=True)


def redo(workspace: Workspace, changes: list[Change]) -> None:
    _apply(workspace, changes, backwards=False)
