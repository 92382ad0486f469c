"""Programme events across districts through a real central store (issue 15, point 3): an event of
three districts reaches a consultant of one of them and not an account of a fourth; the fourth
district's consultant cannot write it; a district added later pulls the event with what was
already there; a district's staff link a learning into their concept, and the link syncs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from lzz_desktop.domain import EventLearning, EventParticipant, LearningLink, ProgrammeEvent, new_id
from lzz_desktop.domain.enums import EventKind
from lzz_desktop.records.districts import RoleRefusedError
from lzz_desktop.services.events import EventData, LearningData, ParticipantData
from lzz_desktop.sync.service import read_status
from tests.sync.helpers import add_district, client_state, server_state
from tests.sync.servers import Central


def _ids(workspace: Any, model: type) -> set[str]:
    with workspace.session() as session:
        return set(session.scalars(select(model.id).where(model.deleted_at.is_(None))))  # type: ignore[attr-defined]


def test_an_event_of_three_districts_reaches_their_accounts_and_no_fourth(
    central: Central, make_client: Callable[..., Any]
) -> None:
    central.add_user("office", "office")
    office = make_client(central, "office")
    fulda, vogelsberg, werra, kassel = (
        add_district(office.workspace, name) for name in ("Fulda", "Vogelsberg", "Werra-Meißner", "Kassel")
    )
    concept_id = office.workspace.concepts.create(fulda, "integrationskonzept-landkreis")
    data = EventData(
        EventKind.FORUM,
        "Forum Integration in ländlichen Räumen",
        dt.date(2023, 6, 20),
        district_ids=(fulda, vogelsberg, werra),
        agenda="Begrüßung\nBerichte aus den Landkreisen",
    )
    event_id = office.workspace.events.create(
        data,
        [ParticipantData("Amina Yusuf", "Ausländerbehörde", fulda)],
        [LearningData("Willkommenslotsen", "Ehrenamtliche begleiten die ersten Wochen.")],
    )
    assert office.sync().rejected == []

    central.add_user("berta", "consultant", ["Fulda"])
    central.add_user("dora", "consultant", ["Kassel"])
    central.add_user("kreis", "district", ["Fulda"])
    berta, dora, kreis = (
        make_client(central, "berta"),
        make_client(central, "dora"),
        make_client(central, "kreis"),
    )
    for client in (berta, dora, kreis):
        assert client.sync().quarantined == 0

    # The consultant of a participating district has the event, its participants and learnings …
    assert _ids(berta.workspace, ProgrammeEvent) == {event_id}
    assert len(_ids(berta.workspace, EventParticipant)) == 1
    assert client_state(berta.workspace) == server_state(central, {fulda})
    # … the fourth district's accounts have none of it.
    assert _ids(dora.workspace, ProgrammeEvent) == set()
    assert _ids(dora.workspace, EventLearning) == set()
    assert client_state(dora.workspace) == server_state(central, {kassel})

    # The consultant writes the protocol; the office gets it.
    detail = berta.workspace.events.get(event_id)
    berta.workspace.events.update(
        event_id,
        EventData(**{**detail.data.__dict__, "results": "Gemeinsame Fortbildung vereinbart"}),
        None,
        [*detail.learnings, LearningData("Sprachpatenschaften")],
    )
    assert berta.sync().rejected == []
    office.sync()
    assert office.workspace.events.get(event_id).data.results == "Gemeinsame Fortbildung vereinbart"
    assert len(office.workspace.events.get(event_id).learnings) == 2

    # The fourth district's consultant cannot write it, nor give an event of her own away to a
    # district she does not hold: her device refuses, and so does the store when sent by hand.
    dora_event = dora.workspace.events.create(
        EventData(EventKind.EXPERT_EVENT, "Fachtag Kassel", dt.date(2023, 7, 1), district_ids=(kassel,))
    )
    assert dora.sync().rejected == []
    with pytest.raises(RoleRefusedError), dora.workspace.transaction() as session:
        session.get(ProgrammeEvent, dora_event).district_ids = fulda  # type: ignore[union-attr]
    by_hand: list[tuple[str, dict[str, list[str | None]]]] = [
        (event_id, {"results": [None, "überschrieben"]}),
        (dora_event, {"district_ids": [kassel, fulda]}),
        (
            new_id(),
            {
                "kind": [None, "FORUM"],
                "title": [None, "x"],
                "starts_on": [None, "2023-01-01"],
                "district_ids": [None, fulda],
            },
        ),
    ]
    with httpx.Client(base_url=central.base_url) as http:
        for record_id, changes in by_hand:
            op = {
                "op_id": new_id(),
                "entity": "programme_event",
                "entity_id": record_id,
                "op": "update" if "title" not in changes else "insert",
                "base_version": None if "title" in changes else 1,
                "changes": changes,
            }
            answer = http.post(
                "/sync/push", json={"ops": [op]}, headers={"Authorization": f"Bearer {central.token('dora')}"}
            ).json()
            assert answer["results"][0]["reason"] == "no_write_access", (changes, answer)
    assert office.workspace.events.get(event_id).data.results == "Gemeinsame Fortbildung vereinbart"

    # District staff read the event but do not write it; they link a learning into their concept.
    kreis.sync()
    with pytest.raises(RoleRefusedError):
        kreis.workspace.events.update(event_id, data, None, None)
    learning = kreis.workspace.events.learnings_for(fulda)[0]
    section = kreis.workspace.concepts.load(concept_id).sections[0]
    link_id = kreis.workspace.events.link(learning.id, section.id)
    assert kreis.sync().rejected == []
    office.sync()
    assert _ids(office.workspace, LearningLink) == {link_id}
    assert office.workspace.events.linked(fulda)[0].learning.event_title == data.title

    # Kassel joins the event later: its devices pull the event with everything already there.
    detail = office.workspace.events.get(event_id)
    office.workspace.events.update(
        event_id, EventData(**{**detail.data.__dict__, "district_ids": (fulda, vogelsberg, werra, kassel)})
    )
    assert office.sync().rejected == []
    dora.sync()
    assert event_id in _ids(dora.workspace, ProgrammeEvent)
    assert len(_ids(dora.workspace, EventLearning)) == 2
    assert len(_ids(dora.workspace, EventParticipant)) == 1
    assert read_status(berta.workspace).pending == 0
