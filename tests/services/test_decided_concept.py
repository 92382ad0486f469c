""" "Beschlossen" is a fact: it needs every required entry or a confirmed override (then the PDF lists
what is missing in an appendix, not as placeholders mid-text); a decided concept is refused any
change in the service until "Neue Fassung beginnen" saves it as a version and makes it a draft."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from lzz_desktop.domain.enums import ConceptStatus, FederalState
from lzz_desktop.records.districts import ConceptDecidedError, ConceptIncompleteError, DistrictData
from lzz_desktop.reports.concept_document import build_document, labels_for
from lzz_desktop.reports.concept_pdf import render_pdf
from lzz_desktop.services.workspace import Workspace

DECIDED_ON = dt.date(2026, 12, 15)
EMPTY_NOTE = labels_for("de")["empty"]
MISSING_TITLE = labels_for("de")["missing"]


@pytest.fixture
def concept(workspace: Workspace) -> str:
    district = workspace.districts.create(
        DistrictData(name="Landkreis Probe", state=FederalState.NIEDERSACHSEN)
    )
    concept_id = workspace.concepts.create(district, "integrationskonzept-landkreis")
    first = workspace.concepts.load(concept_id).sections[0]
    workspace.concepts.save_section(first.id, "Der Landkreis hat 140.000 Einwohner.", {})
    return concept_id


def test_deciding_with_gaps_needs_a_confirmed_override(workspace: Workspace, concept: str) -> None:
    concepts = workspace.concepts
    with pytest.raises(ConceptIncompleteError) as refused:
        concepts.set_status(concept, ConceptStatus.ADOPTED, DECIDED_ON)
    missing = refused.value.missing
    assert missing and "Sprache und Bildung" in missing
    assert concepts.load(concept).status is ConceptStatus.DRAFT
    concepts.set_status(concept, ConceptStatus.ADOPTED, DECIDED_ON, accept_missing=True)
    assert concepts.load(concept).status is ConceptStatus.ADOPTED


def test_a_decided_concept_is_refused_every_change_until_a_new_version(
    workspace: Workspace, concept: str
) -> None:
    concepts = workspace.concepts
    concepts.set_status(concept, ConceptStatus.ADOPTED, DECIDED_ON, accept_missing=True)
    section = concepts.load(concept).sections[0]
    with pytest.raises(ConceptDecidedError):
        concepts.save_section(section.id, "geändert", {})
    with pytest.raises(ConceptDecidedError):
        concepts.set_status(concept, ConceptStatus.DRAFT, None)
    assert concepts.load(concept).sections[0].content.startswith("Der Landkreis hat 140.000")
    versions_before = len(concepts.versions(concept))
    concepts.new_version(concept)
    view = concepts.load(concept)
    assert view.status is ConceptStatus.DRAFT and view.decided_on is None
    assert len(concepts.versions(concept)) == versions_before + 1
    concepts.save_section(section.id, "Neue Fassung des Textes.", {})
    assert concepts.load(concept).sections[0].content.startswith("Neue Fassung")


def test_the_pdf_of_a_decided_concept_lists_gaps_in_an_appendix(
    workspace: Workspace, concept: str, tmp_path: Path
) -> None:
    workspace.concepts.set_status(concept, ConceptStatus.ADOPTED, DECIDED_ON, accept_missing=True)
    pdf = tmp_path / "konzept.pdf"
    pdf.write_bytes(render_pdf(build_document(workspace.concepts.load(concept))))
    command = ["pdftotext", str(pdf), "-"]
    text = " ".join(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split())
    assert EMPTY_NOTE not in text
    assert MISSING_TITLE in text
    appendix = text[text.rindex(MISSING_TITLE) :]
    assert "Sprache und Bildung" in appendix and "Ausgangslage" not in appendix
    assert "Kreistagsbeschluss vom 15.12.2026" in text
