"""Sync benchmarks against the central store on PostgreSQL on loopback (started here, in a temporary
directory): the first pull of 50,000 records, the push of 1,000 changes, a sync with nothing to do.
Prints one JSON line per figure."""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
from sqlalchemy import insert, select, update

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lzz_desktop.central import accounts, migrate  # noqa: E402
from lzz_desktop.central.db import make_engine, meta, records  # noqa: E402
from lzz_desktop.domain import Actor  # noqa: E402
from lzz_desktop.services.workspace import Workspace  # noqa: E402
from lzz_desktop.sync.client import SyncClient  # noqa: E402
from lzz_desktop.sync.service import SyncService  # noqa: E402
from tests.sync.servers import LOOPBACK, free_port, postgres_cluster  # noqa: E402

RECORDS = int(os.environ.get("LZZ_BENCH_RECORDS", "50000"))
CHANGES = 1000
NOTHING_RUNS = 15


def emit(name: str, value: float, unit: str, target: str, ok: bool) -> None:
    print(json.dumps({"benchmark": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok}))


def seed(url: str) -> str:
    engine = make_engine(url)
    migrate.upgrade(engine)
    now = dt.datetime.now(dt.UTC).isoformat()
    district_id = str(uuid.uuid4())
    rows = [
        {
            "id": district_id,
            "entity": "district",
            "district_id": district_id,
            "version": 1,
            "deleted": False,
            "data": {"name": "Benchmarkkreis", "state": "NI", "created_at": now, "updated_at": now},
            "seq": 1,
        }
    ]
    for i in range(1, RECORDS):
        rows.append(
            {
                "id": str(uuid.uuid4()),
                "entity": "actor",
                "district_id": district_id,
                "version": 1,
                "deleted": False,
                "data": {
                    "district_id": district_id,
                    "name": f"Akteur:in {i}",
                    "kind": "PERSON",
                    "sector": "CIVIL_SOCIETY",
                    "role": "Ehrenamt",
                    "notes": "Kontakt über das Integrationsbüro.\n\nTrifft sich monatlich.",
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": "seed",
                },
                "seq": i + 1,
            }
        )
    with engine.begin() as conn:
        for start in range(0, len(rows), 5000):
            conn.execute(insert(records), rows[start : start + 5000])
        conn.execute(update(meta).where(meta.c.key == "seq").values(value=str(len(rows))))
        accounts.add_user(conn, "office", "office", "benchmark", [])
        token, _device, _role = accounts.login(conn, "office", "benchmark", "bench")
    engine.dispose()
    return token


def serve(url: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "lzz_desktop.central.cli",
            "serve",
            "--host",
            LOOPBACK,
            "--port",
            str(port),
            "--database-url",
            url,
        ],
        cwd=ROOT,
    )
    base = f"http://{LOOPBACK}:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/health").status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("the central store did not start")
        time.sleep(0.1)


def main() -> int:
    with postgres_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        url = cluster.create_database()
        token = seed(url)
        server, base = serve(url)
        try:
            workspace = Workspace.open(Path(tmp) / "desk", author="bench")
            with SyncClient(base, token) as client:
                service = SyncService(workspace, client)
                start = time.perf_counter()
                report = service.sync()
                elapsed = time.perf_counter() - start
                assert report.pulled == RECORDS, report
                rate = RECORDS / elapsed
                emit("first_pull_records_per_s", rate, "records/s", ">= 5000", rate >= 5000)

                with workspace.transaction() as session:
                    actors = session.scalars(select(Actor).limit(CHANGES)).all()
                    for actor in actors:
                        actor.role = "Sprecher:in"
                start = time.perf_counter()
                report = service.sync()
                elapsed = time.perf_counter() - start
                assert report.pushed == CHANGES, report
                emit("push_1000_changes_s", elapsed, "s", "<= 2", elapsed <= 2)

                times = []
                for _ in range(NOTHING_RUNS):
                    start = time.perf_counter()
                    service.sync()
                    times.append(time.perf_counter() - start)
                median_ms = statistics.median(times) * 1000
                emit("sync_nothing_to_do_ms", median_ms, "ms", "<= 150", median_ms <= 150)
            workspace.close()
        finally:
            server.terminate()
            server.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
