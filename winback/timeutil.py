"""Parsing moments given by users: --as-of, CSV dates."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from winback.config import ImportSettings

UTC_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
SECOND = dt.timedelta(seconds=1)


def parse_moment(
    text: str, tz: zoneinfo.ZoneInfo, plausible: Plausible | None = None
) -> dt.datetime:
    """An ISO 8601 date or datetime; naive means `tz`, a date its midnight;
    within `plausible` if given.

    Raises ValueError with a message fit for the user.
    """
    moment = _parse_moment(text, tz)
    problem = plausible.problem(epoch_of(moment)) if plausible is not None else None
    if problem is not None:
        raise ValueError(f"{text!r} is {problem}")
    return moment


def _parse_moment(text: str, tz: zoneinfo.ZoneInfo) -> dt.datetime:
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


def standard_offset_seconds(tz: zoneinfo.ZoneInfo, moment: dt.datetime) -> int:
    """The time zone's standard offset (UTC offset less DST) at ``moment``, in
    seconds: what the BG/NBD model's purchase days are counted with."""
    local = moment.astimezone(tz)
    offset = local.utcoffset() or dt.timedelta()
    dst = local.dst() or dt.timedelta()
    return int((offset - dst).total_seconds())


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def epoch_of(moment: dt.datetime) -> int:
    """Unix seconds of an aware datetime (any year: no overflow)."""
    return (moment - UTC_EPOCH) // SECOND


@dataclass(frozen=True)
class Plausible:
    """The moments accepted in data and as ``--as-of``: from ``earliest``
    (midnight UTC) to ``days_ahead`` days after ``now``. Outside them a date
    is a typo or a placeholder (0001-01-01, 9999-12-31), which breaks date
    arithmetic near year 1 or 9999 and fills selection with empty months."""

    earliest: dt.date
    days_ahead: int
    now: dt.datetime

    @classmethod
    def of(cls, settings: ImportSettings, now: dt.datetime | None = None) -> Plausible:
        return cls(settings.earliest_date, settings.max_days_ahead, now or now_utc())

    @property
    def first(self) -> int:
        return epoch_of(dt.datetime.combine(self.earliest, dt.time(), dt.UTC))

    @property
    def last(self) -> int:
        return epoch_of(self.now) + self.days_ahead * 86_400

    def problem(self, seconds: int) -> str | None:
        """Why a moment (Unix seconds) is refused, or None."""
        if seconds < self.first:
            return (
                f"before {self.earliest.isoformat()} (UTC), the earliest date accepted "
                "([import] earliest_date)"
            )
        if seconds > self.last:
            return (
                f"more than {self.days_ahead} days in the future, the latest date accepted "
                "([import] max_days_ahead)"
            )
        return None
