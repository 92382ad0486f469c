"""Two real clients against one real central store on loopback (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from lzz_desktop.central.db import conflicts, records
from lzz_desktop.domain import Actor, District, Outbox, SyncConflict
from tests.sync.helpers import add_actor, add_district, client_state, delete, edit, get, server_state
from tests.sync.servers import Central


def _setup(central: Central, make_client: Callable[..., Any]) -> tuple[Any, ...]:
    central.add_user("office", "office")
    office = make_client(central, "office")
    district_id = add_district(office.workspace)
    actor_id = add_actor(office.workspace, district_id, notes="Erster Absatz.\n\nZweiter Absatz.")
    office.sync()
    central.add_user("berta", "consultant", [district_id])
    consultant = make_client(central, "berta")
    consultant.sync()
    return office, consultant, district_id, actor_id


def test_records_reach_the_other_client_with_versions(central: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    office, consultant, district_id, actor_id = _setup(central, make_client)

    actor = get(consultant.workspace, Actor, actor_id)
    assert actor.name == "Anna" and actor.version == 1
    assert get(consultant.workspace, District, district_id).version == 1
    assert client_state(office.workspace) == client_state(consultant.workspace) == server_state(central)
    with office.workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Outbox)) == 0


def test_different_fields_merge_without_conflict(central: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    office, consultant, _district_id, actor_id = _setup(central, make_client)
    edit(office.workspace, Actor, actor_id, role="Bürgermeisterin")
    edit(consultant.workspace, Actor, actor_id, email="anna@example.org")

    office.sync()
    consultant.sync()
    office.sync()

    for client in (office, consultant):
        actor = get(client.workspace, Actor, actor_id)
        assert (actor.role, actor.email, actor.version) == ("Bürgermeisterin", "anna@example.org", 3)
    with central.engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(conflicts)) == 0


def test_same_field_becomes_a_conflict_with_both_values(central: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    office, consultant, _district_id, actor_id = _setup(central, make_client)
    edit(office.workspace, Actor, actor_id, role="Landrätin")
    edit(consultant.workspace, Actor, actor_id, role="Kämmerin")

    office.sync()
    report = consultant.sync()
    office.sync()

    assert report.conflicts == 1
    with consultant.workspace.session() as session:
        (conflict,) = session.scalars(select(SyncConflict)).all()
    assert (conflict.kind, conflict.field) == ("field", "role")
    assert (json.loads(conflict.mine), json.loads(conflict.theirs), json.loads(conflict.base)) == (
        "Kämmerin",
        "Landrätin",
        "",
    )
    assert get(consultant.workspace, Actor, actor_id).role == "Landrätin"  # the server's value stays
    with office.workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(SyncConflict)) == 1
    assert client_state(office.workspace) == client_state(consultant.workspace) == server_state(central)


def test_text_paragraphs_merge_and_overlapping_edits_conflict(central: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    office, consultant, _district_id, actor_id = _setup(central, make_client)
    edit(office.workspace, Actor, actor_id, notes="Erster Absatz, ergänzt.\n\nZweiter Absatz.")
    edit(consultant.workspace, Actor, actor_id, notes="Erster Absatz.\n\nZweiter Absatz, korrigiert.")
    office.sync()
    consultant.sync()
    office.sync()
    merged = "Erster Absatz, ergänzt.\n\nZweiter Absatz, korrigiert."
    assert get(office.workspace, Actor, actor_id).notes == merged
    assert get(consultant.workspace, Actor, actor_id).notes == merged

    edit(office.workspace, Actor, actor_id, notes="Erster Absatz, von A.\n\nZweiter Absatz, korrigiert.")
    edit(consultant.workspace, Actor, actor_id, notes="Erster Absatz, von B.\n\nZweiter Absatz, korrigiert.")
    office.sync()
    consultant.sync()
    with central.engine.connect() as conn:
        row = conn.execute(select(conflicts)).one()
    assert row.kind == "text" and row.field == "notes"
    assert row.mine.startswith("Erster Absatz, von B.") and row.theirs.startswith("Erster Absatz, von A.")


def test_delete_against_edit_is_a_conflict(central: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    office, consultant, _district_id, actor_id = _setup(central, make_client)
    edit(office.workspace, Actor, actor_id, role="Pfarrerin")
    delete(consultant.workspace, Actor, actor_id)
    office.sync()
    consultant.sync()

    with central.engine.connect() as conn:
        row = conn.execute(select(conflicts)).one()
        record = conn.execute(select(records).where(records.c.id == actor_id)).one()
    assert (row.kind, row.mine, row.theirs) == ("delete", "deleted", "edited")
    assert not record.deleted and record.data["role"] == "Pfarrerin"
    assert get(consultant.workspace, Actor, actor_id).deleted_at is None


def test_nothing_to_do_is_quick_and_changes_nothing(central: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    _office, consultant, _district_id, _actor_id = _setup(central, make_client)
    before = server_state(central)
    report = consultant.sync()
    assert (report.pushed, report.pulled) == (0, 0)
    assert server_state(central) == before
