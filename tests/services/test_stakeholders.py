"""StakeholderService and StakeholderMapService: actors, consent, relationships, positions,
snapshots and their comparison."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from lzz_desktop.domain import Actor, Outbox
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, RelationshipKind, Sector
from lzz_desktop.domain.validation import ErrorCode, ValidationError
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.layout import sector_layout
from lzz_desktop.records.stakeholders import SECTOR_MAP, ActorData, ChangeKind, ConsentData, RelationshipData
from lzz_desktop.services.workspace import Workspace

GIVEN = ConsentData(ConsentStatus.GIVEN, dt.date(2024, 3, 1), "schriftlich", "Kontakt für Workshops")


@pytest.fixture
def district_id(workspace: Workspace) -> str:
    return workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))


def _person(name: str = "Anna Becker", **kw: object) -> ActorData:
    return ActorData(name=name, kind=ActorKind.PERSON, sector=Sector.ADMINISTRATION, role="Leitung", **kw)  # type: ignore[arg-type]


def _org(name: str, sector: Sector = Sector.CIVIL_SOCIETY) -> ActorData:
    return ActorData(name=name, kind=ActorKind.ORGANISATION, sector=sector)


def test_create_actor_writes_row_and_outbox(workspace: Workspace, district_id: str) -> None:
    org = workspace.stakeholders.create_actor(district_id, _org("Caritas Goslar"))
    person = workspace.stakeholders.create_actor(district_id, _person(organisation_id=org))

    actors = {a.name: a for a in workspace.stakeholders.actors(district_id)}
    assert actors["Anna Becker"].organisation == "Caritas Goslar"
    with workspace.session() as session:
        entities = [o.entity for o in session.scalars(select(Outbox).where(Outbox.entity_id == person))]
    assert entities == ["actor"]


def test_actor_values_are_checked(workspace: Workspace, district_id: str) -> None:
    with pytest.raises(ValidationError) as info:
        workspace.stakeholders.create_actor(
            district_id, ActorData(" ", ActorKind.ORGANISATION, Sector.BUSINESS, influence=5, attitude=-3)
        )
    assert info.value.codes_for("name") == [ErrorCode.REQUIRED]
    assert info.value.codes_for("influence") == [ErrorCode.OUT_OF_RANGE]
    assert info.value.codes_for("attitude") == [ErrorCode.OUT_OF_RANGE]
    assert workspace.stakeholders.actors(district_id) == []


def test_contact_fields_of_a_person_need_consent_in_the_service(
    workspace: Workspace, district_id: str
) -> None:
    service = workspace.stakeholders
    with pytest.raises(ValidationError) as info:
        service.create_actor(district_id, _person(email="anna@example.org"))
    assert info.value.codes_for("email") == [ErrorCode.CONSENT_REQUIRED]
    actor_id = service.create_actor(district_id, _person())
    with pytest.raises(ValidationError):
        service.update_actor(actor_id, _person(phone="05321 1234"))

    service.set_consent(actor_id, GIVEN)
    service.update_actor(actor_id, _person(phone="05321 1234", email="anna@example.org"))
    info_, consent = service.actor(actor_id)
    assert (info_.phone, consent.status, consent.given_on) == (
        "05321 1234",
        ConsentStatus.GIVEN,
        GIVEN.given_on,
    )
    assert info_.public_name == "Anna Becker"


def test_organisations_keep_contact_data_without_consent(workspace: Workspace, district_id: str) -> None:
    org = workspace.stakeholders.create_actor(
        district_id, ActorData("Jobcenter", ActorKind.ORGANISATION, Sector.ADMINISTRATION, email="info@jc.de")
    )
    assert workspace.stakeholders.actor(org)[0].email == "info@jc.de"


def test_withdrawing_consent_clears_contact_fields(workspace: Workspace, district_id: str) -> None:
    service = workspace.stakeholders
    actor_id = service.create_actor(district_id, _person(email="a@b.de", address="Markt 1"), GIVEN)

    service.withdraw_consent(actor_id, dt.date(2025, 1, 2))

    info, consent = service.actor(actor_id)
    assert (info.email, info.phone, info.address) == ("", "", "")
    assert consent.status is ConsentStatus.WITHDRAWN and consent.withdrawn_on == dt.date(2025, 1, 2)
    with workspace.session() as session:
        assert session.get(Actor, actor_id).email == ""  # type: ignore[union-attr]


def test_given_consent_needs_a_date(workspace: Workspace, district_id: str) -> None:
    actor_id = workspace.stakeholders.create_actor(district_id, _person())
    with pytest.raises(ValidationError) as info:
        workspace.stakeholders.set_consent(actor_id, ConsentData(ConsentStatus.GIVEN))
    assert info.value.codes_for("given_on") == [ErrorCode.CONSENT_DATE_REQUIRED]


def test_person_without_consent_appears_by_role_and_organisation(
    workspace: Workspace, district_id: str
) -> None:
    org = workspace.stakeholders.create_actor(district_id, _org("Landkreis Goslar", Sector.ADMINISTRATION))
    workspace.stakeholders.create_actor(district_id, _person(organisation_id=org))
    person = next(a for a in workspace.stakeholders.actors(district_id) if a.kind is ActorKind.PERSON)
    assert person.public_name == "Leitung, Landkreis Goslar"


def test_similar_names_are_found(workspace: Workspace, district_id: str) -> None:
    workspace.stakeholders.create_actor(district_id, _org("Caritasverband Goslar"))
    assert workspace.stakeholders.similar(district_id, "Caritas-Verband Goslar") == ["Caritasverband Goslar"]
    assert workspace.stakeholders.similar(district_id, "Jobcenter") == []


def test_relationship_rules(workspace: Workspace, district_id: str) -> None:
    service = workspace.stakeholders
    a = service.create_actor(district_id, _org("Verein A"))
    b = service.create_actor(district_id, _org("Verein B"))
    service.create_relationship(district_id, RelationshipData(a, b, RelationshipKind.COOPERATION))

    with pytest.raises(ValidationError) as info:
        service.create_relationship(district_id, RelationshipData(a, a, RelationshipKind.COOPERATION))
    assert info.value.codes_for("target_id") == [ErrorCode.SELF_RELATIONSHIP]
    with pytest.raises(ValidationError) as info:
        service.create_relationship(district_id, RelationshipData(b, a, RelationshipKind.COOPERATION))
    assert info.value.codes_for("target_id") == [ErrorCode.DUPLICATE_RELATIONSHIP]
    # another kind between the same actors is a different relationship
    service.create_relationship(district_id, RelationshipData(b, a, RelationshipKind.CONFLICT, strength=3))
    assert len(service.relationships(district_id)) == 2


def test_deleting_an_actor_hides_its_relationships_until_restored(
    workspace: Workspace, district_id: str
) -> None:
    service = workspace.stakeholders
    a = service.create_actor(district_id, _org("Verein A"))
    b = service.create_actor(district_id, _org("Verein B"))
    service.create_relationship(district_id, RelationshipData(a, b, RelationshipKind.FUNDING))
    service.delete_actor(b)
    assert [x.name for x in service.actors(district_id)] == ["Verein A"]
    assert service.relationships(district_id) == []
    service.restore_actor(b)
    assert len(service.relationships(district_id)) == 1


def test_positions_are_saved_per_map(workspace: Workspace, district_id: str) -> None:
    a = workspace.stakeholders.create_actor(district_id, _org("Verein A"))
    maps = workspace.stakeholder_maps
    maps.save_positions(district_id, SECTOR_MAP, {a: (12.0, -40.0)})
    maps.save_positions(district_id, SECTOR_MAP, {a: (15.0, -40.0)})
    data = maps.load(district_id)
    assert data.positions == {SECTOR_MAP: {a: (15.0, -40.0)}}
    maps.reset_positions(district_id, SECTOR_MAP)
    assert maps.load(district_id).positions == {}


def test_sector_layout_keeps_actors_in_their_segment(workspace: Workspace, district_id: str) -> None:
    for i, sector in enumerate(Sector):
        workspace.stakeholders.create_actor(district_id, _org(f"Org {i}", sector))
    actors = workspace.stakeholders.actors(district_id)
    layout = sector_layout(actors)
    # Politics is the first segment, to the right of 12 o'clock: x > 0, y < 0 (y grows downwards)
    politics = next(a for a in actors if a.sector is Sector.POLITICS)
    x, y = layout[politics.id]
    assert x > 0 and y < 0


def test_snapshots_compare_two_states(workspace: Workspace, district_id: str) -> None:
    service, maps = workspace.stakeholders, workspace.stakeholder_maps
    a = service.create_actor(district_id, _org("Verein A"))
    b = service.create_actor(district_id, _org("Verein B"))
    gone = service.create_actor(district_id, _org("Verein C"))
    service.create_relationship(district_id, RelationshipData(a, gone, RelationshipKind.INFORMATION))
    first = maps.take_snapshot(district_id, "Auftakt", dt.date(2024, 2, 1))

    service.update_actor(a, dataclass_replace(_org("Verein A"), influence=4, attitude=2))
    service.delete_actor(gone)
    new = service.create_actor(district_id, _org("Verein D"))
    service.create_relationship(district_id, RelationshipData(b, new, RelationshipKind.COOPERATION))
    second = maps.take_snapshot(district_id, "Jahresende", dt.date(2024, 12, 1))

    assert [s.title for s in maps.snapshots(district_id)] == ["Auftakt", "Jahresende"]
    diff = maps.compare(first, second)
    got = {(c.kind, c.subject, c.old, c.new) for c in diff.changes}
    assert got == {
        (ChangeKind.ACTOR_ADDED, "Verein D", None, None),
        (ChangeKind.ACTOR_REMOVED, "Verein C", None, None),
        (ChangeKind.INFLUENCE_CHANGED, "Verein A", 2, 4),
        (ChangeKind.ATTITUDE_CHANGED, "Verein A", 0, 2),
        (ChangeKind.RELATIONSHIP_ADDED, "Verein B – Verein D", None, None),
        (ChangeKind.RELATIONSHIP_REMOVED, "Verein A – Verein C", None, None),
    }
    # the snapshot keeps its content although the live data moved on
    assert {x.name for x in maps.snapshot(first).actors} == {"Verein A", "Verein B", "Verein C"}
    assert SECTOR_MAP in maps.snapshot(first).positions
    with pytest.raises(ValidationError):
        maps.take_snapshot(district_id, "  ")


def test_snapshot_content_is_json(workspace: Workspace, district_id: str) -> None:
    from lzz_desktop.domain import MapSnapshot

    workspace.stakeholders.create_actor(district_id, _org("Verein A"))
    snap = workspace.stakeholder_maps.take_snapshot(district_id, "Stand")
    with workspace.session() as session:
        content = json.loads(session.get(MapSnapshot, snap).content)  # type: ignore[union-attr]
    assert content["actors"][0]["sector"] == "CIVIL_SOCIETY"


def dataclass_replace(data: ActorData, **changes: object) -> ActorData:
    import dataclasses

    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]
