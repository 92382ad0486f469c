"""Runs one sync of a workspace and kills the process (``os._exit``) at the N-th event: an SQL
statement, a commit, a request sent or a reply received. N = 0 runs to the end and prints how
many events there were. Used by test_killed_client.py as a real subprocess.

``--serve`` keeps one process with everything imported and forks a fresh child for each line
``DATA_DIR SERVER TOKEN N`` on standard input, answering ``EXIT_CODE EVENTS``: every run is still
its own process that dies mid-sync, without paying for an interpreter start each time."""

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


def run(data_dir: str, server: str, token: str, limit: str) -> int:
    workspace = Workspace.open(Path(data_dir), author="killed")
    counter = _Counter(int(limit))
    event.listen(workspace.database.engine, "before_cursor_execute", counter.tick)
    event.listen(workspace.database.engine, "commit", counter.tick)
    with SyncClient(server, token, transport=_CountingTransport(counter)) as client:
        SyncService(workspace, client).sync()
    workspace.close()
    return counter.count


def serve() -> int:
    for line in sys.stdin:
        args = line.split()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            events = run(*args)
            os.write(write, str(events).encode())
            os._exit(0)
        os.close(write)
        _, status = os.waitpid(pid, 0)
        with os.fdopen(read, "rb") as pipe:
            events_text = pipe.read().decode() or "0"
        print(os.waitstatus_to_exitcode(status), events_text, flush=True)
    return 0


def main() -> int:
    if sys.argv[1:] == ["--serve"]:
        return serve()
    print(run(*sys.argv[1:5]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
