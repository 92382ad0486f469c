"""What the user is told when the database cannot be used — in the window and on the command line
alike, in German and English (no Qt: the headless commands need no translator for these)."""

from __future__ import annotations

from lzz_desktop.store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    KeyMissingError,
    KeyringUnavailableError,
    NewerDatabaseError,
    PassphraseRequired,
    ReadOnlyStorageError,
    StoreError,
    WeakPassphraseError,
    WrongPassphraseError,
)

_TITLES = {
    "de": {
        NewerDatabaseError: "Datenbank einer neueren Version",
        ReadOnlyStorageError: "Datenordner ist schreibgeschützt",
        DiskFullError: "Datenträger ist voll",
        CorruptDatabaseError: "Datenbank nicht lesbar",
        DatabaseLockedError: "Datenbank wird verwendet",
        PassphraseRequired: "Passphrase nötig",
        WrongPassphraseError: "Passphrase falsch",
        WeakPassphraseError: "Passphrase zu kurz",
        KeyMissingError: "Schlüssel fehlt",
        KeyringUnavailableError: "Schlüsselbund nicht erreichbar",
        StoreError: "Problem mit der Datenbank",
    },
    "en": {
        NewerDatabaseError: "Database from a newer version",
        ReadOnlyStorageError: "Data folder is read-only",
        DiskFullError: "Disk is full",
        CorruptDatabaseError: "Database cannot be read",
        DatabaseLockedError: "Database is in use",
        PassphraseRequired: "Passphrase needed",
        WrongPassphraseError: "Wrong passphrase",
        WeakPassphraseError: "Passphrase too short",
        KeyMissingError: "Key missing",
        KeyringUnavailableError: "Keyring not available",
        StoreError: "Database problem",
    },
}

_TEXTS = {
    "de": {
        NewerDatabaseError: "Die Datenbank {path} wurde mit einer neueren Version von LZZ Desktop "
        "geschrieben. "
        "Zum Schutz Ihrer Daten wird sie nicht geöffnet. Bitte installieren Sie die aktuelle Version.",
        CorruptDatabaseError: "Die Datenbank {path} ist beschädigt oder keine LZZ-Datenbank. "
        "Die Datei wurde nicht verändert.",
        DatabaseLockedError: "Die Datenbank {path} wird gerade von einem anderen Programm benutzt. Schließen "
        "Sie dieses Programm (oder warten Sie einen Moment) und versuchen Sie es erneut. Es ist "
        "nichts verloren.",
        ReadOnlyStorageError: "{path} ist schreibgeschützt: LZZ Desktop kann dort nichts speichern. "
        "Ihre Daten "
        "sind unverändert. Geben Sie den Ordner zum Schreiben frei oder starten Sie LZZ Desktop mit einem "
        "anderen Datenordner (--data-dir).",
        DiskFullError: "Der Datenträger ist voll: {path} kann nicht gespeichert werden. Es ist "
        "nichts verloren "
        "– schaffen Sie Platz und versuchen Sie es erneut.",
        PassphraseRequired: "Die Daten in {path} sind verschlüsselt. Geben Sie die Passphrase ein (ohne "
        "Terminal: Umgebungsvariable LZZ_DESKTOP_PASSPHRASE).",
        WrongPassphraseError: "Die Passphrase öffnet die Daten in {path} nicht. Es wurde nichts verändert.",
        WeakPassphraseError: "Die Passphrase ist zu kurz: mindestens 10 Zeichen.",
        KeyMissingError: "Der Schlüssel der verschlüsselten Daten in {path} ist auf diesem Computer nicht "
        "vorhanden ({detail}). Die Datei wurde nicht verändert. Melden Sie sich mit dem Benutzerkonto an, "
        "unter dem die Daten angelegt wurden; sonst holt eine Synchronisation in einem neuen Datenordner "
        "alles Synchronisierte zurück.",
        KeyringUnavailableError: "Der Schlüsselbund des Betriebssystems, der den Schlüssel Ihrer Daten "
        "verwahrt, ist nicht erreichbar ({detail}). Entsperren Sie ihn (Anmeldung) und starten Sie erneut. "
        "Es ist nichts verloren.",
        StoreError: "Die Datenbank {path} konnte nicht geöffnet werden: {detail}",
    },
    "en": {
        NewerDatabaseError: "The database {path} was written by a newer version of LZZ Desktop. To protect "
        "your data it is not opened. Please install the current version.",
        CorruptDatabaseError: "The database {path} is damaged or not an LZZ database. "
        "The file has not been changed.",
        DatabaseLockedError: "The database {path} is being used by another program right now. Close that "
        "program (or wait a moment) and try again. Nothing has been lost.",
        ReadOnlyStorageError: "{path} is read-only: LZZ Desktop cannot save there. Your data is unchanged. "
        "Make the folder writable or start LZZ Desktop with another data folder (--data-dir).",
        DiskFullError: "The disk is full: {path} cannot be saved. Nothing has been lost — free some space "
        "and try again.",
        PassphraseRequired: "The data in {path} is encrypted. Enter the passphrase (without a terminal: "
        "environment variable LZZ_DESKTOP_PASSPHRASE).",
        WrongPassphraseError: "The passphrase does not open the data in {path}. Nothing has been changed.",
        WeakPassphraseError: "The passphrase is too short: at least 10 characters.",
        KeyMissingError: "The key of the encrypted data in {path} is not on this computer ({detail}). The "
        "file has not been changed. Log in with the user account that created the data; otherwise a sync "
        "into a new data folder brings back everything that was synced.",
        KeyringUnavailableError: "The operating system's keyring, which keeps the key of your data, cannot "
        "be reached ({detail}). Unlock it (log in) and start again. Nothing has been lost.",
        StoreError: "The database {path} could not be opened: {detail}",
    },
}


def _kind(error: StoreError) -> type[StoreError]:
    return next(
        (kind for kind in _TEXTS["en"] if kind is not StoreError and isinstance(error, kind)), StoreError
    )


def _language(language: str) -> str:
    return "en" if language == "en" else "de"


def store_error_title(error: StoreError, language: str) -> str:
    return _TITLES[_language(language)][_kind(error)]


def store_error_text(error: StoreError, language: str) -> str:
    return _TEXTS[_language(language)][_kind(error)].format(path=error.path, detail=error.detail)
