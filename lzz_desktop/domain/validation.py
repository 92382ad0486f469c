"""Validation rules carried by the domain. They return error codes per field; the UI and the
command line turn codes into messages in the user's language."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from lzz_desktop.domain.enums import AGS_STATE_PREFIX, FederalState


class ErrorCode(StrEnum):
    REQUIRED = "required"
    AGS_FORMAT = "ags_format"
    AGS_STATE_MISMATCH = "ags_state_mismatch"  # the AGS's first two digits name another Land
    END_BEFORE_START = "end_before_start"
    UNKNOWN_VALUE = "unknown_value"
    DUPLICATE_NAME = "duplicate_name"
    NOT_AN_IMAGE = "not_an_image"
    UNREADABLE = "unreadable"
    OUT_OF_RANGE = "out_of_range"
    CONSENT_REQUIRED = "consent_required"  # contact data of a person without given consent
    CONSENT_DATE_REQUIRED = "consent_date_required"
    SELF_RELATIONSHIP = "self_relationship"
    DUPLICATE_RELATIONSHIP = "duplicate_relationship"
    ORGANISATION_INVALID = "organisation_invalid"
    NOT_HELD_YET = "not_held_yet"  # a protocol of a workshop still in the future cannot be approved


@dataclass(frozen=True)
class FieldError:
    field: str
    code: ErrorCode


class ValidationError(Exception):
    """Raised by services when input breaks a rule; carries every field error at once."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(", ".join(f"{e.field}: {e.code}" for e in errors))
        self.errors = errors

    def codes_for(self, field: str) -> list[ErrorCode]:
        return [e.code for e in self.errors if e.field == field]


AGS_RE = re.compile(r"^\d{8}$")


def normalise_ags(value: str | None) -> str | None:
    """The Amtlicher Gemeindeschlüssel without blanks; empty means not given."""
    if value is None:
        return None
    value = re.sub(r"\s+", "", value)
    return value or None


def validate_district(
    name: str,
    ags: str | None,
    process_start: dt.date | None,
    process_end: dt.date | None,
    state: FederalState | str | None = None,
) -> list[FieldError]:
    """The rules of a district; with ``state``, the AGS must begin with that Land's two digits."""
    errors: list[FieldError] = []
    if not name.strip():
        errors.append(FieldError("name", ErrorCode.REQUIRED))
    ags = normalise_ags(ags)
    if ags is not None and not AGS_RE.match(ags):
        errors.append(FieldError("ags", ErrorCode.AGS_FORMAT))
    elif ags is not None and state is not None and not ags.startswith(AGS_STATE_PREFIX[FederalState(state)]):
        errors.append(FieldError("ags", ErrorCode.AGS_STATE_MISMATCH))
    if process_start and process_end and process_end < process_start:
        errors.append(FieldError("process_end", ErrorCode.END_BEFORE_START))
    return errors


def validate_workshop(
    title: str, starts_at: dt.datetime | None, ends_at: dt.datetime | None
) -> list[FieldError]:
    errors: list[FieldError] = []
    if not title.strip():
        errors.append(FieldError("title", ErrorCode.REQUIRED))
    if starts_at is None:
        errors.append(FieldError("starts_at", ErrorCode.REQUIRED))
    elif ends_at is not None and ends_at < starts_at:
        errors.append(FieldError("ends_at", ErrorCode.END_BEFORE_START))
    return errors


def validate_titled(title: str) -> list[FieldError]:
    """Agenda items and action items need a title."""
    return [] if title.strip() else [FieldError("title", ErrorCode.REQUIRED)]


INFLUENCE_RANGE = (0, 4)
ATTITUDE_RANGE = (-2, 2)
INTEREST_RANGE = (0, 4)
STRENGTH_RANGE = (1, 3)


def validate_actor(
    name: str,
    influence: int,
    attitude: int,
    interest: int,
    has_contact: bool,
    consent_given: bool,
    is_person: bool,
) -> list[FieldError]:
    """Rules of an actor. Contact data of a person may only be stored with given consent (DSGVO)."""
    errors: list[FieldError] = []
    if not name.strip():
        errors.append(FieldError("name", ErrorCode.REQUIRED))
    for field, value, (low, high) in (
        ("influence", influence, INFLUENCE_RANGE),
        ("attitude", attitude, ATTITUDE_RANGE),
        ("interest", interest, INTEREST_RANGE),
    ):
        if not low <= value <= high:
            errors.append(FieldError(field, ErrorCode.OUT_OF_RANGE))
    if is_person and has_contact and not consent_given:
        errors.append(FieldError("email", ErrorCode.CONSENT_REQUIRED))
    return errors
