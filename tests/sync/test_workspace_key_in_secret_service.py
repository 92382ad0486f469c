"""The workspace's key in a real Secret Service (gnome-keyring on a private D-Bus session bus):
a command that creates the workspace stores a random key there, and the next command opens the
encrypted data with it — no passphrase, nothing secret in the data folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lzz_desktop.services.workspace import DATABASE_NAME
from lzz_desktop.store.keys import KEY_FILE_NAME, KEYRING_SERVICE, PASSPHRASE_ENV

ROOT = Path(__file__).resolve().parents[2]


def _environment(secret_service_env: dict[str, str]) -> dict[str, str]:
    env = {**os.environ, **secret_service_env, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(PASSPHRASE_ENV, None)  # the suite's passphrase would take the keyring's place
    return env


def _cli(env: dict[str, str], data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lzz_desktop.cli", "--data-dir", str(data_dir), "--lang", "de", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_the_key_of_a_new_workspace_lives_in_the_secret_service(
    secret_service_env: dict[str, str], tmp_path: Path
) -> None:
    env = _environment(secret_service_env)
    data_dir = tmp_path / "daten"
    created = _cli(env, data_dir, "--demo", "check")
    assert created.returncode == 0, created.stderr
    info = json.loads((data_dir / KEY_FILE_NAME).read_text(encoding="utf-8"))
    assert info["source"] == "keyring"
    code = "import keyring, sys; print(keyring.get_password(sys.argv[1], sys.argv[2]) or '')"
    stored = subprocess.run(
        [sys.executable, "-c", code, KEYRING_SERVICE, f"workspace-{info['id']}"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.strip()
    assert len(stored) >= 40  # 32 random bytes, base64
    for path in (p for p in data_dir.rglob("*") if p.is_file()):
        assert stored.encode() not in path.read_bytes(), path
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / DATABASE_NAME).execute("SELECT count(*) FROM sqlite_master").fetchone()

    again = _cli(env, data_dir, "check")  # a new process: the key comes from the Secret Service
    assert again.returncode == 0, again.stderr
    assert "Ergebnis: in Ordnung" in again.stdout, again.stdout

    no_keyring = {k: v for k, v in os.environ.items() if k != PASSPHRASE_ENV}
    no_keyring["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    without = _cli(no_keyring, data_dir, "check")
    assert without.returncode != 0  # no keyring reachable: the data stays closed
    assert "verschlüsselt" in without.stdout, without.stdout
