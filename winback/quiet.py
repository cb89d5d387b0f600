"""Quiet hours: no message at night in the client's time zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from winback.config import QuietHours


def client_zone(name: str | None, fallback: zoneinfo.ZoneInfo) -> zoneinfo.ZoneInfo:
    if name:
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass  # the CRM's value is unusable: the configured zone is the safe guess
    return fallback


def quiet_until(
    now: dt.datetime, quiet: QuietHours | None, tz: zoneinfo.ZoneInfo
) -> dt.datetime | None:
    """The end of the quiet period (UTC) if `now` falls in one, else None.

    ``start`` > ``end`` (21:00–09:00) wraps midnight; ``start`` < ``end``
    (13:00–15:00) is one stretch of a day.
    """
    if quiet is None:
        return None
    local = now.astimezone(tz)
    t = local.time().replace(tzinfo=None)
    start, end = quiet.start_time, quiet.end_time
    inside = (start <= t < end) if start < end else (t >= start or t < end)
    if not inside:
        return None
    day = local.date()
    if t >= end:  # past the end today (only in a wrapping period, before midnight)
        day += dt.timedelta(days=1)
    # Wall time in the zone; zoneinfo resolves a DST gap or fold (fold=0).
    wake = dt.datetime.combine(day, end, tzinfo=tz)
    return wake.astimezone(dt.UTC)
