"""One sync of a workspace: check access and epoch, push the outbox, pull by cursor.

The client removes an outbox entry only after the server acknowledged it, and stores each pulled
page together with the new cursor in one transaction, so a sync killed at any point loses nothing
and a repeated one duplicates nothing (the server applies each op id once).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from lzz_desktop import __version__
from lzz_desktop.domain import SYNCED_MODELS, District, Outbox, SyncConflict, SyncQuarantine
from lzz_desktop.domain.outbox import LocalState
from lzz_desktop.domain.wire import EntitySpec, entity_specs, python_value
from lzz_desktop.services.outbox import SUPPRESS_KEY, to_wire
from lzz_desktop.sync import attachments
from lzz_desktop.sync.client import Refused, SyncClient
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.protocol import (
    PUSH_BATCH_LIMIT,
    ConflictState,
    Op,
    OpResult,
    RecordState,
)

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
K_ROLE, K_INSECURE = "sync.role", "sync.insecure"
PULL_PAGE = 1000
# Refusals of a whole push request that one of its ops may cause: the batch is split until the op
# is found and set aside as refused (never dropped, never blocking the rest).
_SPLIT_STATUSES = frozenset({400, 403, 409, 413, 422})

Progress = Callable[[str, int], None]  # (phase, records so far)


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: list[str] = field(default_factory=list)  # "op_id: reason" of ops the server refused
    quarantined: int = 0  # pulled records set aside in this sync (they could not be applied)
    purged_districts: list[str] = field(default_factory=list)
    full_resync: bool = False
    files_sent: int = 0
    files_received: int = 0
    files_waiting: int = 0  # attachment transfers that failed and wait for the next sync
    erased: int = 0  # persons erased on another device, erased here in this sync


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
    pending: int  # changes waiting to be sent (refused ones not included)
    conflicts: int
    last_success: str
    last_error: str
    refused: int = 0  # changes the store refused: kept, not sent again until the user decides
    quarantined: int = 0  # pulled records that could not be applied
    role: str = ""


def read_status(workspace: Workspace) -> SyncStatus:
    with workspace.session() as session:
        pending = (
            session.scalar(select(func.count()).select_from(Outbox).where(Outbox.refused_reason.is_(None)))
            or 0
        )
        refused = (
            session.scalar(select(func.count()).select_from(Outbox).where(Outbox.refused_reason.is_not(None)))
            or 0
        )
        quarantined = session.scalar(select(func.count()).select_from(SyncQuarantine)) or 0
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
            refused=refused,
            quarantined=quarantined,
            role=get_state(session, K_ROLE),
        )


class SyncService:
    def __init__(
        self,
        workspace: Workspace,
        client: SyncClient,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.workspace = workspace
        self.client = client
        self._progress = progress or (lambda _phase, _count: None)
        self.cancel = cancel or threading.Event()
        self.specs = entity_specs()
        self.account = ""  # the account's name on the store, from /sync/me

    @contextmanager
    def _apply(self) -> Iterator[Session]:
        """A transaction that writes pulled data: no outbox entries, foreign keys checked only at the
        end of the whole pull (a page may bring a child before its parent)."""
        engine = self.workspace.database.engine
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.commit()
            driver = connection.connection.driver_connection
            legacy = driver.isolation_level  # type: ignore[union-attr]
            # The write lock first, waiting up to the busy timeout: a transaction that reads first
            # and writes later cannot get the lock once the window committed an edit in between
            # (SQLITE_BUSY_SNAPSHOT, "database is locked" at once) — the sync failed while the
            # user kept working.
            driver.isolation_level = None  # type: ignore[union-attr]
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                with Session(bind=connection, expire_on_commit=False) as session:
                    session.info[SUPPRESS_KEY] = True
                    yield session
                    session.flush()
                connection.commit()
            finally:
                connection.rollback()
                driver.isolation_level = legacy  # type: ignore[union-attr]
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")

    # --- the whole sync -----------------------------------------------------------------
    def progress(self, phase: str, count: int) -> None:
        """Report progress — and stop here when the sync was cancelled (closing the window): every
        step before committed on its own, so nothing is lost and the next sync goes on from here."""
        self._progress(phase, count)
        if self.cancel.is_set():
            raise SyncError("cancelled")

    def sync(self) -> SyncReport:
        report = SyncReport()
        try:
            me = self.client.me()
            self.account = me.user
            with self.workspace.transaction() as session:
                set_state(session, K_ROLE, me.role)
            self._check_epoch(me.epoch, report)
            self._check_access(me.districts, me.all_districts, report)
            self._erasures(report)
            self._push(report)
            self._send_resolutions()
            self._retry_quarantine(report)
            self._pull(report)
            self.progress("files", 0)
            files = attachments.transfer(self.client, self.workspace, self.cancel)
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
    def _erasures(self, report: SyncReport) -> None:
        """Erasures first (Art. 17 DSGVO): the ones made here are sent, the ones made elsewhere
        are applied here — before anything is pushed, so no queued edit brings a person back."""
        from lzz_desktop.services.erasure import ErasureService

        service = ErasureService(self.workspace)
        pending = service.pending()
        if pending:
            self.client.erase(pending)
            service.sent(pending)
        report.erased = service.follow(self.client.erasures())

    def _push(self, report: SyncReport) -> None:
        while True:
            with self.workspace.session() as session:
                held = select(Outbox.entity_id).where(Outbox.refused_reason.is_not(None))
                rows = session.scalars(
                    select(Outbox)
                    .where(Outbox.refused_reason.is_(None), Outbox.entity_id.not_in(held))
                    .order_by(Outbox.seq)
                    .limit(PUSH_BATCH_LIMIT)
                ).all()
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
            results = self._send(ops)
            refused = [r for r in results if r.status == "refused"]
            acknowledged = [r.op_id for r in results if r.status != "refused"]
            with self._apply() as session:
                # A refused op stays in the outbox, marked: counted, shown, never silently dropped.
                for result in refused:
                    session.execute(
                        update(Outbox)
                        .where(Outbox.op_id == result.op_id)
                        .values(refused_reason=result.reason or "invalid_value", refused_detail=result.detail)
                    )
                session.execute(delete(Outbox).where(Outbox.op_id.in_(acknowledged)))
                self._note_versions(session, ops, results)
            report.pushed += len(acknowledged)
            report.rejected.extend(f"{r.op_id}: {r.reason} {r.detail}".strip() for r in refused)
            report.conflicts += sum(1 for r in results if r.status == "conflict")
            self.progress("push", report.pushed)

    def _send(self, ops: list[Op]) -> list[OpResult]:
        """Push ``ops``; a whole request refused because of one op (an older store, a body too
        large) is split until that op stands alone and is marked refused."""
        try:
            return self.client.push(ops).results
        except Refused as refusal:
            if refusal.status not in _SPLIT_STATUSES:
                raise
            if len(ops) == 1:
                reason = "too_large" if refusal.status == 413 else "invalid_value"
                if refusal.status == 403:
                    reason = "no_write_access"
                return [OpResult(op_id=ops[0].op_id, status="refused", reason=reason, detail=refusal.detail)]
            if refusal.op_id is not None and refusal.op_id in {op.op_id for op in ops}:
                alone = [op for op in ops if op.op_id == refusal.op_id]
                rest = [op for op in ops if op.op_id != refusal.op_id]
                return self._send(alone) + (self._send(rest) if rest else [])
            middle = len(ops) // 2
            return self._send(ops[:middle]) + self._send(ops[middle:])

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
            # The store writes down who changed a record: the account that pushed it.
            stamp = {"updated_by": self.account} if self.account and "updated_by" in table.c else {}
            session.execute(
                update(table)
                .where(table.c.id == bindparam("b_id"))
                .values(version=bindparam("b_version"), **stamp),
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
                self._apply_records(session, page.records, report)
                set_state(session, K_CURSOR, str(page.cursor))
                if page.conflicts is not None:
                    self._mirror_conflicts(session, page.conflicts)
            report.pulled += len(page.records)
            self.progress("pull", report.pulled)
            if not page.has_more:
                return

    def _apply_records(
        self, session: Session, records: list[RecordState], report: SyncReport | None, force: bool = False
    ) -> None:
        """Write pulled records. A record this version cannot apply — an unknown entity, a value
        that breaks a rule, a row the database refuses — is set aside in the quarantine with its
        payload; the rest applies. ``force`` writes even a version we already hold."""
        by_entity: dict[str, list[RecordState]] = defaultdict(list)
        for record in records:
            if record.entity in self.specs:
                by_entity[record.entity].append(record)
            else:
                self._quarantine(session, record, f"unknown entity {record.entity!r}", report)
        ids = [r.id for r in records]
        pending: dict[str, set[str]] = defaultdict(set)
        for entity_id, changes in session.execute(
            select(Outbox.entity_id, Outbox.changes).where(
                Outbox.entity_id.in_(ids), Outbox.refused_reason.is_(None)
            )
        ):
            pending[entity_id].update(json.loads(changes))
        applied: list[str] = []
        for model in SYNCED_MODELS:
            spec = self.specs[model.__entity__]
            batch = by_entity.get(spec.name)
            if batch:
                applied.extend(self._apply_batch(session, model, spec, batch, pending, report, force))
        if applied:
            # A newer state of a record arrived and applied: an older quarantined one is obsolete.
            session.execute(delete(SyncQuarantine).where(SyncQuarantine.record_id.in_(applied)))

    def _apply_batch(
        self,
        session: Session,
        model: Any,
        spec: EntitySpec,
        batch: list[RecordState],
        pending: dict[str, set[str]],
        report: SyncReport | None,
        force: bool,
    ) -> list[str]:
        table = model.__table__
        held: dict[str, int | None] = {
            row[0]: row[1]
            for row in session.execute(
                select(table.c.id, table.c.version).where(table.c.id.in_([r.id for r in batch]))
            )
        }
        writes: list[tuple[RecordState, bool, dict[str, Any]]] = []
        for record in batch:
            try:
                values = {
                    name: python_value(fspec, record.data.get(name, fspec.default))
                    for name, fspec in spec.fields.items()
                    if name in record.data or fspec.has_fixed_default
                }
            except (ValueError, TypeError, OverflowError) as exc:
                self._quarantine(session, record, str(exc), report)
                continue
            exists = record.id in held
            if exists and not force and held[record.id] == record.version and record.id not in pending:
                continue  # we sent exactly this version ourselves
            if exists:
                keep = pending.get(record.id, set())  # rebase: local pending edits stay on top
                values = {k: v for k, v in values.items() if k not in keep}
            else:
                for name, fspec in spec.fields.items():
                    if fspec.required and name not in values:
                        values[name] = "" if fspec.kind in ("str", "text") else None
            writes.append((record, exists, {**values, "version": record.version}))
        if not writes:
            return []
        try:
            with session.begin_nested():
                self._write_rows(session, table, writes)
            return [record.id for record, _exists, _values in writes]
        except Exception:  # a row the database refuses: find it, set it aside, keep the others
            written = []
            for one in writes:
                try:
                    with session.begin_nested():
                        self._write_rows(session, table, [one])
                    written.append(one[0].id)
                except Exception as exc:
                    self._quarantine(session, one[0], f"{type(exc).__name__}: {str(exc)[:300]}", report)
            return written

    @staticmethod
    def _write_rows(
        session: Session, table: Any, writes: list[tuple[RecordState, bool, dict[str, Any]]]
    ) -> None:
        new_rows = [{**values, "id": record.id} for record, exists, values in writes if not exists]
        if new_rows:
            session.execute(insert(table), new_rows)
        for record, exists, values in writes:
            if exists:
                session.execute(update(table).where(table.c.id == record.id).values(**values))

    def _quarantine(
        self, session: Session, record: RecordState, reason: str, report: SyncReport | None
    ) -> None:
        session.execute(delete(SyncQuarantine).where(SyncQuarantine.record_id == record.id))
        session.add(
            SyncQuarantine(
                entity=record.entity[:50],
                record_id=record.id,
                district_id=record.district_id,
                payload=record.model_dump_json(),
                reason=reason[:1000],
                app_version=__version__,
            )
        )
        session.flush()
        if report is not None:
            report.quarantined += 1

    def _retry_quarantine(self, report: SyncReport) -> None:
        """Records set aside by an older version of the app are tried again after an update."""
        with self.workspace.session() as session:
            rows = session.scalars(
                select(SyncQuarantine).where(SyncQuarantine.app_version != __version__)
            ).all()
            payloads = [(row.id, row.payload) for row in rows]
        if not payloads:
            return
        records = []
        for _row_id, payload in payloads:
            try:
                records.append(RecordState.model_validate_json(payload))
            except ValueError:
                continue
        with self._apply() as session:
            session.execute(delete(SyncQuarantine).where(SyncQuarantine.id.in_([i for i, _ in payloads])))
            self._apply_records(session, records, report)

    # --- refused changes: the user decides -------------------------------------------------
    def take_store_state(self, entity_ids: list[str]) -> None:
        """Give up the refused changes of these records: drop their outbox entries and take the
        store's current state (a record the store does not have is removed here too)."""
        ids = sorted(set(entity_ids))
        states: list[RecordState] = []
        for start in range(0, len(ids), PUSH_BATCH_LIMIT):
            states.extend(self.client.records(ids[start : start + PUSH_BATCH_LIMIT]))
        known = {state.id for state in states}
        with self._apply() as session:
            entity_of = {
                row[0]: row[1]
                for row in session.execute(
                    select(Outbox.entity_id, Outbox.entity).where(Outbox.entity_id.in_(ids))
                )
            }
            session.execute(delete(Outbox).where(Outbox.entity_id.in_(ids)))
            self._apply_records(session, states, None, force=True)
            for record_id in ids:
                spec = self.specs.get(entity_of.get(record_id, ""))
                if record_id not in known and spec is not None:
                    table = spec.model.__table__  # type: ignore[attr-defined]
                    session.execute(delete(table).where(table.c.id == record_id))

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
                    theirs_by=c.theirs_by,
                    theirs_at=c.theirs_at,
                    resolved=False,
                )
            )
