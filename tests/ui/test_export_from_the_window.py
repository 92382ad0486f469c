"""The window's district export is the one the command line runs: every document, the map's
pictures included, written on the database worker; the window only reports the folder."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

import lzz_desktop.reports.map.picture as picture
from lzz_desktop.ui.main_window import MainWindow


def test_the_export_draws_the_map_on_the_worker(
    qtbot: QtBot,
    seeded_dir: Path,
    open_window: Callable[[], MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[threading.Thread] = []
    write_map_files = picture.write_map_files

    def recording(*args: object) -> list[Path]:
        threads.append(threading.current_thread())
        return write_map_files(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(picture, "write_map_files", recording)
    window = open_window()
    district_id = window.workspace.districts.find("Goslar")
    with qtbot.waitSignal(window.export_finished, timeout=60_000) as finished:
        window.export_district(district_id, tmp_path / "out")
    folder = finished.args[0]
    assert isinstance(folder, Path), folder
    assert threads and threads[0] is not threading.main_thread()
    maps = folder / "stakeholders"
    assert QImage(str(maps / "map.png")).width() == 2400
    assert (maps / "map.pdf").read_bytes().startswith(b"%PDF")
    assert "Landkreis Goslar" in (maps / "map.svg").read_text(encoding="utf-8")
    assert str(folder) in window.statusBar().currentMessage()
