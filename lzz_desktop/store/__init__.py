"""Storage: engine and sessions, Alembic migrations, backups and database checks."""

from lzz_desktop.store.database import (
    CorruptDatabaseError,
    Database,
    DatabaseLockedError,
    NewerDatabaseError,
    StoreError,
    open_database,
)

__all__ = [
    "CorruptDatabaseError",
    "Database",
    "DatabaseLockedError",
    "NewerDatabaseError",
    "StoreError",
    "open_database",
]
