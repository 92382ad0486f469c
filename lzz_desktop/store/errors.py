"""Storage errors caused by the environment (not by bugs). Plain Python, so the UI can name them
without loading the database layer."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A storage problem caused by the environment, not by a bug."""

    def __init__(self, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path
        self.detail = detail


class NewerDatabaseError(StoreError):
    """The file was written by a newer version of the app; opening it could damage it."""


class CorruptDatabaseError(StoreError):
    """The file is not a readable SQLite database, or fails its integrity check."""


class DatabaseLockedError(StoreError):
    """Another program holds the file."""
