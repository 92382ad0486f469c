"""Signals that are facts: "freigegeben" freezes the protocol (refused in the service, whatever the
window does), taking it back needs a reason and is recorded; the next workshop's "Offene Aufgaben"
shows the district's tasks as they are now, and the approved protocol prints them as they were."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from lzz_desktop.domain import Outbox
from lzz_desktop.domain.enums import ActionStatus, AttendanceStatus, ProtocolStatus
from lzz_desktop.domain.validation import ErrorCode, ValidationError
from lzz_desktop.records.districts import ProtocolFrozenError
from lzz_desktop.records.workshops import CARRY_OVER_TITLE
from lzz_desktop.reports.protocol import build_protocol
from lzz_desktop.services import Workspace
from tests.workshop_fixtures import START, make_district, workshop_data


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def held(workspace: Workspace) -> tuple[str, str]:
    district = make_district(workspace)
    workshop_id = workspace.workshops.create(district.id, workshop_data(), carry_over=False)
    workspace.workshops.add_agenda_item(workshop_id, "Begrüßung", notes="Runde")
    workspace.workshops.add_action_item(workshop_id, "Sprachcafé-Flyer drucken", due_on=dt.date(2026, 4, 1))
    return district.id, workshop_id


def test_a_planned_workshop_cannot_be_approved(workspace: Workspace) -> None:
    district = make_district(workspace)
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=7)
    workshop_id = workspace.workshops.create(district.id, workshop_data(start=future), carry_over=False)
    with pytest.raises(ValidationError) as refused:
        workspace.workshops.approve_protocol(workshop_id, "Georg Kaiser")
    assert refused.value.codes_for("protocol_status") == [ErrorCode.NOT_HELD_YET]
    assert workspace.workshops.get(workshop_id).protocol_status == ProtocolStatus.DRAFT


def test_an_approved_protocol_is_refused_in_the_service(workspace: Workspace, held: tuple[str, str]) -> None:
    _district, workshop_id = held
    workshops = workspace.workshops
    workshops.approve_protocol(workshop_id, "Georg Kaiser")
    detail = workshops.get(workshop_id)
    assert detail.protocol_status == ProtocolStatus.APPROVED
    attempts = [
        lambda: workshops.update(workshop_id, dataclasses.replace(detail.data, venue="Anderswo")),
        lambda: workshops.add_agenda_item(workshop_id, "Nachtrag"),
        lambda: workshops.update_agenda_item(detail.agenda[0].id, notes="geändert"),
        lambda: workshops.remove_agenda_item(detail.agenda[0].id),
        lambda: workshops.add_agreement(workshop_id, "Neue Vereinbarung"),
        lambda: workshops.add_action_item(workshop_id, "Neue Aufgabe"),
        lambda: workshops.rename_action_item(detail.actions[0].id, "umbenannt"),
        lambda: workshops.add_attendance(
            workshop_id, actor_id=None, guest_name="Gast", status=AttendanceStatus.PRESENT
        ),
        lambda: workshops.delete(workshop_id),
    ]
    for attempt in attempts:
        with pytest.raises(ProtocolFrozenError):
            attempt()
    after = workshops.get(workshop_id)
    assert after.data.venue == detail.data.venue and [a.title for a in after.agenda] == ["Begrüßung"]
    # Work goes on: a task of an approved protocol can still be ticked done.
    workshops.set_action_status(detail.actions[0].id, ActionStatus.DONE)
    assert workshops.get(workshop_id).actions[0].status == ActionStatus.DONE


def test_taking_the_approval_back_needs_a_reason_and_is_recorded_and_synced(
    workspace: Workspace, held: tuple[str, str]
) -> None:
    _district, workshop_id = held
    workshops = workspace.workshops
    workshops.approve_protocol(workshop_id, "Georg Kaiser", dt.date(2026, 3, 20))
    with pytest.raises(ValidationError):
        workshops.withdraw_approval(workshop_id, "Lea Marquardt", "  ")
    workshops.withdraw_approval(workshop_id, "Lea Marquardt", "Teilnehmerliste unvollständig")
    detail = workshops.get(workshop_id)
    assert detail.protocol_status == ProtocolStatus.DRAFT
    workshops.update(
        workshop_id, dataclasses.replace(detail.data, venue="Kreishaus, Raum 2")
    )  # editable again
    workshops.approve_protocol(workshop_id, "Georg Kaiser", dt.date(2026, 3, 27))
    history = workshops.approvals(workshop_id)
    assert [(h.approved_on, h.withdrawn_on is not None, h.reason) for h in history] == [
        (dt.date(2026, 3, 20), True, "Teilnehmerliste unvollständig"),
        (dt.date(2026, 3, 27), False, ""),
    ]
    with workspace.session() as session:
        entities = set(session.scalars(select(Outbox.entity)))
    assert "protocol_approval" in entities


def test_open_tasks_are_linked_live_and_printed_as_they_were_at_approval(
    workspace: Workspace, held: tuple[str, str], tmp_path: Path
) -> None:
    district_id, first = held
    workshops = workspace.workshops
    # The next workshop is planned while one task is open …
    second = workshops.create(district_id, workshop_data("Zweiter Workshop", START + dt.timedelta(days=30)))
    assert [a.title for a in workshops.get(second).agenda] == [CARRY_OVER_TITLE]
    # … then a task is added to the first workshop: it appears in the second's list, as it is now.
    late = workshops.add_action_item(first, "Raum für Elterncafé anfragen")
    carried = {a.title: a.status for a in workshops.get(second).carried_over}
    assert carried == {
        "Sprachcafé-Flyer drucken": ActionStatus.OPEN,
        "Raum für Elterncafé anfragen": ActionStatus.OPEN,
    }
    # Ticked done from the second workshop: still listed (done since it was planned), as done.
    workshops.set_action_status(late, ActionStatus.DONE)
    carried = {a.title: a.status for a in workshops.get(second).carried_over}
    assert carried["Raum für Elterncafé anfragen"] == ActionStatus.DONE

    workshops.approve_protocol(second, "Georg Kaiser", dt.date(2026, 12, 1))
    workshops.set_action_status(
        next(a.id for a in workshops.get(first).actions if a.title == "Sprachcafé-Flyer drucken"),
        ActionStatus.DONE,
    )
    pdf = build_protocol(workshops.get(second), workspace.attachments, tmp_path / "p.pdf")
    text = " ".join(_text(pdf).split())
    # Printed as at approval: the flyer was still open then.
    assert "Sprachcafé-Flyer drucken (01.04.2026): offen" in text
    assert "Raum für Elterncafé anfragen: erledigt" in text
    assert "Freigaben" in text and "Freigegeben am 01.12.2026 durch Georg Kaiser" in text


def test_agreements_of_a_draft_still_change(workspace: Workspace, held: tuple[str, str]) -> None:
    _district, workshop_id = held
    agreement = workspace.workshops.add_agreement(workshop_id, "Treffen alle vier Wochen")
    workspace.workshops.set_agreement_text(agreement, "Treffen alle sechs Wochen")
    assert [a.text for a in workspace.workshops.get(workshop_id).agreements] == ["Treffen alle sechs Wochen"]
