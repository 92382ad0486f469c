"""The district export writes the stakeholder map itself — ``stakeholders/map.pdf``, ``map.png``
and ``map.svg`` — drawn with QtGui alone: a QGuiApplication is enough, no widget module loads, and
without any Qt application the export says so instead of crashing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]

EXPORT = """
import json, sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
from lzz_desktop.demo.seed import seed_demo
from lzz_desktop.exporting import export_district_bundle
from lzz_desktop.i18n import install_translators
from lzz_desktop.reports.map.picture import map_title
from lzz_desktop.services.workspace import Workspace

app = QGuiApplication(sys.argv[:1])
install_translators(app, "de")
tmp = Path(sys.argv[1])
workspace = Workspace.open(tmp / "data")
seed_demo(workspace)
district = workspace.districts.find("Goslar")
data = workspace.stakeholder_maps.load(district)
folder = export_district_bundle(workspace, district, tmp / "out", "de")
workspace.close()
loaded = sorted(m for m in sys.modules if m.startswith("lzz_desktop.ui") or m == "PySide6.QtWidgets")
print(json.dumps({"folder": str(folder), "district": data.district_name, "title": map_title(data),
                  "loaded": loaded}))
"""

WITHOUT_APP = """
import sys
from pathlib import Path
from lzz_desktop.demo.seed import seed_demo
from lzz_desktop.exporting import export_district_bundle
from lzz_desktop.services.workspace import Workspace

tmp = Path(sys.argv[1])
workspace = Workspace.open(tmp / "data")
seed_demo(workspace)
try:
    export_district_bundle(workspace, workspace.districts.find("Goslar"), tmp / "out")
except RuntimeError as exc:
    print("RuntimeError:", exc)
finally:
    workspace.close()
"""


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=180,
    )


def test_the_bundle_writes_the_map_with_only_a_gui_application(tmp_path: Path) -> None:
    result = _run(EXPORT, tmp_path)
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["loaded"] == [], "the export loaded window code"
    folder = Path(outcome["folder"]) / "stakeholders"
    assert sorted(p.name for p in folder.iterdir()) == ["actors.xlsx", "map.pdf", "map.png", "map.svg"]

    image = QImage(str(folder / "map.png"))
    assert image.width() == 2400 and 1000 < image.height() < 2400

    svg = (folder / "map.svg").read_text(encoding="utf-8")
    assert f"<title>{outcome['title']}</title>" in svg
    assert outcome["district"] in svg

    subprocess.run(["qpdf", "--check", str(folder / "map.pdf")], check=True, capture_output=True)
    text = subprocess.run(
        ["pdftotext", str(folder / "map.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert outcome["district"] in text
    assert "Legende" in text  # in the language of the installed translators


def test_without_a_qt_application_the_export_says_so_and_writes_nothing(tmp_path: Path) -> None:
    result = _run(WITHOUT_APP, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "RuntimeError:" in result.stdout and "QGuiApplication" in result.stdout
    assert not (tmp_path / "out").exists()
