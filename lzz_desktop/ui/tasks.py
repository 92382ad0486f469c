"""The one background-work helper: runs callables off the GUI thread and reports success or failure
back on it. Database work is serialised on one worker; other work runs in parallel."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from a worker arrive there as queued calls."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # every failure reaches the caller's on_failure
            log.debug("background task failed:\n%s", traceback.format_exc())
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """``run_db`` for anything touching the database, ``run`` for other slow work (PDFs, files)."""

    task_started = Signal()
    all_finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db_pool = QThreadPool(self)
        self._db_pool.setMaxThreadCount(1)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run_db(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        self._start(self._db_pool, fn, on_success, on_failure)

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        self._start(self._pool, fn, on_success, on_failure)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None,
        on_failure: Callable[[Exception], None] | None,
    ) -> None:
        relay = _Relay(self)
        self._relays.add(relay)

        @Slot(object)
        def succeeded(result: Any) -> None:
            self._finish(relay)
            if on_success is not None:
                on_success(result)

        @Slot(object)
        def failed(exc: Exception) -> None:
            self._finish(relay)
            if on_failure is not None:
                on_failure(exc)
            else:
                log.error("background task failed: %s", exc)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self.task_started.emit()
        pool.start(_Job(fn, relay))

    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.all_finished.emit()

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until the pools are idle (used when closing, and by scripted runs)."""
        return self._db_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)
