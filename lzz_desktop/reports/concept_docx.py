"""The concept as a Word file (python-docx) with Word's own heading styles, list styles and
tables, so that the district can go on working in Word. The table of contents is a Word field
that Word fills in when the file is opened."""

from __future__ import annotations

import io
import re
from typing import Any

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
    EMPTY_NOTE,
    MISSING_TITLE,
    TABLE_COLUMNS,
    ConceptDocument,
    FieldOut,
    SectionOut,
)

MUTED = RGBColor(0x5A, 0x66, 0x75)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class _Writer:
    """Appends paragraphs straight to the body XML. python-docx looks a style up by name on
    every ``add_paragraph(style=...)`` and inserts each paragraph with a search for the section
    properties; for a concept of a few hundred pages that takes seconds, this takes a fraction."""

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self.body = doc.element.body
        self._style_ids: dict[str, str] = {}

    def style_id(self, name: str) -> str:
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        return self._style_ids[name]

    def paragraph(self, style: str | None = None) -> Any:
        p = OxmlElement("w:p")
        if style is not None:
            ppr = OxmlElement("w:pPr")
            pstyle = OxmlElement("w:pStyle")
            pstyle.set(qn("w:val"), self.style_id(style))
            ppr.append(pstyle)
            p.append(ppr)
        sect_pr = self.body.sectPr
        if sect_pr is not None:
            sect_pr.addprevious(p)
        else:
            self.body.append(p)
        return p

    @staticmethod
    def run(p: Any, text: str, bold: bool = False, italic: bool = False, size: int | None = None) -> None:
        r = OxmlElement("w:r")
        if bold or italic or size:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if italic:
                rpr.append(OxmlElement("w:i"))
            if size:
                sz = OxmlElement("w:sz")
                sz.set(qn("w:val"), str(size * 2))
                rpr.append(sz)
            r.append(rpr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = _CONTROL.sub("", text)
        r.append(t)
        p.append(r)

    def runs(self, p: Any, runs: list[Run]) -> None:
        for r in runs:
            self.run(p, r.text, r.bold, r.italic)

    def heading(self, text: str, level: int) -> None:
        self.run(self.paragraph(f"Heading {min(9, level)}"), text)


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


def _blocks(w: _Writer, blocks: list[Block], heading_level: int) -> None:
    for block in blocks:
        if block.kind == "heading":
            w.runs(w.paragraph(f"Heading {min(9, heading_level)}"), block.runs)
        elif block.kind == "paragraph":
            w.runs(w.paragraph(), block.runs)
        else:
            style = "List Number" if block.kind == "numbers" else "List Bullet"
            for item in block.items:
                w.runs(w.paragraph(style), item)


def _repeat_header(row: Any) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _table(w: _Writer, fld: FieldOut) -> None:
    table = w.doc.add_table(rows=1 + len(fld.rows), cols=len(TABLE_COLUMNS))
    table.style = "Table Grid"
    _repeat_header(table.rows[0])
    for row, values in zip(table.rows, [[label for label, _key in TABLE_COLUMNS], *fld.rows], strict=True):
        header = row is table.rows[0]
        for cell, value in zip(row.cells, values, strict=True):
            w.run(cell.paragraphs[0]._p, value, bold=header, size=8)
    w.paragraph()


def _fields(w: _Writer, fields: list[FieldOut], heading_level: int) -> None:
    for fld in fields:
        w.run(w.paragraph(), fld.label, bold=True)
        if fld.kind == "text":
            w.run(w.paragraph(), fld.text)
        elif fld.kind == "blocks":
            _blocks(w, fld.blocks, heading_level)
        elif fld.kind == "items":
            for item in fld.items:
                w.run(w.paragraph("List Bullet"), item)
        else:
            _table(w, fld)


def _section(w: _Writer, section: SectionOut, level: int, decided: bool = False) -> None:
    w.heading(section.heading, level)
    for origin in section.origins:
        w.run(w.paragraph(), "Aus Workshops: " + origin, italic=True)
    # Headings inside a section's text are Heading 3: below the numbered sections, out of the
    # table of contents (levels 1-2).
    _blocks(w, section.blocks, 3)
    _fields(w, section.fields, 3)
    if section.empty and not decided:
        w.run(w.paragraph(), EMPTY_NOTE, italic=True)


# Children of w:settings that the schema puts after w:updateFields (Word refuses files whose
# settings are out of order).
_AFTER_UPDATE_FIELDS = {
    "hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
    "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
    "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
}  # fmt: skip


def _ask_to_update_fields(doc: DocxDocument) -> None:
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    for child in settings:
        if child.tag.split("}")[-1] in _AFTER_UPDATE_FIELDS:
            child.addprevious(update)
            return
    settings.append(update)


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
    _ask_to_update_fields(doc)

    body = doc.add_section(WD_SECTION.NEW_PAGE)
    footer = body.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.add_run(f"{document.title} · Seite ")
    _field_code(paragraph, "PAGE", "1")

    w = _Writer(doc)
    for section in document.current:
        _section(w, section, section.level, document.decided)
    if document.missing:
        w.heading(MISSING_TITLE, 1)
        for title in document.missing:
            w.run(w.paragraph(), "• " + title)
    if document.archived:
        doc.add_page_break()
        w.heading(ARCHIVE_TITLE, 1)
        for section in document.archived:
            _section(w, section, 2)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
