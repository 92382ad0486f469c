"""Faults between client and server: the reply dropped after commit, 500s, cut-off replies, the
server unreachable. Afterwards nothing is lost and nothing is duplicated."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from lzz_desktop.central.db import changes, records
from lzz_desktop.domain import Actor, Outbox
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.service import K_CURSOR, SyncService, get_state
from tests.sync.helpers import add_actor, add_district, client_state, server_state
from tests.sync.proxy import FaultyProxy
from tests.sync.servers import Central, free_port


@pytest.fixture
def proxy(central: Central) -> Iterator[FaultyProxy]:
    port = int(central.base_url.rsplit(":", 1)[1])
    server_proxy = FaultyProxy(port)
    yield server_proxy
    server_proxy.close()


def _sync(workspace: Workspace, base_url: str, token: str) -> None:
    with SyncClient(base_url, token) as client:
        SyncService(workspace, client).sync()


def _pending(workspace: Workspace) -> int:
    with workspace.session() as session:
        return int(session.scalar(select(func.count()).select_from(Outbox)) or 0)


def _once(action: str, method: str, path: str) -> Callable[[str, str], str]:
    done: list[bool] = []

    def rule(m: str, p: str) -> str:
        if (m, p) == (method, path) and not done:
            done.append(True)
            return action
        return "pass"

    return rule


def test_reply_dropped_after_commit_is_retried_without_duplicates(
    central: Central, proxy: FaultyProxy, make_workspace: Callable[..., Workspace]
) -> None:
    central.add_user("office", "office")
    token = central.token("office")
    workspace = make_workspace("office", author="office")
    district_id = add_district(workspace)
    for i in range(5):
        add_actor(workspace, district_id, f"Person {i}")
    proxy.rule = _once("drop", "POST", "/sync/push")

    with pytest.raises(SyncError) as raised:
        _sync(workspace, proxy.base_url, token)
    assert raised.value.kind == "protocol"
    with central.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(records)) == 6  # committed on the server
    assert _pending(workspace) == 6  # … but not acknowledged, so still pending here

    _sync(workspace, proxy.base_url, token)

    assert _pending(workspace) == 0
    with central.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(records)) == 6
        assert conn.scalar(select(func.count()).select_from(changes)) == 6  # each op applied once
        assert set(conn.execute(select(records.c.version)).scalars()) == {1}
    assert client_state(workspace) == server_state(central)


@pytest.mark.parametrize(("action", "method", "path", "kind"), [
    ("500", "POST", "/sync/push", "server"),
    ("cut", "POST", "/sync/push", "protocol"),
    ("500", "GET", "/sync/pull", "server"),
    ("cut", "GET", "/sync/pull", "protocol"),
    ("cut", "GET", "/sync/me", "protocol"),
])  # fmt: skip
def test_failed_requests_lose_nothing(
    central: Central,
    proxy: FaultyProxy,
    make_workspace: Callable[..., Workspace],
    action: str,
    method: str,
    path: str,
    kind: str,
) -> None:
    central.add_user("office", "office")
    token = central.token("office")
    other = make_workspace("other", author="other")
    district_id = add_district(other)
    add_actor(other, district_id, "Vom anderen Gerät")
    _sync(other, central.base_url, token)
    workspace = make_workspace("office", author="office")
    _sync(workspace, central.base_url, token)
    add_actor(workspace, district_id, "Von hier")
    add_actor(other, district_id, "Noch eins vom anderen Gerät")
    _sync(other, central.base_url, token)
    with workspace.session() as session:
        cursor_before = get_state(session, K_CURSOR)

    proxy.rule = _once(action, method, path)
    with pytest.raises(SyncError) as raised:
        _sync(workspace, proxy.base_url, token)
    assert raised.value.kind == kind
    if path == "/sync/pull":
        with workspace.session() as session:
            assert get_state(session, K_CURSOR) == cursor_before  # no half-applied page

    _sync(workspace, proxy.base_url, token)
    names = {a["name"] for a in server_state(central).values() if "kind" in a}
    assert names == {"Vom anderen Gerät", "Von hier", "Noch eins vom anderen Gerät"}
    assert client_state(workspace) == server_state(central)
    with central.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(changes)) == 4  # one per op, none twice


def test_unreachable_server_keeps_changes_pending(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace("office")
    district_id = add_district(workspace)
    add_actor(workspace, district_id)
    with pytest.raises(SyncError) as raised:
        _sync(workspace, f"http://127.0.0.1:{free_port()}", "token")
    assert raised.value.kind == "unreachable"
    assert _pending(workspace) == 2
    with workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Actor)) == 1
