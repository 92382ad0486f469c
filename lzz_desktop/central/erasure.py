"""Erasure for good on the central store (Art. 17 DSGVO).

``erase`` blanks a person's actor record and empties and deletes their consent records (the rules
of :mod:`lzz_desktop.domain.erasure`), removes the conflicts stored about them and notes only
who erased which record when. The records keep their ids (the map keeps its shape) and get a new
version, so every device pulls the blank state; devices also fetch the list of erasures at every
sync and erase what their own copies still hold. ``guard`` keeps a device that was offline during
the erasure from bringing the data back: its changes to the erased fields are dropped."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, or_, select, update

from lzz_desktop.central import syncstore
from lzz_desktop.central.accounts import Principal
from lzz_desktop.central.db import audiences, changes, conflicts, erasures, meta, records
from lzz_desktop.domain.erasure import (
    ACTOR_BLANK,
    CONSENT_BLANK,
    PERSONAL_ACTOR_FIELDS,
    TEXT_FIELDS,
    identifying_words,
    names_in,
    scrub_field,
)
from lzz_desktop.domain.wire import entity_specs
from lzz_desktop.sync.protocol import ErasureState, Op


def _state(row: Any) -> ErasureState:
    at = row.erased_at if row.erased_at.tzinfo else row.erased_at.replace(tzinfo=dt.UTC)
    return ErasureState(
        record_id=row.record_id,
        entity=row.entity,
        district_id=row.district_id,
        erased_by=row.erased_by,
        erased_at=at.isoformat(timespec="seconds"),
    )


def listed(conn: Connection, principal: Principal) -> list[ErasureState]:
    """The erasures in the districts the account may read, oldest first."""
    rows = conn.execute(
        select(erasures)
        .where(syncstore._readable(principal, erasures.c.district_id))
        .order_by(erasures.c.seq, erasures.c.record_id)
    ).all()
    return [_state(r) for r in rows]


def erase(conn: Connection, principal: Principal, ids: list[str]) -> list[ErasureState]:
    """Erase the persons ``ids`` (actor records). An id the store does not have is skipped (a
    person created and erased on one device before any sync); one already erased is listed."""
    seq = syncstore._lock_seq(conn)
    start = seq
    now = dt.datetime.now(dt.UTC)
    stamp = now.isoformat()
    spec = entity_specs()["actor"]
    states: list[ErasureState] = []
    for actor_id in dict.fromkeys(ids):
        row = conn.execute(select(records).where(records.c.id == actor_id)).first()
        if row is None:
            continue
        if row.entity != "actor":
            raise syncstore.RequestError(409, "only persons can be erased", reason="wrong_kind")
        if not principal.may_read(row.district_id) or not syncstore.may_write(
            principal, spec, row.district_id, "delete"
        ):
            raise syncstore.RequestError(
                403, "no write access to this record's district", reason="no_write_access"
            )
        known = conn.execute(select(erasures).where(erasures.c.record_id == actor_id)).first()
        if known is not None:
            states.append(_state(known))
            continue
        if row.data.get("kind") != "PERSON":
            raise syncstore.RequestError(409, "only persons can be erased", reason="wrong_kind")
        texts: list[tuple[Any, dict[str, Any], bool]] = []
        targets: list[tuple[Any, dict[str, Any], bool]] = [
            (
                row,
                {**row.data, **ACTOR_BLANK, "updated_by": principal.name, "updated_at": stamp},
                bool(row.deleted),
            )
        ]
        for consent in conn.execute(
            select(records).where(records.c.entity == "consent", records.c.district_id == row.district_id)
        ):
            if consent.data.get("actor_id") == actor_id:
                data = {
                    **consent.data,
                    **CONSENT_BLANK,
                    "status": "NONE",
                    "deleted_at": consent.data.get("deleted_at") or stamp,
                    "updated_by": principal.name,
                    "updated_at": stamp,
                }
                targets.append((consent, data, True))
        names = identifying_words(row.data.get("name"), row.data.get("email"), row.data.get("phone"))
        for other in conn.execute(
            select(records).where(
                records.c.entity.in_(sorted(TEXT_FIELDS)),
                or_(
                    records.c.district_id == row.district_id,
                    # participants of the programme events the district took part in
                    records.c.audience_id.in_(
                        select(audiences.c.event_id).where(audiences.c.district_id == row.district_id)
                    ),
                ),
            )
        ):
            data = dict(other.data)
            for name in TEXT_FIELDS[other.entity]:
                data[name] = scrub_field(other.entity, name, data.get(name), actor_id, names)
            if data != other.data:
                data.update(updated_by=principal.name, updated_at=stamp)
                texts.append((other, data, bool(other.deleted)))
        erased_ids_here = {t[0].id for t in targets}
        for target, data, deleted in [*targets, *texts]:
            seq += 1
            version = target.version + 1
            conn.execute(
                update(records)
                .where(records.c.id == target.id)
                .values(data=data, version=version, deleted=deleted, seq=seq)
            )
            conn.execute(
                insert(changes).values(
                    seq=seq,
                    record_id=target.id,
                    version=version,
                    device_id=principal.device_id,
                    op_id=str(uuid.uuid4()),
                )
            )
            if target.id not in erased_ids_here:
                continue  # a text that named the person: changed, not erased
            values = {
                "record_id": target.id,
                "entity": target.entity,
                "district_id": target.district_id,
                "erased_by": principal.name,
                "erased_at": now,
                "seq": seq,
            }
            conn.execute(insert(erasures).values(**values))
            states.append(_state(type("Row", (), values)))
        conn.execute(delete(conflicts).where(conflicts.c.record_id.in_(sorted(erased_ids_here))))
        for conflict in conn.execute(select(conflicts).where(conflicts.c.district_id == row.district_id)):
            sides = json.dumps([conflict.base, conflict.mine, conflict.theirs], ensure_ascii=False)
            if names_in(sides, names):
                conn.execute(delete(conflicts).where(conflicts.c.id == conflict.id))
    if seq != start:
        conn.execute(update(meta).where(meta.c.key == "seq").values(value=str(seq)))
    return states


def erased_ids(conn: Connection, ids: set[str]) -> dict[str, str]:
    """Of ``ids``, the erased records and their entity."""
    if not ids:
        return {}
    return {
        r.record_id: r.entity
        for r in conn.execute(
            select(erasures.c.record_id, erasures.c.entity).where(erasures.c.record_id.in_(sorted(ids)))
        )
    }


def guard(op: Op, erased: dict[str, str]) -> Op | None:
    """``op`` without what would bring erased data back; None when nothing of it may apply: a
    change of an erased consent, a consent for an erased person, the personal fields of an erased
    person (the rest of such a change — sector, influence — applies)."""
    actor_ref = op.changes.get("actor_id", (None, None))[1]
    if erased.get(op.entity_id) == "consent" or (op.entity == "consent" and actor_ref in erased):
        return None
    if erased.get(op.entity_id) == "actor":
        if op.op == "insert":
            return None
        kept = {k: v for k, v in op.changes.items() if k not in PERSONAL_ACTOR_FIELDS}
        if not set(kept) - syncstore._META_FIELDS:
            return None
        return op.model_copy(update={"changes": kept})
    return op


def compact(engine: Engine) -> None:
    """After an erasure, leave no old copy of the rows in the store's files where the database
    allows it: SQLite's WAL is checkpointed and truncated (freed pages are zeroed by
    ``secure_delete``); PostgreSQL's dead row versions are vacuumed (their space is then reused;
    the operator's backups keep their own retention, docs/betrieb.md)."""
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()  # outside any transaction (the engine begins IMMEDIATE)
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
        return
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            for table in ("records", "conflicts", "changes"):
                conn.exec_driver_sql(f"VACUUM {table}")
