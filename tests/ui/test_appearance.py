"""The workbench on any desktop: light and dark appearance with readable text (WCAG AA contrast
measured on the rendered pages), menus in the usual order, page shortcuts, the manual offline, Qt's
own command-line options passed through, and screenshots at a given size and palette."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from lzz_desktop.cli import split_qt_args
from lzz_desktop.services import Workspace
from lzz_desktop.settings import Settings
from lzz_desktop.ui import theme
from lzz_desktop.ui.main_window import MainWindow
from tests.cli.test_cli import run_cli

PAGES = ("overview", "workshops", "stakeholders", "concept")


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> object:
    yield
    theme.apply(qapp, "light")  # later tests expect the usual appearance


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _text_contrast(image: QImage, widget: QWidget, window: QWidget) -> float:
    """The contrast of a widget's text as drawn: background = the commonest colour of its area,
    text = the colour in it that differs most from the background (the cores of the glyphs)."""
    origin = widget.mapTo(window, QPoint(0, 0))
    width, height = widget.width(), widget.height()
    pixels = [
        image.pixelColor(origin.x() + x, origin.y() + y).rgb()
        for x in range(0, width, 1)
        for y in range(0, height, 1)
        if 0 <= origin.x() + x < image.width() and 0 <= origin.y() + y < image.height()
    ]
    if not pixels:
        return 21.0
    background = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(p), background) for p in set(pixels))


def _texts(window: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() < 8 or widget.height() < 8:
            continue
        if (isinstance(widget, QLabel) and widget.text().strip()) or (
            isinstance(widget, QAbstractButton) and widget.text().strip() and widget.isEnabled()
        ):
            found.append(widget)
    return found


def _needed(widget: QWidget) -> float:
    """WCAG AA: 4.5:1 for text; 3:1 for a button that shows only its icon (non-text contrast)."""
    if isinstance(widget, QToolButton) and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return 3.0
    return 4.5


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_text_on_every_main_page_has_aa_contrast(
    qtbot: QtBot, seeded_dir: Path, qapp: QApplication, appearance: str
) -> None:
    theme.apply(qapp, appearance)
    settings = Settings.load(seeded_dir)
    workspace = Workspace.open(seeded_dir)
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.current_page is not None, timeout=10000)
    try:
        expected_window = QColor("#1f2329") if appearance == "dark" else QColor("#f6f7f9")
        assert qapp.palette().color(QPalette.ColorRole.Window) == expected_window
        poor: list[str] = []
        for page in PAGES:
            window.show_view(page)
            qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10000)
            image = window.grab().toImage()
            for widget in _texts(window):
                ratio = _text_contrast(image, widget, window)
                if ratio < _needed(widget):
                    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
                    poor.append(f"{page}: {type(widget).__name__} {text[:40]!r} {ratio:.1f}:1")
        assert poor == [], "\n".join(poor)
    finally:
        window.close()
        workspace.close()


def test_menus_in_the_usual_order_and_page_shortcuts(
    qtbot: QtBot, open_window: Callable[[], MainWindow], seeded_dir: Path
) -> None:
    window = open_window()
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    # The usual three first, the programme's own menus after them, Help last.
    assert titles == ["Datei", "Bearbeiten", "Ansicht", "Programm", "Abgleich", "Hilfe"]
    qtbot.waitUntil(lambda: window.current_page is not None, timeout=10000)
    for number, page in enumerate(PAGES, start=1):
        window.help_actions.page_actions[number - 1].trigger()
        assert window.ui.district_tabs.currentIndex() == number - 1, page
    shortcuts = [a.shortcut().toString() for a in window.help_actions.page_actions]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]


def test_appearance_is_chosen_in_the_view_menu_and_kept(
    qtbot: QtBot, open_window: Callable[[], MainWindow], seeded_dir: Path, qapp: QApplication
) -> None:
    window = open_window()
    window.help_actions.appearance_actions["dark"].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert Settings.load(seeded_dir).appearance == "dark"
    window.help_actions.appearance_actions["light"].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert Settings.load(seeded_dir).appearance == "light"


@pytest.mark.parametrize(("language", "heading"), [("de", "Handbuch"), ("en", "Manual")])
def test_the_manual_and_the_shortcut_list_open_offline(
    qtbot: QtBot, open_window: Callable[[], MainWindow], seeded_dir: Path, language: str, heading: str
) -> None:
    settings = Settings.load(seeded_dir)
    settings.language = language
    settings.save(seeded_dir)
    window = open_window()
    manual = window.help_actions.show_manual()
    qtbot.addWidget(manual)
    text = manual.browser.toPlainText()
    assert heading in text and "Ctrl+K" in text.replace("Strg+K", "Ctrl+K")
    screen = window.screen().availableGeometry()
    assert manual.width() <= screen.width() and manual.height() <= screen.height()
    shortcuts = window.help_actions.show_shortcuts()
    qtbot.addWidget(shortcuts)
    listed = shortcuts.browser.toPlainText()
    assert "Ctrl+K" in listed.replace("Strg+K", "Ctrl+K") and "Ctrl+4" in listed.replace("Strg+4", "Ctrl+4")


def test_qt_options_pass_through_and_ours_stay() -> None:
    ours, qt = split_qt_args(
        ["-style", "Fusion", "--demo", "--reverse", "-platform=offscreen", "--lang", "en"]
    )
    assert ours == ["--demo", "--lang", "en"]
    assert qt == ["-style", "Fusion", "-reverse", "-platform", "offscreen"]
    result = run_cli("-style", "Fusion", "--version")
    assert result.returncode == 0, result.stderr


def test_screenshot_at_a_size_and_palette(tmp_path: Path, seeded_dir: Path) -> None:
    out = tmp_path / "dunkel.png"
    result = run_cli(
        "--data-dir", str(seeded_dir), "screenshot", str(out), "--size", "1366x768", "--palette", "dark"
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert image.pixelColor(1360, 700).lightness() < 60  # the window's background is dark
    bad = run_cli("--data-dir", str(seeded_dir), "screenshot", str(out), "--size", "huge")
    assert bad.returncode == 2 and "1366x768" in bad.stderr
