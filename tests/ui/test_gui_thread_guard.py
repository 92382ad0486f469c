"""The window reads the database on the worker, never on the GUI thread, while the user opens it,
switches districts and tabs and opens a workshop: with the guard on, any such call from window
code raises (``services/gui_guard.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from lzz_desktop.services import gui_guard
from lzz_desktop.ui.main_window import VIEWS, MainWindow
from lzz_desktop.ui.roles import ID_ROLE


def test_browsing_the_demo_never_touches_the_database_on_the_gui_thread(
    qtbot: QtBot, seeded_dir: Path, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    districts = [window.model.index(row, 0).data(ID_ROLE) for row in range(window.model.rowCount())]
    assert len(districts) >= 3
    for view in VIEWS:
        window.show_view(view)
        for district_id in districts:
            with qtbot.waitSignal(window.district_shown, timeout=10_000):
                window.select_district(district_id)
            qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    window.show_view("workshops")
    page = window.workshops_page
    if page.model.rows:
        with qtbot.waitSignal(page.editor.detail_loaded, timeout=10_000):
            page.open_workshop(page.model.rows[0].id)
    window.sync.refresh_status()
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    assert gui_guard.violations == []
