"""The shipped fonts for Qt (QtGui only): registered with the application's font database and
named as fallbacks, so a label, a map picture or a table cell draws every script of the names
corpus (Ethiopic, Arabic, Armenian, Georgian) even where the system has no font for it."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont, QFontDatabase

from lzz_desktop.paths import resource
from lzz_desktop.reports.fonts import FONT_FILES

_lock = threading.Lock()
_fallbacks: list[str] = []


def register_qt_fonts() -> list[str]:
    """Add the shipped fonts to the running Qt application (once); returns the families used as
    fallbacks, in order. Needs a QGuiApplication."""
    with _lock:
        if not _fallbacks:
            families: list[str] = []
            for file in FONT_FILES:
                font_id = QFontDatabase.addApplicationFont(str(resource("fonts", file)))
                for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
                    if family not in families:
                        families.append(family)
            _fallbacks.extend(families)
        return list(_fallbacks)


def with_fallbacks(font: QFont) -> QFont:
    """``font`` with the shipped families behind its own: Qt takes a character the first family
    lacks from the next that has it."""
    families = [font.family(), *(f for f in register_qt_fonts() if f != font.family())]
    font.setFamilies(families)
    return font
