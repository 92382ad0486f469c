"""Converting a workspace written by a version without encryption: the plain database and its
backups become SQLCipher files under the workspace's key.

The order keeps the data safe at every moment: an encrypted backup is written first and checked
against the plain file (every table, every row); then an encrypted copy replaces the plain file in
one step; then the plain backups are converted the same way; the plain bytes are overwritten before
their files are removed. A crash at any step leaves either the plain file (converted again at the
next start) or the encrypted one, never neither. (Overwriting is best effort: an SSD or a
copy-on-write file system may keep old blocks; the key file and keyring make the new data safe.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from lzz_desktop.fileio import SHRED_ASIDE, replace_shredding, shred, shred_leftover
from lzz_desktop.store import backup
from lzz_desktop.store.engine import connect
from lzz_desktop.store.errors import CorruptDatabaseError
from lzz_desktop.store.keys import SQLITE_HEADER, WorkspaceKey

log = logging.getLogger(__name__)


def is_plain_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _fingerprint(connection: sqlcipher.Connection) -> dict[str, tuple[int, str]]:
    """Rows and a digest of every table's content."""
    result: dict[str, tuple[int, str]] = {}
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        rows = sorted(repr(row) for row in connection.execute(f"SELECT * FROM {quoted}"))
        digest = hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()
        result[table] = (len(rows), digest)
    return result


def _export(plain_path: Path, target: Path, key: WorkspaceKey) -> None:
    """Write an encrypted copy of the plain database ``plain_path`` to ``target`` and check it."""
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    plain = sqlcipher.connect(str(plain_path))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = plain.execute("PRAGMA user_version").fetchone()[0]
        quoted = "'" + str(target).replace("'", "''") + "'"
        plain.execute(f"ATTACH DATABASE {quoted} AS encrypted KEY {key.sqlcipher_pragma()}")
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        plain.execute("DETACH DATABASE encrypted")
        expected = _fingerprint(plain)
    finally:
        plain.close()
    copy = connect(target, key)
    try:
        ok = copy.execute("PRAGMA integrity_check").fetchone()
        found = _fingerprint(copy)
    finally:
        copy.close()
    if ok is None or ok[0] != "ok" or found != expected:
        target.unlink(missing_ok=True)
        raise CorruptDatabaseError(plain_path, "the encrypted copy differs from the plain file")


def _replace_encrypted(plain_path: Path, key: WorkspaceKey) -> None:
    """Put a checked encrypted copy in place of the plain file and shred the plain bytes."""
    fresh = plain_path.with_name(plain_path.name + ".verschluesselt")
    _export(plain_path, fresh, key)
    replace_shredding(plain_path, source=fresh)
    for suffix in ("-wal", "-shm"):
        shred(plain_path.with_name(plain_path.name + suffix))  # empty after the checkpoint


def encrypt_workspace_files(db_path: Path, key: WorkspaceKey) -> int:
    """Convert the plain database ``db_path`` and its plain backups; returns how many files were
    converted. An encrypted backup of the plain database is written first."""
    for folder in (db_path.parent, backup.backup_dir(db_path)):
        for aside in folder.glob(f"*{SHRED_ASIDE}") if folder.is_dir() else []:
            shred_leftover(aside)
    converted = 0
    if is_plain_database(db_path):
        folder = backup.backup_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        _export(db_path, folder / f"lzz-{stamp}-vor-verschluesselung.sqlite", key)
        _replace_encrypted(db_path, key)
        converted += 1
    for old in backup.list_backups(db_path):
        if is_plain_database(old):
            _replace_encrypted(old, key)
            converted += 1
    if converted:
        log.info("encrypted %d database files", converted)
    return converted
