"""Campaign schedules: 5-field cron expressions read as cron reads them, as
APScheduler 3 triggers in the configured time zone.

APScheduler's own ``CronTrigger`` differs from cron in three ways, all
corrected here: it reads day-of-week 0 as Monday (cron: 0 and 7 are Sunday),
it requires both day-of-month and day-of-week to match when both are given
(cron: either), and on daylight-saving days it fires twice in the repeated
hour and can return a time that does not exist.

Daylight saving (the times are wall-clock times in the zone):

* A schedule with a fixed hour (the hour field does not start with ``*``)
  fires once per scheduled wall time. A time that the spring change skips
  (02:30 in Europe/Berlin) fires at the first moment after the gap (03:00);
  a time that the autumn change repeats fires once, at its first occurrence
  (02:30 summer time).
* A schedule whose hour field starts with ``*`` (``0 * * * *``, ``*/15 */2 * * *``)
  follows real time: once per real hour across both changes, so the skipped
  hour's times do not fire and the repeated hour's times fire in both passes.

That is the rule of Vixie cron, except that cron treats a minute ``*`` like an
hour ``*``. Like cron, a day-of-month or day-of-week field that starts with
``*`` counts as unrestricted (``*/2`` too) for the either-or rule.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger

from winback.errors import UsageError

UTC = dt.UTC
MAX_FIRE_TIMES = 10_000
_TICK = dt.timedelta(microseconds=1)
# UTC offsets are probed every 3 hours for 30 hours beside an instant: no zone
# changes its offset twice within three hours.
_PROBE_STEP = dt.timedelta(hours=3)
_PROBES = 10
# latest_fire looks back in windows of at most this many fire times (< MAX_FIRE_TIMES).
_MAX_WINDOW = dt.timedelta(days=6)

ALIASES = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ITEM = re.compile(r"^(?:(\*)|(\w+)(?:-(\w+))?)(?:/(\w+))?$")


class CronError(UsageError, ValueError):
    """The schedule is not a valid cron expression."""


@dataclass(frozen=True)
class _Field:
    name: str
    low: int
    high: int
    names: tuple[str, ...] = ()  # names[i] stands for low + i

    def value(self, text: str, *, range_end: bool = False) -> int:
        lowered = text.lower()
        if lowered in self.names:
            number = self.names.index(lowered) + self.low
            # "fri-sun": Sunday closes a range as 7
            return 7 if range_end and self.name == "day-of-week" and number == 0 else number
        if not text.isascii() or not text.isdigit():
            raise CronError(f"{self.name} {text!r} is not a number{self._or_name()}")
        number = int(text)
        if not self.low <= number <= self.high:
            raise CronError(f"{self.name} {number} is out of range {self.low}-{self.high}")
        return number

    def _or_name(self) -> str:
        return f" or a name ({self.names[0]}, {self.names[1]}, …)" if self.names else ""

    def parse(self, text: str) -> frozenset[int]:
        values: set[int] = set()
        for item in text.split(","):
            values.update(self._item(item))
        return frozenset(values)

    def _item(self, item: str) -> range:
        match = _ITEM.match(item)
        if not match:
            raise CronError(
                f"{self.name} {item!r} is not a number, range (a-b), step (*/n, a-b/n) or list"
            )
        star, first, last, step_text = match.groups()
        step = 1
        if step_text is not None:
            if not step_text.isascii() or not step_text.isdigit() or int(step_text) < 1:
                raise CronError(f"{self.name} step {step_text!r} is not a whole number from 1")
            step = int(step_text)
        if star:
            return range(self.low, self.high + 1, step)
        start = self.value(first)
        if last is None:
            end = self.high if step_text is not None else start  # "5/15" runs to the end
        else:
            end = self.value(last, range_end=True)
            if end < start:
                raise CronError(f"{self.name} range {first}-{last} runs backwards")
        return range(start, end + 1, step)


_FIELDS = (
    _Field("minute", 0, 59),
    _Field("hour", 0, 23),
    _Field("day-of-month", 1, 31),
    _Field("month", 1, 12, _MONTHS),
    _Field("day-of-week", 0, 7, _DAYS),
)


@dataclass(frozen=True)
class Cron:
    """A parsed expression: the values each field allows (day-of-week 0 =
    Sunday, 7 folded into 0) and which fields start with ``*``."""

    expression: str
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]
    any_day: bool  # day-of-month starts with *
    any_weekday: bool  # day-of-week starts with *
    any_hour: bool  # hour starts with *: follows real time across DST changes

    @property
    def either_day(self) -> bool:
        """Both day fields restricted: a day matching either fires."""
        return not (self.any_day or self.any_weekday)


def parse_cron(expression: str) -> Cron:
    """Parse a 5-field expression (or an @alias); CronError says what is wrong."""
    if not isinstance(expression, str):
        raise CronError('the schedule must be a string such as "0 10 * * mon-fri"')
    text = expression.strip()
    if text.startswith("@"):
        if text.lower() == "@reboot":
            raise CronError("@reboot is not supported: a schedule needs times to run at")
        if text.lower() not in ALIASES:
            raise CronError(f"{text!r} is not a known alias ({', '.join(ALIASES)})")
        text = ALIASES[text.lower()]
    parts = text.split()
    if len(parts) != len(_FIELDS):
        if not parts:
            raise CronError("the schedule is empty")
        raise CronError(
            f"expected 5 fields (minute hour day-of-month month day-of-week), got {len(parts)}"
        )
    minutes, hours, days, months, weekdays = (
        spec.parse(part) for spec, part in zip(_FIELDS, parts, strict=True)
    )
    cron = Cron(
        expression=expression,
        minutes=minutes,
        hours=hours,
        days=days,
        months=months,
        weekdays=frozenset(day % 7 for day in weekdays),
        any_day=parts[2].startswith("*"),
        any_weekday=parts[4].startswith("*"),
        any_hour=parts[1].startswith("*"),
    )
    _check_day_occurs(cron)
    return cron


def _days_occur(cron: Cron) -> bool:
    """Whether some day of the day-of-month field falls in one of the months."""
    return min(cron.days) <= max(_DAYS_IN_MONTH[month - 1] for month in cron.months)


def _check_day_occurs(cron: Cron) -> None:
    """Cron accepts "0 0 31 2 *" and never runs it; say so instead."""
    if not cron.either_day and not _days_occur(cron):
        months = ", ".join(_MONTHS[m - 1] for m in sorted(cron.months))
        raise CronError(f"day-of-month {min(cron.days)} never occurs in {months}")


def _spec(values: frozenset[int], low: int, high: int, names: tuple[str, ...] = ()) -> str:
    if values == frozenset(range(low, high + 1)):
        return "*"
    return ",".join(names[v] if names else str(v) for v in sorted(values))


def _wall_triggers(cron: Cron) -> tuple[CronTrigger, ...]:
    """CronTriggers that find matching wall-clock times: they run on naive
    local times dressed as UTC, where no DST change can get in the way."""
    common: dict[str, Any] = {
        "second": "0",
        "minute": _spec(cron.minutes, 0, 59),
        "hour": _spec(cron.hours, 0, 23),
        "month": _spec(cron.months, 1, 12),
        "timezone": UTC,
    }
    days = _spec(cron.days, 1, 31)
    weekdays = _spec(cron.weekdays, 0, 6, _DAYS)  # by name: APScheduler's 0 is Monday
    if cron.either_day:
        by_weekday = CronTrigger(day="*", day_of_week=weekdays, **common)
        if not _days_occur(cron):  # "30 2 mon": APScheduler would search to year 9999
            return (by_weekday,)
        return (CronTrigger(day=days, day_of_week="*", **common), by_weekday)
    return (CronTrigger(day=days, day_of_week=weekdays, **common),)


class CronSchedule(BaseTrigger):
    """An APScheduler trigger for one cron expression in one time zone."""

    def __init__(self, cron: Cron, tz: zoneinfo.ZoneInfo) -> None:
        self.cron = cron
        self.timezone = tz
        self._walls = _wall_triggers(cron)

    def __str__(self) -> str:
        return f"cron[{self.cron.expression!r} in {self.timezone}]"

    def __repr__(self) -> str:
        return f"<CronSchedule {self.cron.expression!r} timezone={str(self.timezone)!r}>"

    def get_next_fire_time(
        self, previous_fire_time: dt.datetime | None, now: dt.datetime
    ) -> dt.datetime | None:
        # As APScheduler's CronTrigger: missed times after the previous one are
        # returned (the scheduler's misfire grace decides about them).
        # (In UTC: aware arithmetic in the zone is wall-clock arithmetic and
        # loses the fold of a repeated hour.)
        start = _aware(now, "now").astimezone(UTC)
        if previous_fire_time is not None:
            start = min(start, _aware(previous_fire_time, "previous").astimezone(UTC) + _TICK)
        return self.next_after(start - _TICK)

    def next_after(self, after: dt.datetime) -> dt.datetime | None:
        """The first fire time strictly after ``after`` (aware), in the zone."""
        moment = _aware(after, "after").astimezone(UTC)
        wall: dt.datetime | None = self._earliest_wall_after(moment)
        best: dt.datetime | None = None
        stop: dt.datetime | None = None
        while True:
            wall = self._next_wall(wall) if wall is not None else None
            if wall is None or (stop is not None and wall > stop):
                return best.astimezone(self.timezone) if best is not None else None
            for instant in self._instants(wall):
                if instant > moment and (best is None or instant < best):
                    best = instant
                    # A later wall time cannot map to an instant before `best`.
                    stop = _naive(best + self._largest_offset_before(best, moment))

    def fires_between(
        self, start: dt.datetime, end: dt.datetime, limit: int = MAX_FIRE_TIMES
    ) -> list[dt.datetime]:
        """Fire times t with start < t <= end, ascending, at most ``limit``."""
        end = _aware(end, "end").astimezone(UTC)  # compared in UTC: see above
        times: list[dt.datetime] = []
        current = self.next_after(start)
        while current is not None and current.astimezone(UTC) <= end and len(times) < limit:
            times.append(current)
            current = self.next_after(current)
        return times

    def latest_between(
        self, not_before: dt.datetime, at_or_before: dt.datetime
    ) -> dt.datetime | None:
        """The latest fire time t with not_before < t <= at_or_before."""
        low_end = _aware(not_before, "not_before").astimezone(UTC)
        high = _aware(at_or_before, "at_or_before").astimezone(UTC)
        span = dt.timedelta(hours=1)
        while high > low_end:
            low = max(low_end, high - span)
            times = self.fires_between(low, high)
            if times:
                return times[-1]
            high, span = low, min(span * 2, _MAX_WINDOW)
        return None

    # ------------------------------------------------------------ internals

    def _next_wall(self, wall: dt.datetime) -> dt.datetime | None:
        """The first matching wall-clock time strictly after ``wall`` (naive)."""
        moment = wall.replace(tzinfo=UTC) + _TICK
        found = [t for t in (w.get_next_fire_time(None, moment) for w in self._walls) if t]
        return _naive(min(found)) if found else None

    def _instants(self, wall: dt.datetime) -> Iterable[dt.datetime]:
        """The real instants (UTC) at which wall time ``wall`` fires."""
        try:
            first = wall.replace(tzinfo=self.timezone, fold=0).astimezone(UTC)
            second = wall.replace(tzinfo=self.timezone, fold=1).astimezone(UTC)
        except OverflowError:  # the ends of the calendar
            return ()
        if first == second:
            return (first,)
        if first < second:  # the repeated hour: first pass (summer time), then second
            return (first, second) if self.cron.any_hour else (first,)
        # the skipped hour: fold=1 reads it with the offset after the change
        return () if self.cron.any_hour else (self._change_between(second, first),)

    def _change_between(self, before: dt.datetime, after: dt.datetime) -> dt.datetime:
        """The instant the zone's offset changes, between two UTC instants
        (to the second): the first moment after a skipped hour."""
        offset = self._offset(before)
        while after - before > dt.timedelta(seconds=1):
            middle = before + (after - before) / 2
            middle = middle.replace(microsecond=0)
            if middle <= before:
                break
            if self._offset(middle) == offset:
                before = middle
            else:
                after = middle
        return after.replace(microsecond=0)

    def _offset(self, moment: dt.datetime) -> dt.timedelta:
        return moment.astimezone(self.timezone).utcoffset() or dt.timedelta(0)

    def _probes(self, start: dt.datetime, step: dt.timedelta) -> Iterable[dt.datetime]:
        for i in range(_PROBES + 1):
            try:
                yield start + i * step
            except OverflowError:  # the ends of the calendar
                return

    def _earliest_wall_after(self, moment: dt.datetime) -> dt.datetime:
        """A wall time (naive) before that of every instant after ``moment``:
        its own, or earlier when the clock is set back in the next day."""
        bound = moment + self._offset(moment)
        previous, offset = moment, self._offset(moment)
        for probe in self._probes(moment, _PROBE_STEP):
            if (probe_offset := self._offset(probe)) != offset:
                change = self._change_between(previous, probe)
                bound = min(bound, change + self._offset(change))
            previous, offset = probe, probe_offset
        return _naive(bound) - _TICK

    def _largest_offset_before(self, best: dt.datetime, moment: dt.datetime) -> dt.timedelta:
        """The largest UTC offset in the day before ``best`` (and after ``moment``)."""
        probes = [p for p in self._probes(best, -_PROBE_STEP) if p >= moment - _PROBE_STEP]
        return max(self._offset(p) for p in [best, *probes])


def _aware(moment: dt.datetime, name: str) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {moment!r}")
    return moment


def _naive(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=None)


# ------------------------------------------------------------------ public API


def cron_trigger(expr: str, tz: zoneinfo.ZoneInfo) -> CronSchedule:
    """An APScheduler trigger for ``expr`` in zone ``tz``; CronError if invalid."""
    return CronSchedule(parse_cron(expr), tz)


def next_run(expr: str, tz: zoneinfo.ZoneInfo, after: dt.datetime) -> dt.datetime | None:
    """The first fire time strictly after ``after`` (aware), in ``tz``."""
    return cron_trigger(expr, tz).next_after(after)


def fire_times(
    expr: str, tz: zoneinfo.ZoneInfo, start: dt.datetime, end: dt.datetime
) -> list[dt.datetime]:
    """Fire times t with start < t <= end, ascending (at most 10,000)."""
    return cron_trigger(expr, tz).fires_between(start, end)


def latest_fire(
    expr: str, tz: zoneinfo.ZoneInfo, at_or_before: dt.datetime, not_before: dt.datetime
) -> dt.datetime | None:
    """The latest fire time t with not_before < t <= at_or_before: what a
    starting daemon runs once for the times it missed within the grace."""
    return cron_trigger(expr, tz).latest_between(not_before, at_or_before)
