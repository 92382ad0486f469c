"""Everything the district page shows, read in one call so the UI can load it off the GUI thread."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from lzz_desktop.domain import Actor, AgendaItem, Concept, ConceptSection, Workshop
from lzz_desktop.domain.enums import ActorKind, ConceptStatus, Sector, WorkshopFormat, WorkshopStatus
from lzz_desktop.services.districts import DistrictCounts, DistrictData

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class WorkshopRow:
    id: str
    title: str
    format: WorkshopFormat
    starts_at: dt.datetime
    venue: str
    status: WorkshopStatus
    agenda_items: int


@dataclass(frozen=True)
class ActorRow:
    id: str
    name: str
    kind: ActorKind
    sector: Sector
    role: str
    organisation: str
    influence: int
    attitude: int


@dataclass(frozen=True)
class SectionRow:
    title: str
    words: int


@dataclass(frozen=True)
class DistrictPage:
    id: str
    data: DistrictData
    phase_name: str
    counts: DistrictCounts
    workshops: list[WorkshopRow] = field(default_factory=list)
    actors: list[ActorRow] = field(default_factory=list)
    concept_title: str = ""
    concept_status: ConceptStatus | None = None
    sections: list[SectionRow] = field(default_factory=list)


def load_district_page(workspace: Workspace, district_id: str) -> DistrictPage:
    service = workspace.districts
    data = service.get(district_id)
    counts = service.counts(district_id)
    phase_name = dict(service.phases()).get(data.phase_id or "", "")
    with workspace.session() as session:
        agenda_counts = (
            select(AgendaItem.workshop_id, func.count().label("n"))
            .where(AgendaItem.district_id == district_id, AgendaItem.deleted_at.is_(None))
            .group_by(AgendaItem.workshop_id)
            .subquery()
        )
        workshops = [
            WorkshopRow(w.id, w.title, w.format, w.starts_at, w.venue, w.status, int(n or 0))
            for w, n in session.execute(
                select(Workshop, agenda_counts.c.n)
                .outerjoin(agenda_counts, agenda_counts.c.workshop_id == Workshop.id)
                .where(Workshop.district_id == district_id, Workshop.deleted_at.is_(None))
                .order_by(Workshop.starts_at.desc())
            )
        ]
        organisation = aliased(Actor)
        actors = [
            ActorRow(a.id, a.name, a.kind, a.sector, a.role, org_name or "", a.influence, a.attitude)
            for a, org_name in session.execute(
                select(Actor, organisation.name)
                .outerjoin(organisation, organisation.id == Actor.organisation_id)
                .where(Actor.district_id == district_id, Actor.deleted_at.is_(None))
                .order_by(Actor.sector, Actor.name)
            )
        ]
        concept = session.scalars(
            select(Concept)
            .where(Concept.district_id == district_id, Concept.deleted_at.is_(None))
            .order_by(Concept.created_at)
            .limit(1)
        ).first()
        sections: list[SectionRow] = []
        if concept is not None:
            sections = [
                SectionRow(s.title, len(s.content.split()))
                for s in session.scalars(
                    select(ConceptSection)
                    .where(ConceptSection.concept_id == concept.id, ConceptSection.deleted_at.is_(None))
                    .order_by(ConceptSection.position)
                )
            ]
    return DistrictPage(
        id=district_id,
        data=data,
        phase_name=phase_name,
        counts=counts,
        workshops=workshops,
        actors=actors,
        concept_title=concept.title if concept else "",
        concept_status=concept.status if concept else None,
        sections=sections,
    )
