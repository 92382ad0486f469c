"""The Windows packaging mirrors the tested Linux path (issue 12). This machine cannot run
Windows; these checks keep the files consistent with the spec and the smoke test they share."""

from __future__ import annotations

import re
from pathlib import Path

import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[2]


def test_the_spec_builds_a_window_and_a_console_executable() -> None:
    spec = (ROOT / "installer" / "lzz-desktop.spec").read_text(encoding="utf-8")
    assert 'name=f"{NAME}-cli", console=True' in spec
    assert "console=not WINDOWS" in spec
    assert 'collect_data_files("docx")' in spec  # the concept's .docx export needs its templates


def test_the_installer_is_per_user_german_and_english_and_keeps_the_data() -> None:
    script = (ROOT / "installer" / "windows" / "lzz-desktop.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in script
    assert re.search(r"DefaultDirName=\{localappdata\}\\Programs\\LZZ Desktop", script)
    assert 'Name: "de"' in script and 'Name: "en"' in script
    assert "lzz-desktop.exe" in script
    # The data folder (platformdirs: %LOCALAPPDATA%\LZZ Desktop) is never deleted on uninstall.
    deleted = re.findall(r"^Type: filesandordirs; Name: \"([^\"]+)\"", script, re.M)
    assert all(name.startswith("{app}") for name in deleted)
    assert (ROOT / "installer" / "windows" / "lzz-desktop.ico").is_file()


def test_the_workflow_runs_the_same_smoke_test_as_make_package() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8"))
    steps = " ".join(str(step.get("run", "")) for step in workflow["jobs"]["bundle"]["steps"])
    assert "installer/lzz-desktop.spec" in steps
    assert steps.count("installer/smoke_test.py") == 2  # the bundle, then the installed copy
    assert "lzz-desktop.iss" in steps
    build = (ROOT / "installer" / "build.sh").read_text(encoding="utf-8")
    assert "installer/lzz-desktop.spec" in build and "installer/smoke_test.py" in build
