"""Start-up as the user sees it: the main window appears before the database layer is loaded,
then fills in; storage problems during start-up become the recovery dialog. ``run_gui`` owns the
whole application, so it runs in its own process here, as it does for the user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT_HEAD = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from lzz_desktop.app import run_gui
from lzz_desktop.ui.main_window import MainWindow
seen = {}
"""


def run_script(body: str, timeout: int = 90) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT_HEAD + body], capture_output=True, text=True, timeout=timeout, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def test_window_shell_imports_neither_sqlalchemy_nor_alembic_nor_qtawesome() -> None:
    code = (
        "import sys\n"
        "import lzz_desktop.app, lzz_desktop.ui.main_window\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'qtawesome'})\n"
        "print(heavy); sys.exit(1 if heavy else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_run_gui_shows_the_window_at_once_then_fills_it_from_the_demo(tmp_path: Path) -> None:
    seen = run_script(
        f"""
def first_look():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    seen["visible_before_data"] = window.isVisible() and window._workspace is None
    seen["placeholder"] = window.ui.empty_label.text()
    window.district_shown.connect(lambda _id: done(window))

def done(window):
    proxy = window.ui.district_list.model()
    seen["districts"] = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    window.close()

QTimer.singleShot(0, first_look)
seen["exit"] = run_gui(Path({str(tmp_path / "demo")!r}), True, "de")
print(json.dumps(seen))
"""
    )
    assert seen["visible_before_data"] is True
    assert seen["placeholder"] == "Daten werden geöffnet…"
    assert seen["exit"] == 0
    assert seen["districts"] == [
        "Landkreis Coburg",
        "Landkreis Goslar",
        "Landkreis Harz",
        "Landkreis Ludwigslust-Parchim",
        "Landkreis Prignitz",
        "Vogtlandkreis",
    ]


def test_run_gui_on_a_damaged_database_explains_and_quits(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "lzz.sqlite").write_bytes(b"Kaffee" * 200)
    seen = run_script(
        f"""
def answer():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, answer)
        return
    seen["text"] = box.text()
    box.close()

QTimer.singleShot(0, answer)
seen["exit"] = run_gui(Path({str(data_dir)!r}), False, "de")
print(json.dumps(seen))
"""
    )
    assert seen["exit"] == 3
    assert "beschädigt" in str(seen["text"])
    assert (data_dir / "lzz.sqlite").read_bytes() == b"Kaffee" * 200


def test_without_a_keyring_the_window_asks_for_a_new_passphrase_then_for_it_at_every_start(
    tmp_path: Path,
) -> None:
    """Issue 14: no keyring, no plain-text fallback: the first start asks for a new passphrase
    (typed twice, at least 10 characters), the next start for the passphrase; a wrong one is said
    and asked again."""
    data_dir = tmp_path / "daten"
    answer = """
import os
os.environ.pop("LZZ_DESKTOP_PASSPHRASE", None)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
from lzz_desktop.ui.passphrase_dialog import PassphraseDialog
typed = list(sys.argv[1:])
seen["dialogs"] = []

def answer():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, PassphraseDialog):
        QTimer.singleShot(20, answer)
        return
    seen["dialogs"].append([dialog.new, dialog.repeat_edit.isVisible(), dialog.problem_label.text()])
    dialog.passphrase_edit.setText(typed[0])
    dialog.repeat_edit.setText(typed.pop(0))
    dialog.buttons.accepted.emit()
    if dialog.isVisible():  # refused: say why, then type the next one
        seen["dialogs"][-1].append(dialog.problem_label.text())
        dialog.passphrase_edit.setText(typed[0])
        dialog.repeat_edit.setText(typed.pop(0))
        dialog.buttons.accepted.emit()
    QTimer.singleShot(20, answer) if typed else None

def shown(_id):
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    seen["districts"] = window.ui.district_list.model().rowCount()
    window.close()

QTimer.singleShot(0, answer)
QTimer.singleShot(0, lambda: next(
    w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)).district_shown.connect(shown))
"""
    first = run_script_with(answer, data_dir, True, ["kurz", "Kirchplatz 12, Goslar"])
    assert first["exit"] == 0 and first["districts"] == 6
    dialogs = first["dialogs"]
    assert isinstance(dialogs, list)
    [dialog] = dialogs
    assert dialog[0] is True and dialog[1] is True  # a new passphrase, typed twice
    assert "mindestens 10 Zeichen" in dialog[3]
    assert json.loads((data_dir / "lzz.schluessel.json").read_text())["source"] == "passphrase"

    second = run_script_with(answer, data_dir, False, ["Kirchplatz 13", "Kirchplatz 12, Goslar"])
    assert second["exit"] == 0 and second["districts"] == 6
    asked = second["dialogs"]
    assert isinstance(asked, list)
    assert [d[0] for d in asked] == [False, False]  # asked, not chosen again
    assert "öffnet die Daten nicht" in asked[1][2]


def run_script_with(body: str, data_dir: Path, demo: bool, typed: list[str]) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = (
        SCRIPT_HEAD
        + body
        + f"seen['exit'] = run_gui(Path({str(data_dir)!r}), {demo}, 'de')\nprint(json.dumps(seen))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *typed], capture_output=True, text=True, timeout=120, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures
