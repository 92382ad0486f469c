"""Exports that leave the laptop name a person without given consent only by role and organisation
(issue 14): a canary person without consent — attending, responsible for a task, related on the map,
with notes — appears in no exported file, read as the recipient reads it (PDF text, the XML inside
Word and Excel files, calendar and JSON text)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, RelationshipKind, Sector
from lzz_desktop.exporting import export_district_bundle
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.stakeholders import ActorData, ConsentData, RelationshipData
from lzz_desktop.services.workspace import Workspace
from tests.workshop_fixtures import workshop_data

NAME = "Kanarienvogel Ohnezustimmung"
NOTE = "Kanariennotiz-9d1f"
ROLE = "Vater von drei Kindern"


def _texts(folder: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.suffix == ".pdf":
            texts[str(path)] = subprocess.run(
                ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
            ).stdout
        elif path.suffix in (".xlsx", ".docx"):
            with zipfile.ZipFile(path) as archive:
                texts[str(path)] = " ".join(
                    archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                )
        elif path.suffix in (".png",):
            continue
        else:
            texts[str(path)] = path.read_text(encoding="utf-8", errors="replace")
    return texts


def test_a_person_without_consent_leaves_the_laptop_only_as_role_and_organisation(
    make_workspace: Callable[..., Workspace], tmp_path: Path
) -> None:
    workspace = make_workspace()
    district_id = workspace.districts.create(
        DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN)
    )
    people = workspace.stakeholders
    verein = people.create_actor(
        district_id,
        ActorData(name="Elternverein Goslar", kind=ActorKind.ORGANISATION, sector=Sector.CIVIL_SOCIETY),
    )
    person = people.create_actor(
        district_id,
        ActorData(
            name=NAME,
            kind=ActorKind.PERSON,
            sector=Sector.MIGRANTS,
            role=ROLE,
            organisation_id=verein,
            notes=NOTE,
        ),
        ConsentData(status=ConsentStatus.NONE),
    )
    people.create_relationship(
        district_id, RelationshipData(source_id=person, target_id=verein, kind=RelationshipKind.COOPERATION)
    )
    workshops = workspace.workshops
    held = workshops.create(district_id, workshop_data("Fachworkshop Bildung"))
    workshops.add_attendance(held, person)
    workshops.add_action_item(held, "Elternabend vorbereiten", responsible_actor_id=person)
    planned = workshops.create(
        district_id, workshop_data("Ausblick", start=dt.datetime(2027, 3, 1, 9, tzinfo=dt.UTC))
    )
    workshops.add_attendance(planned, person)
    workspace.stakeholder_maps.take_snapshot(district_id, "Stand")

    folder = export_district_bundle(workspace, district_id, tmp_path / "export")
    texts = _texts(folder)
    assert any(p.endswith(".pdf") for p in texts) and any(p.endswith("actors.xlsx") for p in texts)
    leaks = [f"{Path(p).relative_to(folder)}: {w}" for p, t in texts.items() for w in (NAME, NOTE) if w in t]
    assert leaks == []
    # They are there by role and organisation, so the documents still make sense.
    protocol = next(t for p, t in texts.items() if "protocols" in p and "bildung" in p)
    assert ROLE in protocol.replace("\n", " ")
    district = json.loads((folder / "district.json").read_text(encoding="utf-8"))
    [actor] = [a for a in district["records"]["actor"] if a["id"] == person]
    assert actor["name"] == f"{ROLE}, Elternverein Goslar" and actor["notes"] == ""
