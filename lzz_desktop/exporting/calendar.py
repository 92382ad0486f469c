"""A workshop as an iCalendar file (.ics) for invitations: on the district's clock
(``DTSTART;TZID=Europe/Berlin`` with its VTIMEZONE), with a SEQUENCE that rises when the time or
the place change, so calendars that hold the invitation move it instead of keeping the old one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from lzz_desktop import PROGRAMME_NAME
from lzz_desktop.domain.enums import WorkshopStatus
from lzz_desktop.domain.wallclock import district_date, district_time
from lzz_desktop.exporting.slug import slugify
from lzz_desktop.fileio import write_bytes
from lzz_desktop.records.workshops import WorkshopDetail

INVITATIONS = "invitations"


def workshop_ics(detail: WorkshopDetail, stamp: dt.datetime | None = None) -> bytes:
    data = detail.data
    calendar = Calendar()
    calendar.add("prodid", "-//LZZ Desktop//Land.Zuhause.Zukunft//DE")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{detail.id}@lzz-desktop")
    event.add("dtstamp", stamp or dt.datetime.now(dt.UTC))
    event.add("sequence", detail.calendar_sequence)
    event.add("dtstart", district_time(data.starts_at))
    event.add("dtend", district_time(data.ends_at or data.starts_at + dt.timedelta(hours=2)))
    event.add("summary", data.title)
    if data.status == WorkshopStatus.CANCELLED:
        event.add("status", "CANCELLED")
    if data.venue:
        event.add("location", data.venue)
    lines = [f"{PROGRAMME_NAME} – {detail.district_name}"]
    if data.goals.strip():
        lines += ["", data.goals.strip()]
    if detail.agenda:
        lines += ["", *(f"TOP {n}: {a.title}" for n, a in enumerate(detail.agenda, start=1))]
    event.add("description", "\n".join(lines))
    calendar.add_component(event)
    calendar.add_missing_timezones()  # the VTIMEZONE of Europe/Berlin, from zoneinfo
    ical: bytes = calendar.to_ical()
    return ical


def write_workshop_ics(detail: WorkshopDetail, target: Path) -> Path:
    write_bytes(target, workshop_ics(detail))
    return target


def invitation_name(detail: WorkshopDetail) -> str:
    """``2026-03-04_fachworkshop-wohnen.ics``: the day on the district's clock and the title."""
    return f"{district_date(detail.data.starts_at).isoformat()}_{slugify(detail.data.title)}.ics"
