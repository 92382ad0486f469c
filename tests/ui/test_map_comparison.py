"""Issue 17: the snapshot comparison is shown at full size (a consultant projects it), not as a
thumbnail beside the list of changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from lzz_desktop.domain.enums import ActorKind, Sector
from lzz_desktop.records.stakeholders import ActorData
from lzz_desktop.ui.main_window import MainWindow
from tests.ui.test_stakeholders import _open_on_map, _seed


def test_the_compared_map_uses_the_full_window(
    open_window: Callable[[], MainWindow], qtbot: QtBot, data_dir: Path
) -> None:
    ids = _seed(data_dir)
    window, widget = _open_on_map(open_window, qtbot)
    window.showMaximized()  # the suite's screen is 1920×1080
    maps = window.workspace.stakeholder_maps
    maps.take_snapshot(ids["district"], "Auftakt")
    window.workspace.stakeholders.create_actor(
        ids["district"], ActorData("Jobcenter Goslar", ActorKind.ORGANISATION, Sector.ADMINISTRATION)
    )
    maps.take_snapshot(ids["district"], "Jahresende")
    widget.reload()
    qtbot.waitUntil(lambda: len(widget.snapshots) == 2 and not window.tasks.busy, timeout=5000)
    widget.tabs.setCurrentWidget(widget.ui.snapshots_tab)
    with qtbot.waitSignal(widget.comparison_shown, timeout=5000):
        widget.compare_button.click()
    qtbot.wait(20)
    panel = widget.compare_panel
    tab = widget.ui.snapshots_tab

    def share() -> float:
        view = panel.view.viewport()
        return view.width() * view.height() / (tab.width() * tab.height())

    assert share() >= 0.8  # the changes are drawn on the map: the list waits until asked for
    scale = panel.view.transform().m11()
    # the list of changes beside the map, and away again: the map is back at full size
    button = panel.toolbar.widgetForAction(widget.action_changes)
    assert isinstance(button, QAbstractButton)
    button.click()
    qtbot.waitUntil(widget.change_table.isVisible, timeout=2000)
    assert widget.change_model.rowCount() == 1
    assert 0.5 <= share() < 0.8
    widget.action_changes.trigger()
    qtbot.waitUntil(lambda: share() >= 0.8, timeout=2000)
    assert panel.view.transform().m11() == scale  # fitted to the full area again
