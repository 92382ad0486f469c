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
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from lzz_desktop.domain import ActionItem, AgendaItem, Agreement, Attachment, Attendance
from lzz_desktop.domain.enums import (
    ActionStatus,
    AttendanceRole,
    AttendanceStatus,
    ProtocolStatus,
    WorkshopFormat,
    WorkshopStatus,
)
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.services import Workspace
from lzz_desktop.services.attachments import StoredFile, thumbnail_path
from lzz_desktop.services.workshops import PersonOption, WorkshopData, WorkshopDetail
from lzz_desktop.ui.forms.ui_workshop_editor import Ui_WorkshopEditor
from lzz_desktop.ui.labels import (
    action_status_label,
    attendance_role_label,
    attendance_status_label,
    format_date,
    sector_label,
    workshop_format_label,
    workshop_status_label,
)
from lzz_desktop.ui.messages import field_error, unexpected_error_text
from lzz_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

AUTOSAVE_MS = 700
ID_ROLE = Qt.ItemDataRole.UserRole


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def _pydatetime(value: QDateTime) -> dt.datetime:
    return dt.datetime.fromtimestamp(value.toSecsSinceEpoch(), dt.UTC)


def _show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


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
        self.workspace = workspace
        self.tasks = tasks
        self.workshop_id: str | None = None
        self.detail: WorkshopDetail | None = None
        self.persons: list[PersonOption] = []
        self._general_dirty = False
        self._agenda_dirty: dict[str, dict[str, str]] = {}
        self._agenda_current: str | None = None
        self._caption_dirty: dict[str, str] = {}
        self._filling = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._setup()

    # --- construction --------------------------------------------------------------------
    def _setup(self) -> None:
        ui = self.ui
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
            _show_error(label, "")
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
        # Attendance
        ui.person_combo.setEditable(True)
        ui.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        ui.add_person_button.clicked.connect(self._add_person)
        ui.add_guest_button.clicked.connect(self._add_guest)
        ui.guest_org_edit.returnPressed.connect(self._add_guest)
        ui.attendance_remove_button.clicked.connect(self._remove_attendance)
        table = ui.attendance_table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Sector"), self.tr("Status"), self.tr("Role")]
        )
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(table.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Agreements and action items
        ui.agreement_add_button.clicked.connect(self._add_agreement)
        ui.agreement_new_edit.returnPressed.connect(self._add_agreement)
        ui.agreement_remove_button.clicked.connect(self._remove_agreement)
        ui.agreements_list.itemChanged.connect(self._agreement_edited)
        ui.action_add_button.clicked.connect(self._add_action)
        ui.action_title_edit.returnPressed.connect(self._add_action)
        ui.action_remove_button.clicked.connect(self._remove_action)
        actions = ui.actions_table
        actions.setColumnCount(4)
        actions.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Status")]
        )
        actions.verticalHeader().setVisible(False)
        header = actions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        actions.itemChanged.connect(self._action_edited)
        # Photos and files
        files = ui.files_list
        files.setViewMode(QListView.ViewMode.IconMode)
        files.setIconSize(QSize(160, 120))
        files.setGridSize(QSize(190, 170))
        files.setResizeMode(QListView.ResizeMode.Adjust)
        files.setMovement(QListView.Movement.Static)
        files.setWordWrap(True)
        files.currentItemChanged.connect(self._file_selected)
        ui.caption_edit.textEdited.connect(self._caption_changed)
        ui.files_add_button.clicked.connect(self._choose_files)
        ui.files_remove_button.clicked.connect(self._remove_file)
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

        self.tasks.run_db(load, lambda result: self._show(result, full), self._load_failed)

    def _load_failed(self, exc: Exception) -> None:
        log.exception("loading the workshop failed", exc_info=exc)
        self.ui.save_state_label.setText(unexpected_error_text(exc))

    def _show(self, result: tuple[WorkshopDetail, list[PersonOption]], full: bool) -> None:
        detail, persons = result
        if detail.id != self.workshop_id:
            return
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
        _show_error(ui.title_error, "")
        _show_error(ui.end_error, "")
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
        lst.clear()
        for number, row in enumerate(detail.agenda, start=1):
            item = QListWidgetItem(self._agenda_text(number, row.title))
            item.setData(ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            lst.addItem(item)
        ids = [row.id for row in detail.agenda]
        if current in ids:
            lst.setCurrentRow(ids.index(current))
        elif ids:
            lst.setCurrentRow(0)
        else:
            self._agenda_selected(None, None)

    @staticmethod
    def _agenda_text(number: int, title: str) -> str:
        return f"TOP {number}: {title}"

    def _fill_attendance(self, detail: WorkshopDetail) -> None:
        table = self.ui.attendance_table
        table.setRowCount(len(detail.attendance))
        for row, a in enumerate(detail.attendance):
            name = QTableWidgetItem(a.name if a.actor_id else self.tr("{name} (guest)").format(name=a.name))
            name.setData(ID_ROLE, a.id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(a.organisation))
            table.setItem(row, 2, QTableWidgetItem(sector_label(a.sector) if a.sector else ""))
            status = QComboBox(table)
            for value in AttendanceStatus:
                status.addItem(attendance_status_label(value), value)
            status.setCurrentIndex(status.findData(a.status))
            status.currentIndexChanged.connect(
                lambda _i, rid=a.id, box=status: self._write(
                    lambda: self.workspace.workshops.update_row(Attendance, rid, status=box.currentData())
                )
            )
            table.setCellWidget(row, 3, status)
            role = QComboBox(table)
            for role_value in AttendanceRole:
                role.addItem(attendance_role_label(role_value), role_value)
            role.setCurrentIndex(role.findData(a.role))
            role.currentIndexChanged.connect(
                lambda _i, rid=a.id, box=role: self._write(
                    lambda: self.workspace.workshops.update_row(Attendance, rid, role=box.currentData())
                )
            )
            table.setCellWidget(row, 4, role)
        present = sum(a.status == AttendanceStatus.PRESENT for a in detail.attendance)
        self.ui.attendance_count_label.setText(
            self.tr("%n person(s) present", "", present)
            + " · "
            + self.tr("%n listed", "", len(detail.attendance))
        )

    def _fill_results(self, detail: WorkshopDetail) -> None:
        lst = self.ui.agreements_list
        lst.clear()
        for a in detail.agreements:
            item = QListWidgetItem(a.text)
            item.setData(ID_ROLE, a.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            lst.addItem(item)
        table = self.ui.actions_table
        table.blockSignals(True)
        table.setRowCount(len(detail.actions))
        today = dt.date.today()
        for row, action in enumerate(detail.actions):
            title = QTableWidgetItem(action.title)
            title.setData(ID_ROLE, action.id)
            table.setItem(row, 0, title)
            who = QTableWidgetItem(action.responsible)
            who.setFlags(who.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 1, who)
            due = QTableWidgetItem(format_date(action.due_on))
            due.setFlags(due.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if action.overdue(today):
                due.setForeground(Qt.GlobalColor.red)
                due.setToolTip(self.tr("overdue"))
            table.setItem(row, 2, due)
            status = QComboBox(table)
            for value in ActionStatus:
                status.addItem(action_status_label(value), value)
            status.setCurrentIndex(status.findData(action.status))
            status.currentIndexChanged.connect(
                lambda _i, rid=action.id, box=status: self._write(
                    lambda: self.workspace.workshops.update_row(ActionItem, rid, status=box.currentData())
                )
            )
            table.setCellWidget(row, 3, status)
        table.blockSignals(False)

    def _fill_files(self, detail: WorkshopDetail) -> None:
        lst = self.ui.files_list
        current = lst.currentItem().data(ID_ROLE) if lst.currentItem() else None
        lst.clear()
        root = self.workspace.attachments_dir
        for a in detail.attachments:
            thumb = thumbnail_path(root, a.sha256)
            if a.is_image and thumb.exists():
                item_icon = QIcon(QPixmap(str(thumb)))
            else:
                item_icon = self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon)
            item = QListWidgetItem(item_icon, a.caption or a.filename)
            item.setData(ID_ROLE, a.id)
            item.setToolTip(a.filename)
            lst.addItem(item)
            if a.id == current:
                lst.setCurrentItem(item)
        self.ui.caption_edit.setEnabled(lst.currentItem() is not None)

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
        return self._general_dirty or bool(self._agenda_dirty) or bool(self._caption_dirty)

    def flush(self) -> None:
        """Write every pending edit now (called by the timer, on focus-out, leaving and closing)."""
        self._timer.stop()
        if self.workshop_id is None:
            return
        try:
            if self._general_dirty:
                self._save_general()
            for item_id, values in list(self._agenda_dirty.items()):
                self._save_agenda_item(item_id, values)
            for attachment_id, caption in list(self._caption_dirty.items()):
                self.workspace.workshops.update_row(Attachment, attachment_id, caption=caption)
                self._caption_dirty.pop(attachment_id, None)
        except Exception as exc:
            log.exception("autosave failed", exc_info=exc)
            self.ui.save_state_label.setText(unexpected_error_text(exc))
            return
        if not self.has_pending_edits:
            self.ui.save_state_label.setText(self.tr("All changes saved"))
        self.workshop_saved.emit(self.workshop_id)

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
        ui = self.ui
        data = self._form_data()
        saved = self.detail.data
        errors: list[FieldError] = []
        try:
            self.workspace.workshops.update(self.workshop_id, data)
        except ValidationError as exc:
            errors = exc.errors
            fallback = dict(title=saved.title) if exc.codes_for("title") else {}
            if exc.codes_for("ends_at"):
                fallback["ends_at"] = saved.ends_at  # type: ignore[assignment]
                if saved.ends_at and saved.ends_at < data.starts_at:
                    fallback["ends_at"] = None  # type: ignore[assignment]
            data = dataclasses.replace(data, **fallback)  # type: ignore[arg-type]
            self.workspace.workshops.update(self.workshop_id, data)
        self.detail = _replace_data(self.detail, data)
        codes = {e.field: e.code for e in errors}
        _show_error(ui.title_error, field_error("title", codes["title"]) if "title" in codes else "")
        _show_error(ui.end_error, field_error("ends_at", codes["ends_at"]) if "ends_at" in codes else "")
        for widget, name in ((ui.title_edit, "title"), (ui.end_edit, "ends_at")):
            widget.setProperty("invalid", name in codes)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        ui.workshop_heading.setText(data.title)
        self._general_dirty = False

    def _write(self, action: Callable[[], object], reload: bool = True) -> bool:
        """Run a small write; on success reload the lists. Returns whether it worked."""
        if self._filling:
            return False
        try:
            action()
        except ValidationError:
            raise
        except Exception as exc:
            log.exception("write failed", exc_info=exc)
            self.ui.save_state_label.setText(unexpected_error_text(exc))
            return False
        self.ui.save_state_label.setText(self.tr("All changes saved"))
        if self.workshop_id:
            self.workshop_saved.emit(self.workshop_id)
        if reload:
            self.reload()
        return True

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
        _show_error(ui.agenda_title_error, "")

    def _agenda_field_changed(self, name: str, value: str) -> None:
        if self._filling or self._agenda_current is None:
            return
        self._agenda_dirty.setdefault(self._agenda_current, {})[name] = value
        self._schedule()

    def _save_agenda_item(self, item_id: str, values: dict[str, str]) -> None:
        ui = self.ui
        values = dict(values)
        title_missing = "title" in values and not values["title"].strip()
        if title_missing:
            values.pop("title")
            _show_error(ui.agenda_title_error, field_error("title", ErrorCode.REQUIRED))
        else:
            _show_error(ui.agenda_title_error, "")
        if "title" in values:
            values["title"] = values["title"].strip()
        if values:
            self.workspace.workshops.update_row(AgendaItem, item_id, **values)
        self._agenda_dirty.pop(item_id, None)
        if self.detail is not None:
            for number, row in enumerate(self.detail.agenda, start=1):
                if row.id == item_id:
                    new_row = dataclasses.replace(row, **values)  # type: ignore[arg-type]
                    self.detail.agenda[number - 1] = new_row
                    for i in range(ui.agenda_list.count()):
                        list_item = ui.agenda_list.item(i)
                        if list_item.data(ID_ROLE) == item_id:
                            list_item.setText(self._agenda_text(i + 1, new_row.title))

    def _add_agenda_item(self) -> None:
        if self.workshop_id is None:
            return
        ui = self.ui
        title = ui.agenda_new_edit.text()
        try:
            item_id = self.workspace.workshops.add_agenda_item(self.workshop_id, title)
        except ValidationError as exc:
            _show_error(ui.agenda_add_error, field_error("title", exc.errors[0].code))
            ui.agenda_new_edit.setFocus()
            return
        _show_error(ui.agenda_add_error, "")
        ui.agenda_new_edit.clear()
        self._agenda_current = item_id
        self._write(lambda: None)

    def _remove_agenda_item(self) -> None:
        item = self.ui.agenda_list.currentItem()
        if item is None:
            return
        item_id = item.data(ID_ROLE)
        self._agenda_dirty.pop(item_id, None)
        self._agenda_current = None
        self._write(lambda: self.workspace.workshops.remove_row(AgendaItem, item_id))

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
        current = self.ui.agenda_list.currentItem()
        self._agenda_current = current.data(ID_ROLE) if current else None
        self._write(lambda: self.workspace.workshops.reorder_agenda(workshop_id, ids))

    # --- attendance ----------------------------------------------------------------------
    def _add_person(self) -> None:
        combo = self.ui.person_combo
        index = combo.findText(combo.currentText())
        actor_id = combo.itemData(index) if index >= 0 else None
        if actor_id is None or self.workshop_id is None:
            _show_error(self.ui.attendance_error, self.tr("Please choose a person from the list."))
            return
        if self.detail and any(a.actor_id == actor_id for a in self.detail.attendance):
            _show_error(self.ui.attendance_error, self.tr("This person is already on the list."))
            return
        _show_error(self.ui.attendance_error, "")
        workshop_id = self.workshop_id
        combo.setCurrentIndex(-1)
        self._write(lambda: self.workspace.workshops.add_attendance(workshop_id, actor_id=actor_id))

    def _add_guest(self) -> None:
        if self.workshop_id is None:
            return
        ui = self.ui
        try:
            self.workspace.workshops.add_attendance(
                self.workshop_id,
                guest_name=ui.guest_name_edit.text(),
                guest_organisation=ui.guest_org_edit.text(),
            )
        except ValidationError as exc:
            _show_error(ui.attendance_error, field_error("guest_name", exc.errors[0].code))
            return
        _show_error(ui.attendance_error, "")
        ui.guest_name_edit.clear()
        ui.guest_org_edit.clear()
        self._write(lambda: None)

    def _remove_attendance(self) -> None:
        row = self.ui.attendance_table.currentRow()
        item = self.ui.attendance_table.item(row, 0) if row >= 0 else None
        if item is not None:
            rid = item.data(ID_ROLE)
            self._write(lambda: self.workspace.workshops.remove_row(Attendance, rid))

    # --- agreements and action items -----------------------------------------------------
    def _add_agreement(self) -> None:
        if self.workshop_id is None:
            return
        ui = self.ui
        try:
            self.workspace.workshops.add_agreement(self.workshop_id, ui.agreement_new_edit.text())
        except ValidationError as exc:
            _show_error(ui.agreement_error, field_error("text", exc.errors[0].code))
            return
        _show_error(ui.agreement_error, "")
        ui.agreement_new_edit.clear()
        self._write(lambda: None)

    def _agreement_edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        text = item.text()
        if not text.strip():
            _show_error(self.ui.agreement_error, field_error("text", ErrorCode.REQUIRED))
            return
        _show_error(self.ui.agreement_error, "")
        rid = item.data(ID_ROLE)
        self._write(lambda: self.workspace.workshops.update_row(Agreement, rid, text=text), reload=False)

    def _remove_agreement(self) -> None:
        item = self.ui.agreements_list.currentItem()
        if item is not None:
            rid = item.data(ID_ROLE)
            self._write(lambda: self.workspace.workshops.remove_row(Agreement, rid))

    def _add_action(self) -> None:
        if self.workshop_id is None:
            return
        ui = self.ui
        who = ui.action_responsible_combo.currentText().strip()
        index = ui.action_responsible_combo.findText(who) if who else -1
        actor_id = ui.action_responsible_combo.itemData(index) if index > 0 else None
        due = ui.action_due_edit.date()
        try:
            self.workspace.workshops.add_action_item(
                self.workshop_id,
                ui.action_title_edit.text(),
                responsible_actor_id=actor_id,
                responsible_text="" if actor_id else who,
                due_on=dt.date(due.year(), due.month(), due.day()),
                status=ui.action_status_combo.currentData(),
            )
        except ValidationError as exc:
            _show_error(ui.action_error, field_error("title", exc.errors[0].code))
            return
        _show_error(ui.action_error, "")
        ui.action_title_edit.clear()
        ui.action_responsible_combo.setCurrentIndex(0)
        self._write(lambda: None)

    def _action_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        text = item.text()
        if not text.strip():
            _show_error(self.ui.action_error, field_error("title", ErrorCode.REQUIRED))
            return
        _show_error(self.ui.action_error, "")
        rid = item.data(ID_ROLE)
        self._write(lambda: self.workspace.workshops.update_row(ActionItem, rid, title=text), reload=False)

    def _remove_action(self) -> None:
        row = self.ui.actions_table.currentRow()
        item = self.ui.actions_table.item(row, 0) if row >= 0 else None
        if item is not None:
            rid = item.data(ID_ROLE)
            self._write(lambda: self.workspace.workshops.remove_row(ActionItem, rid))

    # --- protocol state ------------------------------------------------------------------
    def _approve(self) -> None:
        if self.workshop_id is None:
            return
        by = self.ui.approved_by_edit.text().strip() or self.workspace.author
        if not by:
            self.ui.approved_by_edit.setFocus()
            self.ui.save_state_label.setText(self.tr("Please enter who approved the protocol."))
            return
        workshop_id = self.workshop_id
        self._write(
            lambda: self.workspace.workshops.set_protocol_status(
                workshop_id, ProtocolStatus.APPROVED, dt.date.today(), by
            )
        )

    def _reopen(self) -> None:
        if self.workshop_id is None:
            return
        workshop_id = self.workshop_id
        self._write(lambda: self.workspace.workshops.set_protocol_status(workshop_id, ProtocolStatus.DRAFT))

    # --- photos and files ----------------------------------------------------------------
    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos or files"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;All files (*)"),
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        """Import in the background; problems are listed under the photos, nothing else is lost."""
        if self.workshop_id is None:
            return
        workspace, workshop_id = self.workspace, self.workshop_id

        def run() -> list[tuple[Path, StoredFile | None, FieldError | None]]:
            results: list[tuple[Path, StoredFile | None, FieldError | None]] = []
            for path in paths:
                try:
                    _id, stored = workspace.workshops.add_attachment(workshop_id, path)
                    results.append((path, stored, None))
                except ValidationError as exc:
                    results.append((path, None, exc.errors[0]))
            return results

        self.ui.save_state_label.setText(self.tr("Importing…"))
        self.tasks.run_db(run, self._imported, self._load_failed)

    def _imported(self, results: list[tuple[Path, StoredFile | None, FieldError | None]]) -> None:
        messages = []
        for path, stored, error in results:
            if error is not None:
                messages.append(f"„{path.name}“: {field_error('photo', error.code)}")
            elif stored is not None and stored.is_large:
                messages.append(
                    self.tr(
                        "“{name}” is a very large photo ({mp:.0f} megapixels). It was added; the protocol "
                        "shows it scaled down, the original stays unchanged."
                    ).format(name=path.name, mp=stored.megapixels)
                )
        _show_error(self.ui.files_error, "\n".join(messages))
        self.ui.save_state_label.setText(self.tr("All changes saved"))
        self.reload()

    def _file_selected(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if self._caption_dirty:
            self.flush()
        row = None
        if current is not None and self.detail is not None:
            row = next((a for a in self.detail.attachments if a.id == current.data(ID_ROLE)), None)
        self.ui.caption_edit.setEnabled(row is not None)
        self.ui.caption_edit.setText(row.caption if row else "")

    def _caption_changed(self, text: str) -> None:
        item = self.ui.files_list.currentItem()
        if item is None:
            return
        self._caption_dirty[item.data(ID_ROLE)] = text
        item.setText(text)
        self._schedule()

    def _remove_file(self) -> None:
        item = self.ui.files_list.currentItem()
        if item is not None:
            rid = item.data(ID_ROLE)
            self._caption_dirty.pop(rid, None)
            self._write(lambda: self.workspace.workshops.remove_row(Attachment, rid))

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
