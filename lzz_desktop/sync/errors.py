"""Errors of a sync attempt. ``kind`` is stable: the UI and the CLI turn it into a German message."""

from __future__ import annotations

from typing import Literal

ErrorKind = Literal[
    "not_logged_in",  # no device token stored for this workspace
    "wrong_password",  # login refused
    "throttled",  # too many failed logins
    "unauthorised",  # token unknown, expired or revoked: log in again
    "forbidden",  # the server refused a change outside the user's rights
    "unreachable",  # no connection to the server
    "server",  # the server answered 5xx
    "protocol",  # the answer was cut off or malformed
    "refused",  # another 4xx
    "keyring",  # the OS keyring is not available
    "insecure",  # http:// to a server that is not on this machine
    "cancelled",  # stopped on purpose (the window closed); the next sync goes on from here
]


class SyncError(Exception):
    def __init__(self, kind: ErrorKind, detail: str = "", status: int | None = None) -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind: ErrorKind = kind
        self.detail = detail
        self.status = status
