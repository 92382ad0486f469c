"""The concept as a Word file (python-docx) with Word's own heading styles, list styles and
tables, so that the district can go on working in Word. The table of contents is a Word field
that Word fills in when the file is opened."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from lzz_desktop.concepts.markdown import Block, Run
from lzz_desktop.reports.concept_document import (
    ARCHIVE_TITLE,
    TABLE_COLUMNS,
    ConceptDocument,
    FieldOut,
    SectionOut,
)

MUTED = RGBColor(0x5A, 0x66, 0x75)


def _add_runs(paragraph: Paragraph, runs: list[Run]) -> None:
    for r in runs:
        run = paragraph.add_run(r.text)
        run.bold = r.bold or None
        run.italic = r.italic or None


def _field_code(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A Word field (TOC, PAGE): Word computes its result; ``placeholder`` shows until then."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(text)
    run._r.append(separate)
    paragraph.add_run(placeholder)
    end_run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    end_run._r.append(end)


def _blocks(doc: DocxDocument, blocks: list[Block], heading_level: int) -> None:
    for block in blocks:
        if block.kind == "heading":
            paragraph = doc.add_heading("", level=min(9, heading_level))
            _add_runs(paragraph, block.runs)
        elif block.kind == "paragraph":
            _add_runs(doc.add_paragraph(), block.runs)
        else:
            style = "List Number" if block.kind == "numbers" else "List Bullet"
            for item in block.items:
                _add_runs(doc.add_paragraph(style=style), item)


def _repeat_header(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _table(doc: DocxDocument, fld: FieldOut) -> None:
    table = doc.add_table(rows=1, cols=len(TABLE_COLUMNS))
    table.style = "Table Grid"
    header = table.rows[0]
    _repeat_header(header)
    for cell, (label, _key) in zip(header.cells, TABLE_COLUMNS, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
        run.font.size = Pt(8)
    for values in fld.rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            run = cell.paragraphs[0].add_run(value)
            run.font.size = Pt(8)
    doc.add_paragraph()


def _fields(doc: DocxDocument, fields: list[FieldOut], heading_level: int) -> None:
    for fld in fields:
        label = doc.add_paragraph()
        label.add_run(fld.label).bold = True
        if fld.kind == "text":
            doc.add_paragraph(fld.text)
        elif fld.kind == "blocks":
            _blocks(doc, fld.blocks, heading_level)
        elif fld.kind == "items":
            for item in fld.items:
                doc.add_paragraph(item, style="List Bullet")
        else:
            _table(doc, fld)


def _section(doc: DocxDocument, section: SectionOut, level: int) -> None:
    doc.add_heading(section.heading, level=level)
    for origin in section.origins:
        run = doc.add_paragraph().add_run("Aus Workshops: " + origin)
        run.italic = True
        run.font.color.rgb = MUTED
    _blocks(doc, section.blocks, level + 1)
    _fields(doc, section.fields, level + 1)


def render_docx(document: ConceptDocument) -> bytes:
    doc = Document()
    doc.core_properties.title = document.title
    doc.core_properties.author = "LZZ Desktop"
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)

    doc.add_heading(document.title, level=0)
    subtitle = doc.add_paragraph()
    subtitle.add_run(document.district).font.size = Pt(14)
    for line in (
        document.status_line,
        document.template_line,
        document.date_line,
        "Programm Land.Zuhause.Zukunft",
    ):
        doc.add_paragraph().add_run(line).font.color.rgb = MUTED
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    toc_heading = doc.add_paragraph()
    toc_heading.add_run("Inhalt").bold = True
    _field_code(
        doc.add_paragraph(),
        'TOC \\o "1-2" \\h \\z \\u',
        "Das Inhaltsverzeichnis wird beim Öffnen in Word aktualisiert "
        "(sonst: Rechtsklick → Feld aktualisieren).",
    )
    # Ask Word to update the fields (table of contents, page numbers) when it opens the file.
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)

    body = doc.add_section(WD_SECTION.NEW_PAGE)
    footer = body.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.add_run(f"{document.title} · Seite ")
    _field_code(paragraph, "PAGE", "1")

    for section in document.current:
        _section(doc, section, section.level)
    if document.archived:
        doc.add_page_break()
        doc.add_heading(ARCHIVE_TITLE, level=1)
        for section in document.archived:
            _section(doc, section, 2)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
