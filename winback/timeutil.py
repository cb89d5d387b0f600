"""Parsing moments given by users: --as-of, CSV dates."""

from __future__ import annotations

import datetime as dt
import zoneinfo


def parse_moment(text: str, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    """An ISO 8601 date or datetime; naive means `tz`, a date its midnight.

    Raises ValueError with a message fit for the user.
    """
    value = text.strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return dt.datetime(day.year, day.month, day.day, tzinfo=tz)
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(
            f"{text!r} is not an ISO 8601 date or datetime (e.g. 2024-06-01 or 2024-06-01T09:30+03:00)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)
