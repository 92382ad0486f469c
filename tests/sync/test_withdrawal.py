"""A withdrawn consent clears the contact data on the central store and on every device, even when
the withdrawing device never sent the contact change it had queued: emptied contact data applies
whatever the store holds, without a conflict that would keep the old value (issue 14)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from sqlalchemy import select

from lzz_desktop.central.db import conflicts, records
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, Sector
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.stakeholders import ActorData, ConsentData
from tests.sync.conftest import Client
from tests.sync.servers import Central

MAIL = "hawa.kamara@beispiel.example"


def test_a_withdrawal_clears_contact_data_everywhere_without_a_conflict(
    central: Central, make_client: Callable[[Central, str], Client]
) -> None:
    central.add_user("office", "office")
    office = make_client(central, "office")
    district_id = office.workspace.districts.create(
        DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN)
    )
    office.sync()
    central.add_user("anna", "consultant", [district_id])
    central.add_user("bernd", "consultant", [district_id])
    anna, bernd = make_client(central, "anna"), make_client(central, "bernd")
    anna.sync()
    people = anna.workspace.stakeholders
    person = people.create_actor(
        district_id,
        ActorData(name="Hawa Kamara", kind=ActorKind.PERSON, sector=Sector.MIGRANTS, email=MAIL),
        ConsentData(status=ConsentStatus.GIVEN, given_on=dt.date(2026, 3, 1)),
    )
    anna.sync()
    bernd.sync()
    # Offline, Anna changes the address, then the person withdraws consent; both wait to be sent.
    info, consent = people.actor(person)
    people.update_actor(
        person,
        ActorData(name=info.name, kind=info.kind, sector=info.sector, email="neu@beispiel.example"),
        consent,
    )
    people.withdraw_consent(person, on=dt.date(2026, 12, 4))
    anna.sync()
    bernd.sync()
    with central.engine.connect() as conn:
        row = conn.execute(select(records).where(records.c.id == person)).one()
        stored = conn.execute(select(conflicts)).all()
    assert row.data["email"] == "" and stored == []
    assert MAIL not in json.dumps(row.data) and "neu@" not in json.dumps(row.data)
    for client in (anna, bernd):
        info, consent = client.workspace.stakeholders.actor(person)
        assert (info.email, consent.status) == ("", ConsentStatus.WITHDRAWN), client.user
