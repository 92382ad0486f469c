"""``lzz-desktop report --phase NAME --out FILE.pdf``: the conference report of a programme phase."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    Actions = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parser(sub: Actions) -> argparse.ArgumentParser:
    parser = sub.add_parser("report", help="write the conference report of a programme phase (PDF)")
    parser.add_argument("--phase", metavar="NAME", required=True, help="the phase's name, e.g. Pilotphase")
    parser.add_argument("--out", metavar="FILE.pdf", required=True, type=Path)
    return parser


def report(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from lzz_desktop.cli_commands import EXIT_FAILED, EXIT_OK, EXIT_STORE, _core_app, _open
    from lzz_desktop.fileio import write_bytes
    from lzz_desktop.records.districts import NotFoundError
    from lzz_desktop.reports.conference import render_conference_report
    from lzz_desktop.services.programme import phase_report

    _core_app(language)
    workspace = _open(args, data_dir)
    if workspace is None:
        return EXIT_STORE
    try:
        try:
            content = phase_report(workspace, args.phase)
        except NotFoundError as missing:
            print(
                QCoreApplication.translate("Cli", "No phase called “{name}”. Phases: {known}").format(
                    name=args.phase, known=str(missing) or "–"
                ),
                file=sys.stderr,
            )
            return EXIT_FAILED
        target = args.out if args.out.suffix.lower() == ".pdf" else args.out.with_name(args.out.name + ".pdf")
        try:
            write_bytes(target, render_conference_report(content, language))
        except OSError as exc:
            print(
                QCoreApplication.translate("Cli", "Cannot write into {folder}: {error}").format(
                    folder=target.parent, error=exc.strerror or exc
                ),
                file=sys.stderr,
            )
            return EXIT_FAILED
        print(target)
        return EXIT_OK
    finally:
        workspace.close()
