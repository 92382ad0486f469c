"""Preview of a generated PDF, printing through the system dialog, "Save as PDF…".

The PySide6 wheels of this Qt release ship no QtPdf module, so pages are rendered with PDFium
(pypdfium2) in the background and shown as pictures; printing paints the same renderings at
printer resolution.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from lzz_desktop.fileio import write_bytes
from lzz_desktop.ui.fit import fit_to_screen
from lzz_desktop.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog
from lzz_desktop.ui.messages import write_error_text
from lzz_desktop.ui.tasks import TaskRunner

# PDFium is not thread-safe: one rendering at a time.
_PDFIUM = threading.Lock()
PREVIEW_DPI = 96
PRINT_DPI = 200


def render_pages(pdf: bytes, dpi: int) -> list[tuple[int, int, bytes]]:
    """Every page as (width, height, RGB bytes); runs in a worker thread."""
    pages = []
    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            for index in range(len(document)):
                page = document[index]
                bitmap = page.render(scale=dpi / 72)
                image = bitmap.to_pil().convert("RGB")
                pages.append((image.width, image.height, image.tobytes()))
                page.close()
        finally:
            document.close()
    return pages


def _qimage(width: int, height: int, data: bytes) -> QImage:
    return QImage(data, width, height, width * 3, QImage.Format.Format_RGB888).copy()


class PdfPreviewDialog(QDialog):
    saved = Signal(object)  # the Path written, or the OSError
    pages_shown = Signal(int)

    def __init__(
        self, pdf: bytes, suggested_name: str, title: str, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        """``pdf``: the document's bytes. It stays in memory: a preview of names and notes is
        never left as a file (issue 14); only "Save as PDF" writes one, where the user says."""
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.tasks = tasks
        self.page_count = 0
        self.setWindowTitle(title)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_widget = QWidget(self.scroll_area)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setWidget(self.pages_widget)
        self.ui.preview_layout.replaceWidget(self.ui.viewer_placeholder, self.scroll_area)
        self.ui.viewer_placeholder.hide()
        self.ui.preview_layout.setStretchFactor(self.scroll_area, 1)
        self.ui.preview_error.hide()
        self.ui.preview_state_label.setText(self.tr("Rendering the pages…"))
        self.ui.print_button.clicked.connect(self.print_document)
        self.ui.save_button.clicked.connect(self._choose_target)
        self.ui.button_box.rejected.connect(self.reject)
        fit_to_screen(self, 900, 1000)  # "Print" and "Close" stay on a 1366×768 screen
        self.tasks.run(lambda: render_pages(pdf, PREVIEW_DPI), self._show_pages, self._render_failed)

    def _show_pages(self, pages: list[tuple[int, int, bytes]]) -> None:
        for width, height, data in pages:
            label = QLabel(self.pages_widget)
            label.setPixmap(QPixmap.fromImage(_qimage(width, height, data)))
            label.setProperty("role", "page")
            self.pages_layout.addWidget(label)
        self.page_count = len(pages)
        self.ui.preview_state_label.setText(self.tr("%n page(s)", "", len(pages)))
        self.pages_shown.emit(len(pages))

    def _render_failed(self, exc: Exception) -> None:
        self.ui.preview_error.setText(self.tr("The preview cannot be shown: {error}").format(error=exc))
        self.ui.preview_error.show()

    def _choose_target(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.suggested_name, self.tr("PDF documents (*.pdf)")
        )
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> None:
        """Copy the PDF to ``target`` in the background; problems show under the preview."""
        source = self.pdf
        self.ui.preview_error.hide()
        self.tasks.run(lambda: write_bytes(target, source), self._saved, self._save_failed)

    def _saved(self, target: Path) -> None:
        self.ui.preview_state_label.setText(self.tr("Saved as {path}").format(path=target))
        self.saved.emit(target)

    def _save_failed(self, exc: Exception) -> None:
        text = write_error_text(exc, exc.filename or "") if isinstance(exc, OSError) else str(exc)
        self.ui.preview_error.setText(text)
        self.ui.preview_error.show()
        self.saved.emit(exc)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        pdf = self.pdf
        self.ui.preview_state_label.setText(self.tr("Printing…"))
        self.tasks.run(lambda: render_pages(pdf, PRINT_DPI), lambda pages: self.paint(printer, pages))

    def paint(self, printer: QPrinter, pages: list[tuple[int, int, bytes]]) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            self.ui.preview_error.setText(self.tr("The printer could not be started."))
            self.ui.preview_error.show()
            return
        try:
            for number, (width, height, data) in enumerate(pages):
                if number:
                    printer.newPage()
                image = _qimage(width, height, data)
                target = image.size().scaled(painter.viewport().size(), Qt.AspectRatioMode.KeepAspectRatio)
                # The painter scales into the printer's resolution; a scaled copy of the page at
                # 600–1200 dpi would take seconds and hundreds of megabytes on the GUI thread.
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                painter.drawImage(QRect(QPoint(0, 0), target), image)
        finally:
            painter.end()
        self.ui.preview_state_label.setText(self.tr("%n page(s) sent to the printer", "", len(pages)))
