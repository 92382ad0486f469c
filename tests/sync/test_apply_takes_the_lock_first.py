"""A pulled page is applied in a transaction that takes the write lock when it begins: the window's
edits wait for it (up to the busy timeout) instead of slipping in between the page's reads and
writes, where SQLite refuses the page's first write at once ("database is locked") and the sync
failed while the user kept working (seen with two test workers on a loaded 2-core machine)."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

import pytest

from lzz_desktop.services.workspace import DATABASE_NAME, Workspace
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.service import SyncService, get_state, set_state
from tests.raw_db import OperationalError, raw_connect


def test_a_page_holds_the_write_lock_from_its_first_statement(
    make_workspace: Callable[..., Workspace],
) -> None:
    workspace = make_workspace()
    service = SyncService(workspace, cast(SyncClient, None))
    other = raw_connect(workspace.data_dir / DATABASE_NAME, timeout=0, isolation_level=None)
    try:
        with service._apply() as session:
            assert get_state(session, "probe") == ""  # the page reads first …
            # … and no other connection can write until the page is done
            with pytest.raises(OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            set_state(session, "probe", "applied")
        other.execute("BEGIN IMMEDIATE")  # free again once the page committed
        other.execute("ROLLBACK")
    finally:
        other.close()
    with workspace.session() as session:
        assert get_state(session, "probe") == "applied"


def test_a_failed_page_leaves_nothing_and_frees_the_lock(make_workspace: Callable[..., Workspace]) -> None:
    workspace = make_workspace()
    service = SyncService(workspace, cast(SyncClient, None))
    with pytest.raises(RuntimeError), service._apply() as session:
        set_state(session, "probe", "half")
        raise RuntimeError("the network broke off")
    with workspace.transaction() as session:  # the window can write at once
        assert get_state(session, "probe") == ""
        set_state(session, "probe", "window")
