"""Autosave timing shared by every editor that saves as you type.

A plain debounce (save once typing pauses) never saves while somebody types without a pause — a
consultant writing the goals of a workshop at 20 characters a second lost everything typed when the
laptop died. So the save waits for a pause of ``delay_ms``, but never longer than ``max_wait_ms``
after the first unsaved keystroke: a crash loses at most about two seconds of typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

MAX_WAIT_MS = 2000
RETRY_MS = 5000  # a save that failed (e.g. the database was busy) is tried again by itself


class AutosaveTimer(QObject):
    """Drop-in for the single-shot QTimer the editors used: ``start()`` on every edit, ``stop()``
    once saved, ``isActive()`` while a save is due."""

    def __init__(
        self,
        save: Callable[[], None],
        delay_ms: int,
        parent: QObject | None = None,
        max_wait_ms: int = MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(delay_ms)
        self._pause.timeout.connect(self._fire)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max_wait_ms)
        self._deadline.timeout.connect(self._fire)

    def start(self, delay_ms: int | None = None) -> None:
        """An edit happened: save after a pause, and at the latest ``max_wait_ms`` after the first
        edit that is not saved yet."""
        if delay_ms is None:
            self._pause.start()
        else:
            self._pause.start(delay_ms)
        if not self._deadline.isActive():
            self._deadline.start()

    def stop(self) -> None:
        self._pause.stop()
        self._deadline.stop()

    def isActive(self) -> bool:
        return self._pause.isActive() or self._deadline.isActive()

    def interval(self) -> int:
        return self._pause.interval()

    def _fire(self) -> None:
        self.stop()
        self._save()
