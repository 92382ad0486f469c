"""Fixtures of the sync tests: a real central store on loopback (SQLite or PostgreSQL) and clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest

from lzz_desktop.services.workspace import Workspace
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.service import SyncReport, SyncService
from tests.sync.keyrings import MemoryKeyring, SecretServiceUnavailable, secret_service
from tests.sync.servers import Central, Postgres, PostgresUnavailable, postgres_cluster, start_central


@pytest.fixture(scope="session")
def postgres() -> Iterator[Postgres]:
    """One PostgreSQL cluster for the whole test session; each test gets its own database."""
    try:
        with postgres_cluster() as cluster:
            yield cluster
    except PostgresUnavailable as exc:  # pragma: no cover - the Makefile installs it
        pytest.fail(str(exc))


def _database_url(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if kind == "postgresql":
        cluster: Postgres = request.getfixturevalue("postgres")
        return cluster.create_database()
    return f"sqlite:///{tmp_path / 'central.sqlite'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Central]:
    server = start_central(_database_url(request.param, tmp_path, request))
    yield server
    server.stop()


@pytest.fixture
def central_sqlite(tmp_path: Path) -> Iterator[Central]:
    server = start_central(f"sqlite:///{tmp_path / 'central.sqlite'}")
    yield server
    server.stop()


class Client:
    """A desktop client: its own workspace, logged in as one user of the central store."""

    def __init__(self, workspace: Workspace, central: Central, user: str) -> None:
        self.workspace = workspace
        self.central = central
        self.user = user
        self.http = SyncClient(central.base_url, central.token(user))

    def sync(self) -> SyncReport:
        return SyncService(self.workspace, self.http).sync()

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def make_client(make_workspace: Callable[..., Workspace]) -> Iterator[Callable[[Central, str], Client]]:
    clients: list[Client] = []

    def make(central: Central, user: str) -> Client:
        client = Client(make_workspace(f"client-{len(clients)}-{user}", author=user), central, user)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """No test touches the keyring of the machine it runs on."""
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def secret_service_env() -> Iterator[dict[str, str]]:
    try:
        with secret_service() as env:
            yield env
    except SecretServiceUnavailable as exc:  # pragma: no cover - the Makefile installs it
        pytest.fail(str(exc))
