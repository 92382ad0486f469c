"""What crosses the wire for each synced entity, derived from the models in ``SYNCED_MODELS``.

The central store validates every pushed change against these specs, and the client turns wire
values back into Python values with them, so a new entity needs no change here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, inspect
from sqlalchemy import Enum as SAEnum

from lzz_desktop.domain.base import SyncMixin, UTCDateTime

SERVER_OWNED = frozenset({"id", "version"})


@dataclass(frozen=True)
class FieldSpec:
    name: str
    kind: str  # str | text | int | float | bool | date | datetime | enum
    nullable: bool
    required: bool  # must be given on insert: not nullable and without a default
    max_length: int | None = None
    choices: frozenset[str] = frozenset()
    enum_type: type[Enum] | None = None
    default: Any = None  # wire value of a scalar default; None when there is none (or it is computed)
    has_fixed_default: bool = False  # a field missing on the wire takes ``default``


@dataclass(frozen=True)
class EntitySpec:
    name: str
    model: type[SyncMixin]
    fields: dict[str, FieldSpec]
    is_district: bool  # the district record itself: its id is its district
    scoped: bool  # carries district_id

    @property
    def is_global(self) -> bool:
        return not self.scoped and not self.is_district

    @property
    def long_text_fields(self) -> frozenset[str]:
        return frozenset(name for name, f in self.fields.items() if f.kind == "text")


def _field(column: Any, key: str) -> FieldSpec:
    spec = _bare_field(column, key)
    default = column.default
    if default is not None and default.is_scalar:
        value = default.arg.value if isinstance(default.arg, Enum) else default.arg
        return dataclasses.replace(spec, default=value, has_fixed_default=True)
    if default is None and spec.nullable:
        return dataclasses.replace(spec, has_fixed_default=True)
    return spec


def _bare_field(column: Any, key: str) -> FieldSpec:
    col_type = column.type
    has_default = column.default is not None or column.server_default is not None
    nullable = bool(column.nullable)
    required = not nullable and not has_default
    if isinstance(col_type, SAEnum):
        enum_cls = col_type.enum_class
        return FieldSpec(
            key, "enum", nullable, required, choices=frozenset(col_type.enums), enum_type=enum_cls
        )
    if isinstance(col_type, UTCDateTime):
        return FieldSpec(key, "datetime", nullable, required)
    if isinstance(col_type, Boolean):
        return FieldSpec(key, "bool", nullable, required)
    if isinstance(col_type, Integer):
        return FieldSpec(key, "int", nullable, required)
    if isinstance(col_type, Float):
        return FieldSpec(key, "float", nullable, required)
    if isinstance(col_type, Date):
        return FieldSpec(key, "date", nullable, required)
    if isinstance(col_type, Text):
        return FieldSpec(key, "text", nullable, required)
    if isinstance(col_type, String):
        return FieldSpec(key, "str", nullable, required, max_length=col_type.length)
    return FieldSpec(key, "text", nullable, required)


@functools.cache
def entity_specs() -> dict[str, EntitySpec]:
    from lzz_desktop.domain import SYNCED_MODELS, District

    specs: dict[str, EntitySpec] = {}
    for model in SYNCED_MODELS:
        mapper = inspect(model)
        fields = {
            attr.key: _field(attr.columns[0], attr.key)
            for attr in mapper.column_attrs
            if attr.key not in SERVER_OWNED
        }
        specs[model.__entity__] = EntitySpec(
            name=model.__entity__,
            model=model,
            fields=fields,
            is_district=model is District,
            scoped="district_id" in fields,
        )
    return specs


def check_value(spec: FieldSpec, value: Any) -> str | None:
    """Why ``value`` cannot be stored in the field, or None when it can."""
    if value is None:
        return None if spec.nullable else "must not be null"
    kind = spec.kind
    if kind in ("str", "text"):
        if not isinstance(value, str):
            return "must be text"
        if spec.max_length is not None and len(value) > spec.max_length:
            return f"longer than {spec.max_length} characters"
        return None
    if kind == "enum":
        return None if isinstance(value, str) and value in spec.choices else "unknown value"
    if kind == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool) and -(2**31) <= value < 2**31
        return None if ok else "must be an integer"
    if kind == "float":
        return None if isinstance(value, int | float) and not isinstance(value, bool) else "must be a number"
    if kind == "date":
        try:
            dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else 1 / 0
        except (ValueError, ZeroDivisionError):
            return "must be a date (YYYY-MM-DD)"
        return None
    if kind == "datetime":
        try:
            parsed = dt.datetime.fromisoformat(value) if isinstance(value, str) and len(value) < 40 else None
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            return "must be an ISO 8601 datetime with a time zone"
        return None
    return None


def from_wire(spec: FieldSpec, value: Any) -> Any:
    """The Python value of a (checked) wire value."""
    if value is None:
        return None
    if spec.kind == "date":
        return dt.date.fromisoformat(value)
    if spec.kind == "datetime":
        return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
    if spec.kind == "enum" and spec.enum_type is not None:
        return spec.enum_type(value)
    return value
