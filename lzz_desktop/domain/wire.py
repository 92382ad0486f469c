"""What crosses the wire for each synced entity, derived from the models in ``SYNCED_MODELS``.

The central store validates every pushed change against these specs, and the client turns wire
values back into Python values with them, so a new entity needs no change here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, inspect
from sqlalchemy import Enum as SAEnum

from lzz_desktop.domain.base import SyncMixin, UTCDateTime

SERVER_OWNED = frozenset({"id", "version"})
# Bookkeeping the central store sets itself from the account that pushed (never trusted as sent).
STORE_STAMPED = frozenset({"updated_by"})

# The rules every stored value follows, on the desktop and on the central store alike.
TEXT_LIMIT = 200_000  # characters of one long-text value (a concept section is ~5,000)
YEAR_MIN, YEAR_MAX = 1900, 2200  # dates and datetimes, in UTC: no overflow in any conversion
NUMBER_LIMIT = 1e9  # floats: finite and within ± this
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_UNSAFE_TEXT = re.compile("[\x00\ud800-\udfff]")


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
    references: str | None = None  # entity named by this id (a foreign key), or None


@dataclass(frozen=True)
class EntitySpec:
    name: str
    model: type[SyncMixin]
    fields: dict[str, FieldSpec]
    is_district: bool  # the district record itself: its id is its district
    scoped: bool  # carries district_id
    # Records seen by several districts (programme events): the field naming the districts, or
    # the field naming the record whose districts see this one.
    audience_field: str | None = None
    audience_parent: str | None = None

    @property
    def audienced(self) -> bool:
        return self.audience_field is not None or self.audience_parent is not None

    @property
    def is_global(self) -> bool:
        return not self.scoped and not self.is_district and not self.audienced

    @property
    def long_text_fields(self) -> frozenset[str]:
        return frozenset(name for name, f in self.fields.items() if f.kind == "text")


def _field(column: Any, key: str, entity_of_table: dict[str, str]) -> FieldSpec:
    spec = _bare_field(column, key)
    targets = {fk.column.table.name for fk in column.foreign_keys}
    if targets:
        spec = dataclasses.replace(spec, references=entity_of_table.get(targets.pop()))
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
    entity_of_table = {model.__table__.name: model.__entity__ for model in SYNCED_MODELS}  # type: ignore[attr-defined]
    for model in SYNCED_MODELS:
        mapper = inspect(model)
        fields = {
            attr.key: _field(attr.columns[0], attr.key, entity_of_table)
            for attr in mapper.column_attrs
            if attr.key not in SERVER_OWNED
        }
        specs[model.__entity__] = EntitySpec(
            name=model.__entity__,
            model=model,
            fields=fields,
            is_district=model is District,
            scoped="district_id" in fields,
            audience_field=getattr(model, "__audience__", None),
            audience_parent=getattr(model, "__audience_parent__", None),
        )
    return specs


def text_problem(value: str) -> str | None:
    """Why a text cannot be stored anywhere (PostgreSQL refuses NUL; no encoder takes a lone
    surrogate), or None."""
    found = _UNSAFE_TEXT.search(value)
    if found is None:
        return None
    return "contains a NUL character" if found.group() == "\x00" else "contains an unpaired surrogate"


def clean_text(value: str) -> str:
    """``value`` without NUL characters and with unpaired surrogates replaced by U+FFFD: what a
    paste from another program may bring, made storable."""
    if _UNSAFE_TEXT.search(value) is None:
        return value
    return _UNSAFE_TEXT.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", value)


def _parse_datetime(value: Any) -> dt.datetime | None:
    if not isinstance(value, str) or not 10 <= len(value) < 40:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return None
    # Converting to UTC overflows at the ends of the calendar: check the year before and after.
    if not YEAR_MIN <= parsed.year <= YEAR_MAX:
        return None
    try:
        utc = parsed.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        return None
    return utc if YEAR_MIN <= utc.year <= YEAR_MAX else None


def check_value(spec: FieldSpec, value: Any) -> str | None:
    """Why ``value`` cannot be stored in the field, or None when it can. The same rules hold on
    the desktop (before a change enters the outbox) and on the central store (for every pushed
    op), so a value one side accepts never stops the other."""
    if value is None:
        return None if spec.nullable else "must not be null"
    kind = spec.kind
    if kind in ("str", "text"):
        if not isinstance(value, str):
            return "must be text"
        limit = spec.max_length if spec.max_length is not None else TEXT_LIMIT
        if len(value) > limit:
            return f"longer than {limit} characters"
        return text_problem(value)
    if kind == "enum":
        return None if isinstance(value, str) and value in spec.choices else "unknown value"
    if kind == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool) and INT_MIN <= value <= INT_MAX
        return None if ok else f"must be an integer between {INT_MIN} and {INT_MAX}"
    if kind == "float":
        if not isinstance(value, int | float) or isinstance(value, bool):
            return "must be a number"
        if (isinstance(value, float) and not math.isfinite(value)) or abs(value) > NUMBER_LIMIT:
            return f"must be a finite number within ±{NUMBER_LIMIT:g}"
        return None
    if kind == "date":
        try:
            parsed = dt.date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
        except ValueError:
            parsed = None
        if parsed is None:
            return "must be a date (YYYY-MM-DD)"
        return None if YEAR_MIN <= parsed.year <= YEAR_MAX else f"must lie in the years {YEAR_MIN}–{YEAR_MAX}"
    if kind == "datetime":
        if _parse_datetime(value) is None:
            return f"must be an ISO 8601 datetime with a time zone, in the years {YEAR_MIN}–{YEAR_MAX}"
        return None
    return None


def check_old_value(value: Any) -> str | None:
    """The ``old`` side of a change is only compared and kept in conflicts, but it is stored, so it
    must be storable: text without NUL or unpaired surrogates, finite numbers."""
    if isinstance(value, str):
        if len(value) > TEXT_LIMIT:
            return f"longer than {TEXT_LIMIT} characters"
        return text_problem(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "must be a finite number"
    if isinstance(value, int) and not INT64_MIN <= value <= INT64_MAX:
        return "must be a number within 64 bits"
    return None


def python_value(spec: FieldSpec, value: Any) -> Any:
    """Like ``from_wire``, but first checks the value: raises ValueError for one that breaks a
    rule (a record the desktop must not apply)."""
    problem = check_value(spec, value)
    if problem:
        raise ValueError(f"{spec.name}: {problem}")
    return from_wire(spec, value)


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
