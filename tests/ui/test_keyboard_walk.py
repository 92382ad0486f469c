"""Keyboard and small-screen checks on the demo workspace (issue 17): Tab walks each main page in
reading order, every button that shows only an icon has a name for screen readers, the concept's
section list has room for "Ö" and its status header, the map's zoom buttons are in sight."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QPushButton, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from lzz_desktop.ui.main_window import MainWindow

from .conftest import show_concept


def tab_stops(window: QWidget, page: QWidget) -> list[QWidget]:
    """The widgets of ``page`` that Tab stops at, in the order of the window's focus chain."""
    stops: list[QWidget] = []
    current: QWidget | None = window.nextInFocusChain()
    for _ in range(2000):
        if current is None or current is window:
            break
        if (
            page.isAncestorOf(current)
            and current.isVisible()
            and current.isEnabled()
            and current.focusPolicy() & Qt.FocusPolicy.TabFocus
            and current.focusProxy() is None
        ):
            stops.append(current)
        current = current.nextInFocusChain()
    return stops


def assert_visits_in_order(stops: list[QWidget], expected: list[QWidget]) -> None:
    positions = []
    for widget in expected:
        assert widget in stops, f"Tab never reaches {widget.objectName() or type(widget).__name__}"
        positions.append(stops.index(widget))
    names = [w.objectName() or type(w).__name__ for w in expected]
    assert positions == sorted(positions), f"Tab visits {names} in the order {positions}"


def unnamed_icon_buttons(page: QWidget) -> list[str]:
    """Visible buttons that show no text and have no accessible name."""
    missing = []
    for button in page.findChildren(QAbstractButton):
        if not isinstance(button, QToolButton | QPushButton) or not button.isVisibleTo(page):
            continue
        icon_only = not button.text().strip() or (
            isinstance(button, QToolButton)
            and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            and not button.icon().isNull()
        )
        if icon_only and not button.accessibleName().strip():
            missing.append(f"{button.objectName() or type(button).__name__} ({button.toolTip()})")
    return missing


def test_tab_order_names_and_room_on_every_main_page(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.resize(1366, 768)
    concept = show_concept(qtbot, window)
    main = window.ui

    window.show_view("overview")
    overview = window.overview
    stops = tab_stops(window, window)
    assert_visits_in_order(
        stops,
        [main.district_filter, main.district_list, main.district_tabs.tabBar(), overview.ui.edit_button],
    )
    assert unnamed_icon_buttons(overview) == []

    window.show_view("workshops")
    workshops = window.workshops_page
    qtbot.waitUntil(lambda: workshops.ui.workshop_table.model().rowCount() > 0)
    ui = workshops.ui
    assert_visits_in_order(
        tab_stops(window, workshops),
        [ui.format_filter, ui.status_filter, ui.year_filter, ui.new_button, ui.workshop_table],
    )
    assert unnamed_icon_buttons(workshops) == []

    window.show_view("stakeholders")
    stakeholders = window.stakeholders_page
    panel = stakeholders.sector_panel
    assert panel.kind_combo is not None
    zoom = [b for b in panel.findChildren(QToolButton) if b.defaultAction() is panel.action_zoom_in]
    assert_visits_in_order(
        tab_stops(window, stakeholders), [stakeholders.tabs.tabBar(), panel.kind_combo, panel.view, *zoom]
    )
    assert unnamed_icon_buttons(stakeholders) == []
    # The zoom buttons are in sight at 1366×768 (they hid behind the toolbar's »).
    for action in (panel.action_zoom_in, panel.action_zoom_out, panel.action_fit):
        shown = [
            b
            for b in panel.findChildren(QToolButton)
            if b.defaultAction() is action and b.isVisibleTo(window)
        ]
        assert shown, action.text()
        assert panel.view.geometry().contains(shown[0].geometry().translated(panel.view.pos()))

    window.show_view("concept")
    cui = concept.ui
    stops = tab_stops(window, concept)
    expected = [
        cui.status_combo,
        cui.outline,
        cui.bold_button,
        concept.text_edit,
        cui.link_button,
        cui.comments_list,
        cui.comment_edit,
        cui.add_comment_button,
    ]
    assert_visits_in_order(stops, expected)
    assert cui.fields_scroll not in stops
    assert unnamed_icon_buttons(concept) == []
    # Rows have room above the letters for the dots of "Ö"; the status header is not clipped.
    outline = cui.outline
    metrics = QFontMetrics(outline.font())
    rows = [item for i in range(outline.topLevelItemCount()) if (item := outline.topLevelItem(i)) is not None]
    assert rows
    assert all(outline.visualItemRect(r).height() >= metrics.height() + 4 for r in rows)
    header = outline.header()
    title = outline.headerItem().text(1)
    assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(title) + 12
