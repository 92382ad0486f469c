"""The one background-work helper: runs callables off the GUI thread and reports success or failure
back on it. Database work is serialised on one worker; other work runs in parallel.

Threads come from ``concurrent.futures`` rather than QThreadPool/QRunnable: a Python runnable that
Qt deletes from a worker thread can crash the interpreter, and futures need no such ownership games.
Results travel back as a job number in a signal emitted from the worker, which Qt queues into the
GUI thread; the result itself waits in a locked table (only plain ints cross the thread boundary
through Qt, which keeps Python objects out of Qt's cross-thread machinery).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

OnSuccess = Callable[[Any], None]
OnFailure = Callable[[Exception], None]


class TaskRunner(QObject):
    """``run_db`` for anything touching the database, ``run`` for other slow work (PDFs, files)."""

    task_started = Signal()
    all_finished = Signal()
    _job_done = Signal(int)  # emitted from a worker thread, delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lzz-db")
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="lzz-work")
        self._callbacks: dict[int, tuple[OnSuccess | None, OnFailure | None]] = {}
        self._finished: dict[int, Future[Any]] = {}
        self._lock = threading.Lock()
        self._closed = False
        self._ids = itertools.count()
        # Queued even when emitted on the GUI thread: work that is done before ``_track`` adds its
        # callback reports right there, and must still not run its callback inside the call that
        # started it (a caller connecting to its own "loaded" signal afterwards would miss it).
        self._job_done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @property
    def closed(self) -> bool:
        """Shut down (the window closed): work submitted now runs on the calling thread."""
        return self._closed

    def run_db(
        self, fn: Callable[[], Any], on_success: OnSuccess | None = None, on_failure: OnFailure | None = None
    ) -> None:
        self._start(self._db, fn, on_success, on_failure)

    def run(
        self, fn: Callable[[], Any], on_success: OnSuccess | None = None, on_failure: OnFailure | None = None
    ) -> None:
        self._start(self._pool, fn, on_success, on_failure)

    def run_detached(
        self, fn: Callable[[], Any], on_success: OnSuccess | None = None, on_failure: OnFailure | None = None
    ) -> None:
        """Long network work (a sync) on a thread of its own: page loads on the database worker
        never wait behind it, and closing the window does not wait for it either (it can be
        cancelled; a daemon thread never holds the process open)."""
        future: Future[Any] = Future()

        def target() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn())
            except BaseException as exc:  # delivered to on_failure on the GUI thread
                future.set_exception(exc)

        self._track(future, on_success, on_failure)
        threading.Thread(target=target, name="lzz-sync", daemon=True).start()

    def run_process(
        self,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        on_success: OnSuccess | None = None,
        on_failure: OnFailure | None = None,
    ) -> None:
        """CPU-heavy pure-Python work (a large network layout) in a separate process: on a thread
        it would hold the interpreter lock and slow the window down several times over. ``fn``
        must be a module-level function and ``args`` picklable."""
        if self._closed:
            self._run_now(lambda: fn(*args), on_success, on_failure)
            return
        self._track(_process_pool().submit(fn, *args), on_success, on_failure)

    def _start(
        self,
        executor: Executor,
        fn: Callable[[], Any],
        on_success: OnSuccess | None,
        on_failure: OnFailure | None,
    ) -> None:
        if self._closed:
            self._run_now(fn, on_success, on_failure)
            return
        self._track(executor.submit(fn), on_success, on_failure)

    def _track(self, future: Future[Any], on_success: OnSuccess | None, on_failure: OnFailure | None) -> None:
        job = next(self._ids)
        self._callbacks[job] = (on_success, on_failure)
        self.task_started.emit()
        future.add_done_callback(lambda done: self._report(job, done))

    def _report(self, job: int, future: Future[Any]) -> None:
        with self._lock:
            self._finished[job] = future
        # RuntimeError: the runner was deleted meanwhile (window closed), so there is nobody to tell.
        with contextlib.suppress(RuntimeError):
            self._job_done.emit(job)

    def _deliver(self, job: int) -> None:
        with self._lock:
            future = self._finished.pop(job, None)
        if future is None:
            return  # already delivered by wait_for_done
        on_success, on_failure = self._callbacks.pop(job, (None, None))
        error = future.exception()
        try:
            if error is None:
                if on_success is not None:
                    on_success(future.result())
            elif on_failure is not None and isinstance(error, Exception):
                on_failure(error)
            else:
                log.error("background task failed", exc_info=error)
        finally:
            if not self._callbacks:
                self.all_finished.emit()

    @staticmethod
    def _run_now(fn: Callable[[], Any], on_success: OnSuccess | None, on_failure: OnFailure | None) -> None:
        """Work that arrives while the window closes (a last save) runs right here: dropping it
        would lose what the user typed."""
        try:
            result = fn()
        except Exception as exc:
            if on_failure is not None:
                on_failure(exc)
            else:
                log.error("task failed while closing", exc_info=exc)
        else:
            if on_success is not None:
                on_success(result)

    def wait_for_done(self) -> None:
        """Wait until submitted work has run and deliver its results now, on the calling thread
        (closing the window, scripted runs). The runner stays usable."""
        self.shutdown()
        with self._lock:
            done = sorted(self._finished)
        for job in done:
            self._deliver(job)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lzz-db")
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="lzz-work")
        self._closed = False

    def shutdown(self) -> None:
        """Finish submitted work and end the worker threads (when the window closes). Work
        submitted afterwards runs on the calling thread."""
        self._closed = True
        for executor in (self._db, self._pool):
            executor.shutdown(wait=True)


_PROCESSES: ProcessPoolExecutor | None = None


def _process_pool() -> ProcessPoolExecutor:
    """One helper process for the whole application, started on first use ("spawn": a forked
    copy of a Qt process with threads is not safe), ended when the application exits."""
    global _PROCESSES
    if _PROCESSES is None:
        import atexit
        import multiprocessing

        _PROCESSES = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        atexit.register(_PROCESSES.shutdown, wait=False, cancel_futures=True)
    return _PROCESSES
