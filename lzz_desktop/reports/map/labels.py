"""Where the names go on a map: beside their node, never on top of another name.

The placement itself is pure geometry (``place_labels``), tested without Qt; ``place_names``
measures the names in the map's font and keeps them off the map's own words. Nodes are placed in
order of importance (influence, then size): each name takes the first spot around its node that
touches no name already placed, no other node and none of the map's own words. A name that fits
nowhere — not even shortened — becomes a number on its node, with the full name in the map's key;
the full name is always in the node's tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from lzz_desktop.records.layout import MAP_RADIUS
from lzz_desktop.reports.map.background import background_obstacles, legend_rect
from lzz_desktop.reports.map.style import MapStyle, map_font

GAP = 4.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    def intersects(self, other: Box) -> bool:
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )


@dataclass(frozen=True)
class NodeSpot:
    id: str
    x: float
    y: float
    radius: float
    priority: float  # higher is placed first


@dataclass(frozen=True)
class Placement:
    """A node's name: ``text`` in ``box`` (scene coordinates), or ``number`` when it did not fit."""

    text: str
    box: Box | None
    number: int | None = None


Measure = Callable[[str, float], tuple[str, float]]  # (text, max width) → (elided text, its width)


def _candidates(node: NodeSpot, w: float, h: float) -> list[Box]:
    x, y, r = node.x, node.y, node.radius
    d = r * 0.72  # the corners of the node's disc
    spots = [
        (x - w / 2, y + r + GAP),  # below, centred: where a reader looks first
        (x - w / 2, y - r - GAP - h),  # above
        (x + r + GAP, y - h / 2),  # right
        (x - r - GAP - w, y - h / 2),  # left
        (x + d, y + d),  # below right
        (x - d - w, y + d),  # below left
        (x + d, y - d - h),  # above right
        (x - d - w, y - d - h),  # above left
        (x - w / 2, y + r + GAP + h),  # further below
        (x - w / 2, y - r - GAP - 2 * h),  # further above
    ]
    return [Box(bx, by, w, h) for bx, by in spots]


class _Index:
    """Boxes bucketed on a coarse grid, so a test for overlap looks only at near neighbours (a map
    of 150 actors is placed again after every drag)."""

    CELL = 160.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[str, Box]]] = {}

    def _keys(self, box: Box) -> list[tuple[int, int]]:
        c = self.CELL
        return [
            (i, j)
            for i in range(int(box.x // c), int((box.x + box.w) // c) + 1)
            for j in range(int(box.y // c), int((box.y + box.h) // c) + 1)
        ]

    def add(self, box: Box, owner: str = "") -> None:
        for key in self._keys(box):
            self._cells.setdefault(key, []).append((owner, box))

    def hits(self, box: Box, ignore: str = "") -> bool:
        """Whether ``box`` overlaps a stored box (other than those of ``ignore``)."""
        for key in self._keys(box):
            for owner, other in self._cells.get(key, ()):
                if (not ignore or owner != ignore) and other.intersects(box):
                    return True
        return False


def place_labels(
    nodes: Iterable[NodeSpot],
    names: dict[str, str],
    measure: Measure,
    line_height: float,
    max_width: float,
    obstacles: Iterable[Box] = (),
) -> dict[str, Placement]:
    """A placement for every node: a name that overlaps no other placed name and none of the
    ``obstacles`` (the map's own words), or a number."""
    ordered = sorted(nodes, key=lambda n: (-n.priority, n.id))
    placed = _Index()
    for box in obstacles:
        placed.add(box)
    discs = _Index()
    for n in ordered:
        discs.add(Box(n.x - n.radius, n.y - n.radius, 2 * n.radius, 2 * n.radius), n.id)
    result: dict[str, Placement] = {}
    unplaced: list[NodeSpot] = []
    for node in ordered:
        choice: Placement | None = None
        for width_limit in (max_width, max_width * 0.6):
            text, width = measure(names.get(node.id, ""), width_limit)
            if not text:
                choice = Placement("", None)
                break
            # A name on top of another node is as unreadable as one on another name.
            spot = next(
                (
                    b
                    for b in _candidates(node, width, line_height)
                    if not placed.hits(b) and not discs.hits(b, ignore=node.id)
                ),
                None,
            )
            if spot is not None:
                choice = Placement(text, spot)
                break
        if choice is None:
            unplaced.append(node)
            continue
        if choice.box is not None:
            placed.add(choice.box)
        result[node.id] = choice
    # Numbers in reading order of their nodes (top to bottom, left to right), so the key is easy
    # to follow on the map.
    for number, node in enumerate(sorted(unplaced, key=lambda n: (round(n.y / 40), n.x)), start=1):
        result[node.id] = Placement(names.get(node.id, ""), None, number)
    return result


def overlaps(boxes: list[Box]) -> int:
    """How many pairs of ``boxes`` intersect (for tests and benchmarks)."""
    return sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.intersects(b))


# --- names on a map --------------------------------------------------------------------------
def name_spot(actor_id: str, x: float, y: float, radius: float, influence: int) -> NodeSpot:
    """A node as the placement sees it: the disc a name keeps clear of, the more influential
    placed first."""
    return NodeSpot(actor_id, x, y, radius + 6, influence * 100 + radius)


def name_obstacles(style: MapStyle, legend_at: QPointF | None) -> list[QRectF]:
    """Where no name goes: the background's words and the legend's column, however tall the key
    below it grows."""
    words = background_obstacles(style)
    if legend_at is not None:
        legend = legend_rect(style, style.text_scale).translated(legend_at)
        words.append(QRectF(legend.x(), legend.y(), legend.width(), 4 * MAP_RADIUS))
    return words


def place_names(
    style: MapStyle, spots: list[NodeSpot], names: dict[str, str], obstacles: list[QRectF]
) -> dict[str, Placement]:
    """Every name measured in the map's label font and placed beside its node (see
    ``place_labels``)."""
    metrics = QFontMetricsF(map_font(style.label_px()))

    def measure(text: str, width: float) -> tuple[str, float]:
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return shown, metrics.horizontalAdvance(shown) + 2

    boxes = [Box(r.x(), r.y(), r.width(), r.height()) for r in obstacles]
    return place_labels(spots, names, measure, style.label_px() * 1.3, style.label_width(), boxes)


def numbered_key(placements: Iterable[Placement]) -> list[tuple[int, str]]:
    """The legend's key: the numbers on the map and the names they stand for."""
    return sorted((p.number, p.text) for p in placements if p.number is not None)
