"""Section content: field values, their validation, completeness, and a plain-text form used for
comparison. Values are JSON: text fields are strings (richtext as Markdown, dates in ISO 8601),
the measures table a list of row objects, lists and actor references lists of strings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from lzz_desktop.concepts.markdown import inline
from lzz_desktop.concepts.templates import MEASURE_COLUMNS, MEASURE_LABELS, FieldDef, FieldType, SectionDef
from lzz_desktop.domain.validation import ErrorCode, FieldError

TEXT_TYPES = {FieldType.RICHTEXT, FieldType.TEXT, FieldType.DATE, FieldType.CHOICE}


def empty_value(fld: FieldDef) -> Any:
    return "" if fld.type in TEXT_TYPES else []


def is_filled(fld: FieldDef | None, value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        if fld is not None and fld.type is FieldType.MEASURES:
            return any(isinstance(row, dict) and str(row.get("measure", "")).strip() for row in value)
        return any(str(item).strip() for item in value)
    return value is not None


def _valid_value(fld: FieldDef, value: Any) -> bool:
    if fld.type in TEXT_TYPES:
        if not isinstance(value, str):
            return False
        if fld.type is FieldType.DATE and value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return False
        return not (fld.type is FieldType.CHOICE and value and value not in fld.choices)
    if fld.type is FieldType.MEASURES:
        return isinstance(value, list) and all(
            isinstance(row, dict)
            and set(row) <= set(MEASURE_COLUMNS)
            and all(isinstance(v, str) for v in row.values())
            for row in value
        )
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def validate_data(section: SectionDef, data: dict[str, Any], previous: dict[str, Any]) -> list[FieldError]:
    """Field values must fit the template's fields. Keys the template does not know are allowed
    only if they were there already (carried over from an earlier template version)."""
    errors: list[FieldError] = []
    for key, value in data.items():
        fld = section.field(key)
        if fld is None:
            if key not in previous:
                errors.append(FieldError(f"data.{key}", ErrorCode.UNKNOWN_VALUE))
            continue
        if not _valid_value(fld, value):
            errors.append(FieldError(f"data.{key}", ErrorCode.UNKNOWN_VALUE))
    return errors


@dataclass(frozen=True)
class Completeness:
    filled: int
    required: int

    @property
    def ratio(self) -> float:
        return self.filled / self.required if self.required else 1.0

    @property
    def percent(self) -> int:
        return round(100 * self.ratio)

    def __add__(self, other: Completeness) -> Completeness:
        return Completeness(self.filled + other.filled, self.required + other.required)


def section_completeness(section: SectionDef, content: str, data: dict[str, Any]) -> Completeness:
    """Filled required items of a section: its text (when required) and its required fields. A
    section that requires nothing counts its text as the one item, so an empty one is not done."""
    required = [f for f in section.fields if f.required]
    items = [is_filled(f, data.get(f.key)) for f in required]
    if section.text_required or not items:
        items.append(bool(content.strip()))
    return Completeness(sum(items), len(items))


def total_completeness(parts: list[Completeness]) -> Completeness:
    total = Completeness(0, 0)
    for part in parts:
        total = total + part
    return total


def value_text(fld: FieldDef | None, value: Any, actor_names: dict[str, str] | None = None) -> str:
    """A field value as plain text lines (for comparison and as a fallback rendering)."""
    names = actor_names or {}
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return "" if value is None else str(value)
    if fld is not None and fld.type is FieldType.ACTORS:
        return "\n".join(f"- {names.get(v, v)}" for v in value)
    lines = []
    for item in value:
        if isinstance(item, dict):
            details = "; ".join(
                f"{MEASURE_LABELS[c]}: {_date_de(item[c]) if c in ('start', 'end') else item[c]}"
                for c in MEASURE_COLUMNS
                if c != "measure" and item.get(c)
            )
            lines.append(f"- {item.get('measure', '')}" + (f" ({details})" if details else ""))
        else:
            lines.append(f"- {item}")
    return "\n".join(lines)


def _date_de(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).strftime("%d.%m.%Y")
    except ValueError:
        return text


_PREFIX = re.compile(r"^(\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?)(.*)$")


def plain_text(markdown: str) -> str:
    """Markdown without the emphasis markers, for reading and comparing; headings and list
    markers stay, as they carry structure."""
    lines = []
    for line in markdown.splitlines():
        match = _PREFIX.match(line)
        assert match is not None
        prefix, rest = match.groups()
        lines.append(prefix + "".join(run.text for run in inline(rest)))
    return "\n".join(lines)


def section_text(
    section: SectionDef | None, content: str, data: dict[str, Any], actor_names: dict[str, str] | None = None
) -> str:
    """Everything written in a section as plain text: the text, then each field under its label."""
    parts = [plain_text(content).strip()] if content.strip() else []
    known = {f.key for f in section.fields} if section else set()
    fields: list[tuple[str, FieldDef | None]] = [(f.label, f) for f in section.fields] if section else []
    fields += [(key, None) for key in sorted(data) if key not in known]
    for label, fld in fields:
        key = fld.key if fld else label
        text = value_text(fld, data.get(key), actor_names).strip()
        if text:
            parts.append(f"{label}:\n{text}")
    return "\n\n".join(parts)
