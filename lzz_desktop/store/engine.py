"""The one engine factory: every connection to the local database is an SQLCipher connection
keyed with the workspace's key (:mod:`lzz_desktop.store.keys`), so the file, its WAL and every
backup hold only encrypted pages. ``connect`` gives the same keyed connection without SQLAlchemy
(backups, checks)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from lzz_desktop.store.keys import WorkspaceKey

BUSY_TIMEOUT_MS = 5000
DatabaseError = sqlcipher.DatabaseError
Error = sqlcipher.Error
OperationalError = sqlcipher.OperationalError
Connection = sqlcipher.Connection


def connect(
    target: Path | str, key: WorkspaceKey, read_only: bool = False, immutable: bool = False
) -> Connection:
    """A DB-API connection to ``target`` keyed with ``key`` (nothing is read before the key is
    set). ``read_only`` opens it through a URI (safe for paths with '?', '#' or '%');
    ``immutable`` for a folder that cannot be written (not even the WAL's index is touched)."""
    if read_only or immutable:
        uri = Path(target).resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
        connection = sqlcipher.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    else:
        connection = sqlcipher.connect(str(target), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        connection.execute(f"PRAGMA key = {key.sqlcipher_pragma()}")
        # Freed pages are overwritten: an erased or edited value does not linger in the file.
        connection.execute("PRAGMA secure_delete = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA temp_store = MEMORY")  # no plain temporary files beside the data
    finally:
        cursor.close()


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()


def make_engine(path: Path, key: WorkspaceKey, read_only: bool = False) -> Engine:
    """An engine on the encrypted database ``path`` with WAL, foreign keys and a busy timeout;
    with ``read_only`` on a file in a folder that cannot be written (opened as immutable)."""
    # Connections move between the GUI thread and the one database worker; the pool hands each
    # connection to one thread at a time, so the same-thread guard is not needed.
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher,
        creator=lambda: connect(path, key, immutable=read_only),
        poolclass=QueuePool,
        hide_parameters=True,  # an error's text never quotes the values of a statement (names)
    )
    event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    return engine
