"""Failures are never silent: an exception in a slot or a worker thread reaches the log file in the
data folder and a dialog with "Details kopieren" — and the log holds no name or text a person typed."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from lzz_desktop.logs import log_path, setup_logging, stop_logging
from lzz_desktop.ui.failures import FailureReporter
from lzz_desktop.ui.main_window import MainWindow

SECRET = "Olena Kovalenko, Asylverfahren offen"


@pytest.fixture
def reporter(qtbot: QtBot, data_dir: Path) -> Iterator[FailureReporter]:
    log_file = setup_logging(data_dir)
    parent = QWidget()
    qtbot.addWidget(parent)
    reporting = FailureReporter(parent, log_file)
    reporting.install()
    yield reporting
    reporting.uninstall()
    stop_logging()


def _boom() -> None:
    raise ValueError(f"Speichern von {SECRET!r} fehlgeschlagen")


def test_an_exception_in_a_slot_reaches_the_log_and_a_dialog(
    qtbot: QtBot, reporter: FailureReporter, data_dir: Path
) -> None:
    with qtbot.waitSignal(reporter.dialog_shown, timeout=5000) as shown:
        QTimer.singleShot(0, _boom)
    box = shown.args[0]
    assert isinstance(box, QMessageBox)
    assert "Ihre Eingaben sind nicht verloren" in box.text()
    assert str(log_path(data_dir)) in box.informativeText()
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Details kopieren")
    copy.click()
    details = QApplication.clipboard().text()
    assert "ValueError" in details and "_boom" in details  # what support needs …
    assert "Olena" not in details and "Asylverfahren" not in details  # … and nothing about a person
    box.close()
    logged = log_path(data_dir).read_text(encoding="utf-8")
    assert "uncaught exception" in logged and "ValueError" in logged and "_boom" in logged
    assert "Olena" not in logged and "Asylverfahren" not in logged


def test_an_exception_in_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, reporter: FailureReporter, data_dir: Path
) -> None:
    with qtbot.waitSignal(reporter.dialog_shown, timeout=5000) as shown:
        worker = threading.Thread(target=_boom, name="lzz-work-test")
        worker.start()
        worker.join()
    shown.args[0].close()
    logged = log_path(data_dir).read_text(encoding="utf-8")
    assert "lzz-work-test" in logged and "ValueError" in logged and "Olena" not in logged


class _Opened(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_help_opens_the_data_folder_and_the_log_file(
    qtbot: QtBot, open_window: Callable[[], MainWindow], data_dir: Path
) -> None:
    setup_logging(data_dir)
    logging.getLogger("test").info("a line")
    stop_logging()
    window = open_window()
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")  # type: ignore[arg-type]  # the stubs want bytes, Qt a str
    try:
        window.help_actions.action_data_folder.trigger()
        window.help_actions.action_log_file.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in opened.urls] == [data_dir, log_path(data_dir)]
    titles = [a.text().replace("&", "") for a in window.ui.menu_help.actions()]
    assert "Datenordner öffnen" in titles and "Protokolldatei öffnen" in titles
