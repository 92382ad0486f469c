"""What a concept document contains, independent of the format: numbered sections with their
text as Markdown blocks and their fields, then the archived part. The PDF and the Word export
both render this.

The exported document is the district's German text, so its fixed words are German here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from lzz_desktop.concepts.markdown import Block, parse
from lzz_desktop.concepts.templates import MEASURE_COLUMNS, FieldType
from lzz_desktop.domain.enums import ConceptStatus
from lzz_desktop.records.concepts import AgreementOrigin, ConceptView

STATUS_DE = {
    ConceptStatus.DRAFT: "Entwurf",
    ConceptStatus.IN_REVIEW: "in Abstimmung",
    ConceptStatus.ADOPTED: "beschlossen",
}
# The table columns of the documents: start and end share one "Zeitraum" column to fit a page.
TABLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("Maßnahme", "measure"),
    ("Ziel", "goal"),
    ("Verantwortlich / Partner", "who"),
    ("Zeitraum", "when"),
    ("Ressourcen", "resources"),
    ("Indikator", "indicator"),
    ("Status", "status"),
)
ARCHIVE_TITLE = "Archiviert (aus früheren Vorlagen)"
MISSING_TITLE = "Anhang: Bei der Beschlussfassung nicht ausgefüllt"
EMPTY_NOTE = "(Dieser Abschnitt ist noch nicht ausgefüllt.)"


def format_date_de(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def _iso_de(text: str) -> str:
    try:
        return format_date_de(dt.date.fromisoformat(text))
    except ValueError:
        return text


def measure_cells(row: dict[str, str], section_title: str = "") -> list[str]:
    """One measures row as the cells of ``TABLE_COLUMNS``; the field of action is named only
    where it is not the section's own."""
    measure = row.get("measure", "")
    if row.get("field_of_action") and row["field_of_action"] != section_title:
        measure = f"{row['field_of_action']}: {measure}" if measure else row["field_of_action"]
    who = " / ".join(x for x in (row.get("responsible", ""), row.get("partners", "")) if x)
    start, end = _iso_de(row.get("start", "")), _iso_de(row.get("end", ""))
    when = f"{start} – {end}" if start and end else start or end
    values = {**row, "measure": measure, "who": who, "when": when}
    return [str(values.get(key, "")) for _label, key in TABLE_COLUMNS]


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

    @property
    def archived(self) -> list[SectionOut]:
        return [s for s in self.sections if s.archived]

    @property
    def current(self) -> list[SectionOut]:
        return [s for s in self.sections if not s.archived]


def origin_line(origin: AgreementOrigin) -> str:
    where = f"aus Workshop „{origin.workshop_title}“ ({format_date_de(origin.workshop_date)})"
    if origin.agenda_position is not None:
        where += f", TOP {origin.agenda_position} „{origin.agenda_title}“"
    return f"„{origin.text}“ – {where}"


def _field(
    label: str, kind: FieldType | None, value: Any, actors: dict[str, str], section_title: str = ""
) -> FieldOut | None:
    if value in (None, "", []):
        return None
    if kind is FieldType.MEASURES and isinstance(value, list):
        rows = [measure_cells(r, section_title) for r in value if isinstance(r, dict)]
        return FieldOut(label, "table", rows=rows) if rows else None
    if kind is FieldType.RICHTEXT and isinstance(value, str):
        return FieldOut(label, "blocks", blocks=parse(value))
    if kind is FieldType.DATE and isinstance(value, str):
        return FieldOut(label, "text", text=_iso_de(value))
    if isinstance(value, list):
        items = [actors.get(str(v), str(v)) if kind is FieldType.ACTORS else str(v) for v in value]
        if items and isinstance(value[0], dict):
            items = [" | ".join(str(v.get(c, "")) for c in MEASURE_COLUMNS if v.get(c)) for v in value]
        return FieldOut(label, "items", items=[i for i in items if i.strip()])
    return FieldOut(label, "text", text=str(value))


def build_document(view: ConceptView, today: dt.date | None = None) -> ConceptDocument:
    actors = dict(view.actors)
    sections = []
    for s in view.sections:
        fields: list[FieldOut] = []
        known: set[str] = set()
        if s.definition is not None:
            for f in s.definition.fields:
                known.add(f.key)
                out = _field(f.label, f.type, s.data.get(f.key), actors, s.title)
                if out is not None:
                    fields.append(out)
        for key in sorted(k for k in s.data if k not in known):
            out = _field(key, None, s.data[key], actors)
            if out is not None:
                fields.append(out)
        sections.append(
            SectionOut(
                number=s.number,
                title=s.title,
                level=s.level,
                blocks=parse(s.content),
                fields=fields,
                origins=[origin_line(o) for o in s.origins],
                archived=s.archived,
            )
        )
    status = STATUS_DE[view.status]
    if view.status is ConceptStatus.ADOPTED and view.decided_on:
        status += f" (Kreistagsbeschluss vom {format_date_de(view.decided_on)})"
    template_title = view.template.title if view.template else view.template_key
    return ConceptDocument(
        title=view.title,
        district=view.district_name,
        status_line=f"Status: {status}",
        template_line=f"Vorlage: {template_title}, Version {view.template_version}",
        date_line=f"Stand: {format_date_de(today or dt.date.today())}",
        sections=sections,
        missing=[
            s.title
            for s in view.sections
            if not s.archived and s.completeness.filled < s.completeness.required
        ]
        if view.status is ConceptStatus.ADOPTED
        else [],
        decided=view.status is ConceptStatus.ADOPTED,
    )
