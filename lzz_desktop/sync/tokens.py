"""The device token lives in the OS keyring only (never in a file or the database)."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from lzz_desktop.sync.errors import SyncError

SERVICE = "lzz-desktop"


def _key(server: str, user: str) -> str:
    return f"{server.rstrip('/')}#{user}"


def store_token(server: str, user: str, token: str) -> None:
    try:
        keyring.set_password(SERVICE, _key(server, user), token)
    except (KeyringError, RuntimeError) as exc:
        raise SyncError("keyring", str(exc)) from exc


def load_token(server: str, user: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _key(server, user))
    except (KeyringError, RuntimeError) as exc:
        raise SyncError("keyring", str(exc)) from exc


def forget_token(server: str, user: str) -> None:
    try:
        keyring.delete_password(SERVICE, _key(server, user))
    except PasswordDeleteError:
        pass
    except (KeyringError, RuntimeError) as exc:
        raise SyncError("keyring", str(exc)) from exc
