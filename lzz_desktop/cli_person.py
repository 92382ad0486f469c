"""``lzz-desktop person …``: what the data protection law gives a person, from the command line.

``person erase --district NAME --name NAME --yes`` erases a person for good (Art. 17 DSGVO) on this
device at once and, at the next sync, on the central store and every other device."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser("person", help="data protection: erase a person for good")
    actions = parser.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    erase = actions.add_parser(
        "erase", help="erase a person for good (Art. 17 DSGVO), here now and everywhere at the next sync"
    )
    erase.add_argument("--district", metavar="NAME", required=True, help="district name (e.g. Goslar) or id")
    erase.add_argument("--name", metavar="NAME", required=True, help="the person's name as recorded")
    erase.add_argument("--id", metavar="ID", help="the person's record id, where several share the name")
    erase.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    return erase


def person(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from lzz_desktop.cli_commands import (
        EXIT_FAILED,
        EXIT_OK,
        EXIT_STORE,
        EXIT_USAGE,
        _core_app,
        _find_district,
        _open,
        _UnknownDistrictError,
    )
    from lzz_desktop.services.erasure import ErasureService

    _core_app(language)
    if not args.yes:
        print(
            QCoreApplication.translate(
                "Cli",
                "Erasing a person cannot be undone. Add --yes to confirm that “{name}” is to be erased "
                "for good.",
            ).format(name=args.name),
            file=sys.stderr,
        )
        return EXIT_USAGE
    workspace = _open(args, data_dir)
    if workspace is None:
        return EXIT_STORE
    try:
        if workspace.database.read_only:
            print(
                QCoreApplication.translate("Cli", "The data folder cannot be written: nothing was erased."),
                file=sys.stderr,
            )
            return EXIT_STORE
        try:
            district_id = _find_district(workspace, args.district)
        except _UnknownDistrictError:
            return EXIT_FAILED
        assert district_id is not None
        service = ErasureService(workspace)
        found = service.find_persons(district_id, args.name)
        if args.id:
            found = [f for f in found if f[0] == args.id]
        if not found:
            print(
                QCoreApplication.translate("Cli", "No person called “{name}” in this district.").format(
                    name=args.name
                ),
                file=sys.stderr,
            )
            return EXIT_FAILED
        if len(found) > 1:
            print(
                QCoreApplication.translate(
                    "Cli", "Several persons are called “{name}”; choose one with --id:"
                ).format(name=args.name),
                file=sys.stderr,
            )
            for record_id, role, organisation in found:
                print(
                    f"  {record_id}  {', '.join(p for p in (role, organisation) if p) or '–'}",
                    file=sys.stderr,
                )
            return EXIT_FAILED
        report = service.erase_person(found[0][0])
        print(
            QCoreApplication.translate(
                "Cli",
                "Erased for good: {records} records on this computer; {rewritten} backups rewritten, "
                "{removed} removed. The central store and the other devices follow at the next sync.",
            ).format(
                records=report.records, rewritten=report.backups_rewritten, removed=report.backups_removed
            )
        )
        return EXIT_OK
    finally:
        workspace.close()
