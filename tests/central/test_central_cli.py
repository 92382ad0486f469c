"""`lzz-central`: migrate, accounts from standard input, grants, device revocation, serve."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from lzz_desktop.central import accounts
from lzz_desktop.central.cli import main
from lzz_desktop.central.db import make_engine, memberships, users
from lzz_desktop.domain import new_id
from tests.sync.servers import LOOPBACK, free_port

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def url(tmp_path: Path) -> str:
    database_url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    assert main(["migrate", "--database-url", database_url]) == 0
    return database_url


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def test_accounts_grants_passwords_and_devices(url: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    district_id = new_id()
    with engine.begin() as conn:
        from lzz_desktop.central.db import records

        conn.execute(
            records.insert().values(
                id=district_id, entity="district", district_id=district_id, version=1, deleted=False,
                data={"name": "Landkreis Goslar"}, seq=1,
            )
        )  # fmt: skip
    _stdin(monkeypatch, "erstes-passwort\n")
    assert main(["user", "add", "berta", "--role", "consultant", "--database-url", url]) == 0
    assert main(["user", "grant", "berta", "--district", "landkreis goslar", "--database-url", url]) == 0
    with engine.connect() as conn:
        assert conn.execute(select(memberships.c.district_id)).scalars().all() == [district_id]
        assert conn.execute(select(users.c.password_hash)).scalar_one().startswith("$argon2id$")

    assert main(["user", "grant", "berta", "--district", "Nirgendwo", "--database-url", url]) == 1
    assert "Nirgendwo" in capsys.readouterr().err

    _stdin(monkeypatch, "zweites-passwort\n")
    assert main(["user", "passwd", "berta", "--database-url", url]) == 0
    with engine.begin() as conn:
        with pytest.raises(accounts.AccountError):
            accounts.login(conn, "berta", "erstes-passwort", "x")
        token, _device, _role = accounts.login(conn, "berta", "zweites-passwort", "x")
        assert accounts.authenticate(conn, token) is not None
    assert main(["device", "revoke", "berta", "--database-url", url]) == 0
    with engine.begin() as conn:
        assert accounts.authenticate(conn, token) is None

    assert main(["user", "revoke", "berta", "--district", district_id, "--database-url", url]) == 0
    with engine.connect() as conn:
        assert conn.execute(select(memberships)).all() == []
    _stdin(monkeypatch, "\n")
    assert main(["user", "add", "leer", "--role", "office", "--database-url", url]) == 1
    engine.dispose()


def test_a_consultant_account_carries_its_consultancy(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15, point 6: consultant accounts carry their consultancy; /sync/me says it."""
    from fastapi.testclient import TestClient

    from lzz_desktop.central.app import create_app

    _stdin(monkeypatch, "ein-passwort\n")
    assert (
        main(
            [
                "user",
                "add",
                "carla",
                "--role",
                "consultant",
                "--consultancy",
                "Ramboll",
                "--database-url",
                url,
            ]
        )
        == 0
    )
    engine = make_engine(url)
    with engine.begin() as conn:
        token, _device, _role = accounts.login(conn, "carla", "ein-passwort", "x")
        principal = accounts.authenticate(conn, token)
    assert principal is not None and principal.consultancy == "Ramboll"
    with TestClient(create_app(engine=engine)) as client:
        me = client.get("/sync/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert me["consultancy"] == "Ramboll" and me["role"] == "consultant"
    engine.dispose()


def test_serve_answers_health_and_openapi_from_the_environment_url(url: str) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "lzz_desktop.central.cli", "serve", "--host", LOOPBACK, "--port", str(port)],
        cwd=ROOT,
        env={**os.environ, "LZZ_CENTRAL_DATABASE_URL": url},
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                health = httpx.get(f"http://{LOOPBACK}:{port}/health")
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.1)
        assert health.status_code == 200 and health.json()["status"] == "ok"
        schema = httpx.get(f"http://{LOOPBACK}:{port}/openapi.json").json()
        assert {"/sync/push", "/sync/pull", "/auth/login", "/health"} <= set(schema["paths"])
    finally:
        server.terminate()
        server.wait(10)


def test_serve_refuses_an_unmigrated_database(tmp_path: Path) -> None:
    assert main(["serve", "--database-url", f"sqlite:///{tmp_path / 'leer.sqlite'}"]) == 1
