"""The programme office's views on the large synthetic workspace (40 districts, see
``large_workspace.py``), without Qt — they are read on the database worker, so the window waits
for them but never freezes:

* ``programme_overview_s``: ``overview()`` over every district (the Programmübersicht);
* ``conference_report_s``: ``phase_report()`` for a phase of 10 districts and its PDF.

Each five times; the target is for the slowest run. The phase is made on a copy of the cached
workspace, which stays untouched.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from common import emit  # benchmarks/ is the script's own folder

RUNS = 5
OVERVIEW_LIMIT_S = 2.0
REPORT_LIMIT_S = 5.0


def _timed(action: object, runs: int = RUNS) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return times


def _emit(name: str, times: list[float], limit: float, **extra: object) -> None:
    emit(
        name,
        round(max(times), 2),
        "s",
        limit=limit,
        target=f"<= {limit:g} s, slowest of {len(times)}",
        min=round(min(times), 2),
        median=round(statistics.median(times), 2),
        max=round(max(times), 2),
        **extra,
    )


def main() -> int:
    from large_workspace import ensure_cached

    from lzz_desktop.reports.conference import render_conference_report
    from lzz_desktop.services import Workspace
    from lzz_desktop.services.phases import PhaseData
    from lzz_desktop.services.programme import overview, phase_report

    cached, _marker = ensure_cached()
    with tempfile.TemporaryDirectory(prefix="lzz-bench-programme-") as folder:
        data_dir = Path(folder) / "daten"
        shutil.copytree(cached, data_dir)
        workspace = Workspace.open(data_dir)
        try:
            ids = [d.id for d in workspace.districts.list()]
            workspace.phases.create(PhaseData("Benchmarkphase", 2025, 2026), ids[:10])
            times = _timed(lambda: overview(workspace))
            _emit("programme_overview_s", times, OVERVIEW_LIMIT_S, districts=len(ids))
            pages: list[int] = []

            def report() -> None:
                pdf = render_conference_report(phase_report(workspace, "Benchmarkphase"))
                pages.append(pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page"))

            times = _timed(report)
            _emit("conference_report_s", times, REPORT_LIMIT_S, districts=10, bytes_pages=pages[-1])
        finally:
            workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
