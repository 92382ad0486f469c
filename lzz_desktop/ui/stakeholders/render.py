"""The sector map as PNG, SVG and PDF. Runs on the GUI thread (or the command line's main thread)
because it builds the same scene the window shows; the data comes from a background read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from lzz_desktop.exporting.slug import slugify
from lzz_desktop.fileio import atomic_path
from lzz_desktop.records.layout import sector_layout
from lzz_desktop.records.stakeholders import SECTOR_MAP, MapData
from lzz_desktop.ui.labels import format_date
from lzz_desktop.ui.stakeholders.scene import MapScene
from lzz_desktop.ui.stakeholders.style import Highlights, MapMode

PNG_WIDTH = 2400


def map_title(data: MapData, when: dt.date | None = None) -> str:
    return QCoreApplication.translate("Stakeholders", "Stakeholder map {district} – as of {date}").format(
        district=data.district_name, date=format_date(when or dt.date.today())
    )


def map_file_name(district_name: str, suffix: str) -> str:
    """``akteurslandkarte_landkreis-goslar.pdf`` (the first word in the UI's language)."""
    stem = QCoreApplication.translate("Stakeholders", "stakeholder-map")
    return f"{stem}_{slugify(district_name)}{suffix}" if district_name else f"{stem}{suffix}"


def build_sector_scene(
    data: MapData, highlights: Highlights | None = None, title: str | None = None
) -> MapScene:
    scene = MapScene(MapMode.SECTOR)
    default = sector_layout(data.actors)
    positions = {a.id: data.position(SECTOR_MAP, a.id, default) for a in data.actors}
    scene.show_map(data, positions, highlights, map_title(data) if title is None else title)
    return scene


def _paint(scene: MapScene, painter: QPainter, target: QRectF) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, scene.content_rect(), Qt.AspectRatioMode.KeepAspectRatio)


def write_png(scene: MapScene, path: Path, width: int = PNG_WIDTH) -> None:
    source = scene.content_rect()
    height = max(1, round(width * source.height() / source.width()))
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        _paint(scene, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    with atomic_path(path) as tmp:
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"cannot write {path}")


def write_svg(scene: MapScene, path: Path, title: str = "") -> None:
    with atomic_path(path) as tmp:
        _write_svg(scene, tmp, title)


def _write_svg(scene: MapScene, path: Path, title: str) -> None:
    source = scene.content_rect()
    width = 1600
    height = round(width * source.height() / source.width())
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        _paint(scene, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
        # PySide6 crashes at interpreter exit if the painter outlives its device's wrapper
        del painter
        del generator
    if not path.stat().st_size:
        raise OSError(f"cannot write {path}")


def write_pdf(scene: MapScene, path: Path, title: str = "") -> None:
    with atomic_path(path) as tmp:
        _write_pdf(scene, tmp, title)


def _write_pdf(scene: MapScene, path: Path, title: str) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("LZZ Desktop")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        _paint(scene, painter, QRectF(0, 0, page.width(), page.height()))
    finally:
        painter.end()
        del painter
        del writer


def write_picture(scene: MapScene, path: Path, title: str = "") -> Path:
    """The map as PNG, SVG or PDF, by the ending of ``path``."""
    suffix = path.suffix.lower()
    if suffix == ".svg":
        write_svg(scene, path, title)
    elif suffix == ".pdf":
        write_pdf(scene, path, title)
    elif suffix == ".png":
        write_png(scene, path)
    else:
        raise ValueError(f"no map picture of type {suffix!r}")
    return path


def write_map_files(data: MapData, folder: Path) -> list[Path]:
    """``map.pdf``, ``map.png`` and ``map.svg`` of the sector map into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    scene = build_sector_scene(data)
    title = map_title(data)
    paths = [folder / "map.pdf", folder / "map.png", folder / "map.svg"]
    return [write_picture(scene, path, title) for path in paths]
