"""The A4 documents of the programme office (the conference report, an event's protocol, the
access report): their styles, their tables and the page frame — a footer with the page number on
every page, every font embedded."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from lzz_desktop import PROGRAMME_NAME
from lzz_desktop.reports.fonts import BOLD, REGULAR, TextParagraph, embedded_canvas, para

ACCENT = colors.HexColor("#1f4e79")
GRID = colors.HexColor("#bbbbbb")


def grid(header: bool = True) -> list[tuple[Any, ...]]:
    """The table style of these documents: a light grid in the documents' font (a cell without a
    font would name a Helvetica the PDF does not carry)."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")))
    return commands


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, spaceBefore=2)
    return {
        "body": base,
        "cover": ParagraphStyle(
            "cover", parent=base, fontName=BOLD, fontSize=22, leading=27, textColor=ACCENT
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8.5, leading=11),
    }


def table(rows: list[list[str]], widths: list[float], styles: dict[str, ParagraphStyle]) -> Table:
    data = [
        [TextParagraph(para(cell), styles["head" if r == 0 else "cell"]) for cell in row]
        for r, row in enumerate(rows)
    ]
    made = Table(data, colWidths=widths, repeatRows=1)
    made.setStyle(TableStyle(grid()))
    return made


def render_a4(
    story: list[Any], title: str, footer_text: str, page: str = "Seite {page}", lang: str = "de-DE"
) -> bytes:
    """An A4 document of the programme office: ``footer_text`` and the page number (``page``) on
    every page, every font embedded."""

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(18 * mm, 10 * mm, footer_text[:110])
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, page.format(page=doc.page))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=PROGRAMME_NAME,
        creator="LZZ Desktop",
        lang=lang,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=embedded_canvas)
    return buffer.getvalue()
