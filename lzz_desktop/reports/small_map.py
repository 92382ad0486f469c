"""A small sector map for printed reports: the five sectors as a circle, one dot per actor where
it stands — no names, so the public report shows how a network grew without naming anyone.

Drawn on the canvas directly (a ``reportlab.graphics`` drawing would set its default Helvetica,
which the PDF does not embed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

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
CAPTION = 12.0  # points below the circle for the caption


def sector_tint(sector: Sector, alpha: float = 0.22) -> colors.Color:
    """The sector's colour, light (over white, as printed)."""
    tint = colors.HexColor(SECTOR_HEX[sector])
    mix = 1 - alpha
    return colors.Color(tint.red * alpha + mix, tint.green * alpha + mix, tint.blue * alpha + mix)


class SmallMap(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """``dots``: sector and position as a fraction of the map's radius (y up)."""

    def __init__(self, dots: Sequence[tuple[Sector, float, float]], size: float, caption: str) -> None:
        super().__init__()
        self.dots = list(dots)
        self.size = size
        self.caption = caption
        self.width = size
        self.height = size + CAPTION

    def draw(self) -> None:
        canvas: Any = self.canv
        radius = self.size / 2 - 2
        cx, cy = self.size / 2, CAPTION + self.size / 2
        canvas.saveState()
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1)
        for sector in SECTOR_ORDER:
            start, end = sector_angles(sector)
            canvas.setFillColor(sector_tint(sector))
            canvas.wedge(
                cx - radius, cy - radius, cx + radius, cy + radius, start, end - start, stroke=1, fill=1
            )
        for sector, x, y in self.dots:
            canvas.setFillColor(colors.HexColor(SECTOR_HEX[sector]))
            canvas.circle(cx + x * radius, cy + y * radius, 1.6, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, 7)
        canvas.drawCentredString(cx, 2, self.caption)
        canvas.restoreState()
