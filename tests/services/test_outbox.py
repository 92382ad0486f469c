"""The outbox recorder: one entry per change of a synced row, in the transaction of the change."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from lzz_desktop.domain import Actor, District, Outbox
from lzz_desktop.domain.enums import ActorKind, FederalState, Sector
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.outbox import SUPPRESS_KEY, to_wire
from lzz_desktop.services.workspace import Workspace

GOSLAR = DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN, ags="03153000")


class Boom(Exception):
    pass


def _entries(workspace: Workspace) -> list[Outbox]:
    with workspace.session() as session:
        return list(session.scalars(select(Outbox).order_by(Outbox.seq)))


def _changes(entry: Outbox) -> dict[str, list[Any]]:
    changes = json.loads(entry.changes)
    assert isinstance(changes, dict)
    return changes


def _district(workspace: Workspace, district_id: str) -> District:
    with workspace.session() as session:
        district = session.get(District, district_id)
        assert district is not None
        return district


def test_insert_writes_one_entry_with_all_values(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)

    [entry] = _entries(workspace)
    district = _district(workspace, district_id)
    assert (entry.entity, entry.entity_id, entry.district_id, entry.op) == (
        "district",
        district_id,
        district_id,
        "insert",
    )
    assert entry.base_version is None
    changes = _changes(entry)
    assert changes["name"] == [None, "Goslar"]
    assert changes["state"] == [None, "NI"]
    assert changes["ags"] == [None, "03153000"]
    assert changes["updated_by"] == [None, "Test"]
    assert changes["created_at"] == [None, to_wire(district.created_at)]
    assert "id" not in changes and "version" not in changes
    assert "phase_id" not in changes, "unset (None) values are not sent"


def test_insert_of_district_scoped_row_carries_its_district(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)
    with workspace.transaction() as session:
        actor = Actor(
            district_id=district_id, kind=ActorKind.GROUP, name="Tafel", sector=Sector.CIVIL_SOCIETY
        )
        session.add(actor)
        session.flush()
        actor_id = actor.id

    entry = _entries(workspace)[-1]
    assert (entry.entity, entry.entity_id, entry.district_id, entry.op) == (
        "actor",
        actor_id,
        district_id,
        "insert",
    )
    changes = _changes(entry)
    assert changes["kind"] == [None, "GROUP"]
    assert changes["influence"] == [None, 2], "column defaults are recorded as the row will hold them"


def test_update_records_old_and_new_of_changed_fields_only(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)

    workspace.districts.update(
        district_id, DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN, ags="03153000")
    )

    entries = _entries(workspace)
    assert len(entries) == 2
    update = entries[1]
    assert (update.op, update.entity_id, update.district_id) == ("update", district_id, district_id)
    assert _changes(update) == {"name": ["Goslar", "Landkreis Goslar"]}


def test_update_of_dates(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)

    workspace.districts.update(district_id, dataclasses.replace(GOSLAR, process_start=dt.date(2024, 2, 29)))

    assert _changes(_entries(workspace)[-1]) == {"process_start": [None, "2024-02-29"]}


def test_delete_and_restore_write_one_entry_each(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)

    workspace.districts.delete(district_id)
    deleted_at = _district(workspace, district_id).deleted_at
    workspace.districts.restore(district_id)

    _insert, delete, restore = _entries(workspace)
    assert deleted_at is not None
    assert delete.op == "delete"
    assert _changes(delete) == {"deleted_at": [None, to_wire(deleted_at)]}
    assert restore.op == "restore"
    assert _changes(restore) == {"deleted_at": [to_wire(deleted_at), None]}


def test_exception_in_transaction_leaves_neither_row_nor_entry(workspace: Workspace) -> None:
    with pytest.raises(Boom), workspace.transaction() as session:
        session.add(District(name="Goslar", state=FederalState.NIEDERSACHSEN))
        session.flush()  # the row and its outbox entry are written, but not committed
        with workspace.session() as other:
            assert other.scalars(select(District)).all() == [], "uncommitted rows are invisible"
        raise Boom

    assert _entries(workspace) == []
    assert workspace.districts.list() == []


def test_failed_update_leaves_row_and_outbox_unchanged(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)

    with pytest.raises(Boom), workspace.transaction() as session:
        district = session.get(District, district_id)
        assert district is not None
        district.name = "Umbenannt"
        session.flush()
        raise Boom

    assert [e.op for e in _entries(workspace)] == ["insert"]
    assert _district(workspace, district_id).name == "Goslar"


def test_updated_by_is_the_workspace_author(make_workspace: Callable[..., Workspace]) -> None:
    first = make_workspace("ws", author="Erika Beraterin")
    district_id = first.districts.create(GOSLAR)
    created = _district(first, district_id)
    assert created.updated_by == "Erika Beraterin"
    first.close()

    second = make_workspace("ws", author="Max Landratsamt")
    second.districts.update(district_id, dataclasses.replace(GOSLAR, notes="Neu"))

    updated = _district(second, district_id)
    assert updated.updated_by == "Max Landratsamt"
    assert updated.updated_at > created.updated_at
    assert updated.created_at == created.created_at


def test_update_to_the_same_value_writes_nothing(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)
    before = _district(workspace, district_id)

    workspace.districts.update(district_id, GOSLAR)
    with workspace.transaction() as session:
        district = session.get(District, district_id)
        assert district is not None
        district.name = "Goslar"
        district.ags = "03153000"

    assert [e.op for e in _entries(workspace)] == ["insert"]
    after = _district(workspace, district_id)
    assert (after.updated_at, after.updated_by) == (before.updated_at, before.updated_by)


def test_suppress_key_suppresses(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        session.info[SUPPRESS_KEY] = True
        session.add(District(name="Goslar", state=FederalState.NIEDERSACHSEN))

    assert _entries(workspace) == []
    assert [s.name for s in workspace.districts.list()] == ["Goslar"]


def test_changes_are_stable_json(workspace: Workspace) -> None:
    workspace.districts.create(
        DistrictData(name="Müritz – Seenplatte", state=FederalState.MECKLENBURG_VORPOMMERN)
    )

    [entry] = _entries(workspace)
    assert "Müritz – Seenplatte" in entry.changes, "stored as UTF-8 text, not \\u escapes"
    assert list(_changes(entry)) == sorted(_changes(entry))
