"""The concept as PDF and Word file, read back with qpdf, pdftotext and python-docx."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx
import pytest

from lzz_desktop.domain.enums import FederalState
from lzz_desktop.exporting import export_district_bundle
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.workspace import Workspace

MEASURE = {
    "field_of_action": "Sprache und Bildung",
    "goal": "Mehr Kursplätze",
    "measure": "Sprachcafé in Goslar-Oker",
    "responsible": "Volkshochschule",
    "partners": "Jobcenter",
    "start": "2019-01-01",
    "end": "2019-12-31",
    "resources": "2.000 €",
    "indicator": "Teilnehmende je Monat",
    "status": "geplant",
}


@pytest.fixture
def exported(workspace: Workspace, tmp_path: Path) -> tuple[Path, Path, list[str]]:
    district_id = workspace.districts.create(
        DistrictData(name="Landkreis Prüfstadt", state=FederalState.BAYERN)
    )
    concept_id = workspace.concepts.create(district_id, "integrationskonzept-landkreis")
    sections = {s.key: s for s in workspace.concepts.load(concept_id).sections}
    workspace.concepts.save_section(
        sections["ausgangslage"].id,
        "Der Landkreis **wächst**.\n\n## Bestandsaufnahme\n\n- Kurse\n- Beratung\n",
        {"stichtag": "2019-03-31"},
    )
    workspace.concepts.save_section(
        sections["sprache-bildung"].id,
        "Viele *Kurse* fehlen.",
        {"ziele": ["Mehr Kurse"], "massnahmen": [MEASURE]},
    )
    folder = export_district_bundle(workspace, district_id, tmp_path / "out")
    slug = "integrationskonzept-landkreis-landkreis-pruefstadt"
    titles = [f"{s.number} {s.title}" for s in workspace.concepts.load(concept_id).sections if not s.archived]
    return folder / "concept" / f"{slug}.pdf", folder / "concept" / f"{slug}.docx", titles


def test_pdf_passes_qpdf_and_shows_every_heading(exported: tuple[Path, Path, list[str]]) -> None:
    pdf, _docx, titles = exported
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(text.split())
    for title in titles:
        assert title in flat, title
    assert "Inhalt" in flat and "Seite 3" in flat
    assert "Sprachcafé" in flat and "Indikator" in flat and "Volkshochschule" in flat


def test_docx_has_heading_styles_and_measures_as_table(exported: tuple[Path, Path, list[str]]) -> None:
    _pdf, path, titles = exported
    document = docx.Document(str(path))
    headings = {p.text: p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")}
    for title in titles:
        assert title in headings, title
    assert headings["1 Ausgangslage und Bestandsaufnahme"] == "Heading 1"
    assert headings["3.1 Sprache und Bildung"] == "Heading 2"
    assert headings["Bestandsaufnahme"] == "Heading 3"
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells][:3] == ["Maßnahme", "Ziel", "Verantwortlich / Partner"]
    assert table.rows[1].cells[0].text == "Sprachcafé in Goslar-Oker"  # the field of action is the section
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert {"Kurse", "Beratung", "Mehr Kurse"} <= set(bullets)
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert "wächst" in bold


def test_district_without_concept_exports_no_concept_files(workspace: Workspace, tmp_path: Path) -> None:
    district_id = workspace.districts.create(DistrictData(name="Ohne Konzept", state=FederalState.BAYERN))
    folder = export_district_bundle(workspace, district_id, tmp_path)
    assert not (folder / "concept").exists()


def test_long_contents_run_over_several_pages_and_list_every_section(tmp_path: Path) -> None:
    from lzz_desktop.reports.concept_document import ConceptDocument, SectionOut
    from lzz_desktop.reports.concept_pdf import render_pdf

    sections = [
        SectionOut(str(n), f"Abschnitt Nummer {n} mit einem recht langen Titel", 1, [], [], [])
        for n in range(1, 91)
    ]
    document = ConceptDocument(
        "Langes Konzept", "Landkreis Lang", "Status: Entwurf", "Vorlage: –", "Stand: –", sections
    )
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render_pdf(document))
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    pages = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout.split("\f")
    contents = "\n".join(
        p for p in pages[1:4] if "Abschnitt Nummer 1 " in p or "Seite 3" in p or "Seite 4" in p
    )
    for n in (1, 45, 90):
        heading = f"{n} Abschnitt Nummer {n} mit einem recht langen Titel"
        assert heading in contents, f"contents list section {n}"
        assert sum(heading in p for p in pages) == 2, "once in the contents, once as heading"
