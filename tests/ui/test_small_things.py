"""Small things a consultant stumbled over on the demo workspace (issue 17): each one driven
through the real widgets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from lzz_desktop.domain.enums import AttendanceStatus, Sector
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.workshops.editor import WorkshopEditor
from tests.workshop_fixtures import make_district, workshop_data


def editor_on(qtbot: QtBot, window: MainWindow, district_id: str, workshop_id: str) -> WorkshopEditor:
    page = window.workshops_page
    with qtbot.waitSignal(page.workshops_loaded, timeout=5000):
        window.reload_districts(select_id=district_id)
        window.show_view("workshops")
    with qtbot.waitSignal(page.editor.detail_loaded, timeout=5000):
        page.open_workshop(workshop_id)
    return page.editor


def test_enter_on_a_completed_name_adds_the_person_and_guests_get_a_sector(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    district = make_district(window.workspace)
    workshops = window.workspace.workshops
    workshop_id = workshops.create(district.id, workshop_data())
    editor = editor_on(qtbot, window, district.id, workshop_id)
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.attendance_tab)
    combo = editor.ui.person_combo
    combo.setFocus()
    qtbot.keyClicks(combo, "Jana")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.ui.attendance_table.rowCount() == 1)
    attendance = workshops.get(workshop_id).attendance
    assert [(a.name, a.status) for a in attendance] == [("Jana Ludwig", AttendanceStatus.INVITED)]
    assert combo.currentText() == ""

    # A guest with a sector; the sector can be changed in the table.
    sector = editor.ui.guest_sector_combo
    sector.setCurrentIndex(sector.findData(Sector.BUSINESS))
    qtbot.keyClicks(editor.ui.guest_name_edit, "Gisela Gast")
    qtbot.keyClick(editor.ui.guest_org_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.ui.attendance_table.rowCount() == 2)
    assert workshops.get(workshop_id).attendance[1].sector == Sector.BUSINESS
    cell = editor.ui.attendance_table.cellWidget(1, 2)
    assert isinstance(cell, QComboBox)
    assert cell.currentData() == Sector.BUSINESS
    cell.setCurrentIndex(cell.findData(Sector.MIGRANTS))
    qtbot.waitUntil(lambda: workshops.get(workshop_id).attendance[1].sector == Sector.MIGRANTS)
    # A person's sector is hers, shown as text.
    assert editor.ui.attendance_table.cellWidget(0, 2) is None
