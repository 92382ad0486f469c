"""Fixtures for widget tests: German UI, a fresh data directory per test, a helper for modal
dialogs (which block in exec() until something closes them)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from lzz_desktop.app import create_qapplication
from lzz_desktop.services import Workspace
from lzz_desktop.settings import Settings
from lzz_desktop.ui.main_window import MainWindow

MODAL_DEADLINE_S = 10.0

if TYPE_CHECKING:
    from lzz_desktop.ui.concepts.editor import ConceptEditor


@pytest.fixture(autouse=True)
def german_ui(qapp: QApplication) -> Iterator[None]:
    create_qapplication("de")
    yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def seeded_dir(data_dir: Path) -> Path:
    """``data_dir`` holding the demo workspace."""
    from lzz_desktop.demo.seed import seed_demo

    workspace = Workspace.open(data_dir)
    seed_demo(workspace)
    workspace.close()
    return data_dir


@pytest.fixture
def open_window(qtbot: QtBot, data_dir: Path) -> Iterator[Callable[[], MainWindow]]:
    """Opens the main window on ``data_dir`` as the app does; call again to 'restart'."""
    opened: list[tuple[MainWindow, Workspace]] = []

    def open_() -> MainWindow:
        settings = Settings.load(data_dir)
        workspace = Workspace.open(data_dir, author=settings.display_name)
        window = MainWindow(workspace, settings)
        qtbot.addWidget(window)
        # The district list is read on the database worker: wait for it, as a user would.
        with qtbot.waitSignal(window.districts_reloaded, timeout=10_000):
            window.show()
            qtbot.waitExposed(window)
        opened.append((window, workspace))
        return window

    yield open_
    for window, workspace in opened:
        window.close()
        workspace.close()


def show_concept(qtbot: QtBot, window: MainWindow, district: str = "Goslar") -> ConceptEditor:
    """The Konzept page of ``district``, once its concept is on screen."""
    from lzz_desktop.ui.concepts.editor import ConceptEditor

    editor = window.concept_page
    assert isinstance(editor, ConceptEditor)
    district_id = window.workspace.districts.find(district)
    with qtbot.waitSignal(editor.concept_shown, timeout=10_000):
        if window.selected_district_id() == district_id:
            window.load_district(district_id)
        else:
            window.select_district(district_id)
    window.show_view("concept")
    return editor


def close_window(window: MainWindow) -> None:
    """Close like the user does (settings saved, background work finished)."""
    window.close()
    window.workspace.close()


@pytest.fixture
def on_modal(qtbot: QtBot) -> Iterator[Callable[[Callable[[QWidget], None]], None]]:
    """Schedule ``handler(dialog)`` for the next modal dialog, then trigger the action that opens it.
    A dialog that never appears fails the test after MODAL_DEADLINE_S instead of polling forever;
    a handler that fails closes its dialog (else exec() would wait forever) and fails the test."""
    missed: list[str] = []
    broken: list[BaseException] = []
    finished = False  # the test is over: stop polling so no timer leaks into the next test

    def schedule(handler: Callable[[QWidget], None]) -> None:
        deadline = time.monotonic() + MODAL_DEADLINE_S

        def poll() -> None:
            if finished:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if time.monotonic() > deadline:
                    missed.append(getattr(handler, "__name__", repr(handler)))
                    return
                QTimer.singleShot(20, poll)
                return
            try:
                handler(dialog)
            except BaseException as exc:
                broken.append(exc)
                if dialog.isVisible() and hasattr(dialog, "reject"):
                    dialog.reject()

        QTimer.singleShot(0, poll)

    yield schedule
    finished = True
    if broken:
        raise broken[0]
    assert not missed, f"no modal dialog appeared within {MODAL_DEADLINE_S} s for {missed}"
