"""Runs every benchmark in a fresh interpreter and relays their figures (``make bench``).

stdout carries one JSON line per figure, nothing else; where a figure has a target the line says
whether it was met (``"ok"``). A summary table goes to stderr. The exit code is 0 even when a
target is missed; it is 1 only when a benchmark script itself failed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# The generator comes first, so the large workspace exists before anything is timed.
SCRIPTS = (
    "large_workspace.py",
    "bench_startup.py",
    "bench_open_district.py",
    "bench_workshops.py",
    "bench_concepts.py",
    "bench_stakeholders.py",
    "bench_sync.py",
    "bench_sync_switch.py",
    "bench_search.py",
    "bench_programme.py",
    "bench_central_memory.py",
)
TIMEOUT_S = 900
# Workspaces are encrypted (issue 14); a benchmark machine has no keyring to ask, so its
# workspaces take their key from a passphrase, as a headless run does.
os.environ.setdefault("LZZ_DESKTOP_PASSPHRASE", "benchmark-passphrase")


def _with_verdict(figure: dict[str, Any]) -> dict[str, Any]:
    if "ok" not in figure and isinstance(figure.get("limit"), int | float):
        figure["ok"] = figure["value"] <= figure["limit"]
    return figure


def run_script(name: str) -> tuple[list[dict[str, Any]], bool]:
    """The figures ``name`` printed, and whether it succeeded."""
    print(f"== {name}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    try:
        completed = subprocess.run(
            [sys.executable, str(HERE / name)],
            stdout=subprocess.PIPE,
            stderr=sys.stderr,
            text=True,
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        print(f"{name}: timed out after {TIMEOUT_S} s", file=sys.stderr)
        return [], False
    figures = []
    for line in completed.stdout.splitlines():
        if not line.strip():
            continue
        try:
            figure = json.loads(line)
        except ValueError:
            print(f"{name}: not a JSON line: {line!r}", file=sys.stderr)
            continue
        figure = _with_verdict(figure)
        figures.append(figure)
        print(json.dumps(figure, ensure_ascii=False), flush=True)
    print(f"   {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    if completed.returncode != 0:
        print(f"{name}: exit code {completed.returncode}", file=sys.stderr)
    return figures, completed.returncode == 0


def summary(figures: list[dict[str, Any]]) -> str:
    rows = []
    for figure in figures:
        verdict = "" if "ok" not in figure else ("ok" if figure["ok"] else "MISSED")
        target = str(figure.get("target", ""))
        rows.append(
            f"{figure['benchmark']:<36} {figure['value']:>10} {figure['unit']:<8} {target:<18} {verdict}"
        )
    return "\n".join(rows)


def main() -> int:
    figures: list[dict[str, Any]] = []
    failed = []
    for name in SCRIPTS:
        script_figures, ok = run_script(name)
        figures.extend(script_figures)
        if not ok:
            failed.append(name)
    print("\n" + summary(figures), file=sys.stderr)
    missed = [f["benchmark"] for f in figures if f.get("ok") is False]
    if missed:
        print(f"\ntargets missed: {', '.join(missed)}", file=sys.stderr)
    if failed:
        print(f"\nbenchmarks failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
