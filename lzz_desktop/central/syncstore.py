"""Push and pull on the central store: ops applied exactly once, integer versions, per-field merge,
three-way paragraph merge of long texts, stored conflicts, pull by cursor in commit order.

Writers are serialised on the ``seq`` row of ``meta`` (``SELECT … FOR UPDATE`` on PostgreSQL,
``BEGIN IMMEDIATE`` on SQLite), so the sequence numbers a pull sees are always in commit order
and a cursor never skips a change that commits later.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, insert, or_, select, true, update

from lzz_desktop.central.accounts import Principal
from lzz_desktop.central.db import applied_ops, audiences, changes, conflicts, meta, records
from lzz_desktop.domain import roles
from lzz_desktop.domain.events import audience_of
from lzz_desktop.domain.wire import STORE_STAMPED, EntitySpec, check_old_value, check_value, entity_specs
from lzz_desktop.sync.protocol import ConflictState, Op, OpResult, PullResponse, RecordState
from lzz_desktop.sync.textmerge import merge_paragraphs

# Bookkeeping fields: the last writer wins, they never conflict.
_META_FIELDS = frozenset({"created_at", "updated_at", "updated_by"})
CLEARABLE_CONTACT = frozenset({"email", "phone", "address"})
MAX_OPEN_CONFLICTS = 1000


class RequestError(Exception):
    """A request (or, inside a push, one operation) the server refuses without changing anything:
    ``status`` is the HTTP status, ``reason`` one of ``REFUSAL_REASONS``."""

    def __init__(self, status: int, detail: str, op_id: str | None = None, reason: str = "") -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.op_id = op_id
        self.reason = reason


def epoch(conn: Connection) -> str:
    return str(conn.execute(select(meta.c.value).where(meta.c.key == "epoch")).scalar_one())


def _spec(op: Op) -> EntitySpec:
    spec = entity_specs().get(op.entity)
    if spec is None:
        raise RequestError(422, f"unknown entity {op.entity!r}", op.op_id, "unknown_entity")
    return spec


def validate_op(op: Op) -> EntitySpec:
    """Checks that need no database: known entity and fields, and every value storable on both
    backends by the same rules the desktop follows (``domain.wire.check_value``)."""
    spec = _spec(op)
    for name, (old, new) in op.changes.items():
        field_spec = spec.fields.get(name)
        if field_spec is None:
            raise RequestError(422, f"unknown field {op.entity}.{name}", op.op_id, "unknown_field")
        problem = check_value(field_spec, new) if name not in STORE_STAMPED else check_old_value(new)
        problem = problem or check_old_value(old)
        if problem:
            raise RequestError(422, f"{op.entity}.{name}: {problem}", op.op_id, "invalid_value")
    if op.op == "insert":
        missing = [
            n for n, f in spec.fields.items() if f.required and op.changes.get(n, (None, None))[1] is None
        ]
        if missing:
            raise RequestError(
                422, f"insert of {op.entity} lacks {', '.join(sorted(missing))}", op.op_id, "missing_field"
            )
    if op.op in ("delete", "restore") and set(op.changes) - {"deleted_at"} - _META_FIELDS:
        raise RequestError(422, f"{op.op} may change only deleted_at", op.op_id, "invalid_value")
    return spec


def may_write(
    principal: Principal,
    spec: EntitySpec,
    district_id: str | None,
    op: str,
    audience: frozenset[str] = frozenset(),
) -> bool:
    return roles.may_write(principal.role, principal.districts, spec, district_id, op, audience)


@dataclass(frozen=True)
class _Ref:
    entity: str
    district_id: str | None
    audience_id: str | None = None


def _load_audiences(conn: Connection, event_ids: set[str]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {event_id: set() for event_id in event_ids}
    if event_ids:
        for row in conn.execute(select(audiences).where(audiences.c.event_id.in_(sorted(event_ids)))):
            found[row.event_id].add(row.district_id)
    return {event_id: frozenset(ids) for event_id, ids in found.items()}


def _audience_id(spec: EntitySpec, op: Op, row: Any) -> str | None:
    """The event whose districts see the record ``op`` writes (None for other records)."""
    if spec.audience_field is not None:
        return op.entity_id
    if spec.audience_parent is not None:
        if row is not None:
            return str(row.audience_id) if row.audience_id is not None else None
        value = op.changes.get(spec.audience_parent, (None, None))[1]
        return str(value) if value is not None else None
    return None


def _reference_ids(ops: list[Op]) -> set[str]:
    specs = entity_specs()
    ids: set[str] = set()
    for op in ops:
        spec = specs.get(op.entity)
        if spec is None:
            continue
        for name, (_old, new) in op.changes.items():
            field_spec = spec.fields.get(name)
            if field_spec is not None and field_spec.references and isinstance(new, str):
                ids.add(new)
    return ids


def _check_references(
    op: Op,
    spec: EntitySpec,
    district_id: str | None,
    refs: dict[str, _Ref],
    fresh: bool,
    audiences: dict[str, frozenset[str]],
    audience: frozenset[str],
) -> None:
    """Every id a change sets must name a stored record of the right kind, in the same district
    as the record, or a global one: a record never points into a district its writer cannot see."""
    for name, (_old, new) in op.changes.items():
        field_spec = spec.fields.get(name)
        if field_spec is None or field_spec.references is None or new is None:
            continue
        if name == "district_id" and not fresh:
            continue  # a move to another district: refused by the merge ("wrong_district")
        target = refs.get(str(new))
        if target is None or target.entity != field_spec.references:
            raise RequestError(
                422,
                f"{op.entity}.{name} names no {field_spec.references} on the store",
                op.op_id,
                "foreign_reference",
            )
        if spec.audienced:
            # A record several districts see names only districts (and events) among them.
            foreign = target.district_id is not None and target.district_id not in audience
        elif target.audience_id is not None:
            # A district's record names an event's record only when the district takes part.
            foreign = district_id is None or district_id not in audiences.get(target.audience_id, ())
        else:
            foreign = target.district_id is not None and target.district_id != district_id
        if foreign:
            raise RequestError(
                403, f"{op.entity}.{name} names a record of another district", op.op_id, "foreign_reference"
            )


@dataclass
class _Outcome:
    status: str = "unchanged"
    changed: bool = False
    conflicts: list[dict[str, Any]] = field(default_factory=list)


def _conflict(kind: str, name: str, base: Any, mine: Any, theirs: Any) -> dict[str, Any]:
    return {"kind": kind, "field": name, "base": base, "mine": mine, "theirs": theirs}


def _merge_fields(spec: EntitySpec, data: dict[str, Any], op: Op, out: _Outcome, fresh: bool) -> None:
    texts = spec.long_text_fields
    for name, (old, new) in op.changes.items():
        if name == "district_id" and not fresh and data.get(name) != new:
            raise RequestError(403, "records cannot move to another district", op.op_id, "wrong_district")
        current = data.get(name)
        if current == new:
            continue
        base = None if op.op == "insert" else old
        # Contact data emptied (consent withdrawn) applies whatever the store holds: clearing
        # personal data never waits for a conflict to be resolved.
        cleared = op.entity == "actor" and name in CLEARABLE_CONTACT and new == ""
        if (
            fresh
            or cleared
            or name in _META_FIELDS
            or current == base
            or (op.op == "insert" and current is None)
        ):
            data[name] = new
            out.changed = True
            out.status = "applied" if out.status == "unchanged" else out.status
            continue
        if name in texts and isinstance(base, str) and isinstance(new, str) and isinstance(current, str):
            merged = merge_paragraphs(base, new, current)
            if merged is not None:
                data[name] = merged
                out.changed = True
                out.status = "merged" if out.status != "conflict" else out.status
                continue
            out.conflicts.append(_conflict("text", name, base, new, current))
        else:
            out.conflicts.append(_conflict("field", name, base, new, current))
        out.status = "conflict"


def _edited_elsewhere(conn: Connection, record_id: str, base_version: int | None, device_id: str) -> bool:
    stmt = select(changes.c.seq).where(changes.c.record_id == record_id, changes.c.device_id != device_id)
    if base_version is not None:
        stmt = stmt.where(changes.c.version > base_version)
    return conn.execute(stmt.limit(1)).first() is not None


def _apply(
    conn: Connection,
    principal: Principal,
    op: Op,
    spec: EntitySpec,
    row: Any,
    refs: dict[str, _Ref],
    audiences: dict[str, frozenset[str]],
) -> tuple[_Outcome, dict[str, Any], str | None, bool]:
    """Merge ``op`` into the stored record ``row`` (or None). Returns the outcome, the new data,
    the district and the deleted flag."""
    out = _Outcome()
    if row is not None and row.entity != op.entity:
        raise RequestError(409, "the id belongs to a record of another kind", op.op_id, "wrong_kind")
    if row is None:
        if op.op != "insert":
            raise RequestError(409, f"{op.op} of a record the server does not have", op.op_id, "not_found")
        if spec.is_district:
            district_id: str | None = op.entity_id
        elif spec.scoped:
            district_id = str(op.changes["district_id"][1])
            if district_id not in refs or refs[district_id].entity != "district":
                raise RequestError(
                    422,
                    f"insert of {op.entity} into a district the store does not have",
                    op.op_id,
                    "foreign_reference",
                )
        else:
            district_id = None
        data: dict[str, Any] = {}
        deleted = False
    else:
        district_id = row.district_id
        data = dict(row.data)
        deleted = bool(row.deleted)
    if op.district_id is not None and op.district_id != district_id:
        raise RequestError(
            403, "the operation names another district than its record", op.op_id, "wrong_district"
        )
    audience = _audience_check(principal, op, spec, row, audiences)
    if not spec.audienced and not may_write(principal, spec, district_id, "insert" if row is None else op.op):
        raise RequestError(403, "no write access to this record's district", op.op_id, "no_write_access")
    _check_references(op, spec, district_id, refs, row is None, audiences, audience)
    if op.op == "delete":
        if deleted:
            return out, data, district_id, deleted
        if _edited_elsewhere(conn, op.entity_id, op.base_version, principal.device_id):
            out.conflicts.append(_conflict("delete", "", None, "deleted", "edited"))
            out.status = "conflict"
            return out, data, district_id, deleted
        _merge_fields(spec, data, op, out, fresh=False)
        return out, data, district_id, data.get("deleted_at") is not None
    if op.op == "restore":
        if not deleted:
            return out, data, district_id, deleted
        data["deleted_at"] = None
        out.changed, out.status = True, "applied"
        _merge_fields(spec, data, op, out, fresh=False)
        return out, data, district_id, False
    _merge_fields(spec, data, op, out, fresh=row is None)
    if deleted and op.op == "update" and any(n not in _META_FIELDS for n in op.changes):
        out.conflicts.append(_conflict("delete", "", None, "edited", "deleted"))
        out.status = "conflict"
    return out, data, district_id, data.get("deleted_at") is not None


def _audience_check(
    principal: Principal, op: Op, spec: EntitySpec, row: Any, audiences: dict[str, frozenset[str]]
) -> frozenset[str]:
    """For a record several districts see: refuse what the account may not write, and return the
    districts that will see the record."""
    if not spec.audienced:
        return frozenset()
    if op.district_id is not None:
        raise RequestError(403, "a shared record names a district", op.op_id, "wrong_district")
    parent = spec.audience_parent
    moved = parent is not None and row is not None and parent in op.changes
    if moved and op.changes[str(parent)][1] != row.data.get(parent):
        raise RequestError(403, "a record cannot move to another event", op.op_id, "wrong_district")
    audience_id = _audience_id(spec, op, row)
    before = audiences.get(audience_id or "", frozenset())
    after = before
    if spec.audience_field is not None and spec.audience_field in op.changes:
        after = audience_of(op.changes[spec.audience_field][1])
    kind = "insert" if row is None else op.op
    # Both sides: a consultant neither writes an event of others nor gives one away.
    if not may_write(principal, spec, None, kind, after) or (
        row is not None and not may_write(principal, spec, None, kind, before)
    ):
        raise RequestError(403, "no write access to this event's districts", op.op_id, "no_write_access")
    return after


def _lock_seq(conn: Connection) -> int:
    stmt = select(meta.c.value).where(meta.c.key == "seq")
    if conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return int(conn.execute(stmt).scalar_one())


def _refusal(op: Op, error: RequestError) -> OpResult:
    return OpResult(
        op_id=op.op_id,
        status="refused",
        reason=error.reason or "invalid_value",
        detail=error.detail[:500],
    )


def _stamped(op: Op, principal: Principal, spec: EntitySpec) -> Op:
    """The op with the bookkeeping the store sets itself: who wrote it is the account that pushed,
    whatever the client sent."""
    if "updated_by" not in spec.fields:
        return op
    changes = dict(op.changes)
    old = changes.get("updated_by", (None, None))[0]
    changes["updated_by"] = (old, principal.name)
    return op.model_copy(update={"changes": changes})


def _iso(value: Any) -> str:
    return value if isinstance(value, str) else ""


def push(conn: Connection, principal: Principal, ops: list[Op]) -> list[OpResult]:
    """Apply ``ops`` in order. An op the store refuses gets a ``refused`` result with its reason;
    the rest of the batch applies."""
    seq = _lock_seq(conn)
    start_seq = seq
    op_ids = [op.op_id for op in ops]
    done = {
        r.op_id: r.result for r in conn.execute(select(applied_ops).where(applied_ops.c.op_id.in_(op_ids)))
    }
    ids = {op.entity_id for op in ops}
    rows: dict[str, Any] = {r.id: r for r in conn.execute(select(records).where(records.c.id.in_(ids)))}
    stored = set(rows)
    refs: dict[str, _Ref] = {
        r.id: _Ref(r.entity, r.district_id, r.audience_id)
        for r in conn.execute(
            select(records.c.id, records.c.entity, records.c.district_id, records.c.audience_id).where(
                records.c.id.in_(sorted(_reference_ids(ops)))
            )
        )
    }
    refs.update({r.id: _Ref(r.entity, r.district_id, r.audience_id) for r in rows.values()})
    audience_ids = {ref.audience_id for ref in refs.values() if ref.audience_id is not None}
    audience_ids |= {op.entity_id for op in ops if op.entity == "programme_event"}
    audience_ids |= {str(op.changes["event_id"][1]) for op in ops if "event_id" in op.changes}
    event_audiences = _load_audiences(conn, audience_ids)
    stored_audiences = dict(event_audiences)
    from lzz_desktop.central.erasure import erased_ids, guard

    erased = erased_ids(conn, ids | {str(op.changes.get("actor_id", (None, None))[1]) for op in ops})
    now = dt.datetime.now(dt.UTC)
    results: list[OpResult] = []
    seen_ops: set[str] = set()
    # Written once at the end, in a few round trips: the last state of each record, and the logs.
    final: dict[str, dict[str, Any]] = {}
    change_rows: list[dict[str, Any]] = []
    conflict_rows: list[dict[str, Any]] = []
    op_rows: list[dict[str, Any]] = []
    for op in ops:
        if op.op_id in done or op.op_id in seen_ops:
            previous = done.get(op.op_id) or {}
            results.append(OpResult(op_id=op.op_id, status="duplicate", version=previous.get("version")))
            continue
        seen_ops.add(op.op_id)
        row = rows.get(op.entity_id)
        if erased:
            kept = guard(op, erased)
            if kept is None:  # it would bring erased data back: dropped, the device moves on
                results.append(
                    OpResult(op_id=op.op_id, status="unchanged", version=row.version if row else None)
                )
                continue
            op = kept
        try:
            spec = validate_op(op)
            op = _stamped(op, principal, spec)
            outcome, data, district_id, deleted = _apply(
                conn, principal, op, spec, row, refs, event_audiences
            )
        except RequestError as error:
            results.append(_refusal(op, error))
            continue
        version = row.version if row is not None else None
        if outcome.changed:
            seq += 1
            version = (version or 0) + 1
            final[op.entity_id] = {
                "b_id": op.entity_id,
                "b_entity": op.entity,
                "b_data": data,
                "b_version": version,
                "b_deleted": deleted,
                "b_seq": seq,
                "b_district_id": district_id,
                "b_audience_id": _audience_id(spec, op, row),
            }
            if spec.audience_field is not None:
                event_audiences[op.entity_id] = audience_of(data.get(spec.audience_field))
            change_rows.append(
                {
                    "seq": seq,
                    "record_id": op.entity_id,
                    "version": version,
                    "device_id": principal.device_id,
                    "op_id": op.op_id,
                }
            )
            audience_id = final[op.entity_id]["b_audience_id"]
            rows[op.entity_id] = _Row(
                op.entity_id, op.entity, district_id, version, deleted, data, audience_id
            )
            refs[op.entity_id] = _Ref(op.entity, district_id, audience_id)
        conflict_ids = []
        stored_data = row.data if row is not None else {}
        for conflict in outcome.conflicts:
            conflict_id = str(uuid.uuid4())
            conflict_ids.append(conflict_id)
            conflict_rows.append(
                {
                    "id": conflict_id,
                    "entity": op.entity,
                    "record_id": op.entity_id,
                    "district_id": district_id,
                    "created_by": principal.name,
                    "created_at": now,
                    "theirs_by": str(stored_data.get("updated_by") or "")[:200],
                    "theirs_at": _iso(stored_data.get("updated_at"))[:40],
                    **conflict,
                }
            )
        result = OpResult(op_id=op.op_id, status=outcome.status, version=version, conflicts=conflict_ids)  # type: ignore[arg-type]
        op_rows.append(
            {
                "op_id": op.op_id,
                "device_id": principal.device_id,
                "result": result.model_dump(),
                "created_at": now,
            }
        )
        results.append(result)
    _write(conn, final, stored, change_rows, conflict_rows, op_rows)
    seq = _write_audiences(conn, stored_audiences, event_audiences, seq, start_seq)
    if seq != start_seq:
        conn.execute(update(meta).where(meta.c.key == "seq").values(value=str(seq)))
    return results


def _write(
    conn: Connection,
    final: dict[str, dict[str, Any]],
    stored: set[str],
    change_rows: list[dict[str, Any]],
    conflict_rows: list[dict[str, Any]],
    op_rows: list[dict[str, Any]],
) -> None:
    new = [values for record_id, values in final.items() if record_id not in stored]
    changed = [values for record_id, values in final.items() if record_id in stored]
    columns = ("entity", "data", "version", "deleted", "seq", "district_id", "audience_id")
    if new:
        conn.execute(
            insert(records).values(id=bindparam("b_id"), **{c: bindparam(f"b_{c}") for c in columns}), new
        )
    if changed:
        conn.execute(
            update(records)
            .where(records.c.id == bindparam("b_id"))
            .values(**{c: bindparam(f"b_{c}") for c in columns if c != "entity"}),
            [{k: v for k, v in values.items() if k != "b_entity"} for values in changed],
        )
    for table, batch in ((changes, change_rows), (conflicts, conflict_rows), (applied_ops, op_rows)):
        if batch:
            conn.execute(insert(table), batch)


def _write_audiences(
    conn: Connection,
    before: dict[str, frozenset[str]],
    after: dict[str, frozenset[str]],
    seq: int,
    start_seq: int,
) -> int:
    """Keep each written event's audience; when districts join an event, its records already
    stored move to the end of the sequence, so the newcomers' devices pull them. Returns the
    sequence counter."""
    for event_id, districts in after.items():
        old = before.get(event_id, frozenset())
        if districts == old:
            continue
        conn.execute(delete(audiences).where(audiences.c.event_id == event_id))
        if districts:
            conn.execute(
                insert(audiences), [{"event_id": event_id, "district_id": d} for d in sorted(districts)]
            )
        if districts - old:
            earlier = conn.execute(
                select(records.c.id)
                .where(records.c.audience_id == event_id, records.c.seq <= start_seq)
                .order_by(records.c.seq)
            ).scalars()
            moves = []
            for record_id in earlier:
                seq += 1
                moves.append({"b_id": record_id, "b_seq": seq})
            if moves:
                move = update(records).where(records.c.id == bindparam("b_id"))
                conn.execute(move.values(seq=bindparam("b_seq")), moves)
    return seq


@dataclass
class _Row:
    id: str
    entity: str
    district_id: str | None
    version: int
    deleted: bool
    data: dict[str, Any]
    audience_id: str | None = None


def _readable(principal: Principal, column: Any) -> Any:
    """Rows (of erasures) whose district the account sees, or of no district."""
    if principal.all_districts:
        return True
    return or_(column.is_(None), column.in_(sorted(principal.districts)))


def _readable_records(principal: Principal) -> Any:
    """Records the account sees: its districts', the global ones, and those of the events its
    districts take part in."""
    if principal.all_districts:
        return true()
    mine = sorted(principal.districts)
    return or_(
        records.c.district_id.in_(mine),
        and_(
            records.c.district_id.is_(None),
            or_(
                records.c.audience_id.is_(None),
                records.c.audience_id.in_(
                    select(audiences.c.event_id).where(audiences.c.district_id.in_(mine))
                ),
            ),
        ),
    )


def _readable_conflicts(principal: Principal) -> Any:
    if principal.all_districts:
        return true()
    return or_(
        conflicts.c.district_id.in_(sorted(principal.districts)),
        and_(
            conflicts.c.district_id.is_(None),
            conflicts.c.record_id.in_(select(records.c.id).where(_readable_records(principal))),
        ),
    )


def pull(conn: Connection, principal: Principal, cursor: int, limit: int) -> PullResponse:
    # The counter first: every change up to it has committed, so a cursor set to it skips nothing.
    high = int(conn.execute(select(meta.c.value).where(meta.c.key == "seq")).scalar_one())
    rows = conn.execute(
        select(records)
        .where(and_(records.c.seq > cursor, records.c.seq <= high), _readable_records(principal))
        .order_by(records.c.seq)
        .limit(limit + 1)
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    new_cursor = rows[-1].seq if has_more else max(cursor, high)
    states = [_state(r) for r in rows]
    open_conflicts = None if has_more else open_conflicts_for(conn, principal)
    return PullResponse(
        epoch=epoch(conn),
        cursor=new_cursor,
        has_more=has_more,
        records=states,
        districts=sorted(principal.districts),
        all_districts=principal.all_districts,
        conflicts=open_conflicts,
    )


def records_by_id(conn: Connection, principal: Principal, ids: list[str]) -> list[RecordState]:
    rows = conn.execute(
        select(records).where(records.c.id.in_(sorted(set(ids))), _readable_records(principal))
    ).all()
    return [_state(r) for r in rows]


def _state(row: Any) -> RecordState:
    return RecordState(
        entity=row.entity,
        id=row.id,
        district_id=row.district_id,
        version=row.version,
        deleted=row.deleted,
        data=row.data,
    )


def open_conflicts_for(conn: Connection, principal: Principal) -> list[ConflictState]:
    rows = conn.execute(
        select(conflicts)
        .where(conflicts.c.resolved_at.is_(None), _readable_conflicts(principal))
        .order_by(conflicts.c.created_at, conflicts.c.id)
        .limit(MAX_OPEN_CONFLICTS)
    ).all()
    return [
        ConflictState(
            id=r.id,
            entity=r.entity,
            entity_id=r.record_id,
            district_id=r.district_id,
            kind=r.kind,
            field=r.field,
            base=r.base,
            mine=r.mine,
            theirs=r.theirs,
            created_by=r.created_by,
            theirs_by=r.theirs_by or "",
            theirs_at=r.theirs_at or "",
            created_at=(
                r.created_at if r.created_at.tzinfo else r.created_at.replace(tzinfo=dt.UTC)
            ).isoformat(),
        )
        for r in rows
    ]


def resolve_conflict(conn: Connection, principal: Principal, conflict_id: str) -> None:
    row = conn.execute(
        select(conflicts).where(conflicts.c.id == conflict_id, _readable_conflicts(principal))
    ).first()
    if row is None:
        raise RequestError(404, "no such conflict")
    spec = entity_specs().get(row.entity)
    audience_id = conn.execute(select(records.c.audience_id).where(records.c.id == row.record_id)).scalar()
    audience = _load_audiences(conn, {audience_id})[audience_id] if audience_id else frozenset()
    if spec is None or not may_write(principal, spec, row.district_id, "update", audience):
        raise RequestError(403, "no write access to this record's district")
    if row.resolved_at is None:
        conn.execute(
            update(conflicts)
            .where(conflicts.c.id == conflict_id)
            .values(resolved_at=dt.datetime.now(dt.UTC), resolved_by=principal.name)
        )
