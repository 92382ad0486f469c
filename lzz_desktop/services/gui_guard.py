"""A guard for the rule "widgets never touch the database on the GUI thread".

When enabled (the test suite enables it for every test), opening a database session on the main
thread from code of ``lzz_desktop/ui`` raises :class:`GuiThreadDatabaseError`: such a call waits
up to the busy timeout while a sync writes, and the window freezes meanwhile. Test code itself
may use the database on the main thread (a test frame is met before any ui frame, also when the
test's code runs inside a window's modal dialog); the task runner's last saves while the window
closes are allowed (nothing else runs then).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import FrameType

_UI = str(Path(__file__).resolve().parents[1] / "ui")
_TESTS = str(Path(__file__).resolve().parents[2] / "tests")
_ALLOWED = ("_run_now", "closeEvent")  # work that must finish while the window closes

enabled: bool | str = False  # True: raise; "record": only note the place
violations: list[str] = []  # where the guard fired (also when a caller swallowed the error)


class GuiThreadDatabaseError(RuntimeError):
    """The database was used on the GUI thread from window code."""


def check() -> None:
    if not enabled or threading.current_thread() is not threading.main_thread():
        return
    frame: FrameType | None = sys._getframe(2)
    culprit = None
    while frame is not None:
        filename = frame.f_code.co_filename
        if culprit is None and filename.startswith(_TESTS):
            return  # a test inspects the database
        if filename.startswith(_UI):
            if frame.f_code.co_name in _ALLOWED:
                return
            culprit = culprit or f"{Path(filename).name}:{frame.f_lineno} in {frame.f_code.co_name}"
        frame = frame.f_back
    if culprit is not None:
        violations.append(culprit)
        if enabled == "record":
            return
        raise GuiThreadDatabaseError(f"database used on the GUI thread from {culprit}; use TaskRunner.run_db")
