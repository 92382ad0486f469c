"""A large workshop protocol: 30 agenda items, 60 participants, 12 phone-camera photos (12 MP each).

* ``protocol_pdf_ms``: ``build_protocol`` alone (reading the workshop excluded), median of 3.
* ``protocol_gui_ms`` and ``protocol_gui_stall_ms``: the Workshops page makes the same protocol the
  way the "Protokoll …" button does (read on the database worker, build on another worker); a 5 ms
  QTimer on the GUI thread records the longest gap between its ticks until the PDF is ready.
* ``protocol_pdf_cold_ms``: the same when the photos' print copies must be made first.
* ``sign_in_sheet_ms``: the sign-in sheet of the same workshop.

The workspace is built in a temporary folder first (not timed).
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run from a checkout without installing

PDF_LIMIT_MS = 1500.0
STALL_LIMIT_MS = 100.0
STALL_TICK_MS = 5
AGENDA_ITEMS = 30
PARTICIPANTS = 60
PHOTOS = 12
FIRST = ("Şükrü", "Олена", "أحمد", "Jana", "Lars", "Mustafa", "Zeynep", "Dirk", "Katrin", "Tran")
LAST = ("Yılmaz", "Коваленко", "الحسن", "Ludwig", "Franke", "Sultani", "Arslan", "Fuchs", "Albers", "Minh")


def emit(benchmark: str, value: float, unit: str, limit: float | None = None, **extra: Any) -> None:
    line: dict[str, Any] = {"benchmark": benchmark, "value": round(value, 1), "unit": unit}
    if limit is not None:
        line["target"] = f"<= {limit:g}"
        line["limit"] = limit
        line["ok"] = value <= limit
    line.update(extra)
    print(json.dumps(line, ensure_ascii=False), flush=True)


def build_workspace(folder: Path) -> tuple[Any, str]:
    import datetime as dt

    from PIL import Image, ImageDraw

    from lzz_desktop.domain import Actor
    from lzz_desktop.domain.enums import ActionStatus, ActorKind, FederalState, Sector, WorkshopFormat
    from lzz_desktop.records.districts import DistrictData
    from lzz_desktop.records.workshops import WorkshopData
    from lzz_desktop.services.workspace import Workspace

    workspace = Workspace.open(folder / "data", author="Benchmark")
    district_id = workspace.districts.create(
        DistrictData(name="Landkreis Goslar", state=FederalState.NIEDERSACHSEN)
    )
    sectors = list(Sector)
    with workspace.transaction() as session:
        orgs = []
        for i in range(12):
            org = Actor(
                district_id=district_id,
                kind=ActorKind.ORGANISATION,
                name=f"Organisation {i + 1} e.V.",
                sector=sectors[i % len(sectors)],
            )
            session.add(org)
            orgs.append(org)
        session.flush()
        persons = []
        for i in range(PARTICIPANTS):
            person = Actor(
                district_id=district_id,
                kind=ActorKind.PERSON,
                name=f"{FIRST[i % 10]} {LAST[(i * 3) % 10]}",
                sector=sectors[i % len(sectors)],
                organisation_id=orgs[i % len(orgs)].id,
            )
            session.add(person)
            persons.append(person)
        session.flush()
        person_ids = [p.id for p in persons]
    service = workspace.workshops
    start = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)
    workshop_id = service.create(
        district_id,
        WorkshopData(
            title="Abschlusskonferenz „Land.Zuhause.Zukunft“",
            format=WorkshopFormat.CONFERENCE,
            starts_at=start,
            ends_at=start + dt.timedelta(hours=6),
            venue="Kreishaus Goslar",
            moderation="Henrik Sandvoss",
            minute_taker="Lea Marquardt",
            goals="Ergebnisse vorstellen und verabreden, wie es weitergeht. " * 4,
        ),
    )
    for n in range(AGENDA_ITEMS):
        service.add_agenda_item(
            workshop_id,
            f"Tagesordnungspunkt {n + 1}: Wohnen, Arbeit und Bildung",
            notes="Diskussion in Kleingruppen mit Beiträgen aller Sektoren. " * 5,
            results="Vereinbart wurde ein nächster Schritt mit klarer Zuständigkeit. " * 2,
        )
    for actor_id in person_ids:
        service.add_attendance(workshop_id, actor_id=actor_id)
    for n in range(12):
        service.add_agreement(
            workshop_id, f"Vereinbarung {n + 1}: Die Arbeitsgruppe trifft sich quartalsweise."
        )
        service.add_action_item(
            workshop_id,
            f"Aufgabe {n + 1}: Konzeptabschnitt überarbeiten",
            responsible_actor_id=person_ids[n],
            due_on=dt.date(2026, 5, 1),
            status=ActionStatus.OPEN if n % 3 else ActionStatus.DONE,
        )
    for n in range(PHOTOS):
        photo = Image.new("RGB", (4000, 3000), (240, 238, 230))
        draw = ImageDraw.Draw(photo)
        for k in range(40):
            draw.rectangle(
                (100 + k * 90, 200 + (k * 37 % 2400), 160 + k * 90, 300 + (k * 37 % 2400)),
                fill=(30 + n * 15, 90, 140),
            )
        path = folder / f"flipchart-{n + 1}.jpg"
        photo.save(path, "JPEG", quality=88)
        service.add_attachment(workshop_id, path, caption=f"Flipchart {n + 1}")
    return workspace, workshop_id


def main() -> int:
    from lzz_desktop.reports.protocol import build_protocol, build_sign_in_sheet

    with tempfile.TemporaryDirectory(prefix="lzz-bench-workshops-") as tmp:
        folder = Path(tmp)
        workspace, workshop_id = build_workspace(folder)
        try:
            detail = workspace.workshops.get(workshop_id)
            times = []
            for run in range(3):
                started = time.perf_counter()
                pdf = build_protocol(detail, workspace.attachments, folder / f"protocol-{run}.pdf")
                times.append((time.perf_counter() - started) * 1000)
            emit(
                "protocol_pdf_ms",
                statistics.median(times),
                "ms",
                PDF_LIMIT_MS,
                max=round(max(times), 1),
                pdf_kb=round(pdf.stat().st_size / 1024),
                agenda_items=AGENDA_ITEMS,
                participants=PARTICIPANTS,
                photos=PHOTOS,
            )
            # Photos that arrived without their print copies (made at import otherwise): the first
            # protocol makes them.
            shutil.rmtree(workspace.attachments_dir / "print")
            started = time.perf_counter()
            pdf = build_protocol(detail, workspace.attachments, folder / "protocol-cold.pdf")
            emit(
                "protocol_pdf_cold_ms",
                (time.perf_counter() - started) * 1000,
                "ms",
                PDF_LIMIT_MS,
                note="print copies of the 12 photos made during the build",
            )
            shutil.copy(pdf, folder.parent / "lzz-bench-protocol.pdf") if "--keep" in sys.argv else None
            started = time.perf_counter()
            build_sign_in_sheet(detail, folder / "sign-in.pdf")
            emit("sign_in_sheet_ms", (time.perf_counter() - started) * 1000, "ms")
            gui_figures(workspace, workshop_id)
        finally:
            workspace.close()
    return 0


def gui_figures(workspace: Any, workshop_id: str) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from lzz_desktop.app import create_qapplication
    from lzz_desktop.ui.tasks import TaskRunner
    from lzz_desktop.ui.workshops.page import WorkshopsPage

    create_qapplication("de")
    tasks = TaskRunner()
    page = WorkshopsPage(workspace, tasks)
    stalls = []
    durations = []
    for _run in range(3):
        ticks = {"last": time.perf_counter(), "max_gap": 0.0}
        loop = QEventLoop()
        result: dict[str, Any] = {}

        def on_tick(ticks: dict[str, float] = ticks) -> None:
            now = time.perf_counter()
            ticks["max_gap"] = max(ticks["max_gap"], now - ticks["last"])
            ticks["last"] = now

        def on_ready(value: object, result: dict[str, Any] = result, loop: QEventLoop = loop) -> None:
            result["value"] = value
            result["at"] = time.perf_counter()
            loop.quit()

        timer = QTimer()
        timer.setInterval(STALL_TICK_MS)
        timer.timeout.connect(on_tick)
        page.document_ready.connect(on_ready)
        timer.start()
        started = time.perf_counter()
        ticks["last"] = started
        page.make_document(workshop_id, "protocol", show=False)
        loop.exec()
        timer.stop()
        page.document_ready.disconnect(on_ready)
        if isinstance(result.get("value"), Exception):
            raise result["value"]
        durations.append((result["at"] - started) * 1000)
        stalls.append(ticks["max_gap"] * 1000)
    emit(
        "protocol_gui_ms",
        statistics.median(durations),
        "ms",
        PDF_LIMIT_MS,
        note="button to PDF ready, read and build off the GUI thread",
    )
    emit(
        "protocol_gui_stall_ms",
        max(stalls),
        "ms",
        STALL_LIMIT_MS,
        note=f"longest gap between {STALL_TICK_MS} ms ticks on the GUI thread while the protocol is made",
    )
    tasks.wait_for_done()


if __name__ == "__main__":
    sys.exit(main())
