"""The map scene shared by the sector map, the influence/interest grid, the network view, the
snapshot comparison and the image exports.

Speed with thousands of actors: all relationship lines are one item drawn in a few batched
``drawLines`` calls, recomputed only when a node moves; labels are left out while they would be
unreadable (level of detail); nothing is recomputed per frame. Its parts: ``style`` (look),
``items`` (nodes, lines, layers), ``background`` (wheel, grid, legend).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
)

from lzz_desktop.records.layout import MAP_RADIUS
from lzz_desktop.records.stakeholders import MapData, Point
from lzz_desktop.ui.stakeholders.background import BackgroundItem, LegendItem
from lzz_desktop.ui.stakeholders.items import EdgeLayer, LabelLayer, NodeItem, NodeLayer
from lzz_desktop.ui.stakeholders.placement import Box, NodeSpot, place_labels
from lzz_desktop.ui.stakeholders.style import DENSE_ACTORS, Highlights, MapMode, MapStyle, map_font


class MapScene(QGraphicsScene):
    """One map of a district. ``positions_changed`` carries {actor id: (x, y)} after a drag."""

    positions_changed = Signal(object)

    def __init__(self, mode: MapMode, parent: Any = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.map_style = MapStyle(mode, show_edges=mode is not MapMode.GRID)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: EdgeLayer | None = None
        self.node_layer: NodeLayer | None = None
        self.label_layer: LabelLayer | None = None
        self.legend: LegendItem | None = None
        self._moved: set[str] = set()
        self._refine_timer = QTimer(self)
        self._refine_timer.setSingleShot(True)
        self._refine_timer.setInterval(150)
        self._refine_timer.timeout.connect(self.refine)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    # --- content ---------------------------------------------------------------------------
    def show_map(
        self,
        data: MapData,
        positions: dict[str, Point],
        highlights: Highlights | None = None,
        title: str = "",
        legend: bool = True,
    ) -> None:
        self.clear()
        self.nodes = {}
        self._moved = set()
        highlights = highlights or Highlights()
        self.map_style.has_highlights = bool(highlights.actors or highlights.relationships)
        self.map_style.dense = len(data.actors) > DENSE_ACTORS
        self.map_style.node_scale = min(1.0, max(0.3, math.sqrt(DENSE_ACTORS / max(1, len(data.actors)))))
        self.addItem(BackgroundItem(self.map_style, title))
        for actor in data.actors:
            node = NodeItem(
                actor, self.map_style, highlights.actors.get(actor.id), highlights.notes.get(actor.id, "")
            )
            x, y = positions.get(actor.id, (0.0, 0.0))
            node.setPos(x, y)
            self.addItem(node)
            self.nodes[actor.id] = node
        self.edges = EdgeLayer(self.nodes, data.relationships, highlights)
        self.edges.setVisible(self.map_style.show_edges)
        self.addItem(self.edges)
        self.node_layer = NodeLayer(self.nodes, self.map_style) if self.map_style.dense else None
        self.label_layer = None
        if self.node_layer is not None:
            self.addItem(self.node_layer)
            self.label_layer = LabelLayer(self.nodes, self.map_style, self.node_layer.boundingRect())
            self.addItem(self.label_layer)
        self.legend = None
        if legend:
            self.legend = LegendItem(self.map_style)
            self.addItem(self.legend)
        self.place_labels()
        self._place_legend()
        self.setSceneRect(self.content_rect())

    def place_labels(self) -> None:
        """Put every name where it overlaps no other (crowded maps show names only when zoomed in,
        see LabelLayer); names that fit nowhere become numbers listed in the legend's key."""
        style = self.map_style
        if style.dense or not self.nodes:
            style.key = []
            return
        font = map_font(style.label_px())
        metrics = QFontMetricsF(font)

        def measure(text: str, width: float) -> tuple[str, float]:
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            return shown, metrics.horizontalAdvance(shown) + 2

        spots = [
            NodeSpot(i, n.pos().x(), n.pos().y(), n.radius + 6, n.actor.influence * 100 + n.radius)
            for i, n in self.nodes.items()
        ]
        names = {i: n.label for i, n in self.nodes.items()}
        words = [r for item in self.items() if isinstance(item, BackgroundItem) for r in item.obstacles()]
        if self.legend is not None:
            # The legend's column, however tall the key below it grows.
            self._place_legend()
            legend = self.legend.sceneBoundingRect()
            words.append(QRectF(legend.x(), legend.y(), legend.width(), 4 * MAP_RADIUS))
        obstacles = [Box(r.x(), r.y(), r.width(), r.height()) for r in words]
        placements = place_labels(
            spots, names, measure, style.label_px() * 1.3, style.label_width(), obstacles
        )
        for actor_id, node in self.nodes.items():
            node.placement = placements.get(actor_id)
            node.update_geometry()
            node.update()
        style.key = sorted((p.number, p.text) for p in placements.values() if p.number is not None)
        if self.legend is not None:
            self.legend.prepareGeometryChange()
            self.legend.update()

    def label_boxes(self) -> list[QRectF]:
        """The names' rectangles in scene coordinates (what a test checks for overlaps)."""
        boxes = []
        for node in self.nodes.values():
            box = node.label_box()
            if box is not None:
                boxes.append(box.translated(node.pos()))
        return boxes

    def _place_legend(self) -> None:
        if self.legend is None:
            return
        extent = MAP_RADIUS + 60
        if self.mode is MapMode.NETWORK and self.nodes:
            extent = max(max(abs(n.pos().x()), abs(n.pos().y())) for n in self.nodes.values()) + 120
        self.legend.setPos(extent + (140 if self.mode is MapMode.SECTOR else 40), -MAP_RADIUS)

    def content_rect(self) -> QRectF:
        return self.itemsBoundingRect().adjusted(-40, -40, 40, 40)

    def request_refine(self) -> None:
        """Redraw the cached layers at the new scale once zooming has stopped."""
        self._refine_timer.start()

    def refine(self) -> None:
        if self.edges is not None:
            self.edges.refine()
        if self.node_layer is not None:
            self.node_layer.refine()
        if self.label_layer is not None:
            self.label_layer.refine()

    # --- appearance ------------------------------------------------------------------------
    def set_edges_visible(self, on: bool) -> None:
        self.map_style.show_edges = on
        if self.edges is not None:
            self.edges.setVisible(on)

    def set_presentation(self, on: bool) -> None:
        """Large type for a projector."""
        self.map_style.text_scale = 1.5 if on else 1.0
        self.place_labels()
        for node in self.nodes.values():
            node.update_geometry()
        for item in self.items():
            if isinstance(item, BackgroundItem):
                item.restyle()
            item.update()
        self._place_legend()
        self.setSceneRect(self.content_rect())

    # --- dragging --------------------------------------------------------------------------
    def node_moved(self, node: NodeItem) -> None:
        self._moved.add(node.actor.id)
        if self.map_style.dense:
            node.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
            return
        if self.edges is not None:
            self.edges.invalidate()

    def drag_finished(self) -> None:
        if not self._moved:
            return
        moved = {
            i: (self.nodes[i].pos().x(), self.nodes[i].pos().y()) for i in self._moved if i in self.nodes
        }
        self._moved = set()
        self.place_labels()
        self.setSceneRect(self.content_rect())
        self.positions_changed.emit(moved)

    def node_at(self, pos: QPointF) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem) and item.shape().contains(item.mapFromScene(pos)):
                return item
        return None

    def select_actors(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        for actor_id, node in self.nodes.items():
            node.setSelected(actor_id in wanted)
