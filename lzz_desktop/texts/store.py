"""What the user is told when the database cannot be used — in the window and on the command line
alike, in German and English (no Qt: the headless commands need no translator for these)."""

from __future__ import annotations

from lzz_desktop.store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    NewerDatabaseError,
    ReadOnlyStorageError,
    StoreError,
)

_TITLES = {
    "de": {
        NewerDatabaseError: "Datenbank einer neueren Version",
        ReadOnlyStorageError: "Datenordner ist schreibgeschützt",
        DiskFullError: "Datenträger ist voll",
        CorruptDatabaseError: "Datenbank nicht lesbar",
        DatabaseLockedError: "Datenbank wird verwendet",
        StoreError: "Problem mit der Datenbank",
    },
    "en": {
        NewerDatabaseError: "Database from a newer version",
        ReadOnlyStorageError: "Data folder is read-only",
        DiskFullError: "Disk is full",
        CorruptDatabaseError: "Database cannot be read",
        DatabaseLockedError: "Database is in use",
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
