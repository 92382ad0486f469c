"""Reports and exports draw with QtGui at most: no module of ``lzz_desktop.reports`` or
``lzz_desktop.exporting`` loads ``PySide6.QtWidgets`` (or the window code), so the district export
runs on a worker thread and from the command line with a QGuiApplication. import-linter cannot
forbid a submodule of an external package, so a clean interpreter checks it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import lzz_desktop.exporting
import lzz_desktop.reports


def _modules() -> list[str]:
    names = []
    for package in (lzz_desktop.reports, lzz_desktop.exporting):
        names.append(package.__name__)
        names += [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
    return sorted(names)


def test_every_module_of_reports_and_exporting_is_found() -> None:
    modules = _modules()
    assert "lzz_desktop.reports.map.picture" in modules
    assert "lzz_desktop.exporting.stakeholders_xlsx" in modules


def test_reports_and_exporting_import_no_widgets() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'PySide6.QtWidgets' or m.startswith('lzz_desktop.ui'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
