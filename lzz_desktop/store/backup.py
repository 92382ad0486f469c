"""Online backups of the database (the SQLite backup API copies a consistent snapshot). Backups
are encrypted with the workspace's key like the database itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lzz_desktop.store.engine import connect
from lzz_desktop.store.keys import WorkspaceKey

KEEP_BACKUPS = 10
BACKUP_GLOB = "lzz-*.sqlite"


def readonly_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only; safe for paths with '?', '#' or '%'."""
    return path.resolve().as_uri() + "?mode=ro"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def copy_database(source_path: Path, target: Path, key: WorkspaceKey, read_only: bool = True) -> None:
    """A consistent copy of the encrypted database ``source_path`` in ``target`` (same key)."""
    source = connect(source_path, key, read_only=read_only)
    try:
        dest = connect(target, key)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def make_backup(db_path: Path, reason: str, key: WorkspaceKey) -> Path:
    """Copy ``db_path`` into the backup folder; returns the backup's path."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"lzz-{stamp}-{reason}.sqlite"
    copy_database(db_path, target, key)
    prune_backups(db_path)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """Backups, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(BACKUP_GLOB), key=lambda p: p.name, reverse=True)


def prune_backups(db_path: Path, keep: int = KEEP_BACKUPS) -> None:
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)


def latest_backup_age(db_path: Path) -> dt.timedelta | None:
    backups = list_backups(db_path)
    if not backups:
        return None
    mtime = dt.datetime.fromtimestamp(backups[0].stat().st_mtime)
    return dt.datetime.now() - mtime


def restore_backup(db_path: Path, backup: Path, key: WorkspaceKey) -> Path:
    """Put ``backup`` in place of ``db_path``. The current file is moved aside, never overwritten;
    returns where it went."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    aside = db_path.with_name(f"{db_path.name}.defekt-{stamp}")
    if db_path.exists():
        db_path.rename(aside)
    for suffix in ("-wal", "-shm"):
        sidecar = db_path.with_name(db_path.name + suffix)
        if sidecar.exists():
            sidecar.rename(aside.with_name(aside.name + suffix))
    copy_database(backup, db_path, key)
    return aside
