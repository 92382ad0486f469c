"""Every name prints: the names corpus through the protocol and the sign-in sheet, checked in the
PDF itself — every character drawn with a real glyph of an embedded font (no .notdef box), every
name found in the text layer as typed (so search and copy work), the pages rendered."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from lzz_desktop.domain import Actor, Consent
from lzz_desktop.domain.enums import (
    ActorKind,
    AttendanceRole,
    AttendanceStatus,
    ConsentStatus,
    FederalState,
    Sector,
)
from lzz_desktop.exporting.concept_files import export_concept
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.reports.protocol import build_protocol, build_sign_in_sheet
from lzz_desktop.services.workspace import Workspace
from tests.names_corpus import NAMES, assert_no_missing_glyphs, normalised, pdf_text
from tests.workshop_fixtures import make_district, picture, workshop_data


@pytest.fixture
def corpus_workshop(workspace: Workspace) -> str:
    district = make_district(workspace)
    persons = {}
    with workspace.transaction() as session:
        org = Actor(
            district_id=district.id,
            kind=ActorKind.ORGANISATION,
            name="Eritreische Gemeinde",
            sector=Sector.MIGRANTS,
        )
        session.add(org)
        session.flush()
        for key, name in NAMES.items():
            actor = Actor(
                district_id=district.id,
                kind=ActorKind.PERSON,
                name=name,
                sector=Sector.MIGRANTS,
                organisation_id=org.id,
            )
            session.add(actor)
            session.flush()
            session.add(
                Consent(
                    district_id=district.id,
                    actor_id=actor.id,
                    status=ConsentStatus.GIVEN,
                    method="schriftlich",
                )
            )
            persons[key] = actor.id
    service = workspace.workshops
    wid = service.create(district.id, workshop_data(title=f"Dialog mit {NAMES['tigrinya']}"))
    for key, actor_id in persons.items():
        service.add_attendance(
            wid,
            actor_id=actor_id,
            role=AttendanceRole.MODERATION if key == "arabic" else AttendanceRole.PARTICIPANT,
            status=AttendanceStatus.PRESENT,
        )
    service.add_agenda_item(
        wid, f"Gespräch mit {NAMES['arabic']} und {NAMES['sorani']}", notes=NAMES["persian_zwnj"]
    )
    service.add_agreement(wid, f"{NAMES['tigrinya']} und {NAMES['arabic']} laden zum Elterncafé ein.")
    service.add_action_item(wid, "Einladung übersetzen", persons["amharic"])
    service.add_action_item(wid, "Dolmetscher anfragen", persons["arabic_joined"])
    return wid


@pytest.mark.parametrize("document", ["protocol", "sign_in_sheet"])
def test_every_name_prints_with_real_glyphs_and_is_found_in_the_text(
    workspace: Workspace, corpus_workshop: str, tmp_path: Path, document: str
) -> None:
    detail = workspace.workshops.get(corpus_workshop)
    if document == "protocol":
        pdf = build_protocol(detail, workspace.attachments, tmp_path / "p.pdf")
    else:
        pdf = build_sign_in_sheet(detail, tmp_path / "s.pdf")
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    assert_no_missing_glyphs(pdf)
    text = pdf_text(pdf)
    missing = [name for name in NAMES.values() if normalised(name) not in text]
    assert not missing, f"not found in the text layer: {missing}"
    assert "\ufffd" not in text and not any("\ue000" <= c <= "\uf8ff" for c in text), (
        "private-use code points"
    )
    # The pages render (what a reader sees was looked at: pdftoppm pages in the note of issue 13).
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page*.png"))


def page_texts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [
        [line.strip() for line in page.splitlines() if line.strip()]
        for page in out.split("\f")
        if page.strip()
    ]


def test_no_heading_ends_a_page_whatever_the_length_of_the_notes(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Headings are kept with what follows: notes of every length push "Vereinbarungen", "Aufgaben"
    and the agenda items to every position on the page; none may be the last line of a page."""
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data())
    for n in range(1, 4):
        service.add_agenda_item(wid, f"Thema {n}", notes="Notiz", results="Ergebnis")
    service.add_agreement(wid, "Vereinbart ist, was im Konzept steht.")
    service.add_action_item(wid, "Vermieter ansprechen", responsible_text="Moderation")
    service.add_attachment(wid, picture(tmp_path / "flipchart.png", size=(800, 500)), caption="Flipchart")
    service.add_attachment(wid, picture(tmp_path / "tafel.png", size=(800, 500), colour="#eeeeee"))
    headings = (
        "Ziele",
        "Teilnehmende",
        "Tagesordnung und Ergebnisse",
        "Vereinbarungen",
        "Aufgaben",
        "Fotodokumentation",
    )
    items = service.get(wid).agenda
    stranded = []
    for lines in range(2, 90, 3):
        service.update_agenda_item(
            items[0].id, title=items[0].title, notes="\n".join(f"Zeile {i}" for i in range(lines)), results=""
        )
        pdf = build_protocol(service.get(wid), workspace.attachments, tmp_path / f"p{lines}.pdf")
        for page in page_texts(pdf)[:-1]:
            body = [line for line in page if not line.startswith(("Fachworkshop Wohnen ·", "ENTWURF"))]
            last = body[-1] if body else ""
            if last.startswith(headings) or last.startswith("TOP "):
                stranded.append((lines, last))
    assert not stranded, stranded


def concept_pdf(workspace: Workspace, tmp_path: Path, text: str, responsible: str) -> Path:
    district_id = workspace.districts.create(
        DistrictData(name=f"Landkreis {len(text)}", state=FederalState.HESSEN)
    )
    concept_id = workspace.concepts.create(district_id, "integrationskonzept-landkreis")
    sections = {s.key: s for s in workspace.concepts.load(concept_id).sections}
    workspace.concepts.save_section(sections["ausgangslage"].id, text, {})
    measure = {"field_of_action": "Sprache und Bildung", "measure": "Elterncafé", "responsible": responsible}
    workspace.concepts.save_section(sections["sprache-bildung"].id, text, {"massnahmen": [measure]})
    return export_concept(workspace, district_id, tmp_path / str(len(text)))[0]


def test_every_name_prints_in_the_concept_pdf(workspace: Workspace, tmp_path: Path) -> None:
    names = list(NAMES.values())
    pdf = concept_pdf(workspace, tmp_path, "\n\n".join(f"- {name}" for name in names), NAMES["tigrinya"])
    assert_no_missing_glyphs(pdf)
    text = pdf_text(pdf)
    missing = [name for name in names if normalised(name) not in text]
    assert not missing, f"not found in the text layer: {missing}"


def test_no_heading_ends_a_concept_page(workspace: Workspace, tmp_path: Path) -> None:
    """Section headings and field labels stay with what follows, for every length of the text
    before them."""
    stranded = []
    for paragraphs in range(30, 60, 2):
        pdf = concept_pdf(workspace, tmp_path, "\n\n".join(["Ein Absatz über Wohnen."] * paragraphs), "VHS")
        for page in page_texts(pdf)[2:-1]:  # after title page and contents
            body = [line for line in page if not line.startswith("Integrationskonzept")]
            last = body[-1] if body else ""
            if last[:1].isdigit() and " " in last and not last.endswith("."):  # "3 Sprache und Bildung"
                stranded.append((paragraphs, last))
            if last in ("Ziele", "Maßnahmen", "Maßnahmen *", "Ziele *"):
                stranded.append((paragraphs, last))
    assert not stranded, stranded


def test_no_word_of_the_demo_measures_is_broken_inside_a_cell(workspace: Workspace, tmp_path: Path) -> None:
    """Every word of every measures table of the demo concepts comes out of the PDF whole: a word
    broken inside a narrow cell ("Betriebsexk|ursionen") would be two words in the text."""
    from lzz_desktop.demo import seed_demo
    from lzz_desktop.reports.concept_document import build_document

    seed_demo(workspace)
    checked = 0
    for district in workspace.districts.list():
        view = workspace.concepts.load_for_district(district.id)
        if view is None:
            continue
        pdf = export_concept(workspace, district.id, tmp_path / district.id)[0]
        words = set(pdf_text(pdf).split())
        document = build_document(view)
        for section in document.current:
            for fld in section.fields:
                for row in fld.rows:
                    for cell in row:
                        for word in cell.split():
                            assert word in words, f"{word!r} broken in {pdf.name}"
                            checked += 1
    assert checked > 50
