"""Health checks of a database file, for ``lzz-desktop check`` and support cases.

The checks only read: the file is opened through SQLite's read-only URI mode, never through the
application engine (whose connect hook switches the journal mode and would write to the file).
Findings carry stable codes and parameters, no text; the command line turns them into German or
English sentences.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from lzz_desktop.domain import SYNCED_MODELS
from lzz_desktop.store import migrate
from lzz_desktop.store.engine import Connection, connect
from lzz_desktop.store.engine import Error as SqlError
from lzz_desktop.store.engine import OperationalError as SqlOperationalError
from lzz_desktop.store.keys import SQLITE_HEADER, WorkspaceKey

# A problem list longer than this says nothing more to a person; the count is reported in full.
MAX_LISTED = 5

INTEGRITY = "integrity"
MIGRATION = "migration"
FOREIGN_KEYS = "foreign_keys"
ORPHANS = "orphans"
OUTBOX = "outbox"


@dataclass(frozen=True)
class Finding:
    """The outcome of one check. ``code`` is one of the module constants; ``params`` feed the
    message the front end writes (counts, revisions, table names)."""

    code: str
    ok: bool
    params: dict[str, str | int] = field(default_factory=dict)


@dataclass
class CheckReport:
    path: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return all(finding.ok for finding in self.findings)

    def finding(self, code: str) -> Finding | None:
        return next((f for f in self.findings if f.code == code), None)


@dataclass(frozen=True)
class _Reference:
    """A column that names a row of another table (``table.column`` → ``parent.id``)."""

    table: str
    column: str
    parent: str
    parent_column: str


def _model_references() -> list[_Reference]:
    """Every reference a synced row makes, taken from the models: district_id, workshop_id, …"""
    references = []
    for model in SYNCED_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        for foreign_key in table.foreign_keys:
            references.append(
                _Reference(
                    table=table.name,
                    column=foreign_key.parent.name,
                    parent=foreign_key.column.table.name,
                    parent_column=foreign_key.column.name,
                )
            )
    return sorted(references, key=lambda r: (r.table, r.column))


@contextmanager
def _read_only(db_path: Path, key: WorkspaceKey | None) -> Iterator[Connection]:
    # A read-only folder: no WAL index can be made, and nobody writes (immutable).
    immutable = not os.access(db_path.parent, os.W_OK)
    if key is None:  # a plain file of an earlier version, not yet encrypted
        uri = db_path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
        import sqlcipher3.dbapi2 as sqlcipher

        with closing(sqlcipher.connect(uri, uri=True, timeout=5)) as connection:
            yield connection
        return
    with closing(connect(db_path, key, read_only=True, immutable=immutable)) as connection:
        yield connection


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _tables(connection: Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(row[0]) for row in rows}


def _columns(connection: Connection, table: str) -> set[str]:
    return {str(row[1]) for row in connection.execute(f"PRAGMA table_info({_quote(table)})")}


def _listed(names: list[str]) -> str:
    unique = sorted(set(names))
    return ", ".join(unique[:MAX_LISTED]) + (", …" if len(unique) > MAX_LISTED else "")


def _check_header(db_path: Path, key: WorkspaceKey | None) -> Finding | None:
    """A finding when the file is missing, plainly not a database, or encrypted without a key at
    hand; None when SQLite may read it."""
    if not db_path.exists():
        return Finding(INTEGRITY, False, {"reason": "missing"})
    try:
        with db_path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        return Finding(INTEGRITY, False, {"reason": "unreadable", "detail": str(exc)})
    # An empty file is what SQLite itself creates for a new database: valid, just empty.
    if header and header != SQLITE_HEADER and key is None:
        return Finding(INTEGRITY, False, {"reason": "no_key"})
    return None


def _is_plain(db_path: Path) -> bool:
    with db_path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) in (SQLITE_HEADER, b"")


def _check_integrity(connection: Connection) -> Finding:
    messages = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
    if messages == ["ok"]:
        return Finding(INTEGRITY, True)
    return Finding(INTEGRITY, False, {"reason": "damaged", "problems": len(messages), "detail": messages[0]})


def _check_migration(connection: Connection, tables: set[str]) -> Finding:
    head = migrate.head_revision()
    if "alembic_version" not in tables:
        # No tables at all is a new file the app will set up; tables without a revision were not
        # made by this app and would fail the upgrade.
        state = "empty" if not tables else "unversioned"
        return Finding(MIGRATION, state == "empty", {"state": state, "current": "", "head": head})
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    current = str(row[0]) if row else ""
    if current == head:
        state = "current"
    elif not current:
        state = "empty"
    elif migrate.known_revision(current):
        state = "behind"  # the app upgrades it on the next start, after a backup
    else:
        state = "newer"
    return Finding(MIGRATION, state != "newer", {"state": state, "current": current, "head": head})


def _check_foreign_keys(connection: Connection) -> Finding:
    violations = connection.execute("PRAGMA foreign_key_check").fetchall()
    if not violations:
        return Finding(FOREIGN_KEYS, True, {"count": 0})
    return Finding(
        FOREIGN_KEYS,
        False,
        {"count": len(violations), "tables": _listed([str(row[0]) for row in violations])},
    )


def _check_orphans(connection: Connection, tables: set[str]) -> Finding:
    """Rows that name a district or a parent (workshop, concept, actor, …) that does not exist.

    Overlaps with the foreign key check on purpose: this one follows the models, so it also finds
    references whose constraint a schema lost, and it tells district orphans from parent orphans.
    """
    district_orphans = 0
    parent_orphans = 0
    affected: list[str] = []
    columns: dict[str, set[str]] = {}
    for ref in _model_references():
        if ref.table not in tables or ref.parent not in tables:
            continue
        if ref.table not in columns:
            columns[ref.table] = _columns(connection, ref.table)
        if ref.column not in columns[ref.table]:
            continue
        child, parent = _quote(ref.table), _quote(ref.parent)
        column, parent_column = _quote(ref.column), _quote(ref.parent_column)
        count = connection.execute(
            f"SELECT count(*) FROM {child} AS c WHERE c.{column} IS NOT NULL "
            f"AND NOT EXISTS (SELECT 1 FROM {parent} AS p WHERE p.{parent_column} = c.{column})"
        ).fetchone()[0]
        if not count:
            continue
        affected.append(ref.table)
        if ref.column == "district_id":
            district_orphans += int(count)
        else:
            parent_orphans += int(count)
    params: dict[str, str | int] = {
        "count": district_orphans + parent_orphans,
        "district": district_orphans,
        "parent": parent_orphans,
    }
    if affected:
        params["tables"] = _listed(affected)
    return Finding(ORPHANS, not affected, params)


def _check_outbox(connection: Connection, tables: set[str]) -> Finding:
    """Pending changes are information (they wait for the next sync), never a failure."""
    pending = 0
    if "outbox" in tables:
        pending = int(connection.execute("SELECT count(*) FROM outbox").fetchone()[0])
    return Finding(OUTBOX, True, {"pending": pending})


def _failure_reason(exc: SqlError | MemoryError) -> str:
    # OperationalError is the environment (cannot open, locked); other DatabaseErrors are SQLite
    # finding the content malformed or not a database.
    if isinstance(exc, SqlOperationalError):
        return "locked" if "locked" in str(exc) else "unreadable"
    return "damaged"


def run_checks(db_path: Path, key: WorkspaceKey | None) -> CheckReport:
    """Check the database at ``db_path`` (encrypted under ``key``; a plain file of an earlier
    version needs none) without changing it.

    The first finding is always the integrity finding. When the file cannot be read at all, it is
    the only one; otherwise the migration, foreign key, orphan and outbox findings follow.
    """
    report = CheckReport(path=db_path)
    header_problem = _check_header(db_path, key)
    if header_problem is not None:
        report.findings.append(header_problem)
        return report
    try:
        plain = _is_plain(db_path)
        with _read_only(db_path, None if plain else key) as connection:
            integrity = _check_integrity(connection)
            report.findings.append(integrity)
            tables = _tables(connection)
            report.findings.append(_check_migration(connection, tables))
            report.findings.append(_check_foreign_keys(connection))
            report.findings.append(_check_orphans(connection, tables))
            report.findings.append(_check_outbox(connection, tables))
    except (SqlError, MemoryError) as exc:
        # SQLCipher answers a page that fails its authentication with "out of memory".
        # A damaged file may fail any statement, even after the integrity check answered; the
        # findings made so far stay, and integrity is reported as failed.
        integrity_finding = report.finding(INTEGRITY)
        if integrity_finding is None or integrity_finding.ok:
            reason = _failure_reason(exc)
            integrity_finding = Finding(INTEGRITY, False, {"reason": reason, "detail": str(exc)})
        others = [f for f in report.findings if f.code != INTEGRITY]
        report.findings = [integrity_finding, *others]
    return report
