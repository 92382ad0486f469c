"""`lzz-desktop export` writes the district's concept as PDF and Word file beside district.json."""

from __future__ import annotations

import subprocess
from pathlib import Path

import docx

from .test_cli import run_cli


def test_export_adds_the_concept_as_pdf_and_docx(tmp_path: Path) -> None:
    result = run_cli(
        "--data-dir", str(tmp_path / "data"), "--demo", "export", "--district", "Harz", "--out", str(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    folder = Path(result.stdout.strip())
    concept = folder / "concept"
    assert sorted(p.name for p in concept.iterdir()) == [
        "integrationskonzept-landkreis-harz.docx",
        "integrationskonzept-landkreis-harz.pdf",
    ]
    pdf = concept / "integrationskonzept-landkreis-harz.pdf"
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Integrationskonzept Landkreis Harz" in text and "Inhalt" in text
    document = docx.Document(str(concept / "integrationskonzept-landkreis-harz.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[:2] == ["1 Ausgangslage und Bestandsaufnahme", "2 Leitbild"]
    assert document.tables, "the measures of the fields of action are tables"
