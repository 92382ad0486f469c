"""The log file: ``logs/lzz-desktop.log`` in the data folder, rotating (5 × 1 MB).

It holds what support needs — what happened, where in the code, record ids and error codes — and
never what people wrote or who they are: exception messages (which can quote a name, a note or an
SQL parameter) are left out, only their type and the code location are written.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path
from types import TracebackType

LOG_DIR = "logs"
LOG_NAME = "lzz-desktop.log"
_handler: logging.Handler | None = None

# What may stand in a message we write ourselves: ids, codes, numbers, paths of our own modules.
# Anything in quotes or after "parameters:" is dropped, in case a library quotes user data.
_QUOTED = re.compile(r"(['\"„“«]).*?(['\"“”»])")
_PARAMETERS = re.compile(r"\[parameters:.*?\]", re.DOTALL)
_SQL = re.compile(r"\[SQL:.*?\]", re.DOTALL)


def redact(text: str) -> str:
    text = _PARAMETERS.sub("[parameters: …]", text)
    text = _SQL.sub("[SQL: …]", text)
    return _QUOTED.sub(r"\1…\2", text)


class _Formatter(logging.Formatter):
    def formatException(
        self, ei: tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]
    ) -> str:
        kind, _value, tb = ei
        frames = traceback.format_tb(tb) if tb is not None else []
        name = kind.__name__ if kind is not None else "Exception"
        return "".join(frames) + f"{name} (message not logged: it may contain personal data)"

    def format(self, record: logging.LogRecord) -> str:
        # The record is shared with every other handler (a console, a test's capture): this file
        # formats a redacted message and its own traceback text, and leaves the record as it was.
        saved = (record.msg, record.args, record.exc_text)
        try:
            record.msg, record.args, record.exc_text = redact(record.getMessage()), None, None
            return super().format(record)
        finally:
            record.msg, record.args, record.exc_text = saved


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_NAME


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """What "Details kopieren" hands to support: where in the code, and the error's type — like
    the log, never the error's message, which can quote a name or a note."""
    return _Formatter().formatException((kind, value, tb))


def setup_logging(data_dir: Path) -> Path | None:
    """Write the app's log into the data folder; None when the folder cannot be written (a
    read-only folder: the app says so elsewhere)."""
    global _handler
    path = log_path(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _handler = handler
    return path


def stop_logging() -> None:
    """Close the log file (the app does this on exit; tests after each test)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
