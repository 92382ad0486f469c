"""Online backups of the SQLite file (the sqlite3 backup API copies a consistent snapshot)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

KEEP_BACKUPS = 10
BACKUP_GLOB = "lzz-*.sqlite"


def readonly_uri(path: Path) -> str:
    """An SQLite URI that opens ``path`` read-only; safe for paths with '?', '#' or '%'."""
    return path.resolve().as_uri() + "?mode=ro"


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(db_path: Path, reason: str) -> Path:
    """Copy ``db_path`` into the backup folder; returns the backup's path."""
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"lzz-{stamp}-{reason}.sqlite"
    source = sqlite3.connect(readonly_uri(db_path), uri=True)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
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


def restore_backup(db_path: Path, backup: Path) -> Path:
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
    source = sqlite3.connect(readonly_uri(backup), uri=True)
    try:
        dest = sqlite3.connect(db_path)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return aside
