"""Seeds a workspace with the six pilot districts of the programme, for the first start of the app.

All content comes from the ``content*`` modules; this module only turns it into rows. One
``random.Random(2018)`` drives every choice, so the content is the same on every machine (only the
uuid7 ids differ).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select

from lzz_desktop.demo.content import DISTRICTS, PHASES, PILOT_PHASE, DistrictSpec
from lzz_desktop.demo.seed_actors import ActorSeeder
from lzz_desktop.demo.seed_base import DistrictState
from lzz_desktop.demo.seed_concepts import ConceptSeeder
from lzz_desktop.demo.seed_snapshots import SnapshotSeeder
from lzz_desktop.demo.seed_workshops import WorkshopSeeder
from lzz_desktop.domain import Base, District, ProgrammePhase, SyncMixin
from lzz_desktop.domain.enums import CONSULTANCIES, EventKind
from lzz_desktop.services.outbox import SUPPRESS_KEY
from lzz_desktop.services.workspace import Workspace

SEED = 2018


def seed_demo(workspace: Workspace) -> bool:
    """Fill ``workspace`` with the demo districts unless it holds any district at all (the recycle
    bin included). Returns whether it seeded."""
    with workspace.transaction() as session:
        # Demo content is not a user edit: it must never reach the sync outbox.
        session.info[SUPPRESS_KEY] = True
        if session.scalar(select(District.id).limit(1)) is not None:
            return False
        seeder = _Seeder(session, random.Random(SEED))
        seeder.attachments = workspace.attachments
        seeder.run()
    return True


@dataclass(frozen=True)
class EventSpec:
    kind: EventKind
    title: str
    starts_on: dt.date
    ends_on: dt.date | None
    whole_phase: bool
    venue: str = ""
    host: str = ""
    country: str = ""
    topics: str = ""
    agenda: str = ""
    results: str = ""
    learnings: tuple[tuple[str, str], ...] = ()


DEMO_EVENTS = (
    EventSpec(
        EventKind.FORUM,
        "Forum Integration in ländlichen Räumen",
        dt.date(2018, 11, 14),
        None,
        True,
        venue="Berlin",
        topics="Start der Pilotphase; Erwartungen der Landkreise",
        agenda="Begrüßung durch das Programmbüro\nVorstellung der Landkreise\nAustausch in Kleingruppen",
        results="Die Landkreise vereinbaren einen halbjährlichen Austausch.",
    ),
    EventSpec(
        EventKind.LEARNING_JOURNEY,
        "Lernreise Ehrenamt und Ankommen",
        dt.date(2019, 5, 8),
        dt.date(2019, 5, 9),
        False,
        host="Altena",
        country="Deutschland",
        topics="Ehrenamtliche Begleitung; Wohnen im Ortskern",
        results="Die Teilnehmenden besichtigen das Stellwerk und sprechen mit Ehrenamtlichen.",
        learnings=(
            (
                "Ehrenamtliche Integrationslotsen",
                "Eine feste Ansprechperson je Familie in den ersten Monaten.",
            ),
            (
                "Leerstand als Chance",
                "Leere Wohnungen im Ortskern werden gezielt an Zugewanderte vermittelt.",
            ),
        ),
    ),
    EventSpec(
        EventKind.CONFERENCE,
        "Abschlusskonferenz der Pilotphase",
        dt.date(2019, 11, 27),
        None,
        True,
        venue="Berlin",
        topics="Ergebnisse der Landkreise; Übertragbarkeit",
        agenda="Berichte der Landkreise\nPodium mit Politik und Verwaltung\nAusblick",
    ),
)


class _Seeder(ActorSeeder, SnapshotSeeder, WorkshopSeeder, ConceptSeeder):
    """Builds every row in memory, district by district, then writes them all at once."""

    def run(self) -> None:
        pilot_id = self.phases()
        states = []
        for spec in DISTRICTS:
            d = self.district(spec, pilot_id)
            states.append(d)
            self.organisations(d)
            self.persons(d)
            self.consents(d)
            self.relationships(d)
            self.snapshots(d)
            self.concept(d)
            self.comments(d)
            self.workshops(d)
            self.milestones(d)
        self.events(pilot_id, states)
        self.write()

    # --- the district's year ---------------------------------------------------------------
    def milestones(self, d: DistrictState) -> None:
        """What the consultants noted by hand: the stock-taking finished and the first thematic
        workshop (the kick-off and a decision come from the data themselves)."""
        from lzz_desktop.domain import Milestone, Workshop
        from lzz_desktop.domain.enums import WorkshopFormat, WorkshopStatus

        start = d.row.process_start
        if start is None:
            return
        held = sorted(
            w.starts_at.date()
            for w in self.pending
            if isinstance(w, Workshop)
            and w.district_id == d.row.id
            and w.status is WorkshopStatus.HELD
            and w.format is WorkshopFormat.THEMATIC
        )
        reached = {"Bestandsaufnahme": start + dt.timedelta(days=100)}
        if held:
            reached["Fachworkshops"] = held[0]
        for stage, on in reached.items():
            self.add(Milestone(district_id=d.row.id, stage=stage, actual_on=on, note=""))

    # --- programme events across districts ----------------------------------------------
    def events(self, phase_id: str, districts: list[DistrictState]) -> None:
        """The pilot phase's Forum meetings, a Lernreise with what was learned, and its conference."""
        from lzz_desktop.domain import EventLearning, EventParticipant, ProgrammeEvent
        from lzz_desktop.domain.events import audience_value

        everyone = audience_value([d.row.id for d in districts])
        for spec in DEMO_EVENTS:
            audience = everyone if spec.whole_phase else audience_value([d.row.id for d in districts[:3]])
            event = self.add(
                ProgrammeEvent(
                    kind=spec.kind,
                    title=spec.title,
                    starts_on=spec.starts_on,
                    ends_on=spec.ends_on,
                    phase_id=phase_id,
                    district_ids=audience,
                    venue=spec.venue,
                    host_municipality=spec.host,
                    host_country=spec.country,
                    topics=spec.topics,
                    agenda=spec.agenda,
                    results=spec.results,
                )
            )
            for position, d in enumerate(districts if spec.whole_phase else districts[:3]):
                coordinator = d.actors.get("integration_officer") or next(iter(d.actors.values()), None)
                self.add(
                    EventParticipant(
                        event_id=event.id,
                        name=coordinator.name if coordinator is not None else d.spec.authority,
                        organisation=d.spec.authority,
                        from_district_id=d.row.id,
                        position=position,
                    )
                )
            for position, (title, text) in enumerate(spec.learnings):
                learning = self.add(
                    EventLearning(event_id=event.id, title=title, text=text, position=position)
                )
                if position == 0:
                    self.use_learning(learning.id, districts[0])

    def use_learning(self, learning_id: str, d: DistrictState) -> None:
        """The first district took the Lernreise's first learning into its concept's section on
        participation and volunteering."""
        from lzz_desktop.domain import ConceptSection, LearningLink

        sections = [r for r in self.pending if isinstance(r, ConceptSection) and r.district_id == d.row.id]
        chosen = next((r for r in sections if "Ehrenamt" in r.title), sections[0] if sections else None)
        if chosen is not None:
            self.add(
                LearningLink(district_id=d.row.id, learning_id=learning_id, concept_section_id=chosen.id)
            )

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
                # Which consultancy accompanies which demo district is made up, shared half and half.
                consultancy=CONSULTANCIES[DISTRICTS.index(spec) % len(CONSULTANCIES)],
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
