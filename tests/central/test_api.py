"""The HTTP interface of the central store: hostile payloads and the authorisation matrix (the
accounts endpoints included: the office's alone). Every refusal is a 4xx and leaves the server
unchanged; no pull leaks a district the user lacks."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from lzz_desktop.central.db import applied_ops, conflicts, devices, memberships, records, users
from lzz_desktop.domain import new_id
from tests.sync.servers import Central, start_central

NOW = "2026-11-24T20:00:00+00:00"


def op(entity: str, entity_id: str, op_kind: str = "insert", /, **changes: Any) -> dict[str, Any]:
    return {
        "op_id": new_id(),
        "entity": entity,
        "entity_id": entity_id,
        "op": op_kind,
        "base_version": None if op_kind == "insert" else 1,
        "changes": {k: [None if op_kind == "insert" else "alt", v] for k, v in changes.items()},
    }


def district_op(district_id: str, name: str) -> dict[str, Any]:
    return op("district", district_id, name=name, state="NI", created_at=NOW, updated_at=NOW)


def actor_op(district_id: str, actor_id: str | None = None, **extra: Any) -> dict[str, Any]:
    fields = {"name": "Anna", "kind": "PERSON", "sector": "POLITICS", "district_id": district_id, **extra}
    return op("actor", actor_id or new_id(), **fields)


def concept_op(district_id: str) -> dict[str, Any]:
    return op(
        "concept", new_id(), title="Konzept", template_key="lzz", template_version=1, district_id=district_id
    )


def refused(response: httpx.Response) -> set[str]:
    """The reasons of a push the store answered with every op refused (and nothing else)."""
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert results and all(r["status"] == "refused" for r in results), results
    return {r["reason"] for r in results}


def applied(response: httpx.Response) -> bool:
    """Accepted: applied, merged or kept as a conflict, but not refused."""
    return response.status_code == 200 and all(r["status"] != "refused" for r in response.json()["results"])


@dataclass
class World:
    central: Central
    http: httpx.Client
    tokens: dict[str, str]
    a: str
    b: str
    actor_b: str
    conflict_b: str

    def call(self, user: str | None, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens[user]}"} if user else {}
        return self.http.request(method, path, headers=headers, **kwargs)

    def push(self, user: str | None, *ops: dict[str, Any]) -> httpx.Response:
        return self.call(user, "POST", "/sync/push", json={"ops": list(ops)})

    def account_id(self, name: str) -> str:
        with self.central.engine.connect() as conn:
            return str(conn.scalar(select(users.c.id).where(users.c.name == name)))

    def accounts_fingerprint(self) -> tuple[Any, ...]:
        """Accounts, their districts and which devices are revoked (not when they were last used)."""
        with self.central.engine.connect() as conn:
            return (
                sorted(tuple(r) for r in conn.execute(select(users.c.id, users.c.name, users.c.role))),
                sorted(tuple(r) for r in conn.execute(select(memberships))),
                sorted(tuple(r) for r in conn.execute(select(devices.c.id, devices.c.revoked_at))),
            )

    def fingerprint(self) -> tuple[Any, ...]:
        with self.central.engine.connect() as conn:
            rows = conn.execute(
                select(records.c.id, records.c.version, records.c.data).order_by(records.c.id)
            ).all()
            ops = conn.scalar(select(func.count()).select_from(applied_ops))
            open_conflicts = conn.scalar(
                select(func.count()).select_from(conflicts).where(conflicts.c.resolved_at.is_(None))
            )
        return (json.dumps([tuple(r) for r in rows], sort_keys=True, default=str), ops, open_conflicts)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One server for the module: every test compares the server before and after its request."""
    central = start_central(f"sqlite:///{tmp_path_factory.mktemp('api') / 'central.sqlite'}")
    central.add_user("office", "office")
    tokens = {"office": central.token("office")}
    a, b, actor_b = new_id(), new_id(), new_id()
    with httpx.Client(base_url=central.base_url) as http:
        w = World(central, http, tokens, a, b, actor_b, "")
        assert (
            w.push(
                "office", district_op(a, "Goslar"), district_op(b, "Uckermark"), actor_op(b, actor_b)
            ).status_code
            == 200
        )
        clash = actor_op(b, actor_b)
        clash["op"], clash["base_version"] = "update", 1
        clash["changes"] = {"name": ["Berta", "Clara"]}
        result = w.push("office", clash).json()["results"][0]
        assert result["status"] == "conflict"
        w.conflict_b = result["conflicts"][0]
        central.add_user("berater", "consultant", ["Goslar"])
        central.add_user("kreis", "district", [a])
        tokens["berater"] = central.token("berater")
        tokens["kreis"] = central.token("kreis")
        yield w
    central.stop()


# --- authorisation matrix: every endpoint × every non-office role × a foreign district ---------
FOREIGN_WRITES = {
    "insert actor": lambda w: actor_op(w.b),
    "update actor": lambda w: {**op("actor", w.actor_b, "update", role="Chefin")},
    "delete actor": lambda w: {**op("actor", w.actor_b, "delete", deleted_at=NOW)},
    "restore actor": lambda w: {**op("actor", w.actor_b, "restore", deleted_at=None)},
    "insert concept": lambda w: concept_op(w.b),
    "update district": lambda w: op("district", w.b, "update", notes="gekapert"),
    "insert district": lambda w: district_op(new_id(), "Neu"),
    "insert global phase": lambda w: op(
        "programme_phase", new_id(), name="X", start_year=2030, end_year=2031
    ),
    "insert actor naming own district": lambda w: {**actor_op(w.b), "district_id": w.a},
}


@pytest.mark.parametrize("user", ["berater", "kreis"])
@pytest.mark.parametrize("write", sorted(FOREIGN_WRITES))
def test_writes_to_a_foreign_district_are_refused(world: World, user: str, write: str) -> None:
    before = world.fingerprint()
    response = world.push(user, FOREIGN_WRITES[write](world))
    assert refused(response) <= {"no_write_access", "wrong_district", "foreign_reference"}
    assert world.fingerprint() == before


@pytest.mark.parametrize("user", ["berater", "kreis"])
def test_reads_show_nothing_of_a_foreign_district(world: World, user: str) -> None:
    me = world.call(user, "GET", "/sync/me").json()
    assert me["districts"] == [world.a] and not me["all_districts"]
    body = world.call(user, "GET", "/sync/pull", params={"cursor": 0}).json()
    assert {r["id"] for r in body["records"]} == {world.a}
    assert body["conflicts"] == []
    assert world.b not in json.dumps(body)
    before = world.fingerprint()
    assert world.call(user, "POST", f"/sync/conflicts/{world.conflict_b}/resolve", json={}).status_code == 404
    assert world.fingerprint() == before


def test_roles_inside_their_own_district(world: World) -> None:
    # district staff: concepts and comments only
    assert refused(world.push("kreis", actor_op(world.a))) == {"no_write_access"}
    assert applied(world.push("kreis", concept_op(world.a)))
    assert applied(world.push("berater", actor_op(world.a)))
    assert applied(world.push("berater", op("district", world.a, "update", notes="Kick-off im März")))
    assert refused(world.push("berater", op("district", world.a, "delete", deleted_at=NOW))) == {
        "no_write_access"
    }
    office = world.call("office", "GET", "/sync/pull", params={"cursor": 0}).json()
    assert {r["district_id"] for r in office["records"]} == {world.a, world.b}
    assert (
        world.call("office", "POST", f"/sync/conflicts/{world.conflict_b}/resolve", json={}).status_code
        == 204
    )


# The accounts endpoints: the programme office's alone (issue 15, point 7).
ADMIN_REQUESTS = {
    "list accounts": lambda w: ("GET", "/admin/accounts", None),
    "create account": lambda w: (
        "POST",
        "/admin/accounts",
        {"name": "eindringling", "role": "office", "password": "lang-genug-1", "districts": [w.b]},
    ),
    "grant a district": lambda w: (
        "POST",
        f"/admin/accounts/{w.account_id('berater')}/districts/grant",
        {"districts": [w.b]},
    ),
    "revoke a district": lambda w: (
        "POST",
        f"/admin/accounts/{w.account_id('kreis')}/districts/revoke",
        {"districts": [w.a]},
    ),
    "revoke the office's devices": lambda w: (
        "POST",
        f"/admin/accounts/{w.account_id('office')}/devices/revoke",
        {},
    ),
    "revoke a device of another account": lambda w: (
        "POST",
        f"/admin/accounts/{w.account_id('berater')}/devices/revoke",
        {"device_id": str(uuid.UUID(int=7))},
    ),
}


@pytest.mark.parametrize("user", ["berater", "kreis"])
@pytest.mark.parametrize("request_name", sorted(ADMIN_REQUESTS))
def test_only_the_office_manages_accounts(world: World, user: str, request_name: str) -> None:
    method, path, body = ADMIN_REQUESTS[request_name](world)
    before = world.accounts_fingerprint()
    response = world.call(user, method, path, json=body)
    assert response.status_code == 403, response.text
    assert "office" in response.json()["detail"]
    assert world.accounts_fingerprint() == before
    assert world.call(user, "GET", "/sync/me").status_code == 200  # still logged in


ENDPOINTS: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/sync/me", None),
    ("GET", "/sync/pull", None),
    ("POST", "/sync/push", {"ops": []}),
    ("POST", f"/sync/conflicts/{uuid.UUID(int=9)}/resolve", {}),
    ("POST", "/auth/logout", None),
    ("GET", "/admin/accounts", None),
    ("POST", "/admin/accounts", {"name": "x", "role": "office", "password": "lang-genug-1"}),
    ("POST", f"/admin/accounts/{uuid.UUID(int=9)}/districts/grant", {"districts": [str(uuid.UUID(int=8))]}),
    ("POST", f"/admin/accounts/{uuid.UUID(int=9)}/districts/revoke", {"districts": [str(uuid.UUID(int=8))]}),
    ("POST", f"/admin/accounts/{uuid.UUID(int=9)}/devices/revoke", {}),
]


@pytest.mark.parametrize(("method", "path", "body"), ENDPOINTS)
@pytest.mark.parametrize("token", [None, "nonsense", "revoked"])
def test_every_endpoint_needs_a_valid_token(
    world: World, method: str, path: str, body: Any, token: str | None
) -> None:
    if token == "revoked":
        world.tokens["revoked"] = world.central.token("berater")
        assert world.call("revoked", "POST", "/auth/logout").status_code == 204
    elif token == "nonsense":
        world.tokens["nonsense"] = "x" * 43
    assert world.call(token, method, path, json=body).status_code == 401


def test_failed_logins_are_throttled(world: World) -> None:
    world.central.add_user("vergesslich", "consultant")  # its own account: the lock lasts beyond the test
    for _ in range(5):
        assert (
            world.http.post("/auth/login", json={"user": "vergesslich", "password": "falsch"}).status_code
            == 401
        )
    response = world.http.post("/auth/login", json={"user": "vergesslich", "password": "geheim"})
    assert response.status_code == 429 and int(response.headers["Retry-After"]) > 0


# --- hostile payloads, as office (so rights are not the reason) -------------------------------
# Whole requests the store cannot read: a 4xx, nothing changes.
MALFORMED = {
    "wrong type": lambda w: {"ops": [actor_op(w.a, name=[1])]},
    "unknown top-level key": lambda w: {"ops": [], "admin": True},
    "unknown op key": lambda w: {"ops": [{**actor_op(w.a), "sudo": True}]},
    "unknown op kind": lambda w: {"ops": [{**actor_op(w.a), "op": "explode"}]},
    "too many ops": lambda w: {"ops": [actor_op(w.a) for _ in range(251)]},
    "id with slashes": lambda w: {"ops": [actor_op(w.a, actor_id="../../etc/passwd")]},
    "nested value": lambda w: {"ops": [actor_op(w.a, notes={"$ne": 1})]},
}
# Operations the store refuses one by one, with a reason; the rest of the batch applies.
REFUSED_OPS = {
    "text instead of a number": (lambda w: actor_op(w.a, influence="viel"), "invalid_value"),
    "number instead of text": (lambda w: actor_op(w.a, name=123), "invalid_value"),
    "unknown field": (lambda w: actor_op(w.a, shoe_size=44), "unknown_field"),
    "unknown entity": (lambda w: op("spaceship", new_id(), name="x"), "unknown_entity"),
    "string too long for the column": (lambda w: actor_op(w.a, name="x" * 301), "invalid_value"),
    "huge text": (lambda w: actor_op(w.a, notes="x" * 300_000), "invalid_value"),
    "bad enum value": (lambda w: actor_op(w.a, sector="MARS"), "invalid_value"),
    "missing required field": (lambda w: op("actor", new_id(), name="x", district_id=w.a), "missing_field"),
    "bad date": (lambda w: op("district", w.a, "update", process_start="gestern"), "invalid_value"),
    "naive datetime": (
        lambda w: op("district", w.a, "update", updated_at="2026-01-01T00:00:00"),
        "invalid_value",
    ),
    "id of another kind": (lambda w: op("concept", w.actor_b, "update", title="x"), "wrong_kind"),
    "update of an unknown record": (lambda w: op("actor", new_id(), "update", name="x"), "not_found"),
    "move to another district": (
        lambda w: op("actor", w.actor_b, "update", district_id=w.a),
        "wrong_district",
    ),
    "server-owned field": (lambda w: actor_op(w.a, version=99), "unknown_field"),
    "insert into an unknown district": (lambda w: actor_op(new_id()), "foreign_reference"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_pushes_are_refused_without_change(world: World, case: str) -> None:
    before = world.fingerprint()
    response = world.call("office", "POST", "/sync/push", json=MALFORMED[case](world))
    assert 400 <= response.status_code < 500, response.text
    assert world.fingerprint() == before


@pytest.mark.parametrize("case", sorted(REFUSED_OPS))
def test_hostile_ops_are_refused_one_by_one(world: World, case: str) -> None:
    make, reason = REFUSED_OPS[case]
    before = world.fingerprint()
    assert refused(world.push("office", make(world))) == {reason}
    assert world.fingerprint() == before


def test_a_refused_op_leaves_the_rest_of_the_batch_applied(world: World) -> None:
    good, bad, also_good = actor_op(world.a), actor_op(world.a, name=None), actor_op(world.a)
    results = world.push("office", good, bad, also_good).json()["results"]
    assert [r["status"] for r in results] == ["applied", "refused", "applied"]
    assert results[1]["reason"] == "invalid_value" and "name" in results[1]["detail"]
    pulled = world.call("office", "GET", "/sync/pull", params={"cursor": 0, "limit": 2000}).json()
    ids = {r["id"] for r in pulled["records"]}
    assert good["entity_id"] in ids and also_good["entity_id"] in ids and bad["entity_id"] not in ids


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("POST", "/sync/push", {"content": b"{not json"}),
        ("POST", "/sync/push", {"content": b"[]"}),
        ("GET", "/sync/pull", {"params": {"cursor": -1}}),
        ("GET", "/sync/pull", {"params": {"cursor": "abc"}}),
        ("GET", "/sync/pull", {"params": {"limit": 10**9}}),
        ("POST", "/auth/login", {"json": {"user": "x" * 10_000, "password": "y"}}),
        ("POST", f"/sync/conflicts/{'x' * 500}/resolve", {"json": {}}),
    ],
)
def test_malformed_requests_are_4xx(world: World, method: str, path: str, kwargs: dict[str, Any]) -> None:
    before = world.fingerprint()
    headers = {"Authorization": f"Bearer {world.tokens['office']}", "Content-Type": "application/json"}
    response = world.http.request(method, path, headers=headers, **kwargs)
    assert 400 <= response.status_code < 500, response.text
    assert world.fingerprint() == before


def test_an_expired_token_is_refused(world: World) -> None:
    import datetime as dt

    from sqlalchemy import update

    from lzz_desktop.central.accounts import token_hash

    world.tokens["expired"] = world.central.token("berater")
    assert world.call("expired", "GET", "/sync/me").status_code == 200
    with world.central.engine.begin() as conn:
        conn.execute(
            update(devices)
            .where(devices.c.token_hash == token_hash(world.tokens["expired"]))
            .values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
        )
    assert world.call("expired", "GET", "/sync/me").status_code == 401
