"""Concept templates: JSON files in ``resources/templates/`` (and the data directory's
``templates/`` folder), validated against a schema on load and identified by key and version.

Their texts are German; optional ``…_en`` keys beside them (``title_en``, ``label_en``,
``help_en``, ``choices_en`` …) carry the English the editor shows when the UI speaks English. A
template without them stays valid and shows its German texts. Choices are stored in German
whatever the UI language (``choices_en`` only names them on screen).

A broken file never stops the app: it is reported with the file, the place in it and the reason,
and the other templates load as usual.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class FieldType(StrEnum):
    RICHTEXT = "richtext"  # formatted text, stored as Markdown
    TEXT = "text"  # short text, one line
    DATE = "date"  # ISO 8601 date
    CHOICE = "choice"  # one of ``choices``
    MEASURES = "measures"  # the measures table
    LIST = "list"  # a list of short entries: goals, indicators
    ACTORS = "actors"  # references to actors of the district (ids)


# Columns of the measures table, in order. Labels live in the UI and the exports.
MEASURE_COLUMNS: tuple[str, ...] = (
    "field_of_action",
    "goal",
    "measure",
    "responsible",
    "partners",
    "start",
    "end",
    "resources",
    "indicator",
    "status",
)

# Column names in the language of the concepts (German), for the documents and for comparing
# versions: they are part of the text a district writes, not of the user interface.
MEASURE_LABELS: dict[str, str] = {
    "field_of_action": "Handlungsfeld",
    "goal": "Ziel",
    "measure": "Maßnahme",
    "responsible": "Verantwortlich",
    "partners": "Partner",
    "start": "Beginn",
    "end": "Ende",
    "resources": "Ressourcen",
    "indicator": "Indikator",
    "status": "Status",
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["key", "version", "title", "sections"],
    "additionalProperties": False,
    "properties": {
        "key": {"type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$"},
        "version": {"type": "integer", "minimum": 1},
        "title": {"type": "string", "minLength": 1},
        "title_en": {"type": "string", "minLength": 1},
        "description": {"type": "string"},
        "description_en": {"type": "string"},
        "sections": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/section"}},
    },
    "$defs": {
        "section": {
            "type": "object",
            "required": ["key", "title"],
            "additionalProperties": False,
            "properties": {
                "key": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$"},
                "title": {"type": "string", "minLength": 1},
                "title_en": {"type": "string", "minLength": 1},
                "level": {"type": "integer", "enum": [1, 2]},
                "guidance": {"type": "string"},
                "guidance_en": {"type": "string"},
                "questions": {"type": "array", "items": {"type": "string"}},
                "questions_en": {"type": "array", "items": {"type": "string"}},
                "text_required": {"type": "boolean"},
                "renamed_from": {"type": "array", "items": {"type": "string"}},
                "fields": {"type": "array", "items": {"$ref": "#/$defs/field"}},
            },
        },
        "field": {
            "type": "object",
            "required": ["key", "type", "label"],
            "additionalProperties": False,
            "properties": {
                "key": {"type": "string", "pattern": "^[a-z0-9][a-z0-9_]*$"},
                "type": {"enum": [t.value for t in FieldType]},
                "label": {"type": "string", "minLength": 1},
                "label_en": {"type": "string", "minLength": 1},
                "required": {"type": "boolean"},
                "help": {"type": "string"},
                "help_en": {"type": "string"},
                "choices": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                "choices_en": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            },
        },
    },
}


class TemplateProblem(StrEnum):
    SYNTAX = "syntax"
    MISSING_KEY = "missing_key"
    UNKNOWN_FIELD_TYPE = "unknown_field_type"
    DUPLICATE_SECTION = "duplicate_section"
    DUPLICATE_FIELD = "duplicate_field"
    DUPLICATE_TEMPLATE = "duplicate_template"
    CHOICES_MISSING = "choices_missing"
    WRONG_TYPE = "wrong_type"
    UNKNOWN_KEY = "unknown_key"
    EMPTY = "empty"
    BAD_FORMAT = "bad_format"
    INVALID = "invalid"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class TemplateError:
    """Why a template file was rejected: ``place`` is a JSON path (``$.sections[2].key``) or, for
    syntax errors, ``line``/``column``; ``detail`` names the offending value or key."""

    file: Path
    problem: TemplateProblem
    place: str = "$"
    detail: str = ""
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = f"line {self.line}, column {self.column}" if self.line is not None else self.place
        return f"{self.file}: {where}: {self.problem.value} {self.detail}".rstrip()


@dataclass(frozen=True)
class FieldDef:
    key: str
    type: FieldType
    label: str
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()
    label_en: str = ""
    help_en: str = ""
    choices_en: tuple[str, ...] = ()

    def label_in(self, language: str) -> str:
        return self.label_en if language == "en" and self.label_en else self.label

    def help_in(self, language: str) -> str:
        return self.help_en if language == "en" and self.help_en else self.help

    def choice_label(self, choice: str, language: str) -> str:
        """How a stored (German) choice reads on screen."""
        if language == "en" and choice in self.choices and len(self.choices_en) == len(self.choices):
            return self.choices_en[self.choices.index(choice)]
        return choice


@dataclass(frozen=True)
class SectionDef:
    key: str
    title: str
    level: int = 1
    guidance: str = ""
    questions: tuple[str, ...] = ()
    text_required: bool = False
    renamed_from: tuple[str, ...] = ()
    fields: tuple[FieldDef, ...] = ()
    title_en: str = ""
    guidance_en: str = ""
    questions_en: tuple[str, ...] = ()

    def title_in(self, language: str) -> str:
        return self.title_en if language == "en" and self.title_en else self.title

    def guidance_in(self, language: str) -> str:
        return self.guidance_en if language == "en" and self.guidance_en else self.guidance

    def questions_in(self, language: str) -> tuple[str, ...]:
        return self.questions_en if language == "en" and self.questions_en else self.questions

    def field(self, key: str) -> FieldDef | None:
        return next((f for f in self.fields if f.key == key), None)


@dataclass(frozen=True)
class TemplateDef:
    key: str
    version: int
    title: str
    description: str = ""
    sections: tuple[SectionDef, ...] = ()
    source: Path | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    title_en: str = ""
    description_en: str = ""

    def title_in(self, language: str) -> str:
        return self.title_en if language == "en" and self.title_en else self.title

    def description_in(self, language: str) -> str:
        return self.description_en if language == "en" and self.description_en else self.description

    def section(self, key: str) -> SectionDef | None:
        return next((s for s in self.sections if s.key == key), None)

    def to_json(self) -> str:
        return json.dumps(self.raw, ensure_ascii=False, sort_keys=True)


def _json_path(parts: Iterable[Any]) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _schema_error(file: Path, error: Any) -> TemplateError:
    place = _json_path(error.absolute_path)
    if error.validator == "required":
        instance = error.instance if isinstance(error.instance, dict) else {}
        missing = next((k for k in error.validator_value if k not in instance), "")
        return TemplateError(file, TemplateProblem.MISSING_KEY, place, str(missing))
    if error.validator == "enum" and list(error.absolute_path)[-1:] == ["type"]:
        return TemplateError(file, TemplateProblem.UNKNOWN_FIELD_TYPE, place, str(error.instance))
    if error.validator == "type":
        return TemplateError(file, TemplateProblem.WRONG_TYPE, place, str(error.validator_value))
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        unknown = ", ".join(sorted(k for k in error.instance if k not in allowed))
        return TemplateError(file, TemplateProblem.UNKNOWN_KEY, place, unknown)
    if error.validator in ("minLength", "minItems"):
        return TemplateError(file, TemplateProblem.EMPTY, place)
    if error.validator in ("pattern", "minimum", "enum"):
        return TemplateError(file, TemplateProblem.BAD_FORMAT, place, str(error.instance))
    return TemplateError(file, TemplateProblem.INVALID, place, error.message)


@functools.cache
def _validator() -> Any:
    """Built on the first template read (jsonschema takes ~40 ms to import: not at start-up)."""
    import jsonschema

    return jsonschema.Draft202012Validator(SCHEMA)


def parse_template(file: Path, text: str) -> tuple[TemplateDef | None, list[TemplateError]]:
    """The template in ``text`` (read from ``file``), or None and every reason to reject it."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, [TemplateError(file, TemplateProblem.SYNTAX, "$", exc.msg, exc.lineno, exc.colno)]
    # Shallowest first: a missing "sections" says more than an error deep inside one.
    schema_errors = sorted(_validator().iter_errors(raw), key=lambda e: (len(e.absolute_path), e.json_path))
    errors = [_schema_error(file, e) for e in schema_errors]
    if errors:
        return None, errors
    seen_sections: set[str] = set()
    for i, section in enumerate(raw["sections"]):
        names = [section["key"], *section.get("renamed_from", [])]
        for name in names:
            if name in seen_sections:
                errors.append(
                    TemplateError(file, TemplateProblem.DUPLICATE_SECTION, f"$.sections[{i}]", name)
                )
            seen_sections.add(name)
        seen_fields: set[str] = set()
        for j, fld in enumerate(section.get("fields", [])):
            place = f"$.sections[{i}].fields[{j}]"
            if fld["key"] in seen_fields:
                errors.append(TemplateError(file, TemplateProblem.DUPLICATE_FIELD, place, fld["key"]))
            seen_fields.add(fld["key"])
            if fld["type"] == FieldType.CHOICE and not fld.get("choices"):
                errors.append(TemplateError(file, TemplateProblem.CHOICES_MISSING, place, fld["key"]))
            if "choices_en" in fld and len(fld["choices_en"]) != len(fld.get("choices", [])):
                detail = f"{fld['key']}: choices_en must name each of the choices"
                errors.append(TemplateError(file, TemplateProblem.INVALID, place, detail))
    if errors:
        return None, errors
    sections = tuple(
        SectionDef(
            key=s["key"],
            title=s["title"],
            level=s.get("level", 1),
            guidance=s.get("guidance", ""),
            questions=tuple(s.get("questions", ())),
            text_required=s.get("text_required", False),
            renamed_from=tuple(s.get("renamed_from", ())),
            fields=tuple(
                FieldDef(
                    key=f["key"],
                    type=FieldType(f["type"]),
                    label=f["label"],
                    required=f.get("required", False),
                    help=f.get("help", ""),
                    choices=tuple(f.get("choices", ())),
                    label_en=f.get("label_en", ""),
                    help_en=f.get("help_en", ""),
                    choices_en=tuple(f.get("choices_en", ())),
                )
                for f in s.get("fields", ())
            ),
            title_en=s.get("title_en", ""),
            guidance_en=s.get("guidance_en", ""),
            questions_en=tuple(s.get("questions_en", ())),
        )
        for s in raw["sections"]
    )
    template = TemplateDef(
        key=raw["key"],
        version=raw["version"],
        title=raw["title"],
        description=raw.get("description", ""),
        sections=sections,
        source=file,
        raw=raw,
        title_en=raw.get("title_en", ""),
        description_en=raw.get("description_en", ""),
    )
    return template, []


@dataclass
class TemplateRegistry:
    """Every valid template found, by (key, version), and the files that were rejected."""

    templates: dict[tuple[str, int], TemplateDef] = field(default_factory=dict)
    errors: list[TemplateError] = field(default_factory=list)

    @classmethod
    def load(cls, folders: Iterable[Path]) -> TemplateRegistry:
        registry = cls()
        for folder in folders:
            if not folder.is_dir():
                continue
            for file in sorted(folder.glob("*.json")):
                registry.add_file(file)
        return registry

    def add_file(self, file: Path) -> None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.errors.append(TemplateError(file, TemplateProblem.UNREADABLE, "$", str(exc)))
            return
        template, errors = parse_template(file, text)
        if template is None:
            self.errors.extend(errors)
            return
        ident = (template.key, template.version)
        if ident in self.templates:
            self.errors.append(
                TemplateError(file, TemplateProblem.DUPLICATE_TEMPLATE, "$.version", f"{ident[0]} {ident[1]}")
            )
            return
        self.templates[ident] = template

    def get(self, key: str, version: int) -> TemplateDef | None:
        return self.templates.get((key, version))

    def latest(self, key: str) -> TemplateDef | None:
        versions = [t for (k, _v), t in self.templates.items() if k == key]
        return max(versions, key=lambda t: t.version) if versions else None

    def newest_of_each(self) -> list[TemplateDef]:
        keys = sorted({k for k, _v in self.templates})
        return [t for t in (self.latest(k) for k in keys) if t is not None]
