"""Nothing leaves the outbox unseen and no record stops a sync: refused changes stay, marked and
counted, until the user decides; pulled records this version cannot apply are set aside with
their payload and retried after an update; the desktop refuses what the account's role may not
change, as the store does. Against a real central store on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import pytest
from sqlalchemy import func, insert, select, update

from lzz_desktop.central.db import applied_ops, meta, records, users
from lzz_desktop.domain import Actor, Concept, District, Outbox, SyncQuarantine, Workshop, new_id
from lzz_desktop.domain.enums import WorkshopFormat
from lzz_desktop.domain.validation import ValidationError
from lzz_desktop.records.districts import RoleRefusedError
from lzz_desktop.services.workspace import Workspace
from lzz_desktop.sync import refusals
from lzz_desktop.sync import service as sync_service
from lzz_desktop.sync.service import read_status
from tests.sync.conftest import Client
from tests.sync.helpers import add_actor, add_district, client_state, edit, get, server_state
from tests.sync.servers import Central

MakeClient = Callable[[Central, str], Client]


def _office_with_district(central: Central, make_client: MakeClient) -> tuple[Client, str, str]:
    central.add_user("office", "office")
    office = make_client(central, "office")
    district_id = add_district(office.workspace, "Goslar")
    actor_id = add_actor(office.workspace, district_id, "Olena Kovalenko")
    office.sync()
    return office, district_id, actor_id


def _set_role(central: Central, user: str, role: str) -> None:
    """The office changes an account's role on the store (as if re-created with another role)."""
    with central.engine.begin() as conn:
        conn.execute(update(users).where(users.c.name == user).values(role=role))


def _applied_ops(central: Central) -> int:
    with central.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(applied_ops)) or 0)


def test_a_refused_edit_stays_visible_until_the_user_decides(
    central: Central, make_client: MakeClient
) -> None:
    _office, district_id, actor_id = _office_with_district(central, make_client)
    central.add_user("anna", "consultant", [district_id])
    anna = make_client(central, "anna")
    anna.sync()
    # Offline, as a consultant: a note on the actor.
    edit(anna.workspace, Actor, actor_id, notes="Kontakt über das Bürgerbüro")
    # Meanwhile the office turns the account into a district-staff account.
    _set_role(central, "anna", "district")
    report = anna.sync()
    assert len(report.rejected) == 1 and "no_write_access" in report.rejected[0]
    status = read_status(anna.workspace)
    assert (status.pending, status.refused) == (0, 1)
    # Still here, marked, with the value this laptop has.
    [change] = refusals.refused_changes(anna.workspace)
    assert change.entity_id == actor_id and change.reason == "no_write_access"
    assert change.values["notes"] == "Kontakt über das Bürgerbüro"
    assert "Kontakt über das Bürgerbüro" in change.as_text()
    # Not sent again on the next sync (the store sees no new op), and the count stays true.
    ops_before = _applied_ops(central)
    anna.sync()
    assert _applied_ops(central) == ops_before
    assert read_status(anna.workspace).refused == 1
    # The user takes the store's state: the local copy equals the store again, nothing pending.
    refusals.take_store_state(anna.workspace, [actor_id], client=anna.http)
    assert get(anna.workspace, Actor, actor_id).notes == ""
    status = read_status(anna.workspace)
    assert (status.pending, status.refused) == (0, 0)
    assert client_state(anna.workspace) == server_state(central, {district_id})


def test_a_refused_change_can_be_sent_again_once_allowed(central: Central, make_client: MakeClient) -> None:
    office, district_id, actor_id = _office_with_district(central, make_client)
    central.add_user("anna", "consultant", [district_id])
    anna = make_client(central, "anna")
    anna.sync()
    edit(anna.workspace, Actor, actor_id, role="Integrationsbeauftragte")
    _set_role(central, "anna", "district")
    anna.sync()
    assert read_status(anna.workspace).refused == 1
    _set_role(central, "anna", "consultant")
    refusals.send_again(anna.workspace, [actor_id])
    assert read_status(anna.workspace).pending == 1
    anna.sync()
    assert read_status(anna.workspace).refused == 0
    office.sync()
    assert get(office.workspace, Actor, actor_id).role == "Integrationsbeauftragte"


def test_an_insert_the_store_refuses_is_removed_only_when_the_user_says_so(
    central: Central, make_client: MakeClient
) -> None:
    _office, district_id, _actor_id = _office_with_district(central, make_client)
    central.add_user("anna", "consultant", [district_id])
    anna = make_client(central, "anna")
    anna.sync()
    new_actor = add_actor(anna.workspace, district_id, "Yonas Tesfay")
    _set_role(central, "anna", "district")
    anna.sync()
    assert get(anna.workspace, Actor, new_actor) is not None  # kept, marked
    [change] = refusals.refused_changes(anna.workspace)
    assert change.label == "Yonas Tesfay"
    refusals.take_store_state(anna.workspace, [new_actor], client=anna.http)
    assert get(anna.workspace, Actor, new_actor) is None
    assert read_status(anna.workspace).refused == 0


def _poison(central: Central, district_id: str, entity: str, data: dict[str, object]) -> str:
    """A record as an older, laxer store might have accepted it: written straight into its table."""
    record_id = new_id()
    with central.engine.begin() as conn:
        seq = int(conn.execute(select(meta.c.value).where(meta.c.key == "seq")).scalar_one()) + 1
        conn.execute(update(meta).where(meta.c.key == "seq").values(value=str(seq)))
        conn.execute(
            insert(records).values(
                id=record_id,
                entity=entity,
                district_id=district_id,
                version=1,
                deleted=False,
                data=data,
                seq=seq,
            )
        )
    return record_id


def test_a_record_that_cannot_be_applied_is_set_aside_and_the_sync_goes_on(
    central: Central, make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    office, district_id, actor_id = _office_with_district(central, make_client)
    overflow = _poison(
        central,
        district_id,
        "workshop",
        {
            "title": "Kick-off",
            "format": WorkshopFormat.KICKOFF.value,
            "starts_at": "0001-01-01T00:00:00+14:00",  # overflows when turned into UTC
            "district_id": district_id,
        },
    )
    unknown = _poison(central, district_id, "hologram", {"district_id": district_id})
    # Something good after the poison: it must arrive.
    add_actor(office.workspace, district_id, "Amira Yılmaz")
    office.sync()
    central.add_user("anna", "consultant", [district_id])
    anna = make_client(central, "anna")
    report = anna.sync()
    assert report.quarantined == 2
    assert {a.record_id for a in refusals.set_aside(anna.workspace)} == {overflow, unknown}
    assert "starts_at" in next(
        a.reason for a in refusals.set_aside(anna.workspace) if a.record_id == overflow
    )
    assert read_status(anna.workspace).quarantined == 2
    with anna.workspace.session() as session:
        names = set(session.scalars(select(Actor.name)))
        assert {"Olena Kovalenko", "Amira Yılmaz"} <= names
        assert session.get(Workshop, overflow) is None
    assert get(anna.workspace, Actor, actor_id) is not None
    # The next sync is healthy and sets nothing aside twice.
    assert anna.sync().quarantined == 0
    assert read_status(anna.workspace).quarantined == 2
    # The office's own full sync is not stopped either.
    assert office.sync() is not None
    # After an app update the records are tried again: the fixed one applies, the rest stays.
    with central.engine.begin() as conn:
        row = conn.execute(select(records.c.data).where(records.c.id == overflow)).scalar_one()
    fixed = {**row, "starts_at": "2026-12-01T09:00:00+00:00"}
    with anna.workspace.transaction() as session:
        entry = session.scalars(select(SyncQuarantine).where(SyncQuarantine.record_id == overflow)).one()
        payload = json.loads(entry.payload)
        payload["data"] = fixed
        entry.payload = json.dumps(payload)
    monkeypatch.setattr(sync_service, "__version__", "99.0")
    report = anna.sync()
    assert get(anna.workspace, Workshop, overflow).starts_at == dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    assert [a.record_id for a in refusals.set_aside(anna.workspace)] == [unknown]


def test_the_desktop_refuses_what_the_role_may_not_change(central: Central, make_client: MakeClient) -> None:
    office, district_id, actor_id = _office_with_district(central, make_client)
    concept_id = office.workspace.concepts.create(district_id, "integrationskonzept-landkreis")
    office.sync()
    central.add_user("kreis", "district", [district_id])
    kreis = make_client(central, "kreis")
    kreis.sync()
    with pytest.raises(RoleRefusedError):
        edit(kreis.workspace, Actor, actor_id, notes="geändert")
    with pytest.raises(RoleRefusedError):
        edit(kreis.workspace, District, district_id, notes="geändert")
    with pytest.raises(RoleRefusedError):
        add_actor(kreis.workspace, district_id, "Neu")
    # Through the services, as the windows write.
    from tests.workshop_fixtures import workshop_data

    with pytest.raises(RoleRefusedError):
        kreis.workspace.workshops.create(district_id, workshop_data(), carry_over=False)
    section = kreis.workspace.concepts.load(concept_id).sections[0]
    kreis.workspace.concepts.save_section(section.id, "Ausgangslage: 14 Gemeinden.", section.data)
    # What district staff may do works, through the services.
    edit(kreis.workspace, Concept, concept_id, title="Integrationskonzept Goslar 2027")
    assert get(kreis.workspace, Actor, actor_id).notes == ""
    report = kreis.sync()
    assert report.rejected == []
    with kreis.workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Outbox)) == 0


def test_the_desktop_cleans_and_checks_values_like_the_store(workspace: Workspace) -> None:
    district_id = add_district(workspace, "Goslar")
    actor_id = add_actor(workspace, district_id, "Anna")
    edit(workspace, Actor, actor_id, notes="kopiert\x00eingefügt \ud800")
    assert get(workspace, Actor, actor_id).notes == "kopierteingefügt \ufffd"
    with pytest.raises(ValidationError) as refused:
        edit(workspace, Actor, actor_id, influence=2**40)
    assert refused.value.codes_for("influence")
    with pytest.raises(ValidationError), workspace.transaction() as session:
        session.add(
            Workshop(
                district_id=district_id,
                title="Zu früh",
                format=WorkshopFormat.KICKOFF,
                starts_at=dt.datetime(1, 1, 2, tzinfo=dt.UTC),
            )
        )


def test_conflicts_name_both_sides_for_each_user(central: Central, make_client: MakeClient) -> None:
    from lzz_desktop.sync import conflicts

    office, district_id, actor_id = _office_with_district(central, make_client)
    central.add_user("anna", "consultant", [district_id])
    anna = make_client(central, "anna")
    anna.sync()
    edit(anna.workspace, Actor, actor_id, notes="Absatz von Anna.")
    edit(office.workspace, Actor, actor_id, notes="Absatz vom Büro.")
    anna.sync()  # reaches the store first
    office.sync()  # meets the conflict: the office's text is the one pushed
    anna.sync()
    [seen_by_office] = conflicts.open_conflicts(office.workspace)
    [seen_by_anna] = conflicts.open_conflicts(anna.workspace)
    assert (seen_by_office.created_by, seen_by_office.theirs_by) == ("office", "anna")
    assert seen_by_office.theirs_at  # when the store's value was written
    own, other = seen_by_office.sides("office")
    assert (own.is_own, own.value, own.choice) == (True, "Absatz vom Büro.", "mine")
    assert (other.author, other.in_store) == ("anna", True)
    own, other = seen_by_anna.sides("anna")
    assert (own.is_own, own.value, own.in_store, own.choice) == (True, "Absatz von Anna.", True, "theirs")
    assert other.author == "office"
    # Anna keeps her own version: it is what everybody gets.
    conflicts.resolve(anna.workspace, seen_by_anna.id, own.choice)
    anna.sync()
    office.sync()
    assert get(office.workspace, Actor, actor_id).notes == "Absatz von Anna."
