"""A workshop as an iCalendar file (.ics) for invitations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from lzz_desktop import PROGRAMME_NAME
from lzz_desktop.fileio import write_bytes
from lzz_desktop.records.workshops import WorkshopDetail


def workshop_ics(detail: WorkshopDetail) -> bytes:
    data = detail.data
    calendar = Calendar()
    calendar.add("prodid", "-//LZZ Desktop//Land.Zuhause.Zukunft//DE")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{detail.id}@lzz-desktop")
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("dtstart", data.starts_at.astimezone(dt.UTC))
    event.add("dtend", (data.ends_at or data.starts_at + dt.timedelta(hours=2)).astimezone(dt.UTC))
    event.add("summary", data.title)
    if data.venue:
        event.add("location", data.venue)
    lines = [f"{PROGRAMME_NAME} – {detail.district_name}"]
    if data.goals.strip():
        lines += ["", data.goals.strip()]
    if detail.agenda:
        lines += ["", *(f"TOP {n}: {a.title}" for n, a in enumerate(detail.agenda, start=1))]
    event.add("description", "\n".join(lines))
    calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical


def write_workshop_ics(detail: WorkshopDetail, target: Path) -> Path:
    write_bytes(target, workshop_ics(detail))
    return target
