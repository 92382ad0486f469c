"""Programm → Programmveranstaltungen … (issue 15, point 3) as the office uses it: the demo's Forum,
Lernreise and conference are listed; a Lernreise of three districts with a participant and a
learning is created from the form (a missing district is said in German first); its protocol PDF
names the districts, the participant and the learning; Ctrl+Z in the list takes the new event back;
the learning is used in a district's concept and shown there with its origin."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from lzz_desktop.demo import seed_demo
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.ui.events_dialog import EventsDialog
from lzz_desktop.ui.main_window import MainWindow


def test_the_office_records_a_lernreise_of_three_districts(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, open_window: Callable[[], MainWindow]
) -> None:
    workspace = Workspace.open(data_dir)
    seed_demo(workspace)
    workspace.close()
    window = open_window()
    assert window.ui.action_events.text() == "Programm&veranstaltungen …"
    window.ui.action_events.trigger()
    dialog = window.events_dialog
    assert isinstance(dialog, EventsDialog)
    ui = dialog.ui
    qtbot.waitUntil(lambda: ui.event_list.count() == 3 and dialog.detail is not None, timeout=10_000)
    assert "Abschlusskonferenz der Pilotphase" in ui.event_list.item(0).text()
    assert ui.district_list.count() == 6

    dialog.new_event()
    ui.kind_combo.setCurrentIndex(ui.kind_combo.findData("LEARNING_JOURNEY"))
    qtbot.keyClicks(ui.title_edit, "Lernreise Wohnen im Ortskern")
    ui.start_date.setDate(QDate(2019, 9, 17))
    ui.host_edit.setText("Hann. Münden")  # QTest types ASCII only
    # No district ticked: said in German, nothing lost.
    ui.save_button.click()
    qtbot.waitUntil(lambda: ui.error_label.isVisible(), timeout=5000)
    assert "mindestens einen teilnehmenden Landkreis" in ui.error_label.text()
    assert ui.title_edit.text() == "Lernreise Wohnen im Ortskern"

    for i in range(3):
        ui.district_list.item(i).setCheckState(Qt.CheckState.Checked)
    ticked = [ui.district_list.item(i).text() for i in range(3)]
    dialog.add_participant()
    # A participant row without a name: said where to look, nothing lost.
    ui.error_label.hide()
    ui.save_button.click()
    qtbot.waitUntil(lambda: ui.error_label.isVisible(), timeout=5000)
    assert "Teilnehmenden brauchen einen Namen" in ui.error_label.text()
    assert ui.participant_table.rowCount() == 1 and ui.event_list.count() == 3
    ui.participant_table.setItem(0, 0, QTableWidgetItem("Tsegay Gebremedhin"))
    ui.participant_table.setItem(0, 1, QTableWidgetItem("Migrationsberatung"))
    combo = ui.participant_table.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(1)
    from_district = combo.currentText()
    dialog.add_learning()
    ui.learning_table.setItem(0, 0, QTableWidgetItem("Wohnungsbörse für Leerstand"))
    ui.learning_table.setItem(0, 1, QTableWidgetItem("Die Stadt vermittelt leere Wohnungen."))
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        ui.save_button.click()
    qtbot.waitUntil(
        lambda: (
            ui.event_list.count() == 4 and dialog.detail is not None and dialog.detail.id == saved.args[0]
        ),
        timeout=10_000,
    )
    detail = dialog.detail
    assert detail is not None and detail.data.title == "Lernreise Wohnen im Ortskern"
    assert sorted(detail.district_names.values()) == sorted(ticked)

    # The protocol, as a participant would read it.
    target = tmp_path / "protokoll.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as written:
        dialog.export_protocol(target)
    assert written.args == [target]
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    for expected in (
        "Lernreise Wohnen im Ortskern",
        "Hann. Münden",
        "Tsegay Gebremedhin",
        from_district,
        "Wohnungsbörse für Leerstand",
        *ticked,
    ):
        assert expected in " ".join(text.split()), expected

    fonts = subprocess.run(["pdffonts", str(target)], check=True, capture_output=True, text=True).stdout
    assert all(" yes " in row for row in fonts.splitlines()[2:]), fonts  # every font embedded

    # The learning in a district's concept, with where it came from.
    district_id = next(d.id for d in dialog.districts if d.name == ticked[0])
    events = window.workspace.events
    learning = next(
        lr for lr in events.learnings_for(district_id) if lr.title == "Wohnungsbörse für Leerstand"
    )
    concept_id = window.workspace.concepts.concept_id_of(district_id)
    assert concept_id is not None
    section = window.workspace.concepts.load(concept_id).sections[0]
    events.link(learning.id, section.id)
    shown = window.workspace.concepts.load(concept_id).sections[0].learnings
    assert [(lr.title, lr.event_title, lr.host) for lr in shown] == [
        ("Wohnungsbörse für Leerstand", "Lernreise Wohnen im Ortskern", "Hann. Münden")
    ]

    # Ctrl+Z in the list takes the new event back.
    ui.event_list.setFocus()
    qtbot.keyClick(ui.event_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.event_list.count() == 3, timeout=10_000)
    dialog.close()


def test_accounts_that_may_only_read_see_events_and_phases_read_only(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    """District staff read programme events, consultants read phases: the dialogs say so and
    offer nothing to save, instead of a refusal after the typing."""
    from lzz_desktop.ui.messages import role_limit_text
    from lzz_desktop.ui.phases_dialog import PhasesDialog

    workspace = Workspace.open(data_dir)
    seed_demo(workspace)
    workspace.close()
    window = open_window()
    window.apply_role("district")
    window.ui.action_events.trigger()
    events = window.events_dialog
    assert isinstance(events, EventsDialog)
    qtbot.waitUntil(lambda: events.detail is not None, timeout=10_000)
    assert not events.ui.save_button.isEnabled() and not events.ui.delete_button.isEnabled()
    assert events.ui.error_label.isVisible() and events.ui.error_label.text() == role_limit_text("district")
    assert events.ui.protocol_button.isEnabled()  # reading includes printing
    events.close()

    window.apply_role("consultant")
    window.ui.action_phases.trigger()
    phases = window.phases_dialog
    assert isinstance(phases, PhasesDialog)
    qtbot.waitUntil(lambda: phases.ui.phase_list.count() == 3, timeout=10_000)
    assert not phases.ui.save_button.isEnabled() and not phases.ui.delete_button.isEnabled()
    assert phases.ui.error_label.text() == role_limit_text("consultant")
    phases.close()
