"""Two instances of the central store on one PostgreSQL, clients pushing at the same time, a reader
pulling throughout: the cursor never skips a change, and everybody ends equal to the server."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from lzz_desktop.services.workspace import Workspace
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.service import SyncService
from tests.sync.helpers import add_actor, add_district, client_state, server_state
from tests.sync.servers import Central, Postgres, start_central


@pytest.fixture
def two_instances(postgres: Postgres) -> Iterator[tuple[Central, Central]]:
    url = postgres.create_database()
    first, second = start_central(url), start_central(url)
    yield first, second
    first.stop()
    second.stop()


def test_concurrent_pushes_through_two_instances_lose_nothing(
    two_instances: tuple[Central, Central], make_workspace: Callable[..., Workspace]
) -> None:
    first, second = two_instances
    first.add_user("office", "office")
    token = first.token("office")
    setup = make_workspace("setup", author="setup")
    district_id = add_district(setup)
    with SyncClient(first.base_url, token) as client:
        SyncService(setup, client).sync()

    writers = [make_workspace(f"writer{i}", author=f"writer{i}") for i in range(2)]
    reader = make_workspace("reader", author="reader")
    with SyncClient(first.base_url, token) as client:
        for workspace in writers:
            SyncService(workspace, client).sync()  # they need the district before adding to it
    errors: list[BaseException] = []
    done = threading.Event()

    def write(index: int) -> None:
        try:
            server = (first, second)[index]
            with SyncClient(server.base_url, server.token("office")) as client:
                for round_ in range(6):
                    for i in range(15):
                        add_actor(writers[index], district_id, f"w{index}-{round_}-{i}")
                    SyncService(writers[index], client).sync()
        except BaseException as exc:  # reported below
            errors.append(exc)

    def read() -> None:
        try:
            with SyncClient(second.base_url, second.token("office")) as client:
                while not done.is_set():
                    SyncService(reader, client).sync()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(2)]
    reader_thread = threading.Thread(target=read)
    reader_thread.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    done.set()
    reader_thread.join(60)
    assert errors == []

    with SyncClient(first.base_url, token) as client:
        for workspace in (*writers, reader):
            SyncService(workspace, client).sync()
    server = server_state(first)
    assert len([v for v in server.values() if "kind" in v]) == 2 * 6 * 15
    for workspace in (*writers, reader):
        assert client_state(workspace) == server
