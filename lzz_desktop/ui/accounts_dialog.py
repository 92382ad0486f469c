"""Abgleich → Konten verwalten …: the programme office manages the central store's accounts from
the desktop (issue 15, point 7) — creates an account, assigns and revokes districts, revokes a
device. Layouts from ``forms/accounts_dialog.ui``, ``forms/new_account_dialog.ui`` and
``forms/account_districts_dialog.ui``. The workspace is read on the database worker; every call to
the store runs on the task runner's pool, never on the GUI thread or the database worker."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from lzz_desktop.labels import format_datetime
from lzz_desktop.records.districts import DistrictSummary
from lzz_desktop.sync import admin
from lzz_desktop.sync.client import Refused
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.sync.protocol import PASSWORD_MIN, AccountInfo, DeviceInfo
from lzz_desktop.ui.forms.ui_account_districts_dialog import Ui_AccountDistrictsDialog
from lzz_desktop.ui.forms.ui_accounts_dialog import Ui_AccountsDialog
from lzz_desktop.ui.forms.ui_new_account_dialog import Ui_NewAccountDialog
from lzz_desktop.ui.messages import unexpected_error_text
from lzz_desktop.ui.roles import ID_ROLE
from lzz_desktop.ui.sync.texts import error_text
from lzz_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from lzz_desktop.services.workspace import Workspace

ROLES = ("consultant", "district", "office")
NAME_COLUMN, ROLE_COLUMN, CONSULTANCY_COLUMN, DISTRICTS_COLUMN, DEVICES_COLUMN = range(5)


def open_accounts_dialog(parent: QWidget | None, workspace: Workspace) -> None:
    """Show the accounts dialog (modal) for the workspace's central store. The main window's task
    runner is used when ``parent`` has one (``parent.tasks``); otherwise the dialog brings its own."""
    tasks = getattr(parent, "tasks", None)
    dialog = AccountsDialog(workspace, tasks if isinstance(tasks, TaskRunner) else None, parent)
    dialog.exec()
    dialog.deleteLater()


def role_text(role: str) -> str:
    if role == "office":
        return QCoreApplication.translate("AccountsDialog", "Programme office")
    if role == "consultant":
        return QCoreApplication.translate("AccountsDialog", "Consultant")
    if role == "district":
        return QCoreApplication.translate("AccountsDialog", "District staff")
    return role


def admin_error_text(error: Exception, name: str = "") -> str:
    """What went wrong with a request about accounts, and what to do."""
    if isinstance(error, Refused) and error.reason == "duplicate_name":
        return QCoreApplication.translate(
            "AccountsDialog", "An account called “{name}” exists already. Please choose another name."
        ).format(name=name)
    if isinstance(error, Refused) and error.reason == "unknown_district":
        return QCoreApplication.translate(
            "AccountsDialog",
            "The central store does not know one of these districts yet. Synchronise first, then try again.",
        )
    if isinstance(error, Refused) and error.reason == "one_district":
        return QCoreApplication.translate(
            "AccountsDialog", "A district staff account belongs to exactly one district."
        )
    if isinstance(error, Refused) and error.reason == "own_device":
        return QCoreApplication.translate(
            "AccountsDialog", "This is the device you are working on. To end its access, log out instead."
        )
    if isinstance(error, Refused) and error.reason == "unknown_account":
        return QCoreApplication.translate(
            "AccountsDialog", "This account no longer exists on the central store. Reload the list."
        )
    if isinstance(error, SyncError) and error.kind == "forbidden":
        return QCoreApplication.translate("AccountsDialog", "Only the programme office may manage accounts.")
    if isinstance(error, SyncError) and error.kind in ("unreachable", "protocol", "server"):
        return QCoreApplication.translate(
            "AccountsDialog",
            "The central store cannot be reached. Accounts can only be managed with a connection; "
            "please try again later.",
        )
    if isinstance(error, SyncError):
        return error_text(error)
    return unexpected_error_text(error)


def _when(iso: str) -> str:
    try:
        return format_datetime(dt.datetime.fromisoformat(iso).astimezone())
    except ValueError:
        return iso


def _checkable(lst_widget: QListWidget, districts: list[DistrictSummary], checked: set[str]) -> None:
    lst_widget.clear()
    for district in districts:
        item = QListWidgetItem(district.name)
        item.setData(ID_ROLE, district.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if district.id in checked else Qt.CheckState.Unchecked)
        lst_widget.addItem(item)


def _checked(lst_widget: QListWidget) -> list[str]:
    return [
        str(lst_widget.item(i).data(ID_ROLE))
        for i in range(lst_widget.count())
        if lst_widget.item(i).checkState() == Qt.CheckState.Checked
    ]


class AccountsDialog(QDialog):
    loaded = Signal()  # the accounts are shown
    changed = Signal()  # an account was created or changed on the store
    failed = Signal(str)  # the message shown

    def __init__(
        self, workspace: Workspace, tasks: TaskRunner | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountsDialog()
        self.ui.setupUi(self)
        self.workspace = workspace
        self.tasks = tasks if tasks is not None else TaskRunner(self)
        self.where: admin.Access | None = None
        self.listed = False  # the store answered the last reading (so it takes this account's requests)
        self.accounts: list[AccountInfo] = []
        self.districts: list[DistrictSummary] = []
        self.new_dialog: NewAccountDialog | None = None
        self.districts_dialog: AccountDistrictsDialog | None = None
        self.ui.account_table.itemSelectionChanged.connect(self._show_devices)
        self.ui.device_list.currentItemChanged.connect(lambda *_: self._enable())
        self.ui.create_button.clicked.connect(self.create_account)
        self.ui.districts_button.clicked.connect(self.assign_districts)
        self.ui.revoke_device_button.clicked.connect(self.revoke_device)
        self.ui.reload_button.clicked.connect(self.reload)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.reload()

    # --- reading ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        keep = select or self.current_account_id()
        workspace = self.workspace
        self._busy(self.tr("Reading the accounts from the central store …"))

        def read() -> tuple[admin.Access, list[DistrictSummary]]:
            return admin.access(workspace), workspace.districts.list()

        self.tasks.run_db(read, lambda found: self._ask_store(found[0], found[1], keep), self._failed)

    def _ask_store(self, where: admin.Access, districts: list[DistrictSummary], keep: str | None) -> None:
        self.where, self.districts = where, districts
        self.tasks.run(
            lambda: admin.list_accounts(where), lambda found: self._fill(found, keep), self._failed
        )

    def _fill(self, accounts: list[AccountInfo], keep: str | None) -> None:
        self.accounts, self.listed = accounts, True
        table = self.ui.account_table
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            active = sum(not d.revoked for d in account.devices)
            devices = self.tr("%n active", "", active)
            if len(account.devices) > active:
                devices += self.tr(", %n revoked", "", len(account.devices) - active)
            cells = [
                account.name,
                role_text(account.role),
                account.consultancy,
                self._district_text(account),
                devices,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, account.id)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.blockSignals(False)
        table.resizeColumnsToContents()
        rows = [i for i, a in enumerate(accounts) if a.id == keep]
        if accounts:
            table.selectRow(rows[0] if rows else 0)
        self._show_devices()
        self.ui.status_label.clear()
        self.loaded.emit()

    def _district_text(self, account: AccountInfo) -> str:
        if account.role == "office":
            return self.tr("all (programme office)")
        names = {d.id: d.name for d in self.districts}
        shown = sorted(
            names.get(i, self.tr("unknown here ({id})").format(id=i[:8])) for i in account.districts
        )
        return ", ".join(shown) if shown else self.tr("none")

    def current_account_id(self) -> str | None:
        items = self.ui.account_table.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def current_account(self) -> AccountInfo | None:
        account_id = self.current_account_id()
        return next((a for a in self.accounts if a.id == account_id), None)

    def _show_devices(self) -> None:
        lst = self.ui.device_list
        lst.clear()
        account = self.current_account()
        for device in account.devices if account is not None else []:
            item = QListWidgetItem(self.device_text(device))
            item.setData(ID_ROLE, device.id)
            if device.revoked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
            lst.addItem(item)
        self._enable()

    def device_text(self, device: DeviceInfo) -> str:
        name = device.name or self.tr("unnamed device")
        text = self.tr("{name} — logged in {since}").format(name=name, since=_when(device.created_at))
        if device.last_used_at:
            text += self.tr(", last used {when}").format(when=_when(device.last_used_at))
        if device.revoked:
            text += self.tr(" (revoked)")
        return text

    def current_device(self) -> DeviceInfo | None:
        account, item = self.current_account(), self.ui.device_list.currentItem()
        if account is None or item is None or not item.isSelected():
            return None
        return next((d for d in account.devices if d.id == item.data(ID_ROLE) and not d.revoked), None)

    # --- state -----------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self.ui.status_label.setText(text)
        for button in (self.ui.create_button, self.ui.districts_button, self.ui.revoke_device_button):
            button.setEnabled(False)

    def _enable(self) -> None:
        account = self.current_account()
        ready = self.where is not None and self.listed
        self.ui.create_button.setEnabled(ready)
        self.ui.districts_button.setEnabled(ready and account is not None and account.role != "office")
        self.ui.revoke_device_button.setEnabled(ready and self.current_device() is not None)

    def _failed(self, error: Exception) -> None:
        text = admin_error_text(error)
        if isinstance(error, SyncError) and error.kind in ("forbidden", "unauthorised", "not_logged_in"):
            self.listed = False
        self.ui.status_label.setText(text)
        self._enable()
        self.failed.emit(text)

    # --- writing ---------------------------------------------------------------------------
    def create_account(self) -> None:
        if self.where is None:
            return
        dialog = NewAccountDialog(self.where, self.districts, self.tasks, self)
        dialog.created.connect(self._created)
        self.new_dialog = dialog
        dialog.open()

    def _created(self, account: AccountInfo) -> None:
        self.changed.emit()
        self.reload(select=account.id)

    def assign_districts(self) -> None:
        account = self.current_account()
        if self.where is None or account is None:
            return
        dialog = AccountDistrictsDialog(self.where, account, self.districts, self.tasks, self)
        dialog.saved.connect(self._created)
        self.districts_dialog = dialog
        dialog.open()

    def revoke_device(self) -> None:
        account, device, where = self.current_account(), self.current_device(), self.where
        if account is None or device is None or where is None:
            return
        question = self.tr(
            "Revoke the device “{device}” of the account “{account}”? It can no longer synchronise; "
            "its user has to log in again on it."
        ).format(device=device.name or device.id[:8], account=account.name)
        if not self.confirm(question):
            return
        self._busy(self.tr("Revoking the device …"))
        self.tasks.run(
            lambda: admin.revoke_device(where, account.id, device.id),
            lambda _count: self._created(account),
            self._failed,
        )

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Revoke device"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


class NewAccountDialog(QDialog):
    """Konto anlegen: name, role, consultancy, password (twice) and districts; the dialog stays
    open until the store has answered, so a taken name can be changed right here."""

    created = Signal(object)  # the AccountInfo
    failed = Signal(str)

    def __init__(
        self,
        where: admin.Access,
        districts: list[DistrictSummary],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewAccountDialog()
        self.ui.setupUi(self)
        self.where, self.tasks = where, tasks
        for role in ROLES:
            self.ui.role_combo.addItem(role_text(role), role)
        _checkable(self.ui.district_list, districts, set())
        self.ui.error_label.clear()
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)

    def problem(self) -> str:
        ui = self.ui
        role = str(ui.role_combo.currentData())
        if not ui.name_edit.text().strip():
            return self.tr("Please enter a user name.")
        if len(ui.password_edit.text()) < PASSWORD_MIN:
            return self.tr("The password needs at least {count} characters.").format(count=PASSWORD_MIN)
        if ui.password_edit.text() != ui.repeat_edit.text():
            return self.tr("The two passwords differ.")
        if role == "district" and len(_checked(ui.district_list)) != 1:
            return self.tr("A district staff account belongs to exactly one district: tick one.")
        return ""

    def submit(self) -> None:
        problem = self.problem()
        if problem:
            self._show_error(problem)
            return
        ui, where = self.ui, self.where
        name, role = ui.name_edit.text().strip(), str(ui.role_combo.currentData())
        password, consultancy = ui.password_edit.text(), ui.consultancy_edit.text()
        district_ids = _checked(ui.district_list)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        ui.error_label.setText(self.tr("Creating the account …"))
        self.tasks.run(
            lambda: admin.create_account(where, name, role, password, consultancy, district_ids),
            self._done,
            lambda error: self._show_error(admin_error_text(error, name)),
        )

    def _done(self, account: AccountInfo) -> None:
        self.ui.password_edit.clear()
        self.ui.repeat_edit.clear()
        self.created.emit(account)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.ui.error_label.setText(text)
        self.failed.emit(text)


class AccountDistrictsDialog(QDialog):
    """Landkreise zuweisen: the workspace's districts, ticked where the account holds them;
    saving grants and revokes the difference."""

    saved = Signal(object)  # the AccountInfo as the store has it now
    failed = Signal(str)

    def __init__(
        self,
        where: admin.Access,
        account: AccountInfo,
        districts: list[DistrictSummary],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AccountDistrictsDialog()
        self.ui.setupUi(self)
        self.where, self.account, self.tasks = where, account, tasks
        self.ui.intro_label.setText(
            self.tr("Districts of the account “{name}” ({role}):").format(
                name=account.name, role=role_text(account.role)
            )
        )
        _checkable(self.ui.district_list, districts, set(account.districts))
        self.ui.error_label.clear()
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)

    def checked(self) -> list[str]:
        return _checked(self.ui.district_list)

    def submit(self) -> None:
        wanted = set(self.checked())
        # Districts the store knows but this workspace does not list stay as they are.
        shown = {
            str(self.ui.district_list.item(i).data(ID_ROLE)) for i in range(self.ui.district_list.count())
        }
        wanted |= set(self.account.districts) - shown
        if self.account.role == "district" and len(wanted) > 1:
            self._show_error(self.tr("A district staff account belongs to exactly one district: tick one."))
            return
        where, account = self.where, self.account
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.ui.error_label.setText(self.tr("Saving …"))
        self.tasks.run(
            lambda: admin.set_districts(where, account, wanted),
            self._done,
            lambda error: self._show_error(admin_error_text(error)),
        )

    def _done(self, account: AccountInfo) -> None:
        self.saved.emit(account)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.ui.error_label.setText(text)
        self.failed.emit(text)
