"""Memory of the central store (``lzz-central serve`` in its own process, SQLite) under hostile
request bodies: a 50 MB push and a 50 MB login, each once with a Content-Length and once chunked,
3 rounds. ``central_memory_rise_mb`` is the highest resident memory seen while the bodies are sent
minus the memory before the first one; the target holds for the worst round.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from common import emit  # benchmarks/ is the script's own folder

LIMIT_MB = 50.0
BODY = 50_000_000
ROUNDS = 3


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _chunks() -> object:
    yield b'{"ops": [], "x": "'
    for _ in range(BODY // 1_000_000):
        yield b"x" * 1_000_000
    yield b'"}'


def main() -> int:
    bindir = Path(sys.executable).parent
    central = str(bindir / "lzz-central")
    folder = Path(tempfile.mkdtemp(prefix="lzz-bench-central-"))
    env = {**os.environ, "LZZ_CENTRAL_DATABASE_URL": f"sqlite:///{folder / 'central.sqlite'}"}
    subprocess.run([central, "migrate"], env=env, check=True, capture_output=True)
    subprocess.run(
        [central, "user", "add", "office", "--role", "office"],
        env=env,
        input=b"geheim\n",
        check=True,
        capture_output=True,
    )
    port = _free_port()
    server = subprocess.Popen(
        [central, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=60) as http:
            for _ in range(100):
                try:
                    http.get("/health")
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            token = http.post("/auth/login", json={"user": "office", "password": "geheim"}).json()["token"]
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            baseline = _rss_mb(server.pid)
            rises = []
            for _round in range(ROUNDS):
                peak = [baseline]
                done = threading.Event()

                def watch(peak: list[float] = peak, done: threading.Event = done) -> None:
                    while not done.is_set():
                        peak[0] = max(peak[0], _rss_mb(server.pid))
                        time.sleep(0.01)

                watcher = threading.Thread(target=watch)
                watcher.start()
                body = b'{"ops": [], "x": "' + b"x" * BODY + b'"}'
                for path in ("/sync/push", "/auth/login"):
                    for payload in (body, _chunks()):
                        # closed while sending: refused before reading, as intended
                        with contextlib.suppress(httpx.HTTPError):
                            http.post(path, content=payload, headers=headers)  # type: ignore[arg-type]
                done.set()
                watcher.join()
                rises.append(peak[0] - baseline)
            emit(
                "central_memory_rise_mb",
                max(rises),
                "MB",
                LIMIT_MB,
                target=f"< {LIMIT_MB:g} MB rise under 50 MB bodies (worst of {ROUNDS} rounds)",
                min=round(min(rises), 2),
                median=round(sorted(rises)[len(rises) // 2], 2),
                max=round(max(rises), 2),
                baseline_mb=round(baseline, 1),
            )
    finally:
        server.terminate()
        server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
