"""The maps' look: modes, colours, sizes, fonts and what a map highlights — shared by the scene's
items, the background and the legend."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from lzz_desktop.domain.enums import RelationshipKind
from lzz_desktop.records.stakeholders import ActorInfo
from lzz_desktop.reports.qt_fonts import with_fallbacks
from lzz_desktop.ui.labels import sector_label
from lzz_desktop.ui.stakeholders.texts import (
    attitude_text,
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


def map_font(px: float, bold: bool = False) -> QFont:
    font = with_fallbacks(QFont())  # names in every script, whatever fonts the system has
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def level_of_detail(painter: QPainter) -> float:
    """How many device pixels one scene unit covers (Qt's levelOfDetailFromTransform)."""
    t = painter.worldTransform()
    return math.sqrt(abs(t.m11() * t.m22() - t.m12() * t.m21()))


def elide(text: str, font: QFont, width: float) -> str:
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
