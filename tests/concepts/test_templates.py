"""Template files: the shipped ones load; broken ones are rejected with file, place and reason,
and the others still load."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lzz_desktop.concepts.templates import TemplateProblem, TemplateRegistry
from lzz_desktop.paths import resource

GOOD: dict[str, Any] = {
    "key": "mini",
    "version": 1,
    "title": "Mini",
    "sections": [
        {"key": "a", "title": "A", "fields": [{"key": "x", "type": "text", "label": "X"}]},
        {"key": "b", "title": "B"},
    ],
}


def _write(folder: Path, name: str, content: Any) -> Path:
    path = folder / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_shipped_templates_load_without_errors() -> None:
    registry = TemplateRegistry.load([resource("templates")])
    assert registry.errors == []
    concept = registry.latest("integrationskonzept-landkreis")
    sketch = registry.latest("projektskizze")
    assert concept is not None and sketch is not None
    titles = [s.title for s in concept.sections]
    for title in (
        "Ausgangslage und Bestandsaufnahme",
        "Leitbild",
        "Sprache und Bildung",
        "Interkulturelle Öffnung der Verwaltung",
        "Beteiligung von Migrant:innen",
        "Monitoring und Evaluation",
    ):
        assert title in titles
    assert [s.title for s in sketch.sections] == [
        "Herausforderung",
        "Ziel",
        "Vorgehen",
        "Beteiligte",
        "Zeitplan",
        "Ressourcen",
        "Verstetigung",
    ]
    assert all(s.questions for s in concept.sections + sketch.sections), "every section has Leitfragen"
    assert any(f.required for s in concept.sections for f in s.fields)


def test_broken_files_are_reported_and_the_good_one_still_loads(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.json", GOOD)
    syntax = _write(tmp_path, "syntax.json", '{\n  "key": "x",\n  "version": 1\n  "title": "oops"\n}')
    bad_type = dict(GOOD, key="badtype")
    bad_type["sections"] = [
        {"key": "a", "title": "A", "fields": [{"key": "x", "type": "spreadsheet", "label": "X"}]}
    ]
    unknown = _write(tmp_path, "unknown-type.json", bad_type)
    dup = dict(GOOD, key="dup", sections=[{"key": "a", "title": "A"}, {"key": "a", "title": "A2"}])
    duplicate = _write(tmp_path, "duplicate.json", dup)
    missing_raw = dict(GOOD, key="missing")
    missing_raw["sections"] = [{"key": "a"}]
    missing = _write(tmp_path, "missing.json", missing_raw)

    registry = TemplateRegistry.load([tmp_path])

    assert list(registry.templates) == [("mini", 1)]
    assert registry.templates[("mini", 1)].source == good
    by_file = {e.file: e for e in registry.errors}
    assert set(by_file) == {syntax, unknown, duplicate, missing}
    assert by_file[syntax].problem is TemplateProblem.SYNTAX
    assert (by_file[syntax].line, by_file[syntax].column) == (4, 3)
    assert by_file[unknown].problem is TemplateProblem.UNKNOWN_FIELD_TYPE
    assert by_file[unknown].place == "$.sections[0].fields[0].type"
    assert by_file[unknown].detail == "spreadsheet"
    assert by_file[duplicate].problem is TemplateProblem.DUPLICATE_SECTION
    assert by_file[duplicate].place == "$.sections[1]"
    assert by_file[duplicate].detail == "a"
    assert by_file[missing].problem is TemplateProblem.MISSING_KEY
    assert by_file[missing].place == "$.sections[0]"
    assert by_file[missing].detail == "title"


def test_same_key_and_version_twice_keeps_the_first(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", GOOD)
    second = _write(tmp_path, "b.json", GOOD)
    registry = TemplateRegistry.load([tmp_path])
    assert list(registry.templates) == [("mini", 1)]
    assert [(e.file, e.problem) for e in registry.errors] == [(second, TemplateProblem.DUPLICATE_TEMPLATE)]


def test_wrong_types_and_unknown_entries_name_the_place(tmp_path: Path) -> None:
    raw = dict(GOOD, version="zwei", colour="rot")
    raw["sections"] = [{"key": "a", "title": ""}]
    _write(tmp_path, "t.json", raw)
    errors = {(e.problem, e.place, e.detail) for e in TemplateRegistry.load([tmp_path]).errors}
    assert errors == {
        (TemplateProblem.WRONG_TYPE, "$.version", "integer"),
        (TemplateProblem.UNKNOWN_KEY, "$", "colour"),
        (TemplateProblem.EMPTY, "$.sections[0].title", ""),
    }
