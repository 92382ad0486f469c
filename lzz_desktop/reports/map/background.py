"""What a map draws behind and beside its actors: the title, the sector wheel with its rings or
the grid's four quadrants with their axes, and the legend (QtGui only, in map coordinates)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from lzz_desktop.domain.enums import RelationshipKind, Sector
from lzz_desktop.records.layout import GRID_SIZE, MAP_RADIUS, RING_BOUNDS, SECTOR_ORDER, sector_angles
from lzz_desktop.reports.map.style import (
    ADDED,
    ATTITUDE_COLOURS,
    CHANGED,
    EDGE_STYLES,
    HIGHLIGHT_COLOURS,
    MUTED,
    TEXT_COLOUR,
    MapMode,
    MapStyle,
    elide,
    map_font,
    sector_colour,
)
from lzz_desktop.reports.map.texts import quadrant_labels, relationship_kind_label, ring_labels, sector_label


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


def background_rect(style: MapStyle, title: str) -> QRectF:
    """What the background paints (an empty rectangle for a network without title)."""
    if style.mode is MapMode.NETWORK and not title:
        return QRectF()
    extent = MAP_RADIUS + 340 * style.text_scale
    top = -MAP_RADIUS - (260 if title else 60)
    return QRectF(-extent, top, 2 * extent, MAP_RADIUS + 140 * style.text_scale - top)


def paint_background(painter: QPainter, style: MapStyle, title: str) -> None:
    """Sector segments and rings, or the four quadrants of the grid, and the map's title."""
    scale = style.text_scale
    if title:
        painter.setPen(TEXT_COLOUR)
        painter.setFont(map_font(54 * scale, bold=True))
        painter.drawText(
            QRectF(-MAP_RADIUS - 250, -MAP_RADIUS - 250, 2 * MAP_RADIUS + 500, 90),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
    if style.mode is MapMode.SECTOR:
        _paint_sectors(painter, scale)
    elif style.mode is MapMode.GRID:
        _paint_grid(painter, scale)


def _paint_sectors(painter: QPainter, scale: float) -> None:
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
    for item in sector_texts(scale):
        item.draw(painter)


def _paint_grid(painter: QPainter, scale: float) -> None:
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
    for item in grid_texts(scale):
        item.draw(painter)
    painter.setFont(map_font(38 * scale, bold=True))
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


def background_texts(style: MapStyle) -> list[MapText]:
    """The words the background writes (ring, sector and quadrant names, axes), so that the
    actors' names can keep clear of them."""
    if style.mode is MapMode.SECTOR:
        return sector_texts(style.text_scale)
    if style.mode is MapMode.GRID:
        return grid_texts(style.text_scale)
    return []


def background_obstacles(style: MapStyle) -> list[QRectF]:
    """Where the background writes: no actor's name goes there."""
    boxes = [text.tight() for text in background_texts(style)]
    if style.mode is MapMode.GRID:  # the rotated "Influence" axis title
        boxes.append(QRectF(-GRID_SIZE - 160, -GRID_SIZE, 80, 2 * GRID_SIZE))
    return boxes


def sector_texts(scale: float) -> list[MapText]:
    R = MAP_RADIUS
    # ring names along the 12 o'clock line, sector names outside the circle
    small = map_font(26 * scale)
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
    big = map_font(44 * scale, bold=True)
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


def grid_texts(scale: float) -> list[MapText]:
    G = GRID_SIZE
    step = 2 * G / 5
    split_x = -G + 3 * step
    split_y = G - 3 * step
    labels = quadrant_labels()
    bold = map_font(40 * scale, bold=True)
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
    numbers = map_font(34 * scale)
    centre = Qt.AlignmentFlag.AlignCenter
    for i in range(5):
        texts.append(MapText(QRectF(-G + i * step, G + 10, step, 44), centre, numbers, MUTED, str(i)))
        texts.append(MapText(QRectF(-G - 70, G - (i + 1) * step, 60, step), centre, numbers, MUTED, str(i)))
    axis = map_font(38 * scale, bold=True)
    interest = QCoreApplication.translate("Stakeholders", "Interest →")
    texts.append(MapText(QRectF(-G, G + 56, 2 * G, 60), centre, axis, MUTED, interest))
    return texts


# --- legend ----------------------------------------------------------------------------------
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
        painter.setFont(map_font(30 * s, bold))
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextDontClip  # names in taller scripts
        painter.drawText(QRectF(x_text, y, 600 * s, row), flags, value)

    painter.setFont(map_font(34 * s, True))
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
            painter.setFont(map_font(22 * s, True))
            painter.drawText(
                QRectF(37 * s, y + row / 2 - 18 * s, 36 * s, 36 * s),
                Qt.AlignmentFlag.AlignCenter,
                str(number),
            )
            text(elide(name, map_font(30 * s), 600 * s))
            y += row


def legend_origin(mode: MapMode, centres: list[tuple[float, float]]) -> QPointF:
    """Where the legend's top left corner goes: right of the wheel or grid, or of the network's
    farthest node."""
    extent = MAP_RADIUS + 60
    if mode is MapMode.NETWORK and centres:
        extent = max(max(abs(x), abs(y)) for x, y in centres) + 120
    return QPointF(extent + (140 if mode is MapMode.SECTOR else 40), -MAP_RADIUS)
