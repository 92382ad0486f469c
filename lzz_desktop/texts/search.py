"""The names of the kinds of records that search finds, in German and English."""

from __future__ import annotations

KIND_LABELS: dict[str, dict[str, str]] = {
    "de": {
        "district": "Landkreis",
        "workshop": "Workshop",
        "agenda": "TOP",
        "agreement": "Vereinbarung",
        "task": "Aufgabe",
        "actor": "Akteur:in",
        "relationship": "Beziehung",
        "concept": "Konzeptabschnitt",
        "comment": "Kommentar",
        "snapshot": "Stand der Akteurslandkarte",
    },
    "en": {
        "district": "District",
        "workshop": "Workshop",
        "agenda": "Agenda item",
        "agreement": "Agreement",
        "task": "Task",
        "actor": "Actor",
        "relationship": "Relationship",
        "concept": "Concept section",
        "comment": "Comment",
        "snapshot": "Stakeholder map snapshot",
    },
}

NO_HITS = {"de": "Keine Treffer für „{query}“.", "en": "No results for “{query}”."}
HITS = {"de": "{count} Treffer", "en": "{count} results"}


def kind_label(kind: str, language: str) -> str:
    return KIND_LABELS.get(language, KIND_LABELS["en"]).get(kind, kind)
