"""Maps fit for a projector: on every demo district's sector map and grid, in presentation size,
no name overlaps another name, a node or the map's own words; a name that fits nowhere becomes a
number explained in the legend's key; the grid leaves out relationship lines unless asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from pytestqt.qtbot import QtBot

from lzz_desktop.demo.seed import seed_demo
from lzz_desktop.records.layout import grid_layout, sector_layout
from lzz_desktop.records.stakeholders import SECTOR_MAP, MapData
from lzz_desktop.reports.map.labels import Box, NodeSpot, overlaps, place_labels
from lzz_desktop.reports.map.style import MapMode
from lzz_desktop.services import Workspace
from lzz_desktop.ui.stakeholders.items import BackgroundItem
from lzz_desktop.ui.stakeholders.map_panel import MapPanel
from lzz_desktop.ui.stakeholders.scene import MapScene


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    workspace = Workspace.open(Path(tmp_path_factory.mktemp("maps")))
    seed_demo(workspace)
    yield workspace
    workspace.close()


def _maps(workspace: Workspace) -> list[tuple[str, MapData]]:
    return [(d.name, workspace.stakeholder_maps.load(d.id)) for d in workspace.districts.list()]


def _scene(data: MapData, mode: MapMode) -> MapScene:
    scene = MapScene(mode)
    if mode is MapMode.SECTOR:
        default = sector_layout(data.actors)
        positions = {a.id: data.position(SECTOR_MAP, a.id, default) for a in data.actors}
    else:
        positions = grid_layout(data.actors)
    scene.show_map(data, positions, title=data.district_name)
    scene.set_presentation(True)  # the projector's type size
    return scene


def _pairs(boxes: list[QRectF]) -> list[tuple[int, int]]:
    return [(i, j) for i, a in enumerate(boxes) for j, b in enumerate(boxes) if i < j and a.intersects(b)]


@pytest.mark.parametrize("mode", [MapMode.SECTOR, MapMode.GRID])
def test_no_name_overlaps_another_on_any_demo_map(demo: Workspace, mode: MapMode, qapp: object) -> None:
    for district, data in _maps(demo):
        scene = _scene(data, mode)
        boxes = scene.label_boxes()
        assert _pairs(boxes) == [], f"{district} {mode}: names overlap"
        words = [r for item in scene.items() if isinstance(item, BackgroundItem) for r in item.obstacles()]
        assert scene.legend is not None
        words.append(scene.legend.sceneBoundingRect())
        assert not [b for b in boxes for w in words if b.intersects(w)], f"{district} {mode}: over map words"
        for node in scene.nodes.values():
            disc = QRectF(
                node.pos() - QPointF(node.radius, node.radius), node.pos() + QPointF(node.radius, node.radius)
            )
            own = node.label_box()
            others = [b for b in boxes if own is None or b != own.translated(node.pos())]
            assert not [b for b in others if b.intersects(disc)], f"{district} {mode}: a name on a node"
        # Every actor is named: beside its node, or by a number the legend's key explains.
        numbered = {
            n.placement.number: n.label for n in scene.nodes.values() if n.placement and n.placement.number
        }
        assert len(boxes) + len(numbered) == len(data.actors)
        assert dict(scene.map_style.key) == numbered
        assert len(numbered) <= len(data.actors) // 3, f"{district} {mode}: too few names fit"


def test_names_move_out_of_the_way_after_a_drag(demo: Workspace, qapp: object) -> None:
    _district, data = _maps(demo)[0]
    scene = _scene(data, MapMode.SECTOR)
    first, second = list(scene.nodes.values())[:2]
    second.setPos(first.pos() + QPointF(0, first.radius + 30))  # right where the first one's name was
    scene._moved.add(second.actor.id)
    scene.drag_finished()
    assert _pairs(scene.label_boxes()) == []


def test_the_grid_hides_relationship_lines_until_asked(qtbot: QtBot, demo: Workspace) -> None:
    _district, data = _maps(demo)[0]
    panel = MapPanel(MapMode.GRID)
    qtbot.addWidget(panel)
    panel.show_map(data, grid_layout(data.actors), "Raster")
    assert panel.scene.edges is not None and not panel.scene.edges.isVisible()
    assert panel.action_lines is not None
    panel.action_lines.setChecked(True)
    assert panel.scene.edges.isVisible()
    assert panel.picture().style.show_edges
    sector = MapPanel(MapMode.SECTOR)
    qtbot.addWidget(sector)
    sector.show_map(data, sector_layout(data.actors), "Sektoren")
    assert sector.scene.edges is not None and sector.scene.edges.isVisible()


def test_placement_prefers_below_then_numbers_what_cannot_fit() -> None:
    def measure(text: str, width: float) -> tuple[str, float]:
        return text, min(width, 10.0 * len(text))

    spots = [NodeSpot(str(i), 0.0, 0.0, 10.0, float(-i)) for i in range(12)]  # twelve on one spot
    names = {s.id: f"Name {s.id}" for s in spots}
    result = place_labels(spots, names, measure, 20.0, 200.0)
    placed = [p.box for p in result.values() if p.box is not None]
    assert overlaps([b for b in placed if b is not None]) == 0
    assert result["0"].box == Box(-30.0, 14.0, 60.0, 20.0)  # the most important: centred below
    numbers = sorted(p.number for p in result.values() if p.number is not None)
    assert numbers == list(range(1, len(numbers) + 1)) and numbers
