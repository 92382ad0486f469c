"""Strg+Z undoes what you see: one history per district page, labels that name object and change,
removals undone instead of asked about, every undo a service edit in the outbox, and inside a
text field Ctrl+Z stays the field's own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lzz_desktop.domain import Actor, Outbox
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.workshops.editor import WorkshopEditor
from tests.workshop_fixtures import make_district, workshop_data

from .test_workshops import click, open_in_editor, workshops_page


def _outbox(workspace: Workspace) -> int:
    with workspace.session() as session:
        return int(session.scalar(select(func.count()).select_from(Outbox)) or 0)


def _attendees(editor: WorkshopEditor) -> list[str]:
    table = editor.ui.attendance_table
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def _undo_label(window: MainWindow) -> str:
    return window.action_undo.text().replace("&", "")


def test_undo_brings_back_the_removed_attendee_and_nothing_else(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.activateWindow()
    goslar = make_district(window.workspace)
    other = make_district(window.workspace, "Landkreis Harz")
    workspace = window.workspace
    workshop_id = workspace.workshops.create(goslar.id, workshop_data(), carry_over=False)
    for name in ("Олена Коваленко", "Şükrü Yılmaz"):
        workspace.workshops.add_attendance(workshop_id, actor_id=goslar.persons[name])
    page = workshops_page(qtbot, window, goslar.id)
    editor = open_in_editor(qtbot, page, workshop_id)
    assert sorted(_attendees(editor)) == ["Şükrü Yılmaz", "Олена Коваленко"]
    districts_before = [d.id for d in workspace.districts.list()]

    # Removing asks nothing: it is undone with Ctrl+Z.
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.attendance_tab)
    row = _attendees(editor).index("Олена Коваленко")
    editor.ui.attendance_table.setCurrentCell(row, 0)
    click(qtbot, editor.ui.attendance_remove_button)
    qtbot.waitUntil(lambda: _attendees(editor) == ["Şükrü Yılmaz"])
    assert _undo_label(window) == "Rückgängig: Teilnehmende:n „Олена Коваленко“ entfernen"

    outbox_before = _outbox(workspace)
    editor.ui.attendance_table.setFocus()
    qtbot.keyClick(editor.ui.attendance_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sorted(_attendees(editor)) == ["Şükrü Yılmaz", "Олена Коваленко"])
    assert _outbox(workspace) == outbox_before + 1  # the undo is an edit of its own: it syncs
    assert [d.id for d in workspace.districts.list()] == districts_before  # no district touched
    assert _undo_label(window) == "Rückgängig"  # nothing more to undo on this page
    assert (
        window.action_redo.text().replace("&", "")
        == "Wiederherstellen: Teilnehmende:n „Олена Коваленко“ entfernen"
    )
    assert other.id in districts_before


def test_each_district_page_has_its_own_history(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    window = open_window()
    goslar = make_district(window.workspace)
    harz = make_district(window.workspace, "Landkreis Harz")
    workspace = window.workspace
    goslar_workshop = workspace.workshops.create(
        goslar.id, workshop_data("Goslar-Workshop"), carry_over=False
    )
    page = workshops_page(qtbot, window, goslar.id)
    editor = open_in_editor(qtbot, page, goslar_workshop)
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.results_tab)
    qtbot.keyClicks(editor.ui.action_title_edit, "Vermieter ansprechen")
    click(qtbot, editor.ui.action_add_button)
    qtbot.waitUntil(lambda: editor.ui.actions_table.rowCount() == 1)
    assert _undo_label(window) == "Rückgängig: Aufgabe „Vermieter ansprechen“ hinzufügen"

    # On Harz's page the Goslar edit cannot be undone, not even by accident.
    workshops_page(qtbot, window, harz.id)
    assert not window.action_undo.isEnabled()
    window.action_undo.trigger()
    assert len(workspace.workshops.get(goslar_workshop).actions) == 1
    # Back on Goslar's page its history is there again.
    workshops_page(qtbot, window, goslar.id)
    assert window.action_undo.isEnabled()
    assert _undo_label(window) == "Rückgängig: Aufgabe „Vermieter ansprechen“ hinzufügen"
    window.action_undo.trigger()
    qtbot.waitUntil(lambda: workspace.workshops.get(goslar_workshop).actions == [], timeout=5000)


def test_inside_a_text_field_ctrl_z_is_the_fields_own(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.activateWindow()
    goslar = make_district(window.workspace)
    workshop_id = window.workspace.workshops.create(goslar.id, workshop_data(), carry_over=False)
    page = workshops_page(qtbot, window, goslar.id)
    editor = open_in_editor(qtbot, page, workshop_id)
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.results_tab)
    qtbot.keyClicks(editor.ui.action_title_edit, "Aufgabe eins")
    click(qtbot, editor.ui.action_add_button)
    qtbot.waitUntil(lambda: editor.ui.actions_table.rowCount() == 1)
    stack = window.undo.active
    assert stack is not None and stack.index() == 1
    field = editor.ui.agreement_new_edit
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.results_tab)
    field.setFocus()
    qtbot.keyClicks(field, "Entwurf")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""  # the field's own undo took the typing back …
    assert stack.index() == 1  # … and the window's history was not touched
    assert editor.ui.actions_table.rowCount() == 1


def test_deleting_an_actor_asks_nothing_and_is_undone(
    qtbot: QtBot, open_window: Callable[[], MainWindow], monkeypatch: object
) -> None:
    window = open_window()
    goslar = make_district(window.workspace)
    window.reload_districts(select_id=goslar.id)
    widget = window.stakeholders_page
    window.show_view("stakeholders")
    qtbot.waitUntil(lambda: widget.actor_model.rowCount() == 5, timeout=5000)
    asked: list[str] = []
    original = QMessageBox.question

    def refuse(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append("asked")
        return QMessageBox.StandardButton.No

    QMessageBox.question = refuse  # type: ignore[method-assign,assignment]
    try:
        index = widget.select_actor(goslar.persons["Jana Ludwig"])
        assert index.isValid()
        widget.delete_actor()
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    assert asked == []
    qtbot.waitUntil(lambda: widget.actor_model.rowCount() == 4, timeout=5000)
    assert _undo_label(window) == "Rückgängig: Akteur „Jana Ludwig“ löschen"
    window.action_undo.trigger()
    qtbot.waitUntil(lambda: widget.actor_model.rowCount() == 5, timeout=5000)
    with window.workspace.session() as session:
        assert session.get(Actor, goslar.persons["Jana Ludwig"]).deleted_at is None
    window.action_redo.trigger()
    qtbot.waitUntil(lambda: widget.actor_model.rowCount() == 4, timeout=5000)
