"""A stage of the district's year set by hand: its planned date, the date it was reached and a
note. "Not set" gives a date back to what the data says: the plan spread evenly over the process,
the reached date the data shows (kick-off held, concept decided) or none."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from lzz_desktop.labels import date_edit_format, stage_label

if TYPE_CHECKING:
    from lzz_desktop.records.milestones import StageState


@dataclass(frozen=True)
class StageEdit:
    """What the dialog asks to store for one stage (None: not set by hand)."""

    district_id: str
    stage: str
    planned_on: dt.date | None
    actual_on: dt.date | None
    note: str


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class _DateRow(QWidget):
    """A date with a "not set" box next to it: while it is ticked, no date is stored by hand."""

    def __init__(self, not_set_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.not_set = QCheckBox(not_set_text, self)
        self.not_set.toggled.connect(lambda checked: self.date_edit.setEnabled(not checked))
        layout.addWidget(self.date_edit)
        layout.addWidget(self.not_set, 1)

    def set_value(self, by_hand: dt.date | None, shown: dt.date | None) -> None:
        """``by_hand`` the date stored by hand (None: not set); ``shown`` what the page shows."""
        start = by_hand or shown or dt.date.today()
        self.date_edit.setDate(_qdate(start))
        self.not_set.setChecked(by_hand is None)
        self.date_edit.setEnabled(by_hand is not None)

    def value(self) -> dt.date | None:
        if self.not_set.isChecked():
            return None
        date = self.date_edit.date()
        return dt.date(date.year(), date.month(), date.day())


class StageDialog(QDialog):
    def __init__(self, district_id: str, state: StageState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.district_id = district_id
        self.stage = state.stage
        self.setWindowTitle(self.tr("Stage “{stage}”").format(stage=stage_label(state.stage)))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Set the dates by hand where the data does not show them. Not set: the plan is "
                "spread evenly over the process, the reached date comes from the data (kick-off "
                "held, concept decided)."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.planned = _DateRow(self.tr("not set (spread over the process)"), self)
        self.planned.set_value(state.planned_on if state.planned_by_hand else None, state.planned_on)
        self.reached = _DateRow(self.tr("not set (from the data)"), self)
        by_hand = state.actual_on if state.actual_on is not None and not state.derived else None
        self.reached.set_value(by_hand, state.actual_on)
        self.note_edit = QLineEdit(state.note, self)
        self.note_edit.setMaxLength(500)
        form.addRow(self.tr("&Planned:"), self.planned)
        form.addRow(self.tr("&Reached:"), self.reached)
        form.addRow(self.tr("&Note:"), self.note_edit)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.button_box = buttons

    def edit(self) -> StageEdit:
        note = self.note_edit.text().strip()
        return StageEdit(self.district_id, self.stage, self.planned.value(), self.reached.value(), note)
