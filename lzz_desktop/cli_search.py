"""``lzz-desktop search TEXT``: the workspace's full-text search from the command line. Exit code 0
when something was found, 1 when nothing was; ``--json`` prints one object per hit and line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from lzz_desktop.texts.search import HITS, KIND_LABELS, NO_HITS, kind_label

# The kinds the command line offers by name: the first seven are a contract, then the rest the
# index knows (kept importable without the database layer, so `lzz-desktop --help` stays quick).
_NAMED = ("workshop", "agenda", "agreement", "task", "actor", "concept", "comment")
CLI_KINDS = _NAMED + tuple(k for k in KIND_LABELS["en"] if k not in _NAMED)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        "search", help="full-text search across the workspace (exit 1 when nothing is found)"
    )
    parser.add_argument("text", metavar="TEXT", help='words (prefixes match), "a phrase" in quotes')
    parser.add_argument("--district", metavar="NAME", help="only this district (name or id)")
    parser.add_argument("--kind", choices=CLI_KINDS, action="append", help="only records of this kind")
    parser.add_argument("--json", action="store_true", help="one JSON object per hit and line")
    return parser


def search(args: argparse.Namespace, data_dir: Path, language: str) -> int:
    from lzz_desktop.cli_commands import (
        EXIT_FAILED,
        EXIT_OK,
        EXIT_STORE,
        EXIT_USAGE,
        _core_app,
        _find_district,
        _open,
    )
    from lzz_desktop.cli_commands import _UnknownDistrictError as UnknownDistrict

    _core_app(language)
    workspace = _open(args, data_dir)
    if workspace is None:
        return EXIT_STORE
    try:
        try:
            district_id = _find_district(workspace, args.district)
        except UnknownDistrict:
            return EXIT_USAGE
        hits = workspace.search.search(args.text, district_id=district_id, kinds=args.kind)
    finally:
        workspace.close()
    for hit in hits:
        if args.json:
            line = {
                "kind": hit.kind,
                "id": hit.record_id,
                "district": hit.district_name,
                "title": hit.title,
                "snippet": hit.snippet,
            }
            print(json.dumps(line, ensure_ascii=False))
        else:
            where = " · ".join(part for part in (hit.district_name, hit.context) if part)
            print(f"[{kind_label(hit.kind, language)}] {where}: {hit.title}")
            if hit.snippet and hit.snippet != hit.title:
                print(f"    {hit.snippet}")
    if not args.json:
        summary = HITS if hits else NO_HITS
        print(summary.get(language, summary["en"]).format(count=len(hits), query=args.text), file=sys.stderr)
    return EXIT_OK if hits else EXIT_FAILED
