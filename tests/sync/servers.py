"""Real servers for the sync tests: the central store under uvicorn on loopback, on SQLite or on a
PostgreSQL that the test suite starts itself (initdb/pg_ctl in a temporary directory)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn
from sqlalchemy import Engine

from lzz_desktop.central import accounts, migrate
from lzz_desktop.central.app import create_app
from lzz_desktop.central.db import make_engine

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def _pg_bin(name: str) -> str | None:
    for base in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (base / name).exists():
            return str(base / name)
    return shutil.which(name)


class PostgresUnavailable(RuntimeError):
    pass


@dataclass
class Postgres:
    """A throwaway PostgreSQL cluster on a free loopback port."""

    directory: Path
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{LOOPBACK}:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            f"host={LOOPBACK} port={self.port} user={self.user} dbname=postgres", autocommit=True
        ) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _as_cluster_user(args: list[str]) -> list[str]:
    # initdb refuses to run as root: run the server as the unprivileged postgres user.
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextmanager
def postgres_cluster() -> Iterator[Postgres]:
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise PostgresUnavailable("initdb/pg_ctl not found: install Debian's postgresql package")
    directory = Path(tempfile.mkdtemp(prefix="lzz-pg-"))
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    data = directory / "data"
    port = free_port()
    user = "lzz"
    subprocess.run(
        _as_cluster_user([initdb, "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8", "--no-sync"]),
        check=True,
        capture_output=True,
    )
    options = (
        f"-c listen_addresses={LOOPBACK} -p {port} -k {directory} -c fsync=off -c synchronous_commit=off"
    )
    subprocess.run(
        _as_cluster_user(
            [pg_ctl, "-D", str(data), "-o", options, "-l", str(directory / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield Postgres(directory, port, user)
    finally:
        subprocess.run(
            _as_cluster_user([pg_ctl, "-D", str(data), "-m", "immediate", "stop"]), capture_output=True
        )
        shutil.rmtree(directory, ignore_errors=True)


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # runs in a thread
        pass


@dataclass
class Central:
    """A running central store."""

    database_url: str
    engine: Engine
    base_url: str
    server: _Server
    thread: threading.Thread

    def add_user(self, name: str, role: str, districts: list[str] = (), password: str = "geheim") -> None:  # type: ignore[assignment]
        with self.engine.begin() as conn:
            accounts.add_user(conn, name, role, password, list(districts))

    def grant(self, name: str, districts: list[str]) -> None:
        with self.engine.begin() as conn:
            accounts.grant(conn, name, districts)

    def revoke(self, name: str, districts: list[str]) -> None:
        with self.engine.begin() as conn:
            accounts.revoke(conn, name, districts)

    def token(self, name: str, password: str = "geheim") -> str:
        with self.engine.begin() as conn:
            token, _device, _role = accounts.login(conn, name, password, "test")
        return token

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.engine.dispose()


def start_central(database_url: str, port: int | None = None) -> Central:
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    port = port or free_port()
    config = uvicorn.Config(create_app(engine=engine), host=LOOPBACK, port=port, log_level="warning")
    server = _Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the central store did not start")
        time.sleep(0.01)
    return Central(database_url, engine, f"http://{LOOPBACK}:{port}", server, thread)
