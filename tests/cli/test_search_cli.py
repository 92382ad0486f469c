"""``lzz-desktop search``: exit 0 with hits and 1 without, filters by district and kind, one JSON
object per hit with --json."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import demo_dir, run_cli

__all__ = ["demo_dir"]  # the demo workspace fixture, shared with the other CLI tests


def test_hits_as_json_lines_with_kind_district_title_snippet(demo_dir: Path) -> None:
    result = run_cli("--data-dir", str(demo_dir), "search", "Sprachcafé", "--json")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and all(set(line) == {"kind", "id", "district", "title", "snippet"} for line in lines)
    assert all("sprachcaf" in (line["title"] + line["snippet"]).casefold() for line in lines)
    assert len({line["district"] for line in lines}) > 1


def test_district_and_kind_narrow_the_hits_and_diacritics_fold(demo_dir: Path) -> None:
    result = run_cli(
        "--data-dir",
        str(demo_dir),
        "search",
        "sprachcafe",
        "--district",
        "Goslar",
        "--kind",
        "actor",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert {line["district"] for line in lines} == {"Landkreis Goslar"}
    assert {line["kind"] for line in lines} == {"actor"}


def test_nothing_found_exits_1_with_a_german_message(demo_dir: Path) -> None:
    result = run_cli("--data-dir", str(demo_dir), "search", "Quarkkeulchenbörse")
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Keine Treffer für „Quarkkeulchenbörse“" in result.stderr


def test_unknown_district_is_a_usage_error_listing_the_known_ones(demo_dir: Path) -> None:
    result = run_cli("--data-dir", str(demo_dir), "search", "Wohnen", "--district", "Atlantis")
    assert result.returncode == 2
    assert "Goslar" in result.stderr


def test_plain_output_names_kind_and_district_in_english_too(demo_dir: Path) -> None:
    result = run_cli(
        "--data-dir", str(demo_dir), "--lang", "en", "search", "offene aufgaben", "--kind", "agenda"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("[Agenda item] ")
    assert "results" in result.stderr
