"""Programm → Programmphasen … (issue 15, point 1) as the office uses it: the demo's real phases are
listed, a new phase is created with two districts, a wrong entry is said in German and nothing is
lost, a phase is deleted and Ctrl+Z brings it back; the district list shows the new phase."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lzz_desktop.demo import seed_demo
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.phases_dialog import PhasesDialog


def _check(dialog: PhasesDialog, *names: str) -> None:
    lst = dialog.ui.district_list
    for i in range(lst.count()):
        if any(lst.item(i).text().startswith(n) for n in names):
            lst.item(i).setCheckState(Qt.CheckState.Checked)


def test_the_office_manages_phases_from_the_window(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    workspace = Workspace.open(data_dir)
    seed_demo(workspace)
    workspace.close()
    window = open_window()
    assert window.ui.action_phases.text() == "Programm&phasen …"
    window.ui.action_phases.trigger()
    dialog = window.phases_dialog
    assert isinstance(dialog, PhasesDialog)
    qtbot.waitUntil(lambda: dialog.ui.phase_list.count() == 3, timeout=10_000)
    assert [dialog.ui.phase_list.item(i).text() for i in range(3)] == [
        "Pilotphase (2018–2019)",
        "Programmphase 2020–2022",
        "Programmphase 2023–2024",
    ]
    # The pilot accompanies the six districts of the seed text.
    checked = [
        dialog.ui.district_list.item(i).text()
        for i in range(dialog.ui.district_list.count())
        if dialog.ui.district_list.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert len(checked) == 6 and "Landkreis Goslar" in checked

    # A wrong entry: said at the form, nothing lost.
    dialog.new_phase()
    dialog.ui.name_edit.setText("")
    with qtbot.waitSignal(dialog.ui.save_button.clicked, timeout=1000):
        dialog.ui.save_button.click()
    qtbot.waitUntil(lambda: dialog.ui.error_label.isVisible(), timeout=5000)
    assert "Bitte geben Sie einen Namen ein." in dialog.ui.error_label.text()

    dialog.ui.name_edit.setText("Programmphase 2025–2026")
    dialog.ui.start_spin.setValue(2025)
    dialog.ui.end_spin.setValue(2026)
    _check(dialog, "Landkreis Goslar", "Landkreis Harz")
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        dialog.ui.save_button.click()
    qtbot.waitUntil(lambda: dialog.ui.phase_list.count() == 4, timeout=10_000)
    new_id = saved.args[0]
    [phase] = [p for p in window.workspace.phases.list() if p.id == new_id]
    assert len(phase.district_ids) == 2 and not dialog.ui.error_label.isVisible()

    # Delete it, then Ctrl+Z in the dialog brings it back with its districts.
    dialog.delete_phase()
    qtbot.waitUntil(lambda: dialog.ui.phase_list.count() == 3 and not window.tasks.busy, timeout=10_000)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.keyClick(dialog.ui.phase_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.ui.phase_list.count() == 4, timeout=10_000)
    [restored] = [p for p in window.workspace.phases.list() if p.id == new_id]
    assert len(restored.district_ids) == 2
    # Closing the dialog shows the new phase in the district list.
    with qtbot.waitSignal(window.districts_reloaded, timeout=10_000):
        dialog.accept()
    model = window.ui.district_list.model()
    texts = " ".join(
        str(model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) or "") for r in range(model.rowCount())
    )
    assert model.rowCount() == 6 and "Programmphase 2025–2026" in texts
