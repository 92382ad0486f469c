"""The map scene shared by the sector map, the influence/interest grid, the network view, the
snapshot comparison and the image exports.

Speed with thousands of actors: all relationship lines are one item drawn in a few batched
``drawLines`` calls, recomputed only when a node moves; labels are left out while they would be
unreadable (level of detail); nothing is recomputed per frame.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from lzz_desktop.domain.enums import ActorKind, RelationshipKind, Sector
from lzz_desktop.records.layout import GRID_SIZE, MAP_RADIUS, RING_BOUNDS, SECTOR_ORDER, sector_angles
from lzz_desktop.records.stakeholders import ActorInfo, MapData, Point, RelationshipInfo
from lzz_desktop.reports.qt_fonts import with_fallbacks
from lzz_desktop.ui.labels import sector_label
from lzz_desktop.ui.stakeholders.placement import Box, NodeSpot, Placement, place_labels
from lzz_desktop.ui.stakeholders.texts import (
    attitude_text,
    quadrant_labels,
    relationship_kind_label,
    ring_labels,
    sector_colour,
)


class MapMode(StrEnum):
    SECTOR = "sector"
    GRID = "grid"
    NETWORK = "network"


ADDED, REMOVED, CHANGED = "added", "removed", "changed"
HIGHLIGHT_COLOURS = {ADDED: QColor("#2e9e44"), REMOVED: QColor("#9aa3ad"), CHANGED: QColor("#f0a202")}
ATTITUDE_COLOURS = {2: "#1b7f3b", 1: "#7cc47f", 0: "#c9ced6", -1: "#f08c4a", -2: "#c62828"}
EDGE_STYLES: dict[RelationshipKind, tuple[str, Qt.PenStyle]] = {
    RelationshipKind.COOPERATION: ("#2f7d4a", Qt.PenStyle.SolidLine),
    RelationshipKind.INFORMATION: ("#6b7785", Qt.PenStyle.DotLine),
    RelationshipKind.FUNDING: ("#a0522d", Qt.PenStyle.DashDotLine),
    RelationshipKind.CONFLICT: ("#c62828", Qt.PenStyle.DashLine),
    RelationshipKind.HIERARCHY: ("#263238", Qt.PenStyle.SolidLine),
}
LABEL_PX = 34.0  # label size in scene units at normal size
DENSE_ACTORS = 150  # from here on, nodes are drawn in batches and labels only when zoomed in
DENSE_EDGES = 800  # from here on, lines are drawn without antialiasing
# Crowded maps keep their lines and nodes as one picture each, drawn once and scaled for every pan
# and zoom frame; labels and the node being dragged are drawn live on top.
LAYER_CACHE_PX = 2400
LIVE_LABEL_LOD = 1.6  # closer than this, few labels are in view and they are drawn live
TEXT_COLOUR = QColor("#1d2733")
MUTED = QColor("#5a6675")


@dataclass
class Highlights:
    """What a snapshot comparison marks: actor id or relationship key → ADDED/REMOVED/CHANGED."""

    actors: dict[str, str] = field(default_factory=dict)
    relationships: dict[tuple[str, str, str], str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # actor id → "Einfluss 2 → 3"


@dataclass
class MapStyle:
    """What the items of one scene share (kept apart from the scene, so that items hold no
    reference to their Qt owner)."""

    mode: MapMode
    text_scale: float = 1.0
    dense: bool = False
    has_highlights: bool = False
    locked: bool = False  # nodes cannot be dragged
    node_scale: float = 1.0  # crowded maps draw smaller nodes and labels
    key: list[tuple[int, str]] = field(default_factory=list)  # numbered nodes whose names did not fit
    show_edges: bool = True  # the grid hides relationship lines unless asked: position is the message

    @property
    def movable(self) -> bool:
        return not self.locked and self.mode is not MapMode.GRID

    def label_px(self) -> float:
        return LABEL_PX * self.text_scale * self.node_scale

    def label_width(self) -> float:
        return 270.0 * self.text_scale * self.node_scale

    def labels_visible(self, lod: float) -> bool:
        """Labels only where they can be read: always on demo-sized maps; on crowded ones once
        zoomed in far enough that they are large and no longer pile up."""
        return lod * self.label_px() >= (13 if self.dense else 6)


def node_radius(actor: ActorInfo) -> float:
    return 22.0 + 7.0 * actor.influence


def _font(px: float, bold: bool = False) -> QFont:
    font = with_fallbacks(QFont())  # names in every script, whatever fonts the system has
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _level_of_detail(painter: QPainter) -> float:
    """How many device pixels one scene unit covers (Qt's levelOfDetailFromTransform)."""
    t = painter.worldTransform()
    return math.sqrt(abs(t.m11() * t.m22() - t.m12() * t.m21()))


def _elide(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


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

    def paint(self, painter: QPainter, bounds: QRectF, draw: Callable[[QPainter], None], scene: Any) -> None:
        if bounds.isEmpty():
            return
        best = min(_level_of_detail(painter), LAYER_CACHE_PX / max(bounds.width(), bounds.height()))
        self.wanted = best
        if self.pixmap is None:
            self.render(bounds, draw, best)
        elif abs(best - self.scale) > 0.25 * best and isinstance(scene, MapScene):
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
        lod = _level_of_detail(painter)
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
            painter.setFont(_font(r * 0.9, bold=True))
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
            painter.setFont(_font(px * 0.8, bold=True))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(placed.number))
            return
        font = _font(px)
        painter.setFont(font)
        painter.setPen(TEXT_COLOUR)
        box = self.label_box()
        if box is None:
            width = self.style_.label_width()
            box = QRectF(-width / 2, r + 4, width, px * 1.3)
            text = _elide(self.label, font, width)
        else:
            text = placed.text if placed is not None else self.label
        # Not clipped to the box: an Arabic or Ethiopic name in its fallback font is taller than
        # the Latin line the box was measured with, and clipping cut its letters in half.
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextDontClip, text)
        if self.note:
            painter.setPen(QColor("#8a5a00"))
            painter.setFont(_font(px * 0.85, bold=True))
            note_box = QRectF(box.center().x() - 200, box.bottom(), 400, px * 1.2)
            painter.drawText(note_box, Qt.AlignmentFlag.AlignHCenter, self.note)

    # No itemChange override: Qt calls it for every flag, tooltip and position change of every
    # node (about 16 calls a node while a map is built, 23,000 on opening a 1,500-actor map), each a
    # trip into Python. A drag is the only move the map reacts to, so the drag reports it.
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)  # moves this node and every other selected one
        scene = self.scene()
        if isinstance(scene, MapScene):
            for item in {self, *scene.selectedItems()}:
                if isinstance(item, NodeItem) and item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
                    scene.node_moved(item)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if isinstance(scene, MapScene):
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
                arrows.setdefault(key, QPainterPath()).addPolygon(_arrow_head(pa, pb, b.radius))
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


def _arrow_head(source: QPointF, target: QPointF, target_radius: float) -> QPolygonF:
    line = QLineF(target, source)
    if line.length() < 1:
        return QPolygonF()
    tip = line.pointAt(min(1.0, (target_radius + 6) / line.length()))
    angle = math.atan2(source.y() - target.y(), source.x() - target.x())
    size = 26.0
    left = QPointF(tip.x() + size * math.cos(angle + 0.4), tip.y() + size * math.sin(angle + 0.4))
    right = QPointF(tip.x() + size * math.cos(angle - 0.4), tip.y() + size * math.sin(angle - 0.4))
    return QPolygonF([tip, left, right])


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
        if self.style_.mode is MapMode.NETWORK and not self.title:
            return QRectF()
        extent = MAP_RADIUS + 340 * self.style_.text_scale
        top = -MAP_RADIUS - (260 if self.title else 60)
        return QRectF(-extent, top, 2 * extent, MAP_RADIUS + 140 * self.style_.text_scale - top)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        scale = self.style_.text_scale
        if self.title:
            painter.setPen(TEXT_COLOUR)
            painter.setFont(_font(54 * scale, bold=True))
            painter.drawText(
                QRectF(-MAP_RADIUS - 250, -MAP_RADIUS - 250, 2 * MAP_RADIUS + 500, 90),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.title,
            )
        if self.style_.mode is MapMode.SECTOR:
            self._paint_sectors(painter, scale)
        elif self.style_.mode is MapMode.GRID:
            self._paint_grid(painter, scale)

    def _paint_sectors(self, painter: QPainter, scale: float) -> None:
        R = MAP_RADIUS
        for sector in SECTOR_ORDER:
            start, end = sector_angles(sector)
            tint = sector_colour(sector)
            tint.setAlpha(34)
            path = QPainterPath(QPointF(0, 0))
            path.arcTo(QRectF(-R, -R, 2 * R, 2 * R), start, end - start)
            path.closeSubpath()
            painter.setPen(QPen(QColor("#ffffff"), 6))
            painter.setBrush(tint)
            painter.drawPath(path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#b9c1cb"), 3, Qt.PenStyle.DashLine))
        for fraction in RING_BOUNDS[1:-1]:
            r = fraction * R
            painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QPen(QColor("#9aa3ad"), 4))
        painter.drawEllipse(QPointF(0, 0), R, R)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QPointF(0, 0), RING_BOUNDS[0] * R, RING_BOUNDS[0] * R)
        for item in self.texts(scale):
            item.draw(painter)

    def _paint_grid(self, painter: QPainter, scale: float) -> None:
        G = GRID_SIZE
        step = 2 * G / 5
        split_x = -G + 3 * step  # "high" is 3 and 4
        split_y = G - 3 * step
        labels = quadrant_labels()
        quadrants = (
            (QRectF(split_x, -G, G - split_x, split_y + G), "#e3f1e6", labels["manage"]),
            (QRectF(-G, -G, split_x + G, split_y + G), "#fdf1dc", labels["satisfy"]),
            (QRectF(split_x, split_y, G - split_x, G - split_y), "#e4eef7", labels["inform"]),
            (QRectF(-G, split_y, split_x + G, G - split_y), "#f0f1f3", labels["monitor"]),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        for rect, colour, _ in quadrants:
            painter.setBrush(QColor(colour))
            painter.drawRect(rect)
        painter.setPen(QPen(QColor("#d0d6dd"), 2, Qt.PenStyle.DotLine))
        for i in range(1, 5):
            painter.drawLine(QPointF(-G + i * step, -G), QPointF(-G + i * step, G))
            painter.drawLine(QPointF(-G, -G + i * step), QPointF(G, -G + i * step))
        painter.setPen(QPen(QColor("#7d8793"), 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(-G, -G, 2 * G, 2 * G))
        painter.drawLine(QPointF(split_x, -G), QPointF(split_x, G))
        painter.drawLine(QPointF(-G, split_y), QPointF(G, split_y))
        for item in self.texts(scale):
            item.draw(painter)
        painter.setFont(_font(38 * scale, bold=True))
        painter.setPen(MUTED)
        painter.save()
        painter.translate(-G - 90, 0)
        painter.rotate(-90)
        painter.drawText(
            QRectF(-G, -60, 2 * G, 60),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("Stakeholders", "Influence →"),
        )
        painter.restore()

    def texts(self, scale: float) -> list[MapText]:
        """The words the background writes (ring, sector and quadrant names, axes), so that the
        actors' names can keep clear of them."""
        if self.style_.mode is MapMode.SECTOR:
            return _sector_texts(scale)
        if self.style_.mode is MapMode.GRID:
            return _grid_texts(scale)
        return []

    def obstacles(self) -> list[QRectF]:
        boxes = [text.tight() for text in self.texts(self.style_.text_scale)]
        if self.style_.mode is MapMode.GRID:  # the rotated "Influence" axis title
            boxes.append(QRectF(-GRID_SIZE - 160, -GRID_SIZE, 80, 2 * GRID_SIZE))
        return boxes


@dataclass(frozen=True)
class MapText:
    box: QRectF
    align: Qt.AlignmentFlag
    font: QFont
    colour: QColor
    text: str

    def draw(self, painter: QPainter) -> None:
        painter.setFont(self.font)
        painter.setPen(self.colour)
        painter.drawText(self.box, self.align, self.text)

    def tight(self) -> QRectF:
        return QFontMetricsF(self.font).boundingRect(self.box, int(self.align.value), self.text)


def _sector_texts(scale: float) -> list[MapText]:
    R = MAP_RADIUS
    # ring names along the 12 o'clock line, sector names outside the circle
    small = _font(26 * scale)
    texts = [
        MapText(
            QRectF(-160, -(RING_BOUNDS[i + 1] * R) + 8, 320, 34 * scale),
            Qt.AlignmentFlag.AlignHCenter,
            small,
            MUTED,
            name,
        )
        for i, name in enumerate(ring_labels())
    ]
    big = _font(44 * scale, bold=True)
    for sector in SECTOR_ORDER:
        start, end = sector_angles(sector)
        mid = math.radians((start + end) / 2)
        x, y = (R + 40) * math.cos(mid), -(R + 60) * math.sin(mid)
        # names beside the circle grow away from it, so they never run under the map
        if math.cos(mid) > 0.5:
            box, align = QRectF(x, y - 60, 1000, 120), Qt.AlignmentFlag.AlignLeft
        elif math.cos(mid) < -0.5:
            box, align = QRectF(x - 1000, y - 60, 1000, 120), Qt.AlignmentFlag.AlignRight
        else:
            box, align = QRectF(x - 500, y - 60, 1000, 120), Qt.AlignmentFlag.AlignHCenter
        texts.append(
            MapText(
                box, align | Qt.AlignmentFlag.AlignVCenter, big, sector_colour(sector), sector_label(sector)
            )
        )
    return texts


def _grid_texts(scale: float) -> list[MapText]:
    G = GRID_SIZE
    step = 2 * G / 5
    split_x = -G + 3 * step
    split_y = G - 3 * step
    labels = quadrant_labels()
    bold = _font(40 * scale, bold=True)
    corner = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
    dark = QColor("#3c4856")
    texts = [
        MapText(
            QRectF(split_x, -G, G - split_x, split_y + G).adjusted(16, 10, -16, -10),
            corner,
            bold,
            dark,
            labels["manage"],
        ),
        MapText(
            QRectF(-G, -G, split_x + G, split_y + G).adjusted(16, 10, -16, -10),
            corner,
            bold,
            dark,
            labels["satisfy"],
        ),
        MapText(
            QRectF(split_x, split_y, G - split_x, G - split_y).adjusted(16, 10, -16, -10),
            corner,
            bold,
            dark,
            labels["inform"],
        ),
        MapText(
            QRectF(-G, split_y, split_x + G, G - split_y).adjusted(16, 10, -16, -10),
            corner,
            bold,
            dark,
            labels["monitor"],
        ),
    ]
    numbers = _font(34 * scale)
    centre = Qt.AlignmentFlag.AlignCenter
    for i in range(5):
        texts.append(MapText(QRectF(-G + i * step, G + 10, step, 44), centre, numbers, MUTED, str(i)))
        texts.append(MapText(QRectF(-G - 70, G - (i + 1) * step, 60, step), centre, numbers, MUTED, str(i)))
    axis = _font(38 * scale, bold=True)
    interest = QCoreApplication.translate("Stakeholders", "Interest →")
    texts.append(MapText(QRectF(-G, G + 56, 2 * G, 60), centre, axis, MUTED, interest))
    return texts


def legend_rect(style: MapStyle, s: float) -> QRectF:
    rows = 1 + len(Sector) + 1 + 3 + 1 + len(RelationshipKind) + (2 if style.has_highlights else 0)
    if style.key:
        rows += 1 + len(style.key)
    return QRectF(0, 0, 720 * s, (rows * 50 + 40) * s)


def paint_legend(painter: QPainter, style: MapStyle, s: float) -> None:
    """The legend with its top left corner at the painter's origin; ``s`` scales it."""
    painter.setPen(QPen(QColor("#dde2e8"), 2))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(legend_rect(style, s), 16, 16)
    y = 20 * s
    row = 50 * s
    x_text = 100 * s

    def text(value: str, bold: bool = False) -> None:
        painter.setPen(TEXT_COLOUR)
        painter.setFont(_font(30 * s, bold))
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip  # names in taller scripts
        painter.drawText(QRectF(x_text, y, 600 * s, row), flags, value)

    painter.setFont(_font(34 * s, True))
    painter.setPen(TEXT_COLOUR)
    painter.drawText(
        QRectF(24 * s, y, 500 * s, row),
        Qt.AlignmentFlag.AlignVCenter,
        QCoreApplication.translate("Stakeholders", "Legend"),
    )
    y += row
    for sector in Sector:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(sector_colour(sector))
        painter.drawEllipse(QPointF(55 * s, y + row / 2), 16 * s, 16 * s)
        text(sector_label(sector))
        y += row
    text(QCoreApplication.translate("Stakeholders", "Size: influence (0–4)"))
    y += row
    painter.setBrush(QColor("#9aa3ad"))
    painter.setPen(QPen(QColor(ATTITUDE_COLOURS[2]), 5 * s))
    painter.drawEllipse(QPointF(55 * s, y + row / 2), 15 * s, 15 * s)
    text(QCoreApplication.translate("Stakeholders", "Border ++/+: supports the process"))
    y += row
    painter.setPen(QPen(QColor(ATTITUDE_COLOURS[-2]), 5 * s))
    painter.drawEllipse(QPointF(55 * s, y + row / 2), 15 * s, 15 * s)
    text(QCoreApplication.translate("Stakeholders", "Border −/−−: sceptical"))
    y += row
    painter.setPen(QPen(QColor("#9aa3ad"), 2))
    painter.drawEllipse(QPointF(55 * s, y + row / 2), 15 * s, 15 * s)
    painter.drawRoundedRect(QRectF(72 * s, y + row / 2 - 8 * s, 16 * s, 16 * s), 4, 4)
    text(QCoreApplication.translate("Stakeholders", "Circle: person, square: organisation"))
    y += row
    text(QCoreApplication.translate("Stakeholders", "Relationships"), bold=True)
    y += row
    for kind in RelationshipKind:
        colour, pen_style = EDGE_STYLES[kind]
        pen = QPen(QColor(colour), 6 * s, pen_style)
        painter.setPen(pen)
        painter.drawLine(QPointF(24 * s, y + row / 2), QPointF(86 * s, y + row / 2))
        text(relationship_kind_label(kind))
        y += row
    if style.has_highlights:
        for key, label in (
            (ADDED, QCoreApplication.translate("Stakeholders", "new since the earlier snapshot")),
            (CHANGED, QCoreApplication.translate("Stakeholders", "changed influence or attitude")),
        ):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(HIGHLIGHT_COLOURS[key])
            painter.drawEllipse(QPointF(55 * s, y + row / 2), 18 * s, 18 * s)
            text(label)
            y += row
    if style.key:
        text(QCoreApplication.translate("Stakeholders", "Numbers on the map"), bold=True)
        y += row
        for number, name in style.key:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TEXT_COLOUR)
            painter.drawEllipse(QPointF(55 * s, y + row / 2), 18 * s, 18 * s)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(_font(22 * s, True))
            painter.drawText(
                QRectF(37 * s, y + row / 2 - 18 * s, 36 * s, 36 * s),
                Qt.AlignmentFlag.AlignCenter,
                str(number),
            )
            text(_elide(name, _font(30 * s), 600 * s))
            y += row


class LegendItem(QGraphicsItem):
    """The legend inside the scene, for exported pictures (the view draws its own on top)."""

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
        lod = _level_of_detail(painter)
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
        font = _font(px)
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
        font = _font(style.label_px())
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
