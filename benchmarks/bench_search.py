"""Search on the large synthetic workspace (40 districts, see ``large_workspace.py``), on a copy so
the cached workspace stays as generated.

* ``search_index_build_s``: building the full-text index from every record, 3 runs; the target
  holds for the slowest run.
* ``search_query_ms``: 20 queries of different selectivity (a rare name, common words, prefixes of
  two letters, a phrase, filtered by district and kind), each run 3 times; the target holds for the
  slowest of the 60 runs.
* ``search_edit_extra_ms``: what the index adds to one edit written through the services: 5 runs of
  40 edits of an agenda item's notes, each run once with the index triggers and once without; the
  extra time per edit of each run, target on the worst run.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import emit  # benchmarks/ is the script's own folder
from large_workspace import ensure_cached

BUILD_LIMIT_S = 10.0
QUERY_LIMIT_MS = 50.0
EDIT_LIMIT_MS = 5.0
QUERIES = (
    "Müller",
    "muller",
    "Yılmaz Amira",
    "Al-Masri",
    "Sprachkurse",
    "Ar",
    "In",
    "Wohn",
    "Integration",
    '"nächsten Schritte"',
    '"im ländlichen Raum"',
    "Steuerungsgruppe Landratsamt",
    "Maßnahme",
    "massnahme",
    "Verein",
    "Beratungsstelle Ehrenamt",
    "Kita",
    "zuge",
    "Handlungsfeld Indikator Ziel",
    "xyzzy",
)


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "min": round(min(values), 2),
        "median": round(statistics.median(values), 2),
        "max": round(max(values), 2),
    }


def main() -> int:
    source, _marker = ensure_cached()
    with tempfile.TemporaryDirectory(prefix="lzz-bench-search-") as folder:
        data_dir = Path(folder)
        for name in ("lzz.sqlite", "lzz.sqlite-wal", "lzz.schluessel.json"):
            if (source / name).exists():
                shutil.copy2(source / name, data_dir / name)
        run(data_dir)
    return 0


def run(data_dir: Path) -> None:
    from sqlalchemy import select

    from lzz_desktop.domain import AgendaItem, District, Workshop
    from lzz_desktop.domain.enums import ProtocolStatus
    from lzz_desktop.services import Workspace
    from lzz_desktop.store import search as index

    workspace = Workspace.open(data_dir)  # builds the index on first open after an update
    try:
        builds = []
        for _ in range(3):
            started = time.perf_counter()
            workspace.search.rebuild()
            builds.append(time.perf_counter() - started)
        with workspace.session() as session:
            documents = session.connection().exec_driver_sql("SELECT count(*) FROM search_docs").scalar()
            district_ids = list(session.scalars(select(District.id).limit(3)))
            agenda_ids = list(session.scalars(select(AgendaItem.id).limit(40)))
        # Approved protocols are frozen (their agenda refuses edits): on this copy, the workshops of
        # the edited items go back to draft first, without an outbox entry (not part of the figure).
        from sqlalchemy import update

        from lzz_desktop.services.outbox import SUPPRESS_KEY

        with workspace.transaction() as session:
            session.info[SUPPRESS_KEY] = True
            workshops = select(AgendaItem.workshop_id).where(AgendaItem.id.in_(agenda_ids))
            session.execute(
                update(Workshop)
                .where(Workshop.id.in_(workshops))
                .values(protocol_status=ProtocolStatus.DRAFT)
            )
        emit(
            "search_index_build_s",
            max(builds),
            "s",
            limit=BUILD_LIMIT_S,
            documents=documents,
            **_spread(builds),
        )

        queries: list[float] = []
        hits: dict[str, int] = {}
        for _ in range(3):
            for number, query in enumerate(QUERIES):
                district = district_ids[number % 3] if number % 4 == 0 else None
                kinds = ["agenda"] if number % 5 == 0 else None
                started = time.perf_counter()
                found = workspace.search.search(query, district_id=district, kinds=kinds)
                queries.append((time.perf_counter() - started) * 1000)
                hits[query] = len(found)
        emit(
            "search_query_ms",
            max(queries),
            "ms",
            limit=QUERY_LIMIT_MS,
            queries=len(QUERIES),
            runs=len(queries),
            hits_min=min(hits.values()),
            hits_max=max(hits.values()),
            **_spread(queries),
        )

        extras = []
        for run_number in range(5):
            with_index = _edits(workspace, agenda_ids, f"mit Index {run_number}")
            with workspace.transaction() as session:
                _drop_triggers(session.connection(), index)
            without_index = _edits(workspace, agenda_ids, f"ohne Index {run_number}")
            workspace.search.rebuild()
            extras.append(with_index - without_index)
        emit("search_edit_extra_ms", max(extras), "ms", limit=EDIT_LIMIT_MS, **_spread(extras))
    finally:
        workspace.close()


def _edits(workspace: object, agenda_ids: list[str], note: str) -> float:
    """Mean milliseconds per edit of an agenda item's notes through the service."""

    service = workspace.workshops  # type: ignore[attr-defined]
    started = time.perf_counter()
    for number, agenda_id in enumerate(agenda_ids):
        service.update_agenda_item(agenda_id, notes=f"{note} {number}: Sprachkurse im Landratsamt")
    return (time.perf_counter() - started) * 1000 / len(agenda_ids)


def _drop_triggers(connection: object, index: object) -> None:
    for name in index._trigger_names():  # type: ignore[attr-defined]
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
