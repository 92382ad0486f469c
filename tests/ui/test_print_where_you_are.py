"""Printing and saving from the page you are on: the Konzept page's print preview and "Save as"
PDF/Word, the map's print preview and pictures — the same documents ``export`` writes, with what
was typed a moment ago, every name of the corpus drawn, and a clear message where a file cannot be
written."""

from __future__ import annotations

import html
import os
import re
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lzz_desktop.domain.enums import ActorKind, FederalState, Sector
from lzz_desktop.exporting import export_district_bundle
from lzz_desktop.exporting.slug import slugify
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.stakeholders import ActorData
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.ui.concepts.editor import ConceptEditor
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.pdf_preview import PdfPreviewDialog
from lzz_desktop.ui.stakeholders.widget import StakeholdersWidget
from tests.names_corpus import NAMES, as_file, glyph_ids_drawn, normalised, pdf_text
from tests.ui.conftest import show_concept


def _unwritable(tmp_path: Path) -> Path:
    if os.geteuid() == 0:
        return Path("/sys")  # even root cannot create files there
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    return locked


def test_the_concept_prints_and_saves_what_was_just_typed_as_export_writes_it(
    qtbot: QtBot,
    seeded_dir: Path,
    open_window: Callable[[], MainWindow],
    on_modal: Callable[[Callable[[QWidget], None]], None],
    tmp_path: Path,
) -> None:
    window = open_window()
    editor = show_concept(qtbot, window, "Goslar")
    ui = editor.ui
    assert ui.print_button.isEnabled() and ui.export_button.isEnabled()
    assert editor.documents.action_print.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)

    # Typing without a pause, then printing at once: the preview holds the last words.
    editor.text_edit.setFocus()
    editor.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.text_edit, " Druckprobe Weißenborn")
    with qtbot.waitSignal(editor.documents.preview_opened, timeout=30_000) as opened:
        ui.print_button.click()
    preview = opened.args[0]
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count >= 3, timeout=20_000)
    printed = pdf_text(preview.pdf)
    assert "Druckprobe Weißenborn" in printed
    assert preview.suggested_name == f"{slugify(editor.view.title)}.pdf"  # type: ignore[union-attr]

    # The same document the district export writes (same code, same words, same pages).
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    district_id = window.workspace.districts.find("Goslar")
    assert district_id is not None
    folder = export_district_bundle(window.workspace, district_id, tmp_path / "export", "de")
    exported = folder / "concept" / preview.suggested_name
    assert pdf_text(exported) == printed
    preview.close()

    # Save as Word and as PDF (a name typed without an ending becomes a PDF).
    with qtbot.waitSignal(editor.documents.document_ready, timeout=30_000) as word:
        editor.documents.save_to(tmp_path / "Konzept Goslar.docx")
    assert word.args[0] == tmp_path / "Konzept Goslar.docx"
    with zipfile.ZipFile(tmp_path / "Konzept Goslar.docx") as docx:
        body = docx.read("word/document.xml").decode()
        assert "Druckprobe Weißenborn" in body
        assert 'w:val="de-DE"' in docx.read("word/styles.xml").decode()
    with qtbot.waitSignal(editor.documents.document_ready, timeout=30_000) as pdf:
        editor.documents.save_to(tmp_path / "Konzept")
    assert pdf.args[0] == tmp_path / "Konzept.pdf"
    assert (tmp_path / "Konzept.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved as" in ui.save_state_label.text() or "Gespeichert" in ui.save_state_label.text()

    # A folder that cannot be written: a clear message, nothing else lost.
    seen: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    on_modal(read_and_close)
    with qtbot.waitSignal(editor.documents.document_ready, timeout=30_000) as failed:
        editor.documents.save_to(_unwritable(tmp_path) / "konzept.pdf")
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    assert isinstance(failed.args[0], OSError)
    assert "Bitte wählen Sie einen anderen Ordner" in seen[0]
    assert "Druckprobe Weißenborn" in editor.text_edit.toPlainText()


def test_a_district_without_concept_has_nothing_to_print(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    workspace = Workspace.open(data_dir)
    workspace.districts.create(DistrictData(name="Wittmund", state=FederalState.NIEDERSACHSEN))
    workspace.close()
    window = open_window()
    editor = window.concept_page
    assert isinstance(editor, ConceptEditor)
    window.show_view("concept")
    qtbot.waitUntil(lambda: editor.district_id is not None and not window.tasks.busy, timeout=10_000)
    assert not editor.documents.action_print.isEnabled()
    assert not editor.ui.print_button.isEnabled()


def test_the_map_prints_and_saves_with_every_name_drawn(
    qtbot: QtBot, data_dir: Path, open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    workspace = Workspace.open(data_dir, author="Test")
    district = workspace.districts.create(
        DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN)
    )
    sectors = list(Sector)
    for number, name in enumerate(NAMES.values()):
        workspace.stakeholders.create_actor(
            district,
            ActorData(name, ActorKind.ORGANISATION, sectors[number % 5], influence=number % 4, interest=3),
        )
    workspace.close()
    window = open_window()
    window.show_view("stakeholders")
    widget = window.stakeholders_page
    assert isinstance(widget, StakeholdersWidget)
    panel = widget.sector_panel
    qtbot.waitUntil(lambda: len(panel.scene.nodes) == len(NAMES) and not window.tasks.busy, timeout=20_000)

    panel.action_print.trigger()
    preview = panel.preview
    assert isinstance(preview, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.page_count == 1, timeout=20_000)
    assert preview.suggested_name == "akteurslandkarte_landkreis-goslar.pdf"
    # Every character drawn with a real glyph (glyph 0 is the box), in the fonts that carry it.
    glyphs = glyph_ids_drawn(preview.pdf)
    assert glyphs and 0 not in glyphs
    with as_file(preview.pdf) as printed_map:
        fonts = subprocess.run(
            ["pdffonts", str(printed_map)], check=True, capture_output=True, text=True
        ).stdout
    for family in (
        "NotoSans-Regular",
        "NotoSansArabic",
        "NotoSansEthiopic",
        "NotoSansArmenian",
        "NotoSansGeorgian",
    ):
        assert family in fonts
    # Every name as the map shows it (long ones end in "…") is in the PDF's text in logical order
    # — except Pashto and Kurdish Sorani: Qt's PDF writer maps back to text only glyphs that have a
    # Unicode code point, and their joined forms of ګ ښ ە ێ have none (the letters are drawn, as
    # checked above; the SVG carries them as text).
    text = pdf_text(preview.pdf)
    picture = panel.picture()
    shown = {
        key: normalised(node.placement.text if node.placement is not None else node.label).removesuffix("...")
        for key, name in NAMES.items()
        for node in picture.nodes
        if node.actor.name == name
    }
    assert len(shown) == len(NAMES)
    for key, label in shown.items():
        if key not in ("pashto", "sorani"):
            assert label.strip() in text, key
    preview.close()

    # Pictures under their suggested name; a folder that cannot be written is said on the map.
    assert panel.file_name(".png") == "akteurslandkarte_landkreis-goslar.png"
    for suffix in (".png", ".svg", ".pdf"):
        with qtbot.waitSignal(panel.saved, timeout=10_000) as saved:
            panel.export_to(tmp_path / f"karte{suffix}")
        assert saved.args[0] == tmp_path / f"karte{suffix}"
        assert (tmp_path / f"karte{suffix}").stat().st_size > 1000
    svg_words = {
        normalised(html.unescape(word))
        for found in re.findall(r"<text[^>]*>([^<]*)</text>", (tmp_path / "karte.svg").read_text("utf-8"))
        for word in found.split()
    }
    for key, label in shown.items():
        assert set(label.split()) - {"…", "..."} <= svg_words | {w + "..." for w in svg_words} or all(
            any(w.startswith(part.removesuffix("...")) for w in svg_words) for part in label.split()
        ), key
    with qtbot.waitSignal(panel.saved, timeout=10_000) as failed:
        panel.export_to(_unwritable(tmp_path) / "karte.png")
    assert isinstance(failed.args[0], OSError)
    assert "Bitte wählen Sie einen anderen Ordner" in panel.message.text()
    assert panel.message.isVisible() or not panel.isVisible()
