"""Storage errors caused by the environment (not by bugs). Plain Python, so the UI can name them
without loading the database layer."""

from __future__ import annotations

import errno as codes
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


class ReadOnlyStorageError(StoreError):
    """The data folder or the database file cannot be written (a read-only mount, missing rights)."""


class DiskFullError(StoreError):
    """The disk (or the user's quota) is full: nothing could be written, nothing was lost."""


class KeyError_(StoreError):
    """The workspace's key cannot be had (named so it does not shadow the builtin)."""


class PassphraseRequired(KeyError_):
    """The workspace is (or will be) protected by a passphrase and none was given. ``new`` when the
    passphrase is chosen now (the workspace has none yet)."""

    def __init__(self, path: Path, new: bool) -> None:
        super().__init__(path, "a new passphrase is needed" if new else "a passphrase is needed")
        self.new = new


class WrongPassphraseError(KeyError_):
    """The passphrase does not open this workspace."""


class WeakPassphraseError(KeyError_):
    """A new passphrase that is too short."""


class KeyMissingError(KeyError_):
    """The key of an encrypted workspace is gone (another user account, a reset keyring, the key
    file removed): the data cannot be read on this computer."""


class KeyringUnavailableError(KeyError_):
    """The keyring that holds this workspace's key cannot be reached (locked, no session)."""


_READ_ONLY = ("readonly", "read-only", "read only file system")
_FULL = ("database or disk is full", "no space left", "disk quota")
_LOCKED = ("database is locked", "database table is locked")


def classify(error: BaseException, path: Path | None = None) -> StoreError | None:
    """The environment problem behind a storage exception (sqlite3, SQLAlchemy or OSError), or
    None when it looks like a bug. Only a really damaged file is called damaged."""
    if isinstance(error, StoreError):
        return error
    where = path or Path(getattr(error, "filename", None) or "")
    original = getattr(error, "orig", None) or error  # SQLAlchemy wraps the DBAPI error
    text = str(original).lower()
    errno = getattr(original, "errno", None)
    if errno in (codes.ENOSPC, codes.EDQUOT) or any(part in text for part in _FULL):
        return DiskFullError(where, str(original))
    if errno in (codes.EROFS, codes.EACCES, codes.EPERM) or any(part in text for part in _READ_ONLY):
        return ReadOnlyStorageError(where, str(original))
    if any(part in text for part in _LOCKED):
        return DatabaseLockedError(where, str(original))
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return CorruptDatabaseError(where, str(original))
    return None
