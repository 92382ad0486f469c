"""The headless subcommands of ``lzz-desktop``: screenshot, export, check, login, sync."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from lzz_desktop.fileio import write_text
from lzz_desktop.records.districts import NotFoundError
from lzz_desktop.services import Workspace
from lzz_desktop.services.workspace import DATABASE_NAME
from lzz_desktop.settings import Settings
from lzz_desktop.store import StoreError

if TYPE_CHECKING:
    from lzz_desktop.store.keys import WorkspaceKey

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3


def _core_app(language: str) -> QCoreApplication:
    from lzz_desktop.i18n import install_translators

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    install_translators(app, language)
    return app


def _open(args: argparse.Namespace, data_dir: Path) -> Workspace | None:
    from lzz_desktop.i18n import current_language  # set by _core_app from --lang
    from lzz_desktop.services.opening import open_workspace
    from lzz_desktop.store.errors import PassphraseRequired, WeakPassphraseError, WrongPassphraseError
    from lzz_desktop.texts.store import store_error_text

    passphrase: str | None = None
    for _attempt in range(3):
        try:
            # Headless commands read: they work on a read-only data folder too.
            return open_workspace(
                data_dir,
                bool(args.demo),
                Settings.load(data_dir),
                allow_read_only=True,
                passphrase=passphrase,
            )
        except (PassphraseRequired, WrongPassphraseError, WeakPassphraseError) as error:
            print(store_error_text(error, current_language()), file=sys.stderr)
            new = isinstance(error, WeakPassphraseError) or getattr(error, "new", False)
            passphrase = _ask_passphrase(new)
            if passphrase is None:
                return None
        except StoreError as error:
            print(store_error_text(error, current_language()), file=sys.stderr)
            return None
    return None


def _ask_passphrase(new: bool) -> str | None:
    """The passphrase typed at the terminal (twice when it is new); None without a terminal."""
    import getpass

    if not sys.stdin.isatty():
        return None
    try:
        first = getpass.getpass(QCoreApplication.translate("Cli", "Passphrase: "))
        if new and getpass.getpass(QCoreApplication.translate("Cli", "Passphrase again: ")) != first:
            print(QCoreApplication.translate("Cli", "The two passphrases differ."), file=sys.stderr)
            return None
    except (EOFError, KeyboardInterrupt):
        return None
    return first


class _UnknownDistrictError(Exception):
    """The named district does not exist; the user has been told."""


def _find_district(workspace: Workspace, name: str | None) -> str | None:
    """The district's id, or None when no name was given."""
    if not name:
        return None
    try:
        return workspace.districts.find(name)
    except NotFoundError:
        known = ", ".join(d.name for d in workspace.districts.list())
        print(
            QCoreApplication.translate("Cli", "No district called “{name}”. Known districts: {known}").format(
                name=name, known=known or "–"
            ),
            file=sys.stderr,
        )
        raise _UnknownDistrictError(name) from None


@contextlib.contextmanager
def _offscreen_screen(size: tuple[int, int]) -> Iterator[None]:
    """Qt's offscreen screen is 800×600, and windows are kept inside their screen (issue 17):
    a screenshot renders on an offscreen screen of the size asked for."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if QCoreApplication.instance() is not None or platform.split(":")[0] != "offscreen":
        yield
        return
    width, height = size
    frame = 8  # the offscreen platform's window frame: the window itself gets the size asked for
    screen = {"name": "screenshot", "x": 0, "y": 0, "width": width + frame, "height": height + frame}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    with tempfile.TemporaryDirectory(prefix="lzz-screen-") as folder:
        config = Path(folder, "screen.json")
        write_text(config, json.dumps({"screens": [screen]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        try:
            yield  # the platform reads the file while the application is created
        finally:
            os.environ["QT_QPA_PLATFORM"] = platform


def screenshot(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from lzz_desktop.app import create_qapplication, render_screenshot
    from lzz_desktop.ui.main_window import MainWindow

    settings = Settings.load(data_dir)
    size = getattr(args, "size", (1280, 800))
    with _offscreen_screen(size):
        create_qapplication(language, getattr(args, "palette", None) or settings.appearance)
    workspace = _open(args, data_dir)
    if workspace is None:
        return EXIT_STORE
    try:
        district_id = _find_district(workspace, args.district)
        window = MainWindow(workspace, settings)
        render_screenshot(window, args.file, args.view, district_id, size)
        window.tasks.wait_for_done()
        print(args.file)
        return EXIT_OK
    except _UnknownDistrictError:
        return EXIT_USAGE
    except OSError as exc:
        print(
            QCoreApplication.translate("Cli", "Cannot write the picture: {error}").format(error=exc),
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        workspace.close()


def export(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from PySide6.QtGui import QGuiApplication

    from lzz_desktop.exporting import export_district_bundle
    from lzz_desktop.i18n import install_translators

    # The stakeholder map is drawn with Qt's painter (offscreen), which needs a GUI application:
    # QtGui's, without widgets.
    app = QCoreApplication.instance() or QGuiApplication(sys.argv[:1])
    install_translators(app, language)
    workspace = _open(args, data_dir)
    if workspace is None:
        return EXIT_STORE
    try:
        try:
            district_id = _find_district(workspace, args.district)
            assert district_id is not None  # --district is required
            folder = export_district_bundle(workspace, district_id, args.out, language)
        except _UnknownDistrictError:
            return EXIT_USAGE
        except OSError as exc:
            # Name the file: "No such file or directory" alone does not say what is missing.
            error = f"{exc.strerror}: {exc.filename}" if exc.strerror and exc.filename else str(exc)
            print(
                QCoreApplication.translate("Cli", "Cannot write the export to {path}: {error}").format(
                    path=args.out, error=error
                ),
                file=sys.stderr,
            )
            return EXIT_FAILED
        print(folder)
        return EXIT_OK
    finally:
        workspace.close()


def _existing_key(db_path: Path) -> WorkspaceKey | None:
    """The key of an existing workspace, or None (none made, none at hand): checks only read."""
    from lzz_desktop.store.errors import StoreError
    from lzz_desktop.store.keys import read_key_info, workspace_key

    try:
        return workspace_key(db_path) if read_key_info(db_path) is not None else None
    except StoreError:
        return None


def check(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from lzz_desktop.store.checks import run_checks

    _core_app(language)
    if args.demo:
        workspace = _open(args, data_dir)
        if workspace is None:
            return EXIT_STORE
        workspace.close()
    db_path = data_dir / DATABASE_NAME
    report = run_checks(db_path, _existing_key(db_path))
    print(QCoreApplication.translate("Cli", "Database check: {path}").format(path=db_path))
    for finding in report.findings:
        mark = "OK " if finding.ok else "!! "
        print(mark + describe_finding(finding.code, finding.ok, finding.params))
    if report.healthy:
        print(QCoreApplication.translate("Cli", "Result: healthy"))
    else:
        print(QCoreApplication.translate("Cli", "Result: problems found"))
    return EXIT_OK if report.healthy else EXIT_FAILED


def _read_password() -> str:
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(QCoreApplication.translate("Cli", "Password: "))
    return sys.stdin.readline().rstrip("\r\n")


def login(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from lzz_desktop.sync import account
    from lzz_desktop.sync.errors import SyncError
    from lzz_desktop.texts.sync import sync_error_text

    _core_app(language)
    password = _read_password()
    if not password:
        print(QCoreApplication.translate("Cli", "No password given."), file=sys.stderr)
        return EXIT_USAGE
    workspace = _open(args, data_dir)
    if workspace is None:
        return EXIT_STORE
    from urllib.parse import urlsplit

    from lzz_desktop.sync.client import is_loopback

    insecure = bool(getattr(args, "insecure", False))
    target = urlsplit(account.normalise_server(args.server))
    if insecure and target.scheme == "http" and not is_loopback(target.hostname or ""):
        print(
            QCoreApplication.translate(
                "Cli", "Warning: --insecure sends the password and all data unencrypted over the network."
            ),
            file=sys.stderr,
        )
    try:
        answer = account.login(workspace, args.server, args.user, password, insecure=insecure)
    except SyncError as error:
        print(sync_error_text(error, language), file=sys.stderr)
        return EXIT_FAILED
    finally:
        workspace.close()
    print(
        QCoreApplication.translate("Cli", "Logged in as {user} ({role}) at {server}.").format(
            user=answer.user, role=answer.role, server=account.normalise_server(args.server)
        )
    )
    return EXIT_OK


def sync(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from lzz_desktop.sync import account
    from lzz_desktop.sync.errors import SyncError
    from lzz_desktop.texts.sync import sync_error_text, sync_report_text

    _core_app(language)
    workspace = _open(args, data_dir)
    if workspace is None:
        return EXIT_STORE
    try:
        report = account.run_sync(workspace)
    except SyncError as error:
        print(sync_error_text(error, language), file=sys.stderr)
        return EXIT_FAILED
    finally:
        workspace.close()
    print(sync_report_text(report, language))
    for line in report.rejected:
        print("  " + line, file=sys.stderr)
    return EXIT_OK


def describe_finding(code: str, ok: bool, params: dict[str, str | int]) -> str:
    """One line of the check report in the user's language."""
    p = {key: str(value) for key, value in params.items()}
    if code == "integrity":
        if ok:
            return QCoreApplication.translate("Cli", "Integrity: the file is intact.")
        reason = p.get("reason", "")
        if reason == "missing":
            return QCoreApplication.translate("Cli", "Integrity: there is no database file yet.")
        if reason == "locked":
            return QCoreApplication.translate("Cli", "Integrity: the file is locked by another program.")
        if reason == "not_sqlite":
            return QCoreApplication.translate("Cli", "Integrity: the file is not an LZZ database.")
        if reason == "no_key":
            return QCoreApplication.translate(
                "Cli", "Integrity: the file is encrypted and its key is not available on this computer."
            )
        return QCoreApplication.translate(
            "Cli", "Integrity: the file is damaged or unreadable ({detail})."
        ).format(detail=p.get("detail", reason))
    if code == "migration":
        state = p.get("state", "")
        if state == "current":
            return QCoreApplication.translate("Cli", "Schema: up to date (revision {current}).").format(
                current=p.get("current", "")
            )
        if state == "behind":
            return QCoreApplication.translate(
                "Cli", "Schema: revision {current}; it will be upgraded to {head} at the next start."
            ).format(current=p.get("current", ""), head=p.get("head", ""))
        if state == "newer":
            return QCoreApplication.translate(
                "Cli", "Schema: revision {current} comes from a newer version of LZZ Desktop."
            ).format(current=p.get("current", ""))
        return QCoreApplication.translate("Cli", "Schema: the file has no LZZ schema revision.")
    if code == "foreign_keys":
        if ok:
            return QCoreApplication.translate("Cli", "References: all references point to existing records.")
        return QCoreApplication.translate("Cli", "References: {count} broken, in {tables}.").format(
            count=p.get("count", "?"), tables=p.get("tables", "")
        )
    if code == "orphans":
        if ok:
            return QCoreApplication.translate("Cli", "Orphans: none.")
        return QCoreApplication.translate(
            "Cli", "Orphans: {count} without their district or parent record, in {tables}."
        ).format(count=p.get("count", "?"), tables=p.get("tables", ""))
    if code == "outbox":
        return QCoreApplication.translate("Cli", "Sync: changes waiting to be sent: {count}.").format(
            count=p.get("pending", "0")
        )
    return f"{code}: {p}"
