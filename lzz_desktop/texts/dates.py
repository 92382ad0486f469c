"""How a date reads, one way per language, in the windows, the command line and every printed
document alike: German "09.12.2026", English (British, as the UI's locale) "09/12/2026". Times
are 24-hour in both."""

from __future__ import annotations

import datetime as dt

# strftime patterns and the same patterns for Qt's date fields (QDateEdit.setDisplayFormat).
DATE_PATTERNS = {"de": "%d.%m.%Y", "en": "%d/%m/%Y"}
QT_DATE_PATTERNS = {"de": "dd.MM.yyyy", "en": "dd/MM/yyyy"}


def _language(language: str) -> str:
    return "en" if language == "en" else "de"


def format_date(value: dt.date | None, language: str) -> str:
    if value is None:
        return ""
    return value.strftime(DATE_PATTERNS[_language(language)])


def format_datetime(value: dt.datetime | None, language: str) -> str:
    """Date and wall-clock time, as the value gives them (convert to local or district time first)."""
    if value is None:
        return ""
    return f"{format_date(value.date(), language)} {value:%H:%M}"


def format_iso_date(text: str, language: str) -> str:
    """An ISO date as stored in a concept's fields; anything else is returned as it is."""
    try:
        return format_date(dt.date.fromisoformat(text), language)
    except ValueError:
        return text
