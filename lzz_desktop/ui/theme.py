"""Light and dark appearance: the palette and the colours the style sheet's roles need.

"system" follows the desktop's colour scheme (Qt's style hints); "light" and "dark" are chosen in
Ansicht → Darstellung. Text colours are chosen for a contrast of at least 4.5:1 (WCAG AA) on the
backgrounds they are used on; ``tests/ui/test_appearance.py`` measures it on the rendered pages.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

from lzz_desktop.paths import resource

APPEARANCES = ("system", "light", "dark")

# The colours the style sheet names with @name@.
ROLE_COLOURS: dict[str, dict[str, str]] = {
    "light": {
        "muted": "#4f5b69",
        "error": "#b3261e",
        "border": "#cfd6de",
        "accent": "#1f5f8b",
        "banner-bg": "#fff4d6",
        "banner-border": "#e8c66a",
        "banner-text": "#5c4300",
        "guidance-bg": "#eef4f9",
        "guidance-border": "#d3e1ec",
        "guidance-text": "#1d2733",
    },
    "dark": {
        "muted": "#b4bfcc",
        "error": "#ff8a80",
        "border": "#4a5563",
        "accent": "#8cc8ff",
        "banner-bg": "#3d3212",
        "banner-border": "#8a6d1f",
        "banner-text": "#ffe39a",
        "guidance-bg": "#1f2d3a",
        "guidance-border": "#3b5168",
        "guidance-text": "#e6eef6",
    },
}


def _dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1f2329",
        QPalette.ColorRole.WindowText: "#e8ecf1",
        QPalette.ColorRole.Base: "#272c33",
        QPalette.ColorRole.AlternateBase: "#2e343c",
        QPalette.ColorRole.Text: "#e8ecf1",
        QPalette.ColorRole.Button: "#2c323a",
        QPalette.ColorRole.ButtonText: "#e8ecf1",
        QPalette.ColorRole.Highlight: "#3d7ab8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2c323a",
        QPalette.ColorRole.ToolTipText: "#e8ecf1",
        QPalette.ColorRole.PlaceholderText: "#9aa6b3",
        QPalette.ColorRole.Link: "#8cc8ff",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#3a424c",
        QPalette.ColorRole.Midlight: "#333a43",
        QPalette.ColorRole.Mid: "#4a5563",
        QPalette.ColorRole.Dark: "#15181c",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    disabled = QColor("#7d8793")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette() if style is not None else QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b7683"))
    return palette


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(appearance: str) -> str:
    """ "light" or "dark" for a setting of "system", "light" or "dark"."""
    if appearance in ("light", "dark"):
        return appearance
    return "dark" if system_is_dark() else "light"


class HeaderArrowStyle(QProxyStyle):
    """The app's style with sort arrows that point the usual way: ▲ for ascending, ▼ for
    descending (newest first). Qt's header passes "ascending" as ``SortDown`` and Fusion draws that
    as a down arrow — the other way round from the desktop's file managers and spreadsheets."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        base = self.baseStyle()
        if (
            element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow
            and isinstance(option, QStyleOptionHeader)
            and base is not None
            and base.name().casefold() == "fusion"
        ):
            flipped = QStyleOptionHeader(option)
            up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
            if option.sortIndicator == up:
                flipped.sortIndicator = down
            elif option.sortIndicator == down:
                flipped.sortIndicator = up
            option = flipped
        super().drawPrimitive(element, option, painter, widget)


def style_sheet(scheme: str) -> str:
    text = resource("style.qss").read_text(encoding="utf-8")
    for name, value in ROLE_COLOURS[scheme].items():
        text = text.replace(f"@{name}@", value)
    return text


def apply(app: QApplication, appearance: str, keep_style: bool = False) -> str:
    """Give ``app`` the palette and style sheet of ``appearance``; returns "light" or "dark".
    Dark needs Fusion, the one style that honours a dark palette on every platform, unless the
    user chose a style with Qt's ``-style`` option (``keep_style``)."""
    scheme = resolve(appearance)
    # The style once chosen (Qt's or the user's -style; Fusion once dark), wrapped for the arrows.
    base = "fusion" if scheme == "dark" and not keep_style else str(app.property("lzz_style") or "")
    base = base or app.style().name().casefold()
    if app.property("lzz_style") != base:
        app.setStyle(HeaderArrowStyle(base))
        app.setProperty("lzz_style", base)
    app.setPalette(_dark_palette() if scheme == "dark" else _light_palette())
    app.setStyleSheet(style_sheet(scheme))
    app.setProperty("lzz_scheme", scheme)
    return scheme


def colour(name: str) -> QColor:
    """A role colour of the scheme in use (for item models that colour text, e.g. overdue)."""
    app = QApplication.instance()
    scheme = app.property("lzz_scheme") if app is not None else None
    return QColor(ROLE_COLOURS.get(str(scheme), ROLE_COLOURS["light"])[name])
