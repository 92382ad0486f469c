"""One sync of a workspace: check access and epoch, push the outbox, pull by cursor.

The client removes an outbox entry only after the server acknowledged it, and stores each pulled
page together with the new cursor in one transaction, so a sync killed at any point loses nothing
and a repeated one duplicates nothing (the server applies each op id once).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from lzz_desktop.domain import SYNCED_MODELS, District, Outbox, SyncConflict
from lzz_desktop.domain.outbox import LocalState
from lzz_desktop.domain.wire import entity_specs, from_wire
from lzz_desktop.services.outbox import SUPPRESS_KEY, to_wire
from lzz_desktop.sync import attachments
from lzz_desktop.sync.client import Refused, SyncClient
from lzz_desktop.sync.protocol import PUSH_BATCH_LIMIT, ConflictState, Op, OpResult, PullResponse

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

K_SERVER, K_USER, K_CURSOR, K_EPOCH, K_DISTRICTS = (
    "sync.server",
    "sync.user",
    "sync.cursor",
    "sync.epoch",
    "sync.districts",
)
K_LAST_SUCCESS, K_LAST_ERROR = "sync.last_success", "sync.last_error"
PULL_PAGE = 1000

Progress = Callable[[str, int], None]  # (phase, records so far)


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: list[str] = field(default_factory=list)  # "op_id: reason" of ops the server refused
    purged_districts: list[str] = field(default_factory=list)
    full_resync: bool = False
    files_sent: int = 0
    files_received: int = 0
    files_waiting: int = 0  # attachment transfers that failed and wait for the next sync


def get_state(session: Session, key: str, default: str = "") -> str:
    row = session.get(LocalState, key)
    return row.value if row is not None else default


def set_state(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value


@dataclass(frozen=True)
class SyncStatus:
    server: str
    user: str
    pending: int
    conflicts: int
    last_success: str
    last_error: str


def read_status(workspace: Workspace) -> SyncStatus:
    with workspace.session() as session:
        pending = session.scalar(select(func.count()).select_from(Outbox)) or 0
        open_conflicts = (
            session.scalar(
                select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved.is_(False))
            )
            or 0
        )
        return SyncStatus(
            server=get_state(session, K_SERVER),
            user=get_state(session, K_USER),
            pending=pending,
            conflicts=open_conflicts,
            last_success=get_state(session, K_LAST_SUCCESS),
            last_error=get_state(session, K_LAST_ERROR),
        )


class SyncService:
    def __init__(self, workspace: Workspace, client: SyncClient, progress: Progress | None = None) -> None:
        self.workspace = workspace
        self.client = client
        self.progress = progress or (lambda _phase, _count: None)
        self.specs = entity_specs()

    @contextmanager
    def _apply(self) -> Iterator[Session]:
        """A transaction that writes pulled data: no outbox entries, foreign keys checked only at the
        end of the whole pull (a page may bring a child before its parent)."""
        engine = self.workspace.database.engine
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()  # so that the session's commit below is a real one
            try:
                with Session(bind=connection, expire_on_commit=False) as session:
                    session.info[SUPPRESS_KEY] = True
                    yield session
                    session.commit()
            finally:
                connection.rollback()
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")

    # --- the whole sync -----------------------------------------------------------------
    def sync(self) -> SyncReport:
        report = SyncReport()
        try:
            me = self.client.me()
            self._check_epoch(me.epoch, report)
            self._check_access(me.districts, me.all_districts, report)
            self._push(report)
            self._send_resolutions()
            self._pull(report)
            files = attachments.transfer(self.client, self.workspace)
            report.files_sent, report.files_received = len(files.uploaded), len(files.downloaded)
            report.files_waiting = len(files.failed)
        except Exception as exc:
            with self.workspace.transaction() as session:
                set_state(session, K_LAST_ERROR, str(getattr(exc, "kind", "")) or type(exc).__name__)
            raise
        with self.workspace.transaction() as session:
            set_state(session, K_LAST_SUCCESS, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
            set_state(session, K_LAST_ERROR, "")
        return report

    # --- epoch and access ---------------------------------------------------------------
    def _check_epoch(self, epoch: str, report: SyncReport) -> None:
        with self._apply() as session:
            stored = get_state(session, K_EPOCH)
            if stored == epoch:
                return
            if stored:
                # The server was restored from a backup: send everything again, pull everything.
                report.full_resync = True
                self._queue_full_push(session)
            set_state(session, K_EPOCH, epoch)
            set_state(session, K_CURSOR, "0")

    def _queue_full_push(self, session: Session) -> None:
        session.execute(delete(Outbox))
        for model in SYNCED_MODELS:
            spec = self.specs[model.__entity__]
            # Versions of the old server mean nothing to the restored one.
            session.execute(update(model).values(version=None))
            for obj in session.scalars(select(model)):
                changes = {
                    name: [None, to_wire(getattr(obj, name))]
                    for name in spec.fields
                    if getattr(obj, name) is not None
                }
                session.add(
                    Outbox(
                        entity=spec.name,
                        entity_id=obj.id,
                        district_id=getattr(obj, "district_id", None),
                        op="insert",
                        base_version=None,
                        changes=json.dumps(changes, ensure_ascii=False),
                    )
                )

    def _check_access(self, districts: list[str], all_districts: bool, report: SyncReport) -> None:
        with self._apply() as session:
            known_raw = get_state(session, K_DISTRICTS)
            known = set(json.loads(known_raw)) if known_raw else set()
            current = set(districts)
            marker = "*" if all_districts else ""
            if not all_districts and known_raw and "*" not in known:
                lost = sorted(known - current)
                if lost:
                    self._purge(session, lost)
                    report.purged_districts = lost
                if current - known:
                    set_state(session, K_CURSOR, "0")  # newly granted: pull their history
            elif known_raw and "*" in known and not all_districts:
                local = set(session.scalars(select(District.id)))
                lost = sorted(local - current)
                self._purge(session, lost)
                report.purged_districts = lost
                set_state(session, K_CURSOR, "0")
            set_state(session, K_DISTRICTS, json.dumps(sorted(current | ({marker} if marker else set()))))

    def _purge(self, session: Session, district_ids: list[str]) -> None:
        """Access to these districts was revoked: remove every local copy of their data."""
        for model in SYNCED_MODELS:
            spec = self.specs[model.__entity__]
            if spec.scoped:
                session.execute(delete(model).where(model.district_id.in_(district_ids)))  # type: ignore[attr-defined]
        session.execute(delete(District).where(District.id.in_(district_ids)))
        session.execute(delete(Outbox).where(Outbox.district_id.in_(district_ids)))
        session.execute(delete(SyncConflict).where(SyncConflict.district_id.in_(district_ids)))

    # --- push ---------------------------------------------------------------------------
    def _push(self, report: SyncReport) -> None:
        while True:
            with self.workspace.session() as session:
                rows = session.scalars(select(Outbox).order_by(Outbox.seq).limit(PUSH_BATCH_LIMIT)).all()
            if not rows:
                return
            ops = [
                Op(
                    op_id=row.op_id,
                    entity=row.entity,
                    entity_id=row.entity_id,
                    district_id=row.district_id,
                    op=row.op,  # type: ignore[arg-type]
                    base_version=row.base_version,
                    changes={k: tuple(v) for k, v in json.loads(row.changes).items()},
                )
                for row in rows
            ]
            self._stamp(ops)
            try:
                response = self.client.push(ops)
            except Refused as refusal:
                if refusal.op_id is None or refusal.op_id not in {op.op_id for op in ops}:
                    raise
                # The server refuses this one operation for good (rights, validity): drop it and
                # say so, or it would block every later change.
                with self._apply() as session:
                    session.execute(delete(Outbox).where(Outbox.op_id == refusal.op_id))
                report.rejected.append(f"{refusal.op_id}: {refusal.detail}")
                continue
            acknowledged = [result.op_id for result in response.results]
            with self._apply() as session:
                session.execute(delete(Outbox).where(Outbox.op_id.in_(acknowledged)))
                self._note_versions(session, ops, response.results)
            report.pushed += len(acknowledged)
            report.conflicts += sum(1 for r in response.results if r.status == "conflict")
            self.progress("push", report.pushed)

    def _stamp(self, ops: list[Op]) -> None:
        """Send who changed a record last and when (the outbox leaves these out of updates), so the
        server's copy matches ours exactly."""
        by_entity: dict[str, list[str]] = defaultdict(list)
        for op in ops:
            if op.op != "insert":
                by_entity[op.entity].append(op.entity_id)
        stamps: dict[str, tuple[Any, Any]] = {}
        with self.workspace.session() as session:
            for entity, ids in by_entity.items():
                spec = self.specs.get(entity)
                if spec is None:
                    continue
                model: Any = spec.model
                for row in session.execute(
                    select(model.id, model.updated_at, model.updated_by).where(model.id.in_(ids))
                ):
                    stamps[row[0]] = (to_wire(row[1]), row[2])
        for op in ops:
            if op.entity_id in stamps:
                updated_at, updated_by = stamps[op.entity_id]
                op.changes.setdefault("updated_at", (None, updated_at))
                op.changes.setdefault("updated_by", (None, updated_by))

    def _note_versions(self, session: Session, ops: list[Op], results: list[OpResult]) -> None:
        """Take the server's version for records that are now exactly what we sent: the op applied
        in full on the version we had, and nothing of ours is pending. The pull can skip them."""
        by_id = {op.op_id: op for op in ops}
        still_pending = set(session.scalars(select(Outbox.entity_id)))
        per_model: dict[Any, list[dict[str, Any]]] = defaultdict(list)
        for result in results:
            op = by_id.get(result.op_id)
            if op is None or result.status != "applied" or result.version is None:
                continue
            if op.entity_id in still_pending or result.version != (op.base_version or 0) + 1:
                continue
            spec = self.specs.get(op.entity)
            if spec is not None:
                per_model[spec.model].append({"b_id": op.entity_id, "b_version": result.version})
        for model, rows in per_model.items():
            table = model.__table__  # type: ignore[attr-defined]
            session.execute(
                update(table).where(table.c.id == bindparam("b_id")).values(version=bindparam("b_version")),
                rows,
            )

    def _send_resolutions(self) -> None:
        with self.workspace.session() as session:
            ids = list(session.scalars(select(SyncConflict.id).where(SyncConflict.resolved.is_(True))))
        for conflict_id in ids:
            try:
                self.client.resolve(conflict_id)
            except Refused as refusal:
                if refusal.status not in (403, 404):
                    raise
            with self._apply() as session:
                session.execute(delete(SyncConflict).where(SyncConflict.id == conflict_id))

    # --- pull ---------------------------------------------------------------------------
    def _pull(self, report: SyncReport) -> None:
        while True:
            with self.workspace.session() as session:
                cursor = int(get_state(session, K_CURSOR, "0") or 0)
            page = self.client.pull(cursor, PULL_PAGE)
            with self._apply() as session:
                self._apply_page(session, page)
                set_state(session, K_CURSOR, str(page.cursor))
                if page.conflicts is not None:
                    self._mirror_conflicts(session, page.conflicts)
            report.pulled += len(page.records)
            self.progress("pull", report.pulled)
            if not page.has_more:
                return

    def _apply_page(self, session: Session, page: PullResponse) -> None:
        by_entity: dict[str, list[Any]] = defaultdict(list)
        for record in page.records:
            if record.entity in self.specs:  # an entity this version does not know yet is skipped
                by_entity[record.entity].append(record)
        ids = [r.id for r in page.records]
        pending: dict[str, set[str]] = defaultdict(set)
        for entity_id, changes in session.execute(
            select(Outbox.entity_id, Outbox.changes).where(Outbox.entity_id.in_(ids))
        ):
            pending[entity_id].update(json.loads(changes))
        for model in SYNCED_MODELS:
            spec = self.specs[model.__entity__]
            batch = by_entity.get(spec.name)
            if not batch:
                continue
            existing = {
                obj.id: obj
                for obj in session.scalars(select(model).where(model.id.in_([r.id for r in batch])))
            }
            new_rows = []
            for record in batch:
                values = {
                    name: from_wire(fspec, record.data.get(name, fspec.default))
                    for name, fspec in spec.fields.items()
                    if name in record.data or fspec.has_fixed_default
                }
                obj = existing.get(record.id)
                if obj is not None and obj.version == record.version and record.id not in pending:
                    continue  # we sent exactly this version ourselves
                if obj is None:
                    new_rows.append({**values, "id": record.id, "version": record.version})
                    continue
                keep = pending.get(record.id, set())  # rebase: local pending edits stay on top
                for name, value in values.items():
                    if name not in keep:
                        setattr(obj, name, value)
                obj.version = record.version
            if new_rows:
                session.flush()
                for row in new_rows:
                    for name, fspec in spec.fields.items():
                        if fspec.required and name not in row:
                            row[name] = "" if fspec.kind in ("str", "text") else None
                session.execute(insert(model), new_rows)

    def _mirror_conflicts(self, session: Session, conflicts: list[ConflictState]) -> None:
        decided = set(session.scalars(select(SyncConflict.id).where(SyncConflict.resolved.is_(True))))
        session.execute(delete(SyncConflict).where(SyncConflict.resolved.is_(False)))
        for c in conflicts:
            if c.id in decided:
                continue
            session.add(
                SyncConflict(
                    id=c.id,
                    entity=c.entity,
                    entity_id=c.entity_id,
                    district_id=c.district_id,
                    kind=c.kind,
                    field=c.field,
                    base=json.dumps(c.base, ensure_ascii=False),
                    mine=json.dumps(c.mine, ensure_ascii=False),
                    theirs=json.dumps(c.theirs, ensure_ascii=False),
                    created_by=c.created_by,
                    created_at=c.created_at,
                    resolved=False,
                )
            )
