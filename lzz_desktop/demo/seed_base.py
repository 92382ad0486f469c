"""Shared machinery of the demo seed: the state kept per district, row collection, helpers."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.orm import Session

from lzz_desktop.demo.content import DistrictSpec, Town
from lzz_desktop.demo.content_people import DEMO_AUTHOR, STREETS
from lzz_desktop.domain import Actor, Concept, ConceptSection, District, SyncMixin, new_id
from lzz_desktop.domain.enums import ConsentStatus
from lzz_desktop.domain.wallclock import from_district_time

# Left out of mail domains: "info@diakonie-e-v.example" reads badly.
LEGAL_FORMS = frozenset({"e", "v", "ev", "gmbh", "ggmbh", "eg", "co", "kg"})

T = TypeVar("T")
Row = TypeVar("Row", bound=SyncMixin)


def clip(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def slug(text: str, separator: str = "-") -> str:
    text = text.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    text = text.replace("đ", "d").replace("Đ", "D")
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
        text = text.replace(umlaut, spelled)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = "".join(c if c.isalnum() else " " for c in ascii_text).split()
    return separator.join(words)


def org_domain(name: str) -> str:
    """A made-up mail domain for an organisation, from the first words of its name."""
    words = [w for w in slug(name).split("-") if w not in LEGAL_FORMS]
    return "-".join(words[:4]) + ".example"


def berlin(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """A wall-clock time of the district as aware UTC."""
    return from_district_time(dt.datetime(day.year, day.month, day.day, hour, minute))


def midweek(day: dt.date) -> dt.date:
    """The next Tuesday to Thursday on or after ``day``: workshops avoid Mondays and Fridays."""
    while day.weekday() not in (1, 2, 3):
        day += dt.timedelta(days=1)
    return day


@dataclass
class DistrictState:
    spec: DistrictSpec
    row: District
    fmt: dict[str, str]
    home_town: Town
    # The units of the district authority share one building and one switchboard.
    office_address: str
    office_phone: str
    actors: dict[str, Actor] = field(default_factory=dict)  # template key → actor
    persons: list[Actor] = field(default_factory=list)
    consent: dict[str, ConsentStatus] = field(default_factory=dict)  # actor id → status
    sections: dict[str, ConceptSection] = field(default_factory=dict)
    concept: Concept | None = None

    @property
    def officer(self) -> Actor:
        return self.actors["integration_officer"]


class SeederBase:
    """Collects rows (written later by the seeder, table by table) and holds the one random
    generator every choice comes from."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        self.session = session
        self.rng = rng
        self.pending: list[SyncMixin] = []

    def add(self, row: Row) -> Row:
        row.id = new_id()
        row.updated_by = DEMO_AUTHOR
        self.pending.append(row)
        return row

    def ordered_sample(self, items: Sequence[T], k: int) -> list[T]:
        picked = sorted(self.rng.sample(range(len(items)), k))
        return [items[i] for i in picked]

    def text(self, d: DistrictState, template: str, town: Town | None = None) -> str:
        return template.format(**d.fmt, town=(town or d.home_town).name)

    def address(self, town: Town) -> str:
        return f"{self.rng.choice(STREETS)} {self.rng.randint(1, 60)}, {town.plz} {town.name}"

    def phone(self, d: DistrictState) -> str:
        return f"{d.spec.area_code} {self.rng.randint(10000, 99999)}-{self.rng.randint(0, 99)}"

    def jitter(self, value: int, low: int, high: int) -> int:
        return clip(value + self.rng.choice((-1, 0, 0, 1)), low, high)
