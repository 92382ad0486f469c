"""The headless commands load no window code: no `lzz_desktop.ui`, no QtWidgets (only `screenshot`
draws a window; `export` draws the map with QtGui). Their messages come from the Qt-free texts
shared with the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from lzz_desktop.cli import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.startswith("lzz_desktop.ui") or m == "PySide6.QtWidgets")
print(json.dumps({"code": code, "loaded": loaded}))
"""


def _run(tmp_path: Path, *args: str) -> tuple[dict[str, object], str]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, *args, "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LZZ_DATA_DIR": ""},
        timeout=120,
    )
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--demo"),
        ("search", "Goslar", "--demo"),
        ("--lang", "en", "sync"),
        ("export", "--demo", "--district", "Goslar", "--out", "export"),
        ("person", "erase", "--demo", "--district", "Goslar", "--name", "Niemand Unbekannt", "--yes"),
        ("report", "--demo", "--phase", "Pilotphase", "--out", "konferenz.pdf"),
    ],
    ids=["check", "search", "sync", "export", "person-erase", "report"],
)
def test_headless_commands_load_no_window_code(tmp_path: Path, args: tuple[str, ...]) -> None:
    outcome, stderr = _run(tmp_path, *args)
    assert outcome["loaded"] == [], f"{args} loaded {outcome['loaded']}"
    if args[0] == "export":
        assert outcome["code"] == 0, stderr
        assert (tmp_path / "export" / "landkreis-goslar" / "stakeholders" / "map.png").is_file()
    if args[0] == "report":
        assert outcome["code"] == 0 and (tmp_path / "konferenz.pdf").read_bytes().startswith(b"%PDF"), stderr
    if args[0] == "person":
        assert outcome["code"] == 1 and "Keine Person „Niemand Unbekannt“" in stderr, stderr
    if args[-1] == "sync":
        # not logged in: the shared sync text, in the language asked for
        assert outcome["code"] != 0
        assert "Not logged in to a central store. Log in first." in stderr


def test_a_damaged_database_is_named_in_german_without_window_code(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "lzz.sqlite").write_bytes(b"kein SQLite, sondern Text" * 200)
    outcome, stderr = _run(tmp_path, "search", "Goslar")
    assert outcome["loaded"] == []
    assert outcome["code"] != 0
    assert "ist beschädigt oder keine LZZ-Datenbank. Die Datei wurde nicht verändert." in stderr
