"""Opening the database: refusal of newer and corrupt files, backups, restore, connection set-up."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from lzz_desktop.domain.enums import FederalState
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.workspace import DATABASE_NAME, Workspace
from lzz_desktop.store import CorruptDatabaseError, NewerDatabaseError, backup, migrate, open_database
from lzz_desktop.store.keys import workspace_key
from tests.raw_db import raw_connect

FUTURE_REVISION = "9999_from_a_newer_app"


def _workspace_with_district(make_workspace: Callable[..., Workspace], name: str = "Goslar") -> Path:
    """A closed workspace database holding one district; returns the database path."""
    workspace = make_workspace()
    workspace.districts.create(DistrictData(name=name, state=FederalState.NIEDERSACHSEN))
    workspace.close()
    return workspace.database.path


def _district_names(db_path: Path, workspace_db: Path | None = None) -> list[str]:
    connection = raw_connect(db_path, workspace_db=workspace_db)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM districts ORDER BY name")]
    finally:
        connection.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# --- refusing files ---------------------------------------------------------------------------


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_unknown_revision_is_refused_and_file_unchanged(
    make_workspace: Callable[..., Workspace], journal_mode: str
) -> None:
    db_path = _workspace_with_district(make_workspace)
    connection = raw_connect(db_path)
    connection.execute(f"PRAGMA journal_mode = {journal_mode}")
    connection.execute("UPDATE alembic_version SET version_num = ?", (FUTURE_REVISION,))
    connection.commit()
    connection.close()
    before = db_path.read_bytes()

    with pytest.raises(NewerDatabaseError) as caught:
        open_database(db_path)

    assert caught.value.path == db_path
    assert db_path.read_bytes() == before
    assert not backup.list_backups(db_path), "a refused file must not be touched, not even backed up"


def _random_bytes(_db: Path) -> bytes:
    return os.urandom(64 * 1024)


def _truncated_sqlite(db: Path) -> bytes:
    return db.read_bytes()[: 3 * 4096 + 100]


def _text_file(_db: Path) -> bytes:
    return "Protokoll Auftaktworkshop Goslar\nTOP 1: Begrüßung\n".encode()


def _short_text(_db: Path) -> bytes:
    return b"hello"


@pytest.mark.parametrize("make_content", [_random_bytes, _truncated_sqlite, _text_file, _short_text])
def test_corrupt_file_is_refused_and_untouched(
    make_workspace: Callable[..., Workspace], make_content: Callable[[Path], bytes]
) -> None:
    db_path = _workspace_with_district(make_workspace)
    content = make_content(db_path)
    db_path.write_bytes(content)
    listing = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(CorruptDatabaseError):
        open_database(db_path)

    assert db_path.read_bytes() == content
    # A read-only look at a WAL file may leave SQLite's own -wal/-shm sidecars; nothing else
    # appears, nothing is renamed.
    sidecars = {db_path.name + "-wal", db_path.name + "-shm"}
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name not in sidecars) == listing


# --- backups ------------------------------------------------------------------------------------


def test_restore_moves_broken_file_aside_and_restored_db_opens(
    make_workspace: Callable[..., Workspace],
) -> None:
    db_path = _workspace_with_district(make_workspace, "Goslar")
    saved = backup.make_backup(db_path, "test", workspace_key(db_path))
    broken = b"garbage, not a database" * 100
    db_path.write_bytes(broken)
    earlier_aside = db_path.with_name(db_path.name + ".defekt-earlier")
    earlier_aside.write_bytes(b"an older broken file")

    aside = backup.restore_backup(db_path, saved, workspace_key(db_path))

    assert aside != db_path
    assert aside.read_bytes() == broken
    assert earlier_aside.read_bytes() == b"an older broken file"
    database = open_database(db_path)
    try:
        with database.engine.connect() as connection:
            names = connection.execute(text("SELECT name FROM districts")).scalars().all()
    finally:
        database.close()
    assert names == ["Goslar"]


def test_restore_twice_never_overwrites_an_earlier_aside(make_workspace: Callable[..., Workspace]) -> None:
    db_path = _workspace_with_district(make_workspace)
    saved = backup.make_backup(db_path, "test", workspace_key(db_path))
    db_path.write_bytes(b"first broken")
    first = backup.restore_backup(db_path, saved, workspace_key(db_path))
    db_path.write_bytes(b"second broken")
    second = backup.restore_backup(db_path, saved, workspace_key(db_path))

    assert first != second
    assert first.read_bytes() == b"first broken"
    assert second.read_bytes() == b"second broken"


def _migrations_with_extra_revision(tmp_path: Path) -> Path:
    """A copy of the shipped migrations plus one revision on top, so that a database at the real
    head holds data and still needs a migration."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (folder / "versions" / "9000_test_extra.py").write_text(
        f'''"""test: one more table"""
import sqlalchemy as sa
from alembic import op

revision = "9000_test_extra"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("test_extra", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("test_extra")
''',
        encoding="utf-8",
    )
    return folder


def test_backup_before_migration_holds_the_pre_migration_data(
    make_workspace: Callable[..., Workspace], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = _workspace_with_district(make_workspace, "Goslar")
    old_head = migrate.head_revision()
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", _migrations_with_extra_revision(tmp_path))

    database = open_database(db_path)
    database.close()

    assert migrate.head_revision() == "9000_test_extra"
    [made] = database.backups_made
    assert made.parent == backup.backup_dir(db_path)
    assert "vor-migration" in made.name
    assert _district_names(made, db_path) == ["Goslar"]
    connection = raw_connect(made, workspace_db=db_path)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    assert "test_extra" not in tables
    assert _district_names(db_path) == ["Goslar"]


def test_new_database_gets_no_backup(tmp_path: Path) -> None:
    database = open_database(tmp_path / DATABASE_NAME)
    database.close()
    assert database.backups_made == []
    assert backup.list_backups(tmp_path / DATABASE_NAME) == []


def _age(path: Path, hours: float) -> None:
    then = time.time() - hours * 3600
    os.utime(path, (then, then))


def test_daily_backup_only_when_latest_is_older_than_a_day(tmp_path: Path) -> None:
    db_path = tmp_path / DATABASE_NAME
    open_database(db_path).close()

    first = open_database(db_path)
    first.close()
    assert len(first.backups_made) == 1 and "taeglich" in first.backups_made[0].name

    fresh = open_database(db_path)
    fresh.close()
    assert fresh.backups_made == []

    _age(first.backups_made[0], 23)
    still_fresh = open_database(db_path)
    still_fresh.close()
    assert still_fresh.backups_made == []

    _age(first.backups_made[0], 25)
    stale = open_database(db_path)
    stale.close()
    assert len(stale.backups_made) == 1
    assert len(backup.list_backups(db_path)) == 2


def test_pruning_keeps_the_ten_newest(tmp_path: Path) -> None:
    db_path = tmp_path / DATABASE_NAME
    open_database(db_path).close()
    folder = backup.backup_dir(db_path)
    folder.mkdir()
    old = [folder / f"lzz-2020010{day}-120000-000000-taeglich.sqlite" for day in range(1, 4)]
    for path in old:
        path.write_bytes(b"old backup")
    unrelated = folder / "notes.txt"
    unrelated.write_text("kept", encoding="utf-8")

    made = [backup.make_backup(db_path, "test", workspace_key(db_path)) for _ in range(backup.KEEP_BACKUPS)]

    remaining = backup.list_backups(db_path)
    assert len(remaining) == backup.KEEP_BACKUPS == 10
    assert set(remaining) == set(made)
    assert not any(path.exists() for path in old)
    assert unrelated.exists()


# --- connections --------------------------------------------------------------------------------


def test_every_connection_has_wal_and_foreign_keys(tmp_path: Path) -> None:
    database = open_database(tmp_path / DATABASE_NAME)
    try:
        # Held open together, so the pool must hand out distinct DBAPI connections.
        connections = [database.engine.connect() for _ in range(3)]
        try:
            assert len({id(c.connection.dbapi_connection) for c in connections}) == 3
            for connection in connections:
                assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        finally:
            for connection in connections:
                connection.close()
        with database.session_factory() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        database.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    database = open_database(tmp_path / DATABASE_NAME)
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"), database.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO actors (id, district_id, kind, name, sector, role, email, phone, address,"
                    " influence, attitude, interest, tags, notes, created_at, updated_at, updated_by)"
                    " VALUES ('a1', 'no-such-district', 'PERSON', 'X', 'POLITICS', '', '', '', '',"
                    " 2, 0, 2, '', '', '2024-01-01', '2024-01-01', '')"
                )
            )
    finally:
        database.close()
