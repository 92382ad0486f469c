"""Protocol and sign-in sheet as real PDFs, checked with qpdf, pdftotext, pdfinfo and pdffonts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from icalendar import Calendar

from lzz_desktop.domain import Actor
from lzz_desktop.domain.enums import (
    ActionStatus,
    ActorKind,
    AttendanceRole,
    AttendanceStatus,
    Sector,
)
from lzz_desktop.exporting import export_district_bundle
from lzz_desktop.exporting.calendar import workshop_ics
from lzz_desktop.reports.protocol import build_protocol, build_sign_in_sheet
from lzz_desktop.services.workspace import Workspace
from tests.workshop_fixtures import NAMES, make_district, picture, workshop_data

AGENDA = ("Begrüßung und Vorstellungsrunde", "Wohnraum für Neuzugewanderte", "Ausblick und nächste Schritte")


def text_of(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True)
    # Arabic is drawn in its joined presentation forms; NFKC maps them back to the letters.
    return unicodedata.normalize("NFKC", out.stdout)


def info_of(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def qpdf_check(pdf: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def workshop(workspace: Workspace, tmp_path: Path) -> str:
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data())
    for title in AGENDA:
        service.add_agenda_item(wid, title, notes=f"Notiz zu {title}", results=f"Ergebnis zu {title}")
    for name in NAMES:
        service.add_attendance(wid, actor_id=district.persons[name], status=AttendanceStatus.PRESENT)
    service.add_attendance(
        wid,
        guest_name="Henrik Sandvoss",
        guest_organisation="Ramboll",
        role=AttendanceRole.MODERATION,
        status=AttendanceStatus.PRESENT,
    )
    service.add_attendance(
        wid, guest_name="Lena Hofmann", guest_organisation="VHS", status=AttendanceStatus.EXCUSED
    )
    service.add_agreement(wid, "Die Wohnraumbörse wird im Konzept aufgenommen.")
    service.add_action_item(
        wid, "Vermieter ansprechen", district.persons["Олена Коваленко"], due_on=dt.date(2026, 4, 15)
    )
    service.add_action_item(
        wid, "Protokoll versenden", responsible_text="Moderation", status=ActionStatus.DONE
    )
    service.add_attachment(wid, picture(tmp_path / "flipchart.png"), caption="Flipchart Wohnen")
    return wid


def test_protocol_shows_everything_in_german_with_page_numbers_and_draft_mark(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    pdf = build_protocol(workspace.workshops.get(workshop), workspace.attachments, tmp_path / "p.pdf")
    qpdf_check(pdf)
    text = text_of(pdf)
    for expected in (
        "Land.Zuhause.Zukunft",
        "Landkreis Goslar",
        "Protokoll: Fachworkshop Wohnen",
        "Fachworkshop",
        "04.03.2026",
        "Kreishaus Goslar",
        *AGENDA,
        *NAMES,
        "Henrik Sandvoss",
        "Kulturverein Goslar e.V.",
        "Migrant:innen",
        "Entschuldigt: Lena Hofmann",
        "Ergebnis zu Wohnraum",
        "Die Wohnraumbörse",
        "Was",
        "Wer",
        "Bis wann",
        "Status",
        "Vermieter ansprechen",
        "15.04.2026",
        "offen",
        "erledigt",
        "Fotodokumentation",
        "Flipchart Wohnen",
        "Seite 1 von",
        "ENTWURF",
    ):
        assert expected in text, expected
    # Agenda in its order, numbered.
    positions = [text.index(f"TOP {n}: {t}") for n, t in enumerate(AGENDA, start=1)]
    assert positions == sorted(positions)
    info = info_of(pdf)
    assert info["Title"] == "Protokoll: Fachworkshop Wohnen"
    assert info["Author"] == "Lea Marquardt"
    assert "Landkreis Goslar" in info["Subject"]
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows), fonts  # every font embedded


def test_approved_protocol_names_approval_instead_of_draft(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    workspace.workshops.approve_protocol(workshop, "Georg Kaiser", dt.date(2026, 3, 20))
    text = text_of(
        build_protocol(workspace.workshops.get(workshop), workspace.attachments, tmp_path / "p.pdf")
    )
    assert "Freigegeben am 20.03.2026 durch Georg Kaiser" in text
    assert "ENTWURF" not in text


def test_privacy_choice_lists_organisations_without_names(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    detail = workspace.workshops.get(workshop)
    workspace.workshops.update(
        workshop, dataclasses.replace(detail.data, participants_by_organisation_only=True)
    )
    text = text_of(
        build_protocol(workspace.workshops.get(workshop), workspace.attachments, tmp_path / "p.pdf")
    )
    assert "Kulturverein Goslar e.V. (4)" in text
    assert "Ramboll (1)" in text
    for name in ("Şükrü Yılmaz", "Jana Ludwig", "Lena Hofmann"):
        assert name not in text


def test_person_without_consent_is_printed_only_by_role_and_organisation(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    """DSGVO: printouts name a person only with given consent (issue 4), in every place."""
    detail = workspace.workshops.get(workshop)
    with workspace.transaction() as session:
        anonymous = Actor(
            district_id=detail.district_id,
            kind=ActorKind.PERSON,
            name="Dariush Karimi",
            role="Sprachmittler",
            sector=Sector.MIGRANTS,
            organisation_id=session.get(Actor, detail.attendance[0].actor_id).organisation_id,
        )
        session.add(anonymous)
        session.flush()
        anonymous_id = anonymous.id
    workspace.workshops.add_attendance(workshop, actor_id=anonymous_id, status=AttendanceStatus.PRESENT)
    workspace.workshops.add_action_item(workshop, "Termine übersetzen", anonymous_id)
    detail = workspace.workshops.get(workshop)
    protocol = text_of(build_protocol(detail, workspace.attachments, tmp_path / "p.pdf"))
    sheet = text_of(build_sign_in_sheet(detail, tmp_path / "s.pdf"))
    for text in (protocol, sheet):
        assert "Dariush" not in text and "Karimi" not in text
        assert "Şükrü Yılmaz" in text  # consent given: named
    assert "Sprachmittler, Kulturverein Goslar e.V." in sheet
    # In the protocol the participant list and the action table (narrow "Wer" column) name the role.
    assert protocol.count("Sprachmittler,") == 2


def test_protocol_in_english_when_the_ui_is_english(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    text = text_of(
        build_protocol(
            workspace.workshops.get(workshop), workspace.attachments, tmp_path / "p.pdf", language="en"
        )
    )
    for expected in ("Minutes: Fachworkshop Wohnen", "What", "Who", "Due", "Page 1 of", "DRAFT"):
        assert expected in text
    assert f"Item 1: {AGENDA[0]}" in text and "TOP 1" not in text


def test_large_photo_is_scaled_in_the_pdf_and_kept_as_it_was(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    big = picture(tmp_path / "whiteboard.jpg", size=(7300, 5500), colour="#eeeeee")  # 40 megapixels
    _id, stored = workspace.workshops.add_attachment(workshop, big)
    assert stored.is_large and stored.megapixels > 40
    original = hashlib.sha256(big.read_bytes()).hexdigest()
    pdf = build_protocol(workspace.workshops.get(workshop), workspace.attachments, tmp_path / "p.pdf")
    qpdf_check(pdf)
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    widths = [int(line.split()[3]) for line in images.splitlines()[2:]]
    assert widths and max(widths) <= 1400
    assert hashlib.sha256(workspace.attachments.read(original)).hexdigest() == original


def test_sign_in_sheet_lists_invited_persons_and_blank_rows(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    pdf = build_sign_in_sheet(workspace.workshops.get(workshop), tmp_path / "s.pdf")
    qpdf_check(pdf)
    text = text_of(pdf)
    for expected in (
        "Teilnehmendenliste",
        "Fachworkshop Wohnen",
        "04.03.2026",
        "Kreishaus Goslar",
        "Name",
        "Organisation",
        "Unterschrift",
        "Fotoeinwilligung",
        *NAMES,
        "Seite 1 von",
    ):
        assert expected in text, expected
    assert "Lena Hofmann" not in text  # excused in advance
    assert " 15 " in text  # 5 invited persons and 10 blank rows, numbered


def test_export_adds_protocols_and_sign_in_sheets(
    workspace: Workspace, workshop: str, tmp_path: Path, qapp: object
) -> None:
    # qapp: the export draws the stakeholder map with Qt's painter
    folder = export_district_bundle(
        workspace, workspace.workshops.get(workshop).district_id, tmp_path / "out"
    )
    name = "2026-03-04_fachworkshop-wohnen.pdf"
    for sub in ("protocols", "sign-in-sheets"):
        pdf = folder / sub / name
        qpdf_check(pdf)
    assert "Vermieter ansprechen" in text_of(folder / "protocols" / name)


def test_calendar_file_describes_the_workshop(workspace: Workspace, workshop: str) -> None:
    calendar = Calendar.from_ical(workshop_ics(workspace.workshops.get(workshop)))
    event = next(iter(calendar.walk("VEVENT")))
    assert str(event["SUMMARY"]) == "Fachworkshop Wohnen"
    assert str(event["LOCATION"]) == "Kreishaus Goslar"
    assert event.decoded("DTSTART") == dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)
    assert "TOP 2: Wohnraum für Neuzugewanderte" in str(event["DESCRIPTION"])


def test_reports_and_exports_do_not_need_qt() -> None:
    code = (
        "import sys; import lzz_desktop.reports.protocol, lzz_desktop.exporting, "
        "lzz_desktop.exporting.calendar, lzz_desktop.services.workshops; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "False"


def test_english_protocol_has_no_german_headings_and_english_dates(
    workspace: Workspace, workshop: str, tmp_path: Path
) -> None:
    """Issue 17: every word of the document is English (the district's own texts stay as written),
    dates read one way, and the agenda item that carries open tasks (stored as "Offene Aufgaben")
    is named in English."""
    detail = workspace.workshops.get(workshop)
    later = workspace.workshops.create(
        detail.district_id, workshop_data("Steuerungsgruppe", dt.datetime(2026, 5, 6, 9, tzinfo=dt.UTC))
    )
    for wid in (workshop, later):
        text = text_of(
            build_protocol(workspace.workshops.get(wid), workspace.attachments, tmp_path / "p.pdf", "en")
        )
        german = (
            "Protokoll:",
            "Tagesordnung",
            "Teilnehmende",
            "Vereinbarungen",
            "Aufgaben",
            "Fotodokumentation",
            "Bis wann",
            "Seite ",
            "ENTWURF",
            "Entschuldigt",
            "Datum",
            "Uhrzeit",
            "TOP ",
            " Uhr",
            "keine",
        )
        assert [word for word in german if word in text] == []
        assert not re.search(r"\d\d\.\d\d\.\d{4}", text), "a German date in an English document"
    assert (
        "04/03/2026" in text_of(build_protocol(detail, workspace.attachments, tmp_path / "p.pdf", "en"))
        and "15/04/2026" in text
    )
    assert "Item 1: Open tasks" in text  # the carried-over tasks of the first workshop
