"""Entry points: ``lzz-desktop`` starts the GUI or runs a headless subcommand."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from lzz_desktop import APP_NAME, __version__, cli_search
from lzz_desktop.paths import resolve_data_dir
from lzz_desktop.settings import Settings

VIEWS = ("overview", "workshops", "stakeholders", "concept")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3


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
    _common_options(login, suppress=True)

    sync = sub.add_parser("sync", help="send local changes to the central store and fetch the others'")
    _common_options(sync, suppress=True)

    _common_options(cli_search.add_parser(sub), suppress=True)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    data_dir = resolve_data_dir(args.data_dir, args.demo)
    if args.command is None:
        from lzz_desktop.app import run_gui

        return run_gui(data_dir, args.demo, args.lang)
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
    }[args.command]
    return handler(args, data_dir, language)


if __name__ == "__main__":
    sys.exit(main())
