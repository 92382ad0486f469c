"""The results tab of the workshop editor: open tasks of earlier workshops, agreements and the new
action items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidget, QListWidgetItem, QTableWidgetItem

from lzz_desktop.domain.enums import ActionStatus
from lzz_desktop.domain.validation import ErrorCode
from lzz_desktop.labels import action_status_label, format_date
from lzz_desktop.records.workshops import PersonOption, WorkshopDetail
from lzz_desktop.ui.date_edits import setup_date_edit
from lzz_desktop.ui.forms.ui_workshop_editor import Ui_WorkshopEditor
from lzz_desktop.ui.messages import field_error
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.workshops.editor_tab import EditorTab, show_error

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


class ResultsTab(EditorTab):
    """Owns ``agreements_list``, ``actions_table``, their fields and buttons, and the list of open
    tasks from earlier workshops it adds to the tab (``carried_heading``, ``carried_list``)."""

    def __init__(
        self,
        ui: Ui_WorkshopEditor,
        workspace: Workspace,
        workshop_id: Callable[[], str | None],
        detail: Callable[[], WorkshopDetail | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(ui, workspace, workshop_id, detail, parent)
        # The live list of earlier open tasks, above the agreements.
        self.carried_heading = QLabel(
            QCoreApplication.translate(
                "WorkshopEditor", "Open tasks from earlier workshops (tick what is done)"
            ),
            ui.results_tab,
        )
        self.carried_heading.setProperty("role", "heading")
        self.carried_list = QListWidget(ui.results_tab)
        self.carried_list.setObjectName("carried_list")
        self.carried_list.setAccessibleName(self.carried_heading.text())
        self.carried_list.setWordWrap(True)
        ui.results_layout.insertWidget(0, self.carried_heading)
        ui.results_layout.insertWidget(1, self.carried_list)
        self.carried_list.itemChanged.connect(self._carried_ticked)
        for action_status in ActionStatus:
            ui.action_status_combo.addItem(action_status_label(action_status), action_status)
        setup_date_edit(ui.action_due_edit)
        ui.action_due_edit.setDate(QDate.currentDate().addDays(28))
        show_error(ui.agreement_error, "")
        show_error(ui.action_error, "")
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

    # --- the editor's interface ------------------------------------------------------------
    def fill_persons(self, persons: list[PersonOption]) -> None:
        """The persons of the workshop's district, to make responsible for a task."""
        responsible = self.ui.action_responsible_combo
        responsible.clear()
        responsible.addItem("", None)
        for p in persons:
            responsible.addItem(p.name, p.id)
        edit = responsible.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(QCoreApplication.translate("WorkshopEditor", "Who? (person or text)"))

    def fill(self, detail: WorkshopDetail) -> None:
        filling, self._filling = self._filling, True
        try:
            self._fill_results(detail)
            self._fill_carried(detail)
        finally:
            self._filling = filling

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
            self._choice_cell(
                table,
                row,
                3,
                [(action_status_label(v), v) for v in ActionStatus],
                action.status,
                partial(workshops.set_action_status, action.id),
                QCoreApplication.translate("WorkshopEditor", "Change status of task “{title}”").format(
                    title=action.title
                ),
            )
        table.blockSignals(False)

    def _fill_carried(self, detail: WorkshopDetail) -> None:
        lst = self.carried_list
        lst.clear()
        for action in detail.carried_over:
            who = f" – {action.responsible}" if action.responsible else ""
            due = ""
            if action.due_on:
                due = (
                    " ("
                    + QCoreApplication.translate("WorkshopEditor", "due {date}").format(
                        date=format_date(action.due_on)
                    )
                    + ")"
                )
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

    # --- open tasks from earlier workshops ---------------------------------------------------
    def _carried_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        action_id = item.data(ID_ROLE)
        status = ActionStatus.DONE if item.checkState() == Qt.CheckState.Checked else ActionStatus.OPEN
        detail = self.detail
        row = next((r for r in detail.carried_over if r.id == action_id), None) if detail else None
        title = row.title[:60] if row else ""
        workshops = self.workspace.workshops
        self._request_write(
            lambda: workshops.set_action_status(action_id, status),
            label=QCoreApplication.translate("WorkshopEditor", "Change status of task “{title}”").format(
                title=title
            ),
        )

    # --- agreements ------------------------------------------------------------------------
    def _add_agreement(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        ui = self.ui
        text = ui.agreement_new_edit.text()
        workshops = self.workspace.workshops

        def added(_id: object) -> None:
            show_error(ui.agreement_error, "")
            ui.agreement_new_edit.clear()

        self._request_write(
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
        self._request_write(
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
            self._request_write(
                lambda: workshops.remove_agreement(rid),
                label=QCoreApplication.translate("WorkshopEditor", "Remove agreement “{text}”").format(
                    text=item.text()[:60]
                ),
            )

    # --- action items ----------------------------------------------------------------------
    def _add_action(self) -> None:
        workshop_id = self.workshop_id
        if workshop_id is None:
            return
        ui = self.ui
        who = ui.action_responsible_combo.currentText().strip()
        index = ui.action_responsible_combo.findText(who) if who else -1
        actor_id = ui.action_responsible_combo.itemData(index) if index > 0 else None
        due = ui.action_due_edit.date()
        title, status = ui.action_title_edit.text(), ui.action_status_combo.currentData()
        workshops = self.workspace.workshops
        due_on = dt.date(due.year(), due.month(), due.day())

        def added(_id: object) -> None:
            show_error(ui.action_error, "")
            ui.action_title_edit.clear()
            ui.action_responsible_combo.setCurrentIndex(0)

        self._request_write(
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
        self._request_write(
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
            self._request_write(
                lambda: workshops.remove_action_item(rid),
                label=QCoreApplication.translate("WorkshopEditor", "Remove task “{title}”").format(
                    title=item.text()[:60]
                ),
            )
