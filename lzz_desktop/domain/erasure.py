"""Erasure of a person for good (Art. 17 DSGVO): what is blanked, and how a text that names them
is rewritten. Plain Python: the desktop and the central store apply the same rules.

The actor record stays as an anonymous node — sector, role, organisation, map positions and
relationships keep the map's shape — but its name, contact data, notes and tags are gone; the
person's consent records are emptied and deleted. Texts elsewhere that name the person (tasks'
"responsible", map snapshots, guests of a workshop) get the placeholder instead of the name."""

from __future__ import annotations

import json
import re
from typing import Any

ERASED_NAME = "Gelöschte Person"
# The actor's fields and the values they get.
ACTOR_BLANK: dict[str, Any] = {
    "name": ERASED_NAME,
    "email": "",
    "phone": "",
    "address": "",
    "notes": "",
    "tags": "",
}
PERSONAL_ACTOR_FIELDS = frozenset(ACTOR_BLANK)
CONSENT_BLANK: dict[str, Any] = {"method": "", "scope": "", "given_on": None, "withdrawn_on": None}
PERSONAL_CONSENT_FIELDS = frozenset(CONSENT_BLANK) | {"status"}
# Texts of other records that may name a person, per entity: rewritten with the placeholder.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "action_item": ("responsible_text", "title"),
    "attendance": ("guest_name",),
    "map_snapshot": ("content", "title"),  # a title may name them too ("Stand nach dem Gespräch mit …")
    # Someone of the district at a programme event (an event the district took part in).
    "event_participant": ("name",),
}


def identifying_words(name: object, email: object, phone: object) -> list[str]:
    """What identifies a person in free text: their name and contact values (three characters or
    more, so an initial does not match every text)."""
    return [v.strip() for v in (name, email, phone) if isinstance(v, str) and len(v.strip()) >= 3]


def _pattern(names: list[str]) -> re.Pattern[str] | None:
    words = sorted(
        {n.strip() for n in names if n and n.strip() and n.strip() != ERASED_NAME}, key=len, reverse=True
    )
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def scrub_text(text: str, names: list[str]) -> str:
    """``text`` with every occurrence of the names (any case) replaced by the placeholder."""
    pattern = _pattern(names)
    return text if pattern is None or not text else pattern.sub(ERASED_NAME, text)


def names_in(text: str, names: list[str]) -> bool:
    pattern = _pattern(names)
    return bool(pattern is not None and text and pattern.search(text))


def scrub_value(value: Any, names: list[str]) -> Any:
    """A JSON-like value with every string scrubbed (dicts, lists and strings inside)."""
    if isinstance(value, str):
        return scrub_text(value, names)
    if isinstance(value, list):
        return [scrub_value(v, names) for v in value]
    if isinstance(value, tuple):
        return tuple(scrub_value(v, names) for v in value)
    if isinstance(value, dict):
        return {k: scrub_value(v, names) for k, v in value.items()}
    return value


def scrub_json_text(text: str, names: list[str]) -> str:
    """A JSON document (a map snapshot, an outbox payload) with the names scrubbed in every string;
    text that is no JSON is scrubbed as text."""
    if not names_in(text, names) and not names_in(_unescaped(text), names):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return scrub_text(text, names)
    if not isinstance(value, dict | list):  # a plain text that happens to parse ("null", "42")
        return scrub_text(text, names)
    return json.dumps(scrub_value(value, names), ensure_ascii=False)


def _unescaped(text: str) -> str:
    try:
        return json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        return text


def _blank_entries(value: Any, actor_id: str) -> Any:
    if isinstance(value, list):
        return [_blank_entries(v, actor_id) for v in value]
    if isinstance(value, dict):
        entry = {k: _blank_entries(v, actor_id) for k, v in value.items()}
        if entry.get("id") == actor_id:
            entry.update({k: v for k, v in ACTOR_BLANK.items() if k in entry})
        return entry
    return value


def scrub_field(entity: str, field: str, value: Any, actor_id: str, names: list[str]) -> Any:
    """The value of ``entity.field`` with the person erased: in a map snapshot their entry (by id)
    is blanked like the actor record; every text loses the names."""
    if not isinstance(value, str):
        return value
    if entity == "map_snapshot" and field == "content" and actor_id in value:
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict | list):
            value = json.dumps(_blank_entries(parsed, actor_id), ensure_ascii=False)
    return scrub_json_text(value, names)
