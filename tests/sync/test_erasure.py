"""Erasure for good (Art. 17 DSGVO, issue 14) with the central store and three desktops: one of
them offline during the erasure, editing the person meanwhile, syncing later. Afterwards no trace
of the person is left anywhere — every table of every desktop (decrypted), every backup, the
outbox, the search index, the central store's records, conflicts and logs of operations — and the
map keeps its shape."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, select

from lzz_desktop.central.db import erasures as central_erasures
from lzz_desktop.central.db import records
from lzz_desktop.domain import Actor, Consent, Erasure, Outbox
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, Sector
from lzz_desktop.domain.erasure import ERASED_NAME
from lzz_desktop.records.stakeholders import ActorData, ConsentData
from lzz_desktop.services.erasure import ErasureService, audit
from lzz_desktop.services.workspace import DATABASE_NAME, Workspace
from lzz_desktop.store import backup
from lzz_desktop.store.engine import connect
from tests.sync.conftest import Client
from tests.sync.servers import Central
from tests.workshop_fixtures import workshop_data

NAME = "Quirin Zaubermann"
MAIL = "quirin@zauberhaft.example"
PHONE = "0151 7777 3131"
NOTE = "Zaubernotiz über die Familie"
CANARIES = (NAME, "Zaubermann", MAIL, PHONE, NOTE, "Zaubernotiz")


def _residues_in_database(path: Path, key_of: Path) -> list[str]:
    """Every table of the encrypted database ``path`` (FTS5 shadow tables, outbox and conflicts
    included), read with the workspace's key, searched for the canaries."""
    from lzz_desktop.store.keys import workspace_key

    found = []
    with connect(path, workspace_key(key_of)) as connection:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                text = repr(row) + json.dumps([str(v) for v in row], ensure_ascii=True)
                for canary in CANARIES:
                    if canary.lower() in text.lower() or canary.lower() in _decoded(row).lower():
                        found.append(f"{path.name}:{table}: {canary}")
    return found


def _decoded(row: Any) -> str:
    parts = []
    for value in row:
        if isinstance(value, bytes):
            parts.append(value.decode("utf-8", "replace"))
        else:
            parts.append(str(value))
    return " ".join(parts)


def _residues_on_desktop(workspace: Workspace) -> list[str]:
    db = workspace.database.path
    found = _residues_in_database(db, db)
    for made in backup.list_backups(db):
        found += _residues_in_database(made, db)
    return found


def _residues_on_central(central: Central) -> list[str]:
    found = []
    tables = MetaData()
    tables.reflect(central.engine)
    with central.engine.connect() as conn:
        for table in tables.sorted_tables:
            for row in conn.execute(select(table)):
                text = json.dumps([str(v) for v in row], ensure_ascii=False).lower()
                found += [f"{table.name}: {c}" for c in CANARIES if c.lower() in text]
    if central.database_url.startswith("sqlite"):
        path = Path(central.database_url.removeprefix("sqlite:///"))
        for file in (path, path.with_name(path.name + "-wal")):
            if file.exists():
                data = file.read_bytes()
                found += [f"{file.name} (bytes): {c}" for c in CANARIES if c.encode() in data]
    return found


def test_an_erasure_reaches_the_store_and_every_desktop_and_leaves_no_trace(
    central: Central, make_client: Callable[[Central, str], Client], tmp_path: Path
) -> None:
    central.add_user("office", "office")
    office = make_client(central, "office")
    district_id = office.workspace.districts.create(_district())
    office.sync()
    for user in ("anna", "bernd", "carla"):
        central.add_user(user, "consultant", [district_id])
    anna, bernd, carla = (make_client(central, u) for u in ("anna", "bernd", "carla"))
    people = anna.workspace.stakeholders
    anna.sync()
    verein = people.create_actor(
        district_id,
        ActorData(name="Kulturverein Goslar e.V.", kind=ActorKind.ORGANISATION, sector=Sector.MIGRANTS),
    )
    person = people.create_actor(
        district_id,
        ActorData(
            name=NAME,
            kind=ActorKind.PERSON,
            sector=Sector.MIGRANTS,
            role="Elternvertreter",
            organisation_id=verein,
            email=MAIL,
            phone=PHONE,
            notes=NOTE,
        ),
        ConsentData(
            status=ConsentStatus.GIVEN, given_on=dt.date(2026, 10, 1), method="schriftlich", scope="Karte"
        ),
    )
    people.set_consent(
        person,
        ConsentData(status=ConsentStatus.GIVEN, given_on=dt.date(2026, 11, 2), method=f"Mail an {MAIL}"),
    )
    workshops = anna.workspace.workshops
    workshop = workshops.create(district_id, workshop_data())
    workshops.add_attendance(workshop, person)
    workshops.add_attendance(workshop, guest_name=f"{NAME} (Begleitung)")
    workshops.add_action_item(workshop, "Elternabend vorbereiten", responsible_text=NAME)
    anna.workspace.stakeholder_maps.take_snapshot(district_id, "Stand Oktober", dt.date(2026, 10, 15))
    anna.sync()
    bernd.sync()
    carla.sync()
    assert _residues_on_desktop(carla.workspace)  # the canaries are there before: the checks can see
    assert _residues_on_central(central)

    # Carla is offline: she edits the person and writes a task that names them.
    carla.workspace.stakeholders.update_actor(
        person,
        ActorData(
            name=NAME,
            kind=ActorKind.PERSON,
            sector=Sector.BUSINESS,
            role="Elternvertreter",
            organisation_id=verein,
            email=MAIL,
            phone=PHONE,
            notes=NOTE + " — neu",
        ),
    )
    carla.workspace.workshops.add_action_item(workshop, f"{NAME} zurückrufen ({PHONE})")
    backup.make_backup(carla.workspace.database.path, "test", carla.workspace.database.key)

    report = ErasureService(anna.workspace).erase_person(person)
    assert report.records >= 5 and report.backups_removed == 0
    assert _residues_on_desktop(anna.workspace) == []  # at once on this laptop, before any sync
    anna.sync()
    assert _residues_on_central(central) == []
    bernd_report = bernd.sync()
    assert bernd_report.erased == 1
    assert _residues_on_desktop(bernd.workspace) == []

    carla_report = carla.sync()  # back online: erased here before anything is sent
    assert carla_report.erased == 1
    for client in (anna, bernd, carla, office):
        client.sync()
    for client in (anna, bernd, carla, office):
        assert _residues_on_desktop(client.workspace) == [], client.user
    assert _residues_on_central(central) == []

    # The map keeps its shape: the node, its role, organisation and Carla's sector change stay.
    for client in (anna, bernd, carla):
        with client.workspace.session() as session:
            actor = session.get(Actor, person)
            assert actor is not None and actor.name == ERASED_NAME and actor.deleted_at is None
            assert (actor.role, actor.organisation_id, actor.email) == ("Elternvertreter", verein, "")
            consents = session.scalars(select(Consent).where(Consent.actor_id == person)).all()
            assert consents and all(c.deleted_at is not None and c.method == "" for c in consents)
            assert session.scalars(select(Outbox)).all() == []  # everything was sent
    with anna.workspace.session() as session:
        assert session.get(Actor, person).sector is Sector.BUSINESS  # type: ignore[union-attr]
    # Carla's task arrived, without the name.
    titles = [a.title for a in anna.workspace.workshops.get(workshop).actions]
    assert f"{ERASED_NAME} zurückrufen ({ERASED_NAME})" in titles
    # Only that it happened is on record: who, when, which records.
    with central.engine.connect() as conn:
        kept = conn.execute(select(central_erasures)).all()
    assert {r.record_id for r in kept} >= {person} and {r.erased_by for r in kept} == {"anna"}
    assert {e["record_id"] for e in audit(carla.workspace)} == {r.record_id for r in kept}
    with carla.workspace.session() as session:
        assert all(not e.pending for e in session.scalars(select(Erasure)))
    with central.engine.connect() as conn:
        row = conn.execute(select(records).where(records.c.id == person)).one()
    assert row.data["name"] == ERASED_NAME and row.data["role"] == "Elternvertreter"


def _district() -> Any:
    from lzz_desktop.domain.enums import FederalState
    from lzz_desktop.records.districts import DistrictData

    return DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN)


def test_only_a_person_can_be_erased_and_nothing_can_bring_them_back(
    make_workspace: Callable[..., Workspace],
) -> None:
    workspace = make_workspace()
    district_id = workspace.districts.create(_district())
    people = workspace.stakeholders
    verein = people.create_actor(
        district_id, ActorData(name="Kulturverein", kind=ActorKind.ORGANISATION, sector=Sector.MIGRANTS)
    )
    import pytest

    from lzz_desktop.services.erasure import NotAPersonError

    with pytest.raises(NotAPersonError):
        ErasureService(workspace).erase_person(verein)
    person = people.create_actor(
        district_id, ActorData(name=NAME, kind=ActorKind.PERSON, sector=Sector.MIGRANTS, notes=NOTE)
    )
    ErasureService(workspace).erase_person(person)
    # Created and erased before any sync: what goes to the store is an anonymous node.
    with workspace.session() as session:
        payloads = [
            json.loads(o.changes) for o in session.scalars(select(Outbox).where(Outbox.entity_id == person))
        ]
    assert payloads and all(p["name"] == [None, ERASED_NAME] for p in payloads if "name" in p)
    assert _residues_on_desktop(workspace) == []
    assert ErasureService(workspace).pending() == [person]
    assert DATABASE_NAME
