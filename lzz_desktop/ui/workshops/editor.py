"""The workshop editor: everything documented about one workshop, saved automatically.

Edits in text fields are written 700 ms after the last keystroke, when the field loses focus and
when the editor is closed or left; so killing the app a few seconds after typing loses nothing.
Writes are small single-row transactions done directly (they take milliseconds and must be
ordered with closing); reading and everything slow runs through the task runner. Fields are never
refilled from the database while being edited, so the widgets' own undo (Ctrl+Z) keeps working.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from lzz_desktop.domain.enums import (
    ActionStatus,
    ProtocolStatus,
    WorkshopFormat,
    WorkshopStatus,
)
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError, validate_titled
from lzz_desktop.domain.wallclock import district_date, district_time, district_today, from_district_time
from lzz_desktop.records.workshops import PersonOption, WorkshopData, WorkshopDetail
from lzz_desktop.ui.autosave import RETRY_MS, AutosaveTimer
from lzz_desktop.ui.forms.ui_workshop_editor import Ui_WorkshopEditor
from lzz_desktop.ui.labels import (
    action_status_label,
    format_date,
    workshop_format_label,
    workshop_status_label,
)
from lzz_desktop.ui.messages import field_error, unexpected_error_text
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.tasks import TaskRunner
from lzz_desktop.ui.undo import run_edit
from lzz_desktop.ui.workshops.editor_lists import EditorListsMixin, show_error

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


class WorkshopEditor(EditorListsMixin, QWidget):
    back_requested = Signal()
    workshop_saved = Signal(str)  # the workshop's id, after any change was written
    preview_requested = Signal(str, str)  # workshop id, "protocol" or "sign_in"
    calendar_requested = Signal(str)
    detail_loaded = Signal(str)

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopEditor()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.tasks = tasks
        self.workshop_id: str | None = None
        self.detail: WorkshopDetail | None = None
        self.persons: list[PersonOption] = []
        self._general_dirty = False
        self._agenda_dirty: dict[str, dict[str, str]] = {}
        self._agenda_current: str | None = None
        self._caption_dirty: dict[str, str] = {}
        self._in_flight = 0  # writes sent to the database worker, not yet confirmed
        self._filling = False
        self._generation = 0  # of reloads: only the latest one is shown
        self._timer = AutosaveTimer(self.flush, AUTOSAVE_MS, self)
        self._setup()

    # --- construction --------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
        # A banner while the protocol is approved, and the live list of earlier open tasks.
        self.frozen_label = QLabel(self.tr("The protocol is approved: it can be read, not changed."), self)
        self.frozen_label.setProperty("role", "banner")
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setVisible(False)
        self.undo: DistrictUndo | None = None  # the window's per-district history, once attached
        self.role_read_only = False
        self._approved = False
        ui.editor_layout.insertWidget(1, self.frozen_label)
        self.carried_heading = QLabel(self.tr("Open tasks from earlier workshops (tick what is done)"), self)
        self.carried_heading.setProperty("role", "heading")
        self.carried_list = QListWidget(self)
        self.carried_list.setObjectName("carried_list")
        self.carried_list.setAccessibleName(self.carried_heading.text())
        self.carried_list.setWordWrap(True)
        ui.results_layout.insertWidget(0, self.carried_heading)
        ui.results_layout.insertWidget(1, self.carried_list)
        self.carried_list.itemChanged.connect(self._carried_ticked)
        for value in WorkshopFormat:
            ui.format_combo.addItem(workshop_format_label(value), value)
        for status in WorkshopStatus:
            ui.status_combo.addItem(workshop_status_label(status), status)
        for action_status in ActionStatus:
            ui.action_status_combo.addItem(action_status_label(action_status), action_status)
        ui.action_due_edit.setDate(QDate.currentDate().addDays(28))
        for label in (
            ui.title_error,
            ui.end_error,
            ui.agenda_add_error,
            ui.agenda_title_error,
            ui.attendance_error,
            ui.agreement_error,
            ui.action_error,
            ui.files_error,
        ):
            show_error(label, "")
        # The general fields
        for edit in (ui.title_edit, ui.venue_edit, ui.moderation_edit, ui.minute_taker_edit):
            edit.textEdited.connect(self._general_changed)
        ui.goals_edit.textChanged.connect(self._general_changed)
        ui.format_combo.currentIndexChanged.connect(self._general_changed)
        ui.status_combo.currentIndexChanged.connect(self._general_changed)
        ui.start_edit.dateTimeChanged.connect(self._general_changed)
        ui.end_edit.dateTimeChanged.connect(self._general_changed)
        ui.privacy_check.toggled.connect(self._general_changed)
        ui.approve_button.clicked.connect(self._approve)
        ui.reopen_button.clicked.connect(self._reopen)
        # Agenda
        ui.agenda_layout.setStretch(0, 2)
        ui.agenda_layout.setStretch(1, 3)
        ui.agenda_list.setWordWrap(True)
        ui.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.agenda_list.currentItemChanged.connect(self._agenda_selected)
        ui.agenda_list.model().rowsMoved.connect(self._agenda_moved)
        ui.agenda_add_button.clicked.connect(self._add_agenda_item)
        ui.agenda_new_edit.returnPressed.connect(self._add_agenda_item)
        ui.agenda_remove_button.clicked.connect(self._remove_agenda_item)
        ui.agenda_up_button.clicked.connect(lambda: self.move_agenda_item(-1))
        ui.agenda_down_button.clicked.connect(lambda: self.move_agenda_item(1))
        ui.agenda_list.installEventFilter(self)
        ui.agenda_title_edit.textEdited.connect(lambda text: self._agenda_field_changed("title", text))
        ui.agenda_notes_edit.textChanged.connect(
            lambda: self._agenda_field_changed("notes", ui.agenda_notes_edit.toPlainText())
        )
        ui.agenda_results_edit.textChanged.connect(
            lambda: self._agenda_field_changed("results", ui.agenda_results_edit.toPlainText())
        )
        ui.files_remove_button.clicked.connect(self._remove_file)
        self._setup_lists()
        # Top row
        ui.back_button.clicked.connect(self._back)
        ui.protocol_button.clicked.connect(lambda: self._request_preview("protocol"))
        ui.sign_in_button.clicked.connect(lambda: self._request_preview("sign_in"))
        ui.calendar_button.clicked.connect(lambda: self.calendar_requested.emit(self.workshop_id or ""))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Up / Ctrl+Down move the current agenda item (the keyboard way to reorder)."""
        if (
            watched is self.ui.agenda_list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move_agenda_item(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

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
                self._fill_persons(persons)
            self._fill_protocol_state(detail)
            self._fill_agenda(detail)
            self._fill_attendance(detail)
            self._fill_results(detail)
            self._fill_carried(detail)
            self._fill_files(detail)
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

    def _fill_persons(self, persons: list[PersonOption]) -> None:
        combo = self.ui.person_combo
        combo.clear()
        responsible = self.ui.action_responsible_combo
        responsible.clear()
        responsible.addItem("", None)
        for p in persons:
            text = f"{p.name} – {p.organisation}" if p.organisation else p.name
            combo.addItem(text, p.id)
            responsible.addItem(p.name, p.id)
        combo.setCurrentIndex(-1)
        for box, text in (
            (combo, self.tr("Choose a person of the district")),
            (responsible, self.tr("Who? (person or text)")),
        ):
            edit = box.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(text)

    def _fill_agenda(self, detail: WorkshopDetail) -> None:
        lst = self.ui.agenda_list
        current = self._agenda_current
        ids = [row.id for row in detail.agenda]
        if ids == self.agenda_ids() and current in ids:
            # Same items in the same order: leave the list and the fields being edited alone
            # (refilling them would drop their undo history and could show older text).
            return
        lst.clear()
        for number, row in enumerate(detail.agenda, start=1):
            item = QListWidgetItem(self._agenda_text(number, row.title))
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            lst.addItem(item)
        if current in ids:
            lst.setCurrentRow(ids.index(current))
        elif ids:
            lst.setCurrentRow(0)
        else:
            self._agenda_selected(None, None)

    @staticmethod
    def _agenda_text(number: int, title: str) -> str:
        return f"TOP {number}: {title}"

    # --- saving --------------------------------------------------------------------------
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
            or bool(self._agenda_dirty)
            or bool(self._caption_dirty)
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
        for item_id, values in list(self._agenda_dirty.items()):
            self._save_agenda_item(item_id, values)
        for attachment_id, caption in list(self._caption_dirty.items()):
            del self._caption_dirty[attachment_id]
            self._save_caption(attachment_id, caption)

    def _save_caption(self, attachment_id: str, caption: str) -> None:
        workshops = self.workspace.workshops

        def failed(exc: Exception) -> None:
            self._caption_dirty.setdefault(attachment_id, caption)  # a newer caption wins
            self._save_failed(exc)

        self._write(
            lambda: workshops.set_attachment_caption(attachment_id, caption),
            reload=False,
            failed=failed,
            pending=True,
        )

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

    def _row_name(self, rows: Any, row_id: str, attribute: str) -> str:
        for row in rows or ():
            if row.id == row_id:
                return str(getattr(row, attribute, ""))[:60]
        return ""

    # --- agenda --------------------------------------------------------------------------
    def _agenda_selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._agenda_dirty:
            self.flush()
        ui = self.ui
        item_id = current.data(ID_ROLE) if current is not None else None
        self._agenda_current = item_id
        row = next((r for r in self.detail.agenda if r.id == item_id), None) if self.detail else None
        filling, self._filling = self._filling, True
        try:
            ui.agenda_title_edit.setText(row.title if row else "")
            ui.agenda_notes_edit.setPlainText(row.notes if row else "")
            ui.agenda_results_edit.setPlainText(row.results if row else "")
        finally:
            self._filling = filling
        for widget in (ui.agenda_title_edit, ui.agenda_notes_edit, ui.agenda_results_edit):
            widget.setEnabled(row is not None)
        show_error(ui.agenda_title_error, "")

    def _agenda_field_changed(self, name: str, value: str) -> None:
        if self._filling or self._agenda_current is None:
            return
        self._agenda_dirty.setdefault(self._agenda_current, {})[name] = value
        self._schedule()

    def _save_agenda_item(self, item_id: str, values: dict[str, str]) -> None:
        ui = self.ui
        del self._agenda_dirty[item_id]
        values = dict(values)
        title_missing = "title" in values and not values["title"].strip()
        if title_missing:
            values.pop("title")
            show_error(ui.agenda_title_error, field_error("title", ErrorCode.REQUIRED))
        else:
            show_error(ui.agenda_title_error, "")
        if "title" in values:
            values["title"] = values["title"].strip()
        if not values:
            return
        workshops = self.workspace.workshops
        label: str | None = None
        if "title" in values and self.detail is not None:
            number = next((n for n, r in enumerate(self.detail.agenda, start=1) if r.id == item_id), 0)
            label = self.tr("Rename agenda item {number}").format(number=number)

        def done(_result: object) -> None:
            if self.detail is None:
                return
            for number, row in enumerate(self.detail.agenda, start=1):
                if row.id == item_id:
                    new_row = dataclasses.replace(row, **values)  # type: ignore[arg-type]
                    self.detail.agenda[number - 1] = new_row
                    for i in range(ui.agenda_list.count()):
                        list_item = ui.agenda_list.item(i)
                        if list_item.data(ID_ROLE) == item_id:
                            list_item.setText(self._agenda_text(i + 1, new_row.title))

        def failed(exc: Exception) -> None:
            pending = self._agenda_dirty.setdefault(item_id, {})
            for name, value in values.items():
                pending.setdefault(name, value)  # newer typing wins
            self._save_failed(exc)

        self._write(
            lambda: workshops.update_agenda_item(item_id, **values),
            reload=False,
            label=label,
            merge=f"agenda-title:{item_id}" if label else None,
            done=done,
            failed=failed,
            pending=True,
        )

    def _add_agenda_item(self) -> None:
        if self.workshop_id is None:
            return
        ui = self.ui
        title = ui.agenda_new_edit.text()
        workshop_id = self.workshop_id
        workshops = self.workspace.workshops
        problems = validate_titled(title)
        if problems:  # said at once, without a trip to the database
            show_error(ui.agenda_add_error, field_error("title", problems[0].code))
            ui.agenda_new_edit.setFocus()
            return

        def added(item_id: str) -> None:
            show_error(ui.agenda_add_error, "")
            if ui.agenda_new_edit.text() == title:
                ui.agenda_new_edit.clear()
            self._agenda_current = item_id

        def refused(exc: ValidationError) -> None:
            show_error(ui.agenda_add_error, field_error("title", exc.errors[0].code))
            ui.agenda_new_edit.setFocus()

        self._write(
            lambda: workshops.add_agenda_item(workshop_id, title),
            label=self.tr("Add agenda item “{title}”").format(title=title.strip()[:60]),
            done=added,
            invalid=refused,
        )

    def _remove_agenda_item(self) -> None:
        item = self.ui.agenda_list.currentItem()
        if item is None:
            return
        item_id = item.data(ID_ROLE)
        self._agenda_dirty.pop(item_id, None)
        self._agenda_current = None
        title = self._row_name(self.detail.agenda if self.detail else None, item_id, "title")
        workshops = self.workspace.workshops
        self._write(
            lambda: workshops.remove_agenda_item(item_id),
            label=self.tr("Remove agenda item “{title}”").format(title=title),
        )

    def agenda_ids(self) -> list[str]:
        lst = self.ui.agenda_list
        return [lst.item(i).data(ID_ROLE) for i in range(lst.count())]

    def move_agenda_item(self, step: int) -> None:
        lst = self.ui.agenda_list
        row = lst.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < lst.count():
            return
        item = lst.takeItem(row)
        lst.insertItem(target, item)
        lst.setCurrentRow(target)
        self._save_order()

    def _agenda_moved(self, *_args: Any) -> None:
        if not self._filling:
            # After a drop Qt is still inside its drag handling; save once it is done.
            QTimer.singleShot(0, self._save_order)

    def _save_order(self) -> None:
        if self.workshop_id is None:
            return
        ids = self.agenda_ids()
        workshop_id = self.workshop_id
        lst = self.ui.agenda_list
        current = lst.currentItem()
        self._agenda_current = current.data(ID_ROLE) if current else None
        # The list already shows the new order: renumber it in place instead of reloading, so a
        # second move right after the first never meets a stale reload (a failed save reloads).
        workshops = self.workspace.workshops
        self._write(
            lambda: workshops.reorder_agenda(workshop_id, ids),
            reload=False,
            label=self.tr("Reorder the agenda"),
        )
        if self.detail is not None:
            by_id = {row.id: row for row in self.detail.agenda}
            self.detail.agenda[:] = [by_id[i] for i in ids if i in by_id]
        for number, row in enumerate(self.detail.agenda if self.detail else [], start=1):
            lst.item(number - 1).setText(self._agenda_text(number, row.title))

    # --- open tasks from earlier workshops --------------------------------------------------
    def _fill_carried(self, detail: WorkshopDetail) -> None:
        lst = self.carried_list
        lst.clear()
        for action in detail.carried_over:
            who = f" – {action.responsible}" if action.responsible else ""
            due = ""
            if action.due_on:
                due = " (" + self.tr("due {date}").format(date=format_date(action.due_on)) + ")"
            text = f"{action.title}{who}{due} · {action.workshop_title}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, action.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = action.status == ActionStatus.DONE
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
            lst.addItem(item)
        visible = bool(detail.carried_over)
        self.carried_heading.setVisible(visible)
        self.carried_list.setVisible(visible)

    def _carried_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        action_id = item.data(ID_ROLE)
        status = ActionStatus.DONE if item.checkState() == Qt.CheckState.Checked else ActionStatus.OPEN
        title = self._row_name(self.detail.carried_over if self.detail else None, action_id, "title")
        workshops = self.workspace.workshops
        self._write(
            lambda: workshops.set_action_status(action_id, status),
            label=self.tr("Change status of task “{title}”").format(title=title),
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
