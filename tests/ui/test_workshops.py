"""The Workshops tab as a consultant uses it during and after a workshop: build it, reorder the
agenda by keyboard and by drag and drop, take attendance and tasks, restart — everything is there.
Bad input gets a German message at its place and nothing already entered is lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDateTime, QModelIndex, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from lzz_desktop.domain.enums import ActionStatus, WorkshopFormat
from lzz_desktop.records.workshops import CARRY_OVER_TITLE
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.pdf_preview import PdfPreviewDialog, render_pages
from lzz_desktop.ui.workshops.editor import WorkshopEditor
from lzz_desktop.ui.workshops.page import WorkshopsPage
from tests.names_corpus import pdf_text
from tests.raw_db import raw_connect
from tests.workshop_fixtures import START, make_district, picture, workshop_data

from .conftest import close_window

ROOT = Path(__file__).resolve().parents[2]
SAVED = "Alle Änderungen gespeichert"


def workshops_page(qtbot: QtBot, window: MainWindow, district_id: str) -> WorkshopsPage:
    page = window.workshops_page
    with qtbot.waitSignal(page.workshops_loaded, timeout=5000):
        window.reload_districts(select_id=district_id)
        window.show_view("workshops")
    return page


def open_in_editor(qtbot: QtBot, page: WorkshopsPage, workshop_id: str) -> WorkshopEditor:
    with qtbot.waitSignal(page.editor.detail_loaded, timeout=5000):
        page.open_workshop(workshop_id)
    return page.editor


def agenda_titles(editor: WorkshopEditor) -> list[str]:
    lst = editor.ui.agenda_list
    return [lst.item(i).text() for i in range(lst.count())]


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def add_agenda_item(qtbot: QtBot, editor: WorkshopEditor, title: str) -> None:
    count = editor.ui.agenda_list.count()
    qtbot.keyClicks(editor.ui.agenda_new_edit, title)
    click(qtbot, editor.ui.agenda_add_button)
    qtbot.waitUntil(lambda: editor.ui.agenda_list.count() == count + 1)


def test_build_reorder_attend_and_task_then_restart_keeps_everything_in_order(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    district = make_district(window.workspace)
    page = workshops_page(qtbot, window, district.id)
    with qtbot.waitSignal(page.editor.detail_loaded, timeout=5000):
        click(qtbot, page.ui.new_button)
    editor = page.editor
    workshop_id = editor.workshop_id
    assert workshop_id is not None
    assert editor.ui.title_edit.text() == "Neuer Workshop"
    assert editor.ui.minute_taker_label.text() == "Protokoll&führung:"
    assert editor.ui.protocol_label.text() == "Protokollstatus:"
    editor.ui.title_edit.selectAll()
    qtbot.keyClicks(editor.ui.title_edit, "Steuerungsgruppe Wohnen")
    qtbot.waitUntil(
        lambda: window.workspace.workshops.get(workshop_id).data.title == "Steuerungsgruppe Wohnen"
    )

    editor.ui.editor_tabs.setCurrentWidget(editor.ui.agenda_tab)
    for title in ("Begruessung", "Wohnraumboerse", "Ausblick"):
        add_agenda_item(qtbot, editor, title)
    assert agenda_titles(editor) == ["TOP 1: Begruessung", "TOP 2: Wohnraumboerse", "TOP 3: Ausblick"]
    # Notes of the current item (the last one added) are saved automatically.
    qtbot.keyClicks(editor.ui.agenda_notes_edit, "Termine bis Juni")
    # Keyboard: "Ausblick" one up.
    editor.ui.agenda_list.setFocus()
    qtbot.keyClick(editor.ui.agenda_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            [a.title for a in window.workspace.workshops.get(workshop_id).agenda]
            == ["Begruessung", "Ausblick", "Wohnraumboerse"]
        )
    )
    # Drag and drop: the list's model moves "Begruessung" to the end, as a drop does.
    model = editor.ui.agenda_list.model()
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    qtbot.waitUntil(
        lambda: (
            [a.title for a in window.workspace.workshops.get(workshop_id).agenda]
            == ["Ausblick", "Wohnraumboerse", "Begruessung"]
        )
    )

    editor.ui.editor_tabs.setCurrentWidget(editor.ui.attendance_tab)
    combo = editor.ui.person_combo
    combo.setCurrentIndex(combo.findText("Şükrü Yılmaz – Kulturverein Goslar e.V."))
    click(qtbot, editor.ui.add_person_button)
    qtbot.waitUntil(lambda: editor.ui.attendance_table.rowCount() == 1)
    qtbot.keyClicks(editor.ui.guest_name_edit, "Gisela Gast")
    qtbot.keyClicks(editor.ui.guest_org_edit, "VHS Goslar")
    click(qtbot, editor.ui.add_guest_button)
    qtbot.waitUntil(lambda: editor.ui.attendance_table.rowCount() == 2)

    editor.ui.editor_tabs.setCurrentWidget(editor.ui.results_tab)
    qtbot.keyClicks(editor.ui.action_title_edit, "Vermieter ansprechen")
    responsible = editor.ui.action_responsible_combo
    responsible.setCurrentIndex(responsible.findText("Олена Коваленко"))
    editor.ui.action_due_edit.setDate(editor.ui.action_due_edit.date().fromString("15.04.2026", "dd.MM.yyyy"))
    click(qtbot, editor.ui.action_add_button)
    qtbot.waitUntil(lambda: editor.ui.actions_table.rowCount() == 1)

    close_window(window)
    window = open_window()
    page = workshops_page(qtbot, window, district.id)
    assert page.model.rows[0].title == "Steuerungsgruppe Wohnen"
    editor = open_in_editor(qtbot, page, workshop_id)
    assert editor.ui.title_edit.text() == "Steuerungsgruppe Wohnen"
    assert agenda_titles(editor) == ["TOP 1: Ausblick", "TOP 2: Wohnraumboerse", "TOP 3: Begruessung"]
    editor.ui.agenda_list.setCurrentRow(0)
    assert editor.ui.agenda_notes_edit.toPlainText() == "Termine bis Juni"
    table = editor.ui.attendance_table
    assert [table.item(r, 0).text() for r in range(2)] == ["Şükrü Yılmaz", "Gisela Gast (Gast)"]
    assert table.item(0, 2).text() == "Migrant:innen"
    actions = editor.ui.actions_table
    assert [actions.item(0, c).text() for c in range(3)] == [
        "Vermieter ansprechen",
        "Олена Коваленко",
        "15.04.2026",
    ]


KILL_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from lzz_desktop.app import create_qapplication
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.tasks import TaskRunner
    from lzz_desktop.ui.workshops.editor import WorkshopEditor

    app = create_qapplication("de")
    workspace = Workspace.open(Path(sys.argv[1]))
    editor = WorkshopEditor(workspace, TaskRunner())
    editor.show()
    editor.open_workshop(sys.argv[2])
    while editor.detail is None:
        QTest.qWait(20)
    editor.ui.goals_edit.setFocus()
    editor.ui.goals_edit.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor.ui.goals_edit, " Getippt kurz vor dem Absturz.")
    editor.ui.editor_tabs.setCurrentIndex(1)
    editor.ui.agenda_list.setCurrentRow(0)
    QTest.keyClicks(editor.ui.agenda_results_edit, "Ergebnis getippt")
    # A few seconds after the last keystroke, with the event loop running as in the app
    # (QTest.qWait holds the interpreter lock, so the database worker would hardly run).
    loop = QEventLoop()
    QTimer.singleShot(2000, loop.quit)
    loop.exec()
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_killing_the_app_seconds_after_typing_loses_nothing(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace("killed")
    district = make_district(workspace)
    workshop_id = workspace.workshops.create(district.id, workshop_data())
    workspace.workshops.add_agenda_item(workshop_id, "Begrüßung")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(workspace.data_dir), workshop_id],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == -9, result.stderr
    reopened = Workspace.open(workspace.data_dir)
    try:
        detail = reopened.workshops.get(workshop_id)
        assert detail.data.goals == "Wohnraum für Neuzugewanderte Getippt kurz vor dem Absturz."
        assert detail.agenda[0].results == "Ergebnis getippt"
    finally:
        reopened.close()


def test_undo_in_text_fields_and_closing_mid_edit_saves(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    district = make_district(window.workspace)
    workshop_id = window.workspace.workshops.create(district.id, workshop_data())
    page = workshops_page(qtbot, window, district.id)
    editor = open_in_editor(qtbot, page, workshop_id)
    venue = editor.ui.venue_edit
    venue.setFocus()
    venue.end(False)
    qtbot.keyClicks(venue, ", Raum 3")
    qtbot.waitUntil(
        lambda: window.workspace.workshops.get(workshop_id).data.venue == "Kreishaus Goslar, Raum 3"
    )
    qtbot.waitUntil(lambda: editor.ui.save_state_label.text() == SAVED)
    # Autosave did not reset the field: Ctrl+Z still undoes the typing, and the undo is saved.
    qtbot.keyClick(venue, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert venue.text() == "Kreishaus Goslar"
    qtbot.waitUntil(lambda: window.workspace.workshops.get(workshop_id).data.venue == "Kreishaus Goslar")
    # Notes of an agenda item: a reload meanwhile (another list changed) keeps the text and its undo.
    window.workspace.workshops.add_agenda_item(workshop_id, "Wohnen", notes="Erste Runde")
    with qtbot.waitSignal(editor.detail_loaded):
        editor.reload()
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.agenda_tab)
    notes = editor.ui.agenda_notes_edit
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, ", zweite Runde")
    with qtbot.waitSignal(editor.detail_loaded):
        window.workspace.workshops.add_attendance(workshop_id, guest_name="Gisela Gast")
        editor.reload()
    assert notes.toPlainText() == "Erste Runde, zweite Runde"
    qtbot.keyClick(notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText() == "Erste Runde"
    qtbot.waitUntil(lambda: window.workspace.workshops.get(workshop_id).agenda[0].notes == "Erste Runde")
    # Typing and closing at once: the edit in progress is saved on close.
    qtbot.keyClicks(editor.ui.moderation_edit, " und Team")
    close_window(window)
    reopened = Workspace.open(window.workspace.data_dir)
    try:
        assert reopened.workshops.get(workshop_id).data.moderation == "Henrik Sandvoss und Team"
    finally:
        reopened.close()


def test_bad_input_gets_german_messages_in_place_and_loses_nothing(
    qtbot: QtBot, open_window: Callable[[], MainWindow], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    workspace = window.workspace
    district = make_district(workspace)
    workshop_id = workspace.workshops.create(district.id, workshop_data())
    page = workshops_page(qtbot, window, district.id)
    editor = open_in_editor(qtbot, page, workshop_id)

    # End before start: message under the end field; the venue typed meanwhile is saved anyway.
    editor.ui.end_edit.setDateTime(QDateTime(editor.ui.start_edit.dateTime()).addSecs(-3600))
    editor.ui.venue_edit.setFocus()
    qtbot.keyClicks(editor.ui.venue_edit, " (Saal 2)")
    qtbot.waitUntil(lambda: editor.ui.end_error.text() == "Das Ende darf nicht vor dem Beginn liegen.")
    assert editor.ui.end_error.isVisible()
    stored = workspace.workshops.get(workshop_id).data
    assert stored.venue == "Kreishaus Goslar (Saal 2)"
    assert stored.ends_at == START + dt.timedelta(hours=3)

    # An agenda item without a title.
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.agenda_tab)
    click(qtbot, editor.ui.agenda_add_button)
    assert editor.ui.agenda_add_error.text() == "Bitte geben Sie einen Titel ein."
    assert editor.ui.agenda_list.count() == 0

    # Photos: a good one, a file that is no picture, an unreadable one and a 40-megapixel photo.
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.files_tab)
    fake = tmp_path / "tafel.jpg"
    fake.write_bytes(b"\x00 no picture")
    big = picture(tmp_path / "riesig.jpg", size=(7300, 5500), colour="#dddddd")
    with qtbot.waitSignal(editor.detail_loaded, timeout=20000):
        editor.import_files([picture(tmp_path / "flipchart.png"), fake, tmp_path / "weg.png", big])
    message = editor.ui.files_error.text()
    assert "„tafel.jpg“: Die Datei ist kein Bild oder sie ist beschädigt." in message
    assert "„weg.png“: Die Datei kann nicht gelesen werden." in message
    assert "„riesig.jpg“ ist ein sehr großes Foto (40 Megapixel)" in message
    assert editor.ui.files_list.count() == 2
    assert [a.filename for a in workspace.workshops.get(workshop_id).attachments] == [
        "flipchart.png",
        "riesig.jpg",
    ]

    # The protocol preview; saving into a folder without write permission. The preview of names
    # is held in memory: no file of it in the temporary folder (issue 14).
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with qtbot.waitSignal(page.preview_opened, timeout=20000) as opened:
        click(qtbot, editor.ui.protocol_button)
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count >= 2, timeout=10000)
    assert list(temp.iterdir()) == []
    assert "Kreishaus Goslar" in pdf_text(preview.pdf)
    assert preview.ui.preview_state_label.text().endswith("Seiten")
    if os.geteuid() == 0:
        locked = Path("/sys")  # even root cannot create files there
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
    with qtbot.waitSignal(preview.saved, timeout=5000) as failed:
        preview.save_to(locked / "protokoll.pdf")
    assert isinstance(failed.args[0], OSError)
    assert (
        "kann nicht geschrieben werden. Bitte wählen Sie einen anderen Ordner."
        in preview.ui.preview_error.text()
    )
    assert preview.isVisible()
    with qtbot.waitSignal(preview.saved, timeout=5000) as done:
        preview.save_to(tmp_path / "protokoll.pdf")
    assert done.args[0] == tmp_path / "protokoll.pdf"
    assert (tmp_path / "protokoll.pdf").read_bytes().startswith(b"%PDF")
    # Printing paints the rendered pages on the printer (here: Qt's PDF printer, no dialog).
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "gedruckt.pdf"))
    preview.paint(printer, render_pages(preview.pdf, 30))
    info = subprocess.run(["pdfinfo", str(tmp_path / "gedruckt.pdf")], capture_output=True, text=True).stdout
    assert f"Pages:           {preview.page_count}" in info
    preview.close()
    assert editor.ui.venue_edit.text() == "Kreishaus Goslar (Saal 2)"

    # Captions of photos are saved as typed.
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.files_tab)
    editor.ui.files_list.setCurrentRow(0)
    editor.ui.caption_edit.selectAll()
    qtbot.keyClicks(editor.ui.caption_edit, "Flipchart Wohnen")
    qtbot.waitUntil(lambda: workspace.workshops.get(workshop_id).attachments[0].caption == "Flipchart Wohnen")
    assert editor.ui.files_list.item(0).text() == "Flipchart Wohnen"


def test_list_filters_duplicate_delete_restore_and_open_tasks_carried_over(
    qtbot: QtBot, open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    window = open_window()
    workspace = window.workspace
    district = make_district(workspace)
    service = workspace.workshops
    first = service.create(
        district.id, dataclasses.replace(workshop_data("Auftakt"), format=WorkshopFormat.KICKOFF)
    )
    service.add_action_item(
        first, "Wohnraumbörse prüfen", responsible_text="Kreis", due_on=dt.date(2026, 3, 10)
    )
    service.add_action_item(first, "Protokoll versenden", status=ActionStatus.DONE)
    service.create(district.id, workshop_data("Fachworkshop 2025", START - dt.timedelta(days=365)))
    page = workshops_page(qtbot, window, district.id)
    assert page.proxy.rowCount() == 2
    page.ui.format_filter.setCurrentIndex(page.ui.format_filter.findData(WorkshopFormat.KICKOFF))
    assert [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())] == ["Auftakt"]
    page.ui.format_filter.setCurrentIndex(0)
    page.ui.year_filter.setCurrentIndex(page.ui.year_filter.findData(2025))
    assert [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())] == ["Fachworkshop 2025"]
    page.ui.year_filter.setCurrentIndex(0)
    # Open action items of the district, the overdue one marked.
    assert page.ui.page_tabs.tabText(1) == "Offene Aufgaben (1)"
    assert page.actions_model.index(0, 0).data() == "Wohnraumbörse prüfen"
    assert page.actions_model.index(0, 2).data().endswith("(überfällig)")

    # A new workshop offers the open task as agenda item "Offene Aufgaben".
    with qtbot.waitSignal(page.editor.detail_loaded, timeout=5000):
        click(qtbot, page.ui.new_button)
    assert agenda_titles(page.editor) == [f"TOP 1: {CARRY_OVER_TITLE}"]
    carried = [page.editor.carried_list.item(i).text() for i in range(page.editor.carried_list.count())]
    assert len(carried) == 1 and carried[0].startswith("Wohnraumbörse prüfen – Kreis")
    with qtbot.waitSignal(page.workshops_loaded, timeout=5000):
        click(qtbot, page.editor.ui.back_button)
    assert page.proxy.rowCount() == 3

    page.select(first)
    with qtbot.waitSignal(page.editor.detail_loaded, timeout=5000):
        click(qtbot, page.ui.duplicate_button)
    assert page.editor.ui.title_edit.text() == "Auftakt"
    assert page.editor.ui.start_edit.dateTime().date().toString("dd.MM.yyyy") == "01.04.2026"
    with qtbot.waitSignal(page.workshops_loaded, timeout=5000):
        click(qtbot, page.editor.ui.back_button)
    assert page.proxy.rowCount() == 4

    page.select(first)
    with qtbot.waitSignal(page.workshops_loaded, timeout=5000):
        click(qtbot, page.ui.delete_button)
    assert page.proxy.rowCount() == 3
    assert (
        page.ui.list_hint.text() == "Der Workshop wurde in den Papierkorb verschoben. Rückgängig mit Strg+Z."
    )
    with qtbot.waitSignal(page.workshops_loaded, timeout=5000):
        page.restore_workshop(first)
    assert page.proxy.rowCount() == 4

    # Calendar file for the invitation.
    with qtbot.waitSignal(page.document_ready, timeout=5000):
        page.export_calendar(first, tmp_path / "auftakt.ics")
    event = next(iter(Calendar.from_ical((tmp_path / "auftakt.ics").read_bytes()).walk("VEVENT")))
    assert str(event["SUMMARY"]) == "Auftakt"


def test_screenshot_of_the_workshops_view_shows_the_demo_workshops(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lzz_desktop.cli",
            "--data-dir",
            str(tmp_path / "d"),
            "--demo",
            "screenshot",
            str(out),
            "--view",
            "workshops",
            "--district",
            "Goslar",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 10_000


def test_closing_while_a_save_fails_asks_and_loses_nothing(
    qtbot: QtBot, open_window: Callable[[], MainWindow], on_modal: Callable[..., None]
) -> None:
    """Another program holds the database while the consultant closes the window: the save fails,
    the window asks instead of closing, and once the database is free the edit is saved."""

    from PySide6.QtWidgets import QMessageBox, QWidget

    window = open_window()
    district = make_district(window.workspace)
    workshop_id = window.workspace.workshops.create(district.id, workshop_data())
    page = workshops_page(qtbot, window, district.id)
    editor = open_in_editor(qtbot, page, workshop_id)
    qtbot.keyClicks(editor.ui.moderation_edit, " und Team")
    blocker = raw_connect(window.workspace.data_dir / "lzz.sqlite", timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    seen: dict[str, str] = {}

    def keep_open(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["text"] = dialog.text()
        next(b for b in dialog.buttons() if b.text() == "Fenster offen lassen").click()

    on_modal(keep_open)
    window.close()
    assert "nicht gespeichert" in seen["text"]
    assert window.isVisible()
    assert editor.ui.moderation_edit.text() == "Henrik Sandvoss und Team"
    blocker.rollback()
    blocker.close()

    close_window(window)  # now the save goes through and no question is asked
    assert not window.isVisible()
    reopened = Workspace.open(window.workspace.data_dir)
    try:
        assert reopened.workshops.get(workshop_id).data.moderation == "Henrik Sandvoss und Team"
    finally:
        reopened.close()


def test_typing_then_a_reload_before_the_autosave_still_saves_the_text(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    """A reload (after a sync, another list changed) refills the form; the agenda notes typed just
    before are saved by the flush that refill triggers, not dropped with the widgets' own
    fill-time signals."""
    window = open_window()
    district = make_district(window.workspace)
    workshop_id = window.workspace.workshops.create(district.id, workshop_data())
    window.workspace.workshops.add_agenda_item(workshop_id, "Wohnen", notes="Erste Runde")
    page = workshops_page(qtbot, window, district.id)
    editor = open_in_editor(qtbot, page, workshop_id)
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.agenda_tab)
    editor.ui.agenda_list.setCurrentRow(0)
    notes = editor.ui.agenda_notes_edit
    notes.setFocus()
    notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes, ", getippt vor dem Neuladen")
    with qtbot.waitSignal(editor.detail_loaded):
        editor.reload()
    qtbot.waitUntil(
        lambda: (
            window.workspace.workshops.get(workshop_id).agenda[0].notes
            == "Erste Runde, getippt vor dem Neuladen"
        ),
        timeout=5000,
    )
