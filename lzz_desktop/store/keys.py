"""The key of a workspace: the database (SQLCipher), its WAL, the backups and the attachments are
encrypted under it; nothing about a person is ever stored in plain text.

Where the key comes from is written in ``lzz.schluessel.json`` next to the database (no secret in
it):

- ``keyring``: a random 256-bit key in the operating system's keyring (Secret Service, Windows
  Credential Manager, macOS Keychain), created with the workspace;
- ``passphrase``: where no keyring is available, a passphrase the user types at start; the key is
  derived from it with Argon2id (salt and costs in the file, with a check value that tells a wrong
  passphrase from a damaged database). ``LZZ_DESKTOP_PASSPHRASE`` gives it to headless runs.

There is no plain-text fallback: without a key the workspace does not open. The master key never
encrypts anything itself; the database key and the attachment key are derived from it (HKDF).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lzz_desktop.fileio import write_text
from lzz_desktop.store.errors import (
    KeyError_,
    KeyMissingError,
    KeyringUnavailableError,
    PassphraseRequired,
    WeakPassphraseError,
    WrongPassphraseError,
)

KEY_FILE_NAME = "lzz.schluessel.json"
KEYRING_SERVICE = "lzz-desktop-workspace"
PASSPHRASE_ENV = "LZZ_DESKTOP_PASSPHRASE"
MIN_PASSPHRASE = 10
# Argon2id costs (RFC 9106's second recommendation, memory-constrained): ~0.2 s on a laptop.
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 4


@dataclass(frozen=True)
class WorkspaceKey:
    master: bytes

    def _derive(self, purpose: bytes) -> bytes:
        # HKDF-Expand (RFC 5869) with the master key as the pseudo-random key: one block suffices.
        return hmac.new(self.master, purpose + b"\x01", hashlib.sha256).digest()

    @property
    def database_key(self) -> bytes:
        return self._derive(b"lzz-desktop database v1")

    @property
    def attachment_key(self) -> bytes:
        return self._derive(b"lzz-desktop attachments v1")

    @property
    def check_value(self) -> str:
        return self._derive(b"lzz-desktop check v1")[:16].hex()

    def sqlcipher_pragma(self) -> str:
        """The raw key for ``PRAGMA key`` (no key derivation inside SQLCipher: it is done here)."""
        return f"\"x'{self.database_key.hex()}'\""

    def __repr__(self) -> str:  # never print a key
        return "WorkspaceKey(…)"


SQLITE_HEADER = b"SQLite format 3\x00"


def has_encrypted_database(db_path: Path) -> bool:
    """Whether ``db_path`` looks like an encrypted database: not a plain SQLite file (SQLCipher's
    pages look random from the first byte) and made of whole pages."""
    try:
        with db_path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
        size = db_path.stat().st_size
    except OSError:
        return False
    # SQLCipher writes whole pages (512 bytes at the least): anything else is simply damaged.
    return len(head) == len(SQLITE_HEADER) and head != SQLITE_HEADER and size % 512 == 0


def key_file(db_path: Path) -> Path:
    return db_path.with_name(KEY_FILE_NAME)


def read_key_info(db_path: Path) -> dict[str, Any] | None:
    path = key_file(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyError_(path, str(exc)) from exc
    try:
        info = json.loads(text)
        if not isinstance(info, dict) or info.get("source") not in ("keyring", "passphrase"):
            raise ValueError("unknown key source")
        return info
    except ValueError as exc:
        raise KeyError_(path, f"the key file is damaged: {exc}") from exc


def _write_key_info(db_path: Path, info: dict[str, Any]) -> None:
    write_text(key_file(db_path), json.dumps(info, indent=2) + "\n")


@functools.lru_cache(maxsize=8)
def _argon2(passphrase: str, salt: bytes, time_cost: int, memory_kib: int, lanes: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost, memory_kib, lanes, 32, Type.ID)


def _keyring_entry(info: dict[str, Any]) -> str:
    return f"workspace-{info['id']}"


def _keyring_get(db_path: Path, info: dict[str, Any]) -> WorkspaceKey:
    import keyring
    from keyring.errors import KeyringError

    try:
        stored = keyring.get_password(KEYRING_SERVICE, _keyring_entry(info))
    except KeyringError as exc:
        raise KeyringUnavailableError(db_path, str(exc)) from exc
    if stored is None:
        raise KeyMissingError(db_path, "the keyring holds no key for this workspace")
    try:
        master = base64.b64decode(stored, validate=True)
    except ValueError as exc:
        raise KeyMissingError(db_path, "the key in the keyring is damaged") from exc
    key = WorkspaceKey(master)
    if len(master) != 32 or key.check_value != info.get("check"):
        raise KeyMissingError(db_path, "the key in the keyring belongs to another workspace")
    return key


def _keyring_create(db_path: Path) -> WorkspaceKey | None:
    """A new random key in the keyring; None when no keyring can take it."""
    import keyring
    from keyring.errors import KeyringError

    key = WorkspaceKey(secrets.token_bytes(32))
    info = {"format": 1, "id": str(uuid.uuid4()), "source": "keyring", "check": key.check_value}
    try:
        keyring.set_password(KEYRING_SERVICE, _keyring_entry(info), base64.b64encode(key.master).decode())
        if keyring.get_password(KEYRING_SERVICE, _keyring_entry(info)) is None:
            return None  # a keyring that forgets (the "fail" or a null backend)
    except KeyringError:
        return None
    _write_key_info(db_path, info)
    return key


def _passphrase_key(info: dict[str, Any], passphrase: str) -> WorkspaceKey:
    salt = base64.b64decode(info["salt"])
    master = _argon2(passphrase, salt, int(info["time_cost"]), int(info["memory_kib"]), int(info["lanes"]))
    return WorkspaceKey(master)


def _passphrase_create(db_path: Path, passphrase: str) -> WorkspaceKey:
    if len(passphrase) < MIN_PASSPHRASE:
        raise WeakPassphraseError(db_path, f"at least {MIN_PASSPHRASE} characters")
    info: dict[str, Any] = {
        "format": 1,
        "id": str(uuid.uuid4()),
        "source": "passphrase",
        "kdf": "argon2id",
        "salt": base64.b64encode(secrets.token_bytes(16)).decode(),
        "time_cost": ARGON2_TIME,
        "memory_kib": ARGON2_MEMORY_KIB,
        "lanes": ARGON2_LANES,
    }
    key = _passphrase_key(info, passphrase)
    info["check"] = key.check_value
    _write_key_info(db_path, info)
    return key


def workspace_key(db_path: Path, passphrase: str | None = None) -> WorkspaceKey:
    """The key of the workspace whose database is ``db_path``, creating one for a new (or a not yet
    encrypted) workspace: in the keyring when there is one, else from ``passphrase`` (or
    ``LZZ_DESKTOP_PASSPHRASE``). Raises :class:`PassphraseRequired` when a passphrase is needed
    and none was given, :class:`WrongPassphraseError`, :class:`KeyMissingError`,
    :class:`KeyringUnavailableError`."""
    passphrase = passphrase if passphrase is not None else os.environ.get(PASSPHRASE_ENV) or None
    info = read_key_info(db_path)
    if info is None:
        if has_encrypted_database(db_path):
            raise KeyMissingError(db_path, f"{KEY_FILE_NAME} is missing beside the database")
        if passphrase is None:
            key = _keyring_create(db_path)
            if key is not None:
                return key
            raise PassphraseRequired(db_path, new=True)
        return _passphrase_create(db_path, passphrase)
    if info["source"] == "keyring":
        return _keyring_get(db_path, info)
    if passphrase is None:
        raise PassphraseRequired(db_path, new=False)
    key = _passphrase_key(info, passphrase)
    if not hmac.compare_digest(key.check_value, str(info.get("check", ""))):
        raise WrongPassphraseError(db_path, "the passphrase does not open this workspace")
    return key


def forget_key(db_path: Path) -> None:
    """Remove the key file (and a keyring entry): only for a workspace whose database is gone."""
    info = read_key_info(db_path)
    if info is not None and info["source"] == "keyring":
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        with contextlib.suppress(KeyringError, PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, _keyring_entry(info))
    key_file(db_path).unlink(missing_ok=True)
