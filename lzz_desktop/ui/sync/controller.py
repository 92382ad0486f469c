"""Sync in the main window: the Sync menu, automatic sync at an interval and before closing, the
status-bar indicator (pending changes, last success, last error, open conflicts). Network work
runs on the task runner, never on the GUI thread."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from lzz_desktop.labels import format_datetime
from lzz_desktop.settings import Settings
from lzz_desktop.ui.fit import elide
from lzz_desktop.ui.messages import unexpected_error_text
from lzz_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.sync.service import SyncReport, SyncStatus

MINUTE_MS = 60_000
RECOUNT_MS = 250  # commits within this time are counted once
CANCEL_TIMEOUT_S = 2.0  # closing the window stops a running sync within this time


def _local_time(iso: str) -> str:
    try:
        return format_datetime(dt.datetime.fromisoformat(iso).astimezone())
    except ValueError:
        return iso


class SyncController(QObject):
    _data_changed = Signal()  # emitted from the committing thread, delivered on the GUI thread
    sync_started = Signal()
    sync_finished = Signal(object)  # SyncReport, or the Exception
    status_changed = Signal(object)  # SyncStatus
    role_changed = Signal(str)  # the logged-in account's role ("" when unknown)
    progress_reported = Signal(str, int)  # phase (push | pull), records so far; from the worker

    def __init__(
        self, window: QMainWindow, workspace: Workspace, settings: Settings, tasks: TaskRunner
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.settings = settings
        self.tasks = tasks
        self.running = False
        self._cancel = threading.Event()
        self._close_after_sync = False
        self._synced_for_close = False
        self.last_message = ""

        # Datei, Bearbeiten, Ansicht, Abgleich, Hilfe: help comes last, as everywhere
        menu = QMenu(self.tr("S&ync"), window)
        help_menu = window.findChild(QMenu, "menu_help")
        window.menuBar().insertMenu(help_menu.menuAction() if help_menu else None, menu)  # type: ignore[arg-type]
        self.action_sync = QAction(self.tr("&Synchronise now"), window)
        self.action_sync.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.action_login = QAction(self.tr("&Log in to the central store …"), window)
        self.action_conflicts = QAction(self.tr("&Conflicts …"), window)
        self.action_refused = QAction(self.tr("&Refused changes …"), window)
        self.action_set_aside = QAction(self.tr("Records set &aside …"), window)
        menu.addActions([self.action_sync, self.action_login, self.action_conflicts])
        menu.addActions([self.action_refused, self.action_set_aside])
        menu.addSeparator()
        # The programme office manages the accounts of the central store (issue 15).
        self.action_accounts = QAction(self.tr("&Manage accounts …"), window)
        self.action_accounts.setObjectName("action_accounts")
        self.action_accounts.setEnabled(False)
        menu.addAction(self.action_accounts)
        self.action_accounts.triggered.connect(self.show_accounts)
        self.action_sync.triggered.connect(self.sync_now)
        self.action_login.triggered.connect(self.show_login)
        self.action_conflicts.triggered.connect(self.show_conflicts)
        self.action_refused.triggered.connect(self.show_refused)
        self.action_set_aside.triggered.connect(self.show_set_aside)
        self.role = ""

        self.indicator = QLabel(window)
        self.indicator.setObjectName("sync_indicator")
        window.statusBar().addPermanentWidget(self.indicator)
        elide(self.indicator, minimum=220)  # the sync state stays readable beside a long message

        self.progress_reported.connect(self._show_progress)
        # The pending count is a fact at every moment: every commit (an edit, an undo, a pulled
        # page) asks for a fresh count; bursts of commits are counted once.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_MS)
        self._recount.timeout.connect(self.refresh_status)
        self._data_changed.connect(self._recount.start)
        workspace.add_change_listener(self._notify_changed)
        self.destroyed.connect(lambda *_: workspace.remove_change_listener(self._notify_changed))
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.apply_interval(settings.sync_interval_minutes)
        # The first status is read when the window asks (after its first page): reading it loads
        # the sync modules on the database worker, which the first page must not wait behind.

    def _notify_changed(self) -> None:
        """Called on the committing thread: the signal carries no data and is queued to the GUI."""
        with contextlib.suppress(RuntimeError):  # the window is gone
            self._data_changed.emit()

    # --- status ---------------------------------------------------------------------------
    def apply_interval(self, minutes: int) -> None:
        self.timer.stop()
        if minutes > 0:
            self.timer.start(minutes * MINUTE_MS)

    def refresh_status(self) -> None:
        self.tasks.run_db(lambda: _read_status(self.workspace), self._show_status)

    def _show_status(self, status: SyncStatus) -> None:
        parts = [self.tr("%n change(s) waiting to be synchronised", "", status.pending)]
        if status.last_success:
            parts.append(self.tr("last sync {time}").format(time=_local_time(status.last_success)))
        elif not status.server:
            parts.append(self.tr("not logged in"))
        if status.conflicts:
            parts.append(self.tr("%n conflict(s)", "", status.conflicts))
        if status.refused:
            parts.append(self.tr("%n change(s) refused", "", status.refused))
        if status.quarantined:
            parts.append(self.tr("%n record(s) set aside", "", status.quarantined))
        if status.last_error:
            parts.append(self.tr("last attempt failed"))
        self.indicator.setText(" · ".join(parts))
        self.indicator.setToolTip(self.last_message)
        self.action_conflicts.setEnabled(status.conflicts > 0)
        self.action_refused.setEnabled(status.refused > 0)
        self.action_set_aside.setEnabled(status.quarantined > 0)
        self.action_accounts.setEnabled(status.role == "office")
        if status.role != self.role:
            self.role = status.role
            self.role_changed.emit(status.role)
        self.status_changed.emit(status)

    def show_accounts(self) -> None:
        from lzz_desktop.ui.accounts_dialog import open_accounts_dialog

        open_accounts_dialog(self.window, self.workspace)

    # --- sync -----------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.running:
            return
        from lzz_desktop.sync import account

        asked = self.sender() is self.action_sync  # by the user, not by the timer
        workspace = self.workspace
        self.tasks.run_db(
            lambda: account.logged_in_as(workspace), lambda found: self._start_sync(found, asked)
        )

    def _start_sync(self, logged_in: tuple[str, str], asked: bool) -> None:
        server, user = logged_in
        if self.running:
            return
        if not server or not user:
            if not self._close_after_sync and asked:
                self.show_login()
            elif self._close_after_sync:  # logged out meanwhile: close without a last sync
                self._close_after_sync = False
                self.window.close()
            return
        from lzz_desktop.sync import account

        self.running = True
        self._cancel = threading.Event()
        cancel = self._cancel
        self.action_sync.setEnabled(False)
        self.indicator.setText(self.tr("Synchronising …"))
        self.sync_started.emit()
        # On a thread of its own, not the database worker: the window's page loads never wait for
        # the network; each pulled page is written in a short transaction of its own.
        self.tasks.run_detached(
            lambda: account.run_sync(self.workspace, self.progress_reported.emit, cancel),
            self._finished,
            self._failed,
        )

    def cancel(self, timeout_s: float = CANCEL_TIMEOUT_S) -> bool:
        """Stop a running sync (closing the window): it ends at its next step, everything before
        that is committed, the rest follows at the next sync. True when it ended in time."""
        if not self.running:
            return True
        self._cancel.set()
        deadline = time.monotonic() + timeout_s
        while self.running and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)
        return not self.running

    def _show_progress(self, phase: str, count: int) -> None:
        if not self.running or phase not in ("push", "pull"):
            return
        if phase == "push":
            self.indicator.setText(self.tr("Synchronising … %n sent", "", count))
        else:
            self.indicator.setText(self.tr("Synchronising … %n received", "", count))

    def _finished(self, report: SyncReport) -> None:
        from lzz_desktop.ui.sync.texts import report_text

        self.last_message = report_text(report)
        self.window.statusBar().showMessage(self.last_message, 8000)
        self._done(report)

    def _failed(self, error: Exception) -> None:
        from lzz_desktop.sync.errors import SyncError
        from lzz_desktop.ui.sync.texts import error_text

        self.last_message = (
            error_text(error) if isinstance(error, SyncError) else unexpected_error_text(error)
        )
        self.window.statusBar().showMessage(self.last_message, 15000)
        self._done(error)

    def _done(self, outcome: object) -> None:
        self.running = False
        self.action_sync.setEnabled(True)
        self.refresh_status()
        self.sync_finished.emit(outcome)
        if self._close_after_sync:
            self._close_after_sync = False
            self.window.close()

    def sync_before_close(self, event: QCloseEvent) -> bool:
        """True when closing waits for a last sync (the window closes itself afterwards). A sync
        that is already running is cancelled instead (within 2 s): closing never waits for the
        network; what is still pending goes out at the next start."""
        if self.running:
            self._close_after_sync = False
            self.cancel()
            return False
        if self._synced_for_close:
            return False
        self._synced_for_close = True
        from lzz_desktop.sync import account
        from lzz_desktop.sync.service import read_status

        server, user = account.logged_in_as(self.workspace)
        if not server or not user or read_status(self.workspace).pending == 0:
            return False
        event.ignore()
        self._close_after_sync = True
        if not self.running:
            self.sync_now()
        return True

    # --- dialogs --------------------------------------------------------------------------
    def show_login(self) -> None:
        from lzz_desktop.ui.sync.login_dialog import LoginDialog

        dialog = LoginDialog(self.workspace, self.tasks, self.window)
        if dialog.exec():
            self.refresh_status()
            self.sync_now()

    def show_refused(self) -> None:
        from lzz_desktop.ui.sync.refused_dialog import RefusedDialog

        dialog = RefusedDialog(self.workspace, self.tasks, self.window)
        dialog.decided.connect(self.refresh_status)
        dialog.exec()
        self.refresh_status()

    def show_set_aside(self) -> None:
        from lzz_desktop.ui.sync.refused_dialog import SetAsideDialog

        SetAsideDialog(self.workspace, self.tasks, self.window).exec()

    def show_conflicts(self) -> None:
        from lzz_desktop.ui.sync.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(self.workspace, self.tasks, self.window)
        dialog.exec()
        self.refresh_status()


def _read_status(workspace: Workspace) -> SyncStatus:
    """On the database worker: the sync modules (httpx, the protocol) load there, with the first
    status, not on the GUI thread while the window builds."""
    from lzz_desktop.sync.service import read_status

    return read_status(workspace)
