"""Word-level comparison of two states of a concept, section by section."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

_TOKEN = re.compile(r"\s+|\S+\s*")


class Change(StrEnum):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


class Op(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class SectionDiff:
    key: str
    title: str
    change: Change
    segments: tuple[tuple[Op, str], ...]


def word_diff(old: str, new: str) -> list[tuple[Op, str]]:
    """``old`` → ``new`` as segments of equal, deleted and inserted words. Words are compared
    without the whitespace after them (a line break that became a blank is no change), and
    the whitespace rides along with its word so that the text reads naturally."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, [t.strip() for t in a], [t.strip() for t in b], autojunk=False)
    segments: list[tuple[Op, str]] = []

    def add(op: Op, text: str) -> None:
        if not text:
            return
        if segments and segments[-1][0] is op:
            segments[-1] = (op, segments[-1][1] + text)
        else:
            segments.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add(Op.EQUAL, "".join(b[j1:j2]))
        else:
            add(Op.DELETE, "".join(a[i1:i2]))
            add(Op.INSERT, "".join(b[j1:j2]))
    return segments


def compare_sections(old: list[tuple[str, str, str]], new: list[tuple[str, str, str]]) -> list[SectionDiff]:
    """Compare lists of (key, title, text); the result follows the new order, with removed
    sections after the section they followed."""
    old_by_key = {key: (title, text) for key, title, text in old}
    new_keys = {key for key, _t, _x in new}
    result: list[SectionDiff] = []
    for key, title, text in new:
        if key not in old_by_key:
            result.append(SectionDiff(key, title, Change.ADDED, ((Op.INSERT, text),) if text else ()))
            continue
        old_text = old_by_key[key][1]
        segments = tuple(word_diff(old_text, text))
        change = Change.SAME if old_text == text else Change.CHANGED
        result.append(SectionDiff(key, title, change, segments))
    for key, title, text in old:
        if key not in new_keys:
            result.append(SectionDiff(key, title, Change.REMOVED, ((Op.DELETE, text),) if text else ()))
    return result
