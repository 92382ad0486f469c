"""The wheel a user installs starts and does everything the README promises, from any folder
(issue 12): fonts, templates, icons, translations and the stylesheet travel inside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.conftest import clean_copy, fresh_venv, pip_install, run

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The desktop wheel built from a clean copy and installed with its dependencies."""
    work = tmp_path_factory.mktemp("wheel")
    source = clean_copy(work)
    dist = work / "dist"
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", dist, source], cwd=work)
    wheel = next(dist.glob("lzz_desktop-*.whl"))
    bin_dir = fresh_venv(work / "venv")
    pip_install(bin_dir, wheel)
    return wheel, bin_dir


def test_the_wheel_carries_every_resource(installed: tuple[Path, Path]) -> None:
    wheel, _bin = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "lzz_desktop/resources/style.qss",
        "lzz_desktop/resources/fonts/DejaVuSans.ttf",
        "lzz_desktop/resources/translations/lzz_de.qm",
        "lzz_desktop/resources/icons/new-16.png",
        "lzz_desktop/resources/help/handbuch_de.html",
        "lzz_desktop/store/migrations/env.py",
    ):
        assert needed in names, needed
    assert any(n.startswith("lzz_desktop/resources/templates/") and n.endswith(".json") for n in names)


def test_the_installed_app_runs_screenshot_export_and_check_from_another_folder(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _wheel, bin_dir = installed
    elsewhere = tmp_path / "somewhere"
    elsewhere.mkdir()
    app = bin_dir / "lzz-desktop"
    data = ["--demo", "--data-dir", str(tmp_path / "data")]
    env = {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    assert "0." in run([app, "--version"], cwd=elsewhere, env=env)
    run([app, *data, "screenshot", elsewhere / "shot.png"], cwd=elsewhere, env=env)
    assert (elsewhere / "shot.png").stat().st_size > 20_000  # a drawn window, not an empty frame
    run(
        [app, *data, "export", "--district", "Landkreis Goslar", "--out", elsewhere / "out"],
        cwd=elsewhere,
        env=env,
    )
    folder = elsewhere / "out" / "landkreis-goslar"
    promised = {
        "district.json": folder / "district.json",
        "map.pdf": folder / "stakeholders" / "map.pdf",
        "map.png": folder / "stakeholders" / "map.png",
        "map.svg": folder / "stakeholders" / "map.svg",
        "actors.xlsx": folder / "stakeholders" / "actors.xlsx",
    }
    for name, path in promised.items():
        assert path.is_file() and path.stat().st_size > 0, name
    assert list((folder / "protocols").glob("*.pdf")), "protocols"
    assert list((folder / "sign-in-sheets").glob("*.pdf")), "sign-in sheets"
    assert list((folder / "concept").glob("*.pdf")) and list((folder / "concept").glob("*.docx")), "concept"
    assert json.loads((folder / "district.json").read_text(encoding="utf-8"))
    run([app, *data, "check"], cwd=elsewhere, env=env)


def test_a_missing_resource_is_named_instead_of_a_traceback(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    """A broken installation (a deleted catalogue) says which file is missing; it never falls
    back to English without a word."""
    _wheel, bin_dir = installed
    site = Path(
        run(
            [
                bin_dir / "python",
                "-c",
                "import lzz_desktop, os; print(os.path.dirname(lzz_desktop.__file__))",
            ],
            cwd=tmp_path,
        ).strip()
    )
    catalogue = site / "resources" / "translations" / "lzz_de.qm"
    moved = catalogue.with_suffix(".away")
    catalogue.rename(moved)
    try:
        result = subprocess.run(
            [
                str(bin_dir / "lzz-desktop"),
                "--demo",
                "--data-dir",
                str(tmp_path / "d"),
                "screenshot",
                str(tmp_path / "s.png"),
            ],
            cwd=tmp_path,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""},
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        moved.rename(catalogue)
    assert result.returncode != 0
    assert "lzz_de.qm" in result.stderr and "unvollständig" in result.stderr
    assert "Traceback" not in result.stderr
