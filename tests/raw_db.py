"""A connection to a workspace's encrypted database behind the app's back (as a buggy tool, an
old version or another program would write or lock it), keyed like the app's own."""

from __future__ import annotations

from pathlib import Path

from lzz_desktop.store.engine import Connection, OperationalError, connect
from lzz_desktop.store.keys import workspace_key

__all__ = ["OperationalError", "raw_connect"]


def raw_connect(
    db_path: Path | str,
    timeout: float | None = None,
    isolation_level: str | None = "",
    workspace_db: Path | None = None,
) -> Connection:
    """``workspace_db``: the database whose key opens ``db_path`` (for a backup), if not itself."""
    connection = connect(Path(db_path), workspace_key(workspace_db or Path(db_path)))
    if timeout is not None:
        connection.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    if isolation_level is None:
        connection.isolation_level = None
    return connection
