"""The full-text index of a workspace (SQLite FTS5), kept current by triggers.

Why triggers: every way a row changes — a service edit, a pulled sync page (written with Core
statements, children sometimes before their parents), a purge of a district, an undo — runs through
SQLite, so the index changes in the same transaction as the row without any code path having to
remember it. The index is two tables:

- ``search_docs``: one plain row per indexed record (kind, record id, district, where it lives, a
  date, the title and body as they are shown) with an index on ``record_id`` so a trigger replaces
  a record's document without scanning;
- ``search_index``: an FTS5 index over ``search_docs`` (external content) whose tokens are the
  folded text: FTS5's ``unicode61`` tokenizer folds case and diacritics ("Muller" finds "Müller"),
  and ``ß`` is written as ``ss`` on both sides ("strasse" finds "Straße").

``ensure_index`` creates or rebuilds it when a database is opened: on the first open after an
update, and whenever a migration that recreated a table (SQLite batch mode) dropped its triggers.

Persons: an actor who is a person is indexed by name only while a consent is given; otherwise by
role and organisation, as the printouts name them. Notes about persons are not indexed.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

INDEX_VERSION = "4"
_VERSION_KEY = "search_index_version"

KINDS = (
    "district",
    "workshop",
    "agenda",
    "agreement",
    "task",
    "actor",
    "relationship",
    "concept",
    "comment",
    "snapshot",
)


def _fold_sql(expression: str) -> str:
    return f"replace(replace(coalesce({expression}, ''), 'ß', 'ss'), 'ẞ', 'SS')"


# Filters are words of their own column, so that "only this district" or "only agenda items" is
# part of the full-text match (an intersection inside FTS5) rather than a scan of every match.
def _filters_sql(row: str) -> str:
    return f"'k' || {row}.kind || ' d' || replace(coalesce({row}.district_id, ''), '-', '')"


def _kind_token(kind: str) -> str:
    return f"k{kind}"


def _district_token(district_id: str) -> str:
    return "d" + re.sub(r"[^0-9A-Za-z]", "", district_id)


# What each kind indexes: (source table, SELECT of one document from alias ``s`` — columns kind,
# record_id, district_id, anchor, context, day, title, body — and the FROM/WHERE tail).
_VISIBLE_ACTOR_NAME = (
    "CASE WHEN s.kind <> 'PERSON' OR EXISTS (SELECT 1 FROM consents c WHERE c.actor_id = s.id "
    "AND c.status = 'GIVEN' AND c.deleted_at IS NULL) THEN s.name ELSE '' END"
)
_ORGANISATION_NAME = "coalesce((SELECT o.name FROM actors o WHERE o.id = s.organisation_id), '')"
_SECTION_CELLS = (
    "CASE WHEN json_valid(s.data) THEN coalesce((SELECT group_concat(j.value, ' ') "
    "FROM json_tree(s.data) j WHERE j.type = 'text'), '') ELSE '' END"
)

_SOURCES: dict[str, tuple[str, str, str]] = {
    "district": (
        "districts",
        "s.id, s.id, s.id, '', NULL, s.name, s.notes",
        "FROM districts s WHERE s.deleted_at IS NULL",
    ),
    "workshop": (
        "workshops",
        "s.id, s.district_id, s.id, '', date(s.starts_at), s.title, s.goals || ' ' || s.venue",
        "FROM workshops s WHERE s.deleted_at IS NULL",
    ),
    "agenda": (
        "agenda_items",
        "s.id, s.district_id, s.workshop_id, w.title, date(w.starts_at), s.title, "
        "s.notes || ' ' || s.results",
        "FROM agenda_items s JOIN workshops w ON w.id = s.workshop_id "
        "WHERE s.deleted_at IS NULL AND w.deleted_at IS NULL",
    ),
    "agreement": (
        "agreements",
        "s.id, s.district_id, s.workshop_id, w.title, date(w.starts_at), '', s.text",
        "FROM agreements s JOIN workshops w ON w.id = s.workshop_id "
        "WHERE s.deleted_at IS NULL AND w.deleted_at IS NULL",
    ),
    "task": (
        "action_items",
        "s.id, s.district_id, s.workshop_id, w.title, date(w.starts_at), s.title, s.responsible_text",
        "FROM action_items s JOIN workshops w ON w.id = s.workshop_id "
        "WHERE s.deleted_at IS NULL AND w.deleted_at IS NULL",
    ),
    "actor": (
        "actors",
        f"s.id, s.district_id, s.id, {_ORGANISATION_NAME}, NULL, "
        f"CASE WHEN {_VISIBLE_ACTOR_NAME} <> '' THEN {_VISIBLE_ACTOR_NAME} ELSE s.role END, "
        f"s.role || ' ' || {_ORGANISATION_NAME} || ' ' || "
        "CASE WHEN s.kind <> 'PERSON' THEN s.tags ELSE '' END",
        "FROM actors s WHERE s.deleted_at IS NULL",
    ),
    "relationship": (
        "relationships",
        "s.id, s.district_id, s.source_id, '', NULL, '', s.note",
        "FROM relationships s WHERE s.deleted_at IS NULL AND s.note <> ''",
    ),
    "concept": (
        "concept_sections",
        f"s.id, s.district_id, s.id, c.title, NULL, s.title, s.content || ' ' || {_SECTION_CELLS}",
        "FROM concept_sections s JOIN concepts c ON c.id = s.concept_id "
        "WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL",
    ),
    "comment": (
        "comments",
        "s.id, s.district_id, coalesce(s.section_id, ''), c.title, date(s.created_at), s.author, s.body",
        "FROM comments s JOIN concepts c ON c.id = s.concept_id "
        "WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL",
    ),
    "snapshot": (
        "map_snapshots",
        "s.id, s.district_id, s.id, '', s.taken_on, s.title, ''",
        "FROM map_snapshots s WHERE s.deleted_at IS NULL",
    ),
}

# Records whose document shows something of another record: when the parent changes (or arrives
# after its children, as a pulled page may bring them), the children are indexed anew.
# (parent table, child kind, the child's column naming the parent)
_CASCADES = (
    ("workshops", "agenda", "workshop_id"),
    ("workshops", "agreement", "workshop_id"),
    ("workshops", "task", "workshop_id"),
    ("concepts", "concept", "concept_id"),
    ("concepts", "comment", "concept_id"),
    ("actors", "actor", "organisation_id"),
)


def _insert(kind: str, where: str) -> str:
    _table, columns, tail = _SOURCES[kind]
    return (
        "INSERT INTO search_docs (kind, record_id, district_id, anchor, context, day, title, body) "
        f"SELECT '{kind}', {columns} {tail} AND {where}"
    )


def _reindex(kind: str, where: str, ids: str) -> list[str]:
    return [f"DELETE FROM search_docs WHERE record_id IN ({ids})", _insert(kind, where)]


def _ddl() -> list[str]:
    statements = [
        "CREATE TABLE search_docs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL, "
        "district_id TEXT, anchor TEXT NOT NULL DEFAULT '', context TEXT NOT NULL DEFAULT '', day TEXT, "
        "title TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '')",
        "CREATE INDEX ix_search_docs_record ON search_docs (record_id)",
        "CREATE VIRTUAL TABLE search_index USING fts5(title, body, filters, content='search_docs', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
        # The FTS index follows search_docs; it receives the folded text.
        "CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN "
        "INSERT INTO search_index (rowid, title, body, filters) "
        f"VALUES (new.id, {_fold_sql('new.title')}, {_fold_sql('new.body')}, {_filters_sql('new')}); END",
        "CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN "
        "INSERT INTO search_index (search_index, rowid, title, body, filters) "
        f"VALUES ('delete', old.id, {_fold_sql('old.title')}, {_fold_sql('old.body')}, "
        f"{_filters_sql('old')}); END",
    ]
    for kind, (table, _columns, _tail) in _SOURCES.items():
        body = _reindex(kind, "s.id = new.id", "new.id")
        for parent, child, column in _CASCADES:
            if parent == table:
                child_table = _SOURCES[child][0]
                body += _reindex(
                    child, f"s.{column} = new.id", f"SELECT id FROM {child_table} WHERE {column} = new.id"
                )
        statements.append(_trigger(f"search_{table}_ai", f"AFTER INSERT ON {table}", body))
        statements.append(_trigger(f"search_{table}_au", f"AFTER UPDATE ON {table}", body))
        statements.append(
            _trigger(
                f"search_{table}_ad",
                f"AFTER DELETE ON {table}",
                ["DELETE FROM search_docs WHERE record_id = old.id"],
            )
        )
    # A person's name is shown only while a consent is given: a consent change re-indexes its actor.
    # When a given consent ends, the index is also rewritten (FTS5 "optimize"), so the withdrawn
    # name is gone from its pages, not only unfindable.
    ended = "old.status = 'GIVEN' AND (new.status <> 'GIVEN' OR new.deleted_at IS NOT NULL)"
    optimize = "INSERT INTO search_index (search_index) VALUES ('optimize')"
    for name, event, ref, when in (
        ("search_consents_insert", "AFTER INSERT ON consents", "new", ""),
        ("search_consents_update", "AFTER UPDATE ON consents", "new", f"WHEN NOT ({ended})"),
        ("search_consents_ended", "AFTER UPDATE ON consents", "new", f"WHEN {ended}"),
        ("search_consents_delete", "AFTER DELETE ON consents", "old", "WHEN old.status <> 'GIVEN'"),
        ("search_consents_deleted_given", "AFTER DELETE ON consents", "old", "WHEN old.status = 'GIVEN'"),
    ):
        body = _reindex("actor", f"s.id = {ref}.actor_id", f"{ref}.actor_id")
        if name in {"search_consents_ended", "search_consents_deleted_given"}:
            body.append(optimize)
        statements.append(_trigger(name, f"{event} {when}".strip(), body))
    return statements


def _trigger(name: str, event: str, body: list[str]) -> str:
    return f"CREATE TRIGGER {name} {event} BEGIN " + "; ".join(body) + "; END"


def _trigger_names() -> set[str]:
    return set(re.findall(r"CREATE TRIGGER (\w+)", " ".join(_ddl())))


def _drop(connection: Connection) -> None:
    for name in _trigger_names():
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql("DROP TABLE IF EXISTS search_index")
    connection.exec_driver_sql("DROP TABLE IF EXISTS search_docs")


def index_is_current(connection: Connection) -> bool:
    present = {
        row[0] for row in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    if not _trigger_names() <= present:
        return False
    version = connection.execute(
        text("SELECT value FROM local_state WHERE key = :key"), {"key": _VERSION_KEY}
    ).scalar()
    return version == INDEX_VERSION


def rebuild(connection: Connection) -> None:
    """Create the index afresh and fill it from every record (inside the caller's transaction)."""
    _drop(connection)
    for statement in _ddl():
        connection.exec_driver_sql(statement)
    # Where SQLite is new enough (3.44+), deleted entries are removed from the index pages at once
    # instead of at the next merge: a withdrawn or erased name leaves no trace in the file.
    with contextlib.suppress(OperationalError):
        connection.exec_driver_sql(
            "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)"
        )
    for kind in _SOURCES:
        connection.exec_driver_sql(_insert(kind, "1"))
    connection.execute(
        text("INSERT OR REPLACE INTO local_state (key, value) VALUES (:key, :value)"),
        {"key": _VERSION_KEY, "value": INDEX_VERSION},
    )


def ensure_index(connection: Connection) -> bool:
    """Build the index if it is missing or out of date; True when it was (re)built."""
    if index_is_current(connection):
        return False
    rebuild(connection)
    return True


# --- queries ------------------------------------------------------------------------------------
_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "«": '"', "»": '"'})


def match_expression(query: str) -> str:
    """The user's text as an FTS5 query: every word a prefix, "quoted words" a phrase, all of them
    required. Operators and punctuation in the text are taken literally."""
    parts = []
    for phrase, word in _TOKEN.findall(query.translate(_QUOTES)):
        chunk = phrase if phrase else word
        chunk = chunk.replace("ß", "ss").replace("ẞ", "SS").replace('"', " ").strip()
        if not any(ch.isalnum() for ch in chunk):
            continue
        parts.append(f'"{chunk}"' if phrase else f'"{chunk}"*')
    return " ".join(parts)


def query_terms(query: str) -> list[str]:
    """The words of the query (phrases split), for highlighting."""
    words: list[str] = []
    for phrase, word in _TOKEN.findall(query.translate(_QUOTES)):
        words.extend(re.findall(r"\w+", phrase or word))
    return words


@dataclass(frozen=True)
class IndexRow:
    kind: str
    record_id: str
    district_id: str | None
    anchor: str
    context: str
    day: str | None
    title: str
    body: str


def find(
    connection: Connection,
    query: str,
    *,
    district_ids: Iterable[str] | None = None,
    kinds: Iterable[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 200,
) -> list[IndexRow]:
    """Documents matching ``query``, best first (title hits weigh more than body hits). Records of
    districts in the recycle bin are left out."""
    expression = match_expression(query)
    if not expression:
        return []
    match = f"{{title body}} : ({expression})"
    if district_ids is not None:
        match += " AND filters : (" + (" OR ".join(_district_token(d) for d in district_ids) or "dnone") + ")"
    if kinds is not None:
        match += " AND filters : (" + (" OR ".join(_kind_token(k) for k in kinds) or "knone") + ")"
    where = ["(d.id IS NULL OR d.deleted_at IS NULL)"]
    params: dict[str, object] = {"match": match, "limit": limit}
    if date_from:
        where.append("docs.day >= :date_from")
        params["date_from"] = date_from
    if date_to:
        where.append("docs.day <= :date_to")
        params["date_to"] = date_to
    # Ranked inside FTS5 first (the cheap part), then joined for the few that are shown; with a
    # period the ranked set is wider, as the dates are checked after ranking.
    params["inner"] = limit if not (date_from or date_to) else max(limit, 5000)
    sql = (
        "SELECT docs.kind, docs.record_id, docs.district_id, docs.anchor, docs.context, docs.day, "
        "docs.title, docs.body FROM (SELECT rowid AS id, bm25(search_index, 8.0, 1.0, 0.0) AS score "
        "FROM search_index WHERE search_index MATCH :match ORDER BY score LIMIT :inner) hit "
        "JOIN search_docs docs ON docs.id = hit.id LEFT JOIN districts d ON d.id = docs.district_id "
        f"WHERE {' AND '.join(where)} ORDER BY hit.score LIMIT :limit"
    )
    return [IndexRow(*row) for row in connection.execute(text(sql), params)]
