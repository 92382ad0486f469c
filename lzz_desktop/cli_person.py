"""``lzz-desktop person …``: what the data protection law gives a person, from the command line.

- ``person export --district NAME --name NAME --out DIR`` writes everything stored about a person
  (Art. 15/20 DSGVO) as ``auskunft_<name>.json`` and ``auskunft_<name>.pdf``;
- ``person erase --district NAME --name NAME --yes`` erases a person for good (Art. 17 DSGVO) on
  this device at once and, at the next sync, on the central store and every other device.

``--id`` picks one of several persons with the same name."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

    Actions = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parser(sub: Actions) -> list[argparse.ArgumentParser]:
    """``person export`` and ``person erase``; returns both (for the common options)."""
    parser = sub.add_parser("person", help="data protection: access report or erasure of a person")
    actions = parser.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    export = _person_parser(
        actions,
        "export",
        "write everything stored about a person (Art. 15/20 DSGVO) as JSON and PDF into DIR",
    )
    export.add_argument("--out", metavar="DIR", required=True, type=Path)
    erase = _person_parser(
        actions, "erase", "erase a person for good (Art. 17 DSGVO), here now and everywhere at the next sync"
    )
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    return [export, erase]


def _person_parser(actions: Actions, name: str, help_text: str) -> argparse.ArgumentParser:
    parser = actions.add_parser(name, help=help_text)
    parser.add_argument("--district", metavar="NAME", required=True, help="district name (e.g. Goslar) or id")
    parser.add_argument("--name", metavar="NAME", required=True, help="the person's name as recorded")
    parser.add_argument("--id", metavar="ID", help="the person's record id, where several share the name")
    return parser


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def person(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from lzz_desktop.cli_commands import EXIT_STORE, EXIT_USAGE, _core_app, _open

    _core_app(language)
    if args.person_command == "erase" and not args.yes:
        _say(
            QCoreApplication.translate(
                "Cli",
                "Erasing a person cannot be undone. Add --yes to confirm that “{name}” is to be erased "
                "for good.",
            ).format(name=args.name)
        )
        return EXIT_USAGE
    workspace = _open(args, data_dir)
    if workspace is None:
        return EXIT_STORE
    try:
        found = _person_id(args, workspace)
        if isinstance(found, int):
            return found
        if args.person_command == "export":
            return _export(args, workspace, found)
        return _erase(workspace, found)
    finally:
        workspace.close()


def _person_id(args: argparse.Namespace, workspace: Workspace) -> str | int:
    """The one person meant, or an exit code (the user has been told why)."""
    from lzz_desktop.cli_commands import EXIT_FAILED, _find_district, _UnknownDistrictError

    try:
        district_id = _find_district(workspace, args.district)
    except _UnknownDistrictError:
        return EXIT_FAILED
    assert district_id is not None
    found = workspace.stakeholders.find_persons(district_id, args.name)
    if args.id:
        found = [f for f in found if f[0] == args.id]
    if not found:
        _say(
            QCoreApplication.translate("Cli", "No person called “{name}” in this district.").format(
                name=args.name
            )
        )
        return EXIT_FAILED
    if len(found) > 1:
        _say(
            QCoreApplication.translate(
                "Cli", "Several persons are called “{name}”; choose one with --id:"
            ).format(name=args.name)
        )
        for record_id, role, organisation in found:
            _say(f"  {record_id}  {', '.join(p for p in (role, organisation) if p) or '–'}")
        return EXIT_FAILED
    return found[0][0]


def _export(args: argparse.Namespace, workspace: Workspace, person: str) -> int:
    from lzz_desktop.cli_commands import EXIT_FAILED, EXIT_OK
    from lzz_desktop.exporting.person_access import write_access_report
    from lzz_desktop.i18n import current_language
    from lzz_desktop.services.person_access import collect

    report = collect(workspace, person)
    try:
        written = write_access_report(report, args.out, current_language())
    except OSError as exc:
        _say(
            QCoreApplication.translate("Cli", "Cannot write into {folder}: {error}").format(
                folder=args.out, error=exc.strerror or exc
            )
        )
        return EXIT_FAILED
    for path in written:
        print(path)
    return EXIT_OK


def _erase(workspace: Workspace, person: str) -> int:
    from lzz_desktop.cli_commands import EXIT_OK, EXIT_STORE
    from lzz_desktop.services.erasure import ErasureService

    if workspace.database.read_only:
        _say(QCoreApplication.translate("Cli", "The data folder cannot be written: nothing was erased."))
        return EXIT_STORE
    report = ErasureService(workspace).erase_person(person)
    print(
        QCoreApplication.translate(
            "Cli",
            "Erased for good: {records} records on this computer; {rewritten} backups rewritten, "
            "{removed} removed. The central store and the other devices follow at the next sync.",
        ).format(records=report.records, rewritten=report.backups_rewritten, removed=report.backups_removed)
    )
    return EXIT_OK
