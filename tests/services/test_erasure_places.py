"""Erasure for good (Art. 17 DSGVO), one place at a time on a single laptop: workshop guests,
tasks' "responsible", map snapshots, queued outbox payloads, the search index, stored sync
conflicts and quarantined records. Each test also keeps something about
somebody else, so an erasure that takes too much fails as well as one that takes too little."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from lzz_desktop.domain import ActionItem, Attendance, MapSnapshot, Outbox, SyncConflict, SyncQuarantine
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, Sector
from lzz_desktop.domain.erasure import ERASED_NAME
from lzz_desktop.records.stakeholders import ActorData, ConsentData
from lzz_desktop.services import Workspace
from lzz_desktop.services.erasure import ErasureService
from tests.workshop_fixtures import make_district, workshop_data

NAME = "Ottilie Fabelhaft"
MAIL = "ottilie@fabelhaft.example"
PHONE = "0170 4242 1717"
NOTE = "Fabelnotiz zur Nachbarschaft"
OTHER = "Bruno Bleibtreu"


@pytest.fixture
def person(workspace: Workspace) -> tuple[str, str]:
    """(district id, actor id) of a person with contact data, a note and a consent, and of a
    second person who must stay as they are."""
    district = make_district(workspace).id
    people = workspace.stakeholders
    actor = people.create_actor(
        district,
        ActorData(
            name=NAME,
            kind=ActorKind.PERSON,
            sector=Sector.CIVIL_SOCIETY,
            role="Sprecherin",
            email=MAIL,
            phone=PHONE,
            notes=NOTE,
        ),
        ConsentData(status=ConsentStatus.GIVEN, given_on=dt.date(2026, 9, 1), method=f"Mail an {MAIL}"),
    )
    people.create_actor(
        district,
        ActorData(name=OTHER, kind=ActorKind.PERSON, sector=Sector.CIVIL_SOCIETY),
        ConsentData(status=ConsentStatus.GIVEN, given_on=dt.date(2026, 9, 1), method="schriftlich"),
    )
    return district, actor


def _mentions(text: str) -> list[str]:
    return [c for c in (NAME, "Fabelhaft", MAIL, PHONE, NOTE) if c.lower() in text.lower()]


def test_workshop_guests_and_tasks_lose_the_name_others_keep_theirs(
    workspace: Workspace, person: tuple[str, str]
) -> None:
    district, actor = person
    workshops = workspace.workshops
    workshop = workshops.create(district, workshop_data())
    workshops.add_attendance(workshop, actor)
    workshops.add_attendance(workshop, guest_name=f"{NAME} (Begleitung)")
    workshops.add_attendance(workshop, guest_name=OTHER)
    workshops.add_action_item(workshop, "Einladung drucken", responsible_text=NAME)
    workshops.add_action_item(workshop, f"{NAME} anrufen ({PHONE})", responsible_text=OTHER)

    ErasureService(workspace).erase_person(actor)

    with workspace.session() as session:
        guests = [a.guest_name for a in session.scalars(select(Attendance))]
        tasks = [(a.title, a.responsible_text) for a in session.scalars(select(ActionItem))]
    assert OTHER in guests and not [g for g in guests if _mentions(g)]
    assert len(guests) == 3  # the attendance stays (the person came), only the name goes
    assert not [t for t in tasks if _mentions(" ".join(t))]
    assert ("Einladung drucken", ERASED_NAME) in tasks
    assert (f"{ERASED_NAME} anrufen ({ERASED_NAME})", OTHER) in tasks


def test_map_snapshots_are_rewritten(workspace: Workspace, person: tuple[str, str]) -> None:
    district, actor = person
    workspace.stakeholder_maps.take_snapshot(district, f"Stand mit {NAME}", dt.date(2026, 10, 1))
    with workspace.session() as session:
        before = " ".join(
            json.dumps([s.title, s.content], ensure_ascii=False) for s in session.scalars(select(MapSnapshot))
        )
    assert _mentions(before)  # the check can see the name

    ErasureService(workspace).erase_person(actor)

    with workspace.session() as session:
        snapshots = list(session.scalars(select(MapSnapshot)))
        after = " ".join(json.dumps([s.title, s.content], ensure_ascii=False) for s in snapshots)
    assert len(snapshots) == 1 and _mentions(after) == []
    assert OTHER in after  # the map keeps the others


def test_queued_outbox_payloads_hold_no_old_value(workspace: Workspace, person: tuple[str, str]) -> None:
    district, actor = person
    workspace.workshops.create(district, workshop_data())
    with workspace.session() as session:
        assert any(_mentions(o.changes) for o in session.scalars(select(Outbox)))

    ErasureService(workspace).erase_person(actor)

    with workspace.session() as session:
        queued = list(session.scalars(select(Outbox)))
    assert queued  # the anonymous node and everything else still goes to the store
    assert [o.changes for o in queued if _mentions(o.changes)] == []
    assert any(OTHER in o.changes for o in queued)


def test_the_search_index_no_longer_finds_the_person(workspace: Workspace, person: tuple[str, str]) -> None:
    _district, actor = person
    for word in ("Fabelhaft", "ottilie"):  # notes are not indexed at all (privacy rule)
        assert workspace.search.search(word), word

    ErasureService(workspace).erase_person(actor)

    for word in ("Fabelhaft", "Fabelnotiz", "ottilie", "fabelhaft.example"):
        assert workspace.search.search(word) == [], word
    assert workspace.search.search("Bleibtreu")


def test_stored_conflicts_and_quarantined_records_naming_the_person_are_removed(
    workspace: Workspace, person: tuple[str, str]
) -> None:
    district, actor = person
    with workspace.session() as session:
        session.add_all(
            [
                SyncConflict(
                    id="c-actor",
                    entity="actor",
                    entity_id=actor,
                    district_id=district,
                    kind="field",
                    field="role",
                    base='"Sprecherin"',
                    mine='"Vorsitz"',
                    theirs='"Kassenwartin"',
                ),
                SyncConflict(
                    id="c-task",
                    entity="action_item",
                    entity_id="t-1",
                    district_id=district,
                    kind="field",
                    field="title",
                    base='"Anrufen"',
                    mine=json.dumps(f"{NAME} anrufen"),
                    theirs='"Anrufen!"',
                ),
                SyncConflict(
                    id="c-other",
                    entity="action_item",
                    entity_id="t-2",
                    district_id=district,
                    kind="field",
                    field="title",
                    base='"A"',
                    mine=json.dumps(OTHER),
                    theirs='"B"',
                ),
                SyncQuarantine(
                    entity="attendance",
                    record_id="a-1",
                    district_id=district,
                    payload=json.dumps({"guest_name": NAME, "email": MAIL}),
                ),
                SyncQuarantine(
                    entity="attendance",
                    record_id="a-2",
                    district_id=district,
                    payload=json.dumps({"guest_name": OTHER}),
                ),
            ]
        )
        session.commit()

    ErasureService(workspace).erase_person(actor)

    with workspace.session() as session:
        conflicts = {c.id for c in session.scalars(select(SyncConflict))}
        held = [q.payload for q in session.scalars(select(SyncQuarantine))]
    assert conflicts == {"c-other"}
    assert held == [json.dumps({"guest_name": OTHER})]


def test_participants_of_programme_events_lose_the_name(
    workspace: Workspace, person: tuple[str, str]
) -> None:
    from lzz_desktop.domain import EventParticipant
    from lzz_desktop.domain.enums import EventKind
    from lzz_desktop.services.events import EventData, ParticipantData

    district, actor = person
    workspace.events.create(
        EventData(EventKind.FORUM, "Forum Integration", dt.date(2026, 10, 2), district_ids=(district,)),
        [ParticipantData(NAME, "Migrantenselbstorganisation", district), ParticipantData(OTHER)],
    )

    ErasureService(workspace).erase_person(actor)

    with workspace.session() as session:
        names = [p.name for p in session.scalars(select(EventParticipant))]
    assert sorted(names) == sorted([ERASED_NAME, OTHER])  # the place at the event stays, the name goes
