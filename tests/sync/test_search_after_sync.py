"""The search index follows what a sync brings: pulled records are found, pulled edits replace the
old words, pulled deletes and a lost district access remove them (the index is kept by triggers in
the transaction that applies the page)."""

from __future__ import annotations

import dataclasses

from lzz_desktop.domain import Actor
from lzz_desktop.domain.enums import ActorKind
from lzz_desktop.services import Workspace
from tests.sync.helpers import add_actor, add_district, edit
from tests.sync.servers import Central
from tests.workshop_fixtures import workshop_data


def _ids(workspace: Workspace, query: str) -> set[str]:
    return {hit.record_id for hit in workspace.search.search(query)}


def test_pulled_records_edits_and_deletes_reach_the_index(central_sqlite: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    central = central_sqlite
    central.add_user("office", "office")
    office = make_client(central, "office")
    district_id = add_district(office.workspace)
    workshop_id = office.workspace.workshops.create(
        district_id, workshop_data(title="Fachworkshop Wohnraumbörse"), carry_over=False
    )
    agenda_id = office.workspace.workshops.add_agenda_item(workshop_id, "Sprachcafé")
    office.sync()
    central.add_user("berta", "consultant", [district_id])
    consultant = make_client(central, "berta")
    consultant.sync()

    assert _ids(consultant.workspace, "Wohnraumbörse") == {workshop_id}
    # The agenda item knows its workshop, whichever of the two the page brought first.
    hits = consultant.workspace.search.search("Sprachcafé")
    assert [(h.record_id, h.context) for h in hits] == [(agenda_id, "Fachworkshop Wohnraumbörse")]

    data = office.workspace.workshops.get(workshop_id).data
    office.workspace.workshops.update(workshop_id, dataclasses.replace(data, title="Fachworkshop Mietpaten"))
    office.sync()
    consultant.sync()
    assert _ids(consultant.workspace, "Wohnraumbörse") == set()
    assert _ids(consultant.workspace, "Mietpaten") == {workshop_id}

    office.workspace.workshops.delete(workshop_id)
    office.sync()
    consultant.sync()
    assert _ids(consultant.workspace, "Mietpaten") == set()
    assert _ids(consultant.workspace, "Sprachcafé") == set()


def test_lost_district_access_leaves_nothing_in_the_index(central_sqlite: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    central = central_sqlite
    central.add_user("office", "office")
    office = make_client(central, "office")
    district_id = add_district(office.workspace)
    office.workspace.workshops.create(district_id, workshop_data(title="Lernreise Tafelgarten"), False)
    office.sync()
    central.add_user("berta", "consultant", [district_id])
    consultant = make_client(central, "berta")
    consultant.sync()
    assert _ids(consultant.workspace, "Tafelgarten")

    central.revoke("berta", [district_id])
    consultant.sync()
    assert _ids(consultant.workspace, "Tafelgarten") == set()
    with consultant.workspace.session() as session:
        left = session.connection().exec_driver_sql("SELECT count(*) FROM search_docs").scalar()
    assert left == 0


def test_a_pulled_actor_rename_updates_the_name_found(central_sqlite: Central, make_client) -> None:  # type: ignore[no-untyped-def]
    central = central_sqlite
    central.add_user("office", "office")
    office = make_client(central, "office")
    district_id = add_district(office.workspace)
    actor_id = add_actor(office.workspace, district_id, name="Tafel Oberharz")
    edit(office.workspace, Actor, actor_id, kind=ActorKind.ORGANISATION)  # named without a consent
    office.sync()
    central.add_user("berta", "consultant", [district_id])
    consultant = make_client(central, "berta")
    consultant.sync()
    edit(office.workspace, Actor, actor_id, name="Tafel Westharz")
    office.sync()
    consultant.sync()
    assert _ids(consultant.workspace, "Westharz") == {actor_id}
    assert _ids(consultant.workspace, "Oberharz") == set()
