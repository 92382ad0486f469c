"""The map's moving parts: actor nodes, the batched relationship lines, the batched node and label
layers of crowded maps, and the picture cache they draw through."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from lzz_desktop.domain.enums import ActorKind, RelationshipKind, Sector
from lzz_desktop.records.stakeholders import ActorInfo, RelationshipInfo
from lzz_desktop.ui.stakeholders.placement import Placement
from lzz_desktop.ui.stakeholders.style import (
    ATTITUDE_COLOURS,
    DENSE_EDGES,
    EDGE_STYLES,
    HIGHLIGHT_COLOURS,
    LAYER_CACHE_PX,
    LIVE_LABEL_LOD,
    REMOVED,
    TEXT_COLOUR,
    Highlights,
    MapStyle,
    elide,
    level_of_detail,
    map_font,
    node_radius,
    tooltip,
)
from lzz_desktop.ui.stakeholders.texts import (
    sector_colour,
)

if TYPE_CHECKING:
    from lzz_desktop.ui.stakeholders.scene import MapScene


class PictureCache:
    """A layer's drawing as a pixmap, made once and scaled for every pan and zoom frame; after
    zooming stops (the scene's refine timer), it is redrawn at the new scale."""

    def __init__(self) -> None:
        self.pixmap: QPixmap | None = None
        self.scale = 0.0
        self.wanted = 0.0

    def drop(self) -> None:
        self.pixmap = None

    def paint(self, painter: QPainter, bounds: QRectF, draw: Callable[[QPainter], None], scene: Any) -> None:
        if bounds.isEmpty():
            return
        best = min(level_of_detail(painter), LAYER_CACHE_PX / max(bounds.width(), bounds.height()))
        self.wanted = best
        if self.pixmap is None:
            self.render(bounds, draw, best)
        elif abs(best - self.scale) > 0.25 * best and _is_map_scene(scene):
            scene.request_refine()
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
        r = self.radius + 10
        label_w = self.style_.label_width()
        bounds = QRectF(-max(r, label_w / 2), -r, max(2 * r, label_w), 2 * r + 2.6 * self.style_.label_px())
        box = self.label_box()
        if box is not None:
            # room for scripts that reach further above and below the line than Latin (Arabic)
            px = self.style_.label_px()
            bounds = bounds.united(box.adjusted(0, -0.5 * px, 0, 1.3 * px))
        self._bounds = bounds

    def label_box(self) -> QRectF | None:
        """The name's rectangle relative to the node, or None when it shows a number instead."""
        placed = self.placement
        if placed is None or placed.box is None:
            return None
        return QRectF(
            placed.box.x - self.pos().x(), placed.box.y - self.pos().y(), placed.box.w, placed.box.h
        )

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), self.radius + 4, self.radius + 4)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = level_of_detail(painter)
        r = self.radius
        if self.highlight:
            colour = QColor(HIGHLIGHT_COLOURS[self.highlight])
            colour.setAlpha(110)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(0, 0), r + 10, r + 10)
        fill = sector_colour(self.actor.sector)
        if self.highlight == REMOVED:
            fill = QColor("#d5d9de")
        border = QPen(QColor(ATTITUDE_COLOURS.get(self.actor.attitude, "#c9ced6")), 6.0)
        if self.highlight == REMOVED:
            border = QPen(QColor("#7d8793"), 3.0, Qt.PenStyle.DashLine)
        if self.isSelected():
            border = QPen(QColor("#111111"), 7.0)
        painter.setPen(border)
        painter.setBrush(fill)
        if self.actor.kind is ActorKind.PERSON:
            painter.drawEllipse(QPointF(0, 0), r, r)
        else:
            painter.drawRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), r * 0.3, r * 0.3)
        if lod * r < 5:
            return
        sign = {2: "++", 1: "+", -1: "−", -2: "−−"}.get(self.actor.attitude, "")
        if sign:
            painter.setPen(QColor("#ffffff"))
            painter.setFont(map_font(r * 0.9, bold=True))
            painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, sign)
        if self.style_.labels_visible(lod):
            self._paint_name(painter)

    def _paint_name(self, painter: QPainter) -> None:
        px = self.style_.label_px()
        r = self.radius
        placed = self.placement
        if placed is not None and placed.number is not None:
            # The name did not fit beside the node: a numbered badge; the key names it.
            badge = QRectF(r * 0.45, -r * 1.05, px * 1.25, px * 1.25)
            painter.setPen(QPen(QColor("#ffffff"), 3.0))
            painter.setBrush(TEXT_COLOUR)
            painter.drawEllipse(badge)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(map_font(px * 0.8, bold=True))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(placed.number))
            return
        font = map_font(px)
        painter.setFont(font)
        painter.setPen(TEXT_COLOUR)
        box = self.label_box()
        if box is None:
            width = self.style_.label_width()
            box = QRectF(-width / 2, r + 4, width, px * 1.3)
            text = elide(self.label, font, width)
        else:
            text = placed.text if placed is not None else self.label
        # Not clipped to the box: an Arabic or Ethiopic name in its fallback font is taller than
        # the Latin line the box was measured with, and clipping cut its letters in half.
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextDontClip, text)
        if self.note:
            painter.setPen(QColor("#8a5a00"))
            painter.setFont(map_font(px * 0.85, bold=True))
            note_box = QRectF(box.center().x() - 200, box.bottom(), 400, px * 1.2)
            painter.drawText(note_box, Qt.AlignmentFlag.AlignHCenter, self.note)

    # No itemChange override: Qt calls it for every flag, tooltip and position change of every
    # node (about 16 calls a node while a map is built, 23,000 on opening a 1,500-actor map), each a
    # trip into Python. A drag is the only move the map reacts to, so the drag reports it.
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)  # moves this node and every other selected one
        scene = self.scene()
        if _is_map_scene(scene):
            for item in {self, *scene.selectedItems()}:
                if isinstance(item, NodeItem) and item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
                    scene.node_moved(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if _is_map_scene(scene):
            scene.drag_finished()


class EdgeLayer(QGraphicsItem):
    """Every relationship line of the map in one item, batched by style."""

    def __init__(
        self, nodes: dict[str, NodeItem], relationships: list[RelationshipInfo], highlights: Highlights
    ) -> None:
        super().__init__()
        self.nodes = nodes
        self.dense = len(relationships) > DENSE_EDGES
        self.cache = PictureCache()
        self.relationships = relationships
        self.highlights = highlights
        self.setZValue(1)
        self._batches: dict[tuple[RelationshipKind, int, str], list[QLineF]] = {}
        self._arrows: dict[tuple[RelationshipKind, int, str], QPainterPath] = {}
        self._bounds = QRectF()
        self.invalidate()

    def invalidate(self) -> None:
        self.prepareGeometryChange()
        nodes = self.nodes
        batches: dict[tuple[RelationshipKind, int, str], list[QLineF]] = {}
        arrows: dict[tuple[RelationshipKind, int, str], QPainterPath] = {}
        xs: list[float] = []
        ys: list[float] = []
        for rel in self.relationships:
            a, b = nodes.get(rel.source_id), nodes.get(rel.target_id)
            if a is None or b is None:
                continue
            pa, pb = a.pos(), b.pos()
            key = (rel.kind, rel.strength, self.highlights.relationships.get(rel.key, ""))
            batches.setdefault(key, []).append(QLineF(pa, pb))
            xs += (pa.x(), pb.x())
            ys += (pa.y(), pb.y())
            if rel.directed or rel.kind is RelationshipKind.HIERARCHY:
                arrows.setdefault(key, QPainterPath()).addPolygon(arrow_head(pa, pb, b.radius))
        self._batches, self._arrows = batches, arrows
        self.cache.drop()
        self._bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)) if xs else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-20, -20, 20, 20)

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
        for (kind, strength, highlight), lines in self._batches.items():
            colour_name, style = EDGE_STYLES[kind]
            # one-pixel lines take the rasteriser's fast path: crowded maps show strength by opacity
            width = 0.0 if self.dense else 0.5 + 0.6 * strength
            if highlight:
                glow = QColor(HIGHLIGHT_COLOURS[highlight])
                glow.setAlpha(140)
                pen = QPen(glow, width + 7)
                pen.setCosmetic(True)
                painter.setPen(pen)
                painter.drawLines(lines)
            colour = QColor(colour_name) if highlight != REMOVED else QColor("#9aa3ad")
            if self.dense:
                # opaque pale lines instead of transparency: blending 6,000 lines is what costs time
                pale = 0.75 - 0.15 * strength
                colour = QColor.fromRgbF(
                    colour.redF() + (1 - colour.redF()) * pale,
                    colour.greenF() + (1 - colour.greenF()) * pale,
                    colour.blueF() + (1 - colour.blueF()) * pale,
                )
            else:
                colour.setAlpha(210)
            pen = QPen(colour, width, style)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines(lines)
            arrows = self._arrows.get((kind, strength, highlight))
            if arrows is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawPath(arrows)


def arrow_head(source: QPointF, target: QPointF, target_radius: float) -> QPolygonF:
    line = QLineF(target, source)
    if line.length() < 1:
        return QPolygonF()
    tip = line.pointAt(min(1.0, (target_radius + 6) / line.length()))
    angle = math.atan2(source.y() - target.y(), source.x() - target.x())
    size = 26.0
    left = QPointF(tip.x() + size * math.cos(angle + 0.4), tip.y() + size * math.sin(angle + 0.4))
    right = QPointF(tip.x() + size * math.cos(angle - 0.4), tip.y() + size * math.sin(angle - 0.4))
    return QPolygonF([tip, left, right])


class NodeLayer(QGraphicsItem):
    """All nodes of a crowded map, drawn as a few paths (one per sector, shape and attitude)."""

    def __init__(self, nodes: dict[str, NodeItem], style: MapStyle) -> None:
        super().__init__()
        self.nodes = nodes
        self.style_ = style
        self.setZValue(2)
        self.cache = PictureCache()
        self._paths: dict[tuple[Sector, bool, int], QPainterPath] = {}
        self._bounds = QRectF()
        self.invalidate()

    def invalidate(self) -> None:
        self.prepareGeometryChange()
        paths: dict[tuple[Sector, bool, int], QPainterPath] = {}
        bounds = QRectF()
        for node in self.nodes.values():
            actor, r, p = node.actor, node.radius, node.pos()
            person = actor.kind is ActorKind.PERSON
            path = paths.setdefault((actor.sector, person, actor.attitude), QPainterPath())
            rect = QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)
            if person:
                path.addEllipse(rect)
            else:
                path.addRoundedRect(rect, r * 0.3, r * 0.3)
            bounds = bounds.united(rect)
        self._paths, self._bounds = paths, bounds
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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for (sector, _person, attitude), path in self._paths.items():
            painter.setPen(QPen(QColor(ATTITUDE_COLOURS.get(attitude, "#c9ced6")), 5.0))
            painter.setBrush(sector_colour(sector))
            painter.drawPath(path)


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
        selected = [n for n in self.nodes.values() if n.isSelected()]
        if selected:
            painter.setPen(QPen(QColor("#111111"), 7.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for node in selected:
                painter.drawEllipse(node.pos(), node.radius + 4, node.radius + 4)
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
        width = self.style_.label_width()
        font = map_font(px)
        if px != self._text_px:
            self._texts, self._text_px = {}, px
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(TEXT_COLOUR)
        for actor_id, node in self.nodes.items():
            p = node.pos()
            if not exposed.contains(p):
                continue
            cached = self._texts.get(actor_id)
            if cached is None:
                text = metrics.elidedText(node.label, Qt.TextElideMode.ElideRight, width)
                cached = self._texts[actor_id] = (text, metrics.horizontalAdvance(text))
            text, text_width = cached
            painter.drawText(
                QPointF(p.x() - text_width / 2, p.y() + node.radius + 4 + metrics.ascent()), text
            )


def _is_map_scene(scene: object) -> TypeGuard[MapScene]:
    from lzz_desktop.ui.stakeholders.scene import MapScene

    return isinstance(scene, MapScene)
