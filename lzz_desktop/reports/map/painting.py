"""Nodes and relationship lines of a map, painted onto any QPainter from plain data. The window's
items and the exported pictures call these functions, so both show the same drawing.

A node is painted with the painter's origin at its centre; lines, batches and layers in map
coordinates.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from lzz_desktop.domain.enums import ActorKind, RelationshipKind, Sector
from lzz_desktop.records.stakeholders import ActorInfo, RelationshipInfo
from lzz_desktop.reports.map.labels import Placement
from lzz_desktop.reports.map.style import (
    ATTITUDE_COLOURS,
    DENSE_EDGES,
    EDGE_STYLES,
    HIGHLIGHT_COLOURS,
    REMOVED,
    TEXT_COLOUR,
    Highlights,
    MapStyle,
    elide,
    map_font,
    sector_colour,
)

EdgeKey = tuple[RelationshipKind, int, str]  # kind, strength, highlight


def level_of_detail(painter: QPainter) -> float:
    """How many device pixels one map unit covers (Qt's levelOfDetailFromTransform)."""
    t = painter.worldTransform()
    return math.sqrt(abs(t.m11() * t.m22() - t.m12() * t.m21()))


# --- nodes -----------------------------------------------------------------------------------
def label_box(placement: Placement | None, x: float, y: float) -> QRectF | None:
    """The name's rectangle relative to the node at (x, y), or None when it shows a number or has
    not been placed."""
    if placement is None or placement.box is None:
        return None
    box = placement.box
    return QRectF(box.x - x, box.y - y, box.w, box.h)


def node_bounds(style: MapStyle, radius: float, name_box: QRectF | None) -> QRectF:
    """What a node paints, relative to its centre."""
    r = radius + 10
    label_w = style.label_width()
    bounds = QRectF(-max(r, label_w / 2), -r, max(2 * r, label_w), 2 * r + 2.6 * style.label_px())
    if name_box is not None:
        # room for scripts that reach further above and below the line than Latin (Arabic)
        px = style.label_px()
        bounds = bounds.united(name_box.adjusted(0, -0.5 * px, 0, 1.3 * px))
    return bounds


def paint_node(
    painter: QPainter,
    style: MapStyle,
    actor: ActorInfo,
    radius: float,
    *,
    highlight: str | None = None,
    selected: bool = False,
    label: str = "",
    note: str = "",
    placement: Placement | None = None,
    name_box: QRectF | None = None,
) -> None:
    """An actor: coloured by sector, sized by influence, its border and sign showing attitude;
    its name beside it (``name_box``), or a numbered badge, when large enough to read."""
    lod = level_of_detail(painter)
    r = radius
    if highlight:
        colour = QColor(HIGHLIGHT_COLOURS[highlight])
        colour.setAlpha(110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(0, 0), r + 10, r + 10)
    fill = sector_colour(actor.sector)
    if highlight == REMOVED:
        fill = QColor("#d5d9de")
    border = QPen(QColor(ATTITUDE_COLOURS.get(actor.attitude, "#c9ced6")), 6.0)
    if highlight == REMOVED:
        border = QPen(QColor("#7d8793"), 3.0, Qt.PenStyle.DashLine)
    if selected:
        border = QPen(QColor("#111111"), 7.0)
    painter.setPen(border)
    painter.setBrush(fill)
    if actor.kind is ActorKind.PERSON:
        painter.drawEllipse(QPointF(0, 0), r, r)
    else:
        painter.drawRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), r * 0.3, r * 0.3)
    if lod * r < 5:
        return
    sign = {2: "++", 1: "+", -1: "−", -2: "−−"}.get(actor.attitude, "")
    if sign:
        painter.setPen(QColor("#ffffff"))
        painter.setFont(map_font(r * 0.9, bold=True))
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, sign)
    if style.labels_visible(lod):
        _paint_name(painter, style, r, label, note, placement, name_box)


def _paint_name(
    painter: QPainter,
    style: MapStyle,
    r: float,
    label: str,
    note: str,
    placed: Placement | None,
    box: QRectF | None,
) -> None:
    px = style.label_px()
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
    if box is None:
        width = style.label_width()
        box = QRectF(-width / 2, r + 4, width, px * 1.3)
        text = elide(label, font, width)
    else:
        text = placed.text if placed is not None else label
    # Not clipped to the box: an Arabic or Ethiopic name in its fallback font is taller than
    # the Latin line the box was measured with, and clipping cut its letters in half.
    painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextDontClip, text)
    if note:
        painter.setPen(QColor("#8a5a00"))
        painter.setFont(map_font(px * 0.85, bold=True))
        note_box = QRectF(box.center().x() - 200, box.bottom(), 400, px * 1.2)
        painter.drawText(note_box, Qt.AlignmentFlag.AlignHCenter, note)


# --- crowded maps: nodes as a few paths, names in one pass ------------------------------------
NodePaths = dict[tuple[Sector, bool, int], QPainterPath]  # sector, person, attitude → shapes


def node_paths(nodes: Iterable[tuple[ActorInfo, QPointF, float]]) -> tuple[NodePaths, QRectF]:
    """The shapes of many nodes (actor, centre, radius), one path per sector, shape and attitude,
    and the rectangle they cover."""
    paths: NodePaths = {}
    bounds = QRectF()
    for actor, p, r in nodes:
        person = actor.kind is ActorKind.PERSON
        path = paths.setdefault((actor.sector, person, actor.attitude), QPainterPath())
        rect = QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)
        if person:
            path.addEllipse(rect)
        else:
            path.addRoundedRect(rect, r * 0.3, r * 0.3)
        bounds = bounds.united(rect)
    return paths, bounds


def paint_node_paths(painter: QPainter, paths: NodePaths) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for (sector, _person, attitude), path in paths.items():
        painter.setPen(QPen(QColor(ATTITUDE_COLOURS.get(attitude, "#c9ced6")), 5.0))
        painter.setBrush(sector_colour(sector))
        painter.drawPath(path)


def paint_selection_rings(painter: QPainter, nodes: Iterable[tuple[QPointF, float]]) -> None:
    """The ring around selected nodes of a crowded map (centre, radius)."""
    painter.setPen(QPen(QColor("#111111"), 7.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for p, r in nodes:
        painter.drawEllipse(p, r + 4, r + 4)


def paint_plain_names(
    painter: QPainter,
    style: MapStyle,
    nodes: Iterable[tuple[str, str, QPointF, float]],
    exposed: QRectF,
    cache: dict[str, tuple[str, float]] | None = None,
) -> None:
    """Names of a crowded map (id, name, centre, radius), each centred below its node, for the
    nodes whose centre is in ``exposed``; ``cache`` keeps elided names and widths between calls
    at one text size."""
    px = style.label_px()
    width = style.label_width()
    font = map_font(px)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(TEXT_COLOUR)
    texts = {} if cache is None else cache
    for actor_id, name, p, radius in nodes:
        if not exposed.contains(p):
            continue
        cached = texts.get(actor_id)
        if cached is None:
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
            cached = texts[actor_id] = (text, metrics.horizontalAdvance(text))
        text, text_width = cached
        painter.drawText(QPointF(p.x() - text_width / 2, p.y() + radius + 4 + metrics.ascent()), text)


# --- relationship lines ----------------------------------------------------------------------
@dataclass
class EdgeBatches:
    """Every line of a map batched by style, with arrow heads, and the rectangle the ends span."""

    lines: dict[EdgeKey, list[QLineF]]
    arrows: dict[EdgeKey, QPainterPath]
    bounds: QRectF
    dense: bool

    def rect(self) -> QRectF:
        """What the lines paint (their ends, widened by the arrow heads and pens)."""
        return self.bounds.adjusted(-20, -20, 20, 20)


def is_dense_edges(relationships: list[RelationshipInfo]) -> bool:
    return len(relationships) > DENSE_EDGES


def batch_edges(
    relationships: list[RelationshipInfo],
    nodes: Mapping[str, tuple[QPointF, float]],
    highlights: Highlights,
) -> EdgeBatches:
    """The lines between the nodes (actor id → centre, radius); lines to a node not on the map
    are left out."""
    batches: dict[EdgeKey, list[QLineF]] = {}
    arrows: dict[EdgeKey, QPainterPath] = {}
    xs: list[float] = []
    ys: list[float] = []
    for rel in relationships:
        a, b = nodes.get(rel.source_id), nodes.get(rel.target_id)
        if a is None or b is None:
            continue
        pa, pb = a[0], b[0]
        key = (rel.kind, rel.strength, highlights.relationships.get(rel.key, ""))
        batches.setdefault(key, []).append(QLineF(pa, pb))
        xs += (pa.x(), pb.x())
        ys += (pa.y(), pb.y())
        if rel.directed or rel.kind is RelationshipKind.HIERARCHY:
            arrows.setdefault(key, QPainterPath()).addPolygon(arrow_head(pa, pb, b[1]))
    bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)) if xs else QRectF()
    return EdgeBatches(batches, arrows, bounds, is_dense_edges(relationships))


def paint_edges(painter: QPainter, edges: EdgeBatches) -> None:
    for (kind, strength, highlight), lines in edges.lines.items():
        colour_name, style = EDGE_STYLES[kind]
        # one-pixel lines take the rasteriser's fast path: crowded maps show strength by opacity
        width = 0.0 if edges.dense else 0.5 + 0.6 * strength
        if highlight:
            glow = QColor(HIGHLIGHT_COLOURS[highlight])
            glow.setAlpha(140)
            pen = QPen(glow, width + 7)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines(lines)
        colour = QColor(colour_name) if highlight != REMOVED else QColor("#9aa3ad")
        if edges.dense:
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
        arrows = edges.arrows.get((kind, strength, highlight))
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
