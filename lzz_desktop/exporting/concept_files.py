"""``concept/<concept-slug>.pdf`` and ``.docx``: the district's concept as documents.

The same functions serve the district export and the Konzept page's print preview and "Save as":
what the page prints is what ``export`` writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lzz_desktop.exporting.slug import slugify
from lzz_desktop.fileio import write_bytes
from lzz_desktop.reports.concept_document import ConceptDocument, build_document
from lzz_desktop.reports.concept_docx import render_docx
from lzz_desktop.reports.concept_pdf import render_pdf

if TYPE_CHECKING:
    from lzz_desktop.records.concepts import ConceptView
    from lzz_desktop.services.workspace import Workspace

FOLDER = "concept"
SUFFIXES = (".pdf", ".docx")


def concept_file_name(view: ConceptView, suffix: str) -> str:
    """``integrationskonzept-landkreis-goslar.pdf``"""
    return f"{slugify(view.title)}{suffix}"


def render_concept(
    view: ConceptView,
    suffix: str,
    language: str = "de",
    author: str = "",
    document: ConceptDocument | None = None,
) -> bytes:
    """The concept as PDF (``suffix`` ".pdf") or Word file (".docx"), its fixed words in
    ``language``; ``author`` goes into the Word file's properties."""
    document = document or build_document(view, language=language)
    if suffix == ".pdf":
        return render_pdf(document)
    if suffix == ".docx":
        return render_docx(document, author=author or "LZZ Desktop")
    raise ValueError(f"no concept document of type {suffix!r}")


def export_concept(workspace: Workspace, district_id: str, folder: Path, language: str = "de") -> list[Path]:
    """Write the district's concept as PDF and Word file into ``folder/concept/``; returns the
    files written (none when the district has no concept). The documents' fixed words are in
    ``language``; the text is the district's own."""
    view = workspace.concepts.load_for_district(district_id)
    if view is None:
        return []
    document = build_document(view, language=language)
    written = []
    for suffix in SUFFIXES:
        data = render_concept(view, suffix, language, workspace.author, document)
        written.append(write_bytes(folder / FOLDER / concept_file_name(view, suffix), data))
    return written
