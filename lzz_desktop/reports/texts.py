"""The words of the printed documents in German and English. The documents follow the UI
language; they are built off the GUI thread and from the command line, without Qt, so their
words live here rather than in the Qt catalogue."""

from __future__ import annotations

import datetime as dt

from lzz_desktop.domain.enums import SECTOR_NAMES, ActionStatus, AttendanceRole, Sector, WorkshopFormat
from lzz_desktop.texts.dates import format_date

_DE: dict[str, str] = {
    "protocol": "Protokoll",
    "sign_in_sheet": "Teilnehmendenliste",
    "district": "Landkreis",
    "format": "Format",
    "date": "Datum",
    "time": "Uhrzeit",
    "venue": "Ort",
    "moderation": "Moderation",
    "minutes": "Protokoll",
    "goals": "Ziele",
    "participants": "Teilnehmende",
    "present": "anwesend",
    "excused": "Entschuldigt",
    "name": "Name",
    "organisation": "Organisation",
    "sector": "Sektor",
    "role": "Rolle",
    "persons": "Personen",
    "by_organisation": "Teilnehmende Organisationen (Anzahl der Personen)",
    "guest": "Gast",
    "agenda": "Tagesordnung und Ergebnisse",
    "agenda_item": "TOP {number}: {title}",
    "notes": "Notizen",
    "results": "Ergebnisse",
    "agreements": "Vereinbarungen",
    "actions": "Aufgaben",
    "what": "Was",
    "who": "Wer",
    "due": "Bis wann",
    "status": "Status",
    "photos": "Fotodokumentation",
    "draft": "ENTWURF",
    "approved": "Freigegeben am {date} durch {by}",
    "approvals": "Freigaben",
    "carried_over": "Offene Aufgaben aus früheren Workshops",
    "carry_over_item": "Offene Aufgaben",
    "withdrawn": "zurückgenommen am {date} durch {by}: {reason}",
    "page": "Seite {page} von {pages}",
    "none": "keine",
    "signature": "Unterschrift",
    "photo_consent": "Fotoeinwilligung",
    "yes_no": "☐ ja   ☐ nein",
    "sign_hint": "Mit meiner Unterschrift bestätige ich meine Teilnahme. Die Fotoeinwilligung erlaubt "
    "Fotos der Veranstaltung, auf denen ich zu erkennen bin, in der Dokumentation zu verwenden.",
    "clock": "Uhr",
}

_EN: dict[str, str] = {
    "protocol": "Minutes",
    "sign_in_sheet": "Sign-in sheet",
    "district": "District",
    "format": "Format",
    "date": "Date",
    "time": "Time",
    "venue": "Venue",
    "moderation": "Moderation",
    "minutes": "Minutes",
    "goals": "Goals",
    "participants": "Participants",
    "present": "present",
    "excused": "Excused",
    "name": "Name",
    "organisation": "Organisation",
    "sector": "Sector",
    "role": "Role",
    "persons": "persons",
    "by_organisation": "Participating organisations (number of persons)",
    "guest": "Guest",
    "agenda": "Agenda and results",
    "agenda_item": "Item {number}: {title}",
    "notes": "Notes",
    "results": "Results",
    "agreements": "Agreements",
    "actions": "Action items",
    "what": "What",
    "who": "Who",
    "due": "Due",
    "status": "Status",
    "photos": "Photo documentation",
    "draft": "DRAFT",
    "approved": "Approved on {date} by {by}",
    "approvals": "Approvals",
    "carried_over": "Open tasks from earlier workshops",
    "carry_over_item": "Open tasks",
    "withdrawn": "withdrawn on {date} by {by}: {reason}",
    "page": "Page {page} of {pages}",
    "none": "none",
    "signature": "Signature",
    "photo_consent": "Photo consent",
    "yes_no": "☐ yes   ☐ no",
    "sign_hint": "By signing I confirm my attendance. The photo consent allows photos of the event "
    "on which I can be recognised to be used in the documentation.",
    "clock": "",
}

_FORMATS = {
    "de": {
        WorkshopFormat.KICKOFF: "Auftaktworkshop",
        WorkshopFormat.THEMATIC: "Fachworkshop",
        WorkshopFormat.STEERING_GROUP: "Steuerungsgruppe",
        WorkshopFormat.LEARNING_JOURNEY: "Lernreise",
        WorkshopFormat.NETWORK_MEETING: "Vernetzungstreffen / Forum",
        WorkshopFormat.EXPERT_EVENT: "Fachveranstaltung",
        WorkshopFormat.CONFERENCE: "Abschlusskonferenz",
        WorkshopFormat.OTHER: "Sonstiges",
    },
    "en": {
        WorkshopFormat.KICKOFF: "Kick-off workshop",
        WorkshopFormat.THEMATIC: "Thematic workshop",
        WorkshopFormat.STEERING_GROUP: "Steering group",
        WorkshopFormat.LEARNING_JOURNEY: "Learning journey",
        WorkshopFormat.NETWORK_MEETING: "Network meeting / forum",
        WorkshopFormat.EXPERT_EVENT: "Expert event",
        WorkshopFormat.CONFERENCE: "Final conference",
        WorkshopFormat.OTHER: "Other",
    },
}

_SECTORS = SECTOR_NAMES

_ACTION_STATUS = {
    "de": {ActionStatus.OPEN: "offen", ActionStatus.IN_PROGRESS: "in Arbeit", ActionStatus.DONE: "erledigt"},
    "en": {ActionStatus.OPEN: "open", ActionStatus.IN_PROGRESS: "in progress", ActionStatus.DONE: "done"},
}

_ROLES = {
    "de": {
        AttendanceRole.PARTICIPANT: "Teilnehmende:r",
        AttendanceRole.MODERATION: "Moderation",
        AttendanceRole.MINUTES: "Protokoll",
    },
    "en": {
        AttendanceRole.PARTICIPANT: "Participant",
        AttendanceRole.MODERATION: "Moderation",
        AttendanceRole.MINUTES: "Minutes",
    },
}


class Texts:
    """The words and date formats of one language ("de" or "en"; anything else falls back to German)."""

    def __init__(self, language: str = "de") -> None:
        self.language = "en" if language.lower().startswith("en") else "de"
        self._words = _EN if self.language == "en" else _DE

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def format(self, value: WorkshopFormat) -> str:
        return _FORMATS[self.language][value]

    def sector(self, value: Sector | None) -> str:
        return _SECTORS[self.language][value] if value is not None else ""

    def action_status(self, value: ActionStatus) -> str:
        return _ACTION_STATUS[self.language][value]

    def role(self, value: AttendanceRole) -> str:
        return _ROLES[self.language][value]

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        return format_date(value, self.language)

    def time_range(self, start: dt.datetime, end: dt.datetime | None) -> str:
        text = start.strftime("%H:%M")
        if end is not None:
            text += "–" + end.strftime("%H:%M")
        clock = self["clock"]
        return f"{text} {clock}".strip()
