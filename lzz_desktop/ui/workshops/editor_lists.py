"""The list parts of the workshop editor: attendance, agreements, action items, photos and files.

A mixin of :class:`~lzz_desktop.ui.workshops.editor.WorkshopEditor`, kept apart so that neither
module grows too long. Its texts are translated in the editor's context ("WorkshopEditor").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListView,
    QListWidgetItem,
    QStyle,
    QTableWidgetItem,
    QWidget,
)

from lzz_desktop.domain.enums import ActionStatus, AttendanceRole, AttendanceStatus
from lzz_desktop.domain.validation import ErrorCode, FieldError, ValidationError
from lzz_desktop.records.workshops import WorkshopDetail
from lzz_desktop.services.attachments import StoredFile, thumbnail_path
from lzz_desktop.ui.forms.ui_workshop_editor import Ui_WorkshopEditor
from lzz_desktop.ui.labels import (
    action_status_label,
    attendance_role_label,
    attendance_status_label,
    format_date,
    sector_label,
)
from lzz_desktop.ui.messages import field_error
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.tasks import TaskRunner
from lzz_desktop.ui.undo import run_edit

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.undo import DistrictUndo

T = TypeVar("T")


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class EditorListsMixin:
    ui: Ui_WorkshopEditor
    workspace: Workspace
    tasks: TaskRunner
    workshop_id: str | None
    detail: WorkshopDetail | None
    _filling: bool
    _caption_dirty: dict[str, str]

    if TYPE_CHECKING:

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
        ) -> None: ...

        undo: DistrictUndo | None

        def _schedule(self) -> None: ...
        def _load_failed(self, exc: Exception) -> None: ...
        def flush(self) -> None: ...
        def reload(self, full: bool = False) -> None: ...
        def style(self) -> QStyle: ...

    def _setup_lists(self) -> None:
        ui = self.ui
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
            [
                QCoreApplication.translate("WorkshopEditor", "Name"),
                QCoreApplication.translate("WorkshopEditor", "Organisation"),
                QCoreApplication.translate("WorkshopEditor", "Sector"),
                QCoreApplication.translate("WorkshopEditor", "Status"),
                QCoreApplication.translate("WorkshopEditor", "Role"),
            ]
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
            [
                QCoreApplication.translate("WorkshopEditor", "What"),
                QCoreApplication.translate("WorkshopEditor", "Who"),
                QCoreApplication.translate("WorkshopEditor", "Due"),
                QCoreApplication.translate("WorkshopEditor", "Status"),
            ]
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
        ui.caption_edit.setEnabled(False)
        ui.caption_edit.textEdited.connect(self._caption_changed)
        ui.files_add_button.clicked.connect(self._choose_files)

    def _fill_attendance(self, detail: WorkshopDetail) -> None:
        workshops = self.workspace.workshops
        table = self.ui.attendance_table
        table.setRowCount(len(detail.attendance))
        for row, a in enumerate(detail.attendance):
            name = QTableWidgetItem(
                a.name
                if a.actor_id
                else QCoreApplication.translate("WorkshopEditor", "{name} (guest)").format(name=a.name)
            )
            name.setData(ID_ROLE, a.id)
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(a.organisation))
            table.setItem(row, 2, QTableWidgetItem(sector_label(a.sector) if a.sector else ""))
            status = QComboBox(table)
            for value in AttendanceStatus:
                status.addItem(attendance_status_label(value), value)
            status.setCurrentIndex(status.findData(a.status))
            status.currentIndexChanged.connect(
                lambda _i, rid=a.id, box=status, name=a.name: self._write(
                    lambda: workshops.set_attendance_status(rid, box.currentData()),
                    label=QCoreApplication.translate(
                        "WorkshopEditor", "Change attendance of “{name}”"
                    ).format(name=name),
                )
            )
            table.setCellWidget(row, 3, status)
            role = QComboBox(table)
            for role_value in AttendanceRole:
                role.addItem(attendance_role_label(role_value), role_value)
            role.setCurrentIndex(role.findData(a.role))
            role.currentIndexChanged.connect(
                lambda _i, rid=a.id, box=role, name=a.name: self._write(
                    lambda: workshops.set_attendance_role(rid, box.currentData()),
                    label=QCoreApplication.translate("WorkshopEditor", "Change role of “{name}”").format(
                        name=name
                    ),
                )
            )
            table.setCellWidget(row, 4, role)
        present = sum(a.status == AttendanceStatus.PRESENT for a in detail.attendance)
        # Phrased without plural forms: lupdate of PySide6 6.11 misses plurals in translate() calls.
        listed = len(detail.attendance)
        self.ui.attendance_count_label.setText(
            QCoreApplication.translate("WorkshopEditor", "Present: {present} · listed: {listed}").format(
                present=present, listed=listed
            )
        )

    def _fill_results(self, detail: WorkshopDetail) -> None:
        workshops = self.workspace.workshops
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
                due.setToolTip(QCoreApplication.translate("WorkshopEditor", "overdue"))
            table.setItem(row, 2, due)
            status = QComboBox(table)
            for value in ActionStatus:
                status.addItem(action_status_label(value), value)
            status.setCurrentIndex(status.findData(action.status))
            status.currentIndexChanged.connect(
                lambda _i, rid=action.id, box=status, title=action.title: self._write(
                    lambda: workshops.set_action_status(rid, box.currentData()),
                    label=QCoreApplication.translate(
                        "WorkshopEditor", "Change status of task “{title}”"
                    ).format(title=title),
                )
            )
            table.setCellWidget(row, 3, status)
        table.blockSignals(False)

    def _fill_files(self, detail: WorkshopDetail) -> None:
        lst = self.ui.files_list
        current = lst.currentItem().data(ID_ROLE) if lst.currentItem() else None
        if [a.id for a in detail.attachments] == [lst.item(i).data(ID_ROLE) for i in range(lst.count())]:
            return  # unchanged: keep the caption being edited (and its undo history)
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

    # --- attendance ----------------------------------------------------------------------
    def _add_person(self) -> None:
        combo = self.ui.person_combo
        index = combo.findText(combo.currentText())
        actor_id = combo.itemData(index) if index >= 0 else None
        if actor_id is None or self.workshop_id is None:
            show_error(
                self.ui.attendance_error,
                QCoreApplication.translate("WorkshopEditor", "Please choose a person from the list."),
            )
            return
        if self.detail and any(a.actor_id == actor_id for a in self.detail.attendance):
            show_error(
                self.ui.attendance_error,
                QCoreApplication.translate("WorkshopEditor", "This person is already on the list."),
            )
            return
        show_error(self.ui.attendance_error, "")
        workshop_id = self.workshop_id
        combo.setCurrentIndex(-1)
        workshops = self.workspace.workshops
        self._write(
            lambda: workshops.add_attendance(workshop_id, actor_id=actor_id),
            label=QCoreApplication.translate("WorkshopEditor", "Add participant “{name}”").format(
                name=combo.itemText(combo.findData(actor_id)).split(" – ")[0]
            ),
        )

    def _add_guest(self) -> None:
        if self.workshop_id is None:
            return
        ui = self.ui
        workshop_id, guest, organisation = (
            self.workshop_id,
            ui.guest_name_edit.text(),
            ui.guest_org_edit.text(),
        )
        workshops = self.workspace.workshops

        def added(_id: object) -> None:
            show_error(ui.attendance_error, "")
            ui.guest_name_edit.clear()
            ui.guest_org_edit.clear()

        self._write(
            lambda: workshops.add_attendance(workshop_id, guest_name=guest, guest_organisation=organisation),
            label=QCoreApplication.translate("WorkshopEditor", "Add participant “{name}”").format(
                name=guest.strip() or organisation.strip()
            ),
            done=added,
            invalid=lambda exc: show_error(
                ui.attendance_error, field_error("guest_name", exc.errors[0].code)
            ),
        )

    def _remove_attendance(self) -> None:
        row = self.ui.attendance_table.currentRow()
        item = self.ui.attendance_table.item(row, 0) if row >= 0 else None
        if item is not None:
            rid = item.data(ID_ROLE)
            workshops = self.workspace.workshops
            self._write(
                lambda: workshops.remove_attendance(rid),
                label=QCoreApplication.translate("WorkshopEditor", "Remove participant “{name}”").format(
                    name=item.text()
                ),
            )

    # --- agreements and action items -----------------------------------------------------
    def _add_agreement(self) -> None:
        if self.workshop_id is None:
            return
        ui = self.ui
        workshop_id, text = self.workshop_id, ui.agreement_new_edit.text()
        workshops = self.workspace.workshops

        def added(_id: object) -> None:
            show_error(ui.agreement_error, "")
            ui.agreement_new_edit.clear()

        self._write(
            lambda: workshops.add_agreement(workshop_id, text),
            label=QCoreApplication.translate("WorkshopEditor", "Add agreement “{text}”").format(
                text=text.strip()[:60]
            ),
            done=added,
            invalid=lambda exc: show_error(ui.agreement_error, field_error("text", exc.errors[0].code)),
        )

    def _agreement_edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        text = item.text()
        if not text.strip():
            show_error(self.ui.agreement_error, field_error("text", ErrorCode.REQUIRED))
            return
        show_error(self.ui.agreement_error, "")
        rid = item.data(ID_ROLE)
        workshops = self.workspace.workshops
        self._write(
            lambda: workshops.set_agreement_text(rid, text),
            reload=False,
            label=QCoreApplication.translate("WorkshopEditor", "Edit agreement “{text}”").format(
                text=text[:60]
            ),
        )

    def _remove_agreement(self) -> None:
        item = self.ui.agreements_list.currentItem()
        if item is not None:
            rid = item.data(ID_ROLE)
            workshops = self.workspace.workshops
            self._write(
                lambda: workshops.remove_agreement(rid),
                label=QCoreApplication.translate("WorkshopEditor", "Remove agreement “{text}”").format(
                    text=item.text()[:60]
                ),
            )

    def _add_action(self) -> None:
        if self.workshop_id is None:
            return
        ui = self.ui
        who = ui.action_responsible_combo.currentText().strip()
        index = ui.action_responsible_combo.findText(who) if who else -1
        actor_id = ui.action_responsible_combo.itemData(index) if index > 0 else None
        due = ui.action_due_edit.date()
        workshop_id, title, status = (
            self.workshop_id,
            ui.action_title_edit.text(),
            ui.action_status_combo.currentData(),
        )
        workshops = self.workspace.workshops
        due_on = dt.date(due.year(), due.month(), due.day())

        def added(_id: object) -> None:
            show_error(ui.action_error, "")
            ui.action_title_edit.clear()
            ui.action_responsible_combo.setCurrentIndex(0)

        self._write(
            lambda: workshops.add_action_item(
                workshop_id,
                title,
                responsible_actor_id=actor_id,
                responsible_text="" if actor_id else who,
                due_on=due_on,
                status=status,
            ),
            label=QCoreApplication.translate("WorkshopEditor", "Add task “{title}”").format(
                title=title.strip()[:60]
            ),
            done=added,
            invalid=lambda exc: show_error(ui.action_error, field_error("title", exc.errors[0].code)),
        )

    def _action_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        text = item.text()
        if not text.strip():
            show_error(self.ui.action_error, field_error("title", ErrorCode.REQUIRED))
            return
        show_error(self.ui.action_error, "")
        rid = item.data(ID_ROLE)
        workshops = self.workspace.workshops
        self._write(
            lambda: workshops.rename_action_item(rid, text),
            reload=False,
            label=QCoreApplication.translate("WorkshopEditor", "Rename task “{title}”").format(
                title=text[:60]
            ),
        )

    def _remove_action(self) -> None:
        row = self.ui.actions_table.currentRow()
        item = self.ui.actions_table.item(row, 0) if row >= 0 else None
        if item is not None:
            rid = item.data(ID_ROLE)
            workshops = self.workspace.workshops
            self._write(
                lambda: workshops.remove_action_item(rid),
                label=QCoreApplication.translate("WorkshopEditor", "Remove task “{title}”").format(
                    title=item.text()[:60]
                ),
            )

    # --- photos and files ----------------------------------------------------------------
    def _choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            cast(QWidget, self),
            QCoreApplication.translate("WorkshopEditor", "Add photos or files"),
            "",
            QCoreApplication.translate(
                "WorkshopEditor", "Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;All files (*)"
            ),
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

        self.ui.save_state_label.setText(QCoreApplication.translate("WorkshopEditor", "Importing…"))
        count = len(paths)
        label = QCoreApplication.translate("WorkshopEditor", "Add %n file(s)", "", count)
        district_id = self.detail.district_id if self.detail is not None else None
        run_edit(self.undo, self.tasks, label, district_id, run, self._imported, self._load_failed)

    def _imported(self, results: list[tuple[Path, StoredFile | None, FieldError | None]]) -> None:
        messages = []
        for path, stored, error in results:
            if error is not None:
                messages.append(f"„{path.name}“: {field_error('photo', error.code)}")
            elif stored is not None and stored.is_large:
                messages.append(
                    QCoreApplication.translate(
                        "WorkshopEditor",
                        "“{name}” is a very large photo ({mp:.0f} megapixels). It was added; the protocol "
                        "shows it scaled down, the original stays unchanged.",
                    ).format(name=path.name, mp=stored.megapixels)
                )
        show_error(self.ui.files_error, "\n".join(messages))
        self.ui.save_state_label.setText(QCoreApplication.translate("WorkshopEditor", "All changes saved"))
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
            workshops = self.workspace.workshops
            self._write(
                lambda: workshops.remove_attachment(rid),
                label=QCoreApplication.translate("WorkshopEditor", "Remove file “{name}”").format(
                    name=item.text()[:60]
                ),
            )
