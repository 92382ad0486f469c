"""Three-way merge of long texts by paragraph (paragraphs are separated by a blank line).

Edits of different paragraphs on both sides merge; edits of the same paragraph (or insertions at
the same place) that differ are a conflict, reported as ``None`` so the caller keeps both versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

SEPARATOR = "\n\n"


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``; an empty text has none (not one empty paragraph)."""
    return text.split(SEPARATOR) if text else []


@dataclass(frozen=True)
class _Hunk:
    side: int  # 0 = mine, 1 = theirs
    start: int  # range [start, end) of base paragraphs replaced
    end: int
    lines: tuple[str, ...]


def _hunks(side: int, base: list[str], other: list[str]) -> list[_Hunk]:
    matcher = SequenceMatcher(a=base, b=other, autojunk=False)
    return [
        _Hunk(side, i1, i2, tuple(other[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _overlap(a: _Hunk, b: _Hunk) -> bool:
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def _side_text(base: list[str], start: int, end: int, hunks: list[_Hunk]) -> list[str]:
    out: list[str] = []
    cursor = start
    for hunk in sorted(hunks, key=lambda h: (h.start, h.end)):
        out.extend(base[cursor : hunk.start])
        out.extend(hunk.lines)
        cursor = hunk.end
    out.extend(base[cursor:end])
    return out


def merge_paragraphs(base: str, mine: str, theirs: str) -> str | None:
    """The merged text, or None when both sides changed the same paragraph differently."""
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    base_p = paragraphs(base)
    hunks = _hunks(0, base_p, paragraphs(mine)) + _hunks(1, base_p, paragraphs(theirs))
    hunks.sort(key=lambda h: (h.start, h.end, h.side))
    groups: list[list[_Hunk]] = []
    for hunk in hunks:
        if groups and any(_overlap(hunk, other) for other in groups[-1]):
            groups[-1].append(hunk)
        else:
            groups.append([hunk])
    out: list[str] = []
    cursor = 0
    for group in groups:
        start = min(h.start for h in group)
        end = max(h.end for h in group)
        out.extend(base_p[cursor:start])
        sides = {h.side for h in group}
        versions = [_side_text(base_p, start, end, [h for h in group if h.side == s]) for s in sorted(sides)]
        if len(versions) == 2 and versions[0] != versions[1]:
            return None
        out.extend(versions[0])
        cursor = end
    out.extend(base_p[cursor:])
    return SEPARATOR.join(out)
