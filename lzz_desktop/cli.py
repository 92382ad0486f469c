"""Entry points: ``lzz-desktop`` starts the GUI or runs a headless subcommand."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from lzz_desktop import APP_NAME, __version__, cli_person, cli_report, cli_search
from lzz_desktop.paths import MissingResourceError, resolve_data_dir
from lzz_desktop.settings import Settings

VIEWS = ("overview", "workshops", "stakeholders", "concept", "programme", "events")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STORE, EXIT_BROKEN_INSTALL = 0, 1, 2, 3, 4


def _common_options(parser: argparse.ArgumentParser, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default, help="data directory (or LZZ_DATA_DIR)")
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="open the demo workspace, seeded with sample districts when empty",
    )
    parser.add_argument("--lang", choices=("de", "en"), default=default, help="language of the interface")


# Qt's own command-line options (QApplication, QGuiApplication): passed through to Qt, as users of
# Qt programs expect (``lzz-desktop -style Fusion``). Those that take a value, then plain switches.
QT_VALUE_OPTIONS = (
    "-style",
    "-stylesheet",
    "-platform",
    "-platformpluginpath",
    "-platformtheme",
    "-plugin",
    "-qmljsdebugger",
    "-display",
    "-geometry",
    "-title",
    "-name",
    "-qwindowgeometry",
    "-qwindowtitle",
    "-qwindowicon",
    "-session",
)
QT_SWITCHES = ("-reverse", "-widgetcount", "-nograb", "-dograb", "-sync")


SUBCOMMANDS = ("screenshot", "export", "check", "login", "sync", "search", "person", "report")


def split_qt_args(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """(our arguments, Qt's arguments). Qt's options belong to the window: after a subcommand
    everything is ours (``person erase --name …`` is not Qt's ``-name``)."""
    ours: list[str] = []
    qt: list[str] = []
    items = list(argv)
    i = 0
    while i < len(items):
        item = items[i]
        if item in SUBCOMMANDS:
            ours.extend(items[i:])
            break
        name = "-" + item.split("=", 1)[0].lstrip("-")  # Qt takes -style and --style alike
        if item.startswith("-") and name in QT_VALUE_OPTIONS:
            qt.append(name)
            if "=" in item:
                qt.append(item.split("=", 1)[1])
            elif i + 1 < len(items):
                qt.append(items[i + 1])
                i += 1
        elif item.startswith("-") and name in QT_SWITCHES:
            qt.append(name)
        else:
            ours.append(item)
        i += 1
    return ours, qt


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, e.g. 1366x768, not {text!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text}: width and height must be between 200 and 8000")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lzz-desktop", description=f"{APP_NAME} – Land.Zuhause.Zukunft, offline field workbench"
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _common_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    shot = sub.add_parser("screenshot", help="render the main window offscreen into a PNG")
    shot.add_argument("file", metavar="FILE.png", type=Path)
    shot.add_argument("--view", choices=VIEWS, default="overview")
    shot.add_argument("--district", metavar="NAME", help="district name (e.g. Goslar) or id")
    shot.add_argument(
        "--size", metavar="WxH", type=_size, default=(1280, 800), help="window size, e.g. 1366x768"
    )
    shot.add_argument("--palette", choices=("light", "dark"), help="appearance (default: the settings')")
    _common_options(shot, suppress=True)

    export = sub.add_parser("export", help="write a district's records into DIR/<district-slug>/")
    export.add_argument("--district", metavar="NAME", required=True, help="district name (e.g. Goslar) or id")
    export.add_argument("--out", metavar="DIR", required=True, type=Path)
    _common_options(export, suppress=True)

    check = sub.add_parser("check", help="check the database: integrity, migration level, orphans")
    _common_options(check, suppress=True)

    login = sub.add_parser(
        "login", help="log in to a central store; the password is read from standard input"
    )
    login.add_argument("--server", metavar="URL", required=True)
    login.add_argument("--user", metavar="NAME", required=True)
    login.add_argument(
        "--insecure",
        action="store_true",
        help="allow plain http:// to a server that is not on this machine (test set-ups only)",
    )
    _common_options(login, suppress=True)

    sync = sub.add_parser("sync", help="send local changes to the central store and fetch the others'")
    _common_options(sync, suppress=True)

    _common_options(cli_search.add_parser(sub), suppress=True)
    _common_options(cli_report.add_parser(sub), suppress=True)
    for person_parser in cli_person.add_parser(sub):
        _common_options(person_parser, suppress=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the bundled app's helper process (network layouts) starts here
    ours, qt_args = split_qt_args(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(ours)
    data_dir = resolve_data_dir(args.data_dir, args.demo)
    try:
        return _run(args, data_dir, qt_args)
    except MissingResourceError as exc:  # an incomplete installation: name the file, no traceback
        print(str(exc), file=sys.stderr)
        return EXIT_BROKEN_INSTALL


def _run(args: argparse.Namespace, data_dir: Path, qt_args: list[str]) -> int:
    if args.command is None:
        from lzz_desktop.app import run_gui

        return run_gui(data_dir, args.demo, args.lang, qt_args)
    # Headless subcommands run without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    language = args.lang or Settings.load(data_dir).language
    from lzz_desktop import cli_commands

    handler = {
        "screenshot": cli_commands.screenshot,
        "export": cli_commands.export,
        "check": cli_commands.check,
        "login": cli_commands.login,
        "sync": cli_commands.sync,
        "search": cli_search.search,
        "person": cli_person.person,
        "report": cli_report.report,
    }[args.command]
    return handler(args, data_dir, language)


if __name__ == "__main__":
    sys.exit(main())
