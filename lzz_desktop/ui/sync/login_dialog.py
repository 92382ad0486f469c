"""Login to the central store: server, user and password; only the device token is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from lzz_desktop.sync import account
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.protocol import LoginResponse
from lzz_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog
from lzz_desktop.ui.messages import unexpected_error_text
from lzz_desktop.ui.sync.texts import error_text
from lzz_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace


class LoginDialog(QDialog):
    login_finished = Signal(bool)  # True when logged in

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.tasks = tasks
        tasks.run_db(lambda: account.logged_in_as(workspace), self._fill)
        self.ui.button_box.accepted.connect(self.log_in)
        self.ui.button_box.rejected.connect(self.reject)

    def _fill(self, logged_in: tuple[str, str]) -> None:
        """The last account's server and name, unless the user typed meanwhile."""
        server, user = logged_in
        if not self.ui.server_edit.text():
            self.ui.server_edit.setText(server)
        if not self.ui.user_edit.text():
            self.ui.user_edit.setText(user)

    def log_in(self) -> None:
        server = self.ui.server_edit.text().strip()
        user = self.ui.user_edit.text().strip()
        password = self.ui.password_edit.text()
        if not server or not user or not password:
            self.ui.error_label.setText(self.tr("Please fill in server address, user name and password."))
            return
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.ui.error_label.setText(self.tr("Logging in …"))
        self.tasks.run_db(
            lambda: account.login(self.workspace, server, user, password), self._logged_in, self._failed
        )

    def _logged_in(self, _answer: LoginResponse) -> None:
        self.ui.password_edit.clear()
        self.login_finished.emit(True)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        text = error_text(error) if isinstance(error, SyncError) else unexpected_error_text(error)
        self.ui.error_label.setText(text)
        self.login_finished.emit(False)
