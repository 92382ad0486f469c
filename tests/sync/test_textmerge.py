"""Three-way merge of long texts by paragraph."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lzz_desktop.sync.textmerge import merge_paragraphs, paragraphs

BASE = "Ziele\n\nMaßnahmen\n\nIndikatoren"


def test_edits_of_different_paragraphs_merge() -> None:
    mine = "Ziele (überarbeitet)\n\nMaßnahmen\n\nIndikatoren"
    theirs = "Ziele\n\nMaßnahmen\n\nIndikatoren, messbar"
    assert merge_paragraphs(BASE, mine, theirs) == "Ziele (überarbeitet)\n\nMaßnahmen\n\nIndikatoren, messbar"


def test_insertions_and_deletions_in_different_places_merge() -> None:
    mine = "Vorwort\n\nZiele\n\nMaßnahmen\n\nIndikatoren"
    theirs = "Ziele\n\nIndikatoren"
    assert merge_paragraphs(BASE, mine, theirs) == "Vorwort\n\nZiele\n\nIndikatoren"


def test_edits_of_the_same_paragraph_conflict() -> None:
    assert (
        merge_paragraphs(BASE, "Ziele A\n\nMaßnahmen\n\nIndikatoren", "Ziele B\n\nMaßnahmen\n\nIndikatoren")
        is None
    )
    assert merge_paragraphs(BASE, BASE + "\n\nA", BASE + "\n\nB") is None  # both appended


def test_the_same_edit_on_both_sides_is_no_conflict() -> None:
    same = "Ziele\n\nMaßnahmen, neu\n\nIndikatoren"
    assert merge_paragraphs(BASE, same, same) == same


texts = st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), max_size=6).map("\n\n".join)


def test_both_sides_deleting_different_paragraphs_leaves_an_empty_text() -> None:
    assert merge_paragraphs("a\n\nb", "a", "b") == ""


@given(texts, texts)
def test_one_sided_changes_win(base: str, other: str) -> None:
    assert merge_paragraphs(base, other, base) == other
    assert merge_paragraphs(base, base, other) == other


@given(texts, texts, texts)
def test_a_merge_invents_no_paragraph(base: str, mine: str, theirs: str) -> None:
    merged = merge_paragraphs(base, mine, theirs)
    if merged is not None:
        assert set(paragraphs(merged)) <= {*paragraphs(mine), *paragraphs(theirs), *paragraphs(base)}
