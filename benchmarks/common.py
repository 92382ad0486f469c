"""What every benchmark script shares: one JSON line per figure on stdout."""

from __future__ import annotations

import json
from typing import Any


def emit(benchmark: str, value: float, unit: str, limit: float | None = None, **extra: Any) -> None:
    """Print one figure; with ``limit`` it carries the target and whether it was met."""
    line: dict[str, Any] = {"benchmark": benchmark, "value": round(value, 2), "unit": unit}
    if limit is not None:
        line["target"] = extra.pop("target", f"<= {limit:g} {unit}")
        line["limit"] = limit
        line["ok"] = value <= limit
    line.update(extra)
    print(json.dumps(line, ensure_ascii=False), flush=True)
