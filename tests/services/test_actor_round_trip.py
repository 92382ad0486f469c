"""The exported actor list comes back: every actor of a demo district — from the original file,
re-saved by LibreOffice, or saved as CSV the way LibreOffice writes it — imports into an empty
district with its fields, its consent and (given consent) its contact data; a second import of the
same file creates no duplicates."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from lzz_desktop.demo import seed_demo
from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState
from lzz_desktop.exporting.stakeholders_xlsx import export_actors_xlsx
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.stakeholders import ActorInfo
from lzz_desktop.services.actor_import import check_table, guess_mapping, import_actors, read_table
from lzz_desktop.services.workspace import Workspace


def comparable(actor: ActorInfo) -> tuple[object, ...]:
    return (
        actor.public_name,
        actor.kind,
        actor.sector,
        actor.role,
        actor.organisation,
        actor.influence,
        actor.attitude,
        actor.interest,
        actor.tags,
        actor.email if actor.consent is ConsentStatus.GIVEN or not actor.is_person else "",
        actor.consent if actor.is_person and actor.consent is ConsentStatus.GIVEN else None,
        actor.consent_on if actor.is_person and actor.consent is ConsentStatus.GIVEN else None,
    )


def import_into(workspace: Workspace, path: Path, district_id: str) -> int:
    table = read_table(path)
    existing = {a.name.casefold(): a.id for a in workspace.stakeholders.actors(district_id)}
    known = {a.name for a in workspace.stakeholders.actors(district_id) if a.kind is not ActorKind.PERSON}
    report = check_table(table, guess_mapping(table.headers), known, existing)
    assert report.errors == [], report.errors[:5]
    return import_actors(workspace, district_id, report)


def as_libreoffice_csv(xlsx: Path, target: Path) -> Path:
    """The sheet as LibreOffice's CSV export writes it for a German locale: semicolons, UTF-8 with
    BOM, dates as 15.01.26 text."""
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        for row in sheet.iter_rows(values_only=True):
            writer.writerow(
                [v.strftime("%d.%m.%y") if hasattr(v, "strftime") else ("" if v is None else v) for v in row]
            )
    return target


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, str, Path]:
    workspace = Workspace.open(tmp_path_factory.mktemp("demo") / "data", author="Test")
    seed_demo(workspace)
    goslar = next(d for d in workspace.districts.list() if d.name == "Landkreis Goslar")
    path = export_actors_xlsx(workspace, goslar.id, tmp_path_factory.mktemp("out") / "actors.xlsx")
    return workspace, goslar.id, path


@pytest.mark.parametrize("form", ["xlsx", "csv", pytest.param("libreoffice", marks=pytest.mark.libreoffice)])
def test_every_exported_actor_imports_back(
    demo: tuple[Workspace, str, Path], tmp_path: Path, form: str
) -> None:
    workspace, goslar, exported = demo
    if form == "csv":
        path = as_libreoffice_csv(exported, tmp_path / "actors.csv")
    elif form == "libreoffice":
        soffice = shutil.which("soffice")
        if soffice is None:
            pytest.skip("LibreOffice (soffice) is not installed")
        profile = (tmp_path / "profile").as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx",
             "--outdir", str(tmp_path / "lo"), str(exported)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        path = tmp_path / "lo" / "actors.xlsx"
    else:
        path = exported
    target = workspace.districts.create(DistrictData(name=f"Landkreis {form}", state=FederalState.HESSEN))
    original = workspace.stakeholders.actors(goslar)
    assert import_into(workspace, path, target) == len(original)
    arrived = workspace.stakeholders.actors(target)
    assert sorted(map(comparable, arrived), key=str) == sorted(map(comparable, original), key=str)
    with_contact = [a for a in arrived if a.is_person and a.email]
    assert with_contact and all(a.consent is ConsentStatus.GIVEN for a in with_contact)
    # The same file again: everything is already there, nothing is doubled.
    assert import_into(workspace, path, target) == 0
    assert len(workspace.stakeholders.actors(target)) == len(original)
