"""Deciding conflicts locally: keep mine, take theirs, or a merged/edited value. The decision is an
ordinary edit (so it reaches the server through the outbox), and the conflict is marked resolved
on the server at the next sync."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import select

from lzz_desktop.domain import SYNCED_MODELS, SyncConflict, utcnow
from lzz_desktop.domain.wire import entity_specs, from_wire

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

Choice = Literal["mine", "theirs", "value"]
_LABEL_FIELDS = ("name", "title", "key", "guest_name", "filename", "body", "text")


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    entity_id: str
    kind: str  # field | text | delete
    field: str
    base: Any
    mine: Any
    theirs: Any
    record_label: str
    created_by: str  # the account whose push met the conflict: it wrote ``mine``
    created_at: str = ""
    theirs_by: str = ""  # the account that wrote the store's value, ``theirs``
    theirs_at: str = ""

    def sides(self, account: str) -> tuple[Side, Side]:
        """The two versions as ``account`` sees them: its own first (when one of them is its own),
        each named by author and time; the store's value is the one in the store now."""
        pushed = Side(self.mine, self.created_by, self.created_at, "mine", in_store=False)
        stored = Side(self.theirs, self.theirs_by, self.theirs_at, "theirs", in_store=True)
        if account and account == self.theirs_by and account != self.created_by:
            return stored.own(), pushed
        if account and account == self.created_by:
            return pushed.own(), stored
        return pushed, stored


@dataclass(frozen=True)
class Side:
    """One version of a conflict. ``choice`` is what keeping it means for ``resolve``."""

    value: Any
    author: str
    at: str  # ISO 8601, may be empty
    choice: Choice
    in_store: bool
    is_own: bool = False

    def own(self) -> Side:
        return Side(self.value, self.author, self.at, self.choice, self.in_store, True)


def record_label(obj: Any) -> str:
    """What a user calls a record: its name, title, … — the first such field that is filled."""
    for name in _LABEL_FIELDS:
        value = getattr(obj, name, None) if obj is not None else None
        if isinstance(value, str) and value.strip():
            return value.strip()[:80]
    return ""


def _model(entity: str) -> Any:
    for model in SYNCED_MODELS:
        if model.__entity__ == entity:
            return model
    return None


def open_conflicts(workspace: Workspace) -> list[ConflictView]:
    result = []
    with workspace.session() as session:
        rows = session.scalars(
            select(SyncConflict).where(SyncConflict.resolved.is_(False)).order_by(SyncConflict.created_at)
        ).all()
        for row in rows:
            model = _model(row.entity)
            obj = session.get(model, row.entity_id) if model is not None else None
            label = record_label(obj)
            result.append(
                ConflictView(
                    id=row.id,
                    entity=row.entity,
                    entity_id=row.entity_id,
                    kind=row.kind,
                    field=row.field,
                    base=json.loads(row.base),
                    mine=json.loads(row.mine),
                    theirs=json.loads(row.theirs),
                    record_label=label[:80],
                    created_by=row.created_by,
                    created_at=row.created_at,
                    theirs_by=row.theirs_by,
                    theirs_at=row.theirs_at,
                )
            )
    return result


def open_text_conflicts(workspace: Workspace, entity: str) -> set[str]:
    """Ids of records of ``entity`` with an open text conflict (marked in outlines)."""
    with workspace.session() as session:
        return set(
            session.scalars(
                select(SyncConflict.entity_id).where(
                    SyncConflict.entity == entity, SyncConflict.resolved.is_(False)
                )
            )
        )


def differing_lines(left: str, right: str) -> tuple[set[int], set[int]]:
    """Line numbers (from 0) of each text that the other one does not have in that place: the
    paragraphs a conflict is about, to highlight."""
    import difflib

    a, b = left.splitlines(), right.splitlines()
    only_left: set[int] = set()
    only_right: set[int] = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            only_left.update(range(i1, i2))
            only_right.update(range(j1, j2))
    return only_left, only_right


def resolve(workspace: Workspace, conflict_id: str, choice: Choice, value: Any = None) -> None:
    with workspace.transaction() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            return
        model = _model(conflict.entity)
        obj = session.get(model, conflict.entity_id) if model is not None else None
        if obj is not None and choice != "theirs":
            if conflict.kind == "delete":
                # "mine" repeats my side: delete again, or restore what I had edited.
                i_deleted = json.loads(conflict.mine) == "deleted"
                obj.deleted_at = utcnow() if i_deleted else None
            else:
                spec = entity_specs()[conflict.entity].fields[conflict.field]
                wanted = json.loads(conflict.mine) if choice == "mine" else value
                setattr(obj, conflict.field, from_wire(spec, wanted))
        conflict.resolved = True
