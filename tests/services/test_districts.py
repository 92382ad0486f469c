"""DistrictService: reading, writing, validation and counts."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from lzz_desktop.domain import (
    ActionItem,
    Actor,
    Concept,
    District,
    Outbox,
    ProgrammePhase,
    Relationship,
    Workshop,
)
from lzz_desktop.domain.enums import (
    AGS_STATE_PREFIX,
    ActionStatus,
    ActorKind,
    FederalState,
    RelationshipKind,
    Sector,
    WorkshopFormat,
)
from lzz_desktop.domain.validation import ErrorCode, ValidationError
from lzz_desktop.records.districts import DistrictData, NotFoundError
from lzz_desktop.services.workspace import Workspace

GOSLAR = DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN, ags="03153000")


def _row_counts(workspace: Workspace) -> tuple[int, int]:
    with workspace.session() as session:
        districts = session.scalar(select(func.count()).select_from(District))
        outbox = session.scalar(select(func.count()).select_from(Outbox))
    return int(districts or 0), int(outbox or 0)


# --- create, read, update ----------------------------------------------------------------------


def test_create_and_get(workspace: Workspace) -> None:
    data = DistrictData(
        name="  Goslar ",
        state=FederalState.NIEDERSACHSEN,
        ags="03153000",
        process_start=dt.date(2023, 1, 1),
        process_end=dt.date(2024, 12, 31),
        notes="Harz",
    )

    district_id = workspace.districts.create(data)

    assert workspace.districts.get(district_id) == DistrictData(
        name="Goslar",
        state=FederalState.NIEDERSACHSEN,
        ags="03153000",
        process_start=dt.date(2023, 1, 1),
        process_end=dt.date(2024, 12, 31),
        notes="Harz",
    )


def test_update(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)
    changed = DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN, ags=None, notes="neu")

    workspace.districts.update(district_id, changed)

    assert workspace.districts.get(district_id) == changed


def test_unknown_id_is_not_found(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        workspace.districts.get("no-such-id")
    with pytest.raises(NotFoundError):
        workspace.districts.update("no-such-id", GOSLAR)
    with pytest.raises(NotFoundError):
        workspace.districts.delete("no-such-id")
    with pytest.raises(NotFoundError):
        workspace.districts.restore("no-such-id")


def test_list_sorted_by_name_without_prefix_and_filtered(workspace: Workspace) -> None:
    workspace.districts.create(DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN))
    workspace.districts.create(
        DistrictData(name="Vorpommern-Greifswald", state=FederalState.MECKLENBURG_VORPOMMERN)
    )
    workspace.districts.create(
        DistrictData(name="Ahrweiler", state=FederalState.RHEINLAND_PFALZ, ags="07131000")
    )

    assert [s.name for s in workspace.districts.list()] == [
        "Ahrweiler",
        "Landkreis Goslar",
        "Vorpommern-Greifswald",
    ]
    assert [s.name for s in workspace.districts.list("GOS")] == ["Landkreis Goslar"]
    assert [s.name for s in workspace.districts.list("0713")] == ["Ahrweiler"]
    assert workspace.districts.list("Bautzen") == []


def test_list_shows_phase_name(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        phase = ProgrammePhase(name="Phase 2023–2024", start_year=2023, end_year=2024)
        session.add(phase)
        session.flush()
        phase_id = phase.id
    workspace.districts.create(
        DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN, phase_id=phase_id)
    )

    [summary] = workspace.districts.list()

    assert summary.phase_name == "Phase 2023–2024"
    assert workspace.districts.phases() == [(phase_id, "Phase 2023–2024")]


# --- delete, restore, find ---------------------------------------------------------------------


def test_delete_and_restore(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)

    workspace.districts.delete(district_id)

    assert workspace.districts.list() == []
    [binned] = workspace.districts.list(deleted=True)
    assert binned.id == district_id and binned.deleted_at is not None
    with pytest.raises(NotFoundError):
        workspace.districts.find("Goslar")

    workspace.districts.restore(district_id)

    assert [s.id for s in workspace.districts.list()] == [district_id]
    assert workspace.districts.list(deleted=True) == []
    assert workspace.districts.find("Goslar") == district_id


@pytest.mark.parametrize("query", ["Goslar", "landkreis goslar", "  GOSLAR ", "Kreis Goslar", "LK Goslar"])
def test_find_by_name(workspace: Workspace, query: str) -> None:
    district_id = workspace.districts.create(GOSLAR)
    workspace.districts.create(DistrictData(name="Harz", state=FederalState.SACHSEN_ANHALT))

    assert workspace.districts.find(query) == district_id


def test_find_by_id(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)

    assert workspace.districts.find(district_id) == district_id
    assert workspace.districts.find(f" {district_id} ") == district_id


def test_find_ignores_deleted_and_unknown(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)
    workspace.districts.delete(district_id)

    for query in ("Goslar", district_id, "Bautzen", ""):
        with pytest.raises(NotFoundError):
            workspace.districts.find(query)


def test_find_prefers_the_live_one_of_two_with_the_same_name(workspace: Workspace) -> None:
    old = workspace.districts.create(GOSLAR)
    workspace.districts.delete(old)
    new = workspace.districts.create(GOSLAR)

    assert workspace.districts.find("Goslar") == new


# --- validation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        (DistrictData(name="", state=FederalState.BAYERN), "name", ErrorCode.REQUIRED),
        (DistrictData(name="   ", state=FederalState.BAYERN), "name", ErrorCode.REQUIRED),
        (DistrictData(name="Passau", state=FederalState.BAYERN, ags="1234"), "ags", ErrorCode.AGS_FORMAT),
        (DistrictData(name="Passau", state=FederalState.BAYERN, ags="abcdefgh"), "ags", ErrorCode.AGS_FORMAT),
        (
            DistrictData(name="Passau", state=FederalState.BAYERN, ags="091750001"),
            "ags",
            ErrorCode.AGS_FORMAT,
        ),
        (
            # The first two digits of an AGS name the Land: 03 is Niedersachsen, not Bayern.
            DistrictData(name="Goslar", state=FederalState.BAYERN, ags="03153000"),
            "ags",
            ErrorCode.AGS_STATE_MISMATCH,
        ),
        (
            DistrictData(
                name="Passau",
                state=FederalState.BAYERN,
                process_start=dt.date(2024, 5, 1),
                process_end=dt.date(2024, 4, 30),
            ),
            "process_end",
            ErrorCode.END_BEFORE_START,
        ),
    ],
)
def test_validation_errors_write_nothing(
    workspace: Workspace, data: DistrictData, field: str, code: ErrorCode
) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.districts.create(data)

    assert caught.value.codes_for(field) == [code]
    assert _row_counts(workspace) == (0, 0)


def test_all_errors_reported_at_once(workspace: Workspace) -> None:
    data = DistrictData(
        name="",
        state=FederalState.BAYERN,
        ags="12",
        process_start=dt.date(2024, 5, 1),
        process_end=dt.date(2024, 1, 1),
    )

    with pytest.raises(ValidationError) as caught:
        workspace.districts.create(data)

    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("name", ErrorCode.REQUIRED),
        ("ags", ErrorCode.AGS_FORMAT),
        ("process_end", ErrorCode.END_BEFORE_START),
    }


def test_invalid_update_writes_nothing(workspace: Workspace) -> None:
    district_id = workspace.districts.create(GOSLAR)
    before = _row_counts(workspace)

    with pytest.raises(ValidationError):
        workspace.districts.update(district_id, DistrictData(name="", state=FederalState.NIEDERSACHSEN))

    assert _row_counts(workspace) == before
    assert workspace.districts.get(district_id) == GOSLAR


def test_same_day_start_and_end_is_valid(workspace: Workspace) -> None:
    day = dt.date(2024, 5, 1)
    district_id = workspace.districts.create(
        DistrictData(name="Passau", state=FederalState.BAYERN, process_start=day, process_end=day)
    )
    assert workspace.districts.get(district_id).process_end == day


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("03 153 000", "03153000"),
        (" 03153000 ", "03153000"),
        ("0315\t3000", "03153000"),
        ("", None),
        ("  ", None),
    ],
)
def test_ags_blanks_are_removed(workspace: Workspace, given: str, stored: str | None) -> None:
    district_id = workspace.districts.create(
        DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN, ags=given)
    )

    assert workspace.districts.get(district_id).ags == stored


# --- counts ------------------------------------------------------------------------------------


def test_counts_live_rows_of_the_district_only(workspace: Workspace) -> None:
    goslar = workspace.districts.create(GOSLAR)
    other = workspace.districts.create(DistrictData(name="Harz", state=FederalState.SACHSEN_ANHALT))
    now = dt.datetime(2024, 3, 1, 9, tzinfo=dt.UTC)
    with workspace.transaction() as session:

        def actor(district_id: str, name: str, deleted: bool = False) -> Actor:
            row = Actor(
                district_id=district_id,
                kind=ActorKind.PERSON,
                name=name,
                sector=Sector.CIVIL_SOCIETY,
                deleted_at=now if deleted else None,
            )
            session.add(row)
            return row

        a, b = actor(goslar, "A"), actor(goslar, "B")
        actor(goslar, "gelöscht", deleted=True)
        actor(other, "anderswo")
        session.flush()
        session.add(
            Relationship(
                district_id=goslar, source_id=a.id, target_id=b.id, kind=RelationshipKind.COOPERATION
            )
        )
        workshop = Workshop(district_id=goslar, title="Auftakt", format=WorkshopFormat.KICKOFF, starts_at=now)
        session.add(workshop)
        session.add(
            Workshop(
                district_id=goslar, title="alt", format=WorkshopFormat.OTHER, starts_at=now, deleted_at=now
            )
        )
        session.flush()
        for status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE):
            session.add(
                ActionItem(district_id=goslar, workshop_id=workshop.id, title=str(status), status=status)
            )
        session.add(ActionItem(district_id=goslar, workshop_id=workshop.id, title="weg", deleted_at=now))
        session.add(Concept(district_id=goslar, title="Konzept", template_key="standard", template_version=1))

    counts = workspace.districts.counts(goslar)

    assert (counts.actors, counts.relationships, counts.workshops) == (2, 1, 1)
    assert counts.open_action_items == 2
    assert counts.concepts == 1
    other_counts = workspace.districts.counts(other)
    assert (other_counts.actors, other_counts.workshops, other_counts.concepts) == (1, 0, 0)


def test_a_district_carries_its_consultancy(workspace: Workspace) -> None:
    """Issue 15, point 6: the consultancy that accompanies a district is stored and synced."""
    import json

    from lzz_desktop.domain import Outbox

    district_id = workspace.districts.create(
        DistrictData(name="Landkreis Hof", state=FederalState.BAYERN, consultancy="Kompetus")
    )
    assert workspace.districts.get(district_id).consultancy == "Kompetus"
    workspace.districts.update(
        district_id, DistrictData(name="Landkreis Hof", state=FederalState.BAYERN, consultancy="Ramboll")
    )
    assert workspace.districts.get(district_id).consultancy == "Ramboll"
    with workspace.session() as session:
        rows = session.scalars(select(Outbox).where(Outbox.entity_id == district_id)).all()
        changes = [json.loads(o.changes) for o in rows]
    assert changes[-1]["consultancy"] == ["Kompetus", "Ramboll"]


def test_every_land_has_its_two_ags_digits(workspace: Workspace) -> None:
    assert sorted(AGS_STATE_PREFIX.values()) == [f"{n:02d}" for n in range(1, 17)]
    assert set(AGS_STATE_PREFIX) == set(FederalState)
    workspace.districts.create(DistrictData(name="Passau", state=FederalState.BAYERN, ags="09275000"))
    workspace.districts.create(DistrictData(name="Harz", state=FederalState.SACHSEN_ANHALT, ags="15085000"))
    district_id = workspace.districts.create(GOSLAR)
    with pytest.raises(ValidationError) as caught:
        workspace.districts.update(district_id, dataclasses.replace(GOSLAR, state=FederalState.HESSEN))
    assert caught.value.codes_for("ags") == [ErrorCode.AGS_STATE_MISMATCH]
