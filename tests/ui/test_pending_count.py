"""The status bar's pending count is a fact at every moment: it follows every commit — an edit in
an editor, a write from elsewhere (undo commands and pulled pages commit the same way) — without a
restart and without logging in."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from lzz_desktop.services import Workspace
from lzz_desktop.sync.service import read_status
from lzz_desktop.ui.main_window import MainWindow
from tests.workshop_fixtures import make_district, workshop_data

SOON_MS = 2000  # the promise is "within a second"; the margin is for a loaded test machine


def _pending(workspace: Workspace) -> int:
    return read_status(workspace).pending


def _shows(window: MainWindow, count: int) -> bool:
    assert window.sync is not None
    text = window.sync.indicator.text()
    if count == 1:
        return "1 Änderung wartet auf den Abgleich" in text
    return f"{count} Änderungen warten auf den Abgleich" in text


def test_the_count_follows_every_commit_without_logging_in(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    workspace = window.workspace
    qtbot.waitUntil(lambda: _shows(window, 0), timeout=SOON_MS)

    district = make_district(workspace, "Landkreis Goslar")  # a write from elsewhere
    qtbot.waitUntil(lambda: _shows(window, _pending(workspace)), timeout=SOON_MS)
    before = _pending(workspace)
    assert before > 0

    workshop_id = workspace.workshops.create(district.id, workshop_data(), carry_over=False)
    qtbot.waitUntil(lambda: _shows(window, before + 1), timeout=SOON_MS)

    # Typing in the workshop editor: the autosave's commit updates the count by itself.
    window.reload_districts(select_id=district.id)
    qtbot.waitUntil(lambda: window.current_page is not None, timeout=5000)
    page = window.workshops_page
    with qtbot.waitSignal(page.editor.detail_loaded, timeout=5000):
        page.open_workshop(workshop_id)
    qtbot.keyClicks(page.editor.ui.venue_edit, " Raum 2")
    with qtbot.waitSignal(page.editor.workshop_saved, timeout=5000):
        page.editor.flush()
    qtbot.waitUntil(lambda: _shows(window, _pending(workspace)), timeout=SOON_MS)
    assert _pending(workspace) == before + 2
