"""Workshop times on the district's clock: the same on every laptop, in calendar files with
TZID=Europe/Berlin and a VTIMEZONE, a SEQUENCE that rises when time or place change, and an
invitation per planned workshop in the export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from lzz_desktop.domain.enums import WorkshopStatus
from lzz_desktop.exporting import export_district_bundle
from lzz_desktop.exporting.calendar import workshop_ics
from lzz_desktop.services.workspace import Workspace
from tests.workshop_fixtures import make_district, workshop_data

ROOT = Path(__file__).resolve().parents[2]
WINTER = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)  # 10:00 in Goslar (CET)
SUMMER = dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.UTC)  # 10:00 in Goslar (CEST)


def ics_text(workspace: Workspace, workshop_id: str) -> str:
    return workspace_ics(workspace, workshop_id).decode()


def workspace_ics(workspace: Workspace, workshop_id: str) -> bytes:
    return workshop_ics(workspace.workshops.get(workshop_id))


@pytest.mark.parametrize("start", [WINTER, SUMMER], ids=["winter", "summer"])
def test_calendar_file_is_on_the_districts_clock_with_its_time_zone(
    workspace: Workspace, start: dt.datetime
) -> None:
    district = make_district(workspace)
    wid = workspace.workshops.create(district.id, workshop_data(start=start))
    text = ics_text(workspace, wid)
    assert "DTSTART;TZID=Europe/Berlin:2026" in text and "T100000" in text, text
    assert "DTEND;TZID=Europe/Berlin:" in text and "T130000" in text
    calendar = Calendar.from_ical(text)
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Berlin"]
    assert zones[0].walk("STANDARD") and zones[0].walk("DAYLIGHT")  # winter and summer rules
    event = calendar.walk("VEVENT")[0]
    assert event.decoded("DTSTART") == start  # the same instant
    assert event["UID"] == f"{wid}@lzz-desktop"


def test_sequence_rises_when_time_or_place_change_and_not_for_a_title(workspace: Workspace) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    wid = service.create(district.id, workshop_data(start=WINTER))

    def sequence() -> int:
        return int(str(Calendar.from_ical(workspace_ics(workspace, wid)).walk("VEVENT")[0]["SEQUENCE"]))

    assert sequence() == 0
    data = service.get(wid).data
    service.update(wid, dataclasses.replace(data, title="Fachworkshop Wohnen und Arbeit"))
    assert sequence() == 0
    data = service.get(wid).data
    service.update(wid, dataclasses.replace(data, starts_at=WINTER + dt.timedelta(hours=1)))
    assert sequence() == 1
    data = service.get(wid).data
    service.update(wid, dataclasses.replace(data, venue="Rathaus Oker"))
    assert sequence() == 2
    data = service.get(wid).data
    service.update(wid, dataclasses.replace(data, goals="Neue Ziele"))
    assert sequence() == 2


def test_export_writes_an_invitation_for_each_planned_workshop(workspace: Workspace, tmp_path: Path) -> None:
    district = make_district(workspace)
    service = workspace.workshops
    planned = service.create(district.id, workshop_data("Fachworkshop Wohnen", start=SUMMER))
    held = service.create(district.id, workshop_data("Auftakt", start=WINTER))
    service.update(held, dataclasses.replace(service.get(held).data, status=WorkshopStatus.HELD))
    folder = export_district_bundle(workspace, district.id, tmp_path / "out")
    invitations = sorted(p.name for p in (folder / "invitations").iterdir())
    assert invitations == ["2026-07-01_fachworkshop-wohnen.ics"]
    event = Calendar.from_ical((folder / "invitations" / invitations[0]).read_bytes()).walk("VEVENT")[0]
    assert event["UID"] == f"{planned}@lzz-desktop"


SHOWN = """
import datetime as dt
from lzz_desktop.ui.workshops.editor import _pydatetime, _qdatetime
from lzz_desktop.reports.texts import Texts
from lzz_desktop.domain.wallclock import district_time
for start in (dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC), dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.UTC)):
    shown = _qdatetime(start)
    assert _pydatetime(shown) == start, (_pydatetime(shown), start)
    print(shown.toString("yyyy-MM-dd HH:mm"), Texts("de").time_range(district_time(start), None))
"""


def test_the_same_workshop_shows_the_same_time_on_laptops_in_other_time_zones() -> None:
    """The editor's date-time field and the printed time read 10:00 whether the laptop is set to
    Berlin, New York or Kolkata; what is typed there is read back as the same instant."""
    shown = {}
    for zone in ("Europe/Berlin", "America/New_York", "Asia/Kolkata"):
        env = {**os.environ, "TZ": zone, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, "-c", SHOWN], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
        )
        assert out.returncode == 0, out.stderr
        shown[zone] = out.stdout.split("\n")
    assert shown["Europe/Berlin"][:2] == ["2026-03-04 10:00 10:00 Uhr", "2026-07-01 10:00 10:00 Uhr"]
    assert shown["America/New_York"] == shown["Europe/Berlin"] == shown["Asia/Kolkata"]
