"""A whole map — title, background, lines, actors with their names, legend — drawn onto any
QPainter, and the map's PNG, SVG and PDF files. QtGui only: the district export draws it on the
database worker and the command line without a window; the window's map draws its items with the
same functions (``lzz_desktop.ui.stakeholders.scene``), so both show the same picture."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTransform
from PySide6.QtSvg import QSvgGenerator

from lzz_desktop.exporting.slug import slugify
from lzz_desktop.fileio import atomic_path
from lzz_desktop.records.layout import sector_layout
from lzz_desktop.records.stakeholders import SECTOR_MAP, ActorInfo, MapData, Point, RelationshipInfo
from lzz_desktop.reports.map.background import background_rect, legend_origin, legend_rect, paint_background
from lzz_desktop.reports.map.background import paint_legend as _paint_legend
from lzz_desktop.reports.map.labels import Placement, name_obstacles, name_spot, numbered_key, place_names
from lzz_desktop.reports.map.painting import (
    EdgeBatches,
    NodePaths,
    batch_edges,
    label_box,
    level_of_detail,
    node_bounds,
    node_paths,
    paint_edges,
    paint_node,
    paint_node_paths,
    paint_plain_names,
)
from lzz_desktop.reports.map.style import BACKGROUND, Highlights, MapMode, MapStyle, node_radius
from lzz_desktop.reports.map.texts import format_date
from lzz_desktop.reports.qt_fonts import with_fallbacks

PNG_WIDTH = 2400
SVG_WIDTH = 1600
MARGIN = 40.0  # around what the map paints


@dataclass
class PictureNode:
    """An actor where the map shows it, with its name's place (or number)."""

    actor: ActorInfo
    x: float
    y: float
    radius: float
    highlight: str | None = None
    note: str = ""
    placement: Placement | None = None

    @property
    def label(self) -> str:
        return self.actor.public_name

    def name_box(self) -> QRectF | None:
        return label_box(self.placement, self.x, self.y)

    def rect(self, style: MapStyle) -> QRectF:
        return node_bounds(style, self.radius, self.name_box()).translated(self.x, self.y)


@dataclass
class MapPicture:
    """One map as it is drawn: its style, title, actors at their places, lines and legend."""

    style: MapStyle
    title: str
    nodes: list[PictureNode]
    relationships: list[RelationshipInfo] = field(default_factory=list)
    highlights: Highlights = field(default_factory=Highlights)
    legend: bool = True

    @property
    def legend_at(self) -> QPointF | None:
        """The legend's top left corner, or None without legend."""
        if not self.legend:
            return None
        return legend_origin(self.style.mode, [(n.x, n.y) for n in self.nodes])

    def place_names(self) -> None:
        """Every name where it overlaps no other; names that fit nowhere become numbers in the
        legend's key. Crowded maps show no names (they are for zooming in, in the window)."""
        style = self.style
        if style.dense or not self.nodes:
            style.key = []
            return
        spots = [name_spot(n.actor.id, n.x, n.y, n.radius, n.actor.influence) for n in self.nodes]
        names = {n.actor.id: n.label for n in self.nodes}
        placements = place_names(style, spots, names, name_obstacles(style, self.legend_at))
        for node in self.nodes:
            node.placement = placements.get(node.actor.id)
        style.key = numbered_key(placements.values())

    def edges(self) -> EdgeBatches:
        spots = {n.actor.id: (QPointF(n.x, n.y), n.radius) for n in self.nodes}
        return batch_edges(self.relationships, spots, self.highlights)

    def content_rect(self) -> QRectF:
        """What the map paints, with a margin: the part of the map a picture shows."""
        style = self.style
        rect = background_rect(style, self.title)
        for node in self.nodes:
            rect = rect.united(node.rect(style))
        rect = rect.united(self.edges().rect())  # also where the lines are hidden (the grid)
        if style.dense:
            layer = self._node_paths_bounds().adjusted(-10, -10, 10, 10)
            rect = rect.united(layer).united(layer.adjusted(-200, -60, 200, 120))
        legend_at = self.legend_at
        if legend_at is not None:
            rect = rect.united(legend_rect(style, style.text_scale).translated(legend_at))
        return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)

    def _node_paths_bounds(self) -> QRectF:
        return node_paths((n.actor, QPointF(n.x, n.y), n.radius) for n in self.nodes)[1]

    def draw(self, painter: QPainter, target: QRectF) -> None:
        """The map's content rectangle scaled into ``target`` (aspect kept, from its top left
        corner) on a white ground, as Qt renders a graphics scene."""
        source = self.content_rect()
        ratio = min(target.width() / source.width(), target.height() / source.height())
        painter.save()
        try:
            painter.setClipRect(target, Qt.ClipOperation.IntersectClip)
            transform = (
                QTransform()
                .translate(target.left(), target.top())
                .scale(ratio, ratio)
                .translate(-source.left(), -source.top())
            )
            painter.setWorldTransform(transform, True)
            painter.save()
            painter.setBrushOrigin(0, 0)
            painter.fillRect(source, BACKGROUND)
            painter.restore()
            self.paint(painter)
        finally:
            painter.restore()

    def paint(self, painter: QPainter) -> None:
        """Everything in map coordinates, back to front; each part starts from the painter's
        state as given."""
        style = self.style

        def part(x: float = 0.0, y: float = 0.0) -> _Part:
            return _Part(painter, x, y)

        with part():
            paint_background(painter, style, self.title)
        if style.show_edges:
            with part():
                paint_edges(painter, self.edges())
        if style.dense:
            with part():
                paint_node_paths(painter, self._dense_paths())
            if style.labels_visible(level_of_detail(painter)):
                with part():
                    paint_plain_names(
                        painter,
                        style,
                        ((n.actor.id, n.label, QPointF(n.x, n.y), n.radius) for n in self.nodes),
                        self._node_paths_bounds().adjusted(-210, -70, 210, 130),
                    )
        else:
            # highlighted actors above the others, as in the window
            for node in sorted(self.nodes, key=lambda n: bool(n.highlight)):
                with part(node.x, node.y):
                    paint_node(
                        painter,
                        style,
                        node.actor,
                        node.radius,
                        highlight=node.highlight,
                        label=node.label,
                        note=node.note,
                        placement=node.placement,
                        name_box=node.name_box(),
                    )
        legend_at = self.legend_at
        if legend_at is not None:
            with part(legend_at.x(), legend_at.y()):
                _paint_legend(painter, style, style.text_scale)

    def _dense_paths(self) -> NodePaths:
        return node_paths((n.actor, QPointF(n.x, n.y), n.radius) for n in self.nodes)[0]


class _Part:
    """One part of the picture: painted with the painter's state saved, its origin at (x, y)."""

    def __init__(self, painter: QPainter, x: float, y: float) -> None:
        self.painter, self.x, self.y = painter, x, y

    def __enter__(self) -> None:
        self.painter.save()
        if self.x or self.y:
            self.painter.translate(self.x, self.y)

    def __exit__(self, *exc: object) -> None:
        self.painter.restore()


def build_picture(
    data: MapData,
    positions: dict[str, Point],
    highlights: Highlights | None = None,
    mode: MapMode = MapMode.SECTOR,
    title: str = "",
    *,
    legend: bool = True,
    show_edges: bool | None = None,
) -> MapPicture:
    """The map of ``data`` with every actor at its position (the centre where none is given),
    names placed; relationship lines are shown except on the grid unless ``show_edges``."""
    highlights = highlights or Highlights()
    style = MapStyle(mode, show_edges=mode is not MapMode.GRID if show_edges is None else show_edges)
    style.fit_to(len(data.actors), highlights)
    nodes = []
    for actor in data.actors:
        x, y = positions.get(actor.id, (0.0, 0.0))
        nodes.append(
            PictureNode(
                actor,
                x,
                y,
                node_radius(actor) * style.node_scale,
                highlights.actors.get(actor.id),
                highlights.notes.get(actor.id, ""),
            )
        )
    picture = MapPicture(style, title, nodes, data.relationships, highlights, legend)
    picture.place_names()
    return picture


def map_title(data: MapData, when: dt.date | None = None) -> str:
    return QCoreApplication.translate("Stakeholders", "Stakeholder map {district} – as of {date}").format(
        district=data.district_name, date=format_date(when or dt.date.today())
    )


def map_file_name(district_name: str, suffix: str) -> str:
    """``akteurslandkarte_landkreis-goslar.pdf`` (the first word in the UI's language)."""
    stem = QCoreApplication.translate("Stakeholders", "stakeholder-map")
    return f"{stem}_{slugify(district_name)}{suffix}" if district_name else f"{stem}{suffix}"


def sector_picture(
    data: MapData, highlights: Highlights | None = None, title: str | None = None
) -> MapPicture:
    """The sector map as the district export writes it: saved positions, the layout's
    elsewhere, titled with the district and today's date."""
    default = sector_layout(data.actors)
    positions = {a.id: data.position(SECTOR_MAP, a.id, default) for a in data.actors}
    return build_picture(
        data, positions, highlights, MapMode.SECTOR, map_title(data) if title is None else title
    )


def paint_picture(picture: MapPicture, painter: QPainter, target: QRectF) -> None:
    # Every word sets its own font; the painter's own (what an SVG's groups state) is the
    # application's with the shipped fallbacks, as in the window.
    painter.setFont(with_fallbacks(painter.font()))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    picture.draw(painter, target)


def render_image(picture: MapPicture, width: int = PNG_WIDTH) -> QImage:
    """The map as an image ``width`` pixels wide, on white."""
    source = picture.content_rect()
    height = max(1, round(width * source.height() / source.width()))
    image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    try:
        paint_picture(picture, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    return image


def write_png(picture: MapPicture, path: Path, width: int = PNG_WIDTH) -> None:
    image = render_image(picture, width)
    with atomic_path(path) as tmp:
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"cannot write {path}")


def write_svg(picture: MapPicture, path: Path, title: str = "") -> None:
    with atomic_path(path) as tmp:
        _write_svg(picture, tmp, title)


def _write_svg(picture: MapPicture, path: Path, title: str) -> None:
    source = picture.content_rect()
    width = SVG_WIDTH
    height = round(width * source.height() / source.width())
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        paint_picture(picture, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
        # PySide6 crashes at interpreter exit if the painter outlives its device's wrapper
        del painter
        del generator
    if not path.stat().st_size:
        raise OSError(f"cannot write {path}")


def write_pdf(picture: MapPicture, path: Path, title: str = "") -> None:
    with atomic_path(path) as tmp:
        _write_pdf(picture, tmp, title)


def pdf_bytes(picture: MapPicture, title: str = "") -> bytes:
    """The map as PDF, in memory (the print preview keeps no file of it)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _write_pdf(picture, buffer, title)
    buffer.close()
    return bytes(buffer.data().data())


def _write_pdf(picture: MapPicture, path: Path | QBuffer, title: str) -> None:
    writer = QPdfWriter(str(path) if isinstance(path, Path) else path)
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
        paint_picture(picture, painter, QRectF(0, 0, page.width(), page.height()))
    finally:
        painter.end()
        del painter
        del writer


def write_picture(picture: MapPicture, path: Path, title: str = "") -> Path:
    """The map as PNG, SVG or PDF, by the ending of ``path``."""
    suffix = path.suffix.lower()
    if suffix == ".svg":
        write_svg(picture, path, title)
    elif suffix == ".pdf":
        write_pdf(picture, path, title)
    elif suffix == ".png":
        write_png(picture, path)
    else:
        raise ValueError(f"no map picture of type {suffix!r}")
    return path


MAP_FILES = ("map.pdf", "map.png", "map.svg")  # the district export's names: a contract


def write_map_files(data: MapData, folder: Path) -> list[Path]:
    """``map.pdf``, ``map.png`` and ``map.svg`` of the sector map into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    picture = sector_picture(data)
    return [write_picture(picture, folder / name, picture.title) for name in MAP_FILES]
