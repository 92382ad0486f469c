"""What the user is told about a sync — in the window and on the command line alike, in German
and English (no Qt: the headless commands need no translator for these)."""

from __future__ import annotations

from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.service import SyncReport

_ERRORS = {
    "de": {
        "not_logged_in": "Nicht bei einem Zentralspeicher angemeldet. Bitte zuerst anmelden.",
        "wrong_password": "Falscher Benutzername oder Passwort.",
        "throttled": "Zu viele fehlgeschlagene Anmeldungen. Bitte {detail} Sekunden warten und "
        "erneut versuchen.",
        "unauthorised": "Der Zentralspeicher nimmt dieses Gerät nicht mehr an (abgemeldet oder gesperrt). "
        "Bitte neu anmelden.",
        "forbidden": "Der Zentralspeicher hat eine Änderung außerhalb Ihrer Rechte abgelehnt: {detail}",
        "unreachable": "Der Zentralspeicher ist nicht erreichbar. Ihre Änderungen bleiben hier gespeichert "
        "und werden später gesendet.",
        "server": "Der Zentralspeicher hat einen Fehler gemeldet. Ihre Änderungen bleiben hier gespeichert; "
        "bitte später erneut versuchen.",
        "protocol": "Die Verbindung ist während des Abgleichs abgebrochen. Es ging nichts verloren; "
        "bitte erneut versuchen.",
        "insecure": "„{detail}“ ist keine verschlüsselte Adresse (https://). Außerhalb dieses Computers wird "
        "der Zentralspeicher nur über https erreicht, damit Passwörter und personenbezogene Daten nie "
        "unverschlüsselt durchs Netz gehen.",
        "cancelled": "Abgleich abgebrochen. Nichts ist verloren; der nächste Abgleich macht hier weiter.",
        "keyring": "Der Passwortspeicher des Systems (Schlüsselbund) ist nicht verfügbar: {detail}",
        "": "Der Zentralspeicher hat die Anfrage abgelehnt: {detail}",
    },
    "en": {
        "not_logged_in": "Not logged in to a central store. Log in first.",
        "wrong_password": "Wrong user name or password.",
        "throttled": "Too many failed logins. Wait {detail} seconds and try again.",
        "unauthorised": "The central store no longer accepts this device (logged out or revoked). "
        "Log in again.",
        "forbidden": "The central store refused a change outside your rights: {detail}",
        "unreachable": "The central store cannot be reached. Your changes stay saved here and are "
        "sent later.",
        "server": "The central store reported an error. Your changes stay saved here; try again later.",
        "protocol": "The connection broke off during sync. Nothing was lost; try again.",
        "insecure": "“{detail}” is not an encrypted address (https://). Outside this computer the central "
        "store is only reached over https, so that passwords and personal data never cross the network in "
        "clear.",
        "cancelled": "Synchronisation stopped. Nothing was lost; the next sync continues from here.",
        "keyring": "The system's password store (keyring) is not available: {detail}",
        "": "The central store refused the request: {detail}",
    },
}

_DONE = {
    "de": "Abgeglichen: {pushed} gesendet, {pulled} empfangen.",
    "en": "Synchronised: {pushed} sent, {pulled} received.",
}
# (one, several) per language
_REPORT: dict[str, dict[str, tuple[str, str]]] = {
    "de": {
        "conflicts": ("{count} neuer Konflikt zu klären.", "{count} neue Konflikte zu klären."),
        "rejected": (
            "{count} Änderung vom Zentralspeicher abgelehnt: siehe Abgleich → Abgelehnte Änderungen.",
            "{count} Änderungen vom Zentralspeicher abgelehnt: siehe Abgleich → Abgelehnte Änderungen.",
        ),
        "quarantined": (
            "{count} Datensatz konnte nicht übernommen werden. Details: Abgleich → Zurückgestellte "
            "Datensätze.",
            "{count} Datensätze konnten nicht übernommen werden. Details: Abgleich → Zurückgestellte "
            "Datensätze.",
        ),
        "files": (
            "{count} Datei wartet auf eine bessere Verbindung.",
            "{count} Dateien warten auf eine bessere Verbindung.",
        ),
        "purged": (
            "Zugriff auf {count} Landkreis beendet; seine lokalen Daten wurden entfernt.",
            "Zugriff auf {count} Landkreise beendet; deren lokale Daten wurden entfernt.",
        ),
    },
    "en": {
        "conflicts": ("{count} new conflict to resolve.", "{count} new conflicts to resolve."),
        "rejected": (
            "{count} change refused by the central store: see Sync → Refused changes.",
            "{count} changes refused by the central store: see Sync → Refused changes.",
        ),
        "quarantined": (
            "{count} record could not be taken over. Details: Sync → Records set aside.",
            "{count} records could not be taken over. Details: Sync → Records set aside.",
        ),
        "files": (
            "{count} file waits for a better connection.",
            "{count} files wait for a better connection.",
        ),
        "purged": (
            "Access to {count} district ended; its local data was removed.",
            "Access to {count} districts ended; their local data was removed.",
        ),
    },
}


def _language(language: str) -> str:
    return "en" if language == "en" else "de"


def sync_error_text(error: SyncError, language: str) -> str:
    """What went wrong and what to do."""
    texts = _ERRORS[_language(language)]
    detail = error.detail or ("?" if error.kind == "throttled" else "")
    return texts.get(error.kind, texts[""]).format(detail=detail)


def sync_report_text(report: SyncReport, language: str) -> str:
    """One paragraph on what a sync did."""
    words = _REPORT[_language(language)]
    parts = [_DONE[_language(language)].format(pushed=report.pushed, pulled=report.pulled)]
    for key, count in (
        ("conflicts", report.conflicts),
        ("rejected", len(report.rejected)),
        ("quarantined", report.quarantined),
        ("files", report.files_waiting),
        ("purged", len(report.purged_districts)),
    ):
        if count:
            one, several = words[key]
            parts.append((one if count == 1 else several).format(count=count))
    return " ".join(parts)
