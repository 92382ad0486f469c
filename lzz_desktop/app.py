"""Composition root: builds the Qt application, opens the workspace, shows the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from lzz_desktop import APP_NAME, __version__
from lzz_desktop.fileio import atomic_path
from lzz_desktop.i18n import install_translators
from lzz_desktop.paths import resource
from lzz_desktop.settings import Settings
from lzz_desktop.store.errors import (
    CorruptDatabaseError,
    PassphraseRequired,
    StoreError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.messages import store_error_text, store_error_title, unexpected_error_text

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


def create_qapplication(
    language: str, appearance: str = "system", qt_args: Sequence[str] = ()
) -> QApplication:
    """The application with its language and appearance; ``qt_args`` are Qt's own command-line
    options (``-style Fusion``, ``-platform …``), passed through as Qt documents them."""
    from lzz_desktop.ui import theme

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([*sys.argv[:1], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Land.Zuhause.Zukunft")
    app.setDesktopFileName("lzz-desktop")
    if not app.property("lzz_icon"):
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(resource("lzz-desktop.svg"))))  # title bar, task bar, dialogs
        app.setProperty("lzz_icon", True)
    from lzz_desktop.reports.qt_fonts import with_fallbacks

    app.setFont(with_fallbacks(app.font()))  # names in every script, whatever fonts the system has
    theme.apply(app, appearance, keep_style="-style" in qt_args)
    if not app.property("lzz_screen_fit"):
        from lzz_desktop.ui.fit import ScreenFit

        fit = ScreenFit(app)  # every dialog and window is kept inside its screen (issue 17)
        app.installEventFilter(fit)
        app.setProperty("lzz_screen_fit", True)
    install_translators(app, language)
    return app


def _is_passphrase_problem(error: StoreError) -> bool:
    return isinstance(error, (PassphraseRequired, WrongPassphraseError, WeakPassphraseError))


def offer_recovery(error: StoreError, passphrase: str | None = None) -> bool:
    """Tell the user what is wrong with the database. A damaged file can be replaced by its latest
    backup (the damaged file is kept aside, never overwritten). True: try opening again."""
    from lzz_desktop.store.backup import list_backups, restore_backup
    from lzz_desktop.store.keys import workspace_key

    box = QMessageBox(QMessageBox.Icon.Critical, store_error_title(error), store_error_text(error))
    backups = list_backups(error.path) if isinstance(error, CorruptDatabaseError) else []
    restore_button = None
    if backups:
        box.setInformativeText(
            QApplication.translate(
                "App", "A backup from {name} is available. Restore it? The damaged file is kept."
            ).format(name=backups[0].name)
        )
        restore_button = box.addButton(
            QApplication.translate("App", "Restore latest backup"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(QApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    try:
        restore_backup(error.path, backups[0], workspace_key(error.path, passphrase))
    except StoreError as problem:
        QMessageBox.critical(None, store_error_title(problem), store_error_text(problem))
        return False
    return True


def open_workspace_interactive(data_dir: Path, demo: bool, settings: Settings) -> Workspace | None:
    """Like :func:`open_workspace`, but storage problems become dialogs (see offer_recovery) and a
    passphrase is asked where the workspace needs one."""
    from lzz_desktop.ui.passphrase_dialog import ask_passphrase

    passphrase: str | None = None
    while True:
        try:
            from lzz_desktop.services.opening import open_workspace  # the database layer, on demand

            return open_workspace(data_dir, demo, settings, passphrase=passphrase)
        except StoreError as error:
            if _is_passphrase_problem(error):
                passphrase = ask_passphrase(
                    None, _new_passphrase(error), isinstance(error, WrongPassphraseError)
                )
                if passphrase is None:
                    return None
            elif not offer_recovery(error, passphrase):
                return None


def _new_passphrase(error: StoreError) -> bool:
    return isinstance(error, WeakPassphraseError) or bool(getattr(error, "new", False))


def run_gui(data_dir: Path, demo: bool, language: str | None, qt_args: Sequence[str] = ()) -> int:
    """Show the window at once, open the database on the worker thread, then fill the window."""
    from lzz_desktop.logs import setup_logging, stop_logging
    from lzz_desktop.ui.failures import FailureReporter

    settings = Settings.load(data_dir)
    log_file = setup_logging(data_dir)
    app = create_qapplication(language or settings.language, settings.appearance, qt_args)
    window = MainWindow(None, settings)
    FailureReporter(window, log_file).install()
    window.show()
    opened: list[Workspace] = []
    passphrase: list[str | None] = [None]

    def attach(workspace: Workspace) -> None:
        opened.append(workspace)
        window.attach_workspace(workspace)

    def failed(error: Exception) -> None:
        # Dialogs and the window's shutdown must not run inside the slot delivering this failure.
        QTimer.singleShot(0, lambda: recover(error))

    def recover(error: Exception) -> None:
        if isinstance(error, StoreError) and _is_passphrase_problem(error):
            from lzz_desktop.ui.passphrase_dialog import ask_passphrase

            typed = ask_passphrase(window, _new_passphrase(error), isinstance(error, WrongPassphraseError))
            if typed is not None:
                passphrase[0] = typed
                start()
                return
        elif isinstance(error, StoreError):
            if offer_recovery(error, passphrase[0]):
                start()
                return
        else:
            QMessageBox.critical(window, APP_NAME, unexpected_error_text(error))
        window.close()
        app.exit(3)

    def open_it() -> Workspace:
        # The database layer loads on the worker, after the window is on screen.
        from lzz_desktop.services.opening import open_workspace

        return open_workspace(data_dir, demo, settings, passphrase=passphrase[0])

    def start() -> None:
        window.tasks.run_db(open_it, attach, failed)

    start()
    try:
        return app.exec()
    finally:
        window.close()
        window.tasks.shutdown()
        for workspace in opened:
            workspace.close()
        stop_logging()


def _wait_for(signal: object, timeout_ms: int) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def render_screenshot(
    window: MainWindow, out: Path, view: str, district_id: str | None, size: tuple[int, int] = (1280, 800)
) -> None:
    """Show ``view`` of the district in ``window`` once its data has loaded, and save a PNG."""
    window.resize(*size)
    window.show()
    if window.model.rowCount() == 0:
        _wait_for(window.districts_reloaded, 10000)  # the list is read on the database worker
    if district_id is not None and district_id != window.selected_district_id():
        window.select_district(district_id)
    if window.selected_district_id() and (
        window.current_page is None or window.current_page.id != window.selected_district_id()
    ):
        _wait_for(window.district_shown, 10000)
    if view in ("programme", "events"):  # the office's dialogs, over the window
        if view == "programme":
            window.open_programme_overview()
        else:
            window.open_events()
        dialog = window.programme_overview if view == "programme" else window.events_dialog
        assert dialog is not None
        dialog.resize(min(size[0], dialog.width()), min(size[1] - 60, dialog.height()))
        if window.tasks.busy:
            _wait_for(window.tasks.all_finished, 10000)
        QApplication.processEvents()
        picture = dialog.grab()
    else:
        window.show_view(view)
        # Pages may load more of their own data in the background: wait until all of it has arrived.
        if window.tasks.busy:
            _wait_for(window.tasks.all_finished, 10000)
        QApplication.processEvents()
        picture = window.grab()
    with atomic_path(out) as tmp:
        if not picture.save(str(tmp), "PNG"):
            raise OSError(f"cannot write {out}")
