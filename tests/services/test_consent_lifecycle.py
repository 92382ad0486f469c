"""The consent of a person through its life (issue 14): scope and a review date (a year after it was
given unless chosen), a list of consents due for review, and a withdrawal that clears the contact
data everywhere at once — the operations still waiting to be sent included."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from sqlalchemy import select

from lzz_desktop.domain import MapSnapshot, Outbox
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, Sector
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.stakeholders import ActorData, ConsentData
from lzz_desktop.services.workspace import Workspace

MAIL = "hawa.kamara@beispiel.example"
PHONE = "0176 4242 1717"


def _person(workspace: Workspace, district_id: str, name: str, given_on: dt.date, **consent: object) -> str:
    return workspace.stakeholders.create_actor(
        district_id,
        ActorData(name=name, kind=ActorKind.PERSON, sector=Sector.MIGRANTS, email=MAIL, phone=PHONE),
        ConsentData(status=ConsentStatus.GIVEN, given_on=given_on, method="schriftlich", **consent),  # type: ignore[arg-type]
    )


def test_review_dates_and_the_list_of_consents_due(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace()
    district_id = workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))
    people = workspace.stakeholders
    hawa = _person(workspace, district_id, "Hawa Kamara", dt.date(2025, 12, 10), scope="Einladungen")
    ali = _person(workspace, district_id, "Ali Rezaei", dt.date(2025, 6, 1), review_on=dt.date(2027, 1, 31))
    old = _person(workspace, district_id, "Olga Petrenko", dt.date(2025, 1, 5))
    assert people.actor(hawa)[1].review_on == dt.date(2026, 12, 10)  # a year after it was given
    assert people.actor(hawa)[1].scope == "Einladungen"
    assert people.actor(ali)[1].review_on == dt.date(2027, 1, 31)  # chosen: kept

    due = people.consents_due(district_id, today=dt.date(2026, 12, 4))
    assert [a.name for a in due] == ["Olga Petrenko", "Hawa Kamara"]  # overdue first, then within 30 days
    people.withdraw_consent(old, on=dt.date(2026, 12, 4))
    assert [a.name for a in people.consents_due(district_id, today=dt.date(2026, 12, 4))] == ["Hawa Kamara"]
    assert people.actor(old)[1].review_on is None  # nothing to review after a withdrawal
    assert [a.name for a in people.consents_due(district_id, today=dt.date(2027, 1, 2))] == [
        "Hawa Kamara",
        "Ali Rezaei",
    ]


def test_a_withdrawal_clears_the_contact_data_in_queued_operations_too(
    make_workspace: Callable[..., Workspace],
) -> None:
    workspace = make_workspace()
    district_id = workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))
    person = _person(workspace, district_id, "Hawa Kamara", dt.date(2026, 3, 1))
    info, consent = workspace.stakeholders.actor(person)
    workspace.stakeholders.update_actor(
        person,
        ActorData(
            name=info.name, kind=info.kind, sector=info.sector, email="neu@" + MAIL.split("@")[1], phone=PHONE
        ),
        consent,
    )
    with workspace.session() as session:
        queued = " ".join(o.changes for o in session.scalars(select(Outbox)))
    assert MAIL in queued and PHONE in queued  # not sent yet: the contact data waits in the outbox

    workspace.stakeholders.withdraw_consent(person)
    info, consent = workspace.stakeholders.actor(person)
    assert (info.email, info.phone, consent.status) == ("", "", ConsentStatus.WITHDRAWN)
    with workspace.session() as session:
        rows = session.scalars(select(Outbox).where(Outbox.entity_id == person)).all()
        queued = " ".join(o.changes for o in session.scalars(select(Outbox)))
    assert MAIL not in queued and PHONE not in queued and "neu@" not in queued
    assert rows and all(json.loads(r.changes).get("email", ["", ""]) == ["", ""] for r in rows)


def test_a_map_snapshot_keeps_the_map_not_the_address_book(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace()
    district_id = workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))
    _person(workspace, district_id, "Hawa Kamara", dt.date(2026, 3, 1))
    workspace.stakeholder_maps.take_snapshot(district_id, "Stand März")
    with workspace.session() as session:
        content = session.scalars(select(MapSnapshot.content)).one()
    assert "Hawa Kamara" in content and MAIL not in content and PHONE not in content
