"""Runs one sync of a workspace and kills the process (``os._exit``) at the N-th event: an SQL
statement, a commit, a request sent or a reply received. N = 0 runs to the end and prints how
many events there were. Used by test_killed_client.py as a real subprocess."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import event

from lzz_desktop.services.workspace import Workspace
from lzz_desktop.sync.client import SyncClient
from lzz_desktop.sync.service import SyncService

KILLED = 77


class _Counter:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.count = 0

    def tick(self, *_args: Any, **_kwargs: Any) -> None:
        self.count += 1
        if self.limit and self.count >= self.limit:
            os._exit(KILLED)


class _CountingTransport(httpx.HTTPTransport):
    def __init__(self, counter: _Counter) -> None:
        super().__init__()
        self.counter = counter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.counter.tick()
        response = super().handle_request(request)
        response.read()
        self.counter.tick()  # the server has answered (and committed); killed before we use it
        return response


def main() -> int:
    data_dir, server, token, limit = sys.argv[1:5]
    workspace = Workspace.open(Path(data_dir), author="killed")
    counter = _Counter(int(limit))
    event.listen(workspace.database.engine, "before_cursor_execute", counter.tick)
    event.listen(workspace.database.engine, "commit", counter.tick)
    with SyncClient(server, token, transport=_CountingTransport(counter)) as client:
        SyncService(workspace, client).sync()
    workspace.close()
    print(counter.count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
