"""The protocol of a programme event (issue 15) as PDF: what it was, who took part from which
district, agenda, results, agreements and the learnings ("Impulse") — like a workshop's protocol,
in German or English as the UI speaks."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from lzz_desktop import PROGRAMME_NAME
from lzz_desktop.domain.enums import EVENT_KIND_NAMES, EventKind
from lzz_desktop.reports.document import render_a4, styles, table
from lzz_desktop.reports.fonts import TextParagraph, para, register_fonts
from lzz_desktop.reports.texts import Texts
from lzz_desktop.services.events import EventDetail

_WORDS = {
    "de": {
        "format": "Format",
        "date": "Datum",
        "venue": "Ort",
        "host": "Gastgebende Kommune",
        "phase": "Programmphase",
        "districts": "Teilnehmende Landkreise",
        "protocol": "Protokoll",
        "item": "Angabe",
        "value": "Wert",
        "topics": "Themen",
        "speakers": "Referentinnen und Referenten",
        "participants": "Teilnehmende",
        "name": "Name",
        "organisation": "Organisation",
        "district": "Landkreis",
        "no_participants": "keine erfasst",
        "agenda": "Tagesordnung",
        "results": "Ergebnisse",
        "agreements": "Vereinbarungen",
        "learnings": "Impulse für die Konzepte",
        "learning": "Impuls",
        "description": "Beschreibung",
        "none": "keine",
        "page": "Seite {page}",
    },
    "en": {
        "format": "Format",
        "date": "Date",
        "venue": "Venue",
        "host": "Host municipality",
        "phase": "Programme phase",
        "districts": "Participating districts",
        "protocol": "Minutes",
        "item": "Item",
        "value": "Value",
        "topics": "Topics",
        "speakers": "Speakers",
        "participants": "Participants",
        "name": "Name",
        "organisation": "Organisation",
        "district": "District",
        "no_participants": "none recorded",
        "agenda": "Agenda",
        "results": "Results",
        "agreements": "Agreements",
        "learnings": "Learnings for the concepts",
        "learning": "Learning",
        "description": "Description",
        "none": "none",
        "page": "Page {page}",
    },
}
_KIND_EN = {
    EventKind.FORUM: "Forum on integration in rural areas",
    EventKind.LEARNING_JOURNEY: "Learning journey",
    EventKind.EXPERT_EVENT: "Expert event",
    EventKind.CONFERENCE: "Conference",
}


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def render_event_protocol(detail: EventDetail, language: str = "de") -> bytes:
    register_fonts()
    language = "en" if language == "en" else "de"
    t = Texts(language)
    w = _WORDS[language]
    s = styles()
    width = A4[0] - 36 * mm
    data = detail.data
    kind = _KIND_EN[data.kind] if language == "en" else EVENT_KIND_NAMES[data.kind]
    when = t.date(data.starts_on) + (f" – {t.date(data.ends_on)}" if data.ends_on else "")
    host = data.host_municipality + (f" ({data.host_country})" if data.host_country else "")
    facts = [
        [w["format"], kind],
        [w["date"], when],
        *([[w["venue"], data.venue]] if data.venue else []),
        *([[w["host"], host]] if host.strip() else []),
        *([[w["phase"], detail.phase_name]] if detail.phase_name else []),
        [w["districts"], ", ".join(sorted(detail.district_names.values())) or "–"],
    ]
    story: list[Any] = [
        TextParagraph(para(PROGRAMME_NAME), s["body"]),
        TextParagraph(para(f"{w['protocol']}: {data.title}"), s["h1"]),
        table([[w["item"], w["value"]], *facts], [width * 0.3, width * 0.7], s),
    ]
    for heading, text in ((w["topics"], data.topics), (w["speakers"], data.speakers)):
        if text.strip():
            story += [TextParagraph(para(heading), s["h2"]), TextParagraph(para(text), s["body"])]
    story.append(TextParagraph(para(w["participants"]), s["h2"]))
    if detail.participants:
        rows = [
            [p.name, p.organisation, detail.district_names.get(p.district_id or "", "") or "–"]
            for p in detail.participants
        ]
        story.append(
            table(
                [[w["name"], w["organisation"], w["district"]], *rows], [width * 0.35] * 2 + [width * 0.3], s
            )
        )
    else:
        story.append(TextParagraph(para(w["no_participants"]), s["body"]))
    agenda = _lines(data.agenda)
    if agenda:
        story.append(TextParagraph(para(w["agenda"]), s["h2"]))
        story += [TextParagraph(para(f"{n}. {item}"), s["body"]) for n, item in enumerate(agenda, 1)]
    for heading, text in ((w["results"], data.results), (w["agreements"], data.agreements)):
        story.append(TextParagraph(para(heading), s["h2"]))
        story.append(TextParagraph(para(text.strip() or w["none"]), s["body"]))
    story.append(TextParagraph(para(w["learnings"]), s["h2"]))
    if detail.learnings:
        story.append(
            table(
                [[w["learning"], w["description"]], *([lr.title, lr.text] for lr in detail.learnings)],
                [width * 0.35, width * 0.65],
                s,
            )
        )
    else:
        story.append(TextParagraph(para(w["none"]), s["body"]))
    story.append(Spacer(1, 4 * mm))

    return render_a4(
        story,
        f"{w['protocol']} {data.title}",
        f"{kind} · {data.title}",
        w["page"],
        "en-GB" if language == "en" else "de-DE",
    )
