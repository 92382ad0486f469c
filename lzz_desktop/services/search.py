"""Search across everything of a workspace: the hits of the full-text index with a snippet around
the first match, ready for the search window and ``lzz-desktop search``."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from lzz_desktop.domain import District
from lzz_desktop.store import search as index

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

KINDS = index.KINDS
SNIPPET_CHARS = 160
RESULT_LIMIT = 100  # as many as a person reads; more words narrow the search


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: str
    district_id: str | None
    district_name: str
    anchor: str  # where the record lives: its workshop, concept, or the record itself
    context: str  # e.g. the workshop's title for an agenda item
    day: dt.date | None
    title: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # spans of ``snippet`` that matched


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base.casefold()


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without case and diacritics (ß as ss), and for every folded character the index of
    the character of ``text`` it came from — so a match in the folded text maps back."""
    out: list[str] = []
    origin: list[int] = []
    for position, char in enumerate(text):
        piece = _fold_char(char)
        out.append(piece)
        origin.extend([position] * len(piece))
    return "".join(out), origin


def word_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where in ``text`` a word starts with one of ``terms`` (case, diacritics and ß folded), as
    (start, end) positions of ``text`` itself, in order."""
    folded, origin = fold(text)
    spans: list[tuple[int, int]] = []
    for term in {fold(t)[0] for t in terms if t.strip()}:
        for found in re.finditer(r"(?<!\w)" + re.escape(term), folded):
            spans.append((origin[found.start()], origin[found.end() - 1] + 1))
    return sorted(spans)


def find_word(text: str, terms: list[str]) -> tuple[int, int] | None:
    """The first place in ``text`` a word starts with one of ``terms``."""
    spans = word_spans(text, terms)
    return spans[0] if spans else None


def snippet(
    text: str, terms: list[str], width: int = SNIPPET_CHARS
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``text`` around the first word that starts with one of ``terms``, and the spans
    of every such word start inside it."""
    flat = " ".join(text.split())
    spans = word_spans(flat, terms)
    if not spans:
        return flat[:width] + ("…" if len(flat) > width else ""), ()
    first = spans[0][0]
    begin = max(0, first - width // 3)
    if begin:
        space = flat.rfind(" ", 0, begin)
        begin = space + 1 if space >= 0 and begin - space < 20 else begin
    end = min(len(flat), begin + width)
    prefix = "…" if begin else ""
    suffix = "…" if end < len(flat) else ""
    shift = len(prefix) - begin
    inside = tuple((s + shift, min(e, end) + shift) for s, e in spans if s >= begin and s < end)
    return prefix + flat[begin:end] + suffix, inside


class SearchService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def search(
        self,
        query: str,
        *,
        district_id: str | None = None,
        kinds: list[str] | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        limit: int = RESULT_LIMIT,
    ) -> list[SearchHit]:
        with self.workspace.session() as session:
            connection = session.connection()
            rows = index.find(
                connection,
                query,
                district_ids=[district_id] if district_id else None,
                kinds=kinds,
                date_from=date_from.isoformat() if date_from else None,
                date_to=date_to.isoformat() if date_to else None,
                limit=limit,
            )
            names: dict[str, str] = {
                row.id: row.name for row in session.execute(select(District.id, District.name))
            }
        terms = index.query_terms(query)
        hits = []
        for row in rows:
            # The snippet comes from the body unless the title matches more of the query.
            text = row.body if _matched(row.body, terms) >= _matched(row.title, terms) else row.title
            shown, spans = snippet(_plain(text) if text.strip() else row.title, terms)
            hits.append(
                SearchHit(
                    kind=row.kind,
                    record_id=row.record_id,
                    district_id=row.district_id,
                    district_name=names.get(row.district_id or "", ""),
                    anchor=row.anchor,
                    context=row.context,
                    day=dt.date.fromisoformat(row.day[:10]) if row.day else None,
                    title=row.title or _first_words(row.body),
                    snippet=shown,
                    highlights=spans,
                )
            )
        return hits

    def rebuild(self) -> None:
        """Build the index afresh (the benchmark times this; the app does it when it opens a
        database whose index is missing or outdated)."""
        with self.workspace.transaction() as session:
            index.rebuild(session.connection())


def _matched(text: str, terms: list[str]) -> int:
    """How many of the query's words start a word of ``text``."""
    if not text:
        return 0
    folded = fold(text)[0]
    return sum(bool(re.search(r"(?<!\w)" + re.escape(fold(term)[0]), folded)) for term in terms)


_MARKUP = re.compile(r"\*\*|__|^#{1,6}\s+|^\s*[-*]\s+", re.MULTILINE)


def _plain(text: str) -> str:
    """Concept text is Markdown: its markers are no words to show in a snippet."""
    return _MARKUP.sub("", text)


def _first_words(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit].rsplit(" ", 1)[0] + " …"
