"""Opening the local database: checks, backup before migration, refusal of newer files.

Storage errors that the environment causes (a newer file, a corrupt file, a locked file) are
raised as :class:`StoreError` subclasses; the UI turns them into German messages with a way out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from lzz_desktop.store import backup, migrate, search
from lzz_desktop.store.encrypt import encrypt_workspace_files, is_plain_database
from lzz_desktop.store.engine import Error as SqlError
from lzz_desktop.store.engine import connect, make_engine
from lzz_desktop.store.errors import (
    CorruptDatabaseError,
    NewerDatabaseError,
    ReadOnlyStorageError,
    StoreError,
    classify,
)
from lzz_desktop.store.keys import WorkspaceKey, workspace_key

DAILY_BACKUP_HOURS = 24


@dataclass
class Database:
    path: Path
    key: WorkspaceKey
    engine: Engine
    session_factory: sessionmaker[Session]
    backups_made: list[Path] = field(default_factory=list)
    read_only: bool = False

    def close(self) -> None:
        self.engine.dispose()


def _check_file(path: Path, key: WorkspaceKey, read_only: bool = False) -> str | None:
    """Raise CorruptDatabaseError unless ``path`` is a readable, intact database under ``key``;
    returns the schema revision stored in it (read here, on a read-only connection, so that a file
    from a newer version is refused before the engine's connect hook switches its journal mode)."""
    try:
        with path.open("rb") as handle:
            handle.read(16)
    except OSError as exc:
        raise classify(exc, path) or CorruptDatabaseError(path, str(exc)) from exc
    try:
        connection = connect(path, key, read_only=True, immutable=read_only)
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
    except (SqlError, MemoryError) as exc:  # SQLCipher: a page failing authentication is "out of memory"
        raise classify(exc, path) or CorruptDatabaseError(path, str(exc) or "a page fails its check") from exc
    if result is None or result[0] != "ok":
        raise CorruptDatabaseError(path, str(result[0] if result else "quick_check failed"))
    return str(revision[0]) if revision else None


def writable(path: Path) -> bool:
    """Whether the database file and its folder (for the WAL, backups and attachments) can be
    written. A read-only mount refuses even the superuser."""
    folder = path.parent
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def open_database(path: Path, key: WorkspaceKey | None = None, passphrase: str | None = None) -> Database:
    """Open (creating if missing) and migrate the encrypted database at ``path``, under ``key`` or
    the workspace's key (see :func:`lzz_desktop.store.keys.workspace_key`; ``passphrase`` where it
    needs one). A plain database of an earlier version is encrypted first (see
    :mod:`lzz_desktop.store.encrypt`).

    A file that exists is checked first; before any migration it is backed up; once a day it is
    backed up anyway, so a later corruption has a recent backup to go back to. In a folder that
    cannot be written the file is opened read-only (``Database.read_only``): checks and exports
    still work, every write is refused with :class:`ReadOnlyStorageError`.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise classify(exc, path.parent) or ReadOnlyStorageError(path.parent, str(exc)) from exc
    existed = path.exists() and path.stat().st_size > 0
    read_only = not writable(path)
    if read_only and not existed:
        raise ReadOnlyStorageError(path.parent, "the folder cannot be written")
    if read_only and is_plain_database(path):
        raise ReadOnlyStorageError(path, "the database needs encrypting, which cannot be written")
    if key is None:
        key = workspace_key(path, passphrase)
    if not read_only:
        try:
            encrypt_workspace_files(path, key)
        except (SqlError, OSError) as exc:
            raise classify(exc, path) or CorruptDatabaseError(path, str(exc)) from exc
    # The revision is read on the check's read-only connection: a newer file is refused before the
    # engine touches it, and a file that is up to date never needs Alembic loaded at all.
    current = _check_file(path, key, read_only) if existed else None
    if current is not None and not migrate.known_revision(current):
        raise NewerDatabaseError(path, f"schema revision {current} is unknown to this version")
    head = migrate.head_revision()
    if read_only:
        if current != head:
            raise ReadOnlyStorageError(path, "the database needs an update, which cannot be written")
        engine = make_engine(path, key, read_only=True)
        factory = sessionmaker(engine, expire_on_commit=False)
        return Database(path=path, key=key, engine=engine, session_factory=factory, read_only=True)
    engine = make_engine(path, key)
    made: list[Path] = []
    try:
        if existed and current != head:
            made.append(backup.make_backup(path, "vor-migration", key))
        if current != head:
            migrate.upgrade(engine)
        with engine.begin() as connection:
            search.ensure_index(connection)
        if existed and not made:
            age = backup.latest_backup_age(path)
            if age is None or age.total_seconds() > DAILY_BACKUP_HOURS * 3600:
                made.append(backup.make_backup(path, "taeglich", key))
    except (DatabaseError, OSError) as exc:
        engine.dispose()
        known = classify(exc, path)
        raise known or CorruptDatabaseError(path, str(getattr(exc, "orig", exc))) from exc
    except StoreError:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(path=path, key=key, engine=engine, session_factory=factory, backups_made=made)
