"""The recycle bin: deleted districts, restorable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from lzz_desktop.ui.districts.models import deleted_districts_model
from lzz_desktop.ui.forms.ui_recycle_bin_dialog import Ui_RecycleBinDialog
from lzz_desktop.ui.roles import ID_ROLE

if TYPE_CHECKING:
    from lzz_desktop.services.districts import DistrictService
    from lzz_desktop.ui.tasks import TaskRunner


class RecycleBinDialog(QDialog):
    restore_requested = Signal(str, str)  # id, name

    def __init__(self, service: DistrictService, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecycleBinDialog()
        self.ui.setupUi(self)
        self._service = service
        self._tasks = tasks
        self.model = deleted_districts_model(self)
        self.ui.deleted_table.setModel(self.model)
        header = self.ui.deleted_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.deleted_table.verticalHeader().setVisible(False)
        self.ui.restore_button.clicked.connect(self._restore_selected)
        self.ui.deleted_table.doubleClicked.connect(lambda _index: self._restore_selected())
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.deleted_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        service = self._service
        self._tasks.run_db(lambda: service.list(deleted=True), self._show, self._failed)

    def _failed(self, exc: Exception) -> None:
        """The list could not be read (a locked or damaged database): say so, in a message."""
        from PySide6.QtWidgets import QMessageBox

        from lzz_desktop import APP_NAME
        from lzz_desktop.ui.messages import unexpected_error_text

        self.ui.restore_button.setEnabled(False)
        QMessageBox.warning(self, APP_NAME, unexpected_error_text(exc))

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        if self.model.rowCount() > 0:
            self.ui.deleted_table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.restore_button.setEnabled(self.ui.deleted_table.selectionModel().hasSelection())

    def _restore_selected(self) -> None:
        rows = self.ui.deleted_table.selectionModel().selectedRows()
        if not rows:
            return
        district_id = rows[0].data(ID_ROLE)
        name = rows[0].data()
        # Shown as restored at once; the list read afterwards runs behind the restore.
        self.model.set_rows([row for row in self.model.rows if row.id != district_id])
        self.restore_requested.emit(district_id, name)
        self.reload()
