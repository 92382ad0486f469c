"""Stakeholder map speed on a large district: 2,000 actors and 6,000 relationships.

Prints one JSON line per figure: opening the sector map (read + layout + scene + first frame),
one frame of pan and of zoom (median of 30), and the automatic network layout.
Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_stakeholders.py [--png FOLDER]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ACTORS, RELATIONSHIPS = 2000, 6000


def report(name: str, value: float, target: float, unit: str = "ms") -> None:
    print(
        json.dumps(
            {
                "benchmark": name,
                "value": round(value, 1),
                "unit": unit,
                "target": f"<= {target:g}",
                "ok": value <= target,
            }
        ),
        flush=True,
    )


def populate(workspace: object, district_id: str) -> None:
    from lzz_desktop.domain import Actor, Relationship
    from lzz_desktop.domain.enums import ActorKind, RelationshipKind, Sector
    from lzz_desktop.services.outbox import SUPPRESS_KEY

    rng = random.Random(2000)
    with workspace.transaction() as session:  # type: ignore[attr-defined]
        session.info[SUPPRESS_KEY] = True
        actors = [
            Actor(
                district_id=district_id,
                kind=rng.choice(list(ActorKind)),
                name=f"Akteur {i:04d} {rng.choice(['Verein', 'Amt', 'Initiative', 'GmbH', 'Netzwerk'])}",
                sector=rng.choice(list(Sector)),
                role="Funktion",
                influence=rng.randint(0, 4),
                attitude=rng.randint(-2, 2),
                interest=rng.randint(0, 4),
            )
            for i in range(ACTORS)
        ]
        session.add_all(actors)
        session.flush()
        seen: set[tuple[str, str, RelationshipKind]] = set()
        rels: list[Any] = []
        while len(rels) < RELATIONSHIPS:
            a, b = rng.sample(actors, 2)
            kind = rng.choice(list(RelationshipKind))
            key = (min(a.id, b.id), max(a.id, b.id), kind)
            if key in seen:
                continue
            seen.add(key)
            rels.append(
                Relationship(
                    district_id=district_id,
                    source_id=a.id,
                    target_id=b.id,
                    kind=kind,
                    strength=rng.randint(1, 3),
                    directed=rng.random() < 0.3,
                )
            )
        session.add_all(rels)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--png", type=Path, help="also save the map at this size as PNG into this folder")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from lzz_desktop.app import create_qapplication
    from lzz_desktop.domain.enums import FederalState
    from lzz_desktop.records.districts import DistrictData
    from lzz_desktop.records.layout import network_layout, sector_layout
    from lzz_desktop.records.stakeholders import SECTOR_MAP
    from lzz_desktop.reports.map.style import MapMode
    from lzz_desktop.services.workspace import Workspace
    from lzz_desktop.ui.stakeholders.map_panel import MapPanel

    create_qapplication("de")
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Workspace.open(Path(tmp))
        district_id = workspace.districts.create(DistrictData(name="Großkreis", state=FederalState.BAYERN))
        populate(workspace, district_id)

        panel = MapPanel(MapMode.SECTOR)
        panel.resize(1280, 800)
        panel.show()
        QApplication.processEvents()

        start = time.perf_counter()
        data = workspace.stakeholder_maps.load(district_id)
        default = sector_layout(data.actors)
        panel.show_map(
            data, {a.id: data.position(SECTOR_MAP, a.id, default) for a in data.actors}, "Großkreis"
        )
        panel.view.viewport().grab()  # the first frame on screen
        report("sector_map_open_ms", (time.perf_counter() - start) * 1000, 1000)

        view = panel.view
        viewport = view.viewport()

        def frame_times(step: object, n: int = 30) -> list[float]:
            times = []
            for i in range(n):
                step(i)  # type: ignore[operator]
                t0 = time.perf_counter()
                viewport.grab()
                times.append((time.perf_counter() - t0) * 1000)
            return times

        pan = frame_times(
            lambda i: view.horizontalScrollBar().setValue(
                view.horizontalScrollBar().value() + (8 if i % 2 else -8)
            )
        )
        report("sector_map_pan_frame_ms", statistics.median(pan), 16)
        zoom = frame_times(lambda i: view.zoom(1.05 if i < 15 else 1 / 1.05))
        report("sector_map_zoom_frame_ms", statistics.median(zoom), 16)
        # once zooming stops, the cached pictures are redrawn sharp at the new scale (one-off)
        view.zoom(2.0)
        viewport.grab()
        start = time.perf_counter()
        panel.scene.refine()
        viewport.grab()
        report("sector_map_sharpen_after_zoom_ms", (time.perf_counter() - start) * 1000, 500)
        view.fit()
        view.zoom(4.0)  # close up: labels are drawn
        close = frame_times(
            lambda i: view.horizontalScrollBar().setValue(
                view.horizontalScrollBar().value() + (8 if i % 2 else -8)
            )
        )
        report("sector_map_pan_frame_zoomed_in_ms", statistics.median(close), 16)
        view.fit()
        if args.png:
            args.png.mkdir(parents=True, exist_ok=True)
            viewport.grab().save(str(args.png / "bench_map_2000.png"))
            view.zoom(4.0)
            viewport.grab().save(str(args.png / "bench_map_2000_zoomed.png"))

        # The first layout loads networkx and scipy (once per helper process); then three more.
        runs = []
        for _ in range(4):
            start = time.perf_counter()
            network_layout(data.actors, data.relationships)
            runs.append((time.perf_counter() - start) * 1000)
        cold, warm = runs[0], runs[1:]
        print(
            json.dumps(
                {
                    "benchmark": "network_layout_ms",
                    "value": round(max(warm), 1),
                    "unit": "ms",
                    "target": f"<= 1000, slowest of {len(warm)} layouts of {len(data.actors)} actors",
                    "ok": max(warm) <= 1000,
                    "min": round(min(warm), 1),
                    "median": round(statistics.median(warm), 1),
                    "max": round(max(warm), 1),
                    "first_with_imports": round(cold, 1),
                }
            )
        )
        panel.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
