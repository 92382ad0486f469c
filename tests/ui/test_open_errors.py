"""Opening a damaged or newer database in the GUI: a clear message, never a traceback, never an
overwritten file; a damaged file can be replaced by its latest backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from lzz_desktop.app import open_workspace_interactive
from lzz_desktop.domain.enums import FederalState
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services import Workspace
from lzz_desktop.settings import Settings
from lzz_desktop.store.backup import make_backup
from lzz_desktop.store.keys import workspace_key
from tests.raw_db import raw_connect

OnModal = Callable[[Callable[[QWidget], None]], None]


def _workspace_with_backup(data_dir: Path) -> Path:
    workspace = Workspace.open(data_dir)
    workspace.districts.create(DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN))
    workspace.close()
    db = data_dir / "lzz.sqlite"
    make_backup(db, "test", workspace_key(db))
    return db


def test_damaged_database_offers_the_latest_backup_and_keeps_the_damaged_file(
    qtbot: QtBot, tmp_path: Path, on_modal: OnModal
) -> None:
    data_dir = tmp_path / "data"
    db = _workspace_with_backup(data_dir)
    garbage = b"das ist keine Datenbank" * 100
    db.write_bytes(garbage)
    for sidecar in ("-wal", "-shm"):
        db.with_name(db.name + sidecar).unlink(missing_ok=True)
    seen: dict[str, str] = {}

    def restore(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["title"] = dialog.windowTitle()
        seen["text"] = dialog.text()
        button = next(b for b in dialog.buttons() if b.text() == "Letzte Sicherung wiederherstellen")
        button.click()

    on_modal(restore)
    workspace = open_workspace_interactive(data_dir, False, Settings())
    assert workspace is not None
    try:
        assert seen["title"] == "Datenbank nicht lesbar"
        assert "beschädigt" in seen["text"] and "nicht verändert" in seen["text"]
        assert [d.name for d in workspace.districts.list()] == ["Landkreis Goslar"]
    finally:
        workspace.close()
    kept = list(data_dir.glob("lzz.sqlite.defekt-*"))
    assert [p.read_bytes() for p in kept if not p.name.endswith(("-wal", "-shm"))] == [garbage]


def test_damaged_database_without_backup_quits_and_leaves_the_file(
    qtbot: QtBot, tmp_path: Path, on_modal: OnModal
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = data_dir / "lzz.sqlite"
    db.write_bytes(b"\x00\x01kaputt" * 50)

    def close(dialog: QWidget) -> None:
        dialog.close()

    on_modal(close)
    assert open_workspace_interactive(data_dir, False, Settings()) is None
    assert db.read_bytes() == b"\x00\x01kaputt" * 50


def test_newer_database_is_refused_with_a_message(qtbot: QtBot, tmp_path: Path, on_modal: OnModal) -> None:
    data_dir = tmp_path / "data"
    db = _workspace_with_backup(data_dir)
    with raw_connect(db) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = db.read_bytes()
    seen: dict[str, str] = {}

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen["text"] = dialog.text()
        assert not any(b.text() == "Letzte Sicherung wiederherstellen" for b in dialog.buttons())
        dialog.close()

    on_modal(read_and_close)
    assert open_workspace_interactive(data_dir, False, Settings()) is None
    assert "neueren Version" in seen["text"]
    assert db.read_bytes() == before
