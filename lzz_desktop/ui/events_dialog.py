"""Programm → Veranstaltungen …: programme events across districts (issue 15) — Forum meetings,
Lernreisen, Fachveranstaltungen and the phase conference with their districts, participants,
agenda, results, agreements and learnings; the protocol as PDF. Layout from
``forms/events_dialog.ui``; every read and write on the database worker; saves and deletions are
undoable edits of the workspace's history (Ctrl+Z)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from lzz_desktop.domain.enums import EventKind
from lzz_desktop.domain.validation import ValidationError
from lzz_desktop.i18n import current_language
from lzz_desktop.labels import event_kind_label, format_date
from lzz_desktop.records.districts import DistrictSummary
from lzz_desktop.ui.date_edits import setup_date_edit
from lzz_desktop.ui.forms.ui_events_dialog import Ui_EventsDialog
from lzz_desktop.ui.messages import field_error, lock_for_role, unexpected_error_text, write_error_text
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.tasks import TaskRunner
from lzz_desktop.ui.undo import run_edit, use_workspace_history

if TYPE_CHECKING:
    from lzz_desktop.services.events import (
        EventData,
        EventDetail,
        EventSummary,
        LearningData,
        ParticipantData,
    )
    from lzz_desktop.services.phases import PhaseInfo
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.undo import DistrictUndo


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class EventsDialog(QDialog):
    reloaded = Signal()
    saved = Signal(str)  # the event's id
    exported = Signal(object)  # the written path, or the exception

    def __init__(
        self,
        workspace: Workspace,
        tasks: TaskRunner,
        undo: DistrictUndo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EventsDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.tasks = tasks
        self.undo = undo
        self.events: list[EventSummary] = []
        self.districts: list[DistrictSummary] = []
        self.phases: list[PhaseInfo] = []
        self.current_id: str | None = None
        self.detail: EventDetail | None = None
        # Districts of the event this computer does not hold (another consultant's): kept in it.
        self.foreign_districts: set[str] = set()
        self.locked_role = ""  # the role that may only read here (see lock)
        ui = self.ui
        ui.splitter.setStretchFactor(1, 3)
        ui.error_label.hide()
        for kind in EventKind:
            ui.kind_combo.addItem(event_kind_label(kind), kind.value)
        for table, headers in (
            (ui.participant_table, [self.tr("Name"), self.tr("Organisation"), self.tr("District")]),
            (ui.learning_table, [self.tr("Learning"), self.tr("What it is about")]),
        ):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        setup_date_edit(ui.start_date)
        setup_date_edit(ui.end_date)
        ui.until_check.toggled.connect(ui.end_date.setEnabled)
        ui.event_list.currentItemChanged.connect(lambda item, _old: self._select(item))
        ui.new_button.clicked.connect(self.new_event)
        ui.delete_button.clicked.connect(self.delete_event)
        ui.save_button.clicked.connect(self.save)
        ui.protocol_button.clicked.connect(self._protocol_interactive)
        ui.whole_phase_button.clicked.connect(self.tick_whole_phase)
        ui.add_participant_button.clicked.connect(lambda: self.add_participant())
        ui.remove_participant_button.clicked.connect(lambda: self._remove_row(ui.participant_table))
        ui.add_learning_button.clicked.connect(lambda: self.add_learning())
        ui.remove_learning_button.clicked.connect(lambda: self._remove_row(ui.learning_table))
        ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        use_workspace_history(self, undo, tasks, self.reload, self.ui.event_list)
        self.reload()

    def lock(self, role: str) -> None:
        """Read-only for an account that may not write events (district staff)."""
        ui = self.ui
        self.locked_role = role
        lock_for_role(
            role,
            ui.error_label,
            ui.new_button,
            ui.delete_button,
            ui.save_button,
            ui.whole_phase_button,
            ui.add_participant_button,
            ui.remove_participant_button,
            ui.add_learning_button,
            ui.remove_learning_button,
        )

    # --- reading ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        workspace = self.workspace
        keep = select or self.current_id
        self.tasks.run_db(
            lambda: (workspace.events.list(), workspace.districts.list(), workspace.phases.list()),
            lambda found: self._fill(found[0], found[1], found[2], keep),
            self._failed,
        )

    def _fill(
        self,
        events: list[EventSummary],
        districts: list[DistrictSummary],
        phases: list[PhaseInfo],
        keep: str | None,
    ) -> None:
        self.events, self.districts, self.phases = events, districts, phases
        ui = self.ui
        ui.phase_combo.blockSignals(True)
        ui.phase_combo.clear()
        ui.phase_combo.addItem(self.tr("(no phase)"), None)
        for phase in phases:
            ui.phase_combo.addItem(phase.name, phase.id)
        ui.phase_combo.blockSignals(False)
        lst = ui.event_list
        lst.blockSignals(True)
        lst.clear()
        for event in events:
            text = f"{format_date(event.starts_on)} · {event.title}\n{event_kind_label(event.kind)}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, event.id)
            item.setToolTip(", ".join(event.districts))
            lst.addItem(item)
        lst.blockSignals(False)
        rows = [i for i in range(lst.count()) if lst.item(i).data(ID_ROLE) == keep]
        if rows:
            lst.setCurrentRow(rows[0])
        elif lst.count():
            lst.setCurrentRow(0)
        else:
            self.new_event()
            self.reloaded.emit()

    def _select(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        event_id = str(item.data(ID_ROLE))
        events = self.workspace.events
        self.tasks.run_db(lambda: events.get(event_id), self._show, self._failed)

    def _show(self, detail: EventDetail) -> None:
        self.detail = detail
        self.current_id = detail.id
        self._show_data(detail.data, detail.participants, detail.learnings)
        self.ui.delete_button.setEnabled(not self.locked_role)
        self.ui.protocol_button.setEnabled(True)
        if not self.locked_role:  # the note why it is read-only stays
            self.ui.error_label.hide()
        self.reloaded.emit()

    def _show_data(
        self, data: EventData, participants: tuple[ParticipantData, ...], learnings: tuple[LearningData, ...]
    ) -> None:
        ui = self.ui
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(data.kind.value)))
        ui.title_edit.setText(data.title)
        ui.start_date.setDate(_qdate(data.starts_on))
        ui.until_check.setChecked(data.ends_on is not None)
        ui.end_date.setEnabled(data.ends_on is not None)
        ui.end_date.setDate(_qdate(data.ends_on or data.starts_on))
        ui.phase_combo.setCurrentIndex(max(0, ui.phase_combo.findData(data.phase_id)))
        ui.venue_edit.setText(data.venue)
        ui.host_edit.setText(data.host_municipality)
        ui.country_edit.setText(data.host_country)
        for edit, text in (
            (ui.topics_edit, data.topics),
            (ui.speakers_edit, data.speakers),
            (ui.agenda_edit, data.agenda),
            (ui.results_edit, data.results),
            (ui.agreements_edit, data.agreements),
        ):
            edit.setPlainText(text)
        self._fill_districts(set(data.district_ids))
        ui.participant_table.setRowCount(0)
        for p in participants:
            self.add_participant(p)
        ui.learning_table.setRowCount(0)
        for lr in learnings:
            self.add_learning(lr)

    def _fill_districts(self, checked: set[str]) -> None:
        lst = self.ui.district_list
        lst.clear()
        for district in self.districts:
            item = QListWidgetItem(district.name)
            item.setData(ID_ROLE, district.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if district.id in checked else Qt.CheckState.Unchecked)
            lst.addItem(item)
        self.foreign_districts = checked - {d.id for d in self.districts}

    def checked_districts(self) -> list[str]:
        lst = self.ui.district_list
        ticked = [
            str(lst.item(i).data(ID_ROLE))
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]
        return ticked + sorted(self.foreign_districts)

    def tick_whole_phase(self) -> None:
        """Tick every district of the chosen phase."""
        phase_id = self.ui.phase_combo.currentData()
        phase = next((p for p in self.phases if p.id == phase_id), None)
        if phase is None:
            self._show_error(self.tr("Choose the phase first (on the General tab)."))
            return
        lst = self.ui.district_list
        for i in range(lst.count()):
            if lst.item(i).data(ID_ROLE) in phase.district_ids:
                lst.item(i).setCheckState(Qt.CheckState.Checked)

    # --- the two tables --------------------------------------------------------------------
    def add_participant(self, data: ParticipantData | None = None) -> None:
        table = self.ui.participant_table
        row = table.rowCount()
        table.insertRow(row)
        name = QTableWidgetItem(data.name if data else "")
        name.setData(ID_ROLE, data.id if data else None)
        table.setItem(row, 0, name)
        table.setItem(row, 1, QTableWidgetItem(data.organisation if data else ""))
        combo = QComboBox()
        combo.addItem(self.tr("(office, guest)"), None)
        for district in self.districts:
            combo.addItem(district.name, district.id)
        combo.setCurrentIndex(max(0, combo.findData(data.district_id)) if data else 0)
        table.setCellWidget(row, 2, combo)
        if data is None:
            table.setCurrentCell(row, 0)
            table.editItem(name)

    def add_learning(self, data: LearningData | None = None) -> None:
        table = self.ui.learning_table
        row = table.rowCount()
        table.insertRow(row)
        title = QTableWidgetItem(data.title if data else "")
        title.setData(ID_ROLE, data.id if data else None)
        table.setItem(row, 0, title)
        table.setItem(row, 1, QTableWidgetItem(data.text if data else ""))
        if data is None:
            table.setCurrentCell(row, 0)
            table.editItem(title)

    @staticmethod
    def _remove_row(table: QAbstractItemView) -> None:
        row = table.currentIndex().row()
        if row >= 0:
            table.model().removeRow(row)

    @staticmethod
    def _text(table: QAbstractItemView, row: int, column: int) -> str:
        item = table.item(row, column)  # type: ignore[attr-defined]
        return item.text() if item is not None else ""

    # --- writing ---------------------------------------------------------------------------
    def new_event(self) -> None:
        from lzz_desktop.services.events import EventData

        self.current_id = None
        self.detail = None
        self.ui.event_list.clearSelection()
        self._show_data(EventData(EventKind.FORUM, "", dt.date.today()), (), ())
        self.ui.delete_button.setEnabled(False)
        self.ui.protocol_button.setEnabled(False)
        self.ui.tabs.setCurrentIndex(0)
        self.ui.title_edit.setFocus()

    def form_data(self) -> tuple[EventData, list[ParticipantData], list[LearningData]]:
        from lzz_desktop.services.events import EventData, LearningData, ParticipantData

        ui = self.ui
        data = EventData(
            kind=EventKind(ui.kind_combo.currentData()),
            title=ui.title_edit.text(),
            starts_on=_date(ui.start_date.date()),
            ends_on=_date(ui.end_date.date()) if ui.until_check.isChecked() else None,
            phase_id=ui.phase_combo.currentData(),
            district_ids=tuple(self.checked_districts()),
            venue=ui.venue_edit.text(),
            host_municipality=ui.host_edit.text(),
            host_country=ui.country_edit.text(),
            topics=ui.topics_edit.toPlainText(),
            speakers=ui.speakers_edit.toPlainText(),
            agenda=ui.agenda_edit.toPlainText(),
            results=ui.results_edit.toPlainText(),
            agreements=ui.agreements_edit.toPlainText(),
        )
        people = ui.participant_table
        participants = []
        for row in range(people.rowCount()):
            name = people.item(row, 0)
            combo = people.cellWidget(row, 2)
            participants.append(
                ParticipantData(
                    self._text(people, row, 0),
                    self._text(people, row, 1),
                    combo.currentData() if isinstance(combo, QComboBox) else None,
                    name.data(ID_ROLE) if name is not None else None,
                )
            )
        table = ui.learning_table
        learnings = []
        for row in range(table.rowCount()):
            title = table.item(row, 0)
            learnings.append(
                LearningData(
                    self._text(table, row, 0),
                    self._text(table, row, 1),
                    title.data(ID_ROLE) if title is not None else None,
                )
            )
        return data, participants, learnings

    def save(self) -> None:
        data, participants, learnings = self.form_data()
        events, event_id = self.workspace.events, self.current_id
        if event_id is None:
            label = self.tr("New event “{title}”").format(title=data.title.strip())

            def action() -> str:
                return events.create(data, participants, learnings)

        else:
            label = self.tr("Edit event “{title}”").format(title=data.title.strip())
            fixed_id = event_id

            def action() -> str:
                events.update(fixed_id, data, participants, learnings)
                return fixed_id

        def done(saved_id: str) -> None:
            self.ui.error_label.hide()
            self.saved.emit(saved_id)
            self.reload(select=saved_id)

        run_edit(self.undo, self.tasks, label, None, action, done, self._failed)

    def delete_event(self) -> None:
        event_id, detail = self.current_id, self.detail
        if event_id is None or detail is None:
            return
        events = self.workspace.events
        run_edit(
            self.undo,
            self.tasks,
            self.tr("Delete event “{title}”").format(title=detail.data.title),
            None,
            lambda: events.delete(event_id),
            lambda _r: self.reload(),
            self._failed,
        )
        self.current_id = None

    # --- the protocol ----------------------------------------------------------------------
    def _protocol_interactive(self) -> None:
        if self.detail is None:
            return
        from lzz_desktop.exporting.slug import slugify

        name = f"protokoll-{self.detail.data.starts_on.isoformat()}-{slugify(self.detail.data.title)}.pdf"
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the protocol"), name, self.tr("PDF documents (*.pdf)")
        )
        if target:
            self.export_protocol(Path(target))

    def export_protocol(self, target: Path, on_done: Callable[[Path], None] | None = None) -> None:
        """The protocol of the shown event (as last saved) as PDF, written in the background."""
        detail = self.detail
        if detail is None:
            return
        target = target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
        language = current_language()  # read here: the worker has no say in the UI's language

        def write() -> Path:
            from lzz_desktop.fileio import write_bytes
            from lzz_desktop.reports.event_protocol import render_event_protocol

            write_bytes(target, render_event_protocol(detail, language))
            return target

        def done(path: Path) -> None:
            self._show_error(self.tr("Saved as {path}").format(path=path), error=False)
            self.exported.emit(path)

        def failed(exc: Exception) -> None:
            self._show_error(
                write_error_text(exc, target) if isinstance(exc, OSError) else unexpected_error_text(exc)
            )
            self.exported.emit(exc)

        self.tasks.run(write, done, failed)

    def _show_error(self, text: str, error: bool = True) -> None:
        label = self.ui.error_label
        label.setProperty("role", "error" if error else "")
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.show()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            text = "\n".join(self._field_error(e.field, e.code) for e in exc.errors)
        else:
            text = unexpected_error_text(exc)
        self._show_error(text)

    def _field_error(self, field: str, code: object) -> str:
        if field == "district_ids":
            return self.tr("Tick at least one district taking part.")
        if field == "participant_name":
            return self.tr("Every participant needs a name (tab Participants).")
        if field == "learning_title":
            return self.tr("Every learning needs a title (tab Learnings).")
        return field_error(field, code)  # type: ignore[arg-type]
