"""What every benchmark script shares: one JSON line per figure on stdout."""

from __future__ import annotations

import json
from typing import Any


def emit(benchmark: str, value: float, unit: str, limit: float | None = None, **extra: Any) -> None:
    """Print one figure; with ``limit`` it carries the target and whether it was met."""
    line: dict[str, Any] = {"benchmark": benchmark, "value": round(value, 2), "unit": unit}
    if limit is not None:
        line["target"] = extra.pop("target", f"<= {limit:g} {unit}")
        line["limit"] = limit
        line["ok"] = value <= limit
    line.update(extra)
    print(json.dumps(line, ensure_ascii=False), flush=True)


class EventWaiter:
    """Waits in the Qt event loop until a condition holds — not in a busy loop, which would fight
    the database worker for the interpreter lock. ``check`` re-tests the condition; connect it to
    every signal (and timer) that can make it true."""

    def __init__(self) -> None:
        self._loop: Any = None
        self._condition: Any = None

    def check(self, *_args: Any) -> None:
        if self._loop is not None and self._condition():
            self._loop.quit()

    def wait(self, condition: Any, timeout_ms: int) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        if condition():
            return
        loop = QEventLoop()
        self._loop, self._condition = loop, condition
        QTimer.singleShot(timeout_ms, loop, loop.quit)
        loop.exec()
        self._loop = self._condition = None
