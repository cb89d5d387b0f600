"""winback.schedule: cron read as cron reads it (Sunday as 0 and 7, names,
day-of-month OR day-of-week), and daylight-saving days neither duplicating
nor skipping a run, all computed without waiting for the clock."""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo

import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from hypothesis import given, settings
from hypothesis import strategies as st

from winback.schedule import (
    CronError,
    cron_trigger,
    fire_times,
    latest_fire,
    next_run,
    parse_cron,
)

UTC = zoneinfo.ZoneInfo("UTC")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
HOUR = dt.timedelta(hours=1)
# 2026 in Berlin: clocks go forward on 29 March (02:00 -> 03:00) and back on
# 25 October (03:00 -> 02:00).
SPRING = dt.date(2026, 3, 29)
AUTUMN = dt.date(2026, 10, 25)


def local(day: dt.date, hour: int = 0, minute: int = 0, tz: dt.tzinfo = BERLIN) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


def days_fired(expr: str, start: dt.date, days: int, tz: zoneinfo.ZoneInfo = BERLIN) -> list[str]:
    """The local dates (with weekday) on which ``expr`` fires in ``days`` days from ``start``."""
    times = fire_times(expr, tz, local(start, tz=tz), local(start + dt.timedelta(days), tz=tz))
    return [t.strftime("%a %d") for t in times]


# ------------------------------------------------------------------ day-of-week


def test_sunday_is_0_and_7_not_monday() -> None:
    # 6 December 2026 is a Sunday.
    assert days_fired("0 3 * * 0", dt.date(2026, 11, 30), 14) == ["Sun 06", "Sun 13"]
    assert days_fired("0 3 * * 7", dt.date(2026, 11, 30), 14) == ["Sun 06", "Sun 13"]
    after = local(dt.date(2026, 12, 1))
    assert next_run("0 3 * * 0", BERLIN, after) == local(dt.date(2026, 12, 6), 3)
    # the trap this module exists for: APScheduler alone reads 0 as Monday
    theirs = CronTrigger.from_crontab("0 3 * * 0", timezone=BERLIN)
    assert theirs.get_next_fire_time(None, after).strftime("%a") == "Mon"


@pytest.mark.parametrize(
    ("dow", "expected"),
    [
        ("1-5", ["Mon", "Tue", "Wed", "Thu", "Fri"]),
        ("mon-fri", ["Mon", "Tue", "Wed", "Thu", "Fri"]),
        ("MON-Fri", ["Mon", "Tue", "Wed", "Thu", "Fri"]),
        ("*/2", ["Sun", "Tue", "Thu", "Sat"]),
        ("0-6/2", ["Sun", "Tue", "Thu", "Sat"]),
        ("1-7/2", ["Sun", "Mon", "Wed", "Fri"]),
        ("0,6", ["Sun", "Sat"]),
        ("sat,sun", ["Sun", "Sat"]),
        ("fri-sun", ["Sun", "Fri", "Sat"]),
        ("5-7", ["Sun", "Fri", "Sat"]),
        ("tue", ["Tue"]),
        ("*", ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]),
    ],
)
def test_day_of_week_numbers_names_ranges_and_steps(dow: str, expected: list[str]) -> None:
    # 29 Nov 2026 is a Sunday: one week, Sunday first.
    fired = days_fired(f"0 10 * * {dow}", dt.date(2026, 11, 29), 7)
    assert [d.split()[0] for d in fired] == expected


def test_month_names_and_steps() -> None:
    times = fire_times(
        "0 0 1 jan,Jul,OCT *",
        UTC,
        local(dt.date(2026, 1, 1), tz=UTC),
        local(dt.date(2027, 1, 1), tz=UTC),
    )
    assert [t.month for t in times] == [7, 10, 1]  # 1 Jan 2026 itself is excluded (start <)
    times = fire_times(
        "0 0 1 */4 *", UTC, local(dt.date(2026, 1, 1), tz=UTC), local(dt.date(2027, 1, 1), tz=UTC)
    )
    assert [t.month for t in times] == [5, 9, 1]


# ------------------------------------------------------- day-of-month OR day-of-week


def test_day_of_month_or_day_of_week_when_both_are_restricted() -> None:
    # November 2026: Fridays 6, 13, 20, 27 (13 is a Friday); December: 4, 11, 18, 25 and the 13th (Sunday).
    fired = days_fired("0 9 13 * fri", dt.date(2026, 11, 1), 61)
    assert fired == [
        "Fri 06", "Fri 13", "Fri 20", "Fri 27",
        "Fri 04", "Fri 11", "Sun 13", "Fri 18", "Fri 25",
    ]  # fmt: skip


def test_a_star_day_field_leaves_the_other_alone() -> None:
    assert days_fired("0 9 13 * *", dt.date(2026, 11, 1), 61) == ["Fri 13", "Sun 13"]
    assert days_fired("0 9 * * fri", dt.date(2026, 12, 1), 31) == [
        "Fri 04", "Fri 11", "Fri 18", "Fri 25",
    ]  # fmt: skip
    # as in cron, a field starting with * counts as unrestricted: then both must match
    assert days_fired("0 9 */2 * fri", dt.date(2026, 12, 1), 31) == ["Fri 11", "Fri 25"]


# ---------------------------------------------------------------- daylight saving


def test_a_time_the_spring_change_skips_fires_once_at_the_end_of_the_gap() -> None:
    times = fire_times("30 2 * * *", BERLIN, local(SPRING, 0), local(SPRING, 23, 59))
    assert times == [local(SPRING, 3, 0)]  # 02:30 does not exist: 03:00 summer time
    assert times[0].utcoffset() == 2 * HOUR
    three_days = fire_times(
        "30 2 * * *", BERLIN, local(SPRING - dt.timedelta(1)), local(SPRING + dt.timedelta(2))
    )
    assert [t.astimezone(UTC).strftime("%d %H:%M") for t in three_days] == [
        "28 01:30",
        "29 01:00",
        "30 00:30",
    ]


def test_a_time_the_autumn_change_repeats_fires_once() -> None:
    times = fire_times("30 2 * * *", BERLIN, local(AUTUMN, 0), local(AUTUMN, 23, 59))
    assert len(times) == 1
    assert times[0].astimezone(UTC) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
    # APScheduler alone fires at 02:30 twice
    theirs = CronTrigger.from_crontab("30 2 * * *", timezone=BERLIN)
    first = theirs.get_next_fire_time(None, local(AUTUMN, 0))
    second = theirs.get_next_fire_time(first, first + dt.timedelta(seconds=1))
    assert (second - first) < HOUR + dt.timedelta(seconds=1)


@pytest.mark.parametrize(("day", "hours"), [(SPRING, 23), (AUTUMN, 25)])
@pytest.mark.parametrize("expr", ["0 * * * *", "17 * * * *", "*/15 * * * *"])
def test_an_hourly_schedule_fires_once_per_real_hour(day: dt.date, hours: int, expr: str) -> None:
    start, end = local(day), local(day + dt.timedelta(1))
    times = fire_times(expr, BERLIN, start - dt.timedelta(seconds=1), end - dt.timedelta(seconds=1))
    per_hour = len(parse_cron(expr).minutes)
    assert len(times) == hours * per_hour
    gaps = {b.astimezone(UTC) - a.astimezone(UTC) for a, b in itertools.pairwise(times)}
    if per_hour == 1:
        assert gaps == {HOUR}  # none duplicated, none missed
    else:
        assert gaps == {dt.timedelta(minutes=15)}


def test_every_minute_of_the_repeated_hour_in_a_fixed_hour_fires_once() -> None:
    times = fire_times("* 2 * * *", BERLIN, local(AUTUMN, 0), local(AUTUMN, 23))
    assert len(times) == 60 and all(t.utcoffset() == 2 * HOUR for t in times)
    times = fire_times("* 2 * * *", BERLIN, local(SPRING, 0), local(SPRING, 23))
    assert times == [local(SPRING, 3)]  # the whole hour is skipped: one run at its end


def test_a_zone_with_a_half_hour_change() -> None:
    """Lord Howe Island moves its clocks by 30 minutes at 02:00 (in October: to 02:30)."""
    tz = zoneinfo.ZoneInfo("Australia/Lord_Howe")
    day = dt.date(2026, 10, 4)
    start = local(day, tz=tz)
    assert fire_times("15 2 * * *", tz, start, start + dt.timedelta(days=1)) == [
        local(day, 2, 30, tz=tz)
    ]
    times = fire_times("0,30 * * * *", tz, start, start + dt.timedelta(hours=5))
    real = [t.astimezone(UTC) for t in times]  # (same-zone subtraction is wall-clock time)
    gaps = {b - a for a, b in itertools.pairwise(real)}
    assert gaps == {dt.timedelta(minutes=30)}


def test_the_trigger_steps_through_a_change_without_sticking() -> None:
    """APScheduler calls get_next_fire_time(previous, now) again and again."""
    trigger = cron_trigger("0 * * * *", BERLIN)
    now = local(AUTUMN, 1, 30)
    fired = []
    previous = None
    for _ in range(4):
        previous = trigger.get_next_fire_time(previous, now)
        assert previous is not None
        fired.append(previous.astimezone(UTC).strftime("%H:%M"))
        now = previous.astimezone(UTC) + dt.timedelta(minutes=1)
    assert fired == ["00:00", "01:00", "02:00", "03:00"]


def _reference(
    expr: str, tz: zoneinfo.ZoneInfo, start: dt.datetime, end: dt.datetime
) -> list[dt.datetime]:
    """Minute by minute through real time: what the module's rules say should fire."""
    cron = parse_cron(expr)

    def matches(wall: dt.datetime) -> bool:
        dom, dow = wall.day in cron.days, wall.isoweekday() % 7 in cron.weekdays
        day = (dom or dow) if cron.either_day else (dom and dow)
        return (
            day
            and wall.minute in cron.minutes
            and wall.hour in cron.hours
            and wall.month in cron.months
        )

    out = []
    minute = start.astimezone(UTC).replace(second=0, microsecond=0) + dt.timedelta(minutes=1)
    while minute <= end:
        here = minute.astimezone(tz)
        fires = matches(here.replace(tzinfo=None)) and (cron.any_hour or here.fold == 0)
        before = (minute - dt.timedelta(minutes=1)).astimezone(tz)
        jump = here.utcoffset() - before.utcoffset()  # type: ignore[operator]
        if not cron.any_hour and jump > dt.timedelta(0):  # the first minute after a gap
            gap_start = here.replace(tzinfo=None) - jump
            skipped = (
                gap_start + dt.timedelta(minutes=i) for i in range(int(jump.total_seconds() // 60))
            )
            fires = fires or any(matches(wall) for wall in skipped)
        if fires:
            out.append(here)
        minute += dt.timedelta(minutes=1)
    return out


CHANGES = [
    ("Europe/Berlin", SPRING),
    ("Europe/Berlin", AUTUMN),
    ("America/New_York", dt.date(2026, 3, 8)),
    ("America/New_York", dt.date(2026, 11, 1)),
    ("America/Sao_Paulo", dt.date(2018, 11, 4)),  # midnight did not exist
    ("America/Sao_Paulo", dt.date(2019, 2, 16)),
    ("Australia/Lord_Howe", dt.date(2026, 4, 5)),
    ("Europe/Moscow", dt.date(2026, 3, 29)),  # no change: a control
]
# Mostly unrestricted days, so that most examples fire on the change day; the
# hours include those the changes skip or repeat (Berlin 2, New York 2 and 1,
# Sao Paulo 0 and 23, Lord Howe 1 and 2).
FIELDS = st.tuples(
    st.sampled_from(["0", "30", "*/15", "*/20", "0,45", "10-20/5", "59"]),
    st.sampled_from(["*", "0", "1", "2", "3", "1-3", "*/2", "2,14", "0-3/3", "23", "22-23"]),
    st.sampled_from(["*", "*", "*", "4", "25", "1-7", "*/2", "8,16", "28-31"]),
    st.sampled_from(["*", "*", "*", "mar", "oct,nov", "1-12/2", "2-4"]),
    st.sampled_from(["*", "*", "0", "7", "sun", "1-5", "sat", "0-6/2", "fri-sun"]),
)


@pytest.mark.parametrize(("zone", "day"), CHANGES)
@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(fields=FIELDS)
def test_fire_times_match_the_minute_by_minute_reference(
    zone: str, day: dt.date, fields: tuple[str, ...]
) -> None:
    expr = " ".join(fields)
    tz = zoneinfo.ZoneInfo(zone)
    start = local(day, tz=tz) - dt.timedelta(hours=20)
    end = start + dt.timedelta(hours=48)
    assert fire_times(expr, tz, start, end) == _reference(expr, tz, start, end)


# -------------------------------------------------------- fire_times, latest_fire


def test_fire_times_bounds_and_zone() -> None:
    start, end = local(dt.date(2026, 5, 4), 10), local(dt.date(2026, 5, 4), 12)
    times = fire_times("0 * * * *", BERLIN, start, end)
    assert times == [
        local(dt.date(2026, 5, 4), 11),
        local(dt.date(2026, 5, 4), 12),
    ]  # start < t <= end
    assert all(t.tzinfo is BERLIN for t in times)
    # in another zone the same instants still count
    assert fire_times("0 * * * *", BERLIN, start.astimezone(UTC), end.astimezone(UTC)) == times
    assert len(fire_times("* * * * *", UTC, start, start + dt.timedelta(days=30))) == 10_000
    assert fire_times("0 0 29 2 *", UTC, start, start + dt.timedelta(days=300)) == []


def test_next_run_is_strictly_after() -> None:
    at = local(dt.date(2026, 5, 4), 10)
    assert next_run("0 10 * * *", BERLIN, at) == local(dt.date(2026, 5, 5), 10)
    assert next_run("0 10 * * *", BERLIN, at - dt.timedelta(microseconds=1)) == at
    assert next_run("0 0 29 2 *", UTC, at) == dt.datetime(2028, 2, 29, tzinfo=UTC)
    with pytest.raises(ValueError, match="timezone-aware"):
        next_run("0 10 * * *", BERLIN, dt.datetime(2026, 5, 4))


def test_latest_fire_coalesces_missed_times() -> None:
    day = dt.date(2026, 5, 4)
    # the daemon was down from 09:40 to 12:20: 10:00, 11:00 and 12:00 were missed
    assert latest_fire("0 * * * *", BERLIN, local(day, 12, 20), local(day, 9, 40)) == local(day, 12)
    assert latest_fire("0 * * * *", BERLIN, local(day, 12), local(day, 11)) == local(day, 12)
    assert (
        latest_fire("0 * * * *", BERLIN, local(day, 12, 59), local(day, 12)) is None
    )  # not_before <
    assert latest_fire("0 10 * * *", BERLIN, local(day, 10, 30), local(day, 10, 30)) is None
    # a rare schedule far back: found by looking back in growing windows
    assert latest_fire(
        "0 0 1 1 *", UTC, local(day, tz=UTC), local(dt.date(2020, 6, 1), tz=UTC)
    ) == (dt.datetime(2026, 1, 1, tzinfo=UTC))
    assert latest_fire(
        "* * * * *", UTC, local(day, tz=UTC), local(dt.date(2000, 1, 1), tz=UTC)
    ) == (local(day, tz=UTC))


def test_the_trigger_runs_in_apscheduler() -> None:
    trigger = cron_trigger("0 3 * * 0", BERLIN)
    scheduler = BackgroundScheduler(timezone=BERLIN)
    scheduler.start(paused=True)
    try:
        job = scheduler.add_job(print, trigger=trigger)
        assert job.next_run_time == next_run("0 3 * * 0", BERLIN, dt.datetime.now(UTC))
        assert job.next_run_time.strftime("%a %H:%M") == "Sun 03:00"
    finally:
        scheduler.shutdown(wait=False)
    assert "0 3 * * 0" in str(trigger) and "Europe/Berlin" in repr(trigger)


# -------------------------------------------------------------------- invalid


@pytest.mark.parametrize(
    ("expr", "message"),
    [
        ("", "the schedule is empty"),
        ("* * * *", "expected 5 fields (minute hour day-of-month month day-of-week), got 4"),
        ("0 * * * * *", "expected 5 fields (minute hour day-of-month month day-of-week), got 6"),
        ("0 3 * * 8", "day-of-week 8 is out of range 0-7"),
        ("60 * * * *", "minute 60 is out of range 0-59"),
        ("0 24 * * *", "hour 24 is out of range 0-23"),
        ("0 0 0 * *", "day-of-month 0 is out of range 1-31"),
        ("0 0 1 13 *", "month 13 is out of range 1-12"),
        ("0 0 * foo *", "month 'foo' is not a number or a name (jan, feb, …)"),
        ("0 0 * * mon-funday", "day-of-week 'funday' is not a number or a name (sun, mon, …)"),
        ("mon * * * *", "minute 'mon' is not a number"),
        ("0 0 * jan * ", None),
        ("5-1 * * * *", "minute range 5-1 runs backwards"),
        ("0 0 * * 5-0", "day-of-week range 5-0 runs backwards"),
        ("*/0 * * * *", "minute step '0' is not a whole number from 1"),
        ("*/x * * * *", "minute step 'x' is not a whole number from 1"),
        ("1,,2 * * * *", "minute '' is not a number, range (a-b), step (*/n, a-b/n) or list"),
        ("? * * * *", "minute '?' is not a number, range (a-b), step (*/n, a-b/n) or list"),
        ("-1 * * * *", "minute '-1' is not a number, range"),
        ("0 0 31 2 *", "day-of-month 31 never occurs in feb"),
        ("0 0 31 apr,jun *", "day-of-month 31 never occurs in apr, jun"),
        ("@reboot", "@reboot is not supported"),
        ("@sometimes", "'@sometimes' is not a known alias (@yearly"),
        ("١ * * * *", "minute '١' is not a number"),
    ],
)
def test_invalid_expressions_say_why(expr: str, message: str | None) -> None:
    if message is None:
        assert cron_trigger(expr, UTC)
        return
    with pytest.raises(CronError) as caught:
        cron_trigger(expr, BERLIN)
    assert str(caught.value).startswith(message), str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("alias", "same_as", "days"),
    [
        ("@daily", "0 0 * * *", 30),
        ("@hourly", "0 * * * *", 3),
        ("@weekly", "0 0 * * 0", 30),
        ("@MONTHLY", "0 0 1 * *", 400),
        ("@yearly", "0 0 1 1 *", 400),
    ],
)
def test_aliases(alias: str, same_as: str, days: int) -> None:
    start = local(dt.date(2026, 1, 1))
    end = start + dt.timedelta(days=days)
    assert fire_times(alias, BERLIN, start, end) == fire_times(same_as, BERLIN, start, end)
    assert fire_times(alias, BERLIN, start, end)


def test_feb_30_in_either_day_mode_still_fires_on_the_weekday() -> None:
    assert days_fired("0 0 30 2 mon", dt.date(2026, 2, 1), 14) == ["Mon 02", "Mon 09"]
