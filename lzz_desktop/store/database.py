"""Opening the local database: checks, backup before migration, refusal of newer files.

Storage errors that the environment causes (a newer file, a corrupt file, a locked file) are
raised as :class:`StoreError` subclasses; the UI turns them into German messages with a way out.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from lzz_desktop.store import backup, migrate, search
from lzz_desktop.store.backup import readonly_uri
from lzz_desktop.store.engine import make_engine
from lzz_desktop.store.errors import CorruptDatabaseError, DatabaseLockedError, NewerDatabaseError, StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
DAILY_BACKUP_HOURS = 24


@dataclass
class Database:
    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    backups_made: list[Path] = field(default_factory=list)

    def close(self) -> None:
        self.engine.dispose()


def _check_file(path: Path) -> str | None:
    """Raise CorruptDatabaseError unless ``path`` is a readable, intact SQLite file; returns the
    schema revision stored in it (read here, on a read-only connection, so that a file from a newer
    version is refused before the engine's connect hook switches its journal mode)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    if header and header != SQLITE_HEADER:
        raise CorruptDatabaseError(path, "not an SQLite database")
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True, timeout=5)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            revision = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if has_version
                else None
            )
        finally:
            connection.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise DatabaseLockedError(path, str(exc)) from exc
        raise CorruptDatabaseError(path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    if result is None or result[0] != "ok":
        raise CorruptDatabaseError(path, str(result[0] if result else "quick_check failed"))
    return str(revision[0]) if revision else None


def open_database(path: Path) -> Database:
    """Open (creating if missing) and migrate the database at ``path``.

    A file that exists is checked first; before any migration it is backed up; once a day it is
    backed up anyway, so a later corruption has a recent backup to go back to.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    # The revision is read on the check's read-only connection: a newer file is refused before the
    # engine touches it, and a file that is up to date never needs Alembic loaded at all.
    current = _check_file(path) if existed else None
    if current is not None and not migrate.known_revision(current):
        raise NewerDatabaseError(path, f"schema revision {current} is unknown to this version")
    engine = make_engine(path)
    made: list[Path] = []
    try:
        head = migrate.head_revision()
        if existed and current != head:
            made.append(backup.make_backup(path, "vor-migration"))
        if current != head:
            migrate.upgrade(engine)
        with engine.begin() as connection:
            search.ensure_index(connection)
        if existed and not made:
            age = backup.latest_backup_age(path)
            if age is None or age.total_seconds() > DAILY_BACKUP_HOURS * 3600:
                made.append(backup.make_backup(path, "taeglich"))
    except OperationalError as exc:
        engine.dispose()
        if "locked" in str(exc):
            raise DatabaseLockedError(path, str(exc.orig)) from exc
        raise CorruptDatabaseError(path, str(exc.orig)) from exc
    except DatabaseError as exc:
        engine.dispose()
        raise CorruptDatabaseError(path, str(exc.orig)) from exc
    except StoreError:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path=path, engine=engine, session_factory=factory, backups_made=made)
