"""Actors of a demo district: organisations, persons with their consents, relationships."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from lzz_desktop.demo.content import DISTRICTS, Town
from lzz_desktop.demo.content_actors import (
    EXTRA_NOTES,
    LANGUAGE_ALIASES,
    ORGANISATIONS,
    PERSON_NOTES,
    PERSONS,
    RELATIONSHIPS,
    OrgTemplate,
    PersonTemplate,
)
from lzz_desktop.demo.content_people import (
    CONSENT_SCOPE,
    GERMAN_FIRST_F,
    GERMAN_FIRST_M,
    GERMAN_LAST,
    LANGUAGE_LABELS,
    MIGRANT_NAMES,
    PersonName,
)
from lzz_desktop.demo.seed_base import DistrictState, SeederBase, clip, org_domain, slug
from lzz_desktop.domain import Actor, Consent, Relationship
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, RelationshipKind, Sector

MIN_ACTORS, MAX_ACTORS = 30, 45
MIN_RELATIONSHIPS, MAX_RELATIONSHIPS = 40, 80
# Units of the district authority share its mail domain.
AUTHORITY_UNITS: dict[str, str] = {
    "abh": "auslaenderbehoerde",
    "koord": "integration",
    "sozialamt": "sozialamt",
    "jugendamt": "jugendamt",
    "bildungsbuero": "bildungsbuero",
}


class ActorSeeder(SeederBase):
    """Organisations and persons of a district, consents and the relationships between them."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        super().__init__(session, rng)
        self.pools: dict[str, list[PersonName]] = {}
        for lang, names in MIGRANT_NAMES.items():
            pool = list(names)
            self.rng.shuffle(pool)
            self.pools[lang] = pool
        self.used_names: set[str] = {n.name for d in DISTRICTS for n, _ in d.fixed_names.values()}
        # Latin spelling of each person's name, for e-mail addresses; keyed by actor id.
        self.latin: dict[str, str] = {}
        # Office mail domains of persons who belong to no organisation actor (Landrat, mayor).
        self.mail_domain: dict[str, str] = {}

    def organisations(self, d: DistrictState) -> None:
        optional = [t for t in ORGANISATIONS if t.optional]
        chosen = {t.key for t in self.rng.sample(optional, self.rng.randint(1, 5))}
        # Keep the template order, so the map reads sector by sector.
        for template in ORGANISATIONS:
            if not template.optional or template.key in chosen:
                self.organisation(d, template)
        msos = [m for i, m in enumerate(d.spec.msos) if i < 2 or self.rng.random() < 0.6]
        for i, mso in enumerate(msos, start=1):
            template = OrgTemplate(
                key=f"mso_{i}",
                kind=ActorKind(mso.kind),
                sector=Sector.MIGRANTS,
                names=(mso.name,),
                role=mso.role,
                influence=2 if i == 1 else 1,
                attitude=2,
                interest=4,
                tags="Migrantenselbstorganisation,Beteiligung",
            )
            self.organisation(d, template)
        businesses = [b for i, b in enumerate(d.spec.businesses) if i < 2 or self.rng.random() < 0.6]
        for i, (name, town, line) in enumerate(businesses, start=1):
            template = OrgTemplate(
                key=f"business_{i}",
                kind=ActorKind.ORGANISATION,
                sector=Sector.BUSINESS,
                names=(name,),
                role=f"Betrieb ({line}) in {town.name}",
                influence=1,
                attitude=1,
                interest=3,
                tags=f"Fachkräfte,{line}",
            )
            self.organisation(d, template, town)

    def organisation(self, d: DistrictState, t: OrgTemplate, town: Town | None = None) -> None:
        home = t.key in ("gemeinde", "willkommen", "anwohner")
        town = town or (d.home_town if home else self.rng.choice(d.spec.towns))
        name = self.text(d, self.rng.choice(t.names), town)
        email = phone = address = ""
        if t.key in AUTHORITY_UNITS:
            email = f"{AUTHORITY_UNITS[t.key]}@{d.spec.domain}"
            phone = f"{d.office_phone}-{self.rng.randint(100, 899)}"
            address = d.office_address
        elif t.kind == ActorKind.ORGANISATION:
            email = f"info@{org_domain(name)}"
            phone = self.phone(d)
            if t.sector == Sector.POLITICS:  # the fractions have their offices in the same building
                address = d.office_address
            elif t.key not in ("ihk", "hwk", "agentur", "schulamt"):  # they sit outside the district
                address = self.address(town)
        elif self.rng.random() < 0.5:
            email = f"kontakt@{org_domain(name)}"
        actor = self.add(
            Actor(
                district_id=d.row.id,
                kind=t.kind,
                name=name,
                sector=t.sector,
                role=self.text(d, t.role, town),
                email=email,
                phone=phone,
                address=address,
                influence=self.jitter(t.influence, 0, 4) if t.jitter else t.influence,
                attitude=self.jitter(t.attitude, -2, 2) if t.jitter else t.attitude,
                interest=self.jitter(t.interest, 0, 4) if t.jitter else t.interest,
                tags=t.tags,
                notes=t.notes,
            )
        )
        d.actors[t.key] = actor

    def person_name(self, d: DistrictState, t: PersonTemplate) -> tuple[PersonName, str]:
        """A name and its language key, never the same person twice in the whole workspace."""
        if t.key in d.spec.fixed_names:
            return d.spec.fixed_names[t.key]
        lang = self.rng.choice(t.langs)
        if lang.startswith("mso_"):
            lang = self.mso_lang(d, lang) or "de"
        lang = LANGUAGE_ALIASES.get(lang, lang)
        pool = self.pools.get(lang, [])
        while pool:
            candidate = pool.pop()
            if candidate.name not in self.used_names:
                self.used_names.add(candidate.name)
                return candidate, lang
        while True:
            gender = self.rng.choice("fm")
            first = self.rng.choice(GERMAN_FIRST_F if gender == "f" else GERMAN_FIRST_M)
            name = f"{first} {self.rng.choice(GERMAN_LAST)}"
            if self.rng.random() < 0.04:
                name = f"Dr. {name}"
            if name not in self.used_names:
                self.used_names.add(name)
                return PersonName(name, gender), "de"

    def mso_lang(self, d: DistrictState, key: str | None) -> str | None:
        if key is None or not key.startswith("mso_"):
            return None
        index = int(key.removeprefix("mso_")) - 1
        return d.spec.msos[index].lang if index < len(d.spec.msos) else None

    def persons(self, d: DistrictState) -> None:
        def possible(t: PersonTemplate) -> bool:
            return t.org is None or t.org in d.actors

        optional = [t for t in PERSONS if t.optional and possible(t)]
        room = MAX_ACTORS - len(d.actors) - sum(1 for t in PERSONS if not t.optional)
        count = clip(self.rng.randint(1, 4), 0, min(room, len(optional)))
        chosen = {t.key for t in self.rng.sample(optional, count)}
        for t in PERSONS:
            if (not t.optional and possible(t)) or t.key in chosen:
                self.person(d, t)
        assert MIN_ACTORS <= len(d.actors) <= MAX_ACTORS, (d.spec.name, len(d.actors))
        self.assign_consents(d)

    def person(self, d: DistrictState, t: PersonTemplate) -> None:
        person, lang = self.person_name(d, t)
        organisation = d.actors.get(t.org) if t.org else None
        town = d.home_town if t.key == "buergermeister" else self.rng.choice(d.spec.towns)
        role = self.text(d, t.role_f if person.gender == "f" else t.role_m, town)
        notes = [t.notes or self.rng.choice(PERSON_NOTES)]
        if lang in LANGUAGE_LABELS and self.rng.random() < 0.7:
            notes.append(f"Spricht {LANGUAGE_LABELS[lang]} und Deutsch.")
        actor = self.add(
            Actor(
                district_id=d.row.id,
                kind=ActorKind.PERSON,
                name=person.name,
                organisation_id=organisation.id if organisation else None,
                sector=t.sector,
                role=role,
                influence=self.jitter(t.influence, 0, 4),
                attitude=self.jitter(t.attitude, -2, 2),
                interest=self.jitter(t.interest, 0, 4),
                tags=t.tags,
                notes=" ".join(n for n in notes if n),
            )
        )
        d.actors[t.key] = actor
        d.persons.append(actor)
        self.latin[actor.id] = person.latin or person.name
        if t.key == "landrat":
            self.mail_domain[actor.id] = d.spec.domain
        elif t.key == "buergermeister":
            self.mail_domain[actor.id] = org_domain(f"stadt {town.name}")

    def assign_consents(self, d: DistrictState) -> None:
        """Contact data only where the person agreed in writing (DSGVO); one person withdrew."""
        fixed = {d.actors[k].id for k in d.spec.fixed_names}
        keep_contact = fixed | {d.officer.id}
        others = [p for p in d.persons if p.id not in keep_contact]
        withdrawn = self.rng.choice(others)
        for person in d.persons:
            if person is withdrawn:
                status = ConsentStatus.WITHDRAWN
            elif person.id in keep_contact or self.rng.random() < 0.7:
                status = ConsentStatus.GIVEN
            else:
                status = ConsentStatus.NONE
            d.consent[person.id] = status
        if ConsentStatus.NONE not in d.consent.values():
            d.consent[next(p.id for p in others if p is not withdrawn)] = ConsentStatus.NONE
        for person in d.persons:
            if d.consent[person.id] == ConsentStatus.GIVEN:
                self.contact(d, person)

    def contact(self, d: DistrictState, person: Actor) -> None:
        words = slug(self.latin[person.id].replace("Dr. ", ""), " ").split()
        local = f"{words[0][0]}.{words[-1]}" if len(words) > 1 else words[0]
        organisation = next((a for a in d.actors.values() if a.id == person.organisation_id), None)
        if organisation is not None and "@" in organisation.email:
            domain = organisation.email.split("@", 1)[1]
        elif person.id in self.mail_domain:
            domain = self.mail_domain[person.id]
        else:
            domain = self.rng.choice(("web.example", "mail.example", "posteo.example"))
        person.email = f"{local}@{domain}"
        if organisation is not None and organisation.phone and self.rng.random() < 0.7:
            person.phone = f"{organisation.phone.rsplit('-', 1)[0]}-{self.rng.randint(10, 99)}"
        elif self.rng.random() < 0.8:
            person.phone = (
                f"0{self.rng.choice(('151', '160', '170', '176'))} {self.rng.randint(1000000, 9999999)}"
            )
        # A private address only for those reached nowhere else; never for office holders.
        if organisation is None and person.id not in self.mail_domain and self.rng.random() < 0.5:
            person.address = self.address(self.rng.choice(d.spec.towns))

    def consents(self, d: DistrictState) -> None:
        for person in d.persons:
            status = d.consent[person.id]
            # Asked for with the invitation to the kick-off, so before the first workshop.
            given_on = d.spec.process_start + dt.timedelta(days=self.rng.randint(7, 34))
            self.add(
                Consent(
                    district_id=d.row.id,
                    actor_id=person.id,
                    status=status,
                    given_on=given_on if status != ConsentStatus.NONE else None,
                    method="schriftlich" if status != ConsentStatus.NONE else "",
                    scope=CONSENT_SCOPE if status != ConsentStatus.NONE else "",
                    withdrawn_on=(
                        given_on + dt.timedelta(days=self.rng.randint(60, 250))
                        if status == ConsentStatus.WITHDRAWN
                        else None
                    ),
                )
            )

    # --- relationships -------------------------------------------------------------------------
    def relationships(self, d: DistrictState) -> None:
        seen: set[tuple[str, str, RelationshipKind]] = set()
        count = 0

        def link(
            a: Actor, b: Actor, kind: RelationshipKind, strength: int, directed: bool, note: str
        ) -> None:
            nonlocal count
            # One edge per pair and kind, whichever way it points: the map draws them alike.
            pair = (min(a.id, b.id), max(a.id, b.id), kind)
            if a.id == b.id or pair in seen:
                return
            seen.add(pair)
            count += 1
            self.add(
                Relationship(
                    district_id=d.row.id,
                    source_id=a.id,
                    target_id=b.id,
                    kind=kind,
                    strength=strength,
                    directed=directed,
                    note=note,
                )
            )

        for t in RELATIONSHIPS:
            if t.source in d.actors and t.target in d.actors:
                link(d.actors[t.source], d.actors[t.target], t.kind, t.strength, t.directed, t.note)
        target = self.rng.randint(max(MIN_RELATIONSHIPS, count + 8), min(MAX_RELATIONSHIPS, count + 35))
        # The opponents of the shelter only appear in the conflicts the templates name.
        everyone = [a for key, a in d.actors.items() if key != "anwohner"]
        while count < target:
            a, b = self.rng.sample(everyone, 2)
            kind = self.rng.choice((RelationshipKind.COOPERATION,) * 3 + (RelationshipKind.INFORMATION,) * 2)
            note = self.rng.choice(EXTRA_NOTES[kind])
            link(a, b, kind, self.rng.choice((1, 1, 2, 2, 3)), kind == RelationshipKind.INFORMATION, note)
