"""Accounts of the central store, managed by the programme office from the desktop (issue 15,
point 7): create an account, assign and revoke districts, revoke a device. No Qt.

Two steps, for two threads: :func:`access` reads where and as whom the workspace is logged in (a
database read, for the database worker); the other functions talk to the store (network and the
keyring, for a worker of their own), each over a connection of its own. The store checks the role;
a device that knows it is not the office's refuses before asking."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from lzz_desktop.sync import tokens
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.protocol import AccountInfo, NewAccountRequest
from lzz_desktop.sync.service import K_INSECURE, K_ROLE, K_SERVER, K_USER, get_state

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

OFFICE_ONLY = "only the programme office manages accounts"


@dataclass(frozen=True)
class Access:
    """The central store a workspace is logged in to, and as whom (no token: that stays in the
    keyring until a request needs it)."""

    server: str
    user: str
    role: str = ""
    insecure: bool = False


def access(workspace: Workspace) -> Access:
    """Where the workspace is logged in (reads the database)."""
    with workspace.session() as session:
        return Access(
            get_state(session, K_SERVER),
            get_state(session, K_USER),
            get_state(session, K_ROLE),
            get_state(session, K_INSECURE) == "1",
        )


def _client(where: Access, transport: httpx.BaseTransport | None) -> SyncClient:
    if not where.server or not where.user:
        raise SyncError("not_logged_in")
    if where.role and where.role != "office":
        raise SyncError("forbidden", OFFICE_ONLY, 403)
    token = tokens.load_token(where.server, where.user)
    if not token:
        raise SyncError("not_logged_in")
    return SyncClient(where.server, token, transport=transport, insecure=where.insecure)


def list_accounts(where: Access, transport: httpx.BaseTransport | None = None) -> list[AccountInfo]:
    with _client(where, transport) as client:
        return client.accounts()


def create_account(
    where: Access,
    name: str,
    role: str,
    password: str,
    consultancy: str = "",
    district_ids: Iterable[str] = (),
    transport: httpx.BaseTransport | None = None,
) -> AccountInfo:
    """Raises pydantic's ValidationError for a request the store would refuse anyway (empty name,
    short password): the dialog checks those first."""
    request = NewAccountRequest(
        name=name.strip(),
        role=role,  # type: ignore[arg-type]
        password=password,
        consultancy=consultancy.strip(),
        districts=sorted(set(district_ids)),
    )
    with _client(where, transport) as client:
        return client.create_account(request)


def set_districts(
    where: Access,
    account: AccountInfo,
    wanted: Iterable[str],
    transport: httpx.BaseTransport | None = None,
) -> AccountInfo:
    """Give the account exactly the ``wanted`` districts: revoke what it holds beyond them first
    (so a district account can move to another district), then grant what it lacks."""
    current, target = set(account.districts), set(wanted)
    result = account
    with _client(where, transport) as client:
        if current - target:
            result = client.revoke_districts(account.id, sorted(current - target))
        if target - current:
            result = client.grant_districts(account.id, sorted(target - current))
    return result


def revoke_device(
    where: Access,
    account_id: str,
    device_id: str | None,
    transport: httpx.BaseTransport | None = None,
) -> int:
    """Revoke one device of the account (or all, with ``device_id`` None); how many were revoked."""
    with _client(where, transport) as client:
        return client.revoke_devices(account_id, device_id)
