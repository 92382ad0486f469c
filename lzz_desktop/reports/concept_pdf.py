"""The concept as PDF (reportlab): title page, table of contents, numbered headings, measures as
tables, page numbers. Fonts are the shipped DejaVu Sans, so every name prints."""

from __future__ import annotations

import io
import threading
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from lzz_desktop.concepts.markdown import Block, Run
from lzz_desktop.paths import resource
from lzz_desktop.reports.concept_document import (
    ARCHIVE_TITLE,
    TABLE_COLUMNS,
    ConceptDocument,
    FieldOut,
    SectionOut,
)

FONT = "LZZDejaVuSans"
_fonts_lock = threading.Lock()
_fonts_ready = False
ACCENT = colors.HexColor("#1f5f8b")
MUTED = colors.HexColor("#5a6675")


def register_fonts() -> None:
    global _fonts_ready
    with _fonts_lock:
        if _fonts_ready:
            return
        folder = resource("fonts")
        for name, file in (
            (FONT, "DejaVuSans.ttf"),
            (f"{FONT}-Bold", "DejaVuSans-Bold.ttf"),
            (f"{FONT}-Oblique", "DejaVuSans-Oblique.ttf"),
            (f"{FONT}-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
        ):
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Oblique", boldItalic=f"{FONT}-BoldOblique"
        )
        _fonts_ready = True


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, spaceAfter=5)
    return {
        "body": base,
        "title": ParagraphStyle(
            "title", base, fontName=f"{FONT}-Bold", fontSize=24, leading=30, spaceAfter=14
        ),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=13, leading=18, textColor=MUTED),
        "meta": ParagraphStyle("meta", base, fontSize=10, textColor=MUTED),
        "toc_title": ParagraphStyle(
            "toc_title", base, fontName=f"{FONT}-Bold", fontSize=16, leading=22, spaceAfter=12
        ),
        "h1": ParagraphStyle(
            "h1",
            base,
            fontName=f"{FONT}-Bold",
            fontSize=15,
            leading=20,
            spaceBefore=14,
            spaceAfter=8,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            base,
            fontName=f"{FONT}-Bold",
            fontSize=12.5,
            leading=17,
            spaceBefore=10,
            spaceAfter=6,
            textColor=ACCENT,
        ),
        "h3": ParagraphStyle(
            "h3", base, fontName=f"{FONT}-Bold", fontSize=11, leading=15, spaceBefore=6, spaceAfter=4
        ),
        "label": ParagraphStyle("label", base, fontName=f"{FONT}-Bold", spaceBefore=4, spaceAfter=2),
        "origin": ParagraphStyle(
            "origin", base, fontName=f"{FONT}-Oblique", fontSize=9, leading=12, textColor=MUTED
        ),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head", base, fontName=f"{FONT}-Bold", fontSize=7.5, leading=10, spaceAfter=0
        ),
        "footer": ParagraphStyle("footer", base, fontSize=8, alignment=TA_CENTER, textColor=MUTED),
    }


def _runs(runs: list[Run]) -> str:
    parts = []
    for r in runs:
        text = escape(r.text)
        if r.bold:
            text = f"<b>{text}</b>"
        if r.italic:
            text = f"<i>{text}</i>"
        parts.append(text)
    return "".join(parts)


class _Heading(Paragraph):
    """A heading that goes into the table of contents (``toc_level``) with a PDF bookmark."""

    def __init__(self, text: str, style: ParagraphStyle, toc_level: int | None, key: str) -> None:
        super().__init__(escape(text), style)
        self.toc_level = toc_level
        self.toc_text = text
        self.bookmark_key = key


class _ConceptDoc(BaseDocTemplate):
    def __init__(self, target: Any, title: str, footer: str) -> None:
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
        canvas.drawString(self.leftMargin, 12 * mm, self.footer)
        canvas.drawRightString(A4[0] - self.rightMargin, 12 * mm, f"Seite {doc.page}")
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading) and flowable.toc_level is not None:
            self.canv.bookmarkPage(flowable.bookmark_key)
            self.canv.addOutlineEntry(flowable.toc_text, flowable.bookmark_key, level=flowable.toc_level)
            self.notify("TOCEntry", (flowable.toc_level, flowable.toc_text, self.page, flowable.bookmark_key))


def _blocks(blocks: list[Block], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if block.kind == "heading":
            out.append(Paragraph(_runs(block.runs), styles["h3"]))
        elif block.kind == "paragraph":
            out.append(Paragraph(_runs(block.runs), styles["body"]))
        else:
            items = [ListItem(Paragraph(_runs(item), styles["body"]), leftIndent=14) for item in block.items]
            out.append(
                ListFlowable(
                    items,
                    bulletType="1" if block.kind == "numbers" else "bullet",
                    start=None if block.kind == "numbers" else "•",
                    bulletFontName=FONT,
                    bulletFontSize=9,
                    leftIndent=14,
                )
            )
    return out


def _table(fld: FieldOut, styles: dict[str, ParagraphStyle], width: float) -> Flowable:
    header = [Paragraph(escape(label), styles["cell_head"]) for label, _key in TABLE_COLUMNS]
    rows = [[Paragraph(escape(cell), styles["cell"]) for cell in row] for row in fld.rows]
    shares = (0.20, 0.15, 0.16, 0.12, 0.12, 0.15, 0.10)
    table = LongTable([header, *rows], colWidths=[width * s for s in shares], repeatRows=1)
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


def _fields(fields: list[FieldOut], styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for fld in fields:
        label = Paragraph(escape(fld.label), styles["label"])
        if fld.kind == "text":
            out.append(KeepTogether([label, Paragraph(escape(fld.text), styles["body"])]))
        elif fld.kind == "blocks":
            out += [label, *_blocks(fld.blocks, styles)]
        elif fld.kind == "items":
            items = [ListItem(Paragraph(escape(i), styles["body"]), leftIndent=14) for i in fld.items]
            out += [
                label,
                ListFlowable(items, bulletType="bullet", start="•", bulletFontName=FONT, leftIndent=14),
            ]
        else:
            out += [label, _table(fld, styles, width), Spacer(1, 6)]
    return out


def _section(
    section: SectionOut, styles: dict[str, ParagraphStyle], width: float, index: int
) -> list[Flowable]:
    style = styles["h1"] if section.level == 1 and not section.archived else styles["h2"]
    toc_level = 1 if section.archived else section.level - 1
    out: list[Flowable] = [_Heading(section.heading, style, toc_level, f"s{index}")]
    out += [Paragraph(escape("Aus Workshops: " + o), styles["origin"]) for o in section.origins]
    out += _blocks(section.blocks, styles)
    out += _fields(section.fields, styles, width)
    return out


def render_pdf(document: ConceptDocument) -> bytes:
    register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    doc = _ConceptDoc(buffer, document.title, f"{document.title} · {document.date_line}")
    story: list[Flowable] = [
        Spacer(1, 60 * mm),
        Paragraph(escape(document.title), styles["title"]),
        Paragraph(escape(document.district), styles["subtitle"]),
        Spacer(1, 12 * mm),
        Paragraph(escape(document.status_line), styles["meta"]),
        Paragraph(escape(document.template_line), styles["meta"]),
        Paragraph(escape(document.date_line), styles["meta"]),
        Paragraph("Programm Land.Zuhause.Zukunft", styles["meta"]),
        NextPageTemplate("content"),
        PageBreak(),
        Paragraph("Inhalt", styles["toc_title"]),
    ]
    toc = TableOfContents()
    toc.levelStyles = [
        ParagraphStyle("toc1", styles["body"], fontName=f"{FONT}-Bold", leftIndent=0, firstLineIndent=0),
        ParagraphStyle("toc2", styles["body"], leftIndent=14, firstLineIndent=0),
    ]
    toc.dotsMinLevel = 0
    story += [toc, PageBreak()]
    for index, section in enumerate(document.current):
        story += _section(section, styles, doc.width, index)
    if document.archived:
        story += [PageBreak(), _Heading(ARCHIVE_TITLE, styles["h1"], 0, "archive")]
        for index, section in enumerate(document.archived, start=len(document.sections)):
            story += _section(section, styles, doc.width, index)
    doc.multiBuild(story)
    return buffer.getvalue()
