"""Accounts of the central store, managed by the programme office from the desktop (issue 15,
point 7): create an account, assign and revoke districts, revoke a device. Plain functions over
the sync client for a worker thread (each call opens its own connection); no Qt. The store checks
the role; a device that knows it is not the office's refuses before asking."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import httpx

from lzz_desktop.sync.account import open_client
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.protocol import AccountInfo, NewAccountRequest
from lzz_desktop.sync.service import K_ROLE, get_state

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

OFFICE_ONLY = "only the programme office manages accounts"


def check_office(workspace: Workspace) -> None:
    """SyncError "forbidden" (403) when the workspace's account is known not to be the office's."""
    with workspace.session() as session:
        role = get_state(session, K_ROLE)
    if role and role != "office":
        raise SyncError("forbidden", OFFICE_ONLY, 403)


def list_accounts(workspace: Workspace, transport: httpx.BaseTransport | None = None) -> list[AccountInfo]:
    check_office(workspace)
    with open_client(workspace, transport) as client:
        return client.accounts()


def create_account(
    workspace: Workspace,
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
    check_office(workspace)
    with open_client(workspace, transport) as client:
        return client.create_account(request)


def set_districts(
    workspace: Workspace,
    account: AccountInfo,
    wanted: Iterable[str],
    transport: httpx.BaseTransport | None = None,
) -> AccountInfo:
    """Give the account exactly the ``wanted`` districts: revoke what it holds beyond them first
    (a district account moves to another district), then grant what it lacks."""
    check_office(workspace)
    current, target = set(account.districts), set(wanted)
    result = account
    with open_client(workspace, transport) as client:
        if current - target:
            result = client.revoke_districts(account.id, sorted(current - target))
        if target - current:
            result = client.grant_districts(account.id, sorted(target - current))
    return result


def revoke_device(
    workspace: Workspace,
    account_id: str,
    device_id: str | None,
    transport: httpx.BaseTransport | None = None,
) -> int:
    """Revoke one device of the account (or all, with ``device_id`` None); how many were revoked."""
    check_office(workspace)
    with open_client(workspace, transport) as client:
        return client.revoke_devices(account_id, device_id)
