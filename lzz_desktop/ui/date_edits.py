"""Date fields that take a typed date as typed, within a sensible range.

Qt's date edits are edited section by section: with the whole text selected, typing "15.04.2026"
gave 02.04.2026 (the day was lost), and a separator typed after a complete section (Qt has already
moved on to the next one) landed in the following section. :func:`setup_date_edit` gives a
``QDateEdit``/``QDateTimeEdit`` the locale's format with a four-digit year, the range
:data:`FIRST_DATE` – :data:`LAST_DATE` (the year 3112 is refused) and a key filter: typing over a
selected whole starts at the first section, and a separator right after a completed section is
taken as the step to that section that Qt has already made.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit

from lzz_desktop.labels import date_edit_format

FIRST_DATE = QDate(1990, 1, 1)
LAST_DATE = QDate(2100, 12, 31)
_SEPARATORS = frozenset("./-: ,")


class _TypedDates(QObject):
    """The key filter of one date edit (see the module's text)."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._after_digit = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._edit or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        if (
            not text
            or not text.isprintable()
            or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self._after_digit = False
            return False
        edit = self._edit
        line = edit.lineEdit()
        whole = bool(line.text()) and line.selectedText() == line.text()
        empty = bool(edit.specialValueText()) and edit.date() == edit.minimumDate()
        if empty and text.isdigit():
            # "No date" takes no digits: typing starts from today, overwritten section by section.
            edit.setDate(QDate.currentDate())
        # Typing over everything starts a new date at its first section.
        if (whole or empty) and edit.sectionCount() > 0:
            edit.setCurrentSectionIndex(0)
            edit.setSelectedSection(edit.sectionAt(0))
        if text in _SEPARATORS:
            position = line.cursorPosition()
            stepped = position > 0 and line.text()[position - 1] in _SEPARATORS
            if self._after_digit and stepped:
                self._after_digit = False
                return True  # Qt moved on after the completed section already
        self._after_digit = text.isdigit()
        return False


def setup_date_edit(edit: QDateTimeEdit, with_time: bool = False, empty: QDate | None = None) -> None:
    """The locale's date format (with ``HH:mm`` for ``with_time``), the range 1990–2100 and typed
    dates taken as typed. ``empty`` is the date that stands for "no date" (shown as the edit's
    special value text): it stays the minimum."""
    edit.setDisplayFormat(date_edit_format() + (" HH:mm" if with_time else ""))
    edit.setDateRange(empty if empty is not None else FIRST_DATE, LAST_DATE)
    edit.installEventFilter(_TypedDates(edit))
