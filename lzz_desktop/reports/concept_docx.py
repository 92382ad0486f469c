"""The concept as a Word file (python-docx) with Word's own heading styles, list styles and
tables, so that the district can go on working in Word or LibreOffice.

The table of contents is written out: one line per heading with a PAGEREF field to a bookmark on
the heading, so LibreOffice shows the entries and computes their page numbers from its own layout,
and Word updates the numbers when it opens the file (the file asks it to). Measures tables get
column widths from their content (the longest word of a column fits, columns empty in every row
are left out), the page is A4, the document language is de-DE (en-GB in English), one font family
for body and headings, and the core properties name title, author and today."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from reportlab.pdfbase import pdfmetrics

from lzz_desktop.concepts.markdown import Block, Run
from lzz_desktop.reports.columns import fit_columns
from lzz_desktop.reports.concept_document import (
    TABLE_SHARES,
    ConceptDocument,
    FieldOut,
    SectionOut,
)
from lzz_desktop.reports.fonts import register_fonts

MUTED = RGBColor(0x5A, 0x66, 0x75)
# One family for body and headings: on every Windows, and LibreOffice maps it to the metric-equal
# Liberation Sans. Column widths are measured with DejaVu Sans, which is wider, so they also fit
# where neither is installed and DejaVu stands in.
FONT_FAMILY = "Arial"
PAGE_MARGIN_MM = 20
TEXT_WIDTH_PT = (210 - 2 * PAGE_MARGIN_MM) / 25.4 * 72
TABLE_FONT_PT = 8
CELL_PADDING_PT = 12.0  # Word's default cell margins, left and right, with a little room
LANGUAGES = {"de": "de-DE", "en": "en-GB"}


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


class _Writer:
    """Appends paragraphs straight to the body XML. python-docx looks a style up by name on
    every ``add_paragraph(style=...)`` and inserts each paragraph with a search for the section
    properties; for a concept of a few hundred pages that takes seconds, this takes a fraction."""

    def __init__(self, doc: DocxDocument) -> None:
        self.doc = doc
        self.body = doc.element.body
        self._style_ids: dict[str, str] = {}
        self._bookmarks = 0

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

    def heading(self, text: str, level: int, bookmark: str | None = None) -> None:
        p = self.paragraph(f"Heading {min(9, level)}")
        if bookmark is None:
            self.run(p, text)
            return
        self._bookmarks += 1
        number = str(self._bookmarks)
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), number)
        start.set(qn("w:name"), bookmark)
        p.append(start)
        self.run(p, text)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), number)
        p.append(end)


def _field_code(p: Any, instruction: str, placeholder: str) -> None:
    """A Word field (PAGE, PAGEREF) in the paragraph element ``p``: Word computes its result, and
    LibreOffice too; ``placeholder`` is the result until then."""
    for kind, text in (
        ("begin", None),
        (None, instruction),
        ("separate", None),
        (None, placeholder),
        ("end", None),
    ):
        r = OxmlElement("w:r")
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                char.set(qn("w:dirty"), "true")
            r.append(char)
        elif text is not None:
            element = OxmlElement("w:instrText" if text is instruction else "w:t")
            element.set(qn("xml:space"), "preserve")
            element.text = text
            r.append(element)
        p.append(r)


def _toc_entry(w: _Writer, text: str, level: int, bookmark: str) -> None:
    """One line of the contents: the heading, dot leader, its page (a PAGEREF to its bookmark)."""
    p = w.paragraph()
    ppr = OxmlElement("w:pPr")
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:leader"), "dot")
    tab.set(qn("w:pos"), str(int(TEXT_WIDTH_PT * 20)))
    tabs.append(tab)
    ppr.append(tabs)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "60")
    ppr.append(spacing)
    if level > 0:
        indent = OxmlElement("w:ind")
        indent.set(qn("w:left"), str(360 * level))
        ppr.append(indent)
    p.append(ppr)
    w.run(p, text, bold=level == 0)
    tab_run = OxmlElement("w:r")
    tab_run.append(OxmlElement("w:tab"))
    p.append(tab_run)
    _field_code(p, f" PAGEREF {bookmark} \\h ", "")


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


def _word_width(text: str, bold: bool = False) -> float:
    register_fonts()
    font = "LzzSymbols-Bold" if bold else "LzzSymbols"  # DejaVu Sans: wider than Arial
    return max((pdfmetrics.stringWidth(word, font, TABLE_FONT_PT) for word in text.split()), default=0.0)


def _table(w: _Writer, fld: FieldOut, labels: list[str]) -> None:
    used = [i for i in range(len(labels)) if any(i < len(row) and row[i].strip() for row in fld.rows)]
    used = used or list(range(len(labels)))
    header = [labels[i] for i in used]
    rows = [[row[i] if i < len(row) else "" for i in used] for row in fld.rows]
    needed = [
        max([_word_width(header[c], bold=True), *(_word_width(r[c]) for r in rows)]) + CELL_PADDING_PT
        for c in range(len(used))
    ]
    total = sum(TABLE_SHARES[i] for i in used)
    widths = fit_columns(needed, [TABLE_SHARES[i] / total for i in used], TEXT_WIDTH_PT)
    table = w.doc.add_table(rows=1 + len(rows), cols=len(used))
    table.style = "Table Grid"
    table.autofit = False
    _fixed_layout(table, widths)
    _repeat_header(table.rows[0])
    for row, values in zip(table.rows, [header, *rows], strict=True):
        is_header = row is table.rows[0]
        for cell, value, width in zip(row.cells, values, widths, strict=True):
            cell.width = Pt(width)
            w.run(cell.paragraphs[0]._p, value, bold=is_header, size=TABLE_FONT_PT)
    w.paragraph()


def _fixed_layout(table: Any, widths: list[float]) -> None:
    """Column widths that Word and LibreOffice keep (fixed layout, grid and total width)."""
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:w"), str(int(sum(widths) * 20)))
    tbl_w.set(qn("w:type"), "dxa")
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(width * 20)))


def _fields(w: _Writer, fields: list[FieldOut], heading_level: int, labels: list[str]) -> None:
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
            _table(w, fld, labels)


def _section(
    w: _Writer, section: SectionOut, level: int, document: ConceptDocument, bookmark: str | None = None
) -> None:
    words = document.labels
    w.heading(section.heading, level, bookmark)
    for origin in section.origins:
        w.run(w.paragraph(), words["from_workshops"] + origin, italic=True)
    # Headings inside a section's text are Heading 3: below the numbered sections, out of the
    # table of contents (levels 1-2).
    _blocks(w, section.blocks, 3)
    _fields(w, section.fields, 3, document.table_labels)
    if section.empty and not (document.decided and not section.archived):
        w.run(w.paragraph(), words["empty"], italic=True)


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


def _one_family_and_language(doc: DocxDocument, language: str) -> None:
    """Every style and the document defaults in ``FONT_FAMILY`` (the template's headings use the
    theme's other font) and in the document's language (the template says en-US: English
    spell-check and hyphenation on German text)."""
    styles = doc.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
            fonts.attrib.pop(qn(theme), None)
        for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
            fonts.set(qn(attribute), FONT_FAMILY)
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), language)
        lang.set(qn("w:eastAsia"), language)
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
    if rpr is not None and rpr.find(qn("w:lang")) is None:
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), language)
        rpr.append(lang)
    theme_lang = doc.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)


def _core_properties(doc: DocxDocument, document: ConceptDocument, author: str, language: str) -> None:
    """Title, author and today instead of the template's "python-docx" of 2013."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    properties = doc.core_properties
    properties.title = document.title
    properties.subject = f"{document.labels['programme']} – {document.district}"
    properties.author = author
    properties.last_modified_by = author
    properties.created = now
    properties.modified = now
    properties.revision = 1
    properties.comments = ""
    properties.keywords = document.district
    properties.category = ""
    properties.language = language
    properties.content_status = document.status_line


def render_docx(document: ConceptDocument, author: str = "LZZ Desktop") -> bytes:
    language = LANGUAGES.get(document.language, "de-DE")
    words = document.labels
    doc = Document()
    _core_properties(doc, document, author or "LZZ Desktop", language)
    _one_family_and_language(doc, language)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(11)
    title_page = doc.sections[0]
    _a4(title_page)

    doc.add_heading(document.title, level=0)
    subtitle = doc.add_paragraph()
    subtitle.add_run(document.district).font.size = Pt(14)
    for line in (document.status_line, document.template_line, document.date_line, words["programme"]):
        doc.add_paragraph().add_run(line).font.color.rgb = MUTED
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # The contents, written out: each line a PAGEREF to the heading's bookmark.
    entries = [(s.level - 1, s.heading, f"_Toc_lzz_{i:04d}") for i, s in enumerate(document.current)]
    if document.missing:
        entries.append((0, words["missing"], "_Toc_lzz_missing"))
    if document.archived:
        entries.append((0, words["archive"], "_Toc_lzz_archive"))
        offset = len(document.current)
        entries += [(1, s.heading, f"_Toc_lzz_{offset + i:04d}") for i, s in enumerate(document.archived)]
    toc_heading = doc.add_paragraph()
    toc_heading.add_run(words["contents"]).bold = True
    w = _Writer(doc)
    for level, text, bookmark in entries:
        _toc_entry(w, text, min(level, 1), bookmark)
    # Ask Word to update the fields (page numbers of the contents, page footers) when it opens it.
    _ask_to_update_fields(doc)

    body = doc.add_section(WD_SECTION.NEW_PAGE)
    _a4(body)
    footer = body.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    before, _, after = words["page"].partition("{page}")
    paragraph.add_run(f"{document.title} · {before}")
    _field_code(paragraph._p, "PAGE", "1")
    if after:
        paragraph.add_run(after)

    w = _Writer(doc)
    for index, section in enumerate(document.current):
        _section(w, section, section.level, document, f"_Toc_lzz_{index:04d}")
    if document.missing:
        w.heading(words["missing"], 1, "_Toc_lzz_missing")
        for title in document.missing:
            w.run(w.paragraph(), "• " + title)
    if document.archived:
        doc.add_page_break()
        w.heading(words["archive"], 1, "_Toc_lzz_archive")
        offset = len(document.current)
        for index, section in enumerate(document.archived):
            _section(w, section, 2, document, f"_Toc_lzz_{offset + index:04d}")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _a4(section: Any) -> None:
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(PAGE_MARGIN_MM))
