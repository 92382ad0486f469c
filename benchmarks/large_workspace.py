"""A large synthetic workspace for the benchmarks: many districts, each with hundreds of actors,
thousands of relationships and dozens of workshops.

``generate(data_dir)`` creates and migrates the database through :meth:`Workspace.open`, then
fills it with SQLAlchemy bulk inserts (explicit ids, timestamps and authors; no outbox entries,
because generated rows are not user input). ``ensure_cached()`` keeps one generated workspace per
schema head and parameter set in the temp directory and regenerates it when it is missing.

Run as a script, it ensures the cached workspace and prints its figures as JSON lines:

    .venv/bin/python benchmarks/large_workspace.py [--data-dir DIR] [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from lzz_desktop.domain import (
    ActionItem,
    Actor,
    AgendaItem,
    Base,
    Concept,
    ConceptSection,
    District,
    ProgrammePhase,
    Relationship,
    Workshop,
    new_id,
)
from lzz_desktop.domain.enums import (
    ActionStatus,
    ActorKind,
    ConceptStatus,
    FederalState,
    ProtocolStatus,
    RelationshipKind,
    Sector,
    WorkshopFormat,
    WorkshopStatus,
)
from lzz_desktop.services import Workspace
from lzz_desktop.services.outbox import SUPPRESS_KEY
from lzz_desktop.store import migrate

# Bump when the generated content changes, so cached workspaces are regenerated.
GENERATOR_VERSION = 2  # 2: encrypted (issue 14)
AUTHOR = "Benchmark-Generator"
MARKER_NAME = "benchmark-workspace.json"
ACTION_ITEMS_PER_DISTRICT = 6
CONCEPT_SECTIONS = 8
BATCH = 5000

DEFAULTS: dict[str, int] = {
    "districts": 40,
    "actors": 500,
    "relationships": 1500,
    "workshops": 60,
    "agenda_items": 10,
    "seed": 1,
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST_NAMES = _words(
    "Anna Ben Clara David Elif Farid Greta Hamid Ida Jonas Katharina Leon Mira Nils Olga Paul "
    "Rania Simon Tamara Uwe Vera Wojciech Yasemin Zoran Amira Bernd Chiara Dmitri Esra Frank"
)
LAST_NAMES = _words(
    "Müller Schmidt Yılmaz Nowak Schneider Fischer Haddad Weber Kowalski Meyer Wagner Becker "
    "Petrenko Hoffmann Schäfer Koch Al-Masri Richter Klein Wolf Popescu Neumann Schwarz "
    "Krüger"
)
ORG_WORDS = _words(
    "Verein Initiative Netzwerk Forum Stiftung Beratungsstelle Kammer Amt Fachdienst Bündnis "
    "Treff Werkstatt Genossenschaft Arbeitskreis Zentrum"
)
TOPICS = _words(
    "Ankommen Wohnen Arbeit Sprache Ehrenamt Mobilität Bildung Gesundheit Kita Ausbildung "
    "Sport Kultur Nachbarschaft Verwaltung Beratung Teilhabe"
)
WORDS = _words(
    "wir vereinbaren die nächsten Schritte mit dem Landratsamt und den Gemeinden zur "
    "Integration neu zugewanderter Menschen im ländlichen Raum Sprachkurse Ehrenamt "
    "Arbeitsmarkt Wohnraum Mobilität Beratung Netzwerk Steuerungsgruppe Handlungsfeld "
    "Maßnahme Ziel Indikator"
)
ROLES = ("Leitung", "Referentin", "Sachbearbeitung", "Vorsitz", "Koordination", "Mitglied", "Beratung", "")


def schema_head() -> str:
    return migrate.head_revision()


def _params_key(params: dict[str, int]) -> str:
    text = json.dumps({"generator": GENERATOR_VERSION, **params}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:10]


def cache_dir(**params: int) -> Path:
    """Where the cached workspace for these parameters (and this schema head) lives."""
    merged = {**DEFAULTS, **params}
    return Path(tempfile.gettempdir()) / f"lzz-bench-large-{schema_head()}-{_params_key(merged)}"


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _stamp(rng: random.Random, base: dt.datetime) -> dict[str, Any]:
    created = base + dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 365))
    return {
        "id": new_id(),
        "created_at": created,
        "updated_at": created,
        "updated_by": AUTHOR,
        "version": None,
        "deleted_at": None,
    }


def _batches(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]


def _check_columns(model: type[Base], row: dict[str, Any]) -> None:
    """Every column without a server default must be given explicitly (no ORM defaults)."""
    missing = [c.name for c in model.__table__.columns if c.name not in row and c.server_default is None]
    if missing:
        raise AssertionError(f"{model.__name__}: no value for {missing}")


def _district_rows(
    rng: random.Random,
    district_id: str,
    base: dt.datetime,
    actors: int,
    relationships: int,
    workshops: int,
    agenda_items: int,
) -> dict[type[Base], list[dict[str, Any]]]:
    sectors = list(Sector)
    organisations: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    for number in range(actors):
        sector = sectors[number % len(sectors)]  # all five sectors, evenly
        roll = rng.random()
        kind = (
            ActorKind.ORGANISATION
            if roll < 0.2
            else ActorKind.GROUP
            if roll < 0.25
            else ActorKind.NETWORK
            if roll < 0.3
            else ActorKind.PERSON
        )
        if kind == ActorKind.PERSON:
            name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        else:
            name = f"{rng.choice(ORG_WORDS)} {rng.choice(TOPICS)} {number}"
        row = {
            **_stamp(rng, base),
            "district_id": district_id,
            "kind": kind.value,
            "name": name,
            "organisation_id": None,
            "sector": sector.value,
            "role": rng.choice(ROLES) if kind == ActorKind.PERSON else "",
            "email": f"person{number}@{district_id[:8]}.example" if kind == ActorKind.PERSON else "",
            "phone": "",
            "address": "",
            "influence": rng.randrange(0, 5),
            "attitude": rng.randrange(-2, 3),
            "interest": rng.randrange(0, 5),
            "tags": rng.choice(("", "Steuerungsgruppe", "Ehrenamt,Sprache", "Arbeit")),
            "notes": _text(rng, rng.randrange(0, 30)) if rng.random() < 0.3 else "",
        }
        (organisations if kind == ActorKind.ORGANISATION else others).append(row)
    for row in others:
        if row["kind"] == ActorKind.PERSON.value and organisations and rng.random() < 0.7:
            row["organisation_id"] = rng.choice(organisations)["id"]
    actor_rows = organisations + others  # organisations first: persons refer to them
    actor_ids = [row["id"] for row in actor_rows]

    kinds = list(RelationshipKind)
    relationship_rows = []
    for _ in range(relationships):
        source, target = rng.sample(actor_ids, 2)
        relationship_rows.append(
            {
                **_stamp(rng, base),
                "district_id": district_id,
                "source_id": source,
                "target_id": target,
                "kind": rng.choice(kinds).value,
                "strength": rng.randrange(1, 4),
                "directed": rng.random() < 0.3,
                "note": _text(rng, 8) if rng.random() < 0.1 else "",
            }
        )

    formats = list(WorkshopFormat)
    workshop_rows = []
    agenda_rows = []
    now = dt.datetime.now(dt.UTC)
    for number in range(workshops):
        starts = base + dt.timedelta(days=number * 30 + rng.randrange(0, 20), hours=rng.randrange(8, 18))
        held = starts < now
        workshop = {
            **_stamp(rng, base),
            "district_id": district_id,
            "title": f"{rng.choice(('Workshop', 'Fachworkshop', 'Forum'))} {rng.choice(TOPICS)} {number + 1}",
            "format": formats[number % len(formats)].value,
            "status": (WorkshopStatus.HELD if held else WorkshopStatus.PLANNED).value,
            "starts_at": starts,
            "ends_at": starts + dt.timedelta(hours=3),
            "venue": f"{rng.choice(('Landratsamt', 'Bürgerhaus', 'Gemeindesaal'))} {rng.randrange(1, 30)}",
            "moderation": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            "minute_taker": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
            "goals": _text(rng, 25),
            "participants_by_organisation_only": False,
            "protocol_status": (ProtocolStatus.APPROVED if held else ProtocolStatus.DRAFT).value,
            "calendar_sequence": 0,
            "protocol_approved_on": (starts + dt.timedelta(days=14)).date() if held else None,
            "protocol_approved_by": "Programmbüro" if held else "",
        }
        workshop_rows.append(workshop)
        for position in range(agenda_items):
            agenda_rows.append(
                {
                    **_stamp(rng, base),
                    "district_id": district_id,
                    "workshop_id": workshop["id"],
                    "position": position,
                    "title": f"TOP {position + 1}: {rng.choice(TOPICS)}",
                    "notes": _text(rng, 40),
                    "results": _text(rng, 20),
                }
            )

    action_rows = []
    for number in range(ACTION_ITEMS_PER_DISTRICT):
        workshop = rng.choice(workshop_rows)
        action_rows.append(
            {
                **_stamp(rng, base),
                "district_id": district_id,
                "workshop_id": workshop["id"],
                "agenda_item_id": None,
                "title": _text(rng, 10),
                "responsible_actor_id": rng.choice(actor_ids),
                "responsible_text": "",
                "due_on": (workshop["starts_at"] + dt.timedelta(days=30)).date(),
                "status": (ActionStatus.DONE if number % 3 == 0 else ActionStatus.OPEN).value,
            }
        )

    concept = {
        **_stamp(rng, base),
        "district_id": district_id,
        "title": "Integrationskonzept (Entwurf)",
        "template_key": "lzz-standard",
        "template_version": 1,
        "status": ConceptStatus.DRAFT.value,
        "decided_on": None,
    }
    section_rows = [
        {
            **_stamp(rng, base),
            "district_id": district_id,
            "concept_id": concept["id"],
            "key": f"section-{position + 1}",
            "title": f"{position + 1}. {rng.choice(TOPICS)}",
            "position": position,
            "content": _text(rng, rng.randrange(0, 200)),
            "data": "{}",
            "archived": False,
        }
        for position in range(CONCEPT_SECTIONS)
    ]
    return {
        Actor: actor_rows,
        Relationship: relationship_rows,
        Workshop: workshop_rows,
        AgendaItem: agenda_rows,
        ActionItem: action_rows,
        Concept: [concept],
        ConceptSection: section_rows,
    }


def generate(
    data_dir: Path,
    districts: int = 40,
    actors: int = 500,
    relationships: int = 1500,
    workshops: int = 60,
    agenda_items: int = 10,
    seed: int = 1,
) -> dict[str, int]:
    """Fill a new workspace in ``data_dir`` (which must not hold a database yet); returns the
    number of rows written per table."""
    rng = random.Random(seed)
    workspace = Workspace.open(data_dir, author=AUTHOR)
    written: dict[str, int] = {}
    try:
        session = workspace.database.session_factory()
        session.info[SUPPRESS_KEY] = True  # generated rows are not user edits: no outbox
        try:
            if session.scalar(select(func.count()).select_from(District)):
                raise RuntimeError(f"{data_dir} already holds districts")
            base = dt.datetime(2018, 1, 1, 9, tzinfo=dt.UTC)
            phases = [
                {
                    **_stamp(rng, base),
                    "name": name,
                    "start_year": start,
                    "end_year": end,
                    "notes": "",
                    "stages": "",
                }
                for name, start, end in (
                    ("Pilotphase", 2018, 2019),
                    ("Programmphase 2020–2022", 2020, 2022),
                    ("Programmphase 2023–2024", 2023, 2024),
                )
            ]
            states = list(FederalState)
            district_rows = [
                {
                    **_stamp(rng, base),
                    "name": f"Landkreis Musterkreis {number + 1:02d}",
                    "state": states[number % len(states)].value,
                    "ags": f"{number % 16 + 1:02d}{number + 100:03d}000",
                    "phase_id": phases[number % len(phases)]["id"],
                    "process_start": dt.date(2018 + number % 6, 1, 1),
                    "process_end": dt.date(2020 + number % 6, 12, 31),
                    "notes": _text(rng, 30),
                    "consultancy": ("Kompetus", "Ramboll")[number % 2],
                }
                for number in range(districts)
            ]
            tables: dict[type[Base], list[dict[str, Any]]] = {ProgrammePhase: phases, District: district_rows}
            for district in district_rows:
                per_district = _district_rows(
                    rng, district["id"], base, actors, relationships, workshops, agenda_items
                )
                for model, rows in per_district.items():
                    tables.setdefault(model, []).extend(rows)
            for model, rows in tables.items():  # dict order is parent-before-child order
                if rows:
                    _check_columns(model, rows[0])
                for batch in _batches(rows):
                    session.execute(insert(model), batch)
                written[model.__tablename__] = len(rows)
            session.commit()
        finally:
            session.close()
        with workspace.database.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        workspace.close()
    return written


def ensure_cached(force: bool = False, **params: int) -> tuple[Path, dict[str, Any]]:
    """The cached workspace for ``params`` (generated now when missing); returns its directory and
    its marker: parameters, rows written, generation time, whether it was generated just now."""
    merged = {**DEFAULTS, **params}
    target = cache_dir(**merged)
    marker_path = target / MARKER_NAME
    if not force and marker_path.exists() and (target / "lzz.sqlite").exists():
        try:
            marker = json.loads(marker_path.read_text(encoding="utf-8"))
            if marker.get("params") == merged and marker.get("schema_head") == schema_head():
                marker["cached"] = True
                return target, marker
        except (OSError, ValueError):
            pass
    if target.exists():
        shutil.rmtree(target)
    work = target.with_name(target.name + ".partial")
    if work.exists():
        shutil.rmtree(work)
    print(f"generating large workspace in {target} …", file=sys.stderr)
    started = time.perf_counter()
    written = generate(work, **merged)
    seconds = time.perf_counter() - started
    # Open it once more, so the once-a-day backup is made now and not while benchmarking.
    Workspace.open(work).close()
    marker = {
        "params": merged,
        "schema_head": schema_head(),
        "rows": written,
        "generation_s": round(seconds, 2),
        "size_mb": round((work / "lzz.sqlite").stat().st_size / 2**20, 1),
    }
    (work / MARKER_NAME).write_text(json.dumps(marker, indent=2), encoding="utf-8")
    work.rename(target)
    marker["cached"] = False
    return target, marker


def _emit(benchmark: str, value: float, unit: str, **extra: Any) -> None:
    print(json.dumps({"benchmark": benchmark, "value": value, "unit": unit, **extra}), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", type=Path, help="generate into this (new) folder instead of the cache")
    parser.add_argument("--force", action="store_true", help="regenerate the cached workspace")
    for key, value in DEFAULTS.items():
        parser.add_argument(f"--{key.replace('_', '-')}", type=int, default=value)
    args = parser.parse_args(argv)
    params = {key: getattr(args, key) for key in DEFAULTS}
    if args.data_dir is not None:
        started = time.perf_counter()
        written = generate(args.data_dir, **params)
        seconds = time.perf_counter() - started
        _emit("large_workspace_generation_s", round(seconds, 2), "s", rows=sum(written.values()))
        return 0
    target, marker = ensure_cached(force=args.force, **params)
    rows = marker["rows"]
    _emit(
        "large_workspace_generation_s",
        marker["generation_s"],
        "s",
        cached=marker["cached"],
        rows=sum(rows.values()),
        path=str(target),
    )
    _emit("large_workspace_size_mb", marker["size_mb"], "MB", tables=rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
