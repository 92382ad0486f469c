"""Workshop times are wall-clock times of the district: a workshop at 10:00 in Goslar is shown,
printed and put into calendars as 10:00 on every laptop, whatever time zone the laptop is set to.

The database and the sync keep the instant (UTC), which is unambiguous and the same everywhere;
this module is the one place that turns it into the district's clock and back. Every district of
the programme is in Germany, so the district's zone is Europe/Berlin (a constant, not a setting:
a laptop's zone must not matter)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

DISTRICT_ZONE_NAME = "Europe/Berlin"
DISTRICT_ZONE = ZoneInfo(DISTRICT_ZONE_NAME)


def district_time(instant: dt.datetime) -> dt.datetime:
    """The instant on the district's clock (aware, Europe/Berlin); a naive value is taken as UTC."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=dt.UTC)
    return instant.astimezone(DISTRICT_ZONE)


def from_district_time(wall: dt.datetime) -> dt.datetime:
    """The instant (UTC) of a wall-clock time typed for the district; an aware value keeps its
    instant."""
    if wall.tzinfo is None:
        wall = wall.replace(tzinfo=DISTRICT_ZONE)
    return wall.astimezone(dt.UTC)


def district_date(instant: dt.datetime) -> dt.date:
    """The day of the instant in the district."""
    return district_time(instant).date()


def district_today() -> dt.date:
    return dt.datetime.now(DISTRICT_ZONE).date()
