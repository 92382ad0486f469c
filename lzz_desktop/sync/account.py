"""Logging a workspace in to a central store and running a sync with the stored device token."""

from __future__ import annotations

import platform
import threading
from typing import TYPE_CHECKING

import httpx

from lzz_desktop.sync import tokens
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.protocol import LoginResponse
from lzz_desktop.sync.service import (
    K_INSECURE,
    K_ROLE,
    K_SERVER,
    K_USER,
    Progress,
    SyncReport,
    SyncService,
    get_state,
    set_state,
)

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


def normalise_server(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        url = "https://" + url
    return url


def login(
    workspace: Workspace,
    server: str,
    user: str,
    password: str,
    transport: httpx.BaseTransport | None = None,
    insecure: bool = False,
) -> LoginResponse:
    """Log in; only the device token is kept, in the OS keyring. The password is never stored.
    ``insecure`` allows plain http to a server that is not on this machine (test set-ups only)."""
    server = normalise_server(server)
    with SyncClient(server, transport=transport, insecure=insecure) as client:
        answer = client.login(user, password, device_name=platform.node()[:200])
    tokens.store_token(server, user, answer.token)
    with workspace.transaction() as session:
        previous = (get_state(session, K_SERVER), get_state(session, K_USER))
        set_state(session, K_SERVER, server)
        set_state(session, K_USER, user)
        set_state(session, K_ROLE, answer.role)
        set_state(session, K_INSECURE, "1" if insecure else "")
    if previous[0] and previous != (server, user):
        tokens.forget_token(*previous)
    return answer


def logged_in_as(workspace: Workspace) -> tuple[str, str]:
    with workspace.session() as session:
        return get_state(session, K_SERVER), get_state(session, K_USER)


def open_client(workspace: Workspace, transport: httpx.BaseTransport | None = None) -> SyncClient:
    with workspace.session() as session:
        server, user = get_state(session, K_SERVER), get_state(session, K_USER)
        insecure = get_state(session, K_INSECURE) == "1"
    if not server or not user:
        raise SyncError("not_logged_in")
    token = tokens.load_token(server, user)
    if not token:
        raise SyncError("not_logged_in")
    return SyncClient(server, token, transport=transport, insecure=insecure)


def run_sync(
    workspace: Workspace, progress: Progress | None = None, cancel: threading.Event | None = None
) -> SyncReport:
    with open_client(workspace) as client:
        return SyncService(workspace, client, progress, cancel).sync()


def logout(workspace: Workspace) -> None:
    server, user = logged_in_as(workspace)
    if server and user:
        tokens.forget_token(server, user)
