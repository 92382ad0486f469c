"""The concept as PDF (reportlab): title page, table of contents, numbered headings, measures as
tables, page numbers. Text goes through reports.fonts, so every name prints in every script."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)

from lzz_desktop.concepts.markdown import Block, Run
from lzz_desktop.reports.concept_document import (
    TABLE_SHARES,
    ConceptDocument,
    FieldOut,
    SectionOut,
)
from lzz_desktop.reports.fonts import (
    BOLD,
    ITALIC,
    REGULAR,
    TextParagraph,
    draw_line,
    fitted_widths,
    para,
    register_fonts,
)

FONT = REGULAR
ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#5a6675")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=5)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=24, leading=30, spaceAfter=14),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=13, leading=18, textColor=MUTED),
        "meta": ParagraphStyle("meta", base, fontSize=10, textColor=MUTED),
        "toc_title": ParagraphStyle("toc_title", base, fontName=BOLD, fontSize=16, leading=22, spaceAfter=12),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=15,
            leading=20,
            spaceBefore=14,
            spaceAfter=8,
            textColor=ACCENT,
            keepWithNext=1,  # headings never end a page alone
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=BOLD,
            fontSize=12.5,
            leading=17,
            spaceBefore=10,
            spaceAfter=6,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3", base, fontName=BOLD, fontSize=11, leading=15, spaceBefore=6, spaceAfter=4, keepWithNext=1
        ),
        "item": ParagraphStyle(
            "item", base, leftIndent=18, bulletIndent=5, bulletFontName=FONT, spaceAfter=3
        ),
        "label": ParagraphStyle("label", base, fontName=BOLD, spaceBefore=4, spaceAfter=2, keepWithNext=1),
        "origin": ParagraphStyle("origin", base, fontName=ITALIC, fontSize=9, leading=12, textColor=MUTED),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", base, fontName=BOLD, fontSize=7.5, leading=10, spaceAfter=0),
        "footer": ParagraphStyle("footer", base, fontSize=8, alignment=TA_CENTER, textColor=MUTED),
    }


def _runs(runs: list[Run]) -> str:
    parts = []
    for r in runs:
        text = para(r.text)
        if r.bold:
            text = f"<b>{text}</b>"
        if r.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


class _Heading(TextParagraph):
    """A heading that goes into the table of contents (``toc_level``) with a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, toc_level: int | None, key: str) -> None:
        super().__init__(para(text), style)
        self.toc_level = toc_level
        self.toc_text = text
        self.bookmark_key = key


class _ConceptDoc(BaseDocTemplate):
    def __init__(self, target: Any, title: str, footer: str, words: dict[str, str]) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
            title=title,
            author="LZZ Desktop",
        )
        self.footer = footer
        self.words = words
        self.pages_of: dict[str, int] = {}
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate(id="title", frames=[frame]),
                PageTemplate(id="content", frames=[frame], onPage=self._decorate),
            ]
        )

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        draw_line(
            canvas, self.footer, self.leftMargin, 12 * mm, self.width - 30 * mm, size=8, color="#5a6675"
        )
        canvas.drawRightString(A4[0] - self.rightMargin, 12 * mm, self.words["page"].format(page=doc.page))
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading) and flowable.toc_level is not None:
            self.canv.bookmarkPage(flowable.bookmark_key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.bookmark_key, level=flowable.toc_level)
            self.pages_of[flowable.bookmark_key] = self.page


TOC_LINE = 17.0
TOC_TITLE_SPACE = 40.0


class _FormPage(Flowable):
    """Fills a page with a form that is drawn after the content is laid out (a PDF form can be
    used before it is defined). The table of contents goes there, so the document is laid out
    once instead of twice or three times."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height - 1

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas.doForm(self.name)  # the form is drawn in page coordinates, not the frame's


def _toc_capacity(height: float) -> tuple[int, int]:
    """Entries on the first page of the contents (below its title) and on each further page."""
    return int((height - TOC_TITLE_SPACE - 18) // TOC_LINE), int((height - 18) // TOC_LINE)


def _toc_pages(entries: int, height: float) -> int:
    first, rest = _toc_capacity(height)
    return 1 if entries <= first else 1 + -(-(entries - first) // rest)


def _fit(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + " …", font, size) > width:
        text = text[:-1]
    return text.rstrip() + " …"


def _draw_toc(doc: _ConceptDoc, canvas: Canvas, entries: list[tuple[int, str, str]], pages: int) -> None:
    """Define the forms ``toc0`` … with the entries and their page numbers (PDF forms cannot
    hold links; the bookmarks lead to the headings)."""
    left, top, width = doc.leftMargin, doc.bottomMargin + doc.height, doc.width
    first, rest = _toc_capacity(doc.height)
    index = 0
    for page in range(pages):
        canvas.beginForm(f"toc{page}")
        y = top - 18
        if page == 0:
            canvas.setFont(BOLD, 16)
            canvas.setFillColor(colors.black)
            canvas.drawString(left, y, doc.words["contents"])
            y -= TOC_TITLE_SPACE
        end = index + (first if page == 0 else rest)
        while index < min(end, len(entries)):
            level, text, key = entries[index]
            font = BOLD if level == 0 else FONT
            indent = 0 if level == 0 else 16
            number = str(doc.pages_of.get(key, ""))
            number_width = pdfmetrics.stringWidth(number, FONT, 10)
            label = _fit(text, font, 10, width - indent - number_width - 30)
            canvas.setFont(font, 10)
            canvas.setFillColor(colors.black)
            canvas.drawString(left + indent, y, label)
            canvas.drawRightString(left + width, y, number)
            start = left + indent + pdfmetrics.stringWidth(label, font, 10) + 6
            canvas.setFillColor(MUTED)
            canvas.setFont(FONT, 10)
            dots = "." * max(
                0, int((left + width - number_width - 6 - start) / pdfmetrics.stringWidth(". ", FONT, 10))
            )
            canvas.drawString(start, y, " ".join(dots) if dots else "")
            y -= TOC_LINE
            index += 1
        canvas.endForm()


def _blocks(blocks: list[Block], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if block.kind == "heading":
            out.append(TextParagraph(_runs(block.runs), styles["h3"]))
        elif block.kind == "paragraph":
            out.append(TextParagraph(_runs(block.runs), styles["body"]))
        else:
            # Bullets as the paragraphs' own bullet text: a ListFlowable costs several times more
            # to lay out, which counts in a concept of a few hundred pages.
            for number, item in enumerate(block.items, start=1):
                bullet = f"{number}." if block.kind == "numbers" else "•"
                out.append(TextParagraph(_runs(item), styles["item"], bulletText=bullet))
    return out


def _table(fld: FieldOut, styles: dict[str, ParagraphStyle], width: float, labels: list[str]) -> Flowable:
    # Columns empty in every row are left out (they only narrowed the others); the rest get widths
    # by their content, so no word is broken inside a cell.
    used = [i for i in range(len(labels)) if any(i < len(row) and row[i].strip() for row in fld.rows)]
    used = used or list(range(len(labels)))
    header = [TextParagraph(para(labels[i]), styles["cell_head"]) for i in used]
    rows = [
        [TextParagraph(para(row[i] if i < len(row) else ""), styles["cell"]) for i in used]
        for row in fld.rows
    ]
    total = sum(TABLE_SHARES[i] for i in used)
    shares = [TABLE_SHARES[i] / total for i in used]
    widths = fitted_widths([header, *rows], width, shares, padding=7)
    table = LongTable([header, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3edf5")),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8c4d0")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _fields(
    fields: list[FieldOut], styles: dict[str, ParagraphStyle], width: float, labels: list[str]
) -> list[Flowable]:
    out: list[Flowable] = []
    for fld in fields:
        label = TextParagraph(para(fld.label), styles["label"])
        if fld.kind == "text":
            out += [label, TextParagraph(para(fld.text), styles["body"])]  # the label keeps with it
        elif fld.kind == "blocks":
            out += [label, *_blocks(fld.blocks, styles)]
        elif fld.kind == "items":
            out += [label, *(TextParagraph(para(i), styles["item"], bulletText="•") for i in fld.items)]
        else:
            out += [label, _table(fld, styles, width, labels), Spacer(1, 6)]
    return out


def _section(
    section: SectionOut,
    styles: dict[str, ParagraphStyle],
    width: float,
    index: int,
    document: ConceptDocument,
    decided: bool = False,
) -> list[Flowable]:
    words = document.labels
    style = styles["h1"] if section.level == 1 and not section.archived else styles["h2"]
    toc_level = 1 if section.archived else section.level - 1
    out: list[Flowable] = [_Heading(section.heading, style, toc_level, f"s{index}")]
    out += [TextParagraph(para(words["from_workshops"] + o), styles["origin"]) for o in section.origins]
    out += _blocks(section.blocks, styles)
    out += _fields(section.fields, styles, width, document.table_labels)
    if section.empty and not decided:
        out.append(TextParagraph(para(words["empty"]), styles["origin"]))
    return out


def render_pdf(document: ConceptDocument) -> bytes:
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    words = document.labels
    doc = _ConceptDoc(buffer, document.title, f"{document.title} · {document.date_line}", words)
    story: list[Flowable] = [
        Spacer(1, 60 * mm),
        TextParagraph(para(document.title), styles["title"]),
        TextParagraph(para(document.district), styles["subtitle"]),
        Spacer(1, 12 * mm),
        TextParagraph(para(document.status_line), styles["meta"]),
        TextParagraph(para(document.template_line), styles["meta"]),
        TextParagraph(para(document.date_line), styles["meta"]),
        TextParagraph(para(words["programme"]), styles["meta"]),
        NextPageTemplate("content"),
        PageBreak(),
    ]
    entries = [(s.level - 1, s.heading, f"s{i}") for i, s in enumerate(document.current)]
    if document.missing:
        entries.append((0, words["missing"], "missing"))
    if document.archived:
        entries.append((0, words["archive"], "archive"))
        entries += [
            (1, s.heading, f"s{i}") for i, s in enumerate(document.archived, start=len(document.sections))
        ]
    pages = _toc_pages(len(entries), doc.height)
    for page in range(pages):
        story += [_FormPage(f"toc{page}"), PageBreak()]
    for index, section in enumerate(document.current):
        story += _section(section, styles, doc.width, index, document, document.decided)
    if document.missing:
        story += [PageBreak(), _Heading(words["missing"], styles["h1"], 0, "missing")]
        story += [TextParagraph(para("• " + title), styles["body"]) for title in document.missing]
    if document.archived:
        story += [PageBreak(), _Heading(words["archive"], styles["h1"], 0, "archive")]
        for index, section in enumerate(document.archived, start=len(document.sections)):
            story += _section(section, styles, doc.width, index, document)
    doc._doSave = 0  # the forms of the contents are drawn before saving
    doc.build(story)
    _draw_toc(doc, doc.canv, entries, pages)
    doc.canv.save()
    return buffer.getvalue()
