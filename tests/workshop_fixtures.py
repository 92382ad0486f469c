"""Builders shared by the workshop tests: a district with persons from many languages, and pictures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from lzz_desktop.domain import Actor, Consent
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, Sector, WorkshopFormat
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.workshops import WorkshopData
from lzz_desktop.services.workspace import Workspace

NAMES = ("Şükrü Yılmaz", "Олена Коваленко", "أحمد الحسن", "Jana Ludwig")
START = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)


@dataclass
class District:
    id: str
    persons: dict[str, str]  # name → actor id


def make_district(workspace: Workspace, name: str = "Landkreis Goslar") -> District:
    district_id = workspace.districts.create(DistrictData(name=name, state=FederalState.NIEDERSACHSEN))
    persons: dict[str, str] = {}
    with workspace.transaction() as session:
        org = Actor(
            district_id=district_id,
            kind=ActorKind.ORGANISATION,
            name="Kulturverein Goslar e.V.",
            sector=Sector.MIGRANTS,
        )
        session.add(org)
        session.flush()
        for person_name in NAMES:
            actor = Actor(
                district_id=district_id,
                kind=ActorKind.PERSON,
                name=person_name,
                sector=Sector.MIGRANTS if person_name != "Jana Ludwig" else Sector.ADMINISTRATION,
                organisation_id=org.id,
            )
            session.add(actor)
            session.flush()
            # They agreed to be named in protocols; tests of the other case add their own person.
            session.add(
                Consent(
                    district_id=district_id,
                    actor_id=actor.id,
                    status=ConsentStatus.GIVEN,
                    given_on=dt.date(2026, 1, 15),
                    method="schriftlich",
                )
            )
            persons[person_name] = actor.id
    return District(district_id, persons)


def workshop_data(title: str = "Fachworkshop Wohnen", start: dt.datetime = START) -> WorkshopData:
    return WorkshopData(
        title=title,
        format=WorkshopFormat.THEMATIC,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=3),
        venue="Kreishaus Goslar",
        moderation="Henrik Sandvoss",
        minute_taker="Lea Marquardt",
        goals="Wohnraum für Neuzugewanderte",
    )


def picture(path: Path, size: tuple[int, int] = (640, 480), colour: str = "#1f5f8b") -> Path:
    Image.new("RGB", size, colour).save(path)
    return path
