"""The one engine factory. Encryption at rest (SQLCipher) would be switched on here only."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def make_engine(path: Path, read_only: bool = False) -> Engine:
    """An engine on the SQLite file ``path`` with WAL, foreign keys and a busy timeout; with
    ``read_only`` on a file in a folder that cannot be written (nothing is written, not even the
    WAL's index file: the file is opened as immutable)."""
    # Connections move between the GUI thread and the one database worker; the pool hands each
    # connection to one thread at a time, so the sqlite3 same-thread guard is not needed.
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
        engine = create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
            ),
        )
        event.listen(engine, "connect", _on_connect_read_only)
        return engine
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA query_only = ON")
    finally:
        cursor.close()
