"""The concept service: create from a template, save sections, status, comments, versions,
restore, template upgrade, agreements, and the read-only mode for unknown template versions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from lzz_desktop.domain import AgendaItem, Agreement, Concept, ConceptTemplate, Outbox, Workshop
from lzz_desktop.domain.enums import ConceptStatus, FederalState, WorkshopFormat
from lzz_desktop.domain.validation import ErrorCode, ValidationError
from lzz_desktop.records.concepts import TemplateUnknownError
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.workspace import Workspace

V1 = {
    "key": "probe",
    "version": 1,
    "title": "Probe",
    "sections": [
        {"key": "lage", "title": "Lage", "text_required": True, "questions": ["Wie ist die Lage?"]},
        {"key": "vision", "title": "Vision"},
        {
            "key": "alt",
            "title": "Altes Kapitel",
            "fields": [{"key": "ziele", "type": "list", "label": "Ziele"}],
        },
    ],
}
V2 = {
    "key": "probe",
    "version": 2,
    "title": "Probe",
    "sections": [
        {"key": "lage", "title": "Lage und Zahlen", "text_required": True},
        {"key": "leitbild", "title": "Leitbild", "renamed_from": ["vision"]},
        {"key": "neu", "title": "Neues Kapitel"},
    ],
}


def _templates(ws: Workspace, *templates: dict[str, object]) -> None:
    folder = ws.data_dir / "templates"
    folder.mkdir(exist_ok=True)
    for t in templates:
        (folder / f"{t['key']}-{t['version']}.json").write_text(json.dumps(t), encoding="utf-8")
    ws._templates = None  # load again, as a restart would


def _district(ws: Workspace) -> str:
    return ws.districts.create(DistrictData(name="Landkreis Probe", state=FederalState.NIEDERSACHSEN))


def test_create_from_template_and_save_sections(workspace: Workspace) -> None:
    district_id = _district(workspace)
    concept_id = workspace.concepts.create(district_id, "integrationskonzept-landkreis")
    view = workspace.concepts.load(concept_id)
    assert view.title == "Integrationskonzept Landkreis – Landkreis Probe"
    assert [s.number for s in view.sections][:5] == ["1", "2", "3", "3.1", "3.2"]
    assert view.completeness.filled == 0
    first = view.sections[0]
    workspace.concepts.save_section(first.id, "## Lage\n\nViele **Zahlen**.", {"stichtag": "2019-03-31"})
    again = workspace.concepts.load(concept_id)
    assert again.sections[0].content == "## Lage\n\nViele **Zahlen**."
    assert again.sections[0].data == {"stichtag": "2019-03-31"}
    assert again.sections[0].completeness.percent == 100
    assert again.completeness.filled == 1
    with workspace.session() as session:
        entities = {o.entity for o in session.scalars(select(Outbox))}
        assert {"concept", "concept_section"} <= entities
        assert session.scalar(select(ConceptTemplate.key)) == "integrationskonzept-landkreis"


def test_fields_must_fit_the_template(workspace: Workspace) -> None:
    concept_id = workspace.concepts.create(_district(workspace), "integrationskonzept-landkreis")
    sections = workspace.concepts.load(concept_id).sections
    monitoring = next(s for s in sections if s.key == "monitoring")
    with pytest.raises(ValidationError) as info:
        workspace.concepts.save_section(
            monitoring.id, "", {"turnus": "stündlich", "erfunden": "x", "indikatoren": "kein Liste"}
        )
    assert {e.field for e in info.value.errors} == {"data.turnus", "data.erfunden", "data.indikatoren"}
    workspace.concepts.save_section(monitoring.id, "", {"turnus": "jährlich", "indikatoren": ["Quote"]})


def test_status_adopted_needs_the_decision_date(workspace: Workspace) -> None:
    concept_id = workspace.concepts.create(_district(workspace), "projektskizze")
    with pytest.raises(ValidationError) as info:
        workspace.concepts.set_status(concept_id, ConceptStatus.ADOPTED, None)
    assert info.value.codes_for("decided_on") == [ErrorCode.REQUIRED]
    workspace.concepts.set_status(
        concept_id, ConceptStatus.ADOPTED, dt.date(2019, 12, 5), accept_missing=True
    )
    view = workspace.concepts.load(concept_id)
    assert (view.status, view.decided_on) == (ConceptStatus.ADOPTED, dt.date(2019, 12, 5))


def test_comments_with_author_and_resolved(workspace: Workspace) -> None:
    concept_id = workspace.concepts.create(_district(workspace), "projektskizze")
    section = workspace.concepts.load(concept_id).sections[0]
    comment_id = workspace.concepts.add_comment(concept_id, section.id, "Bitte Zahlen belegen.")
    workspace.concepts.set_comment_resolved(comment_id, True)
    (comment,) = workspace.concepts.load(concept_id).comments
    assert (comment.author, comment.body, comment.resolved, comment.section_id) == (
        "Test",
        "Bitte Zahlen belegen.",
        True,
        section.id,
    )
    with pytest.raises(ValidationError):
        workspace.concepts.add_comment(concept_id, section.id, "   ")


def test_versions_compare_and_restore_as_new_version(workspace: Workspace) -> None:
    service = workspace.concepts
    concept_id = service.create(_district(workspace), "projektskizze")
    first = service.load(concept_id).sections[0]
    service.save_section(first.id, "Zu wenige Ausbildungsplätze.", {})
    assert service.save_version(concept_id, "Erster Entwurf") == 1
    service.save_section(first.id, "Zu wenige Ausbildungsplätze im Handwerk.", {})
    assert service.save_version(concept_id, "") == 2
    v1, v2 = sorted(service.versions(concept_id), key=lambda v: v.number)
    assert (v1.name, v2.name) == ("Erster Entwurf", "Version 2")
    diff = service.compare(concept_id, v1.id, v2.id)
    changed = next(d for d in diff if d.key == "herausforderung")
    assert [t.strip() for op, t in changed.segments if op == "insert"] == ["Ausbildungsplätze im Handwerk."]

    service.save_section(first.id, "Noch nicht als Version gespeichert.", {})
    number = service.restore_version(v1.id)
    view = service.load(concept_id)
    assert view.sections[0].content == "Zu wenige Ausbildungsplätze."
    names = [v.name for v in sorted(view.versions, key=lambda v: v.number)]
    assert names == [
        "Erster Entwurf",
        "Version 2",
        "Stand vor der Wiederherstellung",
        "Wiederhergestellt aus Version 1 „Erster Entwurf“",
    ]
    assert number == 4
    before = service.snapshot(concept_id, view.versions[1].id)
    assert before.sections[0].content == "Noch nicht als Version gespeichert."


def test_upgrade_adds_renames_archives_and_keeps_every_word(workspace: Workspace) -> None:
    _templates(workspace, V1)
    service = workspace.concepts
    concept_id = service.create(_district(workspace), "probe")
    by_key = {s.key: s for s in service.load(concept_id).sections}
    service.save_section(by_key["lage"].id, "Die Lage im Landkreis.", {})
    service.save_section(by_key["vision"].id, "Unsere Vision bleibt.", {})
    service.save_section(by_key["alt"].id, "Dieses Kapitel entfällt.", {"ziele": ["Ein Ziel"]})
    assert service.load(concept_id).upgrade_to is None

    _templates(workspace, V2)
    view = service.load(concept_id)
    assert view.upgrade_to == 2
    assert service.upgrade(concept_id) == 2
    view = service.load(concept_id)
    assert view.template_version == 2
    assert [(s.key, s.title, s.archived) for s in view.sections] == [
        ("lage", "Lage und Zahlen", False),
        ("leitbild", "Leitbild", False),
        ("neu", "Neues Kapitel", False),
        ("alt", "Altes Kapitel", True),
    ]
    text = " ".join(s.content + json.dumps(s.data, ensure_ascii=False) for s in view.sections)
    for word in ("Die Lage im Landkreis.", "Unsere Vision bleibt.", "Dieses Kapitel entfällt.", "Ein Ziel"):
        assert word in text
    assert view.sections[1].id == by_key["vision"].id, "the renamed section is the same row"
    (saved,) = view.versions
    assert saved.template_version == 1 and "Version 2" in saved.name
    # the archived section's content stays editable, its stored fields included
    service.save_section(view.sections[3].id, "Dieses Kapitel entfällt. Ergänzt.", {"ziele": ["Ein Ziel"]})


def test_unknown_template_version_is_read_only(workspace: Workspace) -> None:
    concept_id = workspace.concepts.create(_district(workspace), "projektskizze")
    with workspace.transaction() as session:
        concept = session.get(Concept, concept_id)
        assert concept is not None
        concept.template_version = 99
    view = workspace.concepts.load(concept_id)
    assert view.read_only and view.sections
    with pytest.raises(TemplateUnknownError) as info:
        workspace.concepts.save_section(view.sections[0].id, "neu", {})
    assert (info.value.key, info.value.version) == ("projektskizze", 99)


def test_agreement_linked_to_section_shows_its_origin(workspace: Workspace) -> None:
    district_id = _district(workspace)
    concept_id = workspace.concepts.create(district_id, "projektskizze")
    with workspace.transaction() as session:
        workshop = Workshop(
            district_id=district_id,
            title="Auftaktworkshop",
            format=WorkshopFormat.KICKOFF,
            starts_at=dt.datetime(2019, 3, 12, 9, tzinfo=dt.UTC),
        )
        session.add(workshop)
        session.flush()
        item = AgendaItem(district_id=district_id, workshop_id=workshop.id, position=1, title="Ausbildung")
        session.add(item)
        session.flush()
        agreement = Agreement(
            district_id=district_id,
            workshop_id=workshop.id,
            agenda_item_id=item.id,
            text="Mentoring starten.",
        )
        session.add(agreement)
        session.flush()
        agreement_id = agreement.id
    (available,) = workspace.concepts.agreements(district_id)
    assert available.section_id is None
    section = workspace.concepts.load(concept_id).sections[2]
    workspace.concepts.link_agreement(agreement_id, section.id)
    (origin,) = workspace.concepts.load(concept_id).sections[2].origins
    assert (origin.workshop_title, origin.agenda_position, origin.agenda_title, origin.text) == (
        "Auftaktworkshop",
        2,
        "Ausbildung",
        "Mentoring starten.",
    )
    workspace.concepts.link_agreement(agreement_id, None)
    assert workspace.concepts.load(concept_id).sections[2].origins == ()


def test_template_errors_in_the_data_folder_do_not_hide_the_shipped_ones(workspace: Workspace) -> None:
    folder = workspace.data_dir / "templates"
    folder.mkdir()
    (folder / "kaputt.json").write_text("{ nicht json", encoding="utf-8")
    workspace._templates = None
    registry = workspace.templates
    assert registry.latest("integrationskonzept-landkreis") is not None
    assert [e.file.name for e in registry.errors] == ["kaputt.json"]
    assert isinstance(registry.errors[0].file, Path)


def test_a_draft_missing_template_sections_gets_them_and_keeps_its_text(workspace: Workspace) -> None:
    from lzz_desktop.domain import ConceptSection

    district_id = _district(workspace)
    with workspace.transaction() as session:
        concept = Concept(
            district_id=district_id,
            title="Altes Konzept",
            template_key="integrationskonzept-landkreis",
            template_version=1,
        )
        session.add(concept)
        session.flush()
        for position, (key, text) in enumerate((("leitbild", "Unser Leitbild."), ("monitoring", "Messen."))):
            session.add(
                ConceptSection(
                    district_id=district_id,
                    concept_id=concept.id,
                    key=key,
                    title=key,
                    position=position,
                    content=text,
                )
            )
    view = workspace.concepts.load_for_district(district_id)
    assert view is not None
    template = workspace.templates.get("integrationskonzept-landkreis", 1)
    assert template is not None
    assert [s.key for s in view.sections] == [s.key for s in template.sections]
    by_key = {s.key: s for s in view.sections}
    assert by_key["leitbild"].content == "Unser Leitbild." and by_key["leitbild"].title == "Leitbild"
    assert by_key["monitoring"].content == "Messen."
    assert workspace.concepts.complete_sections(view.id) is False
