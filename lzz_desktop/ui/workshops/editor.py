"""The workshop editor: everything documented about one workshop, saved automatically.

Edits in text fields are written 700 ms after the last keystroke, when the field loses focus and
when the editor is closed or left; so killing the app a few seconds after typing loses nothing.
Writes are small single-row transactions done directly (they take milliseconds and must be
ordered with closing); reading and everything slow runs through the task runner. Fields are never
refilled from the database while being edited, so the widgets' own undo (Ctrl+Z) keeps working.

The editor runs the general tab, the protocol state and the saving itself; the list tabs are run by
controllers of their own (:mod:`.agenda_tab`, :mod:`.attendance_tab`, :mod:`.results_tab`,
:mod:`.files_tab`) that own their tab's widgets of the form and ask for writes, autosaves and
flushes through signals (see :mod:`.editor_tab`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from lzz_desktop.domain.enums import ProtocolStatus, WorkshopFormat, WorkshopStatus
from lzz_desktop.domain.validation import FieldError, ValidationError
from lzz_desktop.domain.wallclock import district_date, district_time, district_today, from_district_time
from lzz_desktop.labels import format_date, workshop_format_label, workshop_status_label
from lzz_desktop.records.workshops import PersonOption, WorkshopData, WorkshopDetail
from lzz_desktop.ui.autosave import RETRY_MS, AutosaveTimer
from lzz_desktop.ui.date_edits import setup_date_edit
from lzz_desktop.ui.fit import elide
from lzz_desktop.ui.forms.ui_workshop_editor import Ui_WorkshopEditor
from lzz_desktop.ui.messages import field_error, unexpected_error_text
from lzz_desktop.ui.tasks import TaskRunner
from lzz_desktop.ui.undo import run_edit
from lzz_desktop.ui.workshops.agenda_tab import AgendaTab
from lzz_desktop.ui.workshops.attendance_tab import AttendanceTab
from lzz_desktop.ui.workshops.editor_tab import EditorTab, Write, show_error
from lzz_desktop.ui.workshops.files_tab import FilesTab
from lzz_desktop.ui.workshops.results_tab import ResultsTab

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.undo import DistrictUndo

T = TypeVar("T")

log = logging.getLogger(__name__)

AUTOSAVE_MS = 700


def _qdatetime(value: dt.datetime) -> QDateTime:
    """The district's wall-clock time as the edit shows it (the laptop's zone plays no part)."""
    wall = district_time(value)
    return QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute))


def _pydatetime(value: QDateTime) -> dt.datetime:
    """The instant of the wall-clock time typed into the edit, read on the district's clock."""
    date, time = value.date(), value.time()
    return from_district_time(dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute()))


class WorkshopEditor(QWidget):
    back_requested = Signal()
    workshop_saved = Signal(str)  # the workshop's id, after any change was written
    preview_requested = Signal(str, str)  # workshop id, "protocol" or "sign_in"
    calendar_requested = Signal(str)
    detail_loaded = Signal(str)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopEditor()
        self.ui.setupUi(self)
        # A long title or a saved file's path never widens the window (issue 17).
        elide(self.ui.workshop_heading, self.ui.save_state_label, self.ui.protocol_state_label)
        self.workspace = workspace
        self.tasks = tasks
        self.workshop_id: str | None = None
        self.detail: WorkshopDetail | None = None
        self.persons: list[PersonOption] = []
        self._general_dirty = False
        self._in_flight = 0  # writes sent to the database worker, not yet confirmed
        self._filling = False
        self._generation = 0  # of reloads: only the latest one is shown
        self._timer = AutosaveTimer(self.flush, AUTOSAVE_MS, self)
        self._setup()

    # --- construction --------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        # A banner while the protocol is approved.
        self.frozen_label = QLabel(self.tr("The protocol is approved: it can be read, not changed."), self)
        self.frozen_label.setProperty("role", "banner")
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setVisible(False)
        self._undo: DistrictUndo | None = None  # the window's per-district history, once attached
        self.role_read_only = False
        self._approved = False
        ui.editor_layout.insertWidget(1, self.frozen_label)
        # The list tabs, each run by a controller of its own that owns the tab's widgets.
        workshop_id, detail = (lambda: self.workshop_id), (lambda: self.detail)
        self.results = ResultsTab(ui, self.workspace, workshop_id, detail, self)
        self.carried_heading = self.results.carried_heading
        self.carried_list = self.results.carried_list
        for value in WorkshopFormat:
            ui.format_combo.addItem(workshop_format_label(value), value)
        for status in WorkshopStatus:
            ui.status_combo.addItem(workshop_status_label(status), status)
        show_error(ui.title_error, "")
        show_error(ui.end_error, "")
        # The general fields
        for edit in (ui.title_edit, ui.venue_edit, ui.moderation_edit, ui.minute_taker_edit):
            edit.textEdited.connect(self._general_changed)
        ui.goals_edit.textChanged.connect(self._general_changed)
        ui.format_combo.currentIndexChanged.connect(self._general_changed)
        ui.status_combo.currentIndexChanged.connect(self._general_changed)
        setup_date_edit(ui.start_edit, with_time=True)
        setup_date_edit(ui.end_edit, with_time=True)
        self._start_shown = ui.start_edit.dateTime()
        ui.start_edit.dateTimeChanged.connect(self._start_moved)  # before the autosave hears of it
        ui.start_edit.dateTimeChanged.connect(self._general_changed)
        ui.end_edit.dateTimeChanged.connect(self._general_changed)
        ui.privacy_check.toggled.connect(self._general_changed)
        ui.approve_button.clicked.connect(self._approve)
        ui.reopen_button.clicked.connect(self._reopen)
        self.agenda = AgendaTab(ui, self.workspace, workshop_id, detail, self)
        self.attendance = AttendanceTab(ui, self.workspace, workshop_id, detail, self)
        self.files = FilesTab(ui, self.workspace, self.tasks, workshop_id, detail, self)
        for tab in (self.agenda, self.attendance, self.results, self.files):
            self._connect_tab(tab)
        self.files.status_changed.connect(ui.save_state_label.setText)
        self.files.import_failed.connect(self._load_failed)
        self.files.reload_requested.connect(self.reload)
        # Top row
        ui.back_button.clicked.connect(self._back)
        ui.protocol_button.clicked.connect(lambda: self._request_preview("protocol"))
        ui.sign_in_button.clicked.connect(lambda: self._request_preview("sign_in"))
        ui.calendar_button.clicked.connect(lambda: self.calendar_requested.emit(self.workshop_id or ""))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _connect_tab(self, tab: EditorTab) -> None:
        tab.write_requested.connect(self._run_write)
        tab.edited.connect(self._schedule)
        tab.flush_requested.connect(self.flush)
        tab.save_failed.connect(self._save_failed)

    @property
    def undo(self) -> DistrictUndo | None:
        """The window's per-district history (Ctrl+Z), once attached; imports of files use it too."""
        return self._undo

    @undo.setter
    def undo(self, undo: DistrictUndo | None) -> None:
        self._undo = undo
        self.files.undo = undo

    # --- loading -------------------------------------------------------------------------
    def open_workshop(self, workshop_id: str) -> None:
        self.flush()
        self.workshop_id = workshop_id
        self.detail = None
        self.ui.editor_tabs.setCurrentIndex(0)
        self.reload(full=True)

    def reload(self, full: bool = False) -> None:
        """Read the workshop off the GUI thread; ``full`` refills the general fields too."""
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        workspace = self.workspace

        def load() -> tuple[WorkshopDetail, list[PersonOption]]:
            detail = workspace.workshops.get(workshop_id)
            return detail, workspace.workshops.persons(detail.district_id)

        self._generation += 1
        generation = self._generation
        self.tasks.run_db(load, lambda result: self._show(result, full, generation), self._load_failed)

    def _load_failed(self, exc: Exception) -> None:
        log.exception("loading the workshop failed", exc_info=exc)
        self.ui.save_state_label.setText(unexpected_error_text(exc))

    def _show(self, result: tuple[WorkshopDetail, list[PersonOption]], full: bool, generation: int) -> None:
        detail, persons = result
        if detail.id != self.workshop_id or generation != self._generation:
            return  # another workshop was opened, or a newer reload is on its way
        first = self.detail is None
        self.detail = detail
        self.persons = persons
        self._filling = True
        try:
            if full or first:
                self._fill_general(detail)
                self.attendance.fill_persons(persons)
                self.results.fill_persons(persons)
            self._fill_protocol_state(detail)
            self.agenda.fill(detail)
            self.attendance.fill(detail)
            self.results.fill(detail)
            self.files.fill(detail)
        finally:
            self._filling = False
        self.detail_loaded.emit(detail.id)

    def _fill_general(self, detail: WorkshopDetail) -> None:
        ui, data = self.ui, detail.data
        ui.workshop_heading.setText(data.title)
        ui.title_edit.setText(data.title)
        ui.format_combo.setCurrentIndex(ui.format_combo.findData(data.format))
        ui.status_combo.setCurrentIndex(ui.status_combo.findData(data.status))
        ui.start_edit.setDateTime(_qdatetime(data.starts_at))
        ui.end_edit.setDateTime(_qdatetime(data.ends_at or data.starts_at))
        ui.venue_edit.setText(data.venue)
        ui.moderation_edit.setText(data.moderation)
        ui.minute_taker_edit.setText(data.minute_taker)
        ui.goals_edit.setPlainText(data.goals)
        ui.privacy_check.setChecked(data.participants_by_organisation_only)
        show_error(ui.title_error, "")
        show_error(ui.end_error, "")
        self._general_dirty = False

    def _fill_protocol_state(self, detail: WorkshopDetail) -> None:
        ui = self.ui
        approved = detail.protocol_status == ProtocolStatus.APPROVED
        if approved:
            ui.protocol_state_label.setText(
                self.tr("approved on {date} by {name}").format(
                    date=format_date(detail.protocol_approved_on), name=detail.protocol_approved_by
                )
            )
        else:
            ui.protocol_state_label.setText(self.tr("draft"))
        ui.approved_by_edit.setVisible(not approved)
        ui.approve_button.setVisible(not approved)
        ui.reopen_button.setVisible(approved)
        self._set_read_only(approved)

    def set_role_read_only(self, read_only: bool) -> None:
        """The account's role may not change workshops (the services refuse it too)."""
        self.role_read_only = read_only
        self._set_read_only(self._approved)

    def _set_read_only(self, approved: bool) -> None:
        """An approved protocol can be read, not changed (the service refuses changes too); so can
        every protocol for an account whose role may not change workshops."""
        ui = self.ui
        self._approved = approved
        frozen = approved or self.role_read_only
        keep = set() if self.role_read_only else {ui.approve_button, ui.reopen_button, ui.approved_by_edit}
        for tab in (ui.general_tab, ui.agenda_tab, ui.attendance_tab, ui.results_tab, ui.files_tab):
            for edit in tab.findChildren(QLineEdit) + tab.findChildren(QPlainTextEdit):
                if edit not in keep:
                    edit.setReadOnly(frozen)
            for widget in tab.findChildren(QAbstractButton) + tab.findChildren(QComboBox):
                if widget not in keep and not isinstance(widget.parent(), QAbstractSpinBox):
                    widget.setEnabled(not frozen)
            for spin in tab.findChildren(QAbstractSpinBox):
                spin.setReadOnly(frozen)
        for view in (ui.agenda_list, ui.files_list):
            view.setDragEnabled(not frozen)
        self.frozen_label.setVisible(approved)

    def agenda_ids(self) -> list[str]:
        return self.agenda.ids()

    def move_agenda_item(self, step: int) -> None:
        self.agenda.move(step)

    def import_files(self, paths: list[Path]) -> None:
        """Import in the background; problems are listed under the photos, nothing else is lost."""
        self.files.import_files(paths)

    # --- saving --------------------------------------------------------------------------
    def _start_moved(self, start: QDateTime) -> None:
        """When the start changes, the end keeps the workshop's duration."""
        before, self._start_shown = self._start_shown, start
        if self._filling or self.workshop_id is None:
            return
        end = self.ui.end_edit
        end.setDateTime(end.dateTime().addSecs(before.secsTo(start)))

    def _general_changed(self, *_args: Any) -> None:
        if self._filling or self.workshop_id is None:
            return
        self._general_dirty = True
        self._schedule()

    def _schedule(self) -> None:
        self.ui.save_state_label.setText(self.tr("Saving…"))
        self._timer.start()

    def _focus_changed(self, old: QWidget | None, _new: QWidget | None) -> None:
        if old is not None and self.isAncestorOf(old) and self._timer.isActive():
            self.flush()

    @property
    def has_pending_edits(self) -> bool:
        """Edits not yet in the database: waiting for the autosave or still being written."""
        return (
            self._general_dirty
            or self.agenda.has_pending_edits
            or self.files.has_pending_edits
            or self._in_flight > 0
        )

    def flush(self) -> None:
        """Send every pending edit to the database worker now (called by the timer, on
        focus-out, leaving and closing). The writes run in the order they were made."""
        self._timer.stop()
        if self.workshop_id is None:
            return
        if self._general_dirty:
            self._save_general()
        self.agenda.save_pending()
        self.files.save_pending()

    def _save_failed(self, exc: Exception) -> None:
        """An autosave did not reach the database: say so; the edit is kept and tried again."""
        log.exception("autosave failed", exc_info=exc)
        self.ui.save_state_label.setText(unexpected_error_text(exc))
        self._timer.start(RETRY_MS)

    def _form_data(self) -> WorkshopData:
        ui = self.ui
        return WorkshopData(
            title=ui.title_edit.text(),
            format=ui.format_combo.currentData(),
            starts_at=_pydatetime(ui.start_edit.dateTime()),
            ends_at=_pydatetime(ui.end_edit.dateTime()),
            venue=ui.venue_edit.text().strip(),
            moderation=ui.moderation_edit.text().strip(),
            minute_taker=ui.minute_taker_edit.text().strip(),
            goals=ui.goals_edit.toPlainText(),
            status=ui.status_combo.currentData(),
            participants_by_organisation_only=ui.privacy_check.isChecked(),
        )

    def _save_general(self) -> None:
        """Saves the form. Fields that break a rule keep their last saved value in the database
        (and the text in the field, with a message), so everything else is saved anyway."""
        assert self.workshop_id is not None and self.detail is not None
        data = self._form_data()
        saved = self.detail.data
        workshop_id = self.workshop_id
        workshops = self.workspace.workshops
        self._general_dirty = False

        def save() -> tuple[WorkshopData, list[FieldError]]:
            try:
                workshops.update(workshop_id, data)
                return data, []
            except ValidationError as exc:
                fallback: dict[str, Any] = dict(title=saved.title) if exc.codes_for("title") else {}
                if exc.codes_for("ends_at"):
                    fallback["ends_at"] = saved.ends_at
                    if saved.ends_at and saved.ends_at < data.starts_at:
                        fallback["ends_at"] = None
                fixed = dataclasses.replace(data, **fallback)
                workshops.update(workshop_id, fixed)
                return fixed, exc.errors

        def done(outcome: tuple[WorkshopData, list[FieldError]]) -> None:
            stored, errors = outcome
            if self.detail is None or self.detail.id != workshop_id:
                return  # another workshop is open meanwhile
            self.detail = _replace_data(self.detail, stored)
            self._show_field_errors(errors)
            self.ui.workshop_heading.setText(stored.title)

        def failed(exc: Exception) -> None:
            if workshop_id == self.workshop_id:
                self._general_dirty = True  # the form still shows the edit: saved with the next try
            self._save_failed(exc)

        label = self.tr("Change workshop “{title}”").format(title=saved.title)
        self._write(
            save,
            reload=False,
            label=label,
            merge=f"general:{workshop_id}",
            done=done,
            failed=failed,
            pending=True,
        )

    def _show_field_errors(self, errors: list[FieldError]) -> None:
        ui = self.ui
        codes = {e.field: e.code for e in errors}
        show_error(ui.title_error, field_error("title", codes["title"]) if "title" in codes else "")
        show_error(ui.end_error, field_error("ends_at", codes["ends_at"]) if "ends_at" in codes else "")
        for widget, name in ((ui.title_edit, "title"), (ui.end_edit, "ends_at")):
            widget.setProperty("invalid", name in codes)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _write(
        self,
        action: Callable[[], T],
        reload: bool = True,
        label: str | None = None,
        merge: str | None = None,
        done: Callable[[T], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
        invalid: Callable[[ValidationError], None] | None = None,
        pending: bool = False,
    ) -> None:
        """Run a write on the database worker (writes keep their order there); afterwards ``done``
        and, with ``reload``, the lists are read again. With a ``label`` the write is undoable
        (Ctrl+Z) on the district's history. ``failed`` replaces the general failure message;
        ``invalid`` shows a refused value at its field. Changes the widgets signal while the form is
        being filled are no edits and are dropped; ``pending`` edits (typed before, saved by a
        flush that happens during a fill) are always written."""
        if self._filling and not pending:
            return
        workshop_id = self.workshop_id
        district_id = self.detail.district_id if self.detail is not None else None
        self._in_flight += 1

        def succeeded(result: T) -> None:
            self._in_flight -= 1
            if done is not None:
                done(result)
            if not self.has_pending_edits:
                self.ui.save_state_label.setText(self.tr("All changes saved"))
            if workshop_id:
                self.workshop_saved.emit(workshop_id)
            if reload and workshop_id == self.workshop_id:
                self.reload()

        def went_wrong(exc: Exception) -> None:
            self._in_flight -= 1
            if invalid is not None and isinstance(exc, ValidationError):
                invalid(exc)
                return
            if failed is not None:
                failed(exc)
                return
            log.exception("write failed", exc_info=exc)
            self.ui.save_state_label.setText(unexpected_error_text(exc))
            if workshop_id == self.workshop_id:
                self.reload()  # show what is stored

        undo = self.undo if label is not None and district_id else None
        run_edit(undo, self.tasks, label or "", district_id, action, succeeded, went_wrong, merge)

    def _run_write(self, write: Write[Any]) -> None:
        """A write a tab asks for (its ``write_requested``)."""
        self._write(
            write.action,
            reload=write.reload,
            label=write.label,
            merge=write.merge,
            done=write.done,
            failed=write.failed,
            invalid=write.invalid,
            pending=write.pending,
        )

    # --- protocol state ------------------------------------------------------------------
    def _approve(self) -> None:
        if self.workshop_id is None or self.detail is None:
            return
        by = self.ui.approved_by_edit.text().strip() or self.workspace.author
        if not by:
            self.ui.approved_by_edit.setFocus()
            self.ui.save_state_label.setText(self.tr("Please enter who approved the protocol."))
            return
        if district_date(self.detail.data.starts_at) > district_today():
            self.ui.save_state_label.setText(
                self.tr("Only the protocol of a workshop that has taken place can be approved.")
            )
            return
        self.flush()
        answer = QMessageBox.question(
            self,
            self.tr("Approve protocol"),
            self.tr(
                "Approve the protocol as {name}? Afterwards it cannot be changed until the approval "
                "is taken back."
            ).format(name=by),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        workshop_id = self.workshop_id
        workshops = self.workspace.workshops
        self._write(lambda: workshops.approve_protocol(workshop_id, by))

    def _reopen(self) -> None:
        if self.workshop_id is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Take the approval back"),
            self.tr("Why is the approval taken back? (This is kept with the protocol's history.)"),
        )
        if not ok:
            return
        if not reason.strip():
            self.ui.save_state_label.setText(self.tr("Please give a reason for taking the approval back."))
            return
        workshop_id = self.workshop_id
        by = self.workspace.author or self.ui.approved_by_edit.text().strip()
        workshops = self.workspace.workshops
        self._write(lambda: workshops.withdraw_approval(workshop_id, by, reason))

    # --- leaving -------------------------------------------------------------------------
    def _request_preview(self, kind: str) -> None:
        self.flush()
        if self.workshop_id:
            self.preview_requested.emit(self.workshop_id, kind)

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()


def _replace_data(detail: WorkshopDetail, data: WorkshopData) -> WorkshopDetail:
    return dataclasses.replace(detail, data=data)
