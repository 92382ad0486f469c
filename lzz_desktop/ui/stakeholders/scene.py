"""The map scene shared by the sector map, the influence/interest grid, the network view and
the snapshot comparison: its items (``items``), where the names go, dragging and selection. The
pictures of a map are drawn by ``lzz_desktop.reports.map.picture`` with the same painting code."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from lzz_desktop.records.stakeholders import MapData, Point
from lzz_desktop.reports.map.background import legend_origin
from lzz_desktop.reports.map.labels import name_obstacles, name_spot, numbered_key, place_names
from lzz_desktop.reports.map.style import BACKGROUND, Highlights, MapMode, MapStyle
from lzz_desktop.ui.stakeholders.items import (
    BackgroundItem,
    EdgeLayer,
    LabelLayer,
    LegendItem,
    NodeItem,
    NodeLayer,
)


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
        self.setBackgroundBrush(BACKGROUND)
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
        self.map_style.fit_to(len(data.actors), highlights)
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
        self._place_legend()  # the legend's column, however tall the key below it grows
        legend_at = self.legend.pos() if self.legend is not None else None
        spots = [
            name_spot(i, n.pos().x(), n.pos().y(), n.radius, n.actor.influence) for i, n in self.nodes.items()
        ]
        names = {i: n.label for i, n in self.nodes.items()}
        placements = place_names(style, spots, names, name_obstacles(style, legend_at))
        for actor_id, node in self.nodes.items():
            node.placement = placements.get(actor_id)
            node.update_geometry()
            node.update()
        style.key = numbered_key(placements.values())
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
        centres = [(n.pos().x(), n.pos().y()) for n in self.nodes.values()]
        self.legend.setPos(legend_origin(self.mode, centres))

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
