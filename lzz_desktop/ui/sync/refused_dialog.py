"""Refused changes and records set aside: what the central store did not accept, and what this
version could not take over — listed, explained, copyable, and decided by the user."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from lzz_desktop.sync import refusals
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.refusals import RefusedChange, SetAside
from lzz_desktop.ui.forms.ui_refused_dialog import Ui_RefusedDialog
from lzz_desktop.ui.forms.ui_set_aside_dialog import Ui_SetAsideDialog
from lzz_desktop.ui.messages import unexpected_error_text
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.sync.texts import error_text
from lzz_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


def reason_text(reason: str) -> str:
    """Why the central store refused a change, in the user's language."""
    texts = {
        "no_write_access": QCoreApplication.translate(
            "Refusals", "Your account may not change this record (role or district)."
        ),
        "wrong_district": QCoreApplication.translate(
            "Refusals", "The change would move the record to another district."
        ),
        "foreign_reference": QCoreApplication.translate(
            "Refusals",
            "The record refers to something the central store does not have in this district.",
        ),
        "not_found": QCoreApplication.translate("Refusals", "The central store does not have this record."),
        "invalid_value": QCoreApplication.translate(
            "Refusals", "A value breaks a rule of the central store (too long, out of range, invalid)."
        ),
        "too_large": QCoreApplication.translate("Refusals", "The change is too large to be sent."),
        "frozen": QCoreApplication.translate("Refusals", "The record is approved or decided and frozen."),
    }
    return texts.get(reason, QCoreApplication.translate("Refusals", "The central store refused the change."))


def _value_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class RefusedDialog(QDialog):
    decided = Signal()  # the user took the store's state or sent changes again

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RefusedDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.tasks = tasks
        self._changes: list[RefusedChange] = []
        self.ui.change_list.currentRowChanged.connect(self._show)
        self.ui.take_store_button.clicked.connect(self._take_store_state)
        self.ui.copy_button.clicked.connect(self._copy)
        self.ui.send_again_button.clicked.connect(self._send_again)
        self.ui.button_box.rejected.connect(self.reject)
        self.reload()

    def reload(self) -> None:
        self.tasks.run_db(lambda: refusals.refused_changes(self.workspace), self._fill, self._failed)

    def _fill(self, changes: list[RefusedChange]) -> None:
        self._changes = changes
        self.ui.change_list.clear()
        for change in changes:
            label = change.label or change.entity_id[:8]
            item = QListWidgetItem(self.tr("{record} ({kind})").format(record=label, kind=change.entity))
            item.setData(ID_ROLE, change.entity_id)
            self.ui.change_list.addItem(item)
        for button in (self.ui.take_store_button, self.ui.copy_button, self.ui.send_again_button):
            button.setEnabled(bool(changes))
        if changes:
            self.ui.change_list.setCurrentRow(0)
        else:
            self.ui.values_view.clear()
            self.ui.reason_label.setText(self.tr("No refused changes."))

    @property
    def current(self) -> RefusedChange | None:
        row = self.ui.change_list.currentRow()
        return self._changes[row] if 0 <= row < len(self._changes) else None

    def _show(self, _row: int) -> None:
        change = self.current
        if change is None:
            return
        self.ui.reason_label.setText(reason_text(change.reason))
        self.ui.reason_label.setToolTip(change.detail)
        lines = [f"{name}: {_value_text(value)}" for name, value in change.values.items()]
        self.ui.values_view.setPlainText("\n".join(lines))
        self.ui.error_label.clear()

    def _copy(self) -> None:
        change = self.current
        if change is not None:
            QGuiApplication.clipboard().setText(change.as_text())

    def _take_store_state(self) -> None:
        change = self.current
        if change is None:
            return
        self.ui.take_store_button.setEnabled(False)
        self.ui.error_label.setText(self.tr("Fetching the central store's state …"))
        self.tasks.run_db(
            lambda: refusals.take_store_state(self.workspace, [change.entity_id]), self._done, self._failed
        )

    def _send_again(self) -> None:
        change = self.current
        if change is not None:
            self.tasks.run_db(lambda: refusals.send_again(self.workspace, [change.entity_id]), self._done)

    def _done(self, _result: object = None) -> None:
        self.ui.error_label.clear()
        self.decided.emit()
        self.reload()

    def _failed(self, error: Exception) -> None:
        self.ui.take_store_button.setEnabled(bool(self._changes))
        text = error_text(error) if isinstance(error, SyncError) else unexpected_error_text(error)
        self.ui.error_label.setText(text)


class SetAsideDialog(QDialog):
    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetAsideDialog()
        self.ui.setupUi(self)
        self._records: list[SetAside] = []
        self.ui.record_list.currentRowChanged.connect(self._show)
        self.ui.copy_button.clicked.connect(self._copy)
        self.ui.button_box.rejected.connect(self.reject)
        tasks.run_db(lambda: refusals.set_aside(workspace), self._fill)

    def _fill(self, records: list[SetAside]) -> None:
        self._records = records
        self.ui.record_list.clear()
        for record in records:
            self.ui.record_list.addItem(f"{record.entity} {record.record_id[:8]} – {record.reason[:80]}")
        self.ui.copy_button.setEnabled(bool(records))
        if records:
            self.ui.record_list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._records):
            self.ui.details_view.setPlainText(self._records[row].as_text())

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText("\n\n".join(record.as_text() for record in self._records))
