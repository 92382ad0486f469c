"""Hostile values, pushed by every role into a real central store on SQLite and on PostgreSQL: each
is refused — per op with a reason, or the whole request with a 4xx, never a 5xx or a hang — and a
desktop that syncs afterwards stays healthy and equal to the store. References never cross
districts."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from lzz_desktop.central.db import applied_ops, records
from lzz_desktop.domain import new_id
from lzz_desktop.domain.wire import entity_specs
from lzz_desktop.sync.service import read_status
from tests.sync.conftest import Client
from tests.sync.helpers import client_state, server_state
from tests.sync.servers import Central

NOW = "2026-11-24T20:00:00+00:00"
_PLACEHOLDER = '"@@HOSTILE@@"'


def _wire_default(entity: str, name: str, refs: dict[str, str]) -> Any:
    spec = entity_specs()[entity].fields[name]
    if spec.references:
        return refs[spec.references]
    if spec.kind == "enum":
        return sorted(spec.choices)[0]
    if spec.kind == "int":
        return 2026 if "year" in name else 1
    if spec.kind == "float":
        return 0.5
    if spec.kind == "bool":
        return False
    if spec.kind == "date":
        return "2026-11-01"
    if spec.kind == "datetime":
        return NOW
    return "x" * min(spec.max_length or 64, 8) if name != "sha256" else "a" * 64


def insert_op(
    entity: str, refs: dict[str, str], record_id: str | None = None, **values: Any
) -> dict[str, Any]:
    """A valid insert of ``entity``: every required field filled, references from ``refs``."""
    spec = entity_specs()[entity]
    changes = {
        name: [None, _wire_default(entity, name, refs)]
        for name, field in spec.fields.items()
        if field.required or (field.references and field.references in refs and name != "organisation_id")
    }
    changes.update({"created_at": [None, NOW], "updated_at": [None, NOW]})
    changes.update({k: [None, v] for k, v in values.items()})
    if entity == "district":
        changes.pop("phase_id", None)
    return {
        "op_id": new_id(),
        "entity": entity,
        "entity_id": record_id or new_id(),
        "op": "insert",
        "base_version": None,
        "changes": changes,
    }


def update_op(entity: str, record_id: str, version: int = 1, **values: Any) -> dict[str, Any]:
    return {
        "op_id": new_id(),
        "entity": entity,
        "entity_id": record_id,
        "op": "update",
        "base_version": version,
        "changes": {k: [None, v] for k, v in values.items()},
    }


# Referenced entities in dependency order: one record of each per district.
_CHAIN = ["district", "actor", "workshop", "agenda_item", "concept", "concept_section"]
# Seen by the districts of an event: one event (of that district alone) and its learning each.
_SHARED_CHAIN = ["programme_event", "event_learning"]


@dataclass
class World:
    central: Central
    http: httpx.Client
    tokens: dict[str, str]
    a: dict[str, str]  # entity → id of a record in district A (Goslar)
    b: dict[str, str]  # … in district B (Harz)

    def push_raw(self, user: str, body: str) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens[user]}", "Content-Type": "application/json"}
        return self.http.post("/sync/push", content=body.encode("utf-8", "surrogatepass"), headers=headers)

    def push(self, user: str, *ops: dict[str, Any]) -> httpx.Response:
        return self.push_raw(user, json.dumps({"ops": list(ops)}))

    def snapshot(self) -> tuple[Any, ...]:
        with self.central.engine.connect() as conn:
            rows = conn.execute(select(records.c.id, records.c.version).order_by(records.c.id)).all()
            ops = conn.scalar(select(func.count()).select_from(applied_ops))
        return (tuple(tuple(r) for r in rows), ops)


@pytest.fixture
def world(central: Central) -> Iterator[World]:
    central.add_user("office", "office")
    tokens = {"office": central.token("office")}
    with httpx.Client(base_url=central.base_url, timeout=60) as http:
        w = World(central, http, tokens, {}, {})
        for refs, name in ((w.a, "Goslar"), (w.b, "Harz")):
            for entity in _CHAIN:
                record_id = new_id()
                extra = {"name": name} if entity == "district" else {}
                if entity != "district":
                    extra["district_id"] = refs["district"]
                op = insert_op(entity, refs, record_id, **extra)
                result = w.push("office", op).json()["results"][0]
                assert result["status"] == "applied", result
                refs[entity] = record_id
            for entity in _SHARED_CHAIN:
                record_id = new_id()
                extra = {"district_ids": refs["district"]} if entity == "programme_event" else {}
                result = w.push("office", insert_op(entity, refs, record_id, **extra)).json()["results"][0]
                assert result["status"] == "applied", result
                refs[entity] = record_id
        central.add_user("berater", "consultant", [w.a["district"]])
        central.add_user("kreis", "district", [w.a["district"]])
        tokens["berater"] = central.token("berater")
        tokens["kreis"] = central.token("kreis")
        yield w


# --- hostile values --------------------------------------------------------------------------
# (kind of field, raw JSON of the value). Raw, because NaN, Infinity and 1e999 are no JSON a
# well-behaved encoder writes, and a lone surrogate is an escape only.
HOSTILE_VALUES: dict[str, tuple[str, str]] = {
    "datetime year 1 at +14:00": ("datetime", '"0001-01-01T00:00:00+14:00"'),
    "datetime year 9999 at -05:00": ("datetime", '"9999-12-31T23:00:00-05:00"'),
    "datetime before 1900": ("datetime", '"1899-12-31T23:00:00+00:00"'),
    "datetime after 2200": ("datetime", '"2201-01-01T00:00:00+00:00"'),
    "naive datetime": ("datetime", '"2026-01-01T00:00:00"'),
    "datetime month 13": ("datetime", '"2026-13-01T00:00:00+00:00"'),
    "text with NUL": ("text", '"kopiert\\u0000eingef\\u00fcgt"'),
    "text with a lone high surrogate": ("text", '"Ol\\ud800ena"'),
    "text with a lone low surrogate": ("text", '"\\udc00"'),
    "text longer than the limit": ("text", json.dumps("x" * 200_001)),
    "int beyond 32 bits": ("int", str(2**31)),
    "int of 30 digits": ("int", str(10**30)),
    "int as 1e999": ("int", "1e999"),
    "int as NaN": ("int", "NaN"),
    "float NaN": ("float", "NaN"),
    "float Infinity": ("float", "Infinity"),
    "float -Infinity": ("float", "-Infinity"),
    "float 1e999": ("float", "1e999"),
    "float of 400 digits": ("float", str(10**400)),
    "float 1e300": ("float", "1e300"),
    "bool as text": ("bool", '"ja"'),
}

# Where each role may write a field of each kind (entity, field, district).
ROLE_TARGETS: dict[str, dict[str, tuple[str, str]]] = {
    "office": {
        "datetime": ("workshop", "starts_at"),
        "text": ("district", "notes"),
        "int": ("actor", "influence"),
        "float": ("map_position", "x"),
        "bool": ("concept_section", "archived"),
    },
    "berater": {
        "datetime": ("workshop", "ends_at"),
        "text": ("actor", "notes"),
        "int": ("actor", "interest"),
        "float": ("map_position", "y"),
        "bool": ("concept_section", "archived"),
    },
    # District staff write concept sections and comments only: the datetime through a comment's
    # bookkeeping (as in the report), the rest through sections.
    "kreis": {
        "datetime": ("comment", "created_at"),
        "text": ("comment", "body"),
        "int": ("concept_section", "position"),
        "float": ("concept_section", "position"),
        "bool": ("concept_section", "archived"),
    },
}


def _target_op(world: World, user: str, kind: str) -> dict[str, Any] | None:
    entity, name = ROLE_TARGETS[user][kind]
    spec = entity_specs()[entity]
    if name not in spec.fields:
        return None
    if entity in world.a and entity != "concept_section":
        return update_op(entity, world.a[entity], 1, **{name: "@@HOSTILE@@"})
    extra = {} if entity == "district" else {"district_id": world.a["district"]}
    return insert_op(entity, world.a, **extra, **{name: "@@HOSTILE@@"})


@pytest.mark.parametrize("user", sorted(ROLE_TARGETS))
def test_every_hostile_value_is_refused_and_a_second_client_stays_healthy(
    world: World, user: str, make_client: Callable[[Central, str], Client]
) -> None:
    before = world.snapshot()
    tried = 0
    for case, (kind, raw) in sorted(HOSTILE_VALUES.items()):
        op = _target_op(world, user, kind)
        if op is None:
            continue
        tried += 1
        body = json.dumps({"ops": [op]}).replace(_PLACEHOLDER, raw)
        response = world.push_raw(user, body)
        assert response.status_code < 500, (case, response.status_code, response.text[:300])
        if response.status_code == 200:
            results = response.json()["results"]
            assert [r["status"] for r in results] == ["refused"], (case, results)
            assert results[0]["reason"] == "invalid_value", (case, results)
        else:
            assert 400 <= response.status_code < 500, case
    assert tried >= 15
    assert world.snapshot() == before  # nothing of it reached the store
    # The office's full sync and the consultant's sync both pull every district healthy.
    for account in ("office", "berater"):
        client = make_client(world.central, account)
        report = client.sync()
        assert report.quarantined == 0
        visible = None if account == "office" else {world.a["district"]}
        mine, theirs = client_state(client.workspace), server_state(world.central, visible)
        assert mine.keys() == theirs.keys()
        for record_id, values in theirs.items():
            differing = {k: (mine[record_id][k], v) for k, v in values.items() if mine[record_id][k] != v}
            assert not differing, (record_id, differing)
        assert read_status(client.workspace).pending == 0


def test_deep_nesting_and_huge_bodies_are_4xx(world: World) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    op = update_op("actor", world.a["actor"], notes="@@HOSTILE@@")
    response = world.push_raw("office", json.dumps({"ops": [op]}).replace(_PLACEHOLDER, deep))
    assert 400 <= response.status_code < 500, response.text[:300]
    ten_mb = update_op("actor", world.a["actor"], notes="x" * 10_000_000)
    response = world.push("office", ten_mb)
    assert response.status_code == 413
    shallow = update_op("actor", world.a["actor"], notes={"a": [1, {"b": 2}]})
    assert 400 <= world.push("office", shallow).status_code < 500


# --- references stay in their district -------------------------------------------------------
def _referencing_fields() -> list[tuple[str, str, str]]:
    found = []
    for entity, spec in entity_specs().items():
        for name, field in spec.fields.items():
            if field.references and name != "district_id" and field.references in _CHAIN + _SHARED_CHAIN:
                found.append((entity, name, field.references))
    return sorted(found)


def test_every_reference_field_is_covered() -> None:
    names = {f"{entity}.{name}" for entity, name, _target in _referencing_fields()}
    assert {
        "consent.actor_id",
        "actor.organisation_id",
        "comment.section_id",
        "agreement.concept_section_id",
    } <= names
    assert len(names) >= 16


@pytest.mark.parametrize(("entity", "name", "target"), _referencing_fields())
def test_references_to_another_district_are_refused(
    world: World, entity: str, name: str, target: str
) -> None:
    before = world.snapshot()
    spec = entity_specs()[entity]
    # A record of an event names no district: it is seen by the event's districts.
    where = {} if spec.audienced else {"district_id": world.a["district"]}
    parent = name == spec.audience_parent  # the event of a participant or learning: any event
    # An insert into Goslar naming Harz's record …
    if not parent:
        refs = {**world.a, target: world.b[target]}
        op = insert_op(entity, refs, **where, **{name: world.b[target]})
        result = world.push("office", op).json()["results"][0]
        assert (result["status"], result["reason"]) == ("refused", "foreign_reference"), result
    # … an insert naming a record the store does not have …
    op = insert_op(entity, world.a, **where, **{name: new_id()})
    result = world.push("office", op).json()["results"][0]
    assert (result["status"], result["reason"]) == ("refused", "foreign_reference"), result
    # … and an update of a Goslar record pointing it into Harz (or a learning into another event).
    if entity in world.a:
        result = world.push("office", update_op(entity, world.a[entity], 1, **{name: world.b[target]})).json()
        reason = "wrong_district" if parent else "foreign_reference"
        assert result["results"][0]["reason"] == reason, result
    assert world.snapshot() == before
    # The same reference inside the district is accepted.
    op = insert_op(entity, world.a, **where, **{name: world.a[target]})
    assert world.push("office", op).json()["results"][0]["status"] == "applied"


def test_the_store_writes_down_who_pushed(world: World) -> None:
    op = update_op("actor", world.a["actor"], notes="von mir", updated_by="Jemand anderes")
    assert world.push("berater", op).json()["results"][0]["status"] in ("applied", "conflict")
    with world.central.engine.connect() as conn:
        data = conn.execute(select(records.c.data).where(records.c.id == world.a["actor"])).scalar_one()
    assert data["updated_by"] == "berater"


# --- limits before parsing -------------------------------------------------------------------
def _raw_request(central: Central, path: str, headers: dict[str, str], body: bytes) -> tuple[int, float]:
    """Send the headers and ``body`` (possibly much less than announced) on a plain socket; the
    status line the server answers and how long it took."""
    import socket
    import time
    from urllib.parse import urlsplit

    parts = urlsplit(central.base_url)
    head = f"POST {path} HTTP/1.1\r\nHost: {parts.hostname}\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in headers.items()
    )
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head.encode() + b"\r\n" + body)
        answer = sock.recv(4096).decode("latin-1")
    return int(answer.split(" ", 2)[1]), time.monotonic() - started


@pytest.mark.parametrize(("path", "length"), [("/sync/push", 50_000_000), ("/auth/login", 20_000)])
def test_a_body_over_the_limit_is_refused_before_it_is_sent(world: World, path: str, length: int) -> None:
    headers = {"Content-Type": "application/json", "Content-Length": str(length)}
    if path == "/sync/push":
        headers["Authorization"] = f"Bearer {world.tokens['office']}"
    # Only 10 bytes of the announced body ever arrive: the answer cannot depend on reading it.
    status, seconds = _raw_request(world.central, path, headers, b'{"ops": [ ')
    assert status == 413 and seconds < 5


def test_a_chunked_body_is_cut_off_at_the_limit(world: World) -> None:
    login = world.http.post("/auth/login", json={"user": "office", "password": "p" * 20_000})
    assert login.status_code == 413

    def chunks() -> Iterator[bytes]:
        yield b'{"ops": [], "x": "'
        for _ in range(50):  # 50 MB in 1 MB chunks, no Content-Length
            yield b"x" * 1_000_000
        yield b'"}'

    headers = {"Authorization": f"Bearer {world.tokens['office']}", "Content-Type": "application/json"}
    try:
        response = world.http.post("/sync/push", content=chunks(), headers=headers)
    except httpx.HTTPError:
        return  # the server closed the connection while the client was still sending: refused too
    assert response.status_code == 413
