"""Programme events across districts (issue 15, point 3) and the district's year as stages with
milestones (point 2), on the service level: several districts per event, participants with their
district, learnings linked into a concept with their origin, plan against actual with the actual
date derived from the data."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest

from lzz_desktop.domain.enums import (
    DEFAULT_STAGES,
    ConceptStatus,
    EventKind,
    FederalState,
    WorkshopFormat,
    WorkshopStatus,
)
from lzz_desktop.domain.validation import ErrorCode, ValidationError
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.events import EventData, LearningData, ParticipantData
from lzz_desktop.services.phases import PhaseData
from lzz_desktop.services.workspace import Workspace
from tests.workshop_fixtures import workshop_data


def _districts(workspace: Workspace, *names: str) -> list[str]:
    return [workspace.districts.create(DistrictData(name=n, state=FederalState.HESSEN)) for n in names]


def test_a_lernreise_of_three_districts_with_participants_and_learnings(
    make_workspace: Callable[..., Workspace],
) -> None:
    workspace = make_workspace()
    a, b, c, d = _districts(
        workspace, "Landkreis Fulda", "Vogelsbergkreis", "Werra-Meißner-Kreis", "Kreis Kassel"
    )
    events = workspace.events
    data = EventData(
        EventKind.LEARNING_JOURNEY,
        "Lernreise Altena",
        dt.date(2023, 5, 11),
        dt.date(2023, 5, 12),
        district_ids=(a, b, c),
        host_municipality="Altena",
        host_country="Deutschland",
        topics="Ehrenamt; Wohnen",
    )
    event_id = events.create(
        data,
        [
            ParticipantData("Amina Yusuf", "Ausländerbehörde", a),
            ParticipantData("Jonas Weber", "Programmbüro"),
        ],
        [LearningData("Integrationslotsen im Ehrenamt", "Altena bildet Lotsinnen aus.")],
    )
    detail = events.get(event_id)
    assert set(detail.data.district_ids) == {a, b, c}
    assert [(p.name, p.district_id) for p in detail.participants] == [
        ("Amina Yusuf", a),
        ("Jonas Weber", None),
    ]
    assert [lr.title for lr in detail.learnings] == ["Integrationslotsen im Ehrenamt"]
    # Listed for each participating district, not for a fourth.
    assert [e.id for e in events.list(district_id=b)] == [event_id]
    assert events.list(district_id=d) == []
    assert events.list()[0].districts == ("Landkreis Fulda", "Vogelsbergkreis", "Werra-Meißner-Kreis")
    # An edit keeps the kept participant's row, drops the other, adds a new one.
    kept = detail.participants[0]
    events.update(event_id, data, [kept, ParticipantData("Lea Hoffmann", "Jobcenter", c)], None)
    again = events.get(event_id)
    assert [p.name for p in again.participants] == ["Amina Yusuf", "Lea Hoffmann"]
    assert again.participants[0].id == kept.id
    assert again.learnings == detail.learnings


def test_an_event_needs_a_title_districts_and_an_end_after_its_start(
    make_workspace: Callable[..., Workspace],
) -> None:
    workspace = make_workspace()
    bad = EventData(EventKind.FORUM, " ", dt.date(2024, 3, 2), dt.date(2024, 3, 1))
    with pytest.raises(ValidationError) as refused:
        workspace.events.create(bad)
    assert {(e.field, e.code) for e in refused.value.errors} == {
        ("title", ErrorCode.REQUIRED),
        ("district_ids", ErrorCode.REQUIRED),
        ("ends_on", ErrorCode.END_BEFORE_START),
    }
    assert workspace.events.list() == []
    good = EventData(EventKind.FORUM, "Forum", dt.date(2024, 3, 1), district_ids=("x",))
    with pytest.raises(ValidationError) as refused:
        workspace.events.create(good, [ParticipantData(" ")], [LearningData("")])
    assert {e.field for e in refused.value.errors} == {"participant_name", "learning_title"}


def test_a_learning_linked_into_a_concept_shows_its_origin(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace()
    a, b = _districts(workspace, "Landkreis Fulda", "Kreis Kassel")
    concept_id = workspace.concepts.create(a, "integrationskonzept-landkreis")
    section = workspace.concepts.load(concept_id).sections[0]
    events = workspace.events
    event_id = events.create(
        EventData(
            EventKind.LEARNING_JOURNEY,
            "Lernreise Schweden",
            dt.date(2023, 9, 4),
            district_ids=(a,),
            host_municipality="Malmö",
            host_country="Schweden",
        ),
        [],
        [LearningData("Sprachcafé in der Bibliothek", "Jeden Dienstag, offen für alle.")],
    )
    learning = events.learnings_for(a)[0]
    assert events.learnings_for(b) == []  # Kassel was not there
    link_id = events.link(learning.id, section.id)
    assert events.link(learning.id, section.id) == link_id  # once per section
    linked = events.linked(a)
    assert [(x.section_id, x.learning.title, x.learning.host) for x in linked] == [
        (section.id, "Sprachcafé in der Bibliothek", "Malmö, Schweden")
    ]
    assert linked[0].learning.event_title == "Lernreise Schweden"
    # A district that did not take part cannot use it.
    other = workspace.concepts.create(b, "integrationskonzept-landkreis")
    with pytest.raises(ValidationError):
        events.link(learning.id, workspace.concepts.load(other).sections[0].id)
    # Deleting the event takes its links along: no concept shows a learning of a deleted event.
    events.delete(event_id)
    assert events.linked(a) == []
    assert events.list() == []


def test_stages_plan_against_actual_derived_from_the_data(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace()
    district_id = workspace.districts.create(
        DistrictData(
            name="Landkreis Fulda",
            state=FederalState.HESSEN,
            process_start=dt.date(2024, 1, 1),
            process_end=dt.date(2024, 12, 31),
        )
    )
    milestones = workspace.milestones
    today = dt.date(2024, 7, 1)
    timeline = milestones.timeline(district_id, today)
    assert [s.stage for s in timeline.stages] == list(DEFAULT_STAGES)
    assert timeline.stages[0].planned_on == dt.date(2024, 1, 1)
    assert timeline.stages[-1].planned_on == dt.date(2024, 12, 31)
    assert timeline.reached == ""
    assert timeline.due(today) == "Konzeptentwurf"  # planned 1 July
    assert timeline.late == 3  # Auftakt, Bestandsaufnahme, Fachworkshops: planned, not reached

    # A kick-off held: the Auftakt is reached on its day, from the data.
    planned = dataclasses.replace(
        workshop_data("Auftaktworkshop", dt.datetime(2024, 1, 25, 9, tzinfo=dt.UTC)),
        format=WorkshopFormat.KICKOFF,
    )
    kickoff = workspace.workshops.create(district_id, planned, carry_over=False)
    assert milestones.timeline(district_id, today).stages[0].actual_on is None  # planned is not held
    workspace.workshops.update(kickoff, dataclasses.replace(planned, status=WorkshopStatus.HELD))
    first = milestones.timeline(district_id, today).stages[0]
    assert (first.actual_on, first.derived, first.late) == (dt.date(2024, 1, 25), True, False)
    # By hand: the Bestandsaufnahme reached, and a later plan for the Fachworkshops.
    milestones.set(district_id, "Bestandsaufnahme", None, dt.date(2024, 3, 15), "Akteurslandkarte fertig")
    milestones.set(district_id, "Fachworkshops", dt.date(2024, 9, 1), None)
    timeline = milestones.timeline(district_id, today)
    states = {s.stage: s for s in timeline.stages}
    assert states["Bestandsaufnahme"].actual_on == dt.date(2024, 3, 15)
    assert not states["Bestandsaufnahme"].derived
    assert states["Fachworkshops"].planned_by_hand and not states["Fachworkshops"].late
    assert timeline.reached == "Bestandsaufnahme"

    # The concept decided: the Kreistagsbeschluss is reached on the decision's day.
    concept_id = workspace.concepts.create(district_id, "integrationskonzept-landkreis")
    workspace.concepts.set_status(
        concept_id, ConceptStatus.ADOPTED, dt.date(2024, 11, 20), accept_missing=True
    )
    states = {s.stage: s for s in milestones.timeline(district_id, today).stages}
    assert states["Kreistagsbeschluss"].actual_on == dt.date(2024, 11, 20)
    assert states["Kreistagsbeschluss"].derived


def test_a_phase_changes_the_stages(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace()
    (district_id,) = _districts(workspace, "Landkreis Fulda")
    workspace.phases.create(
        PhaseData("Pilotphase", 2018, 2019, stages="Auftakt\nBestandsaufnahme\n\nKonzept\nAuftakt"),
        [district_id],
    )
    assert workspace.phases.list()[0].stages == "Auftakt\nBestandsaufnahme\nKonzept"
    stages = [s.stage for s in workspace.milestones.timeline(district_id).stages]
    assert stages == ["Auftakt", "Bestandsaufnahme", "Konzept"]
    # Without process dates nothing is planned, and nothing is late.
    assert all(s.planned_on is None and not s.late for s in workspace.milestones.timeline(district_id).stages)
