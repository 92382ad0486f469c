"""Create or edit a district, with messages at the field and nothing saved while a rule is broken."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from lzz_desktop.domain.enums import AGS_STATE_PREFIX, CONSULTANCIES, FEDERAL_STATE_NAMES, FederalState
from lzz_desktop.domain.validation import ErrorCode, FieldError, validate_district
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.ui.date_edits import setup_date_edit
from lzz_desktop.ui.forms.ui_district_dialog import Ui_DistrictDialog
from lzz_desktop.ui.messages import field_error


def _to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class DistrictDialog(QDialog):
    """``data()`` gives the entered values once the dialog was accepted."""

    def __init__(
        self,
        phases: list[tuple[str, str]],
        existing: DistrictData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DistrictDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit district") if existing else self.tr("New district"))
        for state in FederalState:
            self.ui.state_combo.addItem(FEDERAL_STATE_NAMES[state], state.value)
        # No Land is preselected: the user chooses hers (the AGS is checked against it).
        self.ui.state_combo.setCurrentIndex(-1)
        self.ui.phase_combo.addItem(self.tr("(none)"), None)
        for phase_id, name in phases:
            self.ui.phase_combo.addItem(name, phase_id)
        # The programme's consultancies (see the programme's description); another can be typed.
        self.ui.consultancy_combo.addItems(["", *CONSULTANCIES])
        today = QDate.currentDate()
        for check, date_edit in (
            (self.ui.start_check, self.ui.start_date),
            (self.ui.end_check, self.ui.end_date),
        ):
            setup_date_edit(date_edit)
            date_edit.setDate(today)
            date_edit.setEnabled(False)
            check.toggled.connect(date_edit.setEnabled)
        self._error_labels: dict[str, tuple[QLabel, QWidget]] = {
            "name": (self.ui.name_error, self.ui.name_edit),
            "state": (self.ui.state_error, self.ui.state_combo),
            "ags": (self.ui.ags_error, self.ui.ags_edit),
            "process_end": (self.ui.end_error, self.ui.end_date),
        }
        self._clear_errors()
        self.ui.name_edit.textEdited.connect(lambda _text: self._clear_error("name"))
        self.ui.ags_edit.textEdited.connect(lambda _text: self._clear_error("ags"))
        self.ui.state_combo.currentIndexChanged.connect(lambda _index: self._clear_error("state"))
        self.ui.state_combo.currentIndexChanged.connect(lambda _index: self._clear_error("ags"))
        self.ui.end_date.dateChanged.connect(lambda _date: self._clear_error("process_end"))
        self.ui.start_date.dateChanged.connect(lambda _date: self._clear_error("process_end"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.button_box.accepted.connect(self._try_accept)
        self.ui.button_box.rejected.connect(self.reject)
        if existing is not None:
            self._fill(existing)
        self.ui.name_edit.setFocus()

    def _fill(self, data: DistrictData) -> None:
        self.ui.name_edit.setText(data.name)
        self.ui.state_combo.setCurrentIndex(self.ui.state_combo.findData(data.state.value))
        self.ui.ags_edit.setText(data.ags or "")
        self.ui.phase_combo.setCurrentIndex(max(0, self.ui.phase_combo.findData(data.phase_id)))
        for value, check, date_edit in (
            (data.process_start, self.ui.start_check, self.ui.start_date),
            (data.process_end, self.ui.end_check, self.ui.end_date),
        ):
            check.setChecked(value is not None)
            if value is not None:
                date_edit.setDate(_to_qdate(value))
        self.ui.notes_edit.setPlainText(data.notes)
        self.ui.consultancy_combo.setCurrentText(data.consultancy)

    def data(self) -> DistrictData:
        return DistrictData(
            name=self.ui.name_edit.text().strip(),
            state=FederalState(self.ui.state_combo.currentData()),
            ags=self.ui.ags_edit.text().strip() or None,
            phase_id=self.ui.phase_combo.currentData(),
            process_start=_from_qdate(self.ui.start_date.date()) if self.ui.start_check.isChecked() else None,
            process_end=_from_qdate(self.ui.end_date.date()) if self.ui.end_check.isChecked() else None,
            notes=self.ui.notes_edit.toPlainText(),
            consultancy=self.ui.consultancy_combo.currentText().strip(),
        )

    def show_errors(self, errors: list[FieldError]) -> None:
        self._clear_errors()
        first: QWidget | None = None
        for error in errors:
            label, widget = self._error_labels.get(error.field, (self.ui.name_error, self.ui.name_edit))
            label.setText(self._message(error))
            label.setVisible(True)
            widget.setProperty("invalid", True)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            first = first or widget
        if first is not None:
            first.setFocus()

    def _message(self, error: FieldError) -> str:
        state = self.ui.state_combo.currentData()
        if error.code is ErrorCode.AGS_STATE_MISMATCH and state is not None:
            federal_state = FederalState(state)
            return self.tr(
                "The AGS key does not match the federal state {state}: there it begins with {prefix}."
            ).format(state=FEDERAL_STATE_NAMES[federal_state], prefix=AGS_STATE_PREFIX[federal_state])
        return field_error(error.field, error.code)

    def _clear_error(self, field: str) -> None:
        label, widget = self._error_labels[field]
        label.clear()
        label.setVisible(False)
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _clear_errors(self) -> None:
        for field in self._error_labels:
            self._clear_error(field)

    def _try_accept(self) -> None:
        ui = self.ui
        state = ui.state_combo.currentData()
        start = _from_qdate(ui.start_date.date()) if ui.start_check.isChecked() else None
        end = _from_qdate(ui.end_date.date()) if ui.end_check.isChecked() else None
        errors = validate_district(ui.name_edit.text(), ui.ags_edit.text(), start, end, state)
        if state is None:  # a required choice: nothing is preselected
            errors.append(FieldError("state", ErrorCode.REQUIRED))
        if errors:
            self.show_errors(errors)
            return
        self.accept()
