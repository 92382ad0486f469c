"""The conference report of a programme phase (issue 15): a title page, one chapter per district —
process, concept and its fields of action with goals and measures, workshops held, the network of
actors then and now — and a chapter across the districts: the fields of action chosen and the
measures per field. In the fonts that print every script; no person is named.

Its words follow the UI language (``lzz-desktop --lang en report …``); German is the default, as
the report is written for the German public. What the districts wrote — concept texts, fields of
action, measures, stage names of their phase — stays as written."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table, TableStyle

from lzz_desktop import PROGRAMME_NAME
from lzz_desktop.domain.enums import EVENT_KIND_NAMES, STAGE_NAMES_EN, ConceptStatus, EventKind
from lzz_desktop.reports.document import render_a4, styles, table
from lzz_desktop.reports.fonts import REGULAR, TextParagraph, para, register_fonts
from lzz_desktop.reports.small_map import SmallMap, sector_tint
from lzz_desktop.reports.texts import Texts
from lzz_desktop.services.programme import DistrictChapter, PhaseReport

STATUS = {
    ConceptStatus.DRAFT: "Entwurf",
    ConceptStatus.IN_REVIEW: "in Abstimmung",
    ConceptStatus.ADOPTED: "beschlossen",
}


# The report's words: German for the German public; English when the UI speaks English.
_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "stages": "Stufen und Zeitplan",
        "stage": "Stufe",
        "planned": "geplant",
        "reached": "erreicht",
        "late": "verspätet",
        "reached_summary": "Erreicht: {stage}",
        "no_stage": "noch keine Stufe",
        "late_summary": "; verspätet: {count}",
        "process": "Prozessbegleitung: {span}",
        "concept": "Konzept",
        "no_concept": "Noch kein Konzept angelegt.",
        "decided": ", beschlossen am {date}",
        "concept_line": "„{title}“ – {status}{decided}; ausgefüllt zu {percent} %.",
        "field": "Handlungsfeld: {title}",
        "goal": "Ziel: {goal}",
        "measure": "Maßnahme",
        "state": "Stand",
        "workshops": "Workshops",
        "date": "Datum",
        "workshop": "Workshop",
        "format": "Format",
        "held_planned": "{held} durchgeführt, {planned} geplant.",
        "learnings_used": "Genutzte Impulse aus Programmveranstaltungen",
        "learning": "Impuls",
        "from_event": "aus der Veranstaltung",
        "actors": "Akteurslandschaft",
        "since": "seit dem ersten festgehaltenen Stand ({date})",
        "today": "heute",
        "actors_line": "Akteure {since}: {then} → {now}; Beziehungen: {rel_then} → {rel_now}.",
        "sector": "Sektor",
        "actors_now": "Akteure heute",
        "first_state": "erster Stand ({date})",
        "no_earlier": "ohne früheren Stand",
        "cover": "Konferenz {name} ({start}–{end})",
        "results_of": "Ergebnisse der Programmlandkreise: {names}.",
        "across": "Über die Landkreise hinweg",
        "fields_chosen": "Gewählte Handlungsfelder und Maßnahmen",
        "field_head": "Handlungsfeld",
        "districts": "Landkreise",
        "measures": "Maßnahmen",
        "no_common": "keine – jeder Landkreis setzt eigene Schwerpunkte",
        "common": "Gemeinsame Themen (in mehreren Landkreisen): {text}.",
        "no_fields": "Noch keine Handlungsfelder mit Zielen oder Maßnahmen.",
        "phase_workshops": "Workshops der Phase: {held} durchgeführt.",
        "events": "Veranstaltungen der Phase",
        "event": "Veranstaltung",
        "no_events": "Keine Programmveranstaltungen erfasst.",
        "learnings_in_concepts": "Impulse aus den Veranstaltungen in den Konzepten",
        "district": "Landkreis",
        "title": "Konferenzbericht {name}",
        "page": "Seite {page}",
    },
    "en": {
        "stages": "Stages and timeline",
        "stage": "Stage",
        "planned": "planned",
        "reached": "reached",
        "late": "late",
        "reached_summary": "Reached: {stage}",
        "no_stage": "no stage yet",
        "late_summary": "; late: {count}",
        "process": "Accompanied: {span}",
        "concept": "Concept",
        "no_concept": "No concept begun yet.",
        "decided": ", decided on {date}",
        "concept_line": "“{title}” – {status}{decided}; {percent} % filled in.",
        "field": "Field of action: {title}",
        "goal": "Goal: {goal}",
        "measure": "Measure",
        "state": "Status",
        "workshops": "Workshops",
        "date": "Date",
        "workshop": "Workshop",
        "format": "Format",
        "held_planned": "{held} held, {planned} planned.",
        "learnings_used": "Learnings used from programme events",
        "learning": "Learning",
        "from_event": "from the event",
        "actors": "Actors",
        "since": "since the first recorded state ({date})",
        "today": "today",
        "actors_line": "Actors {since}: {then} → {now}; relationships: {rel_then} → {rel_now}.",
        "sector": "Sector",
        "actors_now": "Actors today",
        "first_state": "first state ({date})",
        "no_earlier": "no earlier state",
        "cover": "Conference {name} ({start}–{end})",
        "results_of": "Results of the programme districts: {names}.",
        "across": "Across the districts",
        "fields_chosen": "Fields of action chosen and their measures",
        "field_head": "Field of action",
        "districts": "Districts",
        "measures": "Measures",
        "no_common": "none – each district sets its own priorities",
        "common": "Common themes (in several districts): {text}.",
        "no_fields": "No fields of action with goals or measures yet.",
        "phase_workshops": "Workshops of the phase: {held} held.",
        "events": "Events of the phase",
        "event": "Event",
        "no_events": "No programme events recorded.",
        "learnings_in_concepts": "Learnings from the events in the concepts",
        "district": "District",
        "title": "Conference report {name}",
        "page": "Page {page}",
    },
}
STATUS_EN = {
    ConceptStatus.DRAFT: "draft",
    ConceptStatus.IN_REVIEW: "under consultation",
    ConceptStatus.ADOPTED: "decided",
}
KIND_EN = {
    EventKind.FORUM: "Forum on integration in rural areas",
    EventKind.LEARNING_JOURNEY: "Learning journey",
    EventKind.EXPERT_EVENT: "Expert event",
    EventKind.CONFERENCE: "Conference",
}


def _stages(chapter: DistrictChapter, t: Texts, width: float, s: dict[str, ParagraphStyle]) -> list[Any]:
    """Stufe und Zeitplan: each stage of the district's year, planned against reached."""
    timeline = chapter.timeline
    if timeline is None or not timeline.stages:
        return []
    w = _WORDS[t.language]
    story: list[Any] = [TextParagraph(para(w["stages"]), s["h2"])]
    rows = [[w["stage"], w["planned"], w["reached"]]]

    def named(stage: str) -> str:
        return STAGE_NAMES_EN.get(stage, stage) if t.language == "en" else stage

    for state in timeline.stages:
        reached = t.date(state.actual_on) if state.actual_on else (w["late"] if state.late else "–")
        rows.append([named(state.stage), t.date(state.planned_on) if state.planned_on else "–", reached])
    story.append(table(rows, [width * 0.5, width * 0.25, width * 0.25], s))
    summary = w["reached_summary"].format(
        stage=named(timeline.reached) if timeline.reached else w["no_stage"]
    )
    if timeline.late:
        summary += w["late_summary"].format(count=timeline.late)
    story.append(TextParagraph(para(summary + "."), s["body"]))
    return story


def _district(chapter: DistrictChapter, t: Texts, width: float, s: dict[str, ParagraphStyle]) -> list[Any]:
    w = _WORDS[t.language]
    story: list[Any] = [TextParagraph(para(chapter.name), s["h1"])]
    span = (
        f"{t.date(chapter.process_start)} – {t.date(chapter.process_end)}" if chapter.process_start else "–"
    )
    story.append(TextParagraph(para(w["process"].format(span=span)), s["body"]))
    story.extend(_stages(chapter, t, width, s))
    story.append(TextParagraph(para(w["concept"]), s["h2"]))
    if chapter.concept_status is None:
        story.append(TextParagraph(para(w["no_concept"]), s["body"]))
    else:
        decided = w["decided"].format(date=t.date(chapter.decided_on)) if chapter.decided_on else ""
        status = (STATUS_EN if t.language == "en" else STATUS)[chapter.concept_status]
        line = w["concept_line"].format(
            title=chapter.concept_title, status=status, decided=decided, percent=chapter.completeness
        )
        story.append(TextParagraph(para(line), s["body"]))
    for field_of_action in chapter.fields:
        story.append(TextParagraph(para(w["field"].format(title=field_of_action.title)), s["h2"]))
        for goal in field_of_action.goals:
            story.append(TextParagraph(para(w["goal"].format(goal=goal)), s["body"]))
        if field_of_action.measures:
            rows = [
                [w["measure"], w["state"]],
                *([m, status or "–"] for m, status in field_of_action.measures),
            ]
            story.append(table(rows, [width * 0.75, width * 0.25], s))
    story.append(TextParagraph(para(w["workshops"]), s["h2"]))
    if chapter.held:
        rows = [
            [w["date"], w["workshop"], w["format"]],
            *([t.date(d), title, t.format(f)] for d, title, f in chapter.held),
        ]
        story.append(table(rows, [width * 0.18, width * 0.55, width * 0.27], s))
    held_planned = w["held_planned"].format(held=len(chapter.held), planned=chapter.planned)
    story.append(TextParagraph(para(held_planned), s["body"]))
    if chapter.learnings:
        story.append(TextParagraph(para(w["learnings_used"]), s["h2"]))
        rows = [[w["learning"], w["from_event"]], *([title, event] for title, event in chapter.learnings)]
        story.append(table(rows, [width * 0.55, width * 0.45], s))
    net = chapter.network
    network_start = len(story)
    story.append(TextParagraph(para(w["actors"]), s["h2"]))
    since = w["since"].format(date=t.date(net.since)) if net.since else w["today"]
    line = w["actors_line"].format(
        since=since,
        then=net.actors_then,
        now=net.actors_now,
        rel_then=net.relationships_then,
        rel_now=net.relationships_now,
    )
    story.append(TextParagraph(para(line), s["body"]))
    rows = [[w["sector"], w["actors_now"]], *([t.sector(k), str(v)] for k, v in net.by_sector_now.items())]
    # Beside the numbers, the sector map then and now: a dot per actor, no names.
    size = 46 * mm
    then = w["first_state"].format(date=t.date(net.since)) if net.since else w["no_earlier"]
    numbers = table(rows, [width * 0.25, width * 0.13], s)
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
                SmallMap(net.map_then, size, then),
                SmallMap(net.map_now, size, w["today"]),
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


def render_conference_report(report: PhaseReport, language: str = "de") -> bytes:
    """The report as PDF bytes, in German (for the German public) or English."""
    register_fonts()
    t = Texts(language)
    w = _WORDS[t.language]
    kinds = KIND_EN if t.language == "en" else EVENT_KIND_NAMES
    s = styles()
    width = A4[0] - 36 * mm
    names = ", ".join(d.name for d in report.districts) or "–"
    cover = w["cover"].format(name=report.name, start=report.start_year, end=report.end_year)
    story: list[Any] = [
        Spacer(1, 40 * mm),
        TextParagraph(para(PROGRAMME_NAME), s["body"]),
        TextParagraph(para(cover), s["cover"]),
        Spacer(1, 6 * mm),
        TextParagraph(para(w["results_of"].format(names=names)), s["body"]),
    ]
    if report.notes:
        story.append(TextParagraph(para(report.notes), s["body"]))
    for chapter in report.districts:
        story += [PageBreak(), *_district(chapter, t, width, s)]
    story += [PageBreak(), TextParagraph(para(w["across"]), s["h1"])]
    chosen = report.fields_chosen()
    measures = report.measures_by_field()
    if chosen:
        story.append(TextParagraph(para(w["fields_chosen"]), s["h2"]))
        rows = [
            [w["field_head"], w["districts"], w["measures"]],
            *(
                [title, ", ".join(districts), str(measures.get(title, 0))]
                for title, districts in chosen.items()
            ),
        ]
        story.append(table(rows, [width * 0.35, width * 0.5, width * 0.15], s))
        common = [title for title, districts in chosen.items() if len(districts) > 1]
        text = ", ".join(common) if common else w["no_common"]
        story.append(TextParagraph(para(w["common"].format(text=text)), s["body"]))
    else:
        story.append(TextParagraph(para(w["no_fields"]), s["body"]))
    held = sum(len(d.held) for d in report.districts)
    story.append(TextParagraph(para(w["phase_workshops"].format(held=held)), s["body"]))
    story.append(TextParagraph(para(w["events"]), s["h2"]))
    if report.events:
        rows = [
            [t.date(on), kinds[kind], title + (f" ({host})" if host else ""), ", ".join(names)]
            for on, kind, title, host, names in report.events
        ]
        widths = [width * 0.13, width * 0.2, width * 0.32, width * 0.35]
        head = [w["date"], w["format"], w["event"], w["districts"]]
        story.append(table([head, *rows], widths, s))
    else:
        story.append(TextParagraph(para(w["no_events"]), s["body"]))
    if report.learnings_used:
        story.append(TextParagraph(para(w["learnings_in_concepts"]), s["h2"]))
        rows = [list(row) for row in report.learnings_used]
        widths = [width * 0.25, width * 0.4, width * 0.35]
        story.append(table([[w["district"], w["learning"], w["from_event"]], *rows], widths, s))
    return render_a4(
        story,
        w["title"].format(name=report.name),
        f"{PROGRAMME_NAME} · {report.name}",
        w["page"],
        "en-GB" if t.language == "en" else "de-DE",
    )
