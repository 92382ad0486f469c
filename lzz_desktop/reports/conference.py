"""The conference report of a programme phase (issue 15): a title page, one chapter per district —
process, concept and its fields of action with goals and measures, workshops held, the network of
actors then and now — and a chapter across the districts: the fields of action chosen and the
measures per field. In the fonts that print every script; no person is named.

German only, whatever the UI language: the report is written for the German public (the
programme's conference, the districts' councils), and its content — phase, concept texts, fields
of action, measures — is the districts' German text anyway."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

from lzz_desktop import PROGRAMME_NAME
from lzz_desktop.domain.enums import EVENT_KIND_NAMES, ConceptStatus
from lzz_desktop.reports.fonts import BOLD, REGULAR, TextParagraph, embedded_canvas, para, register_fonts
from lzz_desktop.reports.small_map import sector_tint, small_map
from lzz_desktop.reports.texts import Texts
from lzz_desktop.services.programme import DistrictChapter, PhaseReport

ACCENT = colors.HexColor("#1f4e79")
STATUS = {
    ConceptStatus.DRAFT: "Entwurf",
    ConceptStatus.IN_REVIEW: "in Abstimmung",
    ConceptStatus.ADOPTED: "beschlossen",
}


def _styles() -> dict[str, ParagraphStyle]:
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


def _table(rows: list[list[str]], widths: list[float], styles: dict[str, ParagraphStyle]) -> Table:
    data = [
        [TextParagraph(para(cell), styles["head" if r == 0 else "cell"]) for cell in row]
        for r, row in enumerate(rows)
    ]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the cells reference Helvetica
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _stages(chapter: DistrictChapter, t: Texts, width: float, s: dict[str, ParagraphStyle]) -> list[Any]:
    """Stufe und Zeitplan: each stage of the district's year, planned against reached."""
    timeline = chapter.timeline
    if timeline is None or not timeline.stages:
        return []
    story: list[Any] = [TextParagraph(para("Stufen und Zeitplan"), s["h2"])]
    rows = [["Stufe", "geplant", "erreicht"]]
    for state in timeline.stages:
        reached = t.date(state.actual_on) if state.actual_on else ("verspätet" if state.late else "–")
        rows.append([state.stage, t.date(state.planned_on) if state.planned_on else "–", reached])
    story.append(_table(rows, [width * 0.5, width * 0.25, width * 0.25], s))
    summary = f"Erreicht: {timeline.reached or 'noch keine Stufe'}"
    if timeline.late:
        summary += f"; verspätet: {timeline.late}"
    story.append(TextParagraph(para(summary + "."), s["body"]))
    return story


def _district(chapter: DistrictChapter, t: Texts, width: float, s: dict[str, ParagraphStyle]) -> list[Any]:
    story: list[Any] = [TextParagraph(para(chapter.name), s["h1"])]
    span = (
        f"{t.date(chapter.process_start)} – {t.date(chapter.process_end)}" if chapter.process_start else "–"
    )
    story.append(TextParagraph(para(f"Prozessbegleitung: {span}"), s["body"]))
    story.extend(_stages(chapter, t, width, s))
    story.append(TextParagraph(para("Konzept"), s["h2"]))
    if chapter.concept_status is None:
        story.append(TextParagraph(para("Noch kein Konzept angelegt."), s["body"]))
    else:
        decided = f", beschlossen am {t.date(chapter.decided_on)}" if chapter.decided_on else ""
        story.append(
            TextParagraph(
                para(
                    f"„{chapter.concept_title}“ – {STATUS[chapter.concept_status]}{decided}; "
                    f"ausgefüllt zu {chapter.completeness} %."
                ),
                s["body"],
            )
        )
    for field_of_action in chapter.fields:
        story.append(TextParagraph(para(f"Handlungsfeld: {field_of_action.title}"), s["h2"]))
        for goal in field_of_action.goals:
            story.append(TextParagraph(para(f"Ziel: {goal}"), s["body"]))
        if field_of_action.measures:
            rows = [["Maßnahme", "Stand"], *([m, status or "–"] for m, status in field_of_action.measures)]
            story.append(_table(rows, [width * 0.75, width * 0.25], s))
    story.append(TextParagraph(para("Workshops"), s["h2"]))
    if chapter.held:
        rows = [
            ["Datum", "Workshop", "Format"],
            *([t.date(d), title, t.format(f)] for d, title, f in chapter.held),
        ]
        story.append(_table(rows, [width * 0.18, width * 0.55, width * 0.27], s))
    story.append(
        TextParagraph(para(f"{len(chapter.held)} durchgeführt, {chapter.planned} geplant."), s["body"])
    )
    if chapter.learnings:
        story.append(TextParagraph(para("Genutzte Impulse aus Programmveranstaltungen"), s["h2"]))
        rows = [["Impuls", "aus der Veranstaltung"], *([title, event] for title, event in chapter.learnings)]
        story.append(_table(rows, [width * 0.55, width * 0.45], s))
    net = chapter.network
    network_start = len(story)
    story.append(TextParagraph(para("Akteurslandschaft"), s["h2"]))
    since = f"seit dem ersten festgehaltenen Stand ({t.date(net.since)})" if net.since else "heute"
    story.append(
        TextParagraph(
            para(
                f"Akteure {since}: {net.actors_then} → {net.actors_now}; Beziehungen: "
                f"{net.relationships_then} → {net.relationships_now}."
            ),
            s["body"],
        )
    )
    rows = [["Sektor", "Akteure heute"], *([t.sector(k), str(v)] for k, v in net.by_sector_now.items())]
    # Beside the numbers, the sector map then and now: a dot per actor, no names.
    size = 46 * mm
    then = f"erster Stand ({t.date(net.since)})" if net.since else "ohne früheren Stand"
    numbers = _table(rows, [width * 0.25, width * 0.13], s)
    # The sector's colour on the map, as the key of the two maps.
    numbers.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, row), (0, row), sector_tint(sector))
                for row, sector in enumerate(net.by_sector_now, start=1)
            ]
        )
    )
    side = Table(
        [
            [
                numbers,
                small_map(net.map_then, size, then),
                small_map(net.map_now, size, "heute"),
            ]
        ],
        colWidths=[width * 0.4, width * 0.3, width * 0.3],
        hAlign="LEFT",
    )
    side.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    story.append(side)
    story[network_start:] = [KeepTogether(story[network_start:])]  # the heading stays with its map
    return story


def render_conference_report(report: PhaseReport) -> bytes:
    """The report as PDF bytes."""
    register_fonts()
    t = Texts("de")
    s = _styles()
    width = A4[0] - 36 * mm
    names = ", ".join(d.name for d in report.districts) or "–"
    story: list[Any] = [
        Spacer(1, 40 * mm),
        TextParagraph(para(PROGRAMME_NAME), s["body"]),
        TextParagraph(para(f"Konferenz {report.name} ({report.start_year}–{report.end_year})"), s["cover"]),
        Spacer(1, 6 * mm),
        TextParagraph(para(f"Ergebnisse der Programmlandkreise: {names}."), s["body"]),
    ]
    if report.notes:
        story.append(TextParagraph(para(report.notes), s["body"]))
    for chapter in report.districts:
        story += [PageBreak(), *_district(chapter, t, width, s)]
    story += [PageBreak(), TextParagraph(para("Über die Landkreise hinweg"), s["h1"])]
    chosen = report.fields_chosen()
    measures = report.measures_by_field()
    if chosen:
        story.append(TextParagraph(para("Gewählte Handlungsfelder und Maßnahmen"), s["h2"]))
        rows = [
            ["Handlungsfeld", "Landkreise", "Maßnahmen"],
            *(
                [title, ", ".join(districts), str(measures.get(title, 0))]
                for title, districts in chosen.items()
            ),
        ]
        story.append(_table(rows, [width * 0.35, width * 0.5, width * 0.15], s))
        common = [title for title, districts in chosen.items() if len(districts) > 1]
        text = ", ".join(common) if common else "keine – jeder Landkreis setzt eigene Schwerpunkte"
        story.append(TextParagraph(para(f"Gemeinsame Themen (in mehreren Landkreisen): {text}."), s["body"]))
    else:
        story.append(TextParagraph(para("Noch keine Handlungsfelder mit Zielen oder Maßnahmen."), s["body"]))
    held = sum(len(d.held) for d in report.districts)
    story.append(TextParagraph(para(f"Workshops der Phase: {held} durchgeführt."), s["body"]))
    story.append(TextParagraph(para("Veranstaltungen der Phase"), s["h2"]))
    if report.events:
        rows = [
            [t.date(on), EVENT_KIND_NAMES[kind], title + (f" ({host})" if host else ""), ", ".join(names)]
            for on, kind, title, host, names in report.events
        ]
        widths = [width * 0.13, width * 0.2, width * 0.32, width * 0.35]
        story.append(_table([["Datum", "Format", "Veranstaltung", "Landkreise"], *rows], widths, s))
    else:
        story.append(TextParagraph(para("Keine Programmveranstaltungen erfasst."), s["body"]))
    if report.learnings_used:
        story.append(TextParagraph(para("Impulse aus den Veranstaltungen in den Konzepten"), s["h2"]))
        rows = [list(row) for row in report.learnings_used]
        widths = [width * 0.25, width * 0.4, width * 0.35]
        story.append(_table([["Landkreis", "Impuls", "aus der Veranstaltung"], *rows], widths, s))

    return render_a4(story, f"Konferenzbericht {report.name}", f"{PROGRAMME_NAME} · {report.name}")


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
