"""Storage faults made for real say what happened, and leave the file's bytes as they were:
a read-only data folder (a read-only mount: even the superuser cannot write), a full disk (a small
tmpfs filled up), a database held by another program (an exclusive lock from another process).
Only a damaged file is called damaged."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import OperationalError

from lzz_desktop.i18n import install_translators
from lzz_desktop.services import Workspace
from lzz_desktop.services.opening import open_workspace
from lzz_desktop.services.workspace import DATABASE_NAME
from lzz_desktop.settings import Settings
from lzz_desktop.store.errors import DatabaseLockedError, DiskFullError, ReadOnlyStorageError, classify
from lzz_desktop.ui.messages import store_error_text, unexpected_error_text
from tests.cli.test_cli import run_cli
from tests.workshop_fixtures import make_district, workshop_data


def _mount(target: Path, size: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)], capture_output=True
    )
    return done.returncode == 0


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "mnt"
    if os.geteuid() != 0 or not _mount(target, "8m"):
        pytest.skip("needs root and mount (tmpfs) to make a read-only or full file system for real")
    yield target
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def german(qapp: QCoreApplication) -> None:
    install_translators(qapp, "de")  # type: ignore[arg-type]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled_workspace(data_dir: Path) -> str:
    workspace = Workspace.open(data_dir)
    district = make_district(workspace)
    workspace.workshops.create(district.id, workshop_data(), carry_over=False)
    with workspace.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    return district.id


def test_a_read_only_folder_is_called_read_only_and_check_and_export_still_work(
    tmpfs: Path, tmp_path: Path, german: None
) -> None:
    data_dir = tmpfs / "daten"
    _filled_workspace(data_dir)
    db = data_dir / DATABASE_NAME
    before = _sha(db)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)

    with pytest.raises(ReadOnlyStorageError) as raised:
        open_workspace(data_dir, False, Settings())  # what the window does
    text = store_error_text(raised.value)
    assert "ist schreibgeschützt" in text and "beschädigt" not in text

    checked = run_cli("--data-dir", str(data_dir), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "in Ordnung" in checked.stdout
    out = tmp_path / "export"
    exported = run_cli("--data-dir", str(data_dir), "export", "--district", "Goslar", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert (out / "landkreis-goslar" / "district.json").exists()

    workspace = Workspace.open(data_dir)  # read-only: reading works, writing is refused clearly
    try:
        assert workspace.database.read_only
        assert [d.name for d in workspace.districts.list()] == ["Landkreis Goslar"]
        with pytest.raises(OperationalError) as refused:
            workspace.workshops.create(workspace.districts.list()[0].id, workshop_data(), carry_over=False)
        assert "schreibgeschützt" in unexpected_error_text(refused.value)
    finally:
        workspace.close()
    assert _sha(db) == before


def test_a_full_disk_says_so_and_loses_nothing(tmpfs: Path, german: None) -> None:
    data_dir = tmpfs / "daten"
    district_id = _filled_workspace(data_dir)
    workspace = Workspace.open(data_dir)
    try:
        # Fill the disk to the last byte (unbuffered: closing the file has nothing left to write).
        filler = tmpfs / "filler"
        with filler.open("wb", buffering=0) as handle:
            for size in (65536, 4096, 1):
                try:
                    while handle.write(b"\0" * size):
                        pass
                except OSError:
                    pass
        with pytest.raises(Exception) as failed:
            for number in range(200):  # until the WAL needs a page the disk does not have
                data = dataclasses.replace(workshop_data(title=f"Workshop {number}"), goals="x" * 2000)
                workspace.workshops.create(district_id, data, carry_over=False)
        known = classify(failed.value)
        assert isinstance(known, DiskFullError), repr(failed.value)
        text = unexpected_error_text(failed.value)
        assert "Der Datenträger ist voll" in text and "nichts verloren" in text
        filler.unlink()
        # Space again: what was saved before is all there, and saving works again.
        assert len(workspace.workshops.list(district_id)) >= 1
        workspace.workshops.create(district_id, workshop_data(title="Nach dem Aufräumen"), carry_over=False)
    finally:
        workspace.close()
    reopened = Workspace.open(data_dir)
    try:
        titles = [w.title for w in reopened.workshops.list(district_id)]
        assert "Nach dem Aufräumen" in titles and "Fachworkshop Wohnen" in titles
    finally:
        reopened.close()


HOLD = """
import sys, time
sys.path.insert(0, sys.argv[2])
from tests.raw_db import raw_connect
connection = raw_connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("CREATE TABLE IF NOT EXISTS held_by_another_program (x)")
print("holding", flush=True)
time.sleep(60)
"""


def test_a_database_held_by_another_program_is_named_as_such(tmp_path: Path, german: None) -> None:
    data_dir = tmp_path / "daten"
    district_id = _filled_workspace(data_dir)
    db = data_dir / DATABASE_NAME
    before = _sha(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db), str(Path(__file__).parents[2])],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(DatabaseLockedError) as raised:
            Workspace.open(data_dir)
        text = store_error_text(raised.value)
        assert "wird gerade von einem anderen Programm benutzt" in text and "beschädigt" not in text
    finally:
        holder.kill()
        holder.wait()
    assert _sha(db) == before
    workspace = Workspace.open(data_dir)  # once the other program let go, everything is there
    try:
        assert len(workspace.workshops.list(district_id)) == 1
    finally:
        workspace.close()


def test_only_a_damaged_file_is_called_damaged(tmp_path: Path, german: None) -> None:
    data_dir = tmp_path / "daten"
    _filled_workspace(data_dir)
    db = data_dir / DATABASE_NAME
    raw = bytearray(db.read_bytes())
    raw[5000:9000] = b"\xff" * 4000  # scribble over pages of the file
    db.write_bytes(bytes(raw))
    from lzz_desktop.store.errors import CorruptDatabaseError

    with pytest.raises(CorruptDatabaseError) as raised:
        Workspace.open(data_dir)
    assert "beschädigt" in store_error_text(raised.value)
    shutil.rmtree(data_dir)
