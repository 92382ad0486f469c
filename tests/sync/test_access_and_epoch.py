"""Revoked access purges local data; newly granted access pulls the district's history; a server
restored from a backup (new epoch) gets everything again; a revoked device must log in again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update

from lzz_desktop.central.db import conflicts, meta, records
from lzz_desktop.domain import Actor, District, Outbox
from lzz_desktop.sync.errors import SyncError
from tests.sync.helpers import add_actor, add_district, client_state, get, server_state
from tests.sync.servers import Central


def test_revoked_access_removes_the_district_locally_and_grant_brings_it_back(
    central_sqlite: Central, make_client: Callable[..., Any]
) -> None:
    central = central_sqlite
    central.add_user("office", "office")
    office = make_client(central, "office")
    goslar, uckermark = add_district(office.workspace, "Goslar"), add_district(office.workspace, "Uckermark")
    add_actor(office.workspace, goslar, "In Goslar")
    add_actor(office.workspace, uckermark, "In der Uckermark")
    office.sync()
    central.add_user("berta", "consultant", ["Goslar", "Uckermark"])
    berta = make_client(central, "berta")
    berta.sync()
    add_actor(berta.workspace, uckermark, "Offline angelegt")  # pending when access ends

    central.revoke("berta", ["Uckermark"])
    report = berta.sync()

    assert report.purged_districts == [uckermark]
    with berta.workspace.session() as session:
        assert set(session.scalars(select(District.id))) == {goslar}
        assert set(session.scalars(select(Actor.name))) == {"In Goslar"}
        assert session.scalar(select(func.count()).select_from(Outbox)) == 0
    assert client_state(berta.workspace) == server_state(central, {goslar})

    central.grant("berta", ["Uckermark"])
    berta.sync()
    assert get(berta.workspace, District, uckermark) is not None
    assert client_state(berta.workspace) == server_state(central, {goslar, uckermark})


def test_a_restored_server_gets_everything_again(central_sqlite: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    central = central_sqlite
    central.add_user("office", "office")
    office = make_client(central, "office")
    district_id = add_district(office.workspace)
    first = add_actor(office.workspace, district_id, "Vor dem Backup")
    office.sync()
    second = add_actor(office.workspace, district_id, "Nach dem Backup")
    office.sync()
    # The server is "restored" from a backup that lacks the second actor, and gets a new epoch.
    with central.engine.begin() as conn:
        conn.execute(delete(records).where(records.c.id == second))
        row = conn.execute(select(records.c.data).where(records.c.id == first)).one()
        conn.execute(
            update(records).where(records.c.id == first).values(data={**row.data, "role": "aus dem Backup"})
        )
        conn.execute(update(meta).where(meta.c.key == "epoch").values(value="restored"))

    report = office.sync()

    assert report.full_resync
    ids = set(server_state(central))
    assert {district_id, first, second} <= ids
    assert client_state(office.workspace) == server_state(central)
    assert get(office.workspace, Actor, first).role == "aus dem Backup"  # the server's value …
    with central.engine.connect() as conn:
        kept = conn.execute(select(conflicts.c.mine).where(conflicts.c.record_id == first)).scalars().all()
    assert kept == [""]  # … and ours, kept in a conflict


def test_a_revoked_device_has_to_log_in_again(central_sqlite: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    central_sqlite.add_user("office", "office")
    office = make_client(central_sqlite, "office")
    office.http.logout()
    add_district(office.workspace)
    with pytest.raises(SyncError) as raised:
        office.sync()
    assert raised.value.kind == "unauthorised"
    with office.workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Outbox)) == 1
