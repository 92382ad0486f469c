"""Cold start: from launching a fresh interpreter to the main window showing the first district of the
demo workspace, against the floor (a bare PySide6 window in a fresh interpreter).

The demo workspace is seeded once beforehand in a separate process, so seeding is not counted.
Each measurement runs from just before the child process is spawned until the parent reads the
child's line saying the window is on screen; median of ``--runs`` (one warm-up run of each kind is
discarded, so the first run does not pay for compiling byte code or filling the OS file cache).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import emit  # benchmarks/ is the script's own folder

HERE = Path(__file__).resolve().parent
CHILD = HERE / "cold_start_child.py"
RATIO_LIMIT = 2.0  # issue 11: cold start at most twice the bare-window floor
FIRST_PAGE_LIMIT_MS = 600.0  # issue 11: the first district page painted after launch, worst run
# Installed apps (wheels, the PyInstaller bundle) start from compiled byte code. A developer shell may
# set PYTHONDONTWRITEBYTECODE, which would make every start compile the app's own modules again;
# the children therefore cache byte code in a folder of their own, outside the checkout.
PYCACHE_DIR = Path(tempfile.gettempdir()) / "lzz-bench-pycache"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE_DIR)
    return env


def seed_demo_workspace(data_dir: Path) -> None:
    """Seed in a separate interpreter, then open once more so the daily backup is made now."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from lzz_desktop.services.opening import open_workspace\n"
        "from lzz_desktop.settings import Settings\n"
        "folder = Path(sys.argv[1])\n"
        "open_workspace(folder, True, Settings()).close()\n"
        "open_workspace(folder, True, Settings()).close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(data_dir)], check=True, stdout=sys.stderr)


def time_child(args: list[str], timeout: float = 90.0) -> tuple[float, dict[str, float]]:
    """Milliseconds from spawning ``cold_start_child.py args`` until it reports the window shown;
    the app child reports its first district page on a second line (``phases_ms``)."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdout=subprocess.PIPE,
        stderr=sys.stderr,
        text=True,
        env=child_env(),
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    if line and json.loads(line).get("event") == "window_shown":
        second = child.stdout.readline()
        line = second or line
    try:
        child.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
        raise
    if not line:
        raise RuntimeError(f"cold_start_child.py {' '.join(args)} exited {child.returncode} without a window")
    report = json.loads(line)
    return elapsed, report.get("phases_ms", {})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="cold start against the bare PySide6 floor")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lzz-bench-demo-") as tmp:
        data_dir = Path(tmp)
        started = time.perf_counter()
        seed_demo_workspace(data_dir)
        seed_ms = (time.perf_counter() - started) * 1000
        time_child(["floor"])  # warm-up runs, discarded
        time_child(["app", str(data_dir)])
        floor: list[float] = []
        cold: list[float] = []
        phases: list[dict[str, float]] = []
        for _ in range(args.runs):  # interleaved, so drift in machine load hits both alike
            floor.append(time_child(["floor"])[0])
            elapsed, child_phases = time_child(["app", str(data_dir)])
            cold.append(elapsed)
            phases.append(child_phases)
        print(f"floor runs (ms): {[round(v) for v in floor]}", file=sys.stderr)
        print(f"cold runs (ms):  {[round(v) for v in cold]}", file=sys.stderr)
    floor_ms = statistics.median(floor)
    cold_ms = statistics.median(cold)
    ratio = cold_ms / floor_ms
    emit(
        "cold_start_ms",
        cold_ms,
        "ms",
        target=f"<= {RATIO_LIMIT:g}x floor",
        ok=ratio <= RATIO_LIMIT,
        runs=[round(v, 1) for v in cold],
    )
    emit("floor_start_ms", floor_ms, "ms", runs=[round(v, 1) for v in floor])
    emit("cold_start_ratio", ratio, "x floor", limit=RATIO_LIMIT, target=f"<= {RATIO_LIMIT:g}")
    for key in (
        "imports",
        "qapplication",
        "main_window",
        "window_shown",
        "open_workspace_and_first_page",
        "first_page",
    ):
        values = [p[key] for p in phases if key in p]
        if values:
            emit(f"cold_start_phase_{key}_ms", statistics.median(values), "ms")
    first_pages = [p["first_page"] for p in phases if "first_page" in p]
    if first_pages:
        emit(
            "first_page_after_launch_ms",
            max(first_pages),
            "ms",
            limit=FIRST_PAGE_LIMIT_MS,
            target=f"<= {FIRST_PAGE_LIMIT_MS:g} ms, slowest of {len(first_pages)} launches (demo workspace)",
            min=round(min(first_pages), 1),
            median=round(statistics.median(first_pages), 1),
            max=round(max(first_pages), 1),
        )
    emit("demo_seed_ms", seed_ms, "ms", note="seeding the demo workspace once, not part of cold start")
    return 0


if __name__ == "__main__":
    sys.exit(main())
