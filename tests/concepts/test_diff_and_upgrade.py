"""Word-level comparison and moving sections onto a new template version."""

from __future__ import annotations

from pathlib import Path

from lzz_desktop.concepts.diff import Change, Op, compare_sections, word_diff
from lzz_desktop.concepts.fields import Completeness, section_completeness
from lzz_desktop.concepts.templates import FieldDef, FieldType, SectionDef, parse_template
from lzz_desktop.concepts.upgrade import SectionState, plan_upgrade


def test_word_diff_marks_only_the_changed_words() -> None:
    segments = word_diff("Der Kreis fördert Sprachkurse.", "Der Landkreis fördert Sprachkurse und Mentoring.")
    deleted = [t.strip() for op, t in segments if op is Op.DELETE]
    inserted = [t.strip() for op, t in segments if op is Op.INSERT]
    assert deleted == ["Kreis", "Sprachkurse."]
    assert inserted == ["Landkreis", "Sprachkurse und Mentoring."]
    assert "".join(t for op, t in segments if op is not Op.INSERT) == "Der Kreis fördert Sprachkurse."


def test_compare_sections_reports_added_removed_and_changed() -> None:
    result = compare_sections(
        [("a", "A", "eins zwei"), ("b", "B", "weg"), ("c", "C", "gleich")],
        [("a", "A", "eins drei"), ("c", "C", "gleich"), ("d", "D", "neu")],
    )
    assert [(d.key, d.change) for d in result] == [
        ("a", Change.CHANGED),
        ("c", Change.SAME),
        ("d", Change.ADDED),
        ("b", Change.REMOVED),
    ]


def test_completeness_counts_required_text_and_fields() -> None:
    section = SectionDef(
        "s",
        "S",
        text_required=True,
        fields=(
            FieldDef("ziele", FieldType.LIST, "Ziele", required=True),
            FieldDef("m", FieldType.MEASURES, "Maßnahmen", required=True),
            FieldDef("opt", FieldType.TEXT, "Optional"),
        ),
    )
    assert section_completeness(section, "", {}) == Completeness(0, 3)
    assert section_completeness(section, "Text", {"ziele": ["", " "]}) == Completeness(1, 3)
    filled = section_completeness(section, "Text", {"ziele": ["Ziel"], "m": [{"measure": "Kurs"}]})
    assert filled == Completeness(3, 3) and filled.percent == 100
    optional_only = SectionDef("o", "O")
    assert section_completeness(optional_only, "", {}).percent == 0
    assert section_completeness(optional_only, "etwas", {}).percent == 100


def test_upgrade_keeps_every_word(tmp_path: Path) -> None:
    v2, errors = parse_template(
        tmp_path / "v2.json",
        """{"key": "t", "version": 2, "title": "T", "sections": [
            {"key": "leitbild", "title": "Leitbild und Werte", "renamed_from": ["vision"]},
            {"key": "neu", "title": "Ganz neu"},
            {"key": "lage", "title": "Lage"}]}""",
    )
    assert v2 is not None, errors
    old = [
        SectionState("lage", "Lage", 0, "Die Lage ist gut.", {}, id="1"),
        SectionState("vision", "Vision", 1, "Wir sind offen.", {"x": "Feld"}, id="2"),
        SectionState("alt", "Altes Kapitel", 2, "Bitte nicht verlieren.", {"y": ["eins"]}, id="3"),
    ]
    new = plan_upgrade(old, v2)
    assert [(s.key, s.title, s.archived, s.id) for s in new] == [
        ("leitbild", "Leitbild und Werte", False, "2"),
        ("neu", "Ganz neu", False, None),
        ("lage", "Lage", False, "1"),
        ("alt", "Altes Kapitel", True, "3"),
    ]
    assert new[0].content == "Wir sind offen." and new[0].data == {"x": "Feld"}
    assert new[3].content == "Bitte nicht verlieren." and new[3].data == {"y": ["eins"]}


def test_every_field_type_accepts_its_values_and_refuses_others() -> None:
    from lzz_desktop.concepts.fields import validate_data

    section = SectionDef(
        "s",
        "S",
        fields=(
            FieldDef("rich", FieldType.RICHTEXT, "Text"),
            FieldDef("short", FieldType.TEXT, "Kurz"),
            FieldDef("day", FieldType.DATE, "Datum"),
            FieldDef("pick", FieldType.CHOICE, "Wahl", choices=("a", "b")),
            FieldDef("m", FieldType.MEASURES, "Maßnahmen"),
            FieldDef("goals", FieldType.LIST, "Ziele"),
            FieldDef("who", FieldType.ACTORS, "Akteure"),
        ),
    )
    good = {
        "rich": "## Kopf\n\n- **fett**",
        "short": "kurz",
        "day": "2019-12-05",
        "pick": "b",
        "m": [{"measure": "Kurs", "start": "2020-01-01"}],
        "goals": ["eins"],
        "who": ["actor-id"],
    }
    assert validate_data(section, good, {}) == []
    bad = {
        "rich": 5,
        "short": ["x"],
        "day": "5.12.2019",
        "pick": "c",
        "m": [{"colour": "rot"}],
        "goals": "eins",
        "who": [1],
        "unknown": "x",
    }
    assert {e.field for e in validate_data(section, bad, {})} == {f"data.{key}" for key in bad}
    # a key from an earlier template version may stay
    assert validate_data(section, {"old": "Text"}, {"old": "Text"}) == []
