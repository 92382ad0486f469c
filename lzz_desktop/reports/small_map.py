"""A small sector map for printed reports: the five sectors as a circle, one dot per actor where
it stands — no names, so the public report shows how a network grew without naming anyone."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, String, Wedge
from reportlab.lib import colors

from lzz_desktop.domain.enums import Sector
from lzz_desktop.records.layout import SECTOR_ORDER, sector_angles
from lzz_desktop.reports.fonts import REGULAR

# The sector map's colours (reports/map/style.py), here without Qt.
SECTOR_HEX: dict[Sector, str] = {
    Sector.POLITICS: "#0072b2",
    Sector.ADMINISTRATION: "#7a5195",
    Sector.CIVIL_SOCIETY: "#009e73",
    Sector.MIGRANTS: "#d55e00",
    Sector.BUSINESS: "#b8860b",
}


def sector_tint(sector: Sector, alpha: float = 0.22) -> colors.Color:
    tint = colors.HexColor(SECTOR_HEX[sector])
    return colors.Color(tint.red, tint.green, tint.blue, alpha=alpha)


def small_map(dots: Sequence[tuple[Sector, float, float]], size: float, caption: str) -> Drawing:
    """``dots``: sector and position as a fraction of the map's radius (y up)."""
    radius = size / 2 - 2
    centre = size / 2
    drawing = Drawing(size, size + 12)
    cy = centre + 12
    for sector in SECTOR_ORDER:
        start, end = sector_angles(sector)
        tint = colors.HexColor(SECTOR_HEX[sector])
        light = colors.Color(tint.red, tint.green, tint.blue, alpha=0.14)
        drawing.add(
            Wedge(centre, cy, radius, start, end, fillColor=light, strokeColor=colors.white, strokeWidth=1)
        )
    for sector, x, y in dots:
        colour = colors.HexColor(SECTOR_HEX[sector])
        drawing.add(Circle(centre + x * radius, cy + y * radius, 1.6, fillColor=colour, strokeColor=None))
    drawing.add(String(centre, 1, caption, fontName=REGULAR, fontSize=7, textAnchor="middle"))
    return drawing
