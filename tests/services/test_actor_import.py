"""Importing actors from CSV and XLSX: column mapping, the validation report, all or nothing, and
the bad files a consultant meets in practice."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from lzz_desktop.domain.enums import ActorKind, ConsentStatus, FederalState, Sector
from lzz_desktop.exporting.stakeholders_xlsx import export_actors_xlsx
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.records.stakeholders import ActorData, ConsentData
from lzz_desktop.services.actor_import import (
    FileProblem,
    ImportFileError,
    RowProblem,
    check_table,
    guess_mapping,
    import_actors,
    read_table,
)
from lzz_desktop.services.workspace import Workspace

HEADER = "Name;Art;Sektor;Rolle/Funktion;Organisation;Einfluss;Haltung;Interesse\n"


@pytest.fixture
def district_id(workspace: Workspace) -> str:
    return workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))


def _check(path: Path, known: set[str] | None = None):  # type: ignore[no-untyped-def]
    table = read_table(path)
    return check_table(table, guess_mapping(table.headers), known or set())


def test_csv_in_windows_1252_with_umlauts(tmp_path: Path, workspace: Workspace, district_id: str) -> None:
    path = tmp_path / "akteure.csv"
    path.write_bytes(
        (
            HEADER
            + "Caritasverband Goslar;Organisation;Zivilgesellschaft;Migrationsberatung;;3;2;4\n"
            + "Jürgen Müller;Person;Verwaltung;Leiter Ausländerbehörde;Landkreis Goslar;4;-1;3\n"
            + "Landkreis Goslar;Organisation;Verwaltung;Kreisverwaltung;;4;1;3\n"
        ).encode("cp1252")
    )
    table = read_table(path)
    assert table.encoding == "windows-1252"
    report = check_table(table, guess_mapping(table.headers), set())
    assert report.errors == [] and len(report.actors) == 3

    assert import_actors(workspace, district_id, report) == 3
    actors = {a.name: a for a in workspace.stakeholders.actors(district_id)}
    assert actors["Jürgen Müller"].organisation == "Landkreis Goslar"
    assert actors["Jürgen Müller"].attitude == -1
    assert actors["Caritasverband Goslar"].sector is Sector.CIVIL_SOCIETY


def test_missing_sector_column(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("Name;Rolle\nCaritas;Beratung\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        _check(path)
    assert (info.value.problem, info.value.detail) == (FileProblem.MISSING_COLUMN, "sector")


def test_every_bad_row_is_reported_and_nothing_is_imported(
    tmp_path: Path, workspace: Workspace, district_id: str
) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        HEADER
        + "Caritas;Organisation;Kirche;Beratung;;3;1;3\n"
        + ";Organisation;Politik;;;1;0;1\n"
        + "Anna Weber;Person;Politik;;Unbekannter Verein;9;x;2\n"
        + "Gut;Organisation;Wirtschaft;;;1;0;1\n",
        encoding="utf-8",
    )
    report = _check(path)
    got = {(e.row, e.field, e.problem) for e in report.errors}
    assert got == {
        (2, "sector", RowProblem.UNKNOWN_SECTOR),
        (3, "name", RowProblem.REQUIRED),
        (4, "influence", RowProblem.OUT_OF_RANGE),
        (4, "attitude", RowProblem.NOT_A_NUMBER),
    }
    # An employer not yet in the district is no error: the import creates it (issue 13).
    assert report.new_organisations == [("Unbekannter Verein", Sector.POLITICS)]
    assert not report.ok
    with pytest.raises(ValueError):
        import_actors(workspace, district_id, report)
    assert workspace.stakeholders.actors(district_id) == []


def test_person_contact_data_needs_consent_in_the_import_too(
    tmp_path: Path, workspace: Workspace, district_id: str
) -> None:
    """Without consent in the file the person is imported without contact data (said for the
    row) instead of refusing the file; with consent the contact data and the consent come along."""
    path = tmp_path / "a.csv"
    path.write_text(
        "Name,Art,Sektor,E-Mail,Einwilligung,Einwilligung am,Einwilligung wie\n"
        "Anna Weber,Person,Politik,anna@example.org,,,\n"
        "Ben Kurz,Person,Politik,ben@example.org,erteilt,01.05.2024,schriftlich\n",
        encoding="utf-8",
    )
    report = _check(path)
    assert report.errors == []
    assert [(n.row, n.problem) for n in report.notes] == [(2, RowProblem.CONTACT_LEFT_OUT)]
    import_actors(workspace, district_id, report)
    actors = {a.name: a for a in workspace.stakeholders.actors(district_id)}
    assert actors["Anna Weber"].email == "" and actors["Anna Weber"].consent is ConsentStatus.NONE
    ben = actors["Ben Kurz"]
    assert (ben.email, ben.consent, ben.consent_on, ben.consent_method) == (
        "ben@example.org",
        ConsentStatus.GIVEN,
        dt.date(2024, 5, 1),
        "schriftlich",
    )


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", FileProblem.EMPTY),
        (b"   \n\n", FileProblem.EMPTY),
        (HEADER.encode(), FileProblem.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), FileProblem.NOT_A_SPREADSHEET),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", FileProblem.NOT_A_SPREADSHEET),
        (b"PK\x03\x04 this is a broken zip", FileProblem.NOT_A_SPREADSHEET),
    ],
)
def test_files_that_cannot_be_imported(tmp_path: Path, content: bytes, problem: FileProblem) -> None:
    path = tmp_path / "datei.xlsx"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        read_table(path)
    assert info.value.problem is problem


def test_ten_thousand_rows_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "gross.csv"
    rows = "".join(f"Verein {i};Organisation;Zivilgesellschaft;;;1;0;1\n" for i in range(10_000))
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_table(path)
    assert (info.value.problem, info.value.detail) == (FileProblem.TOO_MANY_ROWS, "10000")


def test_xlsx_export_round_trip_and_privacy(tmp_path: Path, workspace: Workspace, district_id: str) -> None:
    service = workspace.stakeholders
    org = service.create_actor(
        district_id, ActorData("Caritas Goslar", ActorKind.ORGANISATION, Sector.CIVIL_SOCIETY, influence=3)
    )
    service.create_actor(
        district_id,
        ActorData(
            "Anna Weber", ActorKind.PERSON, Sector.CIVIL_SOCIETY, role="Beraterin", organisation_id=org
        ),
    )
    service.create_actor(
        district_id,
        ActorData("Ben Kurz", ActorKind.PERSON, Sector.POLITICS, role="Kreisrat", email="ben@example.org"),
        ConsentData(ConsentStatus.GIVEN, given_on=dt.date(2024, 5, 1)),
    )
    path = export_actors_xlsx(workspace, district_id, tmp_path / "actors.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:3] == ["Name", "Art", "Sektor"]
    names = {r[0] for r in rows[1:]}
    assert names == {"Caritas Goslar", "Beraterin, Caritas Goslar", "Ben Kurz"}  # Anna gave no consent
    assert any(r[10] == "ben@example.org" for r in rows[1:])

    # the exported organisations import into another district as they were
    other = workspace.districts.create(DistrictData(name="Harz", state=FederalState.SACHSEN_ANHALT))
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    table.rows = [r for r in table.rows if r[1] == "Organisation"]
    report = check_table(table, mapping, set())
    assert report.errors == []
    import_actors(workspace, other, report)
    (imported,) = workspace.stakeholders.actors(other)
    assert (imported.name, imported.sector, imported.influence) == ("Caritas Goslar", Sector.CIVIL_SOCIETY, 3)
