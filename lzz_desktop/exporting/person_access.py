"""The access report for one person (Art. 15/20 DSGVO): ``auskunft_<name>.json`` (every record,
machine-readable) and ``auskunft_<name>.pdf`` (the same, readable), written into one folder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from lzz_desktop import PROGRAMME_NAME
from lzz_desktop.domain.enums import (
    ACTOR_KIND_NAMES,
    CONSENT_STATUS_NAMES,
    SECTOR_NAMES,
    ActionStatus,
    ActorKind,
    AttendanceRole,
    AttendanceStatus,
    ConsentStatus,
    Sector,
)
from lzz_desktop.domain.wallclock import district_time
from lzz_desktop.exporting.slug import slugify
from lzz_desktop.fileio import write_bytes
from lzz_desktop.reports.document import grid, render_a4
from lzz_desktop.reports.fonts import BOLD, REGULAR, TextParagraph, para, register_fonts
from lzz_desktop.reports.texts import Texts
from lzz_desktop.services.person_access import AccessReport
from lzz_desktop.texts.dates import format_date, format_datetime

_WORDS = {
    "de": {
        "title": "Auskunft nach Art. 15 DSGVO",
        "page": "Seite {page}",
        "intro": "Alle Daten, die LZZ Desktop in diesem Landkreis über die Person gespeichert hat, "
        "Stand {created}. Dieselben Daten maschinenlesbar (Art. 20 DSGVO): {json}.",
        "person": "Gespeicherte Angaben zur Person",
        "none": "Keine weiteren Einträge.",
    },
    "en": {
        "title": "Access report under Art. 15 GDPR",
        "page": "Page {page}",
        "intro": "All data LZZ Desktop holds about the person in this district, as of {created}. "
        "The same data, machine-readable (Art. 20 GDPR): {json}.",
        "person": "Data stored about the person",
        "none": "No further records.",
    },
}
_KINDS = {
    "de": {
        "consent": "Einwilligungen",
        "relationship": "Beziehungen",
        "attendance": "Teilnahme an Workshops",
        "action_item": "Aufgaben",
        "map_position": "Positionen auf den Karten",
        "map_snapshot": "Festgehaltene Kartenstände",
        "workshop": "Workshops",
        "agenda_item": "Tagesordnungspunkte",
        "agreement": "Vereinbarungen",
        "concept_section": "Konzeptabschnitte",
        "concept_version": "Konzeptfassungen",
        "comment": "Kommentare",
        "actor": "Andere Akteure",
        "programme_event": "Programmveranstaltungen",
        "event_participant": "Teilnahme an Programmveranstaltungen",
        "event_learning": "Impulse aus Programmveranstaltungen",
    },
    "en": {
        "consent": "Consents",
        "relationship": "Relationships",
        "attendance": "Workshop attendance",
        "action_item": "Tasks",
        "map_position": "Positions on the maps",
        "map_snapshot": "Map snapshots",
        "workshop": "Workshops",
        "agenda_item": "Agenda items",
        "agreement": "Agreements",
        "concept_section": "Concept sections",
        "concept_version": "Concept versions",
        "comment": "Comments",
        "actor": "Other actors",
        "programme_event": "Programme events",
        "event_participant": "Participation in programme events",
        "event_learning": "Learnings from programme events",
    },
}


def file_stem(report: AccessReport) -> str:
    return f"auskunft_{slugify(str(report.person.get('name') or 'person'))}"


def render_json(report: AccessReport) -> bytes:
    return (json.dumps(report.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


# The PDF is read by the person: fields by their names in the document's language, the record ids
# and bookkeeping left to the JSON (which keeps every field as stored).
_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Name", "Name"),
    "kind": ("Art", "Kind"),
    "role": ("Rolle / Funktion", "Role"),
    "organisation": ("Organisation", "Organisation"),
    "sector": ("Sektor", "Sector"),
    "email": ("E-Mail", "E-mail"),
    "phone": ("Telefon", "Phone"),
    "address": ("Adresse", "Address"),
    "influence": ("Einfluss (0–4)", "Influence (0–4)"),
    "attitude": ("Haltung (−2 … +2)", "Attitude (−2 … +2)"),
    "interest": ("Interesse (0–4)", "Interest (0–4)"),
    "tags": ("Schlagworte", "Tags"),
    "notes": ("Notizen", "Notes"),
    "status": ("Status", "Status"),
    "given_on": ("Erteilt am", "Given on"),
    "method": ("Wie", "How"),
    "scope": ("Umfang", "Scope"),
    "withdrawn_on": ("Widerrufen am", "Withdrawn on"),
    "review_on": ("Prüfen am", "Review on"),
    "title": ("Titel", "Title"),
    "due_on": ("Fällig am", "Due on"),
    "responsible_text": ("Verantwortlich", "Responsible"),
    "guest_name": ("Gast", "Guest"),
    "guest_organisation": ("Organisation des Gastes", "Guest's organisation"),
    "guest_sector": ("Sektor des Gastes", "Guest's sector"),
    "strength": ("Stärke", "Strength"),
    "note": ("Notiz", "Note"),
    "taken_on": ("Festgehalten am", "Taken on"),
    "x": ("x", "x"),
    "y": ("y", "y"),
    "created_at": ("Angelegt", "Created"),
    "updated_at": ("Zuletzt geändert", "Last changed"),
    "deleted_at": ("Gelöscht (Papierkorb)", "Deleted (recycle bin)"),
}
_NAMED = ("nennt die Person in", "names the person in")


def _readable(row: dict[str, Any], language: str) -> list[tuple[str, str]]:
    en = language == "en"
    if "names_the_person_in" in row:
        return [
            (f"{_NAMED[en]} {_quoted(_FIELDS.get(field, (field, field))[en], en)}", " / ".join(passages))
            for field, passages in sorted(row["names_the_person_in"].items())
        ]
    return [
        (_FIELDS[key][en], _named_value(key, value, language))
        for key, value in row.items()
        if key in _FIELDS and value not in (None, "")
    ]


_KIND_EN = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANISATION: "Organisation",
    ActorKind.GROUP: "Group",
    ActorKind.NETWORK: "Network",
}
_CONSENT_EN = {ConsentStatus.GIVEN: "given", ConsentStatus.WITHDRAWN: "withdrawn", ConsentStatus.NONE: "none"}


def _quoted(text: str, en: bool) -> str:
    return f"“{text}”" if en else f"„{text}“"


def _named_value(key: str, value: Any, language: str) -> str:
    """Enumerations by their names (in the files' words), dates as the reader writes them."""
    if key == "sector" and value in {s.value for s in Sector}:
        return SECTOR_NAMES["en" if language == "en" else "de"][Sector(value)]
    if key == "kind" and value in {k.value for k in ActorKind}:
        kind = ActorKind(value)
        return _KIND_EN[kind] if language == "en" else ACTOR_KIND_NAMES[kind]
    texts = Texts("en" if language == "en" else "de")
    if key == "status" and value in {c.value for c in ConsentStatus}:
        consent = ConsentStatus(value)
        return _CONSENT_EN[consent] if language == "en" else CONSENT_STATUS_NAMES[consent]
    if key == "status" and value in {a.value for a in ActionStatus}:
        return texts.action_status(ActionStatus(value))
    if key == "status" and value in {a.value for a in AttendanceStatus}:
        return _ATTENDANCE[language == "en"][AttendanceStatus(value)]
    if key == "role" and value in {r.value for r in AttendanceRole}:
        return texts.role(AttendanceRole(value))
    return _value(value, language)


_ATTENDANCE = (
    {
        AttendanceStatus.INVITED: "eingeladen",
        AttendanceStatus.PRESENT: "anwesend",
        AttendanceStatus.EXCUSED: "entschuldigt",
    },
    {
        AttendanceStatus.INVITED: "invited",
        AttendanceStatus.PRESENT: "present",
        AttendanceStatus.EXCUSED: "excused",
    },
)


def _value(value: Any, language: str = "de") -> str:
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:  # ISO dates and times as the reader writes them
            stamp = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
        if len(value) <= 10:
            return format_date(stamp.date(), language)
        return format_datetime(district_time(stamp), language)  # the district's clock, as everywhere
    return _text(value)


def _text(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _table(rows: list[tuple[str, str]], width: float, styles: dict[str, ParagraphStyle]) -> Table:
    data = [
        [TextParagraph(para(k), styles["label"]), TextParagraph(para(v), styles["cell"])] for k, v in rows
    ]
    table = Table(data, colWidths=[width * 0.28, width * 0.72])
    table.setStyle(TableStyle(grid(header=False)))
    return table


def render_pdf(report: AccessReport, language: str = "de") -> bytes:
    register_fonts()
    words = _WORDS["en" if language == "en" else "de"]
    kinds = _KINDS["en" if language == "en" else "de"]
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13)
    styles = {
        "body": base,
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
    }
    width = A4[0] - 36 * mm
    person = report.person
    story: list[Any] = [
        TextParagraph(para(f"{PROGRAMME_NAME} · {report.district}"), base),
        TextParagraph(para(f"{words['title']}: {person.get('name', '')}"), styles["title"]),
        TextParagraph(
            para(
                words["intro"].format(
                    created=_value(report.created_at, language), json=file_stem(report) + ".json"
                )
            ),
            base,
        ),
        TextParagraph(para(words["person"]), styles["h2"]),
        _table(_readable(person, language), width, styles),
    ]
    if not report.records:
        story.append(TextParagraph(para(words["none"]), base))
    for entity in sorted(report.records):
        story.append(
            TextParagraph(para(f"{kinds.get(entity, entity)} ({len(report.records[entity])})"), styles["h2"])
        )
        for row in report.records[entity]:
            rows = _readable(row, language)
            story += [KeepTogether(_table(rows, width, styles)), Spacer(1, 3 * mm)]
    title = f"{words['title']}: {person.get('name', '')}"
    return render_a4(story, title, title, words["page"], "en-GB" if language == "en" else "de-DE")


def write_access_report(report: AccessReport, folder: Path, language: str = "de") -> list[Path]:
    """``auskunft_<name>.json`` and ``auskunft_<name>.pdf`` in ``folder``; returns both paths."""
    stem = file_stem(report)
    return [
        write_bytes(folder / f"{stem}.json", render_json(report)),
        write_bytes(folder / f"{stem}.pdf", render_pdf(report, language)),
    ]
