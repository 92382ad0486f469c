"""Translations: our own Qt Linguist catalogue plus Qt's, so stock buttons speak German too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from lzz_desktop.paths import MissingResourceError, resource

SUPPORTED = ("de", "en")
_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resource("translations"))


def install_translators(app: QCoreApplication, language: str) -> None:
    """Load the catalogues for ``language`` (German unless English is asked for)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language if language in SUPPORTED else "de"
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    if language == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    catalogues = [(f"qtbase_{language}", qt_dir), (f"lzz_{language}", translations_dir())]
    if language == "en":
        # English is the source language of our strings: its catalogue holds only the plural
        # forms ("%n district(s)" reads "1 district" / "7 districts"), Qt's own needs none.
        catalogues = catalogues[1:]
    for name, folder in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith("lzz_"):
            # Never a silent switch to English: our catalogue is part of the installation.
            raise MissingResourceError(Path(folder) / f"{name}.qm")


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def current_language() -> str:
    """The language of the UI ("de" or "en"); printed documents follow it."""
    return "en" if QLocale().language() == QLocale.Language.English else "de"
