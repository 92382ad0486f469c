"""The window's map and the map's pictures are one drawing: the window's scene (its items paint
with ``lzz_desktop.reports.map``) rendered the way Qt renders a scene, and the picture the district
export writes (``reports.map.picture``, QtGui only), are the same pixels for the same data — the
sector map with title, highlights and numbered names, the grid, the network and a crowded map."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from lzz_desktop.demo.seed import seed_demo
from lzz_desktop.domain.enums import ActorKind, RelationshipKind, Sector
from lzz_desktop.records.layout import grid_layout, network_layout, sector_layout
from lzz_desktop.records.stakeholders import SECTOR_MAP, ActorInfo, MapData, Point, RelationshipInfo
from lzz_desktop.reports.map.picture import build_picture, render_image
from lzz_desktop.reports.map.style import ADDED, CHANGED, REMOVED, Highlights, MapMode
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.ui.stakeholders.scene import MapScene

WIDTH = 1600


@pytest.fixture(scope="module")
def goslar(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MapData]:
    workspace = Workspace.open(Path(tmp_path_factory.mktemp("picture")))
    seed_demo(workspace)
    yield workspace.stakeholder_maps.load(workspace.districts.find("Goslar"))
    workspace.close()


def _scene_image(scene: MapScene, width: int) -> QImage:
    """The scene as a picture of it was drawn before the map's painting moved to reports.map."""
    source = scene.content_rect()
    height = max(1, round(width * source.height() / source.width()))
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio)
    finally:
        painter.end()
    return image


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(h, image.bytesPerLine())
    return rows[:, : w * 4].reshape(h, w, 4)[:, :, :3].astype(int)


def _assert_same(
    qapp: QApplication,
    data: MapData,
    positions: dict[str, Point],
    mode: MapMode,
    highlights: Highlights | None = None,
    title: str = "",
) -> None:
    scene = MapScene(mode)
    scene.show_map(data, positions, highlights, title)
    picture = build_picture(data, positions, highlights, mode, title)
    assert picture.content_rect() == scene.content_rect()
    assert picture.style.key == scene.map_style.key
    window, file = _pixels(_scene_image(scene, WIDTH)), _pixels(render_image(picture, WIDTH))
    assert window.shape == file.shape
    differing = np.abs(window - file).max(axis=2) > 24  # beyond antialiasing noise
    assert differing.mean() < 0.0005, f"{differing.sum()} pixels differ"


def _sector_positions(data: MapData) -> dict[str, Point]:
    default = sector_layout(data.actors)
    return {a.id: data.position(SECTOR_MAP, a.id, default) for a in data.actors}


def test_the_sector_map_with_a_comparison_is_drawn_alike(qapp: QApplication, goslar: MapData) -> None:
    first, second, third = goslar.actors[:3]
    rel = goslar.relationships[0]
    highlights = Highlights(
        actors={first.id: ADDED, second.id: REMOVED, third.id: CHANGED},
        relationships={rel.key: ADDED},
        notes={third.id: "E 2→4"},
    )
    _assert_same(qapp, goslar, _sector_positions(goslar), MapMode.SECTOR, highlights, "Landkreis Goslar")


def test_names_that_do_not_fit_are_numbered_alike(qapp: QApplication, goslar: MapData) -> None:
    # every actor on one spot: most names cannot go beside their node and become numbers
    crowded = {a.id: (float(i % 3) * 30, float(i % 2) * 30) for i, a in enumerate(goslar.actors)}
    _assert_same(qapp, goslar, crowded, MapMode.SECTOR, title="Gedränge")


def test_the_grid_and_the_network_are_drawn_alike(qapp: QApplication, goslar: MapData) -> None:
    _assert_same(qapp, goslar, grid_layout(goslar.actors), MapMode.GRID, title="Raster")
    _assert_same(qapp, goslar, network_layout(goslar.actors, goslar.relationships), MapMode.NETWORK)


def test_a_crowded_map_has_the_same_frame(qapp: QApplication) -> None:
    """Beyond 150 actors the window batches nodes into cached layers; the picture draws the same
    shapes directly. Both frame the map alike."""
    actors = [
        ActorInfo(f"a{i}", f"Akteur {i}", ActorKind.ORGANISATION, list(Sector)[i % 5], influence=i % 5)
        for i in range(200)
    ]
    relationships = [
        RelationshipInfo(f"r{i}", f"a{i}", f"a{(i * 7 + 1) % 200}", list(RelationshipKind)[i % 5])
        for i in range(300)
    ]
    data = MapData("d", "Großkreis", actors, relationships)
    positions = sector_layout(actors)
    scene = MapScene(MapMode.SECTOR)
    scene.show_map(data, positions, None, "Großkreis")
    picture = build_picture(data, positions, None, MapMode.SECTOR, "Großkreis")
    assert scene.map_style.dense and picture.style.dense
    assert picture.content_rect() == scene.content_rect()
    assert dataclasses.asdict(picture.style) == dataclasses.asdict(scene.map_style)
