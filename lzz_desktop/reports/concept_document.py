"""What a concept document contains, independent of the format: numbered sections with their
text as Markdown blocks and their fields, then the archived part. The PDF and the Word export
both render this.

The sections are the district's own text; the document's fixed words (contents, page, status,
table columns, notes) follow the language of the export ("de" or "en").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from lzz_desktop.concepts.markdown import Block, parse
from lzz_desktop.concepts.templates import MEASURE_COLUMNS, FieldType
from lzz_desktop.domain.enums import ConceptStatus
from lzz_desktop.records.concepts import AgreementOrigin, ConceptView
from lzz_desktop.texts import dates

STATUS = {
    "de": {
        ConceptStatus.DRAFT: "Entwurf",
        ConceptStatus.IN_REVIEW: "in Abstimmung",
        ConceptStatus.ADOPTED: "beschlossen",
    },
    "en": {
        ConceptStatus.DRAFT: "draft",
        ConceptStatus.IN_REVIEW: "under review",
        ConceptStatus.ADOPTED: "adopted",
    },
}
# The table columns of the documents (keys); start and end share one column to fit a page.
TABLE_KEYS: tuple[str, ...] = ("measure", "goal", "who", "when", "resources", "indicator", "status")
# Preferred shares of the page width; the renderers fit them to the content.
TABLE_SHARES: tuple[float, ...] = (0.20, 0.16, 0.17, 0.12, 0.13, 0.11, 0.11)
LABELS: dict[str, dict[str, str]] = {
    "de": {
        "measure": "Maßnahme",
        "goal": "Ziel",
        "who": "Verantwortlich / Partner",
        "when": "Zeitraum",
        "resources": "Ressourcen",
        "indicator": "Indikator",
        "status": "Status",
        "archive": "Archiviert (aus früheren Vorlagen)",
        "missing": "Anhang: Bei der Beschlussfassung nicht ausgefüllt",
        "empty": "(Dieser Abschnitt ist noch nicht ausgefüllt.)",
        "contents": "Inhalt",
        "page": "Seite {page}",
        "from_workshops": "Aus Workshops: ",
        "programme": "Programm Land.Zuhause.Zukunft",
        "status_line": "Status: {status}",
        "decided": " (Kreistagsbeschluss vom {date})",
        "template_line": "Vorlage: {title}, Version {version}",
        "date_line": "Stand: {date}",
        "origin": "aus Workshop „{title}“ ({date})",
        "origin_item": ", TOP {number} „{title}“",
        "quote": "„{text}“",
    },
    "en": {
        "measure": "Measure",
        "goal": "Goal",
        "who": "Responsible / partners",
        "when": "Period",
        "resources": "Resources",
        "indicator": "Indicator",
        "status": "Status",
        "archive": "Archived (from earlier templates)",
        "missing": "Appendix: not filled in when the concept was adopted",
        "empty": "(This section has not been filled in yet.)",
        "contents": "Contents",
        "page": "Page {page}",
        "from_workshops": "From workshops: ",
        "programme": "Programme Land.Zuhause.Zukunft",
        "status_line": "Status: {status}",
        "decided": " (adopted by the district council on {date})",
        "template_line": "Template: {title}, version {version}",
        "date_line": "As of: {date}",
        "origin": "from workshop “{title}” ({date})",
        "origin_item": ", item {number} “{title}”",
        "quote": "“{text}”",
    },
}


def labels_for(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["de"])


def format_date(value: dt.date | None, language: str = "de") -> str:
    return dates.format_date(value, language)


def _iso_date(text: str, language: str = "de") -> str:
    try:
        return format_date(dt.date.fromisoformat(text), language)
    except ValueError:
        return text


def measure_cells(row: dict[str, str], section_title: str = "", language: str = "de") -> list[str]:
    """One measures row as the cells of ``TABLE_KEYS``; the field of action is named only
    where it is not the section's own."""
    measure = row.get("measure", "")
    if row.get("field_of_action") and row["field_of_action"] != section_title:
        measure = f"{row['field_of_action']}: {measure}" if measure else row["field_of_action"]
    who = " / ".join(x for x in (row.get("responsible", ""), row.get("partners", "")) if x)
    start, end = _iso_date(row.get("start", ""), language), _iso_date(row.get("end", ""), language)
    when = f"{start} – {end}" if start and end else start or end
    values = {**row, "measure": measure, "who": who, "when": when}
    return [str(values.get(key, "")) for key in TABLE_KEYS]


@dataclass
class FieldOut:
    label: str
    kind: str  # "text", "blocks", "items", "table"
    text: str = ""
    blocks: list[Block] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class SectionOut:
    number: str
    title: str
    level: int  # 1 or 2
    blocks: list[Block]
    fields: list[FieldOut]
    origins: list[str]
    archived: bool = False

    @property
    def empty(self) -> bool:
        return not self.blocks and not self.fields

    @property
    def heading(self) -> str:
        return f"{self.number} {self.title}" if not self.archived else self.title


@dataclass
class ConceptDocument:
    title: str
    district: str
    status_line: str
    template_line: str
    date_line: str
    sections: list[SectionOut]
    # A concept decided although entries were missing: those sections, listed in an appendix
    # instead of a placeholder in the middle of the decided text.
    missing: list[str] = field(default_factory=list)
    decided: bool = False
    language: str = "de"

    @property
    def labels(self) -> dict[str, str]:
        """The document's fixed words in its language."""
        return labels_for(self.language)

    @property
    def table_labels(self) -> list[str]:
        return [self.labels[key] for key in TABLE_KEYS]

    @property
    def archived(self) -> list[SectionOut]:
        return [s for s in self.sections if s.archived]

    @property
    def current(self) -> list[SectionOut]:
        return [s for s in self.sections if not s.archived]


def origin_line(origin: AgreementOrigin, language: str = "de") -> str:
    words = labels_for(language)
    where = words["origin"].format(
        title=origin.workshop_title, date=format_date(origin.workshop_date, language)
    )
    if origin.agenda_position is not None:
        where += words["origin_item"].format(number=origin.agenda_position, title=origin.agenda_title)
    return f"{words['quote'].format(text=origin.text)} – {where}"


def _field(
    label: str,
    kind: FieldType | None,
    value: Any,
    actors: dict[str, str],
    section_title: str = "",
    language: str = "de",
) -> FieldOut | None:
    if value in (None, "", []):
        return None
    if kind is FieldType.MEASURES and isinstance(value, list):
        rows = [measure_cells(r, section_title, language) for r in value if isinstance(r, dict)]
        return FieldOut(label, "table", rows=rows) if rows else None
    if kind is FieldType.RICHTEXT and isinstance(value, str):
        return FieldOut(label, "blocks", blocks=parse(value))
    if kind is FieldType.DATE and isinstance(value, str):
        return FieldOut(label, "text", text=_iso_date(value, language))
    if isinstance(value, list):
        items = [actors.get(str(v), str(v)) if kind is FieldType.ACTORS else str(v) for v in value]
        if items and isinstance(value[0], dict):
            items = [" | ".join(str(v.get(c, "")) for c in MEASURE_COLUMNS if v.get(c)) for v in value]
        return FieldOut(label, "items", items=[i for i in items if i.strip()])
    return FieldOut(label, "text", text=str(value))


def build_document(view: ConceptView, today: dt.date | None = None, language: str = "de") -> ConceptDocument:
    language = language if language in LABELS else "de"
    words = labels_for(language)
    actors = dict(view.actors)
    sections = []
    for s in view.sections:
        fields: list[FieldOut] = []
        known: set[str] = set()
        if s.definition is not None:
            for f in s.definition.fields:
                known.add(f.key)
                value = s.data.get(f.key)
                if f.type is FieldType.CHOICE and isinstance(value, str):
                    value = f.choice_label(value, language)  # stored in German
                out = _field(f.label_in(language), f.type, value, actors, s.title, language)
                if out is not None:
                    fields.append(out)
        for key in sorted(k for k in s.data if k not in known):
            out = _field(key, None, s.data[key], actors, language=language)
            if out is not None:
                fields.append(out)
        sections.append(
            SectionOut(
                number=s.number,
                title=s.title_in(language),  # the template's English title in an English document
                level=s.level,
                blocks=parse(s.content),
                fields=fields,
                origins=[origin_line(o, language) for o in s.origins],
                archived=s.archived,
            )
        )
    status = STATUS[language][view.status]
    if view.status is ConceptStatus.ADOPTED and view.decided_on:
        status += words["decided"].format(date=format_date(view.decided_on, language))
    template_title = view.template.title_in(language) if view.template else view.template_key
    return ConceptDocument(
        title=view.title,
        district=view.district_name,
        status_line=words["status_line"].format(status=status),
        template_line=words["template_line"].format(title=template_title, version=view.template_version),
        date_line=words["date_line"].format(date=format_date(today or dt.date.today(), language)),
        sections=sections,
        missing=[
            s.title_in(language)
            for s in view.sections
            if not s.archived and s.completeness.filled < s.completeness.required
        ]
        if view.status is ConceptStatus.ADOPTED
        else [],
        decided=view.status is ConceptStatus.ADOPTED,
        language=language,
    )
