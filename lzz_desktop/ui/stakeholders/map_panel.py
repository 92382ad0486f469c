"""One map tab: a toolbar and a view on a map scene; and the full-screen presentation window."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lzz_desktop.domain.enums import RelationshipKind
from lzz_desktop.records.stakeholders import MapData, Point
from lzz_desktop.reports.map.picture import MapPicture, build_picture, map_file_name, pdf_bytes, write_picture
from lzz_desktop.reports.map.style import Highlights, MapMode
from lzz_desktop.ui.icons import icon
from lzz_desktop.ui.messages import write_error_text
from lzz_desktop.ui.stakeholders.scene import MapScene
from lzz_desktop.ui.stakeholders.texts import relationship_kind_label
from lzz_desktop.ui.stakeholders.view import MapView
from lzz_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lzz_desktop.ui.pdf_preview import PdfPreviewDialog


class PresentationWindow(QWidget):
    """The map full screen with large type, for a projector. Esc closes it."""

    closed = Signal()

    def __init__(self, scene: MapScene) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presentation"))
        self.scene = scene
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = MapView(scene, self)
        layout.addWidget(self.view)
        self.view.escape_pressed.connect(self.close)
        scene.set_presentation(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.scene.set_presentation(False)
        self.closed.emit()
        super().closeEvent(event)


class MapPanel(QWidget):
    relationship_dragged = Signal(str, str, object)  # source id, target id, RelationshipKind
    snapshot_requested = Signal()
    reset_requested = Signal(str)  # map name
    print_requested = Signal()
    saved = Signal(object)  # the picture written, or the OSError

    def set_read_only(self, read_only: bool) -> None:
        """Nothing on this map may be changed (the account's role): drawing relationships, taking
        snapshots and re-arranging are off; looking, presenting and exporting stay."""
        self.scene.map_style.locked = read_only
        for action in (
            self.action_connect,
            getattr(self, "action_snapshot", None),
            getattr(self, "action_reset", None),
        ):
            if action is not None:
                if read_only and action.isCheckable():
                    action.setChecked(False)
                action.setEnabled(not read_only)
        if self.kind_combo is not None:
            self.kind_combo.setEnabled(not read_only)

    def __init__(self, mode: MapMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.scene = MapScene(mode, self)
        self.view = MapView(self.scene, self)
        self.presentation: PresentationWindow | None = None
        self.preview: PdfPreviewDialog | None = None
        self.title = ""
        self._shown: tuple[MapData, dict[str, Point], Highlights | None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)
        self.message = QLabel(self)
        self.message.setProperty("role", "error")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

        tb = self.toolbar
        # most used first: what overflows into the » menu on a small screen is zooming, which
        # the mouse wheel and +/− do as well
        self.action_connect: QAction | None = None
        self.kind_combo: QComboBox | None = None
        if mode is not MapMode.GRID:
            self.action_connect = tb.addAction(icon("connect"), self.tr("Draw relationships"))
            self.action_connect.setCheckable(True)
            self.action_connect.setToolTip(
                self.tr("Drag from one actor to another to create a relationship of the chosen type.")
            )
            self.action_connect.toggled.connect(self.view.set_connect_mode)
            self.kind_combo = QComboBox(self)
            for kind in RelationshipKind:
                self.kind_combo.addItem(relationship_kind_label(kind), kind)
            self.kind_action = tb.addWidget(self.kind_combo)
            tb.addSeparator()
        if mode is MapMode.SECTOR:
            self.action_snapshot = tb.addAction(
                icon("snapshot"), self.tr("Take snapshot"), self.snapshot_requested.emit
            )
        self.action_lines: QAction | None = None
        if mode is MapMode.GRID:
            self.action_lines = tb.addAction(icon("connect"), self.tr("Show relationships"))
            self.action_lines.setCheckable(True)
            self.action_lines.setToolTip(self.tr("Draw the relationship lines across the grid"))
            self.action_lines.toggled.connect(self.scene.set_edges_visible)
        self.action_present = tb.addAction(icon("present"), self.tr("Presentation"), self.present)
        self.action_export = tb.addAction(icon("export"), self.tr("Save as image…"), self.export_interactive)
        self.action_print = tb.addAction(icon("print"), self.tr("Print…"), self.print_requested.emit)
        self.action_print.setToolTip(self.tr("Print preview of the map with title and legend"))
        if mode is not MapMode.GRID:
            tb.addSeparator()
            self.action_reset = tb.addAction(
                icon("refresh"), self.tr("Automatic layout"), lambda: self.reset_requested.emit(mode.value)
            )
        # Zoom and fit float in the map's corner: in the toolbar they hid behind its » menu.
        self.action_fit = QAction(icon("fit"), self.tr("Fit to window"), self)
        self.action_fit.triggered.connect(self.view.fit)
        self.action_zoom_in = QAction(icon("zoom_in"), self.tr("Zoom in"), self)
        self.action_zoom_in.triggered.connect(lambda: self.view.zoom(1.25))
        self.action_zoom_out = QAction(icon("zoom_out"), self.tr("Zoom out"), self)
        self.action_zoom_out.triggered.connect(lambda: self.view.zoom(0.8))
        corner = QWidget()
        corner.setObjectName("map_zoom")
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 0)
        corner_layout.setSpacing(2)
        for action in (self.action_zoom_out, self.action_zoom_in, self.action_fit):
            button = QToolButton(corner)
            button.setDefaultAction(action)
            button.setAutoRaise(False)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAccessibleName(action.text())
            button.setToolTip(action.text())
            corner_layout.addWidget(button)
        self.view.set_corner(corner)
        # Tab reads the panel from the top: the relationship type, the map, then its zoom buttons.
        chain: list[QWidget] = [self.kind_combo] if self.kind_combo is not None else []
        chain += [self.view, *corner.findChildren(QToolButton)]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.view.relationship_dragged.connect(self._on_dragged)

    def show_map(
        self, data: MapData, positions: dict[str, Point], title: str, highlights: Highlights | None = None
    ) -> None:
        self.title = title
        self._shown = (data, positions, highlights)
        # the view draws title-less maps with its own legend overlay; pictures get both
        self.scene.show_map(data, positions, highlights, "", legend=False)
        if self.view.auto_fit:
            self.view.fit()
        else:
            self.view.update_area()

    def picture(self) -> MapPicture:
        """The map as it is shown (where actors were dragged to) with title and legend, drawn
        as the district export draws it, for saving or printing."""
        data, positions, highlights = self._shown or (MapData("", "", [], []), {}, None)
        current = {i: (n.pos().x(), n.pos().y()) for i, n in self.scene.nodes.items()}
        return build_picture(
            data,
            {**positions, **current},
            highlights,
            self.mode,
            self.title,
            show_edges=self.scene.map_style.show_edges,
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _on_dragged(self, source_id: str, target_id: str) -> None:
        kind = (
            RelationshipKind(self.kind_combo.currentData())
            if self.kind_combo
            else RelationshipKind.COOPERATION
        )
        self.relationship_dragged.emit(source_id, target_id, kind)

    def present(self) -> None:
        if self.presentation is not None:
            self.presentation.raise_()
            return
        self.presentation = PresentationWindow(self.scene)
        self.presentation.closed.connect(self._presentation_closed)
        self.presentation.showFullScreen()
        self.presentation.view.fit()

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.scene.setSceneRect(self.scene.content_rect())
        if self.view.auto_fit:
            self.view.fit()

    def open_print_preview(self, tasks: TaskRunner) -> PdfPreviewDialog | None:
        """The map's PDF (the one the district export writes) in the print preview, where it
        can be printed or saved."""
        from lzz_desktop.ui.pdf_preview import PdfPreviewDialog

        pdf = pdf_bytes(self.picture(), self.title)
        if self.preview is not None:
            self.preview.close()
        self.preview = PdfPreviewDialog(pdf, self.file_name(".pdf"), self.title, tasks, self)
        self.preview.setModal(False)
        self.preview.show()
        return self.preview

    def file_name(self, suffix: str) -> str:
        """The suggested name of a picture of this map: ``akteurslandkarte_landkreis-goslar.png``."""
        district = self._shown[0].district_name if self._shown is not None else ""
        return map_file_name(district, suffix)

    def export_interactive(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save map as image"),
            self.file_name(".png"),
            self.tr("PNG image (*.png);;SVG graphic (*.svg);;PDF (*.pdf)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """The map with title and legend as PNG, SVG or PDF (by the ending; PNG otherwise), drawn
        by the code the district export uses. A file that cannot be written is said above the map."""
        suffix = path.suffix.lower()
        if suffix not in (".png", ".svg", ".pdf"):
            path = path.with_name(path.name + ".png")
        try:
            write_picture(self.picture(), path, self.title)
        except OSError as exc:
            self.show_message(write_error_text(exc, path))
            self.saved.emit(exc)
            return
        self.show_message("")
        self.saved.emit(path)
