"""Failures are never silent: uncaught exceptions on any thread and Qt's warnings go to the log
file, and an unexpected error on the GUI thread shows a dialog with "Details kopieren" and the
log's place, instead of vanishing (the windowed app has no console)."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lzz_desktop import APP_NAME, __version__
from lzz_desktop.ui.messages import unexpected_error_text

log = logging.getLogger("lzz_desktop.failures")


class FailureReporter(QObject):
    """Installs the hooks; ``shown`` carries the dialog once it is on screen (for tests)."""

    dialog_shown = Signal(object)
    _raised = Signal()  # from another thread: show the newest failure on the GUI thread

    def __init__(self, parent: QWidget | None, log_file: Path | None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.log_file = log_file
        self.last_details = ""
        self._pending: list[tuple[type[BaseException], BaseException, TracebackType | None]] = []
        self._lock = threading.Lock()
        self._raised.connect(self._show_pending)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        qInstallMessageHandler(_qt_message)

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        qInstallMessageHandler(None)

    def excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, value, tb))
        with self._lock:
            self._pending.append((kind, value, tb))
        if threading.current_thread() is threading.main_thread():
            QTimer.singleShot(0, self._show_pending)
        else:
            self._raised.emit()

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show_pending(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        if not pending:
            return
        kind, value, tb = pending[-1]
        from lzz_desktop.logs import crash_report

        self.last_details = f"{APP_NAME} {__version__}\n" + crash_report(kind, value, tb)
        box = QMessageBox(
            QMessageBox.Icon.Critical, APP_NAME, unexpected_error_text(value), parent=self.parent_widget
        )
        if self.log_file is not None:
            box.setInformativeText(
                QCoreApplication.translate("Failures", "The log file is {path}.").format(path=self.log_file)
            )
        copy = box.addButton(
            QCoreApplication.translate("Failures", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Ok)
        copy.clicked.disconnect()  # keep the box open after copying
        copy.clicked.connect(self.copy_details)
        box.setModal(True)
        box.show()
        self.dialog_shown.emit(box)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.last_details)


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(kind, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)
