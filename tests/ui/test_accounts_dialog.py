"""Konten verwalten (issue 15, point 7): the office creates an account, assigns it a district and
revokes its device from the desktop, against a real central store; the store has them afterwards."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from lzz_desktop.central.db import memberships, users
from lzz_desktop.services import Workspace
from lzz_desktop.sync import account
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.errors import SyncError
from lzz_desktop.ui.accounts_dialog import AccountsDialog, admin_error_text
from lzz_desktop.ui.tasks import TaskRunner
from tests.sync.conftest import central_sqlite, memory_keyring
from tests.sync.helpers import add_district
from tests.sync.servers import Central

__all__ = ["central_sqlite", "memory_keyring"]
PASSWORD = "sicher-genug-2026"


def _tick(lst: QListWidget, name: str) -> None:
    (item,) = [lst.item(i) for i in range(lst.count()) if lst.item(i).text() == name]
    item.setCheckState(Qt.CheckState.Checked)


def test_office_creates_an_account_and_assigns_a_district(
    qtbot: QtBot,
    make_workspace: Callable[..., Workspace],
    central_sqlite: Central,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    central = central_sqlite
    central.add_user("office", "office", password="buero-passwort")
    workspace = make_workspace("office", author="office")
    goslar, uckermark = add_district(workspace, "Goslar"), add_district(workspace, "Uckermark")
    account.login(workspace, central.base_url, "office", "buero-passwort")
    account.run_sync(workspace)  # the districts reach the store

    tasks = TaskRunner()
    dialog = AccountsDialog(workspace, tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.account_table.rowCount() == 1, timeout=10_000)
    assert dialog.ui.account_table.item(0, 0).text() == "office"
    assert dialog.ui.create_button.isEnabled()

    # Konto anlegen …: a consultant of Kompetus for Goslar
    qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    new = dialog.new_dialog
    assert new is not None and new.isVisible()
    new.ui.name_edit.setText("Berta Beraterin")
    new.ui.role_combo.setCurrentIndex(new.ui.role_combo.findData("consultant"))
    new.ui.consultancy_edit.setText("Kompetus")
    new.ui.password_edit.setText(PASSWORD)
    new.ui.repeat_edit.setText(PASSWORD)
    _tick(new.ui.district_list, "Goslar")
    ok = new.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not new.isVisible()
    names = [dialog.ui.account_table.item(r, 0).text() for r in range(dialog.ui.account_table.rowCount())]
    assert names == ["Berta Beraterin", "office"]
    current = dialog.current_account()
    assert current is not None and current.name == "Berta Beraterin"
    assert dialog.ui.account_table.item(0, 3).text() == "Goslar"

    # The same name again: the store refuses, the form stays open with a message
    qtbot.mouseClick(dialog.ui.create_button, Qt.MouseButton.LeftButton)
    again = dialog.new_dialog
    assert again is not None and again is not new
    again.ui.name_edit.setText("Berta Beraterin")
    again.ui.password_edit.setText(PASSWORD)
    again.ui.repeat_edit.setText(PASSWORD)
    with qtbot.waitSignal(again.failed, timeout=10_000) as refused:
        qtbot.mouseClick(
            again.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert "Berta Beraterin" in refused.args[0] and again.isVisible()
    again.reject()

    # Landkreise zuweisen …: Uckermark as well
    qtbot.mouseClick(dialog.ui.districts_button, Qt.MouseButton.LeftButton)
    choice = dialog.districts_dialog
    assert choice is not None and choice.checked() == [goslar]
    _tick(choice.ui.district_list, "Uckermark")
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(
            choice.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    assert dialog.ui.account_table.item(0, 3).text() == "Goslar, Uckermark"

    with central.engine.connect() as conn:
        row = conn.execute(select(users).where(users.c.name == "Berta Beraterin")).one()
        held = set(
            conn.execute(select(memberships.c.district_id).where(memberships.c.user_id == row.id)).scalars()
        )
    assert (row.role, row.consultancy) == ("consultant", "Kompetus")
    assert held == {goslar, uckermark}
    berta_token = central.token("Berta Beraterin", PASSWORD)  # the new account logs in

    # Gerät sperren: after a confirmation that names the account and the device
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ui.reload_button, Qt.MouseButton.LeftButton)
    assert not dialog.ui.revoke_device_button.isEnabled()  # no device chosen yet
    dialog.ui.device_list.setCurrentRow(0)
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(dialog, "confirm", confirm)
    with qtbot.waitSignal(dialog.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.ui.revoke_device_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Berta Beraterin" in asked[0] and "test" in asked[0]
    with SyncClient(central.base_url, berta_token) as revoked, pytest.raises(SyncError) as refused_device:
        revoked.me()
    assert refused_device.value.kind == "unauthorised"
    dialog.close()
    tasks.wait_for_done()


def test_a_consultants_device_is_told_at_once_that_only_the_office_manages_accounts(
    qtbot: QtBot, make_workspace: Callable[..., Workspace]
) -> None:
    from lzz_desktop.sync.service import K_ROLE, K_SERVER, K_USER, set_state

    workspace = make_workspace("consultant", author="berater")
    with workspace.transaction() as session:
        set_state(session, K_SERVER, "http://127.0.0.1:9")  # nothing listens: it is never asked
        set_state(session, K_USER, "berater")
        set_state(session, K_ROLE, "consultant")
    tasks = TaskRunner()
    dialog = AccountsDialog(workspace, tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.ui.status_label.text()) and "…" not in dialog.ui.status_label.text())
    assert dialog.ui.status_label.text() == admin_error_text(SyncError("forbidden", "", 403))
    assert dialog.ui.account_table.rowCount() == 0 and not dialog.ui.create_button.isEnabled()
    tasks.wait_for_done()
