"""Concept drafts of the demo districts, on the shipped template "Integrationskonzept Landkreis":
partly filled sections (measures tables in the fields of action), review comments and two saved
versions, the first an earlier, shorter state."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from typing import Any

from sqlalchemy import select

from lzz_desktop.concepts.templates import TemplateDef, TemplateRegistry
from lzz_desktop.concepts.upgrade import SectionState
from lzz_desktop.demo import content_concepts as cc
from lzz_desktop.demo.content_people import CONSULTANTS, PROGRAMME_OFFICE_STAFF
from lzz_desktop.demo.seed_base import DistrictState, SeederBase
from lzz_desktop.domain import Comment, Concept, ConceptSection, ConceptTemplate, ConceptVersion
from lzz_desktop.domain.enums import SECTOR_NAMES, ActorKind, ConceptStatus
from lzz_desktop.paths import resource
from lzz_desktop.services.concepts import Snapshot

SECTOR_LABELS = SECTOR_NAMES["de"]
# Which field of action of the template a district's own field belongs to, by words in it.
FIELD_WORDS: tuple[tuple[str, str], ...] = (
    ("ausbildung-arbeit", r"ausbild|arbeit|betrieb|fachkr|beruf|studier|absolvent|unternehm"),
    ("wohnen-mobilitaet", r"wohn|mobil|bus|verkehr|ankommen|bleiben"),
    ("sprache-bildung", r"sprach|bildung|schul|kita|deutsch"),
    ("gesundheit-beratung", r"gesund|beratung|ärzt|pflege"),
    ("interkulturelle-oeffnung", r"verwaltung|öffnung|behörde|willkommenskultur"),
    ("teilhabe-ehrenamt", r"."),
)
STATUSES = ("in Umsetzung", "geplant", "geplant", "Idee")


def field_of_action(title: str, goal: str) -> str:
    text = f"{title} {goal}".lower()
    return next(key for key, words in FIELD_WORDS if re.search(words, text))


class ConceptSeeder(SeederBase):
    _template: TemplateDef | None = None

    @property
    def template(self) -> TemplateDef:
        if self._template is None:
            template = TemplateRegistry.load([resource("templates")]).get(
                cc.TEMPLATE_KEY, cc.TEMPLATE_VERSION
            )
            assert template is not None, "the shipped concept template is missing"
            self._template = template
            if (
                self.session.scalar(select(ConceptTemplate.id).where(ConceptTemplate.key == template.key))
                is None
            ):
                self.add(
                    ConceptTemplate(
                        key=template.key,
                        template_version=template.version,
                        title=template.title,
                        definition=template.to_json(),
                    )
                )
        return self._template

    def concept(self, d: DistrictState) -> None:
        template = self.template
        d.concept = self.add(
            Concept(
                district_id=d.row.id,
                title=f"Integrationskonzept {d.spec.name}",
                template_key=template.key,
                template_version=template.version,
                status=ConceptStatus.IN_REVIEW if d.spec.in_review else ConceptStatus.DRAFT,
            )
        )
        states = self.section_states(d)
        for state in states:
            d.sections[state.key] = self.add(
                ConceptSection(
                    district_id=d.row.id,
                    concept_id=d.concept.id,
                    key=state.key,
                    title=state.title,
                    position=state.position,
                    content=state.content,
                    data=json.dumps(state.data, ensure_ascii=False, sort_keys=True),
                )
            )
        self.versions(d, states)

    def section_states(self, d: DistrictState) -> list[SectionState]:
        text = cc.CONCEPTS[d.spec.key]
        content: dict[str, str] = {}
        data: dict[str, dict[str, Any]] = {}
        organisations = [a.name for a in d.actors.values() if a.kind != ActorKind.PERSON]
        content["ausgangslage"] = text.ausgangslage
        content["leitbild"] = text.leitbild + "\n"
        content["handlungsfelder"] = (
            f"Im Mittelpunkt der Prozessbegleitung steht das Handlungsfeld „{d.spec.focus}“. Ziele und "
            "Maßnahmen stehen bei den einzelnen Handlungsfeldern.\n"
        )
        for number, f in enumerate(text.fields):
            key = field_of_action(f.title, f.goal)
            section_title = self.template.section(key).title  # type: ignore[union-attr]
            fields = data.setdefault(key, {"ziele": [], "massnahmen": []})
            fields["ziele"].append(f.goal)
            year = 2019 + number % 2
            for i, measure in enumerate(f.measures):
                fields["massnahmen"].append(
                    {
                        "field_of_action": section_title,
                        "goal": f.goal,
                        "measure": measure,
                        "responsible": self.rng.choice(organisations),
                        "start": f"{year}-{1 + 3 * i:02d}-01",
                        "end": f"{year + 1}-12-31",
                        "status": STATUSES[(number + i) % len(STATUSES)],
                    }
                )
            content[key] = content.get(key, "") + f"**{f.title}:** {f.goal}\n\n"
        lines = [cc.AKTEURE_INTRO.format(**d.fmt)]
        for sector, label in SECTOR_LABELS.items():
            names = [a.name for a in d.actors.values() if a.sector == sector and a.kind != ActorKind.PERSON]
            lines.append(f"- **{label}:** {', '.join(names)}\n")
        content["akteure"] = "".join(lines) + cc.AKTEURE_OUTRO + "\n"
        data["akteure"] = {
            "beteiligte": [a.id for a in d.actors.values() if a.kind != ActorKind.PERSON][:12],
        }
        content["beteiligung"] = text.beteiligung + "\n"
        content["umsetzung"] = cc.UMSETZUNG.format(
            authority=d.spec.authority,
            first_measure=text.fields[0].measures[0],
            verstetigung=text.verstetigung,
        )
        content["monitoring"] = cc.MONITORING.split("\n\n## Indikatoren")[0] + "\n"
        data["monitoring"] = {"indikatoren": list(text.indicators), "turnus": "jährlich"}
        states = []
        for position, section in enumerate(self.template.sections):
            empty = section.key in d.spec.empty_sections
            states.append(
                SectionState(
                    key=section.key,
                    title=section.title,
                    position=position,
                    content="" if empty else content.get(section.key, ""),
                    data={} if empty else data.get(section.key, {}),
                )
            )
        return states

    def versions(self, d: DistrictState, current: list[SectionState]) -> None:
        """ "Erster Entwurf" (the Leitbild one sentence long, one measure per field, no
        participation chapter yet) and the current state, for the steering group."""
        assert d.concept is not None
        earlier = []
        for state in current:
            content, data = state.content, state.data
            if state.key == "leitbild":
                content = content.split(". ")[0].rstrip(".") + ".\n"
            if state.key == "beteiligung":
                content = ""
            if "massnahmen" in data:
                data = {**data, "massnahmen": data["massnahmen"][:1]}
            earlier.append(dataclasses.replace(state, content=content, data=data))
        start = dt.datetime.combine(d.spec.process_start, dt.time(15), tzinfo=dt.UTC)
        for number, (name, states, days) in enumerate(
            (("Erster Entwurf", earlier, 200), ("Stand für die Steuerungsgruppe", current, 320)), start=1
        ):
            snapshot = Snapshot(
                d.concept.title, d.concept.template_key, d.concept.template_version, tuple(states)
            )
            version = self.add(
                ConceptVersion(
                    district_id=d.row.id,
                    concept_id=d.concept.id,
                    number=number,
                    name=name,
                    template_key=d.concept.template_key,
                    template_version=d.concept.template_version,
                    snapshot=snapshot.to_json(),
                )
            )
            version.created_at = version.updated_at = start + dt.timedelta(days=days)

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
