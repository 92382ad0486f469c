"""A view on a map scene: zoom with the wheel or buttons, pan by dragging the background, fit to
window, and (in connect mode) drag from one actor to another to create a relationship."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsView, QWidget

from lzz_desktop.reports.map.background import legend_rect, paint_legend
from lzz_desktop.ui.stakeholders.items import NodeItem
from lzz_desktop.ui.stakeholders.scene import MapScene

ZOOM_STEP = 1.2


class MapView(QGraphicsView):
    relationship_dragged = Signal(str, str)  # source actor id, target actor id
    escape_pressed = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.map_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        # full repaints keep the legend overlay in place while panning
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.auto_fit = True
        self.show_legend = True
        scene.positions_changed.connect(self._positions_changed)
        self.connect_mode = False
        self._drag_source: NodeItem | None = None
        self._drag_line: QGraphicsLineItem | None = None
        self._corner: QWidget | None = None

    # --- zoom and fit ------------------------------------------------------------------------
    def legend_width(self) -> float:
        if not self.show_legend or not self.map_scene.nodes:
            return 0.0
        return legend_rect(self.map_scene.map_style, self.legend_scale()).width() + 16

    def legend_scale(self) -> float:
        """On the desk the legend is small type in a corner; in the room (presentation) it is
        as large as the screen allows — most of its height, at most a third of its width."""
        style = self.map_scene.map_style
        unit = legend_rect(style, 1.0)
        height = max(1, self.viewport().height() - 16)
        fits = min(0.92 * height / unit.height(), 0.3 * self.viewport().width() / unit.width())
        if style.text_scale > 1:
            return max(0.3, fits)
        return min(0.3, fits)

    def fit(self) -> None:
        """The whole map in view, beside the legend."""
        self.auto_fit = True
        rect = self.map_scene.content_rect()
        legend = self.legend_width()
        width = self.viewport().width() - legend
        height = self.viewport().height()
        if rect.isEmpty() or width <= 10 or height <= 10:
            return
        scale = min(width / rect.width(), height / rect.height())
        # widen the area the view may show by the legend's width, so the map sits left of it
        area = rect.adjusted(0, 0, legend / scale, 0)
        self.setSceneRect(area)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(area.center())

    def _positions_changed(self, _moved: object) -> None:
        self.update_area()

    def update_area(self) -> None:
        """What the view may scroll over: the map and, beside it, room for the legend."""
        rect = self.map_scene.content_rect()
        scale = self.transform().m11() or 1.0
        self.setSceneRect(rect.adjusted(0, 0, self.legend_width() / scale, 0))

    def zoom(self, factor: float) -> None:
        self.auto_fit = False
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(ZOOM_STEP**steps)
        event.accept()

    def set_corner(self, widget: QWidget) -> None:
        """``widget`` (the zoom buttons) floats in the view's bottom right corner, always in sight."""
        widget.setParent(self)
        self._corner = widget
        self._place_corner()
        widget.show()

    def _place_corner(self) -> None:
        if self._corner is None:
            return
        self._corner.adjustSize()
        area = self.viewport().geometry()
        size = self._corner.sizeHint()
        self._corner.move(area.right() - size.width() - 6, area.bottom() - size.height() - 6)
        self._corner.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_corner()
        if self.auto_fit:
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
            return
        if event.key() == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
            return
        super().keyPressEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """The legend stays in the top right corner at a readable size, whatever the zoom."""
        super().drawForeground(painter, rect)
        if not self.show_legend or not self.map_scene.nodes:
            return
        style = self.map_scene.map_style
        scale = self.legend_scale()
        box = legend_rect(style, scale)
        painter.save()
        painter.resetTransform()
        painter.translate(self.viewport().width() - box.width() - 8, 8)
        paint_legend(painter, style, scale)
        painter.restore()

    # --- connect by dragging -----------------------------------------------------------------
    def set_connect_mode(self, on: bool) -> None:
        self.connect_mode = on
        self.setDragMode(QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.connect_mode and event.button() == Qt.MouseButton.LeftButton:
            pos = self.mapToScene(event.position().toPoint())
            node = self.map_scene.node_at(pos)
            if node is not None:
                self._drag_source = node
                pen = QPen(QColor("#1f5f8b"), 3, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                self._drag_line = self.map_scene.addLine(QLineF(node.pos(), pos), pen)
                self._drag_line.setZValue(10)
                event.accept()
                return
        if (
            event.button() != Qt.MouseButton.LeftButton
            or self.map_scene.node_at(self.mapToScene(event.position().toPoint())) is None
        ):
            self.auto_fit = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_line is not None and self._drag_source is not None:
            pos = self.mapToScene(event.position().toPoint())
            self._drag_line.setLine(QLineF(self._drag_source.pos(), QPointF(pos)))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_line is not None and self._drag_source is not None:
            target = self.map_scene.node_at(self.mapToScene(event.position().toPoint()))
            self.map_scene.removeItem(self._drag_line)
            source = self._drag_source
            self._drag_line = None
            self._drag_source = None
            event.accept()
            if target is not None:
                self.relationship_dragged.emit(source.actor.id, target.actor.id)
            return
        super().mouseReleaseEvent(event)
