"""The Linux desktop integration files are valid and agree with the app (issue 12)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lzz_desktop import __version__

LINUX = Path(__file__).resolve().parents[2] / "installer" / "linux"
DESKTOP = LINUX / "lzz-desktop.desktop"
METAINFO = LINUX / "de.landzuhausezukunft.LzzDesktop.metainfo.xml"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: `make test` installs it (scripts/ensure-system-packages.sh)")
    return found


def test_the_desktop_entry_is_valid_names_an_existing_icon_and_passes_no_files() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert "%" not in section["Exec"]  # the app opens no files given on its command line
    icon = section["Icon"]
    for size in (16, 32, 48, 64, 128, 256):
        assert (LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{icon}.png").is_file(), size
    assert (LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{icon}.svg").is_file()


def test_the_appstream_metadata_is_valid_and_names_this_release() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    releases = [r.get("version") for r in root.iter("release")]
    assert releases and releases[0] == __version__
    assert root.findtext("launchable") == DESKTOP.name
