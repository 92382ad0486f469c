"""The district's year as stages on the overview (issue 15, point 2): plan against actual, what is
late marked late; a reached date set by hand in the stage dialog (double click) shows as reached,
and the window's undo takes it back; the stages a phase names in the phases dialog are the ones
the timeline shows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from lzz_desktop.domain.enums import DEFAULT_STAGES, FederalState
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.phases import PhaseData
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.ui import theme
from lzz_desktop.ui.districts.overview import DistrictOverview
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.phases_dialog import PhasesDialog

TODAY = dt.date.today()


def _rows(overview: DistrictOverview) -> list[list[str]]:
    table = overview.ui.stages_table
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def _show(qtbot: QtBot, window: MainWindow, district_id: str) -> None:
    with qtbot.waitSignal(window.district_shown, timeout=10_000):
        window.select_district(district_id)


def test_the_overview_shows_the_stages_and_a_reached_date_is_set_and_undone(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    workspace = Workspace.open(data_dir)
    try:
        # Seven stages spread over the process: the first three planned before today.
        district_id = workspace.districts.create(
            DistrictData(
                name="Landkreis Hof",
                state=FederalState.BAYERN,
                process_start=TODAY - dt.timedelta(days=150),
                process_end=TODAY + dt.timedelta(days=210),
            )
        )
        workspace.milestones.set(district_id, "Auftakt", None, TODAY - dt.timedelta(days=140), "")
    finally:
        workspace.close()

    window = open_window()
    _show(qtbot, window, district_id)
    overview = window.overview
    # The texts as the UI language says them (German once lzz_de.ts has them).
    reached, late, open_ = overview.tr("reached"), overview.tr("late"), overview.tr("open")
    rows = _rows(overview)
    assert [r[0] for r in rows] == list(DEFAULT_STAGES)
    assert rows[0][3] == reached
    assert [r[3] for r in rows[1:3]] == [late, late]
    assert [r[3] for r in rows[3:]] == [open_] * 4
    late_item = overview.ui.stages_table.item(1, 3)
    assert late_item.foreground().color() == theme.colour("error")
    summary = overview.ui.stages_summary.text()
    expected = overview.tr("Reached: {reached} · according to plan: {due}")
    assert summary.startswith(expected.format(reached="Auftakt", due="Fachworkshops"))
    assert summary.endswith(overview.tr("late: {count}").format(count=2))

    # Double click "Bestandsaufnahme": reached yesterday.
    table = overview.ui.stages_table
    rect = table.visualRect(table.model().index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = overview.stage_dialog
    assert dialog is not None and dialog.isVisible() and dialog.stage == "Bestandsaufnahme"
    assert dialog.reached.not_set.isChecked() and dialog.planned.not_set.isChecked()
    dialog.reached.not_set.setChecked(False)
    yesterday = TODAY - dt.timedelta(days=1)
    dialog.reached.date_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dialog.note_edit.setText("Bestandsaufnahme abgeschlossen")
    with qtbot.waitSignal(window.district_shown, timeout=10_000):
        dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: _rows(overview)[1][3] == reached, timeout=10_000)
    assert _rows(overview)[1][2] != "–"
    assert overview.ui.stages_table.item(1, 0).toolTip() == "Bestandsaufnahme abgeschlossen"
    now = expected.format(reached="Bestandsaufnahme", due="Fachworkshops")
    assert overview.ui.stages_summary.text().startswith(now)

    # The window's undo takes it back.
    assert window.action_undo.isEnabled()
    window.action_undo.trigger()
    qtbot.waitUntil(lambda: _rows(overview)[1][3] == late, timeout=10_000)
    assert _rows(overview)[1][2] == "–"


def test_the_stages_of_the_phase_are_the_stages_of_the_timeline(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    workspace = Workspace.open(data_dir)
    try:
        district_id = workspace.districts.create(
            DistrictData(
                name="Landkreis Hof",
                state=FederalState.BAYERN,
                process_start=TODAY + dt.timedelta(days=10),
                process_end=TODAY + dt.timedelta(days=100),
            )
        )
        workspace.phases.create(PhaseData("Programmphase 2025–2026", 2025, 2026), [district_id])
    finally:
        workspace.close()

    window = open_window()
    _show(qtbot, window, district_id)
    assert len(_rows(window.overview)) == len(DEFAULT_STAGES)
    assert all(r[3] == window.overview.tr("open") for r in _rows(window.overview))

    window.ui.action_phases.trigger()
    dialog = window.phases_dialog
    assert isinstance(dialog, PhasesDialog)
    qtbot.waitUntil(lambda: dialog.ui.phase_list.count() == 1, timeout=10_000)
    assert dialog.ui.stages_edit.toPlainText() == "\n".join(DEFAULT_STAGES)
    dialog.ui.stages_edit.setPlainText("Start\n\nMitte\nEnde\n")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.ui.save_button.click()
    [phase] = window.workspace.phases.list()
    assert phase.stages == "Start\nMitte\nEnde"
    with qtbot.waitSignal(window.district_shown, timeout=10_000):
        dialog.accept()
    assert [r[0] for r in _rows(window.overview)] == ["Start", "Mitte", "Ende"]

    # Enter on a row opens its stage too.
    table = window.overview.ui.stages_table
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    stage_dialog = window.overview.stage_dialog
    assert stage_dialog is not None and stage_dialog.isVisible() and stage_dialog.stage == "Mitte"
    stage_dialog.reject()
