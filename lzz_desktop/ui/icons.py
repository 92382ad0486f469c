"""The app's icons, pre-rendered from qtawesome into resources/icons by `make icons`.

They are drawn in the accent colour for light backgrounds; on a dark appearance the same shapes are
tinted light, so that they keep their contrast (WCAG 1.4.11 asks 3:1 for such graphics)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from lzz_desktop.paths import resource

SIZES = (16, 24, 32, 48)
DARK_TINT = "#9fd0ff"


def icon(name: str) -> QIcon:
    """The icon ``name`` in every rendered size, for the appearance in use."""
    app = QApplication.instance()
    scheme = str(app.property("lzz_scheme") or "light") if app is not None else "light"
    return _icon(name, scheme)


@cache
def _icon(name: str, scheme: str) -> QIcon:
    result = QIcon()
    for size in SIZES:
        path = resource("icons", f"{name}-{size}.png")  # a missing one is named in the error
        if scheme != "dark":
            result.addFile(str(path))
            continue
        pixmap = QPixmap(str(path))
        painter = QPainter(pixmap)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), QColor(DARK_TINT))
        painter.end()
        result.addPixmap(pixmap, QIcon.Mode.Normal)
        disabled = QPixmap(pixmap.size())
        disabled.fill(Qt.GlobalColor.transparent)
        painter = QPainter(disabled)
        painter.setOpacity(0.45)
        painter.drawPixmap(0, 0, pixmap)
        painter.end()
        result.addPixmap(disabled, QIcon.Mode.Disabled)
    return result
