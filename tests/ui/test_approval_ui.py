"""Approving in the workshop editor: a confirmation first; then the protocol reads but does not
change; taking the approval back asks for a reason; the earlier open tasks are ticked from here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lzz_desktop.domain.enums import ActionStatus, ProtocolStatus
from lzz_desktop.services import Workspace
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.workshops.editor import WorkshopEditor
from tests.workshop_fixtures import START, make_district, workshop_data


def _editor(qtbot: QtBot, window: MainWindow, workshop_id: str) -> WorkshopEditor:
    qtbot.waitUntil(lambda: window.current_page is not None, timeout=5000)
    page = window.workshops_page
    with qtbot.waitSignal(page.editor.detail_loaded, timeout=5000):
        page.open_workshop(workshop_id)
    return page.editor


def test_approve_with_confirmation_then_read_only_then_take_back_with_reason(
    qtbot: QtBot, open_window: Callable[[], MainWindow], on_modal: Callable[[Callable[[QWidget], None]], None]
) -> None:
    window = open_window()
    workspace: Workspace = window.workspace
    district = make_district(workspace)
    workshop_id = workspace.workshops.create(district.id, workshop_data(), carry_over=False)
    window.reload_districts(select_id=district.id)
    editor = _editor(qtbot, window, workshop_id)
    editor.ui.approved_by_edit.setText("Georg Kaiser")

    def decline(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox) and "Georg Kaiser" in dialog.text()
        dialog.button(QMessageBox.StandardButton.No).click()

    on_modal(decline)
    editor.ui.approve_button.click()
    assert workspace.workshops.get(workshop_id).protocol_status == ProtocolStatus.DRAFT

    on_modal(lambda dialog: dialog.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.detail_loaded, timeout=5000):
        editor.ui.approve_button.click()
    assert workspace.workshops.get(workshop_id).protocol_status == ProtocolStatus.APPROVED
    assert not editor.frozen_label.isHidden()
    assert editor.ui.venue_edit.isReadOnly() and editor.ui.title_edit.isReadOnly()
    assert editor.ui.approve_button.isHidden()
    assert not editor.ui.reopen_button.isHidden() and editor.ui.reopen_button.isEnabled()

    def give_reason(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Anwesenheit war unvollständig")
        dialog.accept()

    on_modal(give_reason)
    with qtbot.waitSignal(editor.detail_loaded, timeout=5000):
        editor.ui.reopen_button.click()
    assert workspace.workshops.get(workshop_id).protocol_status == ProtocolStatus.DRAFT
    assert not editor.ui.venue_edit.isReadOnly() and editor.frozen_label.isHidden()
    history = workspace.workshops.approvals(workshop_id)
    assert [h.reason for h in history] == ["Anwesenheit war unvollständig"]


def test_a_planned_workshop_is_not_approved(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    workspace = window.workspace
    district = make_district(workspace)
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
    workshop_id = workspace.workshops.create(district.id, workshop_data(start=future), carry_over=False)
    window.reload_districts(select_id=district.id)
    editor = _editor(qtbot, window, workshop_id)
    editor.ui.approved_by_edit.setText("Georg Kaiser")
    editor.ui.approve_button.click()  # no dialog: refused with a message in place
    assert QApplication.activeModalWidget() is None
    assert "stattgefunden" in editor.ui.save_state_label.text()
    assert workspace.workshops.get(workshop_id).protocol_status == ProtocolStatus.DRAFT


def test_earlier_open_tasks_are_ticked_done_from_the_next_workshop(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    workspace = window.workspace
    district = make_district(workspace)
    first = workspace.workshops.create(district.id, workshop_data(), carry_over=False)
    second = workspace.workshops.create(district.id, workshop_data("Zweiter", START + dt.timedelta(days=30)))
    task = workspace.workshops.add_action_item(first, "Flyer drucken")  # added after planning the second
    window.reload_districts(select_id=district.id)
    editor = _editor(qtbot, window, second)
    items = [editor.carried_list.item(i) for i in range(editor.carried_list.count())]
    assert [i.text().split(" · ")[0] for i in items] == ["Flyer drucken"]
    with qtbot.waitSignal(editor.detail_loaded, timeout=5000):
        items[0].setCheckState(Qt.CheckState.Checked)
    assert workspace.workshops.get(first).actions[0].status == ActionStatus.DONE
    assert editor.carried_list.item(0).checkState() == Qt.CheckState.Checked
    assert editor.carried_list.item(0).data(ID_ROLE) == task
