"""`lzz-desktop login` and `lzz-desktop sync` as real processes, with the device token in a real
Secret Service (gnome-keyring on a private D-Bus session bus)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from lzz_desktop.central.db import records
from lzz_desktop.services.workspace import DATABASE_NAME, Workspace
from tests.raw_db import raw_connect
from tests.sync.helpers import add_district
from tests.sync.servers import Central

ROOT = Path(__file__).resolve().parents[2]


def _run(
    env: dict[str, str], data_dir: Path, *args: str, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lzz_desktop.cli", "--data-dir", str(data_dir), "--lang", "de", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )


def _keyring_entry(env: dict[str, str], key: str) -> str | None:
    code = "import keyring, sys; print(keyring.get_password('lzz-desktop', sys.argv[1]) or '')"
    result = subprocess.run(
        [sys.executable, "-c", code, key],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        check=True,
    )
    return result.stdout.strip() or None


def test_login_and_sync_headless_with_the_token_in_the_secret_service(
    central_sqlite: Central, secret_service_env: dict[str, str], tmp_path: Path
) -> None:
    central_sqlite.add_user("office", "office", password="richtig")
    data_dir = tmp_path / "desk"

    wrong = _run(
        secret_service_env,
        data_dir,
        "login",
        "--server",
        central_sqlite.base_url,
        "--user",
        "office",
        stdin="falsch\n",
    )
    assert wrong.returncode == 1
    assert "Falscher Benutzername oder Passwort" in wrong.stderr

    ok = _run(
        secret_service_env,
        data_dir,
        "login",
        "--server",
        central_sqlite.base_url,
        "--user",
        "office",
        stdin="richtig\n",
    )
    assert ok.returncode == 0, ok.stderr
    assert "Angemeldet als office" in ok.stdout
    token = _keyring_entry(secret_service_env, f"{central_sqlite.base_url}#office")
    assert token and len(token) >= 40
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
    assert (
        "richtig"
        not in raw_connect(data_dir / DATABASE_NAME)
        .execute("SELECT group_concat(value) FROM local_state")
        .fetchone()[0]
    )

    workspace = Workspace.open(data_dir, author="office")
    district_id = add_district(workspace, "Goslar")
    workspace.close()
    synced = _run(secret_service_env, data_dir, "sync")
    assert synced.returncode == 0, synced.stderr
    assert "1 gesendet" in synced.stdout
    with central_sqlite.engine.connect() as conn:
        assert conn.execute(select(records.c.id)).scalars().all() == [district_id]


def test_sync_without_login_and_with_server_down_says_what_to_do(
    central_sqlite: Central, secret_service_env: dict[str, str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "desk"
    not_logged_in = _run(secret_service_env, data_dir, "sync")
    assert not_logged_in.returncode == 1
    assert "Nicht bei einem Zentralspeicher angemeldet" in not_logged_in.stderr

    central_sqlite.add_user("office", "office", password="richtig")
    assert (
        _run(
            secret_service_env,
            data_dir,
            "login",
            "--server",
            central_sqlite.base_url,
            "--user",
            "office",
            stdin="richtig\n",
        ).returncode
        == 0
    )
    central_sqlite.stop()
    down = _run(secret_service_env, data_dir, "sync")
    assert down.returncode == 1
    assert "nicht erreichbar" in down.stderr


def test_plain_http_to_another_machine_is_refused_unless_insecure(
    secret_service_env: dict[str, str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "desk"
    # 192.0.2.1 is a documentation address: nothing answers there, and nothing is sent to it.
    refused = _run(
        secret_service_env,
        data_dir,
        "login",
        "--server",
        "http://192.0.2.1:8750",
        "--user",
        "office",
        stdin="geheim\n",
    )
    assert refused.returncode == 1
    assert "keine verschlüsselte Adresse" in refused.stderr and "https" in refused.stderr
    insecure = _run(
        secret_service_env,
        data_dir,
        "login",
        "--server",
        "http://127.0.0.2:9",
        "--user",
        "office",
        "--insecure",
        stdin="geheim\n",
    )
    assert "Warnung: Mit --insecure" not in insecure.stderr  # loopback needs no --insecure …
    allowed = _run(
        secret_service_env,
        data_dir,
        "login",
        "--server",
        "http://192.0.2.1:9",
        "--user",
        "office",
        "--insecure",
        stdin="geheim\n",
    )
    # … another machine with --insecure is tried (and warned about), here it cannot be reached.
    assert "Warnung: Mit --insecure" in allowed.stderr
    assert "keine verschlüsselte Adresse" not in allowed.stderr
