"""The background-work helper: results and failures arrive on the GUI thread; the GUI stays free."""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from lzz_desktop.ui.tasks import TaskRunner


def test_success_and_failure_are_delivered_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> str:
        seen["worker"] = threading.current_thread().name
        return "fertig"

    def on_success(result: object) -> None:
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() == gui_thread

    def fail() -> None:
        raise ValueError("kaputt")

    with qtbot.waitSignal(runner.all_finished, timeout=5000):
        runner.run_db(work, on_success)
    assert seen["result"] == "fertig" and seen["on_gui"] is True
    assert seen["worker"] != threading.main_thread().name

    with qtbot.waitSignal(runner.all_finished, timeout=5000):
        runner.run(fail, on_failure=lambda exc: seen.update(error=exc))
    assert isinstance(seen["error"], ValueError)
    assert not runner.busy


def test_database_work_is_serialised_and_the_gui_thread_keeps_running(qtbot: QtBot) -> None:
    runner = TaskRunner()
    active = 0
    overlap = False
    lock = threading.Lock()

    def slow() -> None:
        nonlocal active, overlap
        with lock:
            active += 1
            overlap = overlap or active > 1
        time.sleep(0.15)
        with lock:
            active -= 1

    started = time.monotonic()
    for _ in range(3):
        runner.run_db(slow)
    assert time.monotonic() - started < 0.1  # starting work does not wait for it
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert overlap is False


def test_work_arriving_after_shutdown_still_runs(qtbot: QtBot) -> None:
    """A last save scheduled while the window closes must not be dropped."""
    runner = TaskRunner()
    runner.shutdown()
    seen: list[str] = []
    runner.run_db(lambda: "gespeichert", seen.append)
    runner.run(lambda: 1 / 0, on_failure=lambda exc: seen.append(type(exc).__name__))
    assert seen == ["gespeichert", "ZeroDivisionError"]


def test_a_result_is_never_delivered_inside_the_call_that_started_the_work(qtbot: QtBot) -> None:
    """Work that finishes before ``run_db`` returns (a fast query on a busy machine) still reports
    from the event loop: a caller that connects to its own "loaded" signal right after starting the
    work must not miss it. CI once lost the district list's signal that way, and the window's
    opening test waited forever."""
    runner = TaskRunner()
    inside_call = False
    delivered_inside: list[int] = []
    delivered: list[int] = []

    def on_success(job: int) -> None:
        delivered.append(job)
        if inside_call:
            delivered_inside.append(job)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # hand the interpreter to the worker as often as possible
    try:
        for job in range(300):
            inside_call = True
            runner.run_db(lambda job=job: job, on_success)  # type: ignore[misc]
            inside_call = False
    finally:
        sys.setswitchinterval(interval)
    qtbot.waitUntil(lambda: len(delivered) == 300, timeout=10_000)
    assert delivered_inside == []
    assert delivered == list(range(300))  # in the order the work was started
