"""Database checks: codes and parameters per finding; the checked file is never changed."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from lzz_desktop.domain import Actor, Workshop
from lzz_desktop.domain.enums import ActorKind, FederalState, Sector, WorkshopFormat
from lzz_desktop.records.districts import DistrictData
from lzz_desktop.services.workspace import DATABASE_NAME, Workspace
from lzz_desktop.store import migrate
from lzz_desktop.store.checks import (
    FOREIGN_KEYS,
    INTEGRITY,
    MIGRATION,
    ORPHANS,
    OUTBOX,
    CheckReport,
    Finding,
    run_checks,
)
from lzz_desktop.store.keys import workspace_key
from tests.raw_db import raw_connect

ALL_CODES = [INTEGRITY, MIGRATION, FOREIGN_KEYS, ORPHANS, OUTBOX]


def _finding(report: CheckReport, code: str) -> Finding:
    found = report.finding(code)
    assert found is not None, f"no {code} finding in {report.findings}"
    return found


def _closed_workspace(make_workspace: Callable[..., Workspace], with_data: bool = True) -> Path:
    workspace = make_workspace()
    if with_data:
        district_id = workspace.districts.create(
            DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN)
        )
        with workspace.transaction() as session:
            session.add(
                Actor(
                    district_id=district_id,
                    kind=ActorKind.PERSON,
                    name="Erika Muster",
                    sector=Sector.ADMINISTRATION,
                )
            )
    workspace.close()
    return workspace.database.path


def _raw_execute(db_path: Path, *statements: str) -> None:
    """Write behind the app's back, with foreign keys off, as a buggy tool or old version would."""
    connection = raw_connect(db_path)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def test_healthy_new_database(make_workspace: Callable[..., Workspace]) -> None:
    db_path = _closed_workspace(make_workspace, with_data=False)

    report = run_checks(db_path, workspace_key(db_path))

    assert report.healthy
    assert [f.code for f in report.findings] == ALL_CODES
    migration = _finding(report, MIGRATION)
    assert migration.params == {
        "state": "current",
        "current": migrate.head_revision(),
        "head": migrate.head_revision(),
    }
    assert _finding(report, OUTBOX).params == {"pending": 0}


def test_pending_outbox_is_information_not_failure(make_workspace: Callable[..., Workspace]) -> None:
    db_path = _closed_workspace(make_workspace)

    report = run_checks(db_path, workspace_key(db_path))

    assert report.healthy
    outbox = _finding(report, OUTBOX)
    assert outbox.ok and outbox.params == {"pending": 2}


def test_orphaned_actor(make_workspace: Callable[..., Workspace]) -> None:
    db_path = _closed_workspace(make_workspace)
    _raw_execute(
        db_path,
        "INSERT INTO actors (id, district_id, kind, name, sector, role, email, phone, address, influence,"
        " attitude, interest, tags, notes, created_at, updated_at, updated_by)"
        " VALUES ('orphan-1', 'no-such-district', 'PERSON', 'Niemand', 'POLITICS', '', '', '', '',"
        " 2, 0, 2, '', '', '2024-01-01 00:00:00', '2024-01-01 00:00:00', '')",
    )

    report = run_checks(db_path, workspace_key(db_path))

    assert not report.healthy
    assert _finding(report, INTEGRITY).ok
    foreign_keys = _finding(report, FOREIGN_KEYS)
    assert not foreign_keys.ok and foreign_keys.params == {"count": 1, "tables": "actors"}
    orphans = _finding(report, ORPHANS)
    assert not orphans.ok
    assert orphans.params == {"count": 1, "district": 1, "parent": 0, "tables": "actors"}


def test_child_whose_parent_is_gone(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace()
    district_id = workspace.districts.create(DistrictData(name="Goslar", state=FederalState.NIEDERSACHSEN))
    with workspace.transaction() as session:
        workshop = Workshop(
            district_id=district_id,
            title="Auftakt",
            format=WorkshopFormat.KICKOFF,
            starts_at=dt.datetime(2024, 3, 1, 9, tzinfo=dt.UTC),
        )
        session.add(workshop)
    workspace.close()
    db_path = workspace.database.path
    _raw_execute(
        db_path,
        "INSERT INTO agenda_items (id, district_id, workshop_id, position, title, notes, results,"
        " created_at, updated_at, updated_by)"
        f" VALUES ('top-1', '{district_id}', 'gone-workshop', 1, 'Begrüßung', '', '',"
        " '2024-01-01 00:00:00', '2024-01-01 00:00:00', '')",
    )

    orphans = _finding(run_checks(db_path, workspace_key(db_path)), ORPHANS)

    assert not orphans.ok
    assert orphans.params == {"count": 1, "district": 0, "parent": 1, "tables": "agenda_items"}


def test_newer_revision(make_workspace: Callable[..., Workspace]) -> None:
    db_path = _closed_workspace(make_workspace)
    _raw_execute(db_path, "UPDATE alembic_version SET version_num = '9999_newer'")

    report = run_checks(db_path, workspace_key(db_path))

    assert not report.healthy
    migration = _finding(report, MIGRATION)
    assert not migration.ok
    assert migration.params == {"state": "newer", "current": "9999_newer", "head": migrate.head_revision()}
    assert _finding(report, INTEGRITY).ok


def test_older_known_revision_is_not_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A database behind head is what the app upgrades on start (after a backup)."""
    db_path = tmp_path / DATABASE_NAME
    _raw_execute(db_path, "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    _raw_execute(db_path, "INSERT INTO alembic_version VALUES ('0001')")
    monkeypatch.setattr(migrate, "head_revision", lambda: "0002")

    migration = _finding(run_checks(db_path, workspace_key(db_path)), MIGRATION)

    assert migration.ok and migration.params["state"] == "behind"


def test_tables_without_revision_are_unversioned(tmp_path: Path) -> None:
    db_path = tmp_path / "foreign.sqlite"
    _raw_execute(db_path, "CREATE TABLE something (id INTEGER PRIMARY KEY)")

    report = run_checks(db_path, workspace_key(db_path))

    assert _finding(report, INTEGRITY).ok
    migration = _finding(report, MIGRATION)
    assert not migration.ok and migration.params["state"] == "unversioned"


def _sqlite_truncated(db_path: Path) -> bytes:
    return db_path.read_bytes()[: 3 * 4096 + 100]


def _page_damaged(db_path: Path) -> bytes:
    # Overwrite the pages after the schema page: the header stays valid, the b-trees do not.
    content = bytearray(db_path.read_bytes())
    content[4096 : 4 * 4096] = os.urandom(3 * 4096)
    return bytes(content)


@pytest.mark.parametrize(
    "make_content",
    [
        lambda _p: os.urandom(20_000),
        lambda _p: b"Dies ist keine Datenbank.\n",
        _sqlite_truncated,
        _page_damaged,
    ],
    ids=["random", "text", "truncated", "damaged-pages"],
)
def test_corrupt_file_gives_integrity_finding_without_exception(
    make_workspace: Callable[..., Workspace], make_content: Callable[[Path], bytes]
) -> None:
    db_path = _closed_workspace(make_workspace)
    content = make_content(db_path)
    db_path.write_bytes(content)

    report = run_checks(db_path, workspace_key(db_path))

    assert not report.healthy
    assert report.findings[0].code == INTEGRITY
    assert not report.findings[0].ok
    assert report.findings[0].params["reason"] in {"not_sqlite", "damaged"}
    assert db_path.read_bytes() == content


def test_missing_file(tmp_path: Path) -> None:
    db_path = tmp_path / "nowhere" / DATABASE_NAME

    report = run_checks(db_path, None)

    assert report.findings == [Finding(INTEGRITY, False, {"reason": "missing"})]
    assert not report.healthy
    assert not db_path.parent.exists(), "checking must not create anything"


def test_checks_do_not_modify_the_file(make_workspace: Callable[..., Workspace]) -> None:
    db_path = _closed_workspace(make_workspace)
    # Rollback journal mode: opening through the app engine would switch it to WAL in the header.
    _raw_execute(db_path, "PRAGMA journal_mode = DELETE")
    before = db_path.read_bytes()

    run_checks(db_path, workspace_key(db_path))

    assert db_path.read_bytes() == before


def test_path_with_uri_characters(tmp_path: Path, make_workspace: Callable[..., Workspace]) -> None:
    folder = tmp_path / "Daten #1 ?x=1 %20"
    folder.mkdir()
    db_path = folder / DATABASE_NAME
    source = _closed_workspace(make_workspace)
    db_path.write_bytes(source.read_bytes())

    assert run_checks(db_path, workspace_key(source)).healthy
