"""Programm → Programmphasen …: the office creates and edits the programme's phases and assigns the
districts (issue 15). Layout from ``forms/phases_dialog.ui``; every read and write on the database
worker; saves and deletions are undoable edits of the workspace's history (Ctrl+Z)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from lzz_desktop.domain.enums import DEFAULT_STAGES
from lzz_desktop.domain.validation import ValidationError
from lzz_desktop.records.districts import DistrictSummary
from lzz_desktop.ui.forms.ui_phases_dialog import Ui_PhasesDialog
from lzz_desktop.ui.messages import field_error, lock_for_role, unexpected_error_text
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.tasks import TaskRunner
from lzz_desktop.ui.undo import run_edit, use_workspace_history

if TYPE_CHECKING:
    from lzz_desktop.services.phases import PhaseData, PhaseInfo
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.undo import DistrictUndo


class PhasesDialog(QDialog):
    reloaded = Signal()
    saved = Signal(str)  # the phase's id

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        undo: DistrictUndo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PhasesDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.tasks = tasks
        self.undo = undo
        self.phases: list[PhaseInfo] = []
        self.districts: list[DistrictSummary] = []
        self.current_id: str | None = None
        self.locked_role = ""  # the role that may only read here (see lock)
        self.ui.error_label.hide()
        self.ui.phase_list.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.ui.new_button.clicked.connect(self.new_phase)
        self.ui.delete_button.clicked.connect(self.delete_phase)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        use_workspace_history(self, undo, tasks, self.reload)
        self.reload()

    def lock(self, role: str) -> None:
        """Read-only for an account that may not write phases (all but the office)."""
        self.locked_role = role
        ui = self.ui
        lock_for_role(role, ui.error_label, ui.new_button, ui.delete_button, ui.save_button)

    # --- reading ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        workspace = self.workspace
        keep = select or self.current_id
        self.tasks.run_db(
            lambda: (workspace.phases.list(), workspace.districts.list()),
            lambda found: self._fill(found[0], found[1], keep),
            self._failed,
        )

    def _fill(self, phases: list[PhaseInfo], districts: list[DistrictSummary], keep: str | None) -> None:
        self.phases, self.districts = phases, districts
        lst = self.ui.phase_list
        lst.blockSignals(True)
        lst.clear()
        for phase in phases:
            years = f"{phase.start_year}–{phase.end_year}"
            item = QListWidgetItem(phase.name if years in phase.name else f"{phase.name} ({years})")
            item.setData(ID_ROLE, phase.id)
            lst.addItem(item)
        lst.blockSignals(False)
        rows = [i for i in range(lst.count()) if lst.item(i).data(ID_ROLE) == keep]
        if rows:
            lst.setCurrentRow(rows[0])
        elif lst.count():
            lst.setCurrentRow(0)
        else:
            self.new_phase()
        self.reloaded.emit()

    def _phase(self, phase_id: str | None) -> PhaseInfo | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    def _show(self, item: QListWidgetItem | None) -> None:
        phase = self._phase(item.data(ID_ROLE) if item is not None else None)
        if phase is None:
            return
        self.current_id = phase.id
        ui = self.ui
        ui.name_edit.setText(phase.name)
        ui.start_spin.setValue(phase.start_year)
        ui.end_spin.setValue(phase.end_year)
        ui.notes_edit.setPlainText(phase.notes)
        ui.stages_edit.setPlainText(phase.stages or "\n".join(DEFAULT_STAGES))
        ui.delete_button.setEnabled(not self.locked_role)
        self._fill_districts(set(phase.district_ids))
        if not self.locked_role:  # the note why it is read-only stays
            ui.error_label.hide()

    def _fill_districts(self, checked: set[str]) -> None:
        lst = self.ui.district_list
        lst.clear()
        for district in self.districts:
            text = district.name
            if district.id not in checked and district.phase_name:
                text += self.tr(" (now: {phase})").format(phase=district.phase_name)
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, district.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if district.id in checked else Qt.CheckState.Unchecked)
            lst.addItem(item)

    # --- writing ---------------------------------------------------------------------------
    def new_phase(self) -> None:
        """An empty form for a new phase: this year and the next."""
        self.current_id = None
        self.ui.phase_list.clearSelection()
        year = dt.date.today().year
        self.ui.name_edit.clear()
        self.ui.start_spin.setValue(year)
        self.ui.end_spin.setValue(year + 1)
        self.ui.notes_edit.clear()
        self.ui.stages_edit.setPlainText("\n".join(DEFAULT_STAGES))
        self.ui.delete_button.setEnabled(False)
        self._fill_districts(set())
        self.ui.name_edit.setFocus()

    def form_data(self) -> tuple[PhaseData, list[str]]:
        from lzz_desktop.services.phases import PhaseData

        ui = self.ui
        data = PhaseData(
            ui.name_edit.text(),
            ui.start_spin.value(),
            ui.end_spin.value(),
            ui.notes_edit.toPlainText(),
            ui.stages_edit.toPlainText(),
        )
        lst = ui.district_list
        checked = [
            lst.item(i).data(ID_ROLE)
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]
        return data, checked

    def save(self) -> None:
        data, district_ids = self.form_data()
        phases, phase_id = self.workspace.phases, self.current_id
        if phase_id is None:
            label = self.tr("New phase “{name}”").format(name=data.name.strip())

            def action() -> str:
                return phases.create(data, district_ids)

        else:
            label = self.tr("Edit phase “{name}”").format(name=data.name.strip())
            fixed_id = phase_id

            def action() -> str:
                phases.update(fixed_id, data, district_ids)
                return fixed_id

        def done(saved_id: str) -> None:
            self.ui.error_label.hide()
            self.saved.emit(saved_id)
            self.reload(select=saved_id)

        run_edit(self.undo, self.tasks, label, None, action, done, self._failed)

    def delete_phase(self) -> None:
        phase = self._phase(self.current_id)
        if phase is None:
            return
        phases = self.workspace.phases
        run_edit(
            self.undo,
            self.tasks,
            self.tr("Delete phase “{name}”").format(name=phase.name),
            None,
            lambda: phases.delete(phase.id),
            lambda _r: self.reload(),
            self._failed,
        )
        self.current_id = None

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(field_error(e.field, e.code) for e in exc.errors)
        else:
            text = unexpected_error_text(exc)
        self.ui.error_label.setText(text)
        self.ui.error_label.show()
