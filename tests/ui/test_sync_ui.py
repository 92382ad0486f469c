"""Sync in the desktop against a real central store: login dialog, sync action and status-bar
indicator, closing with pending changes, the conflict dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from lzz_desktop.central.db import conflicts as server_conflicts
from lzz_desktop.central.db import records
from lzz_desktop.domain import Actor, District
from lzz_desktop.services import Workspace
from lzz_desktop.sync import account
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.service import SyncService
from lzz_desktop.ui.main_window import MainWindow
from lzz_desktop.ui.sync.conflict_dialog import ConflictDialog
from lzz_desktop.ui.sync.login_dialog import LoginDialog
from lzz_desktop.ui.tasks import TaskRunner
from tests.sync.conftest import central_sqlite, memory_keyring
from tests.sync.helpers import add_actor, add_district, edit, get
from tests.sync.keyrings import MemoryKeyring
from tests.sync.servers import Central

__all__ = ["central_sqlite", "memory_keyring"]


def _login(qtbot: QtBot, window: MainWindow, central: Central, password: str) -> LoginDialog:
    dialog = LoginDialog(window.workspace, window.tasks, window)
    qtbot.addWidget(dialog)
    dialog.ui.server_edit.setText(central.base_url)
    dialog.ui.user_edit.setText("office")
    qtbot.keyClicks(dialog.ui.password_edit, password)
    with qtbot.waitSignal(dialog.login_finished, timeout=10_000):
        dialog.log_in()
    return dialog


def test_login_sync_and_indicator(
    qtbot: QtBot,
    open_window: Callable[[], MainWindow],
    central_sqlite: Central,
    memory_keyring: MemoryKeyring,
) -> None:
    central_sqlite.add_user("office", "office", password="richtig")
    window = open_window()
    qtbot.waitUntil(lambda: "nicht angemeldet" in window.sync.indicator.text())

    wrong = _login(qtbot, window, central_sqlite, "falsch")
    assert wrong.ui.error_label.text() == "Falscher Benutzername oder Passwort."
    assert memory_keyring.secrets == {}

    _login(qtbot, window, central_sqlite, "richtig")
    assert list(memory_keyring.secrets) == [("lzz-desktop", f"{central_sqlite.base_url}#office")]

    add_district(window.workspace, "Goslar")
    window.sync.refresh_status()
    qtbot.waitUntil(lambda: "1 Änderung wartet auf den Abgleich" in window.sync.indicator.text())
    progress: list[tuple[str, int]] = []
    window.sync.progress_reported.connect(lambda phase, count: progress.append((phase, count)))
    with qtbot.waitSignal(window.sync.sync_finished, timeout=10_000) as finished:
        window.sync.action_sync.trigger()
    assert not isinstance(finished.args[0], Exception)
    assert ("push", 1) in progress
    qtbot.waitUntil(lambda: "zuletzt abgeglichen" in window.sync.indicator.text())
    assert "0 Änderungen warten auf den Abgleich" in window.sync.indicator.text()
    with central_sqlite.engine.connect() as conn:
        assert len(conn.execute(select(records.c.id)).all()) == 1

    # A district that arrives with the next sync appears in the list.
    other = Workspace.open(window.workspace.data_dir.parent / "other", author="other")
    add_district(other, "Uckermark")
    with SyncClient(central_sqlite.base_url, central_sqlite.token("office", "richtig")) as client:
        SyncService(other, client).sync()
    other.close()
    with qtbot.waitSignal(window.sync.sync_finished, timeout=10_000):
        window.sync.sync_now()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)


def test_closing_with_pending_changes_syncs_first(
    qtbot: QtBot, open_window: Callable[[], MainWindow], central_sqlite: Central
) -> None:
    central_sqlite.add_user("office", "office", password="richtig")
    window = open_window()
    _login(qtbot, window, central_sqlite, "richtig")
    qtbot.waitUntil(lambda: not window.sync.running)
    district_id = add_district(window.workspace, "Uckermark")

    with qtbot.waitSignal(window.sync.sync_finished, timeout=10_000):
        window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    with central_sqlite.engine.connect() as conn:
        assert conn.execute(select(records.c.id)).scalars().all() == [district_id]


def test_server_down_shows_a_message_and_keeps_changes(
    qtbot: QtBot, open_window: Callable[[], MainWindow], central_sqlite: Central
) -> None:
    central_sqlite.add_user("office", "office", password="richtig")
    window = open_window()
    _login(qtbot, window, central_sqlite, "richtig")
    qtbot.waitUntil(lambda: not window.sync.running)
    add_district(window.workspace, "Goslar")
    central_sqlite.stop()
    with qtbot.waitSignal(window.sync.sync_finished, timeout=20_000):
        window.sync.sync_now()
    assert "nicht erreichbar" in window.sync.last_message
    qtbot.waitUntil(lambda: "letzter Versuch fehlgeschlagen" in window.sync.indicator.text())
    assert "1 Änderung wartet auf den Abgleich" in window.sync.indicator.text()


def test_conflict_dialog_keeps_mine(
    qtbot: QtBot, make_workspace: Callable[..., Workspace], central_sqlite: Central, tmp_path: Path
) -> None:
    central_sqlite.add_user("office", "office")
    token = central_sqlite.token("office")
    one, two = make_workspace("one", author="one"), make_workspace("two", author="two")

    def sync(workspace: Workspace) -> None:
        with SyncClient(central_sqlite.base_url, token) as client:
            SyncService(workspace, client).sync()

    district_id = add_district(one)
    actor_id = add_actor(one, district_id, notes="Absatz eins.")
    sync(one)
    sync(two)
    edit(one, Actor, actor_id, notes="Absatz eins, von eins.")
    edit(two, Actor, actor_id, notes="Absatz eins, von zwei.")
    sync(one)
    sync(two)

    tasks = TaskRunner()
    dialog = ConflictDialog(two, tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.conflict_list.count() == 1, timeout=5000)
    assert dialog.ui.conflict_list.count() == 1
    assert "im selben Absatz geändert" in dialog.ui.conflict_list.item(0).text()
    assert dialog.ui.mine_view.toPlainText() == "Absatz eins, von zwei."
    assert dialog.ui.theirs_view.toPlainText() == "Absatz eins, von eins."
    dialog.ui.merged_edit.setPlainText("Absatz eins, von beiden.")
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        qtbot.mouseClick(dialog.ui.use_merged_button, qtbot_button())
    assert dialog.ui.conflict_list.count() == 0

    sync(two)
    sync(one)
    assert get(one, Actor, actor_id).notes == "Absatz eins, von beiden."
    with central_sqlite.engine.connect() as conn:
        assert conn.execute(select(server_conflicts.c.resolved_by)).scalars().all() == ["office"]
    assert account.logged_in_as(two) == ("", "")


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_sync_interval_is_configurable(qtbot: QtBot, open_window: Callable[[], MainWindow]) -> None:
    from lzz_desktop.settings import Settings
    from lzz_desktop.ui.settings_dialog import SettingsDialog

    window = open_window()
    assert window.sync.timer.isActive() and window.sync.timer.interval() == 15 * 60_000
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.ui.sync_interval_spin.specialValueText() == "nur von Hand"
    dialog.ui.sync_interval_spin.setValue(30)
    dialog.apply_to(window.settings)
    window.sync.apply_interval(window.settings.sync_interval_minutes)
    assert window.sync.timer.interval() == 30 * 60_000
    window.settings.save(window.workspace.data_dir)
    assert Settings.load(window.workspace.data_dir).sync_interval_minutes == 30
    window.sync.apply_interval(0)
    assert not window.sync.timer.isActive()


def test_the_conflict_dialog_names_each_side_for_each_user(
    qtbot: QtBot, make_workspace: Callable[..., Workspace], central_sqlite: Central
) -> None:
    from lzz_desktop.sync.service import K_SERVER, K_USER, set_state

    central_sqlite.add_user("office", "office")
    office_ws = make_workspace("office", author="Büro")
    district_id = add_district(office_ws)
    actor_id = add_actor(office_ws, district_id, notes="Erster Absatz.\n\nZweiter Absatz.")

    def sync(workspace: Workspace, user: str) -> None:
        with SyncClient(central_sqlite.base_url, central_sqlite.token(user)) as client:
            SyncService(workspace, client).sync()
        with workspace.transaction() as session:
            set_state(session, K_SERVER, central_sqlite.base_url)
            set_state(session, K_USER, user)

    sync(office_ws, "office")
    central_sqlite.add_user("berater", "consultant", [district_id])
    berater_ws = make_workspace("berater", author="Berater")
    sync(berater_ws, "berater")
    edit(berater_ws, Actor, actor_id, notes="Erster Absatz, vom Berater.\n\nZweiter Absatz.")
    edit(office_ws, Actor, actor_id, notes="Erster Absatz, vom Büro.\n\nZweiter Absatz.")
    sync(berater_ws, "berater")  # reaches the store first
    sync(office_ws, "office")  # meets the conflict: the office's text is the pushed one
    sync(berater_ws, "berater")

    seen = {}
    tasks = TaskRunner()
    for user, workspace in (("office", office_ws), ("berater", berater_ws)):
        dialog = ConflictDialog(workspace, tasks)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.ui.conflict_list.count() == 1, timeout=5000)  # noqa: B023
        assert dialog.ui.conflict_list.count() == 1
        seen[user] = dialog
        # The own version comes first, under "Ihre Fassung"; the other is named by author.
        assert dialog.ui.mine_label.text().startswith("Ihre Fassung")
        assert dialog.ui.keep_mine_button.text().replace("&", "") == "Meine behalten"
        assert "Zweiter Absatz." in dialog.ui.mine_view.toPlainText()
        # Only the paragraph in conflict is highlighted.
        assert len(dialog.ui.mine_view.extraSelections()) == 1
        assert len(dialog.ui.theirs_view.extraSelections()) == 1
    assert "vom Büro" in seen["office"].ui.mine_view.toPlainText()
    assert seen["office"].ui.theirs_label.text().startswith("Fassung von berater")
    assert "Zentralspeicher" in seen["office"].ui.theirs_label.text()
    assert "vom Berater" in seen["berater"].ui.mine_view.toPlainText()
    assert seen["berater"].ui.theirs_label.text().startswith("Fassung von office")
    assert "Zentralspeicher" in seen["berater"].ui.mine_label.text()
    assert seen["office"].ui.take_theirs_button.text() == "Fassung von berater behalten"

    # The consultant keeps their own version: it is what everybody gets.
    with qtbot.waitSignal(seen["berater"].conflict_resolved, timeout=5000):
        qtbot.mouseClick(seen["berater"].ui.keep_mine_button, qtbot_button())
    sync(berater_ws, "berater")
    sync(office_ws, "office")
    assert get(office_ws, Actor, actor_id).notes == "Erster Absatz, vom Berater.\n\nZweiter Absatz."
    assert get(berater_ws, Actor, actor_id).notes == "Erster Absatz, vom Berater.\n\nZweiter Absatz."


def test_refused_changes_are_counted_shown_and_decided_in_the_window(
    qtbot: QtBot,
    open_window: Callable[[], MainWindow],
    central_sqlite: Central,
    make_workspace: Callable[..., Workspace],
) -> None:
    from sqlalchemy import update

    from lzz_desktop.central.db import users
    from lzz_desktop.ui.sync.refused_dialog import RefusedDialog

    central_sqlite.add_user("office", "office")
    office = make_workspace("office", author="Büro")
    district_id = add_district(office)
    actor_id = add_actor(office, district_id, notes="")
    with SyncClient(central_sqlite.base_url, central_sqlite.token("office")) as client:
        SyncService(office, client).sync()
    central_sqlite.add_user("anna", "consultant", [district_id], password="richtig")
    window = open_window()
    dialog = LoginDialog(window.workspace, window.tasks, window)
    qtbot.addWidget(dialog)
    dialog.ui.server_edit.setText(central_sqlite.base_url)
    dialog.ui.user_edit.setText("anna")
    qtbot.keyClicks(dialog.ui.password_edit, "richtig")
    with qtbot.waitSignal(dialog.login_finished, timeout=10_000):
        dialog.log_in()
    with qtbot.waitSignal(window.sync.sync_finished, timeout=10_000):
        window.sync.sync_now()
    edit(window.workspace, Actor, actor_id, notes="Nur hier notiert")
    with central_sqlite.engine.begin() as conn:
        conn.execute(update(users).where(users.c.name == "anna").values(role="district"))
    with qtbot.waitSignal(window.sync.sync_finished, timeout=10_000):
        window.sync.sync_now()
    # Counted in the status bar, not as pending, and the role is now read-only in the window.
    qtbot.waitUntil(lambda: "1 Änderung abgelehnt" in window.sync.indicator.text())
    assert "0 Änderungen warten auf den Abgleich" in window.sync.indicator.text()
    assert window.sync.action_refused.isEnabled()
    qtbot.waitUntil(lambda: window.ui.role_banner.isVisibleTo(window))
    assert "Konzeptentwürfe und Kommentare" in window.ui.role_banner.text()
    assert not window.ui.action_new_district.isEnabled()
    assert not window.stakeholders_page.action_new_actor.isEnabled()
    assert not window.workshops_page.ui.new_button.isEnabled()

    refused = RefusedDialog(window.workspace, window.tasks, window)
    qtbot.addWidget(refused)
    qtbot.waitUntil(lambda: refused.ui.change_list.count() == 1)
    assert "Nur hier notiert" in refused.ui.values_view.toPlainText()
    assert "darf diesen Datensatz nicht ändern" in refused.ui.reason_label.text()
    with qtbot.waitSignal(refused.decided, timeout=10_000):
        qtbot.mouseClick(refused.ui.take_store_button, qtbot_button())
    qtbot.waitUntil(lambda: refused.ui.change_list.count() == 0)
    assert get(window.workspace, Actor, actor_id).notes == ""
    window.sync.refresh_status()
    qtbot.waitUntil(lambda: "abgelehnt" not in window.sync.indicator.text())


def _slow_pulls(monkeypatch: object, seconds: float) -> None:
    """Every pulled page takes ``seconds`` on the network, and pages are small."""
    import time as _time

    import pytest

    from lzz_desktop.sync import service as sync_service

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    real_pull = SyncClient.pull

    def slow(self: SyncClient, cursor: int, limit: int = 1000):  # type: ignore[no-untyped-def]
        _time.sleep(seconds)
        return real_pull(self, cursor, limit)

    monkeypatch.setattr(SyncClient, "pull", slow)
    monkeypatch.setattr(sync_service, "PULL_PAGE", 10)


def _server_with_actors(central: Central, count: int) -> str:
    central.add_user("office", "office", password="richtig")
    office = Workspace.open(Path(central.database_url.removeprefix("sqlite:///")).parent / "office-ws")
    district_id = add_district(office, "Goslar")
    for number in range(count):
        add_actor(office, district_id, f"Akteur {number}")
    with SyncClient(central.base_url, central.token("office", "richtig")) as client:
        SyncService(office, client).sync()
    office.close()
    return district_id


def test_page_loads_never_wait_behind_a_sync(
    qtbot: QtBot, open_window: Callable[[], MainWindow], central_sqlite: Central, monkeypatch: object
) -> None:
    district_id = _server_with_actors(central_sqlite, 60)
    window = open_window()
    local = add_district(window.workspace, "Harz")
    _login(qtbot, window, central_sqlite, "richtig")
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    _slow_pulls(monkeypatch, 0.4)
    with window.workspace.transaction() as session:
        from lzz_desktop.sync.service import K_CURSOR, set_state

        set_state(session, K_CURSOR, "0")  # pull everything again, slowly
    finished: list[object] = []
    window.sync.sync_finished.connect(finished.append)
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.sync.running, timeout=5000)
    # While the sync waits on the network, the district pages open and edits are saved.
    for target in (local, district_id, local):
        with qtbot.waitSignal(window.district_shown, timeout=3000):
            window.load_district(target)
        assert not finished  # the page came first: it did not wait for the sync
    edit(window.workspace, District, local, notes="während des Abgleichs")
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert not isinstance(finished[0], Exception)
    assert get(window.workspace, District, local).notes == "während des Abgleichs"


def test_closing_during_a_sync_stops_it_within_two_seconds_and_loses_nothing(
    qtbot: QtBot, open_window: Callable[[], MainWindow], central_sqlite: Central, monkeypatch: object
) -> None:
    import time as _time

    from lzz_desktop.sync.service import read_status

    _server_with_actors(central_sqlite, 80)
    window = open_window()
    _login(qtbot, window, central_sqlite, "richtig")
    qtbot.waitUntil(lambda: not window.sync.running, timeout=20_000)
    _slow_pulls(monkeypatch, 0.5)
    with window.workspace.transaction() as session:
        from lzz_desktop.sync.service import K_CURSOR, set_state

        set_state(session, K_CURSOR, "0")
    data_dir = window.workspace.data_dir
    window.sync.sync_now()
    qtbot.waitUntil(lambda: "empfangen" in window.sync.indicator.text(), timeout=10_000)
    started = _time.monotonic()
    window.close()
    assert _time.monotonic() - started < 2.5
    assert not window.isVisible()
    # Reopened: the pages pulled so far are there, the rest arrives with the next sync.
    monkeypatch.undo()  # type: ignore[attr-defined]
    again = Workspace.open(data_dir, author="office")
    try:
        with SyncClient(central_sqlite.base_url, central_sqlite.token("office", "richtig")) as client:
            SyncService(again, client).sync()
        with again.session() as session:
            names = set(session.scalars(select(Actor.name)))
        assert {f"Akteur {n}" for n in range(80)} <= names
        assert read_status(again).pending == 0
    finally:
        again.close()


def _store_with_records(central: Central, count: int) -> None:
    """``count`` actors of one district written straight into the store (as many as a district
    office's first sync brings), and the office account."""
    import datetime as _dt
    import uuid

    from sqlalchemy import insert, update

    from lzz_desktop.central.db import meta, records

    central.add_user("office", "office", password="richtig")
    now = _dt.datetime.now(_dt.UTC).isoformat()
    district_id = str(uuid.uuid4())
    rows = [
        {
            "id": district_id,
            "entity": "district",
            "district_id": district_id,
            "version": 1,
            "deleted": False,
            "data": {"name": "Landkreis Viele", "state": "NI", "created_at": now, "updated_at": now},
            "seq": 1,
        }
    ]
    for number in range(count):
        data = {
            "district_id": district_id,
            "name": f"Akteur:in {number}",
            "kind": "ORGANISATION",
            "sector": "CIVIL_SOCIETY",
            "created_at": now,
            "updated_at": now,
        }
        rows.append(
            {
                "id": str(uuid.uuid4()),
                "entity": "actor",
                "district_id": district_id,
                "version": 1,
                "deleted": False,
                "data": data,
                "seq": number + 2,
            }
        )
    with central.engine.begin() as conn:
        conn.execute(insert(records), rows)
        conn.execute(update(meta).where(meta.c.key == "seq").values(value=str(len(rows))))


def test_switching_districts_and_editing_while_a_sync_applies_thousands_of_records_loses_nothing(
    qtbot: QtBot, open_window: Callable[[], MainWindow], central_sqlite: Central, monkeypatch: object
) -> None:
    """The window's side of issue 11 (its timing is `make bench`'s gui_stall_max_during_sync_ms):
    while 3,000 pulled records are applied page by page, the user keeps switching districts and
    creating workshops; every page shows, every edit is saved, the sync completes."""
    import pytest

    from lzz_desktop.sync import service as sync_service

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    _store_with_records(central_sqlite, 3000)
    window = open_window()
    districts = [add_district(window.workspace, name) for name in ("Goslar", "Harz", "Coburg")]
    with qtbot.waitSignal(window.districts_reloaded, timeout=10_000):
        window.reload_districts()
    monkeypatch.setattr(sync_service, "PULL_PAGE", 100)  # thirty pages: the user works in between
    finished: list[object] = []
    window.sync.sync_finished.connect(finished.append)
    account.login(window.workspace, central_sqlite.base_url, "office", "richtig")
    window.sync.sync_now()  # the first sync of this laptop: all 3,000 records are new to it
    qtbot.waitUntil(lambda: window.sync.running or bool(finished), timeout=10_000)
    window.show_view("workshops")
    created = 0
    switches = 0
    while not finished and switches < 60:
        target = districts[switches % len(districts)]
        with qtbot.waitSignal(window.district_shown, timeout=10_000):
            window.select_district(target)
        window.workshops_page.new_workshop()
        created += 1
        switches += 1
    qtbot.waitUntil(lambda: bool(finished), timeout=60_000)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=10_000)
    assert not isinstance(finished[0], Exception), finished[0]
    assert switches >= 5  # the user really worked during the sync (28 here)
    with window.workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Actor)) == 3000
    saved = sum(len(window.workspace.workshops.list(district_id)) for district_id in districts)
    assert saved == created
