"""Undo and redo of recorded edits, through the services: old values come back, the undo is an
edit of its own (outbox), removals come back from the recycle bin, and a record changed meanwhile
is never overwritten."""

from __future__ import annotations

import json

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
        workspace.workshops.remove_row(Attendance, row.id)
    history.undo(workspace, changes)
    with workspace.session() as session:
        live = session.scalars(select(Attendance.actor_id).where(Attendance.deleted_at.is_(None))).all()
    assert sorted(live) == sorted([olena, yonas])


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
