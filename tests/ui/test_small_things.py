"""Small things a consultant stumbled over on the demo workspace (issue 17): each one driven
through the real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QDialogButtonBox, QTableView
from pytestqt.qtbot import QtBot

from lzz_desktop.domain.enums import AttendanceStatus, FederalState, Sector
from lzz_desktop.domain.validation import ErrorCode
from lzz_desktop.ui.date_edits import setup_date_edit
from lzz_desktop.ui.districts.dialog import DistrictDialog
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.messages import field_error
from lzz_desktop.ui.table_model import RowsTableModel
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


def type_over(qtbot: QtBot, edit: QDateTimeEdit, text: str) -> None:
    """Select everything in a date field and type ``text``, as a user does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_typed_dates_are_taken_as_typed_within_1990_to_2100_and_the_end_keeps_the_duration(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    district = make_district(window.workspace)
    workshops = window.workspace.workshops
    workshop_id = workshops.create(district.id, workshop_data())  # 18:00–21:00 in the fixture
    editor = editor_on(qtbot, window, district.id, workshop_id)
    start, end = editor.ui.start_edit, editor.ui.end_edit
    duration = start.dateTime().secsTo(end.dateTime())
    type_over(qtbot, start, "15.04.2027 09:30")
    assert start.dateTime() == QDateTime(QDate(2027, 4, 15), QTime(9, 30))
    # The end moved with the start: the workshop keeps its length.
    assert start.dateTime().secsTo(end.dateTime()) == duration
    before = workshops.get(workshop_id).data.starts_at
    qtbot.waitUntil(lambda: workshops.get(workshop_id).data.starts_at != before)
    saved = workshops.get(workshop_id).data
    assert saved.ends_at is not None
    assert saved.ends_at - saved.starts_at == dt.timedelta(seconds=duration)
    type_over(qtbot, start, "03.03.3112")
    assert start.date().year() == 2027
    due = editor.ui.action_due_edit
    type_over(qtbot, due, "1.2.2028")
    assert due.date() == QDate(2028, 2, 1)
    for edit in (start, end, due):
        assert (edit.minimumDate(), edit.maximumDate()) == (QDate(1990, 1, 1), QDate(2100, 12, 31))
        assert "yyyy" in edit.displayFormat()

    dialog = DistrictDialog([])
    qtbot.addWidget(dialog)
    dialog.ui.start_check.setChecked(True)
    type_over(qtbot, dialog.ui.start_date, "15.04.2026")
    assert dialog.ui.start_date.date() == QDate(2026, 4, 15)
    assert dialog.ui.end_date.maximumDate() == QDate(2100, 12, 31)


def test_a_concept_date_field_takes_a_typed_date_from_empty(qtbot: QtBot) -> None:
    from lzz_desktop.ui.concepts.fields import EMPTY_DATE

    edit = QDateEdit()
    qtbot.addWidget(edit)
    edit.setSpecialValueText("–")
    setup_date_edit(edit, empty=EMPTY_DATE)
    edit.setDate(EMPTY_DATE)
    edit.show()
    type_over(qtbot, edit, "31.01.2027")
    assert edit.date() == QDate(2027, 1, 31)
    assert edit.maximumDate() == QDate(2100, 12, 31)


def test_the_district_dialog_preselects_no_land_and_checks_the_ags_against_it(qtbot: QtBot) -> None:
    dialog = DistrictDialog([])
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.state_combo.currentIndex() == -1
    qtbot.keyClicks(ui.name_edit, "Landkreis Goslar")
    qtbot.keyClicks(ui.ags_edit, "03153000")
    save = ui.button_box.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0
    # (German once the translations carry the new texts: "Bitte wählen Sie das Bundesland.")
    assert ui.state_error.text() == field_error("state", ErrorCode.REQUIRED)
    assert ui.state_error.isVisibleTo(dialog)
    ui.state_combo.setCurrentIndex(ui.state_combo.findData(FederalState.BADEN_WUERTTEMBERG.value))
    assert ui.state_error.text() == ""
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0
    # "Der AGS passt nicht zum Bundesland Baden-Württemberg: Dort beginnt er mit 08."
    assert "Baden-Württemberg" in ui.ags_error.text()
    assert "08" in ui.ags_error.text()
    ui.state_combo.setCurrentIndex(ui.state_combo.findData(FederalState.NIEDERSACHSEN.value))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.data().state == FederalState.NIEDERSACHSEN


def arrow_widths(view: QTableView) -> list[int]:
    """The width of the sort arrow in each pixel row of the header, top to bottom."""
    image = view.horizontalHeader().grab().toImage()
    width, height = image.width(), image.height()
    background = image.pixelColor(width - 30, 2).lightness()
    widths = [
        sum(abs(image.pixelColor(x, y).lightness() - background) > 60 for x in range(width // 2, width - 2))
        for y in range(2, height - 3)
    ]
    return [w for w in widths if w]


def test_the_sort_arrow_points_down_for_newest_first_and_up_for_oldest_first(qtbot: QtBot) -> None:
    model: RowsTableModel[int] = RowsTableModel([("", lambda r: r, None)])  # no text: only the arrow
    model.set_rows([1, 2, 3])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.resize(240, 120)
    view.show()
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # as the workshop list: newest first
    down = arrow_widths(view)
    assert len(down) >= 3 and down == sorted(down, reverse=True), down  # ▼ wide at the top
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    up = arrow_widths(view)
    assert len(up) >= 3 and up == sorted(up), up  # ▲
