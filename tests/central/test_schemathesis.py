"""Schemathesis against /openapi.json of the running central store, on SQLite and on PostgreSQL:
no 5xx, every response as the schema documents it (status codes and bodies)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.sync.servers import Central

ROOT = Path(__file__).resolve().parents[2]


def _schemathesis() -> list[str]:
    beside_python = str(Path(sys.executable).parent)
    found = shutil.which("schemathesis", path=beside_python) or shutil.which("schemathesis")
    assert found, "schemathesis is a test dependency (pip install -e '.[test]')"
    return [found]


def test_the_api_keeps_its_schema(central: Central, tmp_path: Path) -> None:
    central_sqlite = central  # both backends: a value one cannot store is a 4xx on both, never a 5xx
    central_sqlite.add_user("office", "office")
    token = central_sqlite.token("office")
    result = subprocess.run(
        [
            *_schemathesis(),
            "run",
            f"{central_sqlite.base_url}/openapi.json",
            "--checks",
            "not_a_server_error,response_schema_conformance,status_code_conformance,content_type_conformance",
            "--header",
            f"Authorization: Bearer {token}",
            "--exclude-path",
            "/auth/logout",  # would revoke the token the rest of the run uses
            "--max-examples",
            "25",
            "--seed",
            "20261124",
            "--no-color",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "SCHEMATHESIS_HOOKS": ""},
        timeout=170,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "Authentication failed" not in result.stdout, result.stdout[-3000:]
