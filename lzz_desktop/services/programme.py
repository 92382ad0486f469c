"""What the programme office reports at the end of a phase (issue 15, the conference report): per
district of the phase its process, concept (status, fields of action with their goals and
measures), workshops and how its network of actors changed since the first snapshot — and across
the districts the fields of action chosen and the measures per field.

Persons never appear: the report names districts, workshops, fields of action, measures and
numbers; a measure's "responsible" (free text that may name a person) is left out."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lzz_desktop.domain.enums import ConceptStatus, EventKind, Sector, WorkshopFormat, WorkshopStatus
from lzz_desktop.records.districts import NotFoundError

if TYPE_CHECKING:
    from lzz_desktop.records.stakeholders import ActorInfo
    from lzz_desktop.services.milestones import Timeline
    from lzz_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class FieldOfAction:
    title: str
    goals: tuple[str, ...]
    measures: tuple[tuple[str, str], ...]  # (measure, status)


@dataclass(frozen=True)
class NetworkChange:
    since: dt.date | None  # the first snapshot's date; None without one
    actors_then: int
    actors_now: int
    relationships_then: int
    relationships_now: int
    by_sector_now: dict[Sector, int]
    # Where the actors stand on the sector map (no names): at the first snapshot and now.
    map_then: tuple[tuple[Sector, float, float], ...] = ()
    map_now: tuple[tuple[Sector, float, float], ...] = ()


@dataclass(frozen=True)
class DistrictChapter:
    id: str
    name: str
    process_start: dt.date | None
    process_end: dt.date | None
    concept_title: str
    concept_status: ConceptStatus | None
    decided_on: dt.date | None
    completeness: int  # percent
    fields: tuple[FieldOfAction, ...]
    held: tuple[tuple[dt.date, str, WorkshopFormat], ...]
    planned: int
    network: NetworkChange
    timeline: Timeline | None = None  # the district's year as stages, plan against actual
    # Learnings of programme events used in the concept: (learning, the event it came from).
    learnings: tuple[tuple[str, str], ...] = ()


@dataclass
class PhaseReport:
    name: str
    start_year: int
    end_year: int
    notes: str
    districts: list[DistrictChapter] = field(default_factory=list)
    # The phase's programme events: (date, kind, title, host, names of the districts taking part).
    events: list[tuple[dt.date, EventKind, str, str, tuple[str, ...]]] = field(default_factory=list)
    # Learnings of events used in the districts' concepts: (district, learning, event).
    learnings_used: list[tuple[str, str, str]] = field(default_factory=list)

    def fields_chosen(self) -> dict[str, list[str]]:
        """Field of action → the districts that chose it (with goals or measures), most chosen first."""
        chosen: dict[str, list[str]] = {}
        for district in self.districts:
            for f in district.fields:
                chosen.setdefault(f.title, []).append(district.name)
        return dict(sorted(chosen.items(), key=lambda kv: (-len(kv[1]), kv[0])))

    def measures_by_field(self) -> Counter[str]:
        counts: Counter[str] = Counter()
        for district in self.districts:
            for f in district.fields:
                counts[f.title] += len(f.measures)
        return counts


ConceptSummary = tuple[str, ConceptStatus | None, dt.date | None, int, tuple[FieldOfAction, ...]]


def _fields(workspace: Workspace, district_id: str) -> ConceptSummary:
    view = workspace.concepts.load_for_district(district_id)
    if view is None:
        return "", None, None, 0, ()
    fields = []
    for section in view.sections:
        if section.archived or "massnahmen" not in section.data:
            continue
        goals = tuple(str(g) for g in section.data.get("ziele") or [] if str(g).strip())
        measures = tuple(
            (str(m.get("measure") or ""), str(m.get("status") or ""))
            for m in section.data.get("massnahmen") or []
            if isinstance(m, dict) and str(m.get("measure") or "").strip()
        )
        if goals or measures:
            fields.append(FieldOfAction(section.title, goals, measures))
    return view.title, view.status, view.decided_on, view.completeness.percent, tuple(fields)


def _dots(actors: list[ActorInfo]) -> tuple[tuple[Sector, float, float], ...]:
    from lzz_desktop.records.layout import MAP_RADIUS, sector_layout

    spots = sector_layout(actors)
    return tuple(
        # y up, as printed (the scene's y points down)
        (a.sector, spots[a.id][0] / MAP_RADIUS, -spots[a.id][1] / MAP_RADIUS)
        for a in actors
        if a.id in spots
    )


def _network(workspace: Workspace, district_id: str, with_maps: bool = False) -> NetworkChange:
    """The network then and now in numbers; ``with_maps`` also places the actors for the report's
    small maps (the overview needs only the numbers, counted in the database)."""
    maps = workspace.stakeholder_maps
    snapshots = maps.snapshots(district_id)
    first = snapshots[0] if snapshots else None
    if with_maps:
        now = maps.load(district_id)
        then = maps.snapshot(first.id) if first else now
        counts = Counter(a.sector for a in now.actors)
        actors_now, relationships_now = len(now.actors), len(now.relationships)
        map_then, map_now = _dots(then.actors), _dots(now.actors)
    else:
        counts, relationships_now = _live_counts(workspace, district_id)
        actors_now = sum(counts.values())
        map_then = map_now = ()
    return NetworkChange(
        map_then=map_then,
        map_now=map_now,
        since=first.taken_on if first else None,
        actors_then=first.actors if first else actors_now,
        actors_now=actors_now,
        relationships_then=first.relationships if first else relationships_now,
        relationships_now=relationships_now,
        by_sector_now={s: counts.get(s, 0) for s in Sector},
    )


def _live_counts(workspace: Workspace, district_id: str) -> tuple[Counter[Sector], int]:
    """Live actors per sector, and live relationships between live actors (as the map shows them)."""
    from sqlalchemy import func, select
    from sqlalchemy.orm import aliased

    from lzz_desktop.domain import Actor, Relationship

    source, target = aliased(Actor), aliased(Actor)
    with workspace.session() as session:
        per_sector = session.execute(
            select(Actor.sector, func.count())
            .where(Actor.district_id == district_id, Actor.deleted_at.is_(None))
            .group_by(Actor.sector)
        ).all()
        relationships = session.scalar(
            select(func.count())
            .select_from(Relationship)
            .join(source, source.id == Relationship.source_id)
            .join(target, target.id == Relationship.target_id)
            .where(
                Relationship.district_id == district_id,
                Relationship.deleted_at.is_(None),
                source.deleted_at.is_(None),
                target.deleted_at.is_(None),
                source.district_id == district_id,
                target.district_id == district_id,
            )
        )
    return Counter({sector: count for sector, count in per_sector}), int(relationships or 0)


def phase_report(workspace: Workspace, phase_name: str) -> PhaseReport:
    """The report's content for the phase called ``phase_name`` (any case). Raises
    :class:`NotFoundError` naming the phases there are."""
    wanted = phase_name.strip().casefold()
    phases = workspace.phases.list()
    phase = next((p for p in phases if p.name.casefold() == wanted), None)
    if phase is None:
        raise NotFoundError(", ".join(p.name for p in phases))
    report = PhaseReport(phase.name, phase.start_year, phase.end_year, phase.notes)
    for district_id in phase.district_ids:
        data = workspace.districts.get(district_id)
        title, status, decided_on, completeness, fields = _fields(workspace, district_id)
        workshops = [w for w in workspace.workshops.list(district_id) if w.deleted_at is None]
        held = tuple(
            sorted(
                (w.starts_at.date(), w.title, w.format) for w in workshops if w.status is WorkshopStatus.HELD
            )
        )
        report.districts.append(
            DistrictChapter(
                id=district_id,
                name=data.name,
                process_start=data.process_start,
                process_end=data.process_end,
                concept_title=title,
                concept_status=status,
                decided_on=decided_on,
                completeness=completeness,
                fields=fields,
                held=held,
                planned=sum(1 for w in workshops if w.status is WorkshopStatus.PLANNED),
                network=_network(workspace, district_id, with_maps=True),
                timeline=workspace.milestones.timeline(district_id),
                learnings=tuple(
                    (linked.learning.title, linked.learning.event_title)
                    for linked in workspace.events.linked(district_id)
                ),
            )
        )
    report.districts.sort(key=lambda d: d.name)
    names = {d.id: d.name for d in report.districts}
    for event in reversed(workspace.events.list(phase_id=phase.id)):
        detail = workspace.events.get(event.id)
        host = ", ".join(p for p in (detail.data.host_municipality, detail.data.host_country) if p)
        report.events.append((event.starts_on, event.kind, event.title, host, event.districts))
    for district_id, name in sorted(names.items(), key=lambda kv: kv[1]):
        for linked in workspace.events.linked(district_id):
            report.learnings_used.append((name, linked.learning.title, linked.learning.event_title))
    return report


@dataclass(frozen=True)
class OverviewRow:
    """One district in the Programmübersicht."""

    id: str
    name: str
    phase: str
    consultancy: str
    process_start: dt.date | None
    process_end: dt.date | None
    held: int
    planned: int
    open_tasks: int
    overdue_tasks: int
    concept_status: ConceptStatus | None
    completeness: int
    actors_then: int
    actors_now: int
    stage_reached: str = ""  # the furthest stage reached ("" before the first)
    stage_due: str = ""  # the furthest stage the plan expects reached by today
    stages_late: int = 0  # stages planned before today and not reached
    stage_rank: int = -1  # the reached stage's place among the district's stages (for sorting)


def overview(workspace: Workspace, today: dt.date | None = None) -> list[OverviewRow]:
    """Every live district side by side (for the office, or anyone holding several districts)."""
    from sqlalchemy import select

    from lzz_desktop.domain import ActionItem
    from lzz_desktop.domain.enums import ActionStatus

    today = today or dt.date.today()
    rows = []
    for summary in workspace.districts.list():
        data = workspace.districts.get(summary.id)
        workshops = [w for w in workspace.workshops.list(summary.id) if w.deleted_at is None]
        with workspace.session() as session:
            tasks = session.execute(
                select(ActionItem.status, ActionItem.due_on).where(
                    ActionItem.district_id == summary.id, ActionItem.deleted_at.is_(None)
                )
            ).all()
        open_tasks = [due for status, due in tasks if status is not ActionStatus.DONE]
        _title, status, _decided, completeness, _fields_of_action = _fields(workspace, summary.id)
        network = _network(workspace, summary.id)
        timeline = workspace.milestones.timeline(summary.id, today)
        stage_names = [s.stage for s in timeline.stages]
        rows.append(
            OverviewRow(
                id=summary.id,
                name=summary.name,
                phase=summary.phase_name,
                consultancy=data.consultancy,
                process_start=data.process_start,
                process_end=data.process_end,
                held=sum(1 for w in workshops if w.status is WorkshopStatus.HELD),
                planned=sum(1 for w in workshops if w.status is WorkshopStatus.PLANNED),
                open_tasks=len(open_tasks),
                overdue_tasks=sum(1 for due in open_tasks if due is not None and due < today),
                concept_status=status,
                completeness=completeness if status is not None else 0,
                actors_then=network.actors_then,
                actors_now=network.actors_now,
                stage_reached=timeline.reached,
                stage_due=timeline.due(today),
                stages_late=timeline.late,
                stage_rank=stage_names.index(timeline.reached) if timeline.reached else -1,
            )
        )
    return rows
