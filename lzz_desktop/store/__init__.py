"""Storage: engine and sessions, Alembic migrations, backups and database checks.

The errors load eagerly (plain Python); the database layer loads on first use (PEP 562).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lzz_desktop.store.errors import CorruptDatabaseError, DatabaseLockedError, NewerDatabaseError, StoreError

if TYPE_CHECKING:
    from lzz_desktop.store.database import Database, open_database


def __getattr__(name: str) -> Any:
    if name in {"Database", "open_database"}:
        from lzz_desktop.store import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CorruptDatabaseError",
    "Database",
    "DatabaseLockedError",
    "NewerDatabaseError",
    "StoreError",
    "open_database",
]
