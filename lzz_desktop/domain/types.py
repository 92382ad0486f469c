"""Column types shared by the models."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


def enum_column_type(enum_cls: type[StrEnum]) -> Enum:
    """Stores an enumeration by its stable string value (never by ordinal, no native DB enum)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
