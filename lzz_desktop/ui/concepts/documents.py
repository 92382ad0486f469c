"""Print preview and "Save as PDF / Word" on the Konzept page.

The documents come from :mod:`lzz_desktop.exporting.concept_files`, the code ``export`` uses, so
the page prints what the district export writes. The current section is saved first (its save
queues on the database worker ahead of the read), so the document holds what is on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from lzz_desktop import APP_NAME
from lzz_desktop.i18n import current_language
from lzz_desktop.ui.messages import unexpected_error_text, write_error_text

if TYPE_CHECKING:
    from lzz_desktop.records.concepts import ConceptView
    from lzz_desktop.ui.concepts.editor import ConceptEditor
    from lzz_desktop.ui.pdf_preview import PdfPreviewDialog

log = logging.getLogger(__name__)


class ConceptDocuments(QObject):
    """The Konzept page's print and "Save as" buttons."""

    document_ready = Signal(object)  # the file written, or the exception
    preview_opened = Signal(object)  # the PdfPreviewDialog

    def __init__(self, editor: ConceptEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.preview: PdfPreviewDialog | None = None
        ui = editor.ui
        self.action_print = QAction(self.tr("Print…"), editor)
        self.action_print.setShortcut(QKeySequence.StandardKey.Print)
        self.action_print.triggered.connect(self.print_preview)
        editor.addAction(self.action_print)
        ui.print_button.clicked.connect(self.print_preview)
        menu = QMenu(ui.export_button)
        self.action_pdf = menu.addAction(self.tr("PDF document…"), lambda: self.save_interactive(".pdf"))
        self.action_docx = menu.addAction(self.tr("Word document…"), lambda: self.save_interactive(".docx"))
        ui.export_button.setMenu(menu)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        """Only a concept that is there can be printed."""
        for widget in (self.editor.ui.print_button, self.editor.ui.export_button, self.action_print):
            widget.setEnabled(enabled)

    # --- building ------------------------------------------------------------------------
    def _build(
        self, suffix: str, target: Path | None, done: Callable[[Path | bytes, ConceptView], None]
    ) -> None:
        """Save the section on screen, read the concept (database worker), render the document
        (another worker) into ``target`` — or, for the preview, into memory only;
        ``done(path or bytes, view)`` on the GUI thread."""
        editor = self.editor
        district_id = editor.district_id
        if district_id is None:
            return
        editor.flush()
        workspace = editor.workspace
        language = current_language()
        author = workspace.author

        def render(view: ConceptView | None) -> tuple[Path | bytes, ConceptView]:
            from lzz_desktop.exporting.concept_files import render_concept
            from lzz_desktop.fileio import write_bytes

            if view is None:
                raise LookupError("no concept")
            data = render_concept(view, suffix, language, author)
            return (data if target is None else write_bytes(target, data)), view

        def loaded(view: ConceptView | None) -> None:
            editor.tasks.run(lambda: render(view), lambda result: done(*result), self._failed)

        editor.ui.save_state_label.setText(self.tr("Preparing the document…"))
        editor.tasks.run_db(lambda: workspace.concepts.load_for_district(district_id), loaded, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.editor.ui.save_state_label.setText("")
        self.document_ready.emit(exc)
        if isinstance(exc, OSError):
            text = write_error_text(exc, exc.filename or "")
        elif isinstance(exc, LookupError):
            text = self.tr("This district has no concept yet.")
        else:
            log.exception("concept document failed", exc_info=exc)
            text = unexpected_error_text(exc)
        QMessageBox.warning(self.editor, APP_NAME, text)

    # --- print preview -------------------------------------------------------------------
    def print_preview(self) -> None:
        """The concept's PDF in the preview, where it can be printed or saved."""
        self._build(".pdf", None, self._show_preview)

    def _show_preview(self, pdf: Path | bytes, view: ConceptView) -> None:
        from lzz_desktop.exporting.concept_files import concept_file_name
        from lzz_desktop.ui.pdf_preview import PdfPreviewDialog

        self.editor.ui.save_state_label.setText("")
        assert isinstance(pdf, bytes)
        self.document_ready.emit(pdf)
        if self.preview is not None:
            self.preview.close()
        self.preview = PdfPreviewDialog(
            pdf, concept_file_name(view, ".pdf"), view.title, self.editor.tasks, self.editor
        )
        self.preview.setModal(False)
        self.preview.show()
        self.preview_opened.emit(self.preview)

    # --- save as -------------------------------------------------------------------------
    def save_interactive(self, suffix: str) -> None:
        view = self.editor.view
        if view is None:
            return
        from lzz_desktop.exporting.concept_files import concept_file_name

        if suffix == ".docx":
            caption, kinds = self.tr("Save concept as Word document"), self.tr("Word documents (*.docx)")
        else:
            caption, kinds = self.tr("Save concept as PDF"), self.tr("PDF documents (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(
            self.editor, caption, concept_file_name(view, suffix), kinds
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the concept to ``path``: Word for ``.docx``, otherwise PDF (a name typed without
        an ending gets ``.pdf``)."""
        suffix = path.suffix.lower()
        if suffix not in (".pdf", ".docx"):
            suffix, path = ".pdf", path.with_name(path.name + ".pdf")
        self._build(suffix, path, self._saved)

    def _saved(self, path: Path | bytes, _view: ConceptView) -> None:
        self.editor.ui.save_state_label.setText(self.tr("Saved as {path}").format(path=path))
        self.document_ready.emit(path)
