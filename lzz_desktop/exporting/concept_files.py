"""``concept/<concept-slug>.pdf`` and ``.docx``: the district's concept as documents."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from lzz_desktop.exporting.slug import slugify
from lzz_desktop.fileio import write_bytes
from lzz_desktop.reports.concept_document import build_document
from lzz_desktop.reports.concept_docx import render_docx
from lzz_desktop.reports.concept_pdf import render_pdf

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

FOLDER = "concept"


def export_concept(workspace: Workspace, district_id: str, folder: Path, language: str = "de") -> list[Path]:
    """Write the district's concept as PDF and Word file into ``folder/concept/``; returns the
    files written (none when the district has no concept). The documents' fixed words are in
    ``language``; the text is the district's own."""
    view = workspace.concepts.load_for_district(district_id)
    if view is None:
        return []
    document = build_document(view, language=language)
    slug = slugify(view.title)
    pdf = folder / FOLDER / f"{slug}.pdf"
    docx = folder / FOLDER / f"{slug}.docx"
    write_bytes(pdf, render_pdf(document))
    write_bytes(docx, render_docx(document, author=workspace.author or "LZZ Desktop"))
    return [pdf, docx]
