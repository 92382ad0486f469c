"""Undo and redo of recorded edits, through the services: old values come back, the undo is an
edit of its own (outbox), removals come back from the recycle bin, and a record changed meanwhile
is never overwritten."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from lzz_desktop.domain import Actor, Attendance, Outbox
from lzz_desktop.services import history
from lzz_desktop.services.workspace import Workspace
from tests.sync.helpers import add_actor, add_district, edit, get
from tests.workshop_fixtures import workshop_data


def _outbox(workspace: Workspace) -> list[tuple[str, str, dict[str, list[object]]]]:
    with workspace.session() as session:
        return [
            (o.entity, o.op, json.loads(o.changes))
            for o in session.scalars(select(Outbox).order_by(Outbox.seq))
        ]


def test_an_update_is_undone_and_redone_as_service_edits(workspace: Workspace) -> None:
    district_id = add_district(workspace)
    actor_id = add_actor(workspace, district_id, "Olena Kovalenko", influence=1)
    with history.capturing() as changes:
        edit(workspace, Actor, actor_id, influence=3, role="Sprachlehrerin")
    assert [(c.entity, c.op) for c in changes] == [("actor", "update")]
    before = len(_outbox(workspace))
    history.undo(workspace, changes)
    actor = get(workspace, Actor, actor_id)
    assert (actor.influence, actor.role) == (1, "")
    entity, op, wire = _outbox(workspace)[-1]
    assert (entity, op, wire["influence"]) == ("actor", "update", [3, 1])
    assert len(_outbox(workspace)) == before + 1
    history.redo(workspace, changes)
    assert get(workspace, Actor, actor_id).influence == 3


def test_removing_an_attendee_comes_back_exactly(workspace: Workspace) -> None:
    district_id = add_district(workspace)
    olena = add_actor(workspace, district_id, "Olena Kovalenko")
    yonas = add_actor(workspace, district_id, "Yonas Tesfay")
    workshop_id = workspace.workshops.create(district_id, workshop_data(), carry_over=False)
    workspace.workshops.add_attendance(workshop_id, actor_id=olena)
    workspace.workshops.add_attendance(workshop_id, actor_id=yonas)
    with workspace.session() as session:
        row = session.scalars(select(Attendance).where(Attendance.actor_id == olena)).one()
    with history.capturing() as changes:
        workspace.workshops.remove_attendance(row.id)
    history.undo(workspace, changes)
    with workspace.session() as session:
        live = session.scalars(select(Attendance.actor_id).where(Attendance.deleted_at.is_(None))).all()
    assert sorted(str(a) for a in live) == sorted([olena, yonas])


def test_an_insert_is_undone_into_the_recycle_bin_and_redone(workspace: Workspace) -> None:
    district_id = add_district(workspace)
    with history.capturing() as changes:
        actor_id = add_actor(workspace, district_id, "Amira Yılmaz")
    history.undo(workspace, changes)
    assert get(workspace, Actor, actor_id).deleted_at is not None
    history.redo(workspace, changes)
    assert get(workspace, Actor, actor_id).deleted_at is None


def test_a_record_changed_meanwhile_is_not_overwritten(workspace: Workspace) -> None:
    district_id = add_district(workspace)
    actor_id = add_actor(workspace, district_id, "Olena Kovalenko")
    with history.capturing() as changes:
        edit(workspace, Actor, actor_id, role="Lehrerin")
    edit(workspace, Actor, actor_id, role="Schulleiterin")  # a later edit, or a pulled change
    with pytest.raises(history.ChangedMeanwhileError):
        history.undo(workspace, changes)
    assert get(workspace, Actor, actor_id).role == "Schulleiterin"


# --- every edit the windows make, undone and redone -------------------------------------------
def _live(workspace: Workspace) -> dict[str, dict[str, object]]:
    """Every live record's fields (bookkeeping aside): what a user can see."""
    from tests.sync.helpers import client_state

    skip = {"created_at", "updated_at", "updated_by", "version", "deleted_at"}
    return {
        record_id: {k: v for k, v in values.items() if k not in skip}
        for record_id, values in client_state(workspace).items()
        if values.get("deleted_at") is None
    }


def _world(workspace: Workspace, tmp_path: Path) -> dict[str, str]:
    from lzz_desktop.domain.enums import ActorKind, RelationshipKind, Sector
    from lzz_desktop.records.stakeholders import ActorData, RelationshipData
    from tests.workshop_fixtures import make_district, picture

    district = make_district(workspace)
    persons = list(district.persons.values())
    workshop_id = workspace.workshops.create(district.id, workshop_data(), carry_over=False)
    agenda_id = workspace.workshops.add_agenda_item(workshop_id, "Begrüßung")
    workspace.workshops.add_agenda_item(workshop_id, "Wohnen")
    workspace.workshops.add_attendance(workshop_id, actor_id=persons[0])
    agreement_id = workspace.workshops.add_agreement(workshop_id, "Sprachcafé ab März")
    action_id = workspace.workshops.add_action_item(workshop_id, "Raum anfragen")
    photo = tmp_path / "flipchart.png"
    picture(photo)
    attachment_id, _stored = workspace.workshops.add_attachment(workshop_id, photo)
    rel_id = workspace.stakeholders.create_relationship(
        district.id, RelationshipData(persons[0], persons[1], next(iter(RelationshipKind)))
    )
    organisation = workspace.stakeholders.create_actor(
        district.id, ActorData(name="Tafel Goslar", kind=ActorKind.ORGANISATION, sector=Sector.CIVIL_SOCIETY)
    )
    concept_id = workspace.concepts.create(district.id, "integrationskonzept-landkreis")
    comment_id = workspace.concepts.add_comment(concept_id, None, "Bitte Zahlen prüfen")
    return {
        "district": district.id,
        "workshop": workshop_id,
        "agenda": agenda_id,
        "agreement": agreement_id,
        "action": action_id,
        "attachment": attachment_id,
        "relationship": rel_id,
        "organisation": organisation,
        "person": persons[0],
        "person2": persons[1],
        "concept": concept_id,
        "comment": comment_id,
        "photo": str(photo),
    }


def _edits() -> dict[str, Any]:
    import dataclasses
    import datetime as dt

    from lzz_desktop.domain.enums import (
        ActionStatus,
        ActorKind,
        AttendanceStatus,
        ConceptStatus,
        ConsentStatus,
        RelationshipKind,
        Sector,
        WorkshopFormat,
    )
    from lzz_desktop.records.stakeholders import ActorData, ConsentData, RelationshipData

    def workshop_fields(ws: Workspace, w: dict[str, str]) -> None:
        data = ws.workshops.get(w["workshop"]).data
        ws.workshops.update(
            w["workshop"], dataclasses.replace(data, format=WorkshopFormat.STEERING_GROUP, venue="Rathaus")
        )

    return {
        "workshop fields": workshop_fields,
        "add agenda item": lambda ws, w: ws.workshops.add_agenda_item(w["workshop"], "Ausblick"),
        "rename agenda item": lambda ws, w: ws.workshops.rename_agenda_item(w["agenda"], "Willkommen"),
        "remove agenda item": lambda ws, w: ws.workshops.remove_agenda_item(w["agenda"]),
        "reorder agenda": lambda ws, w: ws.workshops.reorder_agenda(
            w["workshop"], list(reversed([a.id for a in ws.workshops.get(w["workshop"]).agenda]))
        ),
        "add attendee": lambda ws, w: ws.workshops.add_attendance(w["workshop"], actor_id=w["person2"]),
        "attendance status": lambda ws, w: ws.workshops.set_attendance_status(
            ws.workshops.get(w["workshop"]).attendance[0].id, AttendanceStatus.EXCUSED
        ),
        "remove attendee": lambda ws, w: ws.workshops.remove_attendance(
            ws.workshops.get(w["workshop"]).attendance[0].id
        ),
        "add agreement": lambda ws, w: ws.workshops.add_agreement(w["workshop"], "Lotsen schulen"),
        "remove agreement": lambda ws, w: ws.workshops.remove_agreement(w["agreement"]),
        "add task": lambda ws, w: ws.workshops.add_action_item(w["workshop"], "Flyer drucken"),
        "task status": lambda ws, w: ws.workshops.set_action_status(w["action"], ActionStatus.DONE),
        "remove task": lambda ws, w: ws.workshops.remove_action_item(w["action"]),
        "add photo": lambda ws, w: ws.workshops.add_attachment(
            w["workshop"], Path(w["photo"]), "Zweites Foto"
        ),
        "remove photo": lambda ws, w: ws.workshops.remove_attachment(w["attachment"]),
        "add actor": lambda ws, w: ws.stakeholders.create_actor(
            w["district"],
            ActorData(name="Jobcenter Goslar", kind=ActorKind.ORGANISATION, sector=Sector.ADMINISTRATION),
        ),
        "edit actor": lambda ws, w: ws.stakeholders.update_actor(
            w["organisation"],
            ActorData(
                name="Tafel Goslar e.V.",
                kind=ActorKind.ORGANISATION,
                sector=Sector.CIVIL_SOCIETY,
                influence=4,
            ),
        ),
        "delete actor": lambda ws, w: ws.stakeholders.delete_actor(w["person"]),
        "consent": lambda ws, w: ws.stakeholders.withdraw_consent(w["person"], dt.date(2026, 11, 1)),
        "consent given": lambda ws, w: ws.stakeholders.set_consent(
            w["person2"],
            ConsentData(status=ConsentStatus.GIVEN, given_on=dt.date(2026, 10, 1), method="mündlich"),
        ),
        "add relationship": lambda ws, w: ws.stakeholders.create_relationship(
            w["district"], RelationshipData(w["person2"], w["organisation"], next(iter(RelationshipKind)))
        ),
        "delete relationship": lambda ws, w: ws.stakeholders.delete_relationship(w["relationship"]),
        "move on the map": lambda ws, w: ws.stakeholder_maps.save_positions(
            w["district"], "sector", {w["person"]: (120.0, -40.0)}
        ),
        "snapshot": lambda ws, w: ws.stakeholder_maps.take_snapshot(w["district"], "Nach dem Auftakt"),
        "concept status": lambda ws, w: ws.concepts.set_status(w["concept"], ConceptStatus.IN_REVIEW, None),
        "add comment": lambda ws, w: ws.concepts.add_comment(w["concept"], None, "Quelle fehlt"),
        "resolve comment": lambda ws, w: ws.concepts.set_comment_resolved(w["comment"], True),
    }


EDITS = _edits()


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_every_window_edit_is_undone_and_redone(workspace: Workspace, tmp_path: Path, kind: str) -> None:
    world = _world(workspace, tmp_path)
    before = _live(workspace)
    with history.capturing() as changes:
        EDITS[kind](workspace, world)
    after = _live(workspace)
    assert after != before and changes
    outbox = len(_outbox(workspace))
    history.undo(workspace, changes)
    assert _live(workspace) == before
    assert len(_outbox(workspace)) > outbox  # the undo syncs like any edit
    history.redo(workspace, changes)
    assert _live(workspace) == after


def test_undo_never_takes_a_concept_out_of_decided(workspace: Workspace) -> None:
    import datetime as dt

    from lzz_desktop.domain.enums import ConceptStatus
    from lzz_desktop.records.districts import ConceptDecidedError
    from tests.workshop_fixtures import make_district

    district = make_district(workspace)
    concept_id = workspace.concepts.create(district.id, "integrationskonzept-landkreis")
    with history.capturing() as changes:
        workspace.concepts.set_status(
            concept_id, ConceptStatus.ADOPTED, dt.date(2026, 11, 30), accept_missing=True
        )
    with pytest.raises(ConceptDecidedError):
        history.undo(workspace, changes)
    assert workspace.concepts.load(concept_id).decided
