"""Seeds a workspace with the six pilot districts of the programme, for the first start of the app.

All content comes from the ``content*`` modules; this module only turns it into rows. One
``random.Random(2018)`` drives every choice, so the content is the same on every machine (only the
uuid7 ids differ).
"""

from __future__ import annotations

import random

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from lzz_desktop.demo import content_concepts as cc
from lzz_desktop.demo.content import DISTRICTS, PHASES, PILOT_PHASE, DistrictSpec
from lzz_desktop.demo.content_people import CONSULTANTS, PROGRAMME_OFFICE_STAFF
from lzz_desktop.demo.seed_actors import ActorSeeder
from lzz_desktop.demo.seed_base import DistrictState
from lzz_desktop.demo.seed_snapshots import SnapshotSeeder
from lzz_desktop.demo.seed_workshops import WorkshopSeeder
from lzz_desktop.domain import Base, Comment, Concept, ConceptSection, District, ProgrammePhase, SyncMixin
from lzz_desktop.domain.enums import ActorKind, ConceptStatus, Sector
from lzz_desktop.services.outbox import SUPPRESS_KEY
from lzz_desktop.services.workspace import Workspace

SEED = 2018
SECTOR_LABELS: dict[Sector, str] = {
    Sector.POLITICS: "Politik",
    Sector.ADMINISTRATION: "Verwaltung",
    Sector.CIVIL_SOCIETY: "Zivilgesellschaft",
    Sector.MIGRANTS: "Migrant:innen",
    Sector.BUSINESS: "Wirtschaft",
}


def seed_demo(workspace: Workspace) -> bool:
    """Fill ``workspace`` with the demo districts unless it holds any district at all (the recycle
    bin included). Returns whether it seeded."""
    with workspace.transaction() as session:
        # Demo content is not a user edit: it must never reach the sync outbox.
        session.info[SUPPRESS_KEY] = True
        if session.scalar(select(District.id).limit(1)) is not None:
            return False
        _Seeder(session, random.Random(SEED)).run()
    return True


class _Seeder(ActorSeeder, SnapshotSeeder, WorkshopSeeder):
    """Builds every row in memory, district by district, then writes them all at once."""

    def run(self) -> None:
        pilot_id = self.phases()
        for spec in DISTRICTS:
            d = self.district(spec, pilot_id)
            self.organisations(d)
            self.persons(d)
            self.consents(d)
            self.relationships(d)
            self.snapshots(d)
            self.concept(d)
            self.comments(d)
            self.workshops(d)
        self.write()

    def write(self) -> None:
        """Insert table by table in foreign-key order: the models declare no ORM relationships,
        so one flush would not know that a workshop must be written before its agenda. Within a
        table the order of ``add`` holds, which puts organisations before their members."""
        by_table: dict[object, list[SyncMixin]] = {}
        for row in self.pending:
            by_table.setdefault(sa_inspect(row).mapper.local_table, []).append(row)
        for table in Base.metadata.sorted_tables:
            if table in by_table:
                self.session.add_all(by_table.pop(table))
                self.session.flush()
        assert not by_table, "rows of a table outside the metadata"
        self.pending.clear()

    # --- phases and districts ----------------------------------------------------------------
    def phases(self) -> str:
        """Creates the phases that are missing; returns the id of the pilot phase."""
        existing = {
            p.name: p.id
            for p in self.session.scalars(select(ProgrammePhase).where(ProgrammePhase.deleted_at.is_(None)))
        }
        for spec in PHASES:
            if spec.name not in existing:
                phase = self.add(
                    ProgrammePhase(
                        name=spec.name, start_year=spec.start_year, end_year=spec.end_year, notes=spec.notes
                    )
                )
                existing[spec.name] = phase.id
        return existing[PILOT_PHASE]

    def district(self, spec: DistrictSpec, phase_id: str) -> DistrictState:
        row = self.add(
            District(
                name=spec.name,
                state=spec.state,
                ags=spec.ags,
                phase_id=phase_id,
                process_start=spec.process_start,
                process_end=spec.process_end,
                notes=spec.note,
            )
        )
        fmt = {
            "kreis": spec.name,
            "short": spec.short,
            "genitive": spec.genitive,
            "authority": spec.authority,
            "seat": spec.seat.name,
            "ihk": spec.ihk,
            "hwk": spec.hwk,
            "vhs": spec.vhs,
            "arbeitsagentur": spec.arbeitsagentur,
            "schulamt": spec.schulamt,
            "focus": spec.focus,
            "motto": spec.motto,
            "consultancy": spec.consultancy,
            "destination": spec.learning_journey[0],
        }
        return DistrictState(
            spec=spec,
            row=row,
            fmt=fmt,
            home_town=self.rng.choice(spec.towns),
            office_address=self.address(spec.seat),
            office_phone=f"{spec.area_code} {self.rng.randint(60, 99)}",
        )

    # --- concept -------------------------------------------------------------------------------
    def concept(self, d: DistrictState) -> None:
        d.concept = self.add(
            Concept(
                district_id=d.row.id,
                title=f"Integrationskonzept {d.spec.name}",
                template_key=cc.TEMPLATE_KEY,
                template_version=cc.TEMPLATE_VERSION,
                status=ConceptStatus.IN_REVIEW if d.spec.in_review else ConceptStatus.DRAFT,
            )
        )
        self.sections(d)

    def section_text(self, d: DistrictState, key: str) -> str:
        if key in d.spec.empty_sections:
            return ""
        text = cc.CONCEPTS[d.spec.key]
        if key == "ausgangslage":
            return text.ausgangslage
        if key == "leitbild":
            return text.leitbild + "\n"
        if key == "handlungsfelder":
            parts = [f"Im Mittelpunkt der Prozessbegleitung steht das Handlungsfeld „{d.spec.focus}“.\n"]
            for number, f in enumerate(text.fields, start=1):
                measures = "\n".join(f"- {m}" for m in f.measures)
                parts.append(
                    f"## {number}. {f.title}\n\n**Ziel:** {f.goal}\n\n**Maßnahmen:**\n\n{measures}\n"
                )
            return "\n".join(parts)
        if key == "akteure":
            lines = [cc.AKTEURE_INTRO.format(**d.fmt)]
            for sector, label in SECTOR_LABELS.items():
                names = [
                    a.name for a in d.actors.values() if a.sector == sector and a.kind != ActorKind.PERSON
                ]
                lines.append(f"- **{label}:** {', '.join(names)}\n")
            return "".join(lines) + cc.AKTEURE_OUTRO + "\n"
        if key == "beteiligung":
            return text.beteiligung + "\n"
        if key == "umsetzung":
            return cc.UMSETZUNG.format(
                authority=d.spec.authority,
                first_measure=text.fields[0].measures[0],
                verstetigung=text.verstetigung,
            )
        indicators = "\n".join(f"- {i}" for i in text.indicators)
        return cc.MONITORING.format(indicators=indicators)

    def sections(self, d: DistrictState) -> None:
        assert d.concept is not None
        for position, (key, title) in enumerate(cc.SECTIONS):
            d.sections[key] = self.add(
                ConceptSection(
                    district_id=d.row.id,
                    concept_id=d.concept.id,
                    key=key,
                    title=title,
                    position=position,
                    content=self.section_text(d, key),
                )
            )

    def comments(self, d: DistrictState) -> None:
        assert d.concept is not None
        consultant = CONSULTANTS[d.spec.consultancy][0]
        authors = {
            "consultant": f"{consultant} ({d.spec.consultancy})",
            "office": f"{PROGRAMME_OFFICE_STAFF[0]} (Programmbüro)",
            "officer": d.officer.name,
        }
        eligible = [c for c in cc.COMMENTS if (not d.sections[c.section].content) == c.for_empty]
        for c in self.ordered_sample(eligible, self.rng.randint(2, min(4, len(eligible)))):
            self.add(
                Comment(
                    district_id=d.row.id,
                    concept_id=d.concept.id,
                    section_id=d.sections[c.section].id,
                    author=authors[c.author],
                    body=c.body,
                    resolved=c.resolved,
                )
            )
