"""Logins that cannot be sprayed or used to lock an owner out, and attachments readable by
permission, not by knowing a hash — against a real central store on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update

from lzz_desktop.central import accounts
from lzz_desktop.central.db import attachment_upload_chunks, attachment_uploads, login_failures
from lzz_desktop.domain import new_id
from tests.sync.servers import Central

NOW = "2026-11-24T20:00:00+00:00"


@pytest.fixture
def http(central: Central) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=central.base_url, timeout=30) as client:
        yield client


def _login(http: httpx.Client, user: str, password: str) -> httpx.Response:
    return http.post("/auth/login", json={"user": user, "password": password})


# --- login -----------------------------------------------------------------------------------
def test_unknown_user_and_wrong_password_look_the_same(central: Central, http: httpx.Client) -> None:
    central.add_user("anna", "consultant")
    wrong = [_login(http, "anna", "falsch") for _ in range(2)]
    unknown = [_login(http, "niemand", "falsch") for _ in range(2)]
    assert {r.status_code for r in wrong + unknown} == {401}
    assert {r.text for r in wrong} == {r.text for r in unknown}

    # The same cost (one Argon2 check) either way: timing tells nothing about the name.
    def timed(user: str) -> float:
        started = time.perf_counter()
        _login(http, user, "falsch")
        return time.perf_counter() - started

    known = sorted(timed("anna") for _ in range(3))[1]
    nobody = sorted(timed(f"nobody-{i}") for i in range(3))[1]
    assert 0.33 < known / nobody < 3.0


def test_a_locked_name_does_not_lock_the_owner_out_of_a_logged_in_laptop(
    central: Central, http: httpx.Client
) -> None:
    central.add_user("anna", "consultant")
    token = central.token("anna")
    statuses = [_login(http, "anna", "geraten").status_code for _ in range(7)]
    assert statuses[:5] == [401] * 5 and statuses[-1] == 429
    locked = _login(http, "anna", "geheim")
    assert locked.status_code == 429
    # The lock is short (not hours) …
    assert int(locked.headers["Retry-After"]) <= accounts.MAX_LOCK_SECONDS
    # … and the laptop that is already logged in keeps syncing.
    me = http.get("/sync/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json()["user"] == "anna"
    # An unknown name is locked just the same (no way to tell real names by the lock).
    unknown = [_login(http, "gibtsnicht", "x").status_code for _ in range(6)]
    assert unknown[-1] == 429


def test_the_lock_never_grows_beyond_its_cap(central: Central, http: httpx.Client) -> None:
    central.add_user("anna", "consultant")
    with central.engine.begin() as conn:
        for _ in range(40):
            accounts.record_failed_login(conn, "anna", "")
        locked_until = conn.execute(select(login_failures.c.locked_until)).scalar_one()
    if locked_until.tzinfo is None:
        locked_until = locked_until.replace(tzinfo=dt.UTC)
    left = (locked_until - dt.datetime.now(dt.UTC)).total_seconds()
    assert left <= accounts.MAX_LOCK_SECONDS + 1


def test_one_address_cannot_spray_names(central: Central, http: httpx.Client) -> None:
    central.add_user("anna", "consultant")
    statuses = [
        _login(http, f"name-{i}", "passwort1").status_code for i in range(accounts.ADDRESS_FREE_FAILURES + 2)
    ]
    assert statuses[: accounts.ADDRESS_FREE_FAILURES] == [401] * accounts.ADDRESS_FREE_FAILURES
    assert statuses[-1] == 429
    # Even the right password of a real account waits, from this address.
    assert _login(http, "anna", "geheim").status_code == 429


def test_failed_login_rows_stay_bounded(central: Central, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(accounts, "MAX_FAILURE_ROWS", 50)
    with central.engine.begin() as conn:
        for i in range(300):
            accounts.record_failed_login(conn, f"unbekannt-{i}", "")
        rows = conn.execute(select(func.count()).select_from(login_failures)).scalar_one()
    assert rows <= 50


# --- attachments -----------------------------------------------------------------------------
def _op(entity: str, record_id: str, **values: Any) -> dict[str, Any]:
    return {
        "op_id": new_id(),
        "entity": entity,
        "entity_id": record_id,
        "op": "insert",
        "base_version": None,
        "changes": {k: [None, v] for k, v in {**values, "created_at": NOW, "updated_at": NOW}.items()},
    }


class World:
    def __init__(self, central: Central, http: httpx.Client) -> None:
        self.central, self.http = central, http
        central.add_user("office", "office")
        self.tokens = {"office": central.token("office")}
        self.goslar, self.harz = new_id(), new_id()
        for district_id, name in ((self.goslar, "Goslar"), (self.harz, "Harz")):
            self.push("office", _op("district", district_id, name=name, state="NI"))
        central.add_user("goslar", "consultant", [self.goslar])
        central.add_user("harz", "consultant", [self.harz])
        self.tokens["goslar"] = central.token("goslar")
        self.tokens["harz"] = central.token("harz")

    def headers(self, user: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[user]}"}

    def push(self, user: str, *ops: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.http.post("/sync/push", json={"ops": list(ops)}, headers=self.headers(user))
        assert response.status_code == 200, response.text
        return list(response.json()["results"])

    def attach(self, user: str, district_id: str, sha256: str) -> None:
        record = _op(
            "attachment", new_id(), sha256=sha256, filename="protokoll.pdf", size=1, district_id=district_id
        )
        assert self.push(user, record)[0]["status"] == "applied"

    def put(self, user: str, sha256: str, data: bytes, size: int, offset: int = 0) -> httpx.Response:
        return self.http.put(
            f"/attachments/{sha256}",
            params={"size": size, "offset": offset},
            content=data,
            headers={**self.headers(user), "Content-Type": "application/octet-stream"},
        )

    def status(self, user: str, sha256: str) -> dict[str, Any]:
        response = self.http.get(f"/attachments/{sha256}/status", headers=self.headers(user))
        assert response.status_code == 200
        return dict(response.json())

    def get(self, user: str, sha256: str) -> httpx.Response:
        return self.http.get(f"/attachments/{sha256}", headers=self.headers(user))


@pytest.fixture
def world(central: Central, http: httpx.Client) -> World:
    return World(central, http)


def test_naming_another_districts_hash_reads_nothing(world: World) -> None:
    secret = b"%PDF Protokoll Goslar, vertraulich " + os.urandom(64)
    sha256 = hashlib.sha256(secret).hexdigest()
    world.attach("goslar", world.goslar, sha256)
    assert world.put("goslar", sha256, secret, len(secret)).json()["complete"]
    assert world.get("goslar", sha256).content == secret
    assert world.get("office", sha256).content == secret
    unknown = world.status("harz", hashlib.sha256(b"gibt es nicht").hexdigest())
    # Harz names Goslar's hash in its own district: still nothing, and no hint that it exists.
    world.attach("harz", world.harz, sha256)
    assert world.get("harz", sha256).status_code == 404
    status = world.status("harz", sha256)
    assert {k: v for k, v in status.items() if k != "sha256"} == {
        k: v for k, v in unknown.items() if k != "sha256"
    }


def test_who_holds_the_content_may_share_it_in_their_district(world: World) -> None:
    flyer = b"Flyer Sprachcafe " + os.urandom(32)
    sha256 = hashlib.sha256(flyer).hexdigest()
    world.attach("goslar", world.goslar, sha256)
    world.put("goslar", sha256, flyer, len(flyer))
    # Harz has the same flyer: it uploads the content (proving it has it) and may then read it.
    world.attach("harz", world.harz, sha256)
    assert world.status("harz", sha256)["complete"] is False
    assert world.put("harz", sha256, flyer, len(flyer)).json()["complete"]
    assert world.get("harz", sha256).content == flyer


def test_a_false_upload_never_blocks_the_owner(world: World) -> None:
    photo = os.urandom(3000)
    sha256 = hashlib.sha256(photo).hexdigest()
    # Someone else starts an upload of the hash with a false size and one byte.
    assert world.put("harz", sha256, b"x", 10**6).status_code == 200
    world.attach("goslar", world.goslar, sha256)
    assert world.status("goslar", sha256)["received"] == 0  # the other's upload is not ours
    assert world.put("goslar", sha256, photo[:1000], len(photo)).json()["received"] == 1000
    assert world.put("goslar", sha256, photo[1000:], len(photo), 1000).json()["complete"]
    assert world.get("goslar", sha256).content == photo
    # The false one never completes into anything readable.
    assert world.get("harz", sha256).status_code == 404
    wrong = os.urandom(16)
    assert world.put("harz", sha256, wrong, 16).status_code in (409, 422)


def test_an_unfinished_upload_expires(world: World) -> None:
    data = os.urandom(2000)
    sha256 = hashlib.sha256(data).hexdigest()
    world.put("goslar", sha256, data[:500], len(data))
    with world.central.engine.begin() as conn:
        conn.execute(
            update(attachment_uploads).values(updated_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=25))
        )
    assert world.status("goslar", sha256)["received"] == 0
    other = os.urandom(100)
    world.put("harz", hashlib.sha256(other).hexdigest(), other[:10], len(other))  # any upload cleans up
    with world.central.engine.connect() as conn:
        left = conn.execute(
            select(func.count())
            .select_from(attachment_upload_chunks)
            .where(attachment_upload_chunks.c.sha256 == sha256)
        ).scalar_one()
    assert left == 0
    assert world.put("goslar", sha256, data, len(data)).json()["complete"]


@pytest.mark.parametrize("bad", ["A" * 64, "g" * 64, "a" * 63, "a" * 65, "..%2F..%2Fetc"])
def test_hash_parameters_are_checked(world: World, bad: str) -> None:
    assert world.http.get(f"/attachments/{bad}/status", headers=world.headers("goslar")).status_code in (
        404,
        422,
    )
    spec = world.http.get("/openapi.json").json()
    parameters = spec["paths"]["/attachments/{sha256}"]["get"]["parameters"]
    assert any(p["name"] == "sha256" and p["schema"].get("pattern") for p in parameters), json.dumps(
        parameters
    )
