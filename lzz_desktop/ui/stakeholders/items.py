"""The items of the window's map: actors that can be dragged, selected and hovered, the batched
relationship lines, the background and the legend, and the layers of crowded maps. They paint
with the functions of ``lzz_desktop.reports.map``, which also draw the exported pictures, so the
window and the files show the same map.

Speed with thousands of actors: all relationship lines are one item drawn in a few batched
``drawLines`` calls, recomputed only when a node moves; labels are left out while they would be
unreadable (level of detail); nothing is recomputed per frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from lzz_desktop.labels import sector_label
from lzz_desktop.records.stakeholders import ActorInfo, RelationshipInfo
from lzz_desktop.reports.map.background import (
    background_obstacles,
    background_rect,
    legend_rect,
    paint_background,
    paint_legend,
)
from lzz_desktop.reports.map.labels import Placement
from lzz_desktop.reports.map.painting import (
    EdgeBatches,
    NodePaths,
    batch_edges,
    is_dense_edges,
    label_box,
    level_of_detail,
    node_bounds,
    node_paths,
    paint_edges,
    paint_node,
    paint_node_paths,
    paint_plain_names,
    paint_selection_rings,
)
from lzz_desktop.reports.map.style import Highlights, MapStyle, node_radius
from lzz_desktop.ui.stakeholders.texts import attitude_text

if TYPE_CHECKING:
    from lzz_desktop.ui.stakeholders.scene import MapScene

# Crowded maps keep their lines and nodes as one picture each, drawn once and scaled for every pan
# and zoom frame; labels and the node being dragged are drawn live on top.
LAYER_CACHE_PX = 2400
LIVE_LABEL_LOD = 1.6  # closer than this, few labels are in view and they are drawn live


def _map_scene(scene: QGraphicsScene | None) -> MapScene | None:
    from lzz_desktop.ui.stakeholders.scene import MapScene

    return scene if isinstance(scene, MapScene) else None


def tooltip(actor: ActorInfo) -> str:
    lines = [actor.public_name, sector_label(actor.sector)]
    if actor.role and actor.role not in actor.public_name:
        lines.append(actor.role)
    lines.append(
        QCoreApplication.translate(
            "Stakeholders", "Influence {influence} · Attitude {attitude} · Interest {interest}"
        ).format(influence=actor.influence, attitude=attitude_text(actor.attitude), interest=actor.interest)
    )
    return "\n".join(lines)


class PictureCache:
    """A layer's drawing as a pixmap, made once and scaled for every pan and zoom frame; after
    zooming stops (the scene's refine timer), it is redrawn at the new scale."""

    def __init__(self) -> None:
        self.pixmap: QPixmap | None = None
        self.scale = 0.0
        self.wanted = 0.0

    def drop(self) -> None:
        self.pixmap = None

    def paint(
        self,
        painter: QPainter,
        bounds: QRectF,
        draw: Callable[[QPainter], None],
        scene: QGraphicsScene | None,
    ) -> None:
        if bounds.isEmpty():
            return
        best = min(level_of_detail(painter), LAYER_CACHE_PX / max(bounds.width(), bounds.height()))
        self.wanted = best
        if self.pixmap is None:
            self.render(bounds, draw, best)
        elif abs(best - self.scale) > 0.25 * best:
            map_scene = _map_scene(scene)
            if map_scene is not None:
                map_scene.request_refine()
        assert self.pixmap is not None
        painter.drawPixmap(bounds, self.pixmap, QRectF(self.pixmap.rect()))

    def refine(self, bounds: QRectF, draw: Callable[[QPainter], None]) -> bool:
        if self.pixmap is None or abs(self.wanted - self.scale) <= 0.25 * self.wanted:
            return False
        self.render(bounds, draw, self.wanted)
        return True

    def render(self, bounds: QRectF, draw: Callable[[QPainter], None], scale: float) -> None:
        pixmap = QPixmap(
            max(1, math.ceil(bounds.width() * scale)), max(1, math.ceil(bounds.height() * scale))
        )
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.scale(scale, scale)
            painter.translate(-bounds.left(), -bounds.top())
            draw(painter)
        finally:
            painter.end()
        self.pixmap, self.scale = pixmap, scale


class NodeItem(QGraphicsItem):
    """An actor: coloured by sector, sized by influence, its border and sign showing attitude."""

    def __init__(self, actor: ActorInfo, style: MapStyle, highlight: str | None, note: str) -> None:
        super().__init__()
        self.actor = actor
        self.style_ = style
        self.highlight = highlight
        self.radius = node_radius(actor) * style.node_scale
        self.label = actor.public_name
        self.note = note
        # Where the name goes, relative to the node (set by the scene's label placement; until
        # then below the node).
        self.placement: Placement | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        if style.movable:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            if not style.dense:  # hundreds of item cursors cost more than they tell (the view shows one)
                self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(3 if highlight else 2)
        if style.dense:
            # drawn by the NodeLayer; the item stays for dragging, selection and tooltips
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setToolTip(tooltip(actor))
        self._bounds = QRectF()
        self.update_geometry()

    def update_geometry(self) -> None:
        self.prepareGeometryChange()
        self._bounds = node_bounds(self.style_, self.radius, self.label_box())

    def label_box(self) -> QRectF | None:
        """The name's rectangle relative to the node, or None when it shows a number instead."""
        p = self.pos()
        return label_box(self.placement, p.x(), p.y())

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 4, self.radius + 4)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_node(
            painter,
            self.style_,
            self.actor,
            self.radius,
            highlight=self.highlight,
            selected=self.isSelected(),
            label=self.label,
            note=self.note,
            placement=self.placement,
            name_box=self.label_box(),
        )

    # No itemChange override: Qt calls it for every flag, tooltip and position change of every
    # node (about 16 calls a node while a map is built, 23,000 on opening a 1,500-actor map), each a
    # trip into Python. A drag is the only move the map reacts to, so the drag reports it.
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)  # moves this node and every other selected one
        scene = _map_scene(self.scene())
        if scene is not None:
            for item in {self, *scene.selectedItems()}:
                if isinstance(item, NodeItem) and item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
                    scene.node_moved(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = _map_scene(self.scene())
        if scene is not None:
            scene.drag_finished()


class EdgeLayer(QGraphicsItem):
    """Every relationship line of the map in one item, batched by style."""

    def __init__(
        self, nodes: dict[str, NodeItem], relationships: list[RelationshipInfo], highlights: Highlights
    ) -> None:
        super().__init__()
        self.nodes = nodes
        self.dense = is_dense_edges(relationships)
        self.cache = PictureCache()
        self.relationships = relationships
        self.highlights = highlights
        self.setZValue(1)
        self._edges = EdgeBatches({}, {}, QRectF(), self.dense)
        self.invalidate()

    def invalidate(self) -> None:
        self.prepareGeometryChange()
        spots = {i: (n.pos(), n.radius) for i, n in self.nodes.items()}
        self._edges = batch_edges(self.relationships, spots, self.highlights)
        self.cache.drop()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._edges.rect()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.dense:
            self.cache.paint(painter, self.boundingRect(), self.draw, self.scene())
        else:
            self.draw(painter)

    def refine(self) -> None:
        if self.dense and self.cache.refine(self.boundingRect(), self.draw):
            self.update()

    def draw(self, painter: QPainter) -> None:
        paint_edges(painter, self._edges)


class BackgroundItem(QGraphicsItem):
    """Sector segments and rings, or the four quadrants of the grid, and the map's title."""

    def __init__(self, style: MapStyle, title: str) -> None:
        super().__init__()
        self.style_ = style
        self.title = title
        self.setZValue(0)

    def restyle(self) -> None:
        """The text size changed (presentation), and with it the room the names need."""
        self.prepareGeometryChange()

    def boundingRect(self) -> QRectF:
        return background_rect(self.style_, self.title)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_background(painter, self.style_, self.title)

    def obstacles(self) -> list[QRectF]:
        """Where the background writes (ring, sector and quadrant names, axes): no actor's name
        goes there."""
        return background_obstacles(self.style_)


class LegendItem(QGraphicsItem):
    """The legend inside the scene, for pictures of it (the view draws its own on top)."""

    def __init__(self, style: MapStyle) -> None:
        super().__init__()
        self.style_ = style
        self.setZValue(4)

    def boundingRect(self) -> QRectF:
        return legend_rect(self.style_, self.style_.text_scale)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_legend(painter, self.style_, self.style_.text_scale)


class NodeLayer(QGraphicsItem):
    """All nodes of a crowded map, drawn as a few paths (one per sector, shape and attitude)."""

    def __init__(self, nodes: dict[str, NodeItem], style: MapStyle) -> None:
        super().__init__()
        self.nodes = nodes
        self.style_ = style
        self.setZValue(2)
        self.cache = PictureCache()
        self._paths: NodePaths = {}
        self._bounds = QRectF()
        self.invalidate()

    def invalidate(self) -> None:
        self.prepareGeometryChange()
        self._paths, self._bounds = node_paths((n.actor, n.pos(), n.radius) for n in self.nodes.values())
        self.cache.drop()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-10, -10, 10, 10)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.cache.paint(painter, self.boundingRect(), self.draw, self.scene())

    def refine(self) -> None:
        if self.cache.refine(self.boundingRect(), self.draw):
            self.update()

    def draw(self, painter: QPainter) -> None:
        paint_node_paths(painter, self._paths)


class LabelLayer(QGraphicsItem):
    """Names on a crowded map: only once zoomed in, only for the nodes in view."""

    def __init__(self, nodes: dict[str, NodeItem], style: MapStyle, bounds: QRectF) -> None:
        super().__init__()
        self.nodes = nodes
        self.style_ = style
        self._bounds = bounds
        self._texts: dict[str, tuple[str, float]] = {}  # actor id → elided label and its width
        self._text_px = 0.0
        self.cache = PictureCache()
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-200, -60, 200, 120)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = level_of_detail(painter)
        selected = [(n.pos(), n.radius) for n in self.nodes.values() if n.isSelected()]
        if selected:
            paint_selection_rings(painter, selected)
        if not self.style_.labels_visible(lod):
            return
        if lod <= LIVE_LABEL_LOD:
            # many labels in view: draw them once into a picture (sharp enough at this scale)
            self.cache.paint(painter, self.boundingRect(), self.draw_all, self.scene())
        else:
            self.draw(painter, option.exposedRect)  # type: ignore[attr-defined]

    def refine(self) -> None:
        if self.cache.refine(self.boundingRect(), self.draw_all):
            self.update()

    def draw_all(self, painter: QPainter) -> None:
        self.draw(painter, self.boundingRect())

    def draw(self, painter: QPainter, exposed: QRectF) -> None:
        px = self.style_.label_px()
        if px != self._text_px:
            self._texts, self._text_px = {}, px
        nodes = ((i, n.label, n.pos(), n.radius) for i, n in self.nodes.items())
        paint_plain_names(painter, self.style_, nodes, exposed, self._texts)
