"""The search window as a consultant uses it: Strg+K, type, see results grouped by district and kind
as you type, Enter takes you to the record where it lives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lzz_desktop.services import Workspace
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.roles import HIT_ROLE
from lzz_desktop.ui.search.dialog import SearchDialog
from tests.workshop_fixtures import make_district, workshop_data


@pytest.fixture
def filled(data_dir: Path) -> dict[str, str]:
    workspace = Workspace.open(data_dir)
    try:
        goslar = make_district(workspace)
        harz = make_district(workspace, "Landkreis Harz")
        workshop = workspace.workshops.create(goslar.id, workshop_data(title="Fachworkshop Wohnen"), False)
        workspace.workshops.add_agenda_item(workshop, "Begrüßung")
        agenda = workspace.workshops.add_agenda_item(
            workshop, "Sprachcafé", notes="Donnerstags im Bürgerhaus"
        )
        other = workspace.workshops.create(harz.id, workshop_data(title="Sprachcafé Harz"), False)
        concept = workspace.concepts.create(goslar.id, "integrationskonzept-landkreis")
        section = next(s for s in workspace.concepts.load(concept).sections if s.key == "leitbild")
        text = "Erster Absatz.\n\n" * 30 + "Die Wohnraumbörse vermittelt Wohnungen."
        workspace.concepts.save_section(section.id, text, {})
        return {
            "goslar": goslar.id,
            "harz": harz.id,
            "workshop": workshop,
            "agenda": agenda,
            "other": other,
            "section": section.id,
            "person": goslar.persons["Jana Ludwig"],
        }
    finally:
        workspace.close()


def _search(qtbot: QtBot, window: MainWindow, text: str) -> SearchDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search.dialog if window.search else None
    assert dialog is not None and dialog.isVisible()
    dialog.ui.district_combo.setCurrentIndex(0)  # all districts
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        qtbot.keyClicks(dialog.ui.query_edit, text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive() and not window.tasks.busy, timeout=5000)
    return dialog


def _tree(dialog: SearchDialog) -> dict[str, dict[str, list[str]]]:
    """district → kind → hit titles, as the user sees the tree."""
    shown: dict[str, dict[str, list[str]]] = {}
    tree = dialog.ui.results_tree
    for i in range(tree.topLevelItemCount()):
        district = tree.topLevelItem(i)
        assert district is not None
        kinds = shown.setdefault(district.text(0), {})
        for j in range(district.childCount()):
            kind = district.child(j)
            kinds[kind.text(0)] = [kind.child(k).data(0, HIT_ROLE).title for k in range(kind.childCount())]
    return shown


def test_ctrl_k_finds_as_you_type_grouped_by_district_and_kind(
    qtbot: QtBot, open_window: Callable[[], MainWindow], filled: dict[str, str]
) -> None:
    window = open_window()
    dialog = _search(qtbot, window, "sprachc")
    assert _tree(dialog) == {
        "Landkreis Goslar": {"TOP": ["Sprachcafé"]},
        "Landkreis Harz": {"Workshop": ["Sprachcafé Harz"]},
    }
    assert "2 Treffer" in dialog.ui.status_label.text()
    # Narrowing down by kind and typing on updates the list.
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("workshop"))
    qtbot.waitUntil(lambda: list(_tree(dialog)) == ["Landkreis Harz"], timeout=5000)
    with qtbot.waitSignal(dialog.results_shown, timeout=5000):
        qtbot.keyClicks(dialog.ui.query_edit, "xyz")
    qtbot.waitUntil(lambda: _tree(dialog) == {}, timeout=5000)
    assert "Nichts gefunden" in dialog.ui.status_label.text()


def test_enter_opens_the_agenda_item_in_its_workshop(
    qtbot: QtBot, open_window: Callable[[], MainWindow], filled: dict[str, str]
) -> None:
    window = open_window()
    assert window.select_district(filled["harz"])
    qtbot.waitUntil(lambda: window.current_page is not None and window.current_page.id == filled["harz"])
    dialog = _search(qtbot, window, "Burgerhaus")  # typed without the umlaut
    editor = window.workshops_page.editor
    with qtbot.waitSignal(editor.detail_loaded, timeout=5000):
        qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    assert window.selected_district_id() == filled["goslar"]
    assert window.current_view_widget() is window.workshops_page
    assert editor.ui.editor_tabs.currentWidget() is editor.ui.agenda_tab
    current = editor.ui.agenda_list.currentItem()
    assert current is not None and "Sprachcafé" in current.text()


def test_enter_opens_the_concept_section_at_the_words_found(
    qtbot: QtBot, open_window: Callable[[], MainWindow], filled: dict[str, str]
) -> None:
    window = open_window()
    dialog = _search(qtbot, window, "Wohnraumborse")
    concept = window.concept_page
    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: concept.current_id == filled["section"], timeout=5000)
    assert window.current_view_widget() is concept
    assert concept.text_edit.textCursor().selectedText() == "Wohnraumbörse"


def test_an_actor_opens_in_the_register(
    qtbot: QtBot, open_window: Callable[[], MainWindow], filled: dict[str, str]
) -> None:
    window = open_window()
    dialog = _search(qtbot, window, "Jana Ludwig")
    qtbot.keyClick(dialog.ui.query_edit, Qt.Key.Key_Return)
    page = window.stakeholders_page
    qtbot.waitUntil(lambda: page.selected_actor_id() == filled["person"], timeout=5000)
    assert window.current_view_widget() is page
    QApplication.processEvents()
