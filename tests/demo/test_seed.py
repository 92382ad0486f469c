"""The demo seed: six pilot districts, complete and consistent, written once and never to the outbox."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lzz_desktop.demo import seed_demo
from lzz_desktop.domain import (
    SYNCED_MODELS,
    ActionItem,
    Actor,
    AgendaItem,
    Agreement,
    Attendance,
    Comment,
    Concept,
    ConceptSection,
    ConceptTemplate,
    Consent,
    District,
    Outbox,
    ProgrammePhase,
    Relationship,
    Workshop,
)
from lzz_desktop.domain.enums import (
    ActionStatus,
    ActorKind,
    AttendanceRole,
    AttendanceStatus,
    ConceptStatus,
    ConsentStatus,
    FederalState,
    ProtocolStatus,
    Sector,
    WorkshopFormat,
    WorkshopStatus,
)
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.workspace import Workspace

PILOT_DISTRICTS = {
    "Landkreis Coburg": (FederalState.BAYERN, "09473000"),
    "Landkreis Goslar": (FederalState.NIEDERSACHSEN, "03153000"),
    "Landkreis Harz": (FederalState.SACHSEN_ANHALT, "15085000"),
    "Landkreis Ludwigslust-Parchim": (FederalState.MECKLENBURG_VORPOMMERN, "13076000"),
    "Landkreis Prignitz": (FederalState.BRANDENBURG, "12070000"),
    "Vogtlandkreis": (FederalState.SACHSEN, "14523000"),
}
REQUIRED_NAMES = ("Şükrü Yılmaz", "Олена Коваленко", "أحمد الحسن")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """One seeded workspace shared by the read-only tests of this module (seeding is the slow part)."""
    workspace = Workspace.open(tmp_path_factory.mktemp("demo") / "ws", author="Test")
    assert seed_demo(workspace) is True
    yield workspace
    workspace.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "ws", author="Test")
    yield workspace
    workspace.close()


def _counts(workspace: Workspace) -> dict[str, int]:
    with workspace.session() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[attr-defined]
            for model in SYNCED_MODELS
        }


def _districts(workspace: Workspace) -> dict[str, str]:
    with workspace.session() as session:
        return {d.name: d.id for d in session.scalars(select(District))}


def test_seeds_once_and_only_once(fresh: Workspace) -> None:
    assert seed_demo(fresh) is True
    before = _counts(fresh)
    assert seed_demo(fresh) is False
    assert _counts(fresh) == before
    assert before["districts"] == 6


def test_does_nothing_when_only_a_deleted_district_exists(fresh: Workspace) -> None:
    district_id = fresh.districts.create(DistrictData(name="Landkreis Test", state=FederalState.HESSEN))
    fresh.districts.delete(district_id)
    before = _counts(fresh)
    assert seed_demo(fresh) is False
    assert _counts(fresh) == before


def test_content_is_reproducible(seeded: Workspace, fresh: Workspace) -> None:
    seed_demo(fresh)

    def snapshot(workspace: Workspace) -> list[str]:
        with workspace.session() as session:
            actors = session.execute(
                select(District.name, Actor.name, Actor.role, Actor.email, Actor.attitude).join(
                    District, District.id == Actor.district_id
                )
            )
            workshops = session.execute(select(Workshop.title, Workshop.starts_at, Workshop.venue))
            sections = session.scalars(select(ConceptSection.content))
            return sorted([*map(str, actors), *map(str, workshops), *sections])

    assert snapshot(fresh) == snapshot(seeded)


def test_the_six_pilot_districts(seeded: Workspace) -> None:
    with seeded.session() as session:
        districts = session.scalars(select(District)).all()
        phases = {p.name: p for p in session.scalars(select(ProgrammePhase))}
        assert {d.name: (d.state, d.ags) for d in districts} == PILOT_DISTRICTS
        assert {(p.name, p.start_year, p.end_year) for p in phases.values()} == {
            ("Pilotphase", 2018, 2019),
            ("Programmphase 2020–2022", 2020, 2022),
            ("Programmphase 2023–2024", 2023, 2024),
        }
        for district in districts:
            assert district.phase_id == phases["Pilotphase"].id
            assert district.process_start is not None and district.process_start.year == 2018
            assert district.process_end is not None and district.process_end.year == 2019
            assert district.notes
            assert district.deleted_at is None


def test_actors_cover_every_sector(seeded: Workspace) -> None:
    with seeded.session() as session:
        for name, district_id in _districts(seeded).items():
            actors = session.scalars(select(Actor).where(Actor.district_id == district_id)).all()
            assert 30 <= len(actors) <= 45, name
            assert {a.sector for a in actors} == set(Sector), name
            assert {ActorKind.PERSON, ActorKind.ORGANISATION} <= {a.kind for a in actors}
            by_id = {a.id: a for a in actors}
            members = [a for a in actors if a.organisation_id]
            assert members, name
            for person in members:
                assert person.kind == ActorKind.PERSON
                assert by_id[str(person.organisation_id)].kind != ActorKind.PERSON
            for actor in actors:
                assert 0 <= actor.influence <= 4 and 0 <= actor.interest <= 4
                assert -2 <= actor.attitude <= 2
        assert len(
            {a.name for a in session.scalars(select(Actor).where(Actor.kind == ActorKind.PERSON))}
        ) == (session.scalar(select(func.count()).select_from(Actor).where(Actor.kind == ActorKind.PERSON)))


def test_the_three_names_are_present_and_attend_an_approved_workshop(seeded: Workspace) -> None:
    with seeded.session() as session:
        for name in REQUIRED_NAMES:
            actor = session.scalars(select(Actor).where(Actor.name == name)).one()
            approved = session.scalars(
                select(Workshop)
                .join(Attendance, Attendance.workshop_id == Workshop.id)
                .where(
                    Attendance.actor_id == actor.id,
                    Attendance.status == AttendanceStatus.PRESENT,
                    Workshop.protocol_status == ProtocolStatus.APPROVED,
                )
            ).all()
            assert approved, name


def test_contact_data_only_with_given_consent(seeded: Workspace) -> None:
    with seeded.session() as session:
        persons = session.scalars(select(Actor).where(Actor.kind == ActorKind.PERSON)).all()
        consents = {c.actor_id: c for c in session.scalars(select(Consent))}
        assert set(consents) == {p.id for p in persons}
        statuses = Counter(c.status for c in consents.values())
        assert statuses[ConsentStatus.WITHDRAWN] == 6
        assert statuses[ConsentStatus.GIVEN] > statuses[ConsentStatus.NONE] > 0
        for person in persons:
            consent = consents[person.id]
            assert consent.district_id == person.district_id
            if consent.status == ConsentStatus.GIVEN:
                assert person.email
                assert consent.given_on is not None and consent.method == "schriftlich" and consent.scope
            else:
                assert (person.email, person.phone, person.address) == ("", "", ""), person.name
            if consent.status == ConsentStatus.WITHDRAWN:
                assert consent.withdrawn_on is not None and consent.given_on is not None
                assert consent.withdrawn_on > consent.given_on


def test_relationships_without_self_loops_or_duplicates(seeded: Workspace) -> None:
    with seeded.session() as session:
        for name, district_id in _districts(seeded).items():
            actor_ids = set(session.scalars(select(Actor.id).where(Actor.district_id == district_id)))
            rels = session.scalars(select(Relationship).where(Relationship.district_id == district_id)).all()
            assert 40 <= len(rels) <= 80, name
            keys = [(r.source_id, r.target_id, r.kind) for r in rels]
            assert len(set(keys)) == len(keys), name
            for r in rels:
                assert r.source_id != r.target_id
                assert {r.source_id, r.target_id} <= actor_ids
                assert 1 <= r.strength <= 3
            assert any(r.directed for r in rels) and not all(r.directed for r in rels)
            assert len({r.kind for r in rels}) == 5, name


def test_workshops_and_what_they_produce(seeded: Workspace) -> None:
    with seeded.session() as session:
        for name, district_id in _districts(seeded).items():
            workshops = session.scalars(
                select(Workshop).where(Workshop.district_id == district_id).order_by(Workshop.starts_at)
            ).all()
            assert 2 <= len(workshops) <= 4, name
            assert workshops[0].format == WorkshopFormat.KICKOFF
            assert len({w.format for w in workshops}) == len(workshops)
            assert [w.status for w in workshops].count(WorkshopStatus.PLANNED) == 1
            assert any(w.protocol_status == ProtocolStatus.APPROVED for w in workshops), name
            statuses: set[ActionStatus] = set()
            for w in workshops:
                assert w.starts_at.tzinfo is not None and w.ends_at is not None
                assert dt.datetime(2018, 1, 1, tzinfo=dt.UTC) < w.starts_at < w.ends_at
                assert w.ends_at < dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
                assert w.venue and w.moderation and w.minute_taker and w.goals
                if w.protocol_status == ProtocolStatus.APPROVED:
                    assert w.status == WorkshopStatus.HELD
                    assert w.protocol_approved_on and w.protocol_approved_by
                agenda = session.scalars(select(AgendaItem).where(AgendaItem.workshop_id == w.id)).all()
                assert 4 <= len(agenda) <= 8
                assert sorted(a.position for a in agenda) == list(range(len(agenda)))
                attendance = session.scalars(select(Attendance).where(Attendance.workshop_id == w.id)).all()
                assert 8 <= len(attendance) <= 20
                roles = Counter(a.role for a in attendance)
                assert roles[AttendanceRole.MODERATION] == 1 and roles[AttendanceRole.MINUTES] == 1
                assert any(a.guest_name and a.actor_id is None for a in attendance)
                actor_rows = [a for a in attendance if a.actor_id]
                assert len({a.actor_id for a in actor_rows}) == len(actor_rows)
                for a in actor_rows:
                    assert session.get(Actor, a.actor_id).kind == ActorKind.PERSON  # type: ignore[union-attr]
                agreements = session.scalar(
                    select(func.count()).select_from(Agreement).where(Agreement.workshop_id == w.id)
                )
                actions = session.scalars(select(ActionItem).where(ActionItem.workshop_id == w.id)).all()
                if w.status == WorkshopStatus.HELD:
                    assert {a.status for a in attendance} <= {
                        AttendanceStatus.PRESENT,
                        AttendanceStatus.EXCUSED,
                    }
                    assert 1 <= (agreements or 0) <= 3
                    assert 2 <= len(actions) <= 5
                    for item in actions:
                        assert item.responsible_actor_id or item.responsible_text
                        assert item.due_on is not None and item.due_on > w.starts_at.date()
                    statuses |= {a.status for a in actions}
                else:
                    assert {a.status for a in attendance} == {AttendanceStatus.INVITED}
            assert {ActionStatus.OPEN, ActionStatus.DONE} <= statuses, name


def test_concepts_with_sections_and_comments(seeded: Workspace) -> None:
    template = seeded.templates.get("integrationskonzept-landkreis", 1)
    assert template is not None
    keys = [section.key for section in template.sections]
    with seeded.session() as session:
        concepts = session.scalars(select(Concept)).all()
        assert len(concepts) == 6
        assert Counter(c.status for c in concepts) == {ConceptStatus.DRAFT: 5, ConceptStatus.IN_REVIEW: 1}
        titles = {c.title for c in concepts}
        assert "Integrationskonzept Landkreis Goslar" in titles
        for concept in concepts:
            assert concept.template_key == "integrationskonzept-landkreis" and concept.template_version == 1
            sections = session.scalars(
                select(ConceptSection)
                .where(ConceptSection.concept_id == concept.id)
                .order_by(ConceptSection.position)
            ).all()
            assert [s.key for s in sections] == keys
            assert [s.position for s in sections] == list(range(len(keys)))
            assert sections[0].title == "Ausgangslage und Bestandsaufnahme"
            filled = [s for s in sections if s.content.strip()]
            assert 3 <= len(filled) < len(keys)
            comments = session.scalars(select(Comment).where(Comment.concept_id == concept.id)).all()
            assert 2 <= len(comments) <= 4
            assert all(c.author and c.body and c.district_id == concept.district_id for c in comments)
        assert any(s.content == "" for s in session.scalars(select(ConceptSection)))
        assert {c.resolved for c in session.scalars(select(Comment))} == {True, False}
        assert session.scalar(select(ConceptTemplate.key)) == "integrationskonzept-landkreis"


def test_concepts_are_partly_filled_with_measures_and_two_versions(seeded: Workspace) -> None:
    for district_id in _districts(seeded).values():
        view = seeded.concepts.load_for_district(district_id)
        assert view is not None and not view.read_only
        assert 0.25 < view.completeness.ratio < 1.0, "partly filled"
        measures = [row for s in view.sections for row in s.data.get("massnahmen", [])]
        assert len(measures) >= 3 and all(m["measure"] and m["responsible"] for m in measures)
        assert [v.name for v in sorted(view.versions, key=lambda v: v.number)] == [
            "Erster Entwurf",
            "Stand für die Steuerungsgruppe",
        ]
        first, second = sorted(view.versions, key=lambda v: v.number)
        assert first.created_at < second.created_at
        changed = [d.key for d in seeded.concepts.compare(view.id, first.id, second.id) if d.change != "same"]
        assert "leitbild" in changed
        assert seeded.concepts.compare(view.id, second.id, None)[0].change == "same"


def test_rows_stay_out_of_the_outbox(seeded: Workspace) -> None:
    with seeded.session() as session:
        assert session.scalar(select(func.count()).select_from(Outbox)) == 0
        assert session.scalar(select(func.count()).select_from(Actor).where(Actor.version.is_not(None))) == 0


def test_every_district_scoped_row_belongs_to_a_seeded_district(seeded: Workspace) -> None:
    district_ids = set(_districts(seeded).values())
    with seeded.session() as session:
        for model in (Actor, Consent, Relationship, Workshop, AgendaItem, Attendance, Agreement, ActionItem):
            assert set(session.scalars(select(model.district_id).distinct())) == district_ids, model


def test_every_held_demo_workshop_has_a_flip_chart_photo_in_the_store(seeded: Workspace) -> None:
    from PIL import Image

    from lzz_desktop.domain import Attachment

    with seeded.session() as session:
        for name, district_id in _districts(seeded).items():
            held = session.scalars(
                select(Workshop).where(
                    Workshop.district_id == district_id, Workshop.status == WorkshopStatus.HELD
                )
            ).all()
            assert held, name
            for w in held:
                photos = session.scalars(select(Attachment).where(Attachment.workshop_id == w.id)).all()
                assert len(photos) == 1, w.title
                photo = photos[0]
                assert photo.mime_type == "image/jpeg" and photo.caption.startswith("Flipchart: ")
                data = seeded.attachments.read(photo.sha256)
                assert len(data) == photo.size
                with Image.open(io.BytesIO(data)) as image:
                    assert image.size == (800, 600)
                assert seeded.attachments.thumbnail(photo.sha256) is not None
