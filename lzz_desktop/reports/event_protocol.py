"""The protocol of a programme event (issue 15) as PDF: what it was, who took part from which
district, agenda, results, agreements and the learnings ("Impulse") — like a workshop's protocol."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from lzz_desktop import PROGRAMME_NAME
from lzz_desktop.domain.enums import EVENT_KIND_NAMES
from lzz_desktop.reports.conference import _styles, _table, render_a4
from lzz_desktop.reports.fonts import TextParagraph, para, register_fonts
from lzz_desktop.reports.texts import Texts
from lzz_desktop.services.events import EventDetail


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def render_event_protocol(detail: EventDetail) -> bytes:
    register_fonts()
    t = Texts("de")
    s = _styles()
    width = A4[0] - 36 * mm
    data = detail.data
    kind = EVENT_KIND_NAMES[data.kind]
    when = t.date(data.starts_on) + (f" – {t.date(data.ends_on)}" if data.ends_on else "")
    host = data.host_municipality + (f" ({data.host_country})" if data.host_country else "")
    facts = [
        ["Format", kind],
        ["Datum", when],
        *([["Ort", data.venue]] if data.venue else []),
        *([["Gastgebende Kommune", host]] if host.strip() else []),
        *([["Programmphase", detail.phase_name]] if detail.phase_name else []),
        ["Teilnehmende Landkreise", ", ".join(sorted(detail.district_names.values())) or "–"],
    ]
    story: list[Any] = [
        TextParagraph(para(PROGRAMME_NAME), s["body"]),
        TextParagraph(para(f"Protokoll: {data.title}"), s["h1"]),
        _table([["Angabe", "Wert"], *facts], [width * 0.3, width * 0.7], s),
    ]
    for heading, text in (("Themen", data.topics), ("Referentinnen und Referenten", data.speakers)):
        if text.strip():
            story += [TextParagraph(para(heading), s["h2"]), TextParagraph(para(text), s["body"])]
    story.append(TextParagraph(para("Teilnehmende"), s["h2"]))
    if detail.participants:
        rows = [
            [p.name, p.organisation, detail.district_names.get(p.district_id or "", "") or "–"]
            for p in detail.participants
        ]
        story.append(
            _table([["Name", "Organisation", "Landkreis"], *rows], [width * 0.35] * 2 + [width * 0.3], s)
        )
    else:
        story.append(TextParagraph(para("keine erfasst"), s["body"]))
    agenda = _lines(data.agenda)
    if agenda:
        story.append(TextParagraph(para("Tagesordnung"), s["h2"]))
        story += [TextParagraph(para(f"{n}. {item}"), s["body"]) for n, item in enumerate(agenda, 1)]
    for heading, text in (("Ergebnisse", data.results), ("Vereinbarungen", data.agreements)):
        story.append(TextParagraph(para(heading), s["h2"]))
        story.append(TextParagraph(para(text.strip() or "keine"), s["body"]))
    story.append(TextParagraph(para("Impulse für die Konzepte"), s["h2"]))
    if detail.learnings:
        story.append(
            _table(
                [["Impuls", "Beschreibung"], *([lr.title, lr.text] for lr in detail.learnings)],
                [width * 0.35, width * 0.65],
                s,
            )
        )
    else:
        story.append(TextParagraph(para("keine"), s["body"]))
    story.append(Spacer(1, 4 * mm))

    return render_a4(story, f"Protokoll {data.title}", f"{kind} · {data.title}")
