"""The command line as scripts and support staff use it: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from lzz_desktop import __version__


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "LZZ_DATA_DIR"}
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "lzz_desktop.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace seeded once for this module (by the first --demo run)."""
    folder = tmp_path_factory.mktemp("demo")
    result = run_cli("--data-dir", str(folder), "--demo", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def test_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_screenshot_of_the_demo_shows_a_real_window(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots" / "overview.png"
    result = run_cli(
        "--data-dir", str(demo_dir), "--demo", "screenshot", str(out), "--district", "Landkreis Goslar"
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # A real rendering has many colours; a blank or failed grab has one or two.
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20


@pytest.mark.parametrize("view", ["workshops", "stakeholders", "concept"])
def test_screenshot_views(demo_dir: Path, tmp_path: Path, view: str) -> None:
    out = tmp_path / f"{view}.png"
    result = run_cli(
        "--data-dir", str(demo_dir), "screenshot", str(out), "--view", view, "--district", "goslar"
    )
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 1280


@pytest.mark.parametrize("view", ["programme", "events"])
def test_screenshot_of_the_programme_overview(demo_dir: Path, tmp_path: Path, view: str) -> None:
    """Issue 15, point 8: the Programmübersicht and the programme events as the office sees them."""
    out = tmp_path / f"{view}.png"
    result = run_cli(
        "--data-dir", str(demo_dir), "screenshot", str(out), "--view", view, "--size", "1366x768"
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert 800 < image.width() <= 1366 and image.height() <= 768
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    assert len(colours) > 20


def test_export_writes_district_json_and_is_stable(demo_dir: Path, tmp_path: Path) -> None:
    first = run_cli(
        "export", "--district", "Vogtlandkreis", "--out", str(tmp_path / "a"), "--data-dir", str(demo_dir)
    )
    assert first.returncode == 0, first.stderr
    folder = Path(first.stdout.strip())
    assert folder == tmp_path / "a" / "vogtlandkreis"
    document = json.loads((folder / "district.json").read_text(encoding="utf-8"))
    assert document["district"]["name"] == "Vogtlandkreis"
    assert document["records"]["actor"], "the demo district's actors are exported"
    assert "outbox" not in json.dumps(document)
    second = run_cli(
        "export", "--district", "vogtlandkreis", "--out", str(tmp_path / "b"), "--data-dir", str(demo_dir)
    )
    assert second.returncode == 0
    assert (tmp_path / "b" / "vogtlandkreis" / "district.json").read_bytes() == (
        folder / "district.json"
    ).read_bytes()


def test_unknown_district_is_a_clear_german_message(demo_dir: Path, tmp_path: Path) -> None:
    result = run_cli("--data-dir", str(demo_dir), "export", "--district", "Atlantis", "--out", str(tmp_path))
    assert result.returncode == 2
    assert "Kein Landkreis namens „Atlantis“" in result.stderr
    assert "Goslar" in result.stderr  # the known ones are listed
    assert "Traceback" not in result.stderr


def test_export_into_a_folder_without_write_permission(demo_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "locked"
    target.mkdir()
    target.chmod(0o500)
    try:
        if os.access(target, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        result = run_cli("--data-dir", str(demo_dir), "export", "--district", "Harz", "--out", str(target))
    finally:
        target.chmod(0o700)
    assert result.returncode == 1
    assert "Der Export nach" in result.stderr and "Traceback" not in result.stderr


def test_export_to_a_target_that_is_a_file_not_a_folder(demo_dir: Path, tmp_path: Path) -> None:
    """Fails for root too (unlike permissions): a clear message, exit code 1, nothing else written."""
    blocker = tmp_path / "bericht.txt"
    blocker.write_text("keine Ablage", encoding="utf-8")
    result = run_cli(
        "--data-dir", str(demo_dir), "export", "--district", "Harz", "--out", str(blocker / "sub")
    )
    assert result.returncode == 1
    assert "Der Export nach" in result.stderr and "Traceback" not in result.stderr
    assert blocker.read_text(encoding="utf-8") == "keine Ablage"


def test_check_reports_healthy_and_damaged_in_german_and_english(demo_dir: Path, tmp_path: Path) -> None:
    healthy = run_cli("--data-dir", str(demo_dir), "check")
    assert healthy.returncode == 0, healthy.stdout
    assert "Ergebnis: in Ordnung" in healthy.stdout
    english = run_cli("--data-dir", str(demo_dir), "--lang", "en", "check")
    assert "Result: healthy" in english.stdout

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "lzz.sqlite").write_bytes(b"keine Datenbank" * 64)
    result = run_cli("--data-dir", str(broken), "check")
    assert result.returncode == 1
    assert "Ergebnis: Probleme gefunden" in result.stdout
    assert "Traceback" not in result.stderr
    assert (broken / "lzz.sqlite").read_bytes() == b"keine Datenbank" * 64


def test_data_dir_from_environment_and_demo_seeding_with_every_subcommand(tmp_path: Path) -> None:
    folder = tmp_path / "from-env"
    result = run_cli(
        "--demo",
        "export",
        "--district",
        "Prignitz",
        "--out",
        str(tmp_path / "out"),
        env={"LZZ_DATA_DIR": str(folder)},
    )
    assert result.returncode == 0, result.stderr
    assert (folder / "lzz.sqlite").exists()
    assert (tmp_path / "out" / "landkreis-prignitz" / "district.json").exists()


def test_corrupt_database_in_a_subcommand_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "lzz.sqlite").write_bytes(b"\x00" * 10 + b"Unsinn")
    result = run_cli(
        "--data-dir", str(tmp_path), "export", "--district", "Goslar", "--out", str(tmp_path / "o")
    )
    assert result.returncode == 3
    assert "beschädigt" in result.stderr and "Traceback" not in result.stderr


def test_export_adds_the_stakeholder_map_and_actor_list(demo_dir: Path, tmp_path: Path) -> None:
    import openpyxl

    result = run_cli("export", "--district", "Goslar", "--out", str(tmp_path), "--data-dir", str(demo_dir))
    assert result.returncode == 0, result.stderr
    folder = Path(result.stdout.strip()) / "stakeholders"
    assert (folder / "map.pdf").read_bytes().startswith(b"%PDF")
    image = QImage(str(folder / "map.png"))
    assert image.width() >= 2000 and image.height() > 1000
    sheet = openpyxl.load_workbook(folder / "actors.xlsx").active
    assert sheet is not None and sheet.max_row >= 26
    assert sheet.cell(1, 1).value == "Name"
