"""Accounts managed by the programme office through the central store (issue 15, point 7): an
account created over HTTP logs in and reads only its districts; granted and revoked districts show
in its pulls; a revoked device is refused; hostile requests are a 4xx and change nothing. The
refusals for the other roles are in the authorisation matrix of test_api.py."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from lzz_desktop.domain import new_id
from lzz_desktop.sync.client import Refused, SyncClient
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.protocol import NewAccountRequest
from tests.central.test_api import district_op
from tests.sync.servers import Central

PASSWORD = "lang-genug-1"


def _districts_pulled(http: httpx.Client, token: str) -> set[str]:
    body = http.get("/sync/pull", params={"cursor": 0}, headers={"Authorization": f"Bearer {token}"})
    assert body.status_code == 200, body.text
    return {r["district_id"] for r in body.json()["records"]}


def _login(http: httpx.Client, user: str, password: str = PASSWORD) -> dict[str, Any]:
    response = http.post("/auth/login", json={"user": user, "password": password, "device_name": "Laptop"})
    assert response.status_code == 200, response.text
    return dict(response.json())


def test_office_creates_an_account_grants_and_revokes_districts_and_devices(central: Central) -> None:
    central.add_user("office", "office")
    office = SyncClient(central.base_url, central.token("office"))
    a, b = new_id(), new_id()
    with httpx.Client(base_url=central.base_url) as http:
        headers = {"Authorization": f"Bearer {office.token}"}
        ops = {"ops": [district_op(a, "Goslar"), district_op(b, "Uckermark")]}
        assert http.post("/sync/push", json=ops, headers=headers).status_code == 200

        created = office.create_account(
            NewAccountRequest(
                name="Berta Beraterin",
                role="consultant",
                password=PASSWORD,
                consultancy="Kompetus",
                districts=[a],
            )
        )
        assert (created.role, created.consultancy, created.districts, created.devices) == (
            "consultant",
            "Kompetus",
            [a],
            [],
        )
        login = _login(http, "Berta Beraterin")
        assert login["role"] == "consultant"
        assert _districts_pulled(http, login["token"]) == {a}

        assert office.grant_districts(created.id, [b]).districts == sorted([a, b])
        assert _districts_pulled(http, login["token"]) == {a, b}
        assert office.revoke_districts(created.id, [b]).districts == [a]
        assert _districts_pulled(http, login["token"]) == {a}

        listing = http.get("/admin/accounts", headers=headers)
        assert (
            "hash" not in listing.text
            and PASSWORD not in listing.text
            and str(office.token) not in listing.text
        )
        berta = next(x for x in office.accounts() if x.name == "Berta Beraterin")
        (device,) = berta.devices
        assert (device.id, device.name, device.revoked) == (login["device_id"], "Laptop", False)
        assert device.last_used_at  # it pulled

        assert office.revoke_devices(created.id, device.id) == 1
        me = http.get("/sync/me", headers={"Authorization": f"Bearer {login['token']}"})
        assert me.status_code == 401
        assert [d.revoked for x in office.accounts() if x.id == created.id for d in x.devices] == [True]
        assert office.me().role == "office"  # the office's own device is untouched
    office.close()


@pytest.fixture
def office(central_sqlite: Central) -> Iterator[tuple[Central, httpx.Client, str]]:
    central_sqlite.add_user("office", "office")
    token = central_sqlite.token("office")
    with httpx.Client(base_url=central_sqlite.base_url, headers={"Authorization": f"Bearer {token}"}) as h:
        yield central_sqlite, h, token


def _account(**fields: Any) -> dict[str, Any]:
    return {"name": "Neu", "role": "consultant", "password": PASSWORD, **fields}


HOSTILE_CREATES: dict[str, tuple[dict[str, Any], int]] = {
    "name too long": (_account(name="x" * 201), 422),
    "empty name": (_account(name=""), 422),
    "NUL in the name": (_account(name="a\x00b"), 422),
    "unknown role": (_account(role="admin"), 422),
    "short password": (_account(password="kurz"), 422),
    "huge password": (_account(password="x" * 5000), 422),
    "consultancy too long": (_account(consultancy="y" * 201), 422),
    "unknown district": (_account(districts=[str(uuid.uuid4())]), 422),
    "district id with slashes": (_account(districts=["../../etc"]), 422),
    "too many districts": (_account(districts=[str(uuid.uuid4()) for _ in range(201)]), 422),
    "extra key": (_account(is_admin=True), 422),
    "taken name": (_account(name="office"), 409),
}


def test_hostile_account_requests_are_4xx_and_change_nothing(
    office: tuple[Central, httpx.Client, str],
) -> None:
    _central, http, _token = office
    a, b = new_id(), new_id()
    assert (
        http.post("/sync/push", json={"ops": [district_op(a, "A"), district_op(b, "B")]}).status_code == 200
    )
    before = http.get("/admin/accounts").json()
    for case, (body, status) in HOSTILE_CREATES.items():
        response = http.post("/admin/accounts", json=body)
        assert response.status_code == status, (case, response.text)
    assert http.post("/admin/accounts", json=_account(role="district", districts=[a, b])).status_code == 409
    assert http.get("/admin/accounts").json() == before

    kreis = http.post("/admin/accounts", json=_account(name="Kreis", role="district", districts=[a])).json()
    unknown = str(uuid.uuid4())
    requests: list[tuple[str, str, dict[str, Any], int]] = [
        ("POST", f"/admin/accounts/{unknown}/districts/grant", {"districts": [a]}, 404),
        ("POST", f"/admin/accounts/{unknown}/devices/revoke", {}, 404),
        ("POST", f"/admin/accounts/{'x' * 300}/districts/revoke", {"districts": [a]}, 422),
        ("POST", f"/admin/accounts/{kreis['id']}/districts/grant", {"districts": []}, 422),
        ("POST", f"/admin/accounts/{kreis['id']}/districts/grant", {"districts": [unknown]}, 422),
        ("POST", f"/admin/accounts/{kreis['id']}/districts/grant", {"districts": [b]}, 409),  # one only
        ("POST", f"/admin/accounts/{kreis['id']}/devices/revoke", {"device_id": "a/b"}, 422),
    ]
    for method, path, payload, expected in requests:
        response = http.request(method, path, json=payload)
        assert response.status_code == expected, (path, payload, response.text)
    assert next(x for x in http.get("/admin/accounts").json()["accounts"] if x["name"] == "Kreis")[
        "districts"
    ] == [a]


def test_the_office_keeps_the_device_it_is_using(office: tuple[Central, httpx.Client, str]) -> None:
    central, http, _token = office
    other_token = central.token("office")  # the office's second laptop
    (me,) = http.get("/admin/accounts").json()["accounts"]
    this_device = next(d["id"] for d in me["devices"] if d["last_used_at"])
    response = http.post(f"/admin/accounts/{me['id']}/devices/revoke", json={"device_id": this_device})
    assert response.status_code == 409 and response.json()["detail"]["reason"] == "own_device"
    response = http.post(f"/admin/accounts/{me['id']}/devices/revoke", json={})
    assert response.status_code == 200 and response.json() == {"revoked": 1}
    assert http.get("/sync/me").status_code == 200
    assert http.get("/sync/me", headers={"Authorization": f"Bearer {other_token}"}).status_code == 401


def test_refusals_reach_the_client_with_their_reason(office: tuple[Central, httpx.Client, str]) -> None:
    central, _http, token = office
    central.add_user("berater", "consultant")
    with SyncClient(central.base_url, token) as client:
        with pytest.raises(Refused) as taken:
            client.create_account(NewAccountRequest(name="berater", role="consultant", password=PASSWORD))
        assert (taken.value.status, taken.value.reason) == (409, "duplicate_name")
    with SyncClient(central.base_url, central.token("berater")) as consultant:
        with pytest.raises(SyncError) as refused:
            consultant.accounts()
        assert (refused.value.kind, refused.value.status) == ("forbidden", 403)
        assert "office" in refused.value.detail
