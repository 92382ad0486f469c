"""The Konzept page with real widgets: outline and completeness, guidance, automatic saving,
Word paste, status, comments, versions, agreements, read-only and broken template files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lzz_desktop.domain import AgendaItem, Agreement, Concept
from lzz_desktop.domain.enums import ConceptStatus
from lzz_desktop.paths import resource
from lzz_desktop.services.outbox import SUPPRESS_KEY
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.ui.concepts.editor import ConceptEditor
from lzz_desktop.ui.concepts.fields import MeasuresTable
from lzz_desktop.ui.concepts.versions import VersionsDialog
from lzz_desktop.ui.main_window import MainWindow
from tests.raw_db import raw_connect
from tests.ui.conftest import show_concept

# What Word 2016 puts on the clipboard for a heading, a paragraph with fonts and colours, a bullet
# list (Word's own list markup, not <ul>) and an inline picture.
WORD_HTML = Path(__file__).with_name("word_clipboard.html").read_text(encoding="utf-8")


def open_concept(
    qtbot: QtBot, open_window: Callable[[], MainWindow], district: str = "Goslar"
) -> ConceptEditor:
    return show_concept(qtbot, open_window(), district)


def test_outline_completeness_and_guidance(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    editor = open_concept(qtbot, open_window)
    ui = editor.ui
    top = [ui.outline.topLevelItem(i).text(0) for i in range(ui.outline.topLevelItemCount())]
    assert top[0] == "1 Ausgangslage und Bestandsaufnahme"
    assert "7 Monitoring und Evaluation" in top
    fields = next(ui.outline.topLevelItem(i) for i in range(len(top)) if top[i] == "3 Handlungsfelder")
    assert fields.child(0).text(0) == "3.1 Sprache und Bildung"
    assert {fields.child(i).text(1) for i in range(fields.childCount())} >= {"✓", "0 %"}
    assert 0 < ui.total_progress.value() < ui.total_progress.maximum()
    assert "vollständig" in ui.total_progress.text()
    assert ui.section_title_label.text() == "1 Ausgangslage und Bestandsaufnahme"
    guidance = ui.guidance_label.text()
    assert "Leitfragen" in guidance and "Hürden" in guidance and "Pflichtangaben: Text" in guidance
    # The structure is the template's: headings are labels, outline items cannot be renamed.
    assert isinstance(ui.section_title_label, QLabel)
    assert not fields.flags() & Qt.ItemFlag.ItemIsEditable
    editor.select_section("sprache-bildung")
    table = editor.fields.findChild(QWidget, "field_massnahmen")
    assert table is not None
    qtbot.waitUntil(table.isVisible, timeout=2000)


def test_typing_is_saved_automatically_and_survives_a_crash(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    editor = open_concept(qtbot, open_window)
    editor.select_section("leitbild")
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.section_saved, timeout=5000):
        qtbot.keyClicks(editor.text_edit, " Neu ergaenzt.")
    assert editor.ui.save_state_label.text() == "Alle Änderungen gespeichert."
    # A second process reading the file (the window was never closed) sees the text.
    other = Workspace.open(seeded_dir)
    try:
        view = other.concepts.load_for_district(other.districts.find("Goslar"))
        assert view is not None
        leitbild = next(s for s in view.sections if s.key == "leitbild")
        assert "Neu ergaenzt." in leitbild.content
        assert leitbild.title == "Leitbild"
    finally:
        other.close()


def test_switching_section_saves_at_once_and_measures_count(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    editor = open_concept(qtbot, open_window)
    editor.select_section("gesundheit-beratung")
    item = editor.ui.outline.currentItem()
    assert item.text(1) == "0 %"
    goals = editor.fields.findChild(QWidget, "field_ziele")
    qtbot.keyClicks(goals, "Wege zur Beratung verkuerzen")
    table = editor.fields.findChild(QWidget, "field_massnahmen")
    assert isinstance(table, MeasuresTable)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    cell = QTableWidgetItem()
    table.table.setItem(0, 0, cell)
    assert table.table.horizontalHeaderItem(0).text() == "Maßnahme"
    cell.setText("Gesundheitslotsen ausbilden")
    with qtbot.waitSignal(editor.section_saved, timeout=5000):
        editor.select_section("leitbild")
    assert item.text(1) == "✓"
    view = editor.workspace.concepts.load_for_district(editor.district_id or "")
    assert view is not None
    section = next(s for s in view.sections if s.key == "gesundheit-beratung")
    assert section.data["ziele"] == ["Wege zur Beratung verkuerzen"]
    assert section.data["massnahmen"] == [{"measure": "Gesundheitslotsen ausbilden"}]


def test_paste_from_word_keeps_headings_and_lists(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    editor = open_concept(qtbot, open_window)
    editor.select_section("leitbild")
    editor.text_edit.clear()
    mime = QMimeData()
    mime.setHtml(WORD_HTML)
    mime.setText("Wohnraum im Landkreis ...")
    with qtbot.waitSignal(editor.section_saved, timeout=5000):
        editor.text_edit.insertFromMimeData(mime)
    text = editor.text_edit.markdown()
    assert "# Wohnraum im Landkreis" in text
    assert "- Sanierung fördern" in text and "- Mietführerschein anbieten" in text
    assert "**vor allem**" in text and "*Bergstädten*" in text
    assert "Braunlage" in text and "hoch" in text  # a table's cells stay, as text
    for junk in ("Comic", "mso", "Symbol", "·", "clip_image", "<", "StartFragment", "|"):
        assert junk not in text, junk


def test_deciding_opens_at_today_asks_about_gaps_and_freezes_until_a_new_version(
    qtbot: QtBot,
    seeded_dir: Path,
    open_window: Callable[[], MainWindow],
    on_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    editor = open_concept(qtbot, open_window)
    ui = editor.ui
    concepts = editor.workspace.concepts

    def stored() -> ConceptStatus | None:
        view = concepts.load_for_district(editor.district_id or "")
        return view.status if view is not None else None

    # The demo concept has gaps: choosing "beschlossen" asks first; "No" keeps the status.
    before = stored()
    on_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(ConceptStatus.ADOPTED))
        ui.status_combo.activated.emit(ui.status_combo.currentIndex())
    assert stored() is before
    # The date field opens at today (not January 1900) and takes a typed German date.
    ui.status_combo.setCurrentIndex(ui.status_combo.findData(ConceptStatus.ADOPTED))
    editor._update_decided_visibility()
    assert ui.decided_on_edit.date() == QDate.currentDate()
    # What is typed is read with the field's own format: four-digit years ("15.12.2026").
    typed = QDate.fromString("15.12.2026", ui.decided_on_edit.displayFormat())
    assert typed == QDate(2026, 12, 15)
    ui.decided_on_edit.setDate(typed)
    assert ui.decided_on_edit.text() == "15.12.2026"
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        ui.decided_on_edit.editingFinished.emit()
    view = concepts.load_for_district(editor.district_id or "")
    assert view is not None and view.status is ConceptStatus.ADOPTED and str(view.decided_on) == "2026-12-15"
    assert ui.status_error.text() == ""
    assert editor.text_edit.isReadOnly() and not ui.status_combo.isEnabled()
    assert "Beschlossen am 15.12.2026" in ui.banner_label.text()
    assert not editor.new_version_button.isHidden()
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        editor.new_version_button.click()
    assert stored() is ConceptStatus.DRAFT and not editor.text_edit.isReadOnly()


def test_comment_added_and_resolved(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    editor = open_concept(qtbot, open_window)
    ui = editor.ui
    editor.select_section("leitbild")
    qtbot.mouseClick(ui.add_comment_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.comment_error.text() != "", timeout=5000)
    assert ui.comment_error.text() == "Bitte zuerst den Kommentar schreiben."
    qtbot.keyClicks(ui.comment_edit, "Bitte mit dem Landrat abstimmen.")
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        qtbot.mouseClick(ui.add_comment_button, Qt.MouseButton.LeftButton)
    texts = [ui.comments_list.item(i).text() for i in range(ui.comments_list.count())]
    assert any(t.endswith("Bitte mit dem Landrat abstimmen.") for t in texts)
    assert "offen" in ui.comments_heading.text()
    item = next(ui.comments_list.item(i) for i in range(len(texts)) if "Landrat" in texts[i])
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        item.setCheckState(Qt.CheckState.Checked)
    view = editor.workspace.concepts.load_for_district(editor.district_id or "")
    assert view is not None
    assert [c.resolved for c in view.comments if "Landrat" in c.body] == [True]


def test_save_version_compare_and_restore(
    qtbot: QtBot,
    seeded_dir: Path,
    open_window: Callable[[], MainWindow],
    on_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    editor = open_concept(qtbot, open_window)
    editor.select_section("leitbild")
    editor.text_edit.set_markdown("Ein ganz neues Leitbild.")
    editor._edited()

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Für den Kreistag")
        dialog.accept()

    on_modal(name_it)
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        qtbot.mouseClick(editor.ui.save_version_button, Qt.MouseButton.LeftButton)
    assert editor.view is not None
    latest = editor.view.versions[0]
    assert (latest.number, latest.name) == (3, "Für den Kreistag")

    first = editor.view.versions[-1]
    dialog = VersionsDialog(editor.workspace, editor.tasks, editor.view, editor)
    qtbot.addWidget(dialog)
    dialog.restored.connect(editor.reload)  # as show_versions() connects it
    dialog.show()
    dialog.select_versions(first.id, latest.id)
    qtbot.waitUntil(lambda: "line-through" in dialog.ui.compare_view.toHtml(), timeout=5000)
    html = dialog.ui.compare_view.toHtml()
    assert "Leitbild" in html and "geändert" in html
    assert "line-through" in html and "ganz neues" in html
    assert "#cdeccf" in html  # inserted words are highlighted

    first_version = dialog.ui.history.topLevelItem(2)  # version 1
    assert first_version is not None
    dialog.ui.history.setCurrentItem(first_version)

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(confirm)
    with qtbot.waitSignal(dialog.restored, timeout=5000):
        qtbot.mouseClick(dialog.ui.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.history.topLevelItemCount() == 4
    assert dialog.ui.history.topLevelItem(0).text(1) == "Wiederhergestellt aus Version 1 „Erster Entwurf“"
    qtbot.waitUntil(lambda: "ganz neues" not in editor.text_edit.toPlainText(), timeout=5000)


def test_agreement_from_a_workshop_shows_where_it_came_from(
    qtbot: QtBot,
    seeded_dir: Path,
    open_window: Callable[[], MainWindow],
    on_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    editor = open_concept(qtbot, open_window)
    with editor.workspace.transaction() as session:
        session.info[SUPPRESS_KEY] = True  # test data on a demo workshop that is approved
        agreement = session.scalars(
            select(Agreement).where(Agreement.district_id == editor.district_id)
        ).first()
        assert agreement is not None
        item = session.scalars(
            select(AgendaItem).where(
                AgendaItem.workshop_id == agreement.workshop_id, AgendaItem.position == 1
            )
        ).one()
        agreement.agenda_item_id = item.id  # the agreement was reached under TOP 2
        agreement_id, text, item_title = agreement.id, agreement.text, item.title
    editor.select_section("leitbild")

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        choice = next(item for item in dialog.comboBoxItems() if text[:20] in item)
        assert "aus Workshop" in choice and "TOP 2" in choice
        dialog.setTextValue(choice)
        dialog.accept()

    on_modal(choose)
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        qtbot.mouseClick(editor.ui.link_button, Qt.MouseButton.LeftButton)
    label = editor.ui.origins_label.text()
    assert "Aus Workshops" in label and "aus Workshop" in label and "TOP" in label
    assert text[:20] in label and f"TOP 2 „{item_title}“" in label
    linked = {a.id: a.section_id for a in editor.workspace.concepts.agreements(editor.district_id or "")}
    assert linked[agreement_id] == editor.current_id


def test_a_learning_from_a_lernreise_shows_where_it_came_from(
    qtbot: QtBot,
    seeded_dir: Path,
    open_window: Callable[[], MainWindow],
    on_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    """Issue 15: Goslar took part in the demo's Lernreise; its learning goes into a section and
    the section says which event (and host) it came from."""
    editor = open_concept(qtbot, open_window)
    editor.select_section("leitbild")

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        choice = next(item for item in dialog.comboBoxItems() if item.startswith("Leerstand als Chance"))
        assert "Lernreise Ehrenamt und Ankommen in Altena, Deutschland" in choice
        dialog.setTextValue(choice)
        dialog.accept()

    on_modal(choose)
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        qtbot.mouseClick(editor.ui.learning_button, Qt.MouseButton.LeftButton)
    label = editor.ui.origins_label.text()
    assert "Impulse aus Programmveranstaltungen" in label
    assert (
        "„Leerstand als Chance“ – Impuls aus Lernreise Ehrenamt und Ankommen in Altena, Deutschland" in label
    )


def test_unknown_template_version_opens_read_only(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    workspace = Workspace.open(seeded_dir)
    with workspace.transaction() as session:
        for concept in session.scalars(select(Concept)):
            concept.template_version = 7
    workspace.close()
    editor = open_concept(qtbot, open_window)
    assert editor.ui.banner_label.isVisible()
    assert "Version 7" in editor.ui.banner_label.text() and "nur lesend" in editor.ui.banner_label.text()
    assert editor.text_edit.isReadOnly()
    assert not editor.ui.status_combo.isEnabled() and not editor.ui.save_version_button.isEnabled()
    assert editor.text_edit.toPlainText(), "the content is still shown"


def test_broken_template_file_is_reported_and_the_app_keeps_working(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    folder = seeded_dir / "templates"
    folder.mkdir()
    (folder / "kaputt.json").write_text('{"key": "kaputt",\n "version": 1,,}', encoding="utf-8")
    editor = open_concept(qtbot, open_window)
    banner = editor.ui.banner_label.text()
    assert "kaputt.json" in banner and "Zeile 2" in banner and "kein gültiges JSON" in banner
    assert not editor.text_edit.isReadOnly()


def test_template_upgrade_from_the_editor(
    qtbot: QtBot,
    seeded_dir: Path,
    open_window: Callable[[], MainWindow],
    on_modal: Callable[[Callable[[QWidget], None]], None],
) -> None:
    raw = json.loads(
        resource("templates", "integrationskonzept-landkreis-v1.json").read_text(encoding="utf-8")
    )
    raw["version"] = 2
    raw["sections"] = [s for s in raw["sections"] if s["key"] != "beteiligung"]
    raw["sections"][1] = dict(raw["sections"][1], key="vision", title="Vision", renamed_from=["leitbild"])
    raw["sections"].append({"key": "finanzen", "title": "Finanzierung", "questions": ["Wer zahlt?"]})
    (seeded_dir / "templates").mkdir()
    (seeded_dir / "templates" / "v2.json").write_text(json.dumps(raw), encoding="utf-8")
    editor = open_concept(qtbot, open_window)
    assert editor.ui.upgrade_button.isVisible()
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # type: ignore[attr-defined]
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        qtbot.mouseClick(editor.ui.upgrade_button, Qt.MouseButton.LeftButton)
    outline = editor.ui.outline
    top = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]
    assert "2 Vision" in top and top[-2].endswith("Finanzierung")
    assert top[-1] == "Archiviert (aus früheren Vorlagen)"
    assert outline.topLevelItem(len(top) - 1).child(0).text(0) == "Beteiligung von Migrant:innen"
    assert not editor.ui.upgrade_button.isVisible()


def test_district_without_concept_starts_one_from_a_template(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    from lzz_desktop.domain.enums import FederalState
    from lzz_desktop.records.districts import DistrictData

    workspace = Workspace.open(data_dir)
    workspace.districts.create(DistrictData(name="Landkreis Neuanfang", state=FederalState.SACHSEN))
    workspace.close()
    window = open_window()
    editor = window.concept_page
    assert isinstance(editor, ConceptEditor)
    qtbot.waitUntil(lambda: editor.ui.template_combo.count() > 0, timeout=5000)
    assert editor.ui.stack.currentWidget() is editor.ui.empty_page
    window.show_view("concept")
    titles = [editor.ui.template_combo.itemText(i) for i in range(editor.ui.template_combo.count())]
    assert titles == ["Integrationskonzept Landkreis", "Projektskizze"]
    editor.ui.template_combo.setCurrentIndex(1)
    with qtbot.waitSignal(editor.concept_shown, timeout=5000):
        qtbot.mouseClick(editor.ui.create_button, Qt.MouseButton.LeftButton)
    assert editor.ui.title_label.text() == "Projektskizze – Landkreis Neuanfang"
    assert editor.ui.section_title_label.text() == "1 Herausforderung"
    assert editor.ui.total_progress.value() == 0


def test_failed_save_of_a_section_left_behind_keeps_its_text_and_retries(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    """The database is held by another program while the user moves to the next section: the
    text of the section left behind is kept (the editor no longer shows it) and saved later."""

    editor = open_concept(qtbot, open_window)
    editor.select_section("leitbild")
    editor.text_edit.setFocus()
    qtbot.keyClicks(editor.text_edit, " Neuer Satz zum Leitbild.")
    blocker = raw_connect(seeded_dir / "lzz.sqlite", timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    with qtbot.waitSignal(editor.save_failed, timeout=15000):
        editor.select_section("gesundheit-beratung")
    assert editor.has_pending_edits
    assert editor.ui.save_state_label.text() == "Nicht gespeichert."
    blocker.rollback()
    blocker.close()
    with qtbot.waitSignal(editor.section_saved, timeout=15000):
        editor.flush()  # the retry timer would do the same a few seconds later
    assert not editor.has_pending_edits
    view = editor.workspace.concepts.load_for_district(editor.district_id or "")
    assert view is not None
    leitbild = next(s for s in view.sections if s.key == "leitbild")
    assert "Neuer Satz zum Leitbild." in leitbild.content


def test_a_section_with_an_open_sync_conflict_is_marked_in_the_outline(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    from lzz_desktop.domain import ConceptSection, SyncConflict

    workspace = Workspace.open(seeded_dir)
    try:
        with workspace.transaction() as session:
            session.info[SUPPRESS_KEY] = True
            goslar = workspace.districts.find("Goslar")
            concept = session.scalars(select(Concept).where(Concept.district_id == goslar)).first()
            assert concept is not None
            section = session.scalars(
                select(ConceptSection).where(
                    ConceptSection.concept_id == concept.id, ConceptSection.key == "sprache-bildung"
                )
            ).one()
            session.add(
                SyncConflict(
                    id="c-1",
                    entity="concept_section",
                    entity_id=section.id,
                    district_id=goslar,
                    kind="text",
                    field="content",
                    base='"a"',
                    mine='"b"',
                    theirs='"c"',
                    created_by="berater",
                    theirs_by="office",
                )
            )
    finally:
        workspace.close()
    editor = open_concept(qtbot, open_window)
    ui = editor.ui
    items = []
    stack = [ui.outline.topLevelItem(i) for i in range(ui.outline.topLevelItemCount())]
    while stack:
        item = stack.pop()
        items.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    marked = [item.text(0) for item in items if "⚠" in item.text(0)]
    assert marked == ["3.1 Sprache und Bildung ⚠"]
    conflicted = next(item for item in items if "⚠" in item.text(0))
    assert "Abgleich → Konflikte" in conflicted.toolTip(0)
