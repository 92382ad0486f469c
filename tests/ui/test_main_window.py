"""The main window as a consultant uses it: districts created, rejected, edited, deleted, restored,
undone, filtered — and all of it still there after a restart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from lzz_desktop.domain.enums import FederalState
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.ui.districts.dialog import DistrictDialog
from lzz_desktop.ui.districts.recycle_bin import RecycleBinDialog
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.settings_dialog import SettingsDialog

from .conftest import close_window

OnModal = Callable[[Callable[[QWidget], None]], None]


def fill_and_save(
    qtbot: QtBot, dialog: QWidget, name: str, ags: str, state: FederalState = FederalState.NIEDERSACHSEN
) -> None:
    assert isinstance(dialog, DistrictDialog)
    dialog.ui.name_edit.clear()
    qtbot.keyClicks(dialog.ui.name_edit, name)
    dialog.ui.state_combo.setCurrentIndex(dialog.ui.state_combo.findData(state.value))
    dialog.ui.ags_edit.clear()
    qtbot.keyClicks(dialog.ui.ags_edit, ags)
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def visible_names(window: MainWindow) -> list[str]:
    proxy = window.ui.district_list.model()
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the window's database work (edits, undo steps, reloads) has landed: an undo
    step runs behind the saves queued before it, and a reload follows it."""
    for _ in range(3):
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=5000)
        qtbot.wait(10)


def test_wrong_ags_is_refused_at_the_field_then_saved_deleted_restored_and_kept_after_restart(
    qtbot: QtBot, open_window: Callable[[], MainWindow], on_modal: OnModal
) -> None:
    window = open_window()
    assert window.ui.page_stack.currentWidget() is window.ui.empty_page

    seen: dict[str, object] = {}

    def enter_wrong_then_right(dialog: QWidget) -> None:
        assert isinstance(dialog, DistrictDialog)
        fill_and_save(qtbot, dialog, "Landkreis Goslar", "0315")
        # The dialog stays open with a German message at the field; nothing is saved.
        seen["error"] = dialog.ui.ags_error.text()
        seen["error_visible"] = dialog.ui.ags_error.isVisible()
        seen["still_open"] = dialog.isVisible()
        seen["saved_meanwhile"] = window.workspace.districts.list()
        fill_and_save(qtbot, dialog, "Landkreis Goslar", "03153000")

    on_modal(enter_wrong_then_right)
    with qtbot.waitSignal(window.district_shown, timeout=5000):
        window.ui.action_new_district.trigger()

    assert seen["still_open"] is True
    assert seen["error_visible"] is True
    assert "8 Ziffern" in str(seen["error"])
    assert seen["saved_meanwhile"] == []
    assert visible_names(window) == ["Landkreis Goslar"]
    assert window.overview.ui.title_label.text() == "Landkreis Goslar"
    assert window.overview.ui.ags_value.text() == "03153000"

    # Delete: the district goes to the recycle bin.
    window.ui.district_list.setFocus()
    window.ui.action_delete_district.trigger()
    qtbot.waitUntil(lambda: visible_names(window) == [])
    assert [d.name for d in window.workspace.districts.list(deleted=True)] == ["Landkreis Goslar"]
    assert "Papierkorb" in window.statusBar().currentMessage()

    # Restore it from the recycle bin dialog.
    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, RecycleBinDialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
        qtbot.mouseClick(dialog.ui.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.model.rowCount() == 0
        dialog.reject()

    on_modal(restore)
    window.ui.action_recycle_bin.trigger()
    qtbot.waitUntil(lambda: visible_names(window) == ["Landkreis Goslar"])

    # Restart on the same data directory: everything is there.
    close_window(window)
    again = open_window()
    qtbot.waitUntil(lambda: again.current_page is not None, timeout=5000)
    assert visible_names(again) == ["Landkreis Goslar"]
    assert again.overview.ui.ags_value.text() == "03153000"
    assert again.workspace.districts.list(deleted=True) == []


def test_end_before_start_and_empty_name_get_messages_and_cancel_saves_nothing(
    qtbot: QtBot, open_window: Callable[[], MainWindow], on_modal: OnModal
) -> None:
    window = open_window()
    seen: dict[str, str] = {}

    def enter(dialog: QWidget) -> None:
        assert isinstance(dialog, DistrictDialog)
        dialog.ui.start_check.setChecked(True)
        dialog.ui.start_date.setDate(dialog.ui.start_date.date().addDays(10))
        dialog.ui.end_check.setChecked(True)
        qtbot.mouseClick(
            dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
        seen["name"] = dialog.ui.name_error.text()
        seen["end"] = dialog.ui.end_error.text()
        dialog.reject()

    on_modal(enter)
    window.ui.action_new_district.trigger()
    qtbot.waitUntil(lambda: "end" in seen, timeout=5000)
    assert seen["name"] == "Bitte geben Sie einen Namen ein."
    assert seen["end"] == "Das Ende darf nicht vor dem Beginn liegen."
    assert window.workspace.districts.list() == []


def test_edit_delete_and_undo_redo(
    qtbot: QtBot, open_window: Callable[[], MainWindow], on_modal: OnModal
) -> None:
    window = open_window()
    service = window.workspace.districts
    district_id = service.create(DistrictData(name="Landkreis Harz", state=FederalState.SACHSEN_ANHALT))
    with qtbot.waitSignal(window.district_shown, timeout=5000):
        window.reload_districts(district_id)

    on_modal(
        lambda dialog: fill_and_save(qtbot, dialog, "Landkreis Harz", "15085000", FederalState.SACHSEN_ANHALT)
    )
    window.ui.action_edit_district.trigger()
    settle(qtbot, window)
    assert service.get(district_id).ags == "15085000"

    window.action_undo.trigger()
    settle(qtbot, window)
    assert service.get(district_id).ags is None
    window.action_redo.trigger()
    settle(qtbot, window)
    assert service.get(district_id).ags == "15085000"

    window.ui.district_list.setFocus()
    window.ui.action_delete_district.trigger()
    settle(qtbot, window)
    assert service.list() == []
    assert window.action_undo.text() == "&Rückgängig: „Landkreis Harz“ löschen"
    window.action_undo.trigger()  # Ctrl+Z brings a deleted district back
    settle(qtbot, window)
    assert [d.id for d in service.list()] == [district_id]


def test_filter_narrows_the_list(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    for name, state in (("Landkreis Coburg", FederalState.BAYERN), ("Vogtlandkreis", FederalState.SACHSEN)):
        window.workspace.districts.create(DistrictData(name=name, state=state))
    with qtbot.waitSignal(window.districts_reloaded, timeout=5000):
        window.reload_districts()
    window.ui.action_find.trigger()
    qtbot.keyClicks(window.ui.district_filter, "vogt")
    assert visible_names(window) == ["Vogtlandkreis"]
    qtbot.keyClicks(window.ui.district_filter, "xyz")
    assert visible_names(window) == []
    window.ui.district_filter.clear()
    qtbot.keyClicks(window.ui.district_filter, "bayern")  # the state matches too
    assert visible_names(window) == ["Landkreis Coburg"]


def test_geometry_and_last_district_restored_after_restart(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    service = window.workspace.districts
    service.create(DistrictData(name="Landkreis Coburg", state=FederalState.BAYERN))
    prignitz = service.create(
        DistrictData(
            name="Landkreis Prignitz", state=FederalState.BRANDENBURG, process_start=dt.date(2018, 1, 1)
        )
    )
    with qtbot.waitSignal(window.district_shown, timeout=5000):
        window.reload_districts(prignitz)
    window.resize(1000, 640)
    window.ui.splitter.setSizes([333, 567])
    sidebar_before = window.ui.splitter.sizes()[0]
    close_window(window)

    again = open_window()
    qtbot.waitUntil(lambda: again.current_page is not None, timeout=5000)
    assert (again.width(), again.height()) == (1000, 640)
    assert again.ui.splitter.sizes()[0] == sidebar_before
    assert again.selected_district_id() == prignitz
    assert again.overview.ui.process_value.text().startswith("01.01.2018")


def test_display_name_from_settings_is_the_author_of_changes(
    qtbot: QtBot, open_window: Callable[[], MainWindow], on_modal: OnModal, data_dir: Path
) -> None:
    window = open_window()

    def set_name(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        qtbot.keyClicks(dialog.ui.display_name_edit, "Dilara ")
        dialog.ui.display_name_edit.insert("Aydın")  # QTest can only type Latin-1; an IME inserts
        dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("en"))
        dialog.accept()

    on_modal(set_name)
    window.ui.action_settings.trigger()
    district_id = window.workspace.districts.create(
        DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN)
    )

    from lzz_desktop.domain import District
    from lzz_desktop.settings import Settings

    with window.workspace.session() as session:
        district = session.get(District, district_id)
        assert district is not None
        assert district.updated_by == "Dilara Aydın"
    saved = Settings.load(data_dir)
    assert (saved.display_name, saved.language) == ("Dilara Aydın", "en")


def test_a_screenshot_shows_the_district_asked_for(qtbot: QtBot, seeded_dir: Path, tmp_path: Path) -> None:
    """`screenshot --district NAME` waits for the district list (read on the database worker)
    before choosing, instead of showing the district opened last."""
    from lzz_desktop.app import render_screenshot
    from lzz_desktop.services import Workspace
    from lzz_desktop.settings import Settings

    workspace = Workspace.open(seeded_dir)
    try:
        goslar = workspace.districts.find("Landkreis Goslar")
        settings = Settings.load(seeded_dir)
        settings.last_district_id = workspace.districts.find("Landkreis Harz")
        window = MainWindow(workspace, settings)
        qtbot.addWidget(window)
        render_screenshot(window, tmp_path / "shot.png", "workshops", goslar)
        assert window.selected_district_id() == goslar
        assert window.current_page is not None and window.current_page.id == goslar
        assert (tmp_path / "shot.png").stat().st_size > 20_000
        window.tasks.wait_for_done()
    finally:
        workspace.close()
