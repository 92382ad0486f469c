"""What every drawing of a map shares: its modes, colours, sizes, fonts and the highlights of a
snapshot comparison (QtGui only)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from lzz_desktop.domain.enums import RelationshipKind, Sector
from lzz_desktop.records.stakeholders import ActorInfo
from lzz_desktop.reports.qt_fonts import with_fallbacks


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
# Colour-blind-friendly (Okabe–Ito based), dark enough for white text.
SECTOR_COLOURS: dict[Sector, str] = {
    Sector.POLITICS: "#0072b2",
    Sector.ADMINISTRATION: "#7a5195",
    Sector.CIVIL_SOCIETY: "#009e73",
    Sector.MIGRANTS: "#d55e00",
    Sector.BUSINESS: "#b8860b",
}
LABEL_PX = 34.0  # label size in scene units at normal size
DENSE_ACTORS = 150  # from here on, nodes are drawn in batches and labels only when zoomed in
DENSE_EDGES = 800  # from here on, lines are drawn without antialiasing
TEXT_COLOUR = QColor("#1d2733")
MUTED = QColor("#5a6675")
BACKGROUND = QColor("#ffffff")


def sector_colour(sector: Sector) -> QColor:
    return QColor(SECTOR_COLOURS[sector])


@dataclass
class Highlights:
    """What a snapshot comparison marks: actor id or relationship key → ADDED/REMOVED/CHANGED."""

    actors: dict[str, str] = field(default_factory=dict)
    relationships: dict[tuple[str, str, str], str] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)  # actor id → "Einfluss 2 → 3"


@dataclass
class MapStyle:
    """What the parts of one map share (kept apart from the window's scene, so that its items
    hold no reference to their Qt owner)."""

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

    def fit_to(self, actors: int, highlights: Highlights) -> None:
        """Node size and batching for a map of ``actors`` actors."""
        self.has_highlights = bool(highlights.actors or highlights.relationships)
        self.dense = actors > DENSE_ACTORS
        self.node_scale = min(1.0, max(0.3, math.sqrt(DENSE_ACTORS / max(1, actors))))


def node_radius(actor: ActorInfo) -> float:
    return 22.0 + 7.0 * actor.influence


def map_font(px: float, bold: bool = False) -> QFont:
    font = with_fallbacks(QFont())  # names in every script, whatever fonts the system has
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def elide(text: str, font: QFont, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
