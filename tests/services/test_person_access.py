"""Access and portability (Art. 15/20 DSGVO, issue 14): everything stored about one person — and
nothing about anybody else — as JSON and a readable PDF; ``lzz-desktop person export`` writes both."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from lzz_desktop.domain import MapPosition
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, RelationshipKind, Sector
from lzz_desktop.exporting.person_access import write_access_report
from lzz_desktop.records.districts import DistrictData, NotFoundError
from lzz_desktop.records.stakeholders import ActorData, ConsentData, RelationshipData
from lzz_desktop.services.person_access import collect
from lzz_desktop.services.workspace import Workspace
from tests.cli.test_cli import run_cli
from tests.workshop_fixtures import workshop_data

NAME = "ዮናስ ተስፋይ"  # Yonas Tesfay in Ge'ez script: the PDF must print it
MAIL = "yonas.tesfay@beispiel.example"


def _seed(workspace: Workspace) -> tuple[str, str, set[str], set[str]]:
    """A district with Yonas (records in every kind of place) and Amina (records of her own)."""
    district_id = workspace.districts.create(
        DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN)
    )
    people, workshops, maps = workspace.stakeholders, workspace.workshops, workspace.stakeholder_maps
    verein = people.create_actor(
        district_id,
        ActorData(name="Eritreischer Verein", kind=ActorKind.ORGANISATION, sector=Sector.MIGRANTS),
    )
    yonas = people.create_actor(
        district_id,
        ActorData(
            name=NAME,
            kind=ActorKind.PERSON,
            sector=Sector.MIGRANTS,
            role="Sprachmittler",
            organisation_id=verein,
            email=MAIL,
            notes="Spricht Tigrinya und Arabisch",
        ),
        ConsentData(
            status=ConsentStatus.GIVEN, given_on=dt.date(2026, 2, 1), method="schriftlich", scope="Karte"
        ),
    )
    amina = people.create_actor(
        district_id, ActorData(name="Amina Yusuf", kind=ActorKind.PERSON, sector=Sector.CIVIL_SOCIETY)
    )
    about: set[str] = set()
    others: set[str] = set()
    about.add(
        people.create_relationship(district_id, RelationshipData(yonas, verein, RelationshipKind.COOPERATION))
    )
    others.add(
        people.create_relationship(district_id, RelationshipData(amina, verein, RelationshipKind.FUNDING))
    )
    first = workshops.create(district_id, workshop_data("Auftakt"))
    second = workshops.create(district_id, workshop_data("Fachworkshop Sprache"))
    about.add(workshops.add_attendance(first, yonas))
    about.add(workshops.add_attendance(second, yonas))
    others.add(workshops.add_attendance(first, amina))
    about.add(workshops.add_action_item(first, "Übersetzung prüfen", responsible_actor_id=yonas))
    about.add(workshops.add_action_item(second, "Termin abstimmen", responsible_text=f"{NAME} und Team"))
    others.add(workshops.add_action_item(second, "Raum buchen", responsible_actor_id=amina))
    about.add(workshops.add_agenda_item(second, "Sprachmittlung", notes=f"Bericht von {NAME}"))
    workshops.update(
        second, dataclasses.replace(workshop_data("Fachworkshop Sprache"), goals=f"Mit {NAME} planen")
    )
    about.add(second)
    about.add(maps.take_snapshot(district_id, "Stand Februar", dt.date(2026, 2, 10)))
    maps.save_positions(district_id, "sector", {yonas: (10.0, 20.0), amina: (30.0, 40.0)})
    with workspace.session() as session:
        about |= set(session.scalars(select(MapPosition.id).where(MapPosition.actor_id == yonas)))
        others |= set(session.scalars(select(MapPosition.id).where(MapPosition.actor_id == amina)))
        from lzz_desktop.domain import Consent

        about |= set(session.scalars(select(Consent.id).where(Consent.actor_id == yonas)))
    # A programme event the district took part in: Yonas and Amina among the participants; an event
    # of another district only is none of this district's business.
    from lzz_desktop.domain.enums import EventKind
    from lzz_desktop.services.events import EventData, ParticipantData

    events = workspace.events
    forum = events.create(
        EventData(EventKind.FORUM, "Forum Integration", dt.date(2026, 3, 4), district_ids=(district_id,)),
        [ParticipantData(NAME, "Eritreischer Verein", district_id), ParticipantData("Amina Yusuf")],
    )
    yonas_there, amina_there = events.get(forum).participants
    about.add(str(yonas_there.id))
    others.add(str(amina_there.id))
    elsewhere = workspace.districts.create(
        DistrictData(name="Landkreis Harz", state=FederalState.SACHSEN_ANHALT)
    )
    other_forum = events.create(
        EventData(EventKind.FORUM, "Forum Harz", dt.date(2026, 3, 5), district_ids=(elsewhere,)),
        [ParticipantData(NAME, "", elsewhere)],
    )
    others.add(str(events.get(other_forum).participants[0].id))
    return district_id, yonas, about, others


def test_the_access_report_holds_every_record_about_the_person_and_none_about_others(
    make_workspace: Callable[..., Workspace], tmp_path: Path
) -> None:
    workspace = make_workspace()
    _district, yonas, about, others = _seed(workspace)
    report = collect(workspace, yonas)
    found = report.ids()
    assert about - found == set()  # 100 % of the records about them
    assert found & others == set()  # nothing about Amina
    assert report.person["email"] == MAIL and report.person["organisation"] == "Eritreischer Verein"

    json_path, pdf_path = write_access_report(report, tmp_path / "auskunft")
    assert (
        json_path.name.startswith("auskunft_") and json_path.suffix == ".json" and pdf_path.suffix == ".pdf"
    )
    document = json.loads(json_path.read_text(encoding="utf-8"))
    assert {str(r["id"]) for rows in document["records"].values() for r in rows} == found
    assert document["person"]["name"] == NAME
    text = subprocess.run(
        ["pdftotext", str(pdf_path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Auskunft nach Art. 15 DSGVO" in text and NAME in text and "Amina" not in text
    for heading in (
        "Einwilligungen",
        "Beziehungen",
        "Teilnahme an Workshops",
        "Aufgaben",
        "Festgehaltene Kartenstände",
        "Teilnahme an Programmveranstaltungen",
    ):
        assert heading in text
    assert "Seite 1" in text  # numbered pages
    fonts = subprocess.run(["pdffonts", str(pdf_path)], check=True, capture_output=True, text=True).stdout
    assert all(" yes " in row for row in fonts.splitlines()[2:]), fonts  # every font embedded (Ge'ez too)


def test_an_organisation_has_no_access_report(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace()
    district_id = workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))
    verein = workspace.stakeholders.create_actor(
        district_id, ActorData(name="Verein", kind=ActorKind.ORGANISATION, sector=Sector.MIGRANTS)
    )
    with pytest.raises(NotFoundError):
        collect(workspace, verein)


def test_person_export_on_the_command_line(tmp_path: Path) -> None:
    data_dir = tmp_path / "daten"
    workspace = Workspace.open(data_dir)
    try:
        _seed(workspace)
    finally:
        workspace.close()
    base = ("--data-dir", str(data_dir), "--lang", "de", "person", "export", "--district", "Goslar")
    done = run_cli(*base, "--name", NAME, "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(written) == 2 and all(n.startswith("auskunft_") for n in written)
    unknown = run_cli(*base, "--name", "Niemand", "--out", str(tmp_path / "out2"))
    assert unknown.returncode == 1 and "Keine Person „Niemand“" in unknown.stderr
    assert not (tmp_path / "out2").exists()
