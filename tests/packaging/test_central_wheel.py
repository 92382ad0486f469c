"""The central store installs and runs on a server without Qt (issue 12): the `lzz-central`
distribution, built from a clean copy, in a venv without PySide6, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.packaging.conftest import clean_copy, fresh_venv, pip_install, run
from tests.sync.conftest import postgres  # noqa: F401 - the suite's PostgreSQL cluster
from tests.sync.servers import LOOPBACK, Postgres, free_port

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def central_bin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("central-wheel")
    source = clean_copy(work)
    wheel = run([sys.executable, source / "scripts" / "build_central_wheel.py", work / "dist"], cwd=work)
    bin_dir = fresh_venv(work / "venv")
    pip_install(bin_dir, wheel.strip().splitlines()[-1])
    return bin_dir


def test_the_central_install_has_no_qt_and_no_desktop_libraries(central_bin: Path, tmp_path: Path) -> None:
    probe = (
        "import importlib.util as u; "
        "print([m for m in ('PySide6', 'reportlab', 'scipy', 'docx', 'keyring') if u.find_spec(m)])"
    )
    assert run([central_bin / "python", "-c", probe], cwd=tmp_path).strip() == "[]"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_migrate_and_serve_from_the_central_install(
    central_bin: Path, tmp_path: Path, backend: str, request: pytest.FixtureRequest
) -> None:
    if backend == "postgresql":
        cluster: Postgres = request.getfixturevalue("postgres")
        url = cluster.create_database()
    else:
        url = f"sqlite:///{tmp_path / 'central.sqlite'}"
    central = central_bin / "lzz-central"
    env = {"LZZ_CENTRAL_DATABASE_URL": url, "PYTHONPATH": ""}
    run([central, "migrate"], cwd=tmp_path, env=env)
    port = free_port()
    server = subprocess.Popen(
        [str(central), "serve", "--host", LOOPBACK, "--port", str(port)],
        cwd=tmp_path,
        env={**os.environ, **env},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                health = httpx.get(f"http://{LOOPBACK}:{port}/health")
                break
            except httpx.HTTPError:
                assert server.poll() is None, "the server ended"
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.2)
        assert health.status_code == 200 and health.json()["status"] == "ok"
    finally:
        server.terminate()
        server.wait(10)
