"""The operations guide's backup and restore (docs/betrieb.md), end to end on PostgreSQL with two
desktops: `pg_dump`, the store lost and restored with `pg_restore`, `lzz-central new-epoch`; then
what was made after the backup comes back from the desktops (new records as they are, later edits
of older records as conflicts to decide) and both desktops end up equal to the store."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import select

from lzz_desktop.central.db import conflicts
from lzz_desktop.domain import Actor
from tests.sync.helpers import add_actor, add_district, client_state, edit, get, server_state
from tests.sync.servers import Postgres, _pg_bin, start_central

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = _pg_bin(name)
    assert found, f"{name} is missing: install Debian's postgresql-client"
    return found


def test_backup_restore_and_new_epoch_lose_nothing(
    postgres: Postgres, make_client: Callable[..., Any], tmp_path: Path
) -> None:
    url = postgres.create_database()
    database = url.rsplit("/", 1)[1]
    libpq = ["-h", "127.0.0.1", "-p", str(postgres.port), "-U", postgres.user]
    central = start_central(url)
    central.add_user("office", "office")
    central.add_user("berater", "consultant", [])
    office = make_client(central, "office")
    district_id = add_district(office.workspace, "Goslar")
    before = add_actor(office.workspace, district_id, "Vor dem Backup")
    office.sync()
    central.grant("berater", ["Goslar"])
    berater = make_client(central, "berater")
    berater.sync()

    # The nightly backup, as the guide says.
    dump = tmp_path / "lzz-central.dump"
    subprocess.run([_tool("pg_dump"), *libpq, "-Fc", "-f", str(dump), database], check=True)

    # The next day's work reaches the store …
    after = add_actor(berater.workspace, district_id, "Nach dem Backup")
    berater.sync()
    edit(office.workspace, Actor, before, role="Sprecherin")
    office.sync()

    # … then the server is lost and restored from the backup.
    port = int(central.base_url.rsplit(":", 1)[1])
    central.stop()
    with psycopg.connect(
        f"host=127.0.0.1 port={postgres.port} user={postgres.user} dbname=postgres", autocommit=True
    ) as conn:
        conn.execute(f'DROP DATABASE "{database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{database}"')
    subprocess.run([_tool("pg_restore"), *libpq, "-d", database, str(dump)], check=True)
    subprocess.run(
        [sys.executable, "-m", "lzz_desktop.central.cli", "new-epoch", "--database-url", url],
        check=True,
        cwd=ROOT,
    )
    restored = start_central(url, port=port)
    try:
        assert after not in server_state(restored)  # the backup did not have it
        first, second = office.sync(), berater.sync()
        assert first.full_resync and second.full_resync
        office.sync()
        state = server_state(restored)
        assert {district_id, before, after} <= set(state)
        assert get(office.workspace, Actor, after).name == "Nach dem Backup"
        # A record the backup has in an older version: the restored value stands, the later edit
        # is kept as an open conflict for its author to decide (nothing overwritten unseen).
        assert get(berater.workspace, Actor, before).role == ""
        with restored.engine.connect() as conn:
            kept = (
                conn.execute(select(conflicts.c.mine).where(conflicts.c.record_id == before)).scalars().all()
            )
        assert kept == ["Sprecherin"]
        assert client_state(office.workspace) == state
        assert client_state(berater.workspace) == state
    finally:
        restored.stop()
