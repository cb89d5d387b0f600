"""Churn, CRR, LTV, lost revenue and loss reasons on a CRM built by hand,
across month boundaries in America/New_York (DST starts on 8 March 2026), with
[report] inactive_days = 45. Every figure is worked out below.

Orders (local time):
  c1  2025-12-20 12:00  100.00   2026-01-31 23:30  200.00 (04:30 UTC on 1 Feb)
  c2  2026-02-10 12:00   50.00   2026-03-20 12:00   70.02
  c3  2025-10-01 12:00  300.00   2026-04-15 12:00   40.00
  c4  2026-01-15 00:00  500.00   (exactly 45 days before 1 March 00:00)
  c5  2025-12-25 12:00   10.00   2026-02-01 00:00 1000.00 (exactly a boundary)

Active at b (an order in (b - 45 x 24 h, b]):
  1 Jan: window from 17 Nov: c1 (20 Dec), c5 (25 Dec)           -> 2
  1 Feb: from 18 Dec: c1 (31 Jan 23:30), c4 (15 Jan), c5 (1 Feb 00:00, <= b) -> 3
  1 Mar: from 15 Jan 00:00, excluded: c1, c2 (10 Feb), c5 (1 Feb); not c4   -> 3
  1 Apr (EDT): from 14 Feb 23:00 EST: c2 (20 Mar)                -> 1
  1 May: from 17 Mar: c2 (20 Mar), c3 (15 Apr)                   -> 2
Months (S, E, N new, lost; churn = lost/S, CRR = (E - N)/S):
  2026-01: S 2, E 3, N 1 (c4), lost 0         churn 0,   CRR 2/2 = 1
  2026-02: S 3, E 3, N 1 (c2), lost 1 (c4)    churn 1/3, CRR 2/3
  2026-03: S 3, E 1, N 0, lost 2 (c1, c5)     churn 2/3, CRR 1/3
  2026-04: S 1, E 2, N 1 (c3), lost 0         churn 0,   CRR 1/1 = 1
LTV = revenue of orders before the month's end / clients with one:
  Jan (before 1 Feb 00:00; c5's order at 00:00 is not before): 300 + 300 + 500 + 10
      = 1110.00 / 4 (c1, c3, c4, c5) = 277.50
  Feb: 1110.00 + 50.00 + 1000.00 = 2160.00 / 5 = 432.00; lost 1 -> 432.00
  Mar: 2160.00 + 70.02 = 2230.02 / 5 = 446.004 -> "446.00"; lost 2 x 446.004
      = 892.008 -> "892.01" (the unrounded LTV)
  Apr: 2230.02 + 40.00 = 2270.02 / 5 = 454.004 -> "454.00"; lost 0
Loss reasons: c4 (Feb): incident "quality" on 10 Feb (an incident "price" on
5 Mar is after the month) -> quality; c1 (Mar): an inquiry without a reason,
NPS 3 on 5 Jan (NPS 9 on 10 Apr is after) -> nps_detractor; c5 (Mar): NPS 8
-> unknown.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import zoneinfo
from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.report_history import History, epoch
from winback import order_stats
from winback.config import load_config
from winback.reports import ReportRequest, build_report, churn
from winback.reports.stats import major, money

pytestmark = pytest.mark.slow

NY = zoneinfo.ZoneInfo("America/New_York")


def at(day: str, time: str = "12:00") -> int:
    return epoch(dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=NY))


def build_crm(engine: Engine) -> None:
    with engine.begin() as conn:
        _crm(History(conn))


def _crm(h: History) -> None:
    c1 = h.client("c1", manager="Anna")
    c2 = h.client("c2", manager="Anna")
    c3 = h.client("c3")
    c4 = h.client("c4", manager="Boris")
    c5 = h.client("c5")
    for cid, day, time, amount in [
        (c1, "2025-12-20", "12:00", 10_000),
        (c1, "2026-01-31", "23:30", 20_000),
        (c2, "2026-02-10", "12:00", 5_000),
        (c2, "2026-03-20", "12:00", 7_002),
        (c3, "2025-10-01", "12:00", 30_000),
        (c3, "2026-04-15", "12:00", 4_000),
        (c4, "2026-01-15", "00:00", 50_000),
        (c5, "2025-12-25", "12:00", 1_000),
        (c5, "2026-02-01", "00:00", 100_000),
    ]:
        h.order(cid, at(day, time), amount)
    h.incident(c4, at("2026-02-10"), "complaint", "quality")
    h.incident(c4, at("2026-03-05"), "conflict", "price")
    h.incident(c1, at("2026-01-20"), "inquiry", None)
    h.nps(c1, at("2026-01-05"), 3)
    h.nps(c1, at("2026-04-10"), 9)
    h.nps(c5, at("2026-02-01", "10:00"), 8)


def config(tmp_path: Path, db_url: str) -> Path:
    path = tmp_path / "winback.toml"
    path.write_text(
        f'[database]\nurl = "{db_url}"\n[scheduler]\ntimezone = "America/New_York"\n'
        "[report]\ninactive_days = 45\n",
        encoding="utf-8",
    )
    return path


def hand_request() -> ReportRequest:
    """January to April 2026, as of 10 May."""
    return ReportRequest(
        since=dt.datetime(2026, 1, 1, tzinfo=NY),
        until=dt.datetime(2026, 5, 1, tzinfo=NY),
        as_of=dt.datetime(2026, 5, 10, tzinfo=NY),
    )


def test_churn_ltv_and_loss_reasons(engine: Engine, db_url: str, tmp_path: Path) -> None:
    build_crm(engine)
    settings = load_config(config(tmp_path, db_url))
    request = hand_request()
    report = build_report(engine, settings, request)
    assert report["inactive_days"] == 45
    assert report["campaigns"] == [] and report["totals"] == {"returned": 0, "revenue": "0.00"}
    columns = ("month", "active_start", "active_end", "new", "lost", "churn_rate", "crr", "ltv")
    third, two_thirds = pytest.approx(1 / 3), pytest.approx(2 / 3)
    expected = [
        ("2026-01", 2, 3, 1, 0, 0.0, 1.0, "277.50", "0.00"),
        ("2026-02", 3, 3, 1, 1, third, two_thirds, "432.00", "432.00"),
        ("2026-03", 3, 1, 0, 2, two_thirds, third, "446.00", "892.01"),
        ("2026-04", 1, 2, 1, 0, 0.0, 1.0, "454.00", "0.00"),
    ]
    assert report["churn"] == [
        dict(zip((*columns, "lost_revenue"), row, strict=True)) for row in expected
    ]
    assert report["loss_reasons"] == [
        {"month": "2026-02", "reason": "quality", "clients": 1},
        {"month": "2026-03", "reason": "nps_detractor", "clients": 1},
        {"month": "2026-03", "reason": "unknown", "clients": 1},
    ]
    assert report["loss_by_manager"] == [
        {"month": "2026-02", "manager": "Boris", "clients": 1},
        {"month": "2026-03", "manager": None, "clients": 1},  # c5
        {"month": "2026-03", "manager": "Anna", "clients": 1},  # c1
    ]


def test_default_months_are_the_twelve_complete_ones(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    build_crm(engine)
    settings = load_config(config(tmp_path, db_url))
    as_of = dt.datetime(2026, 5, 10, tzinfo=NY)
    report = build_report(engine, settings, ReportRequest(as_of=as_of))
    months = [m["month"] for m in report["churn"]]
    assert months == [f"2025-{m:02d}" for m in range(5, 13)] + [
        f"2026-{m:02d}" for m in range(1, 5)
    ]
    # the same four months as above, whatever the wider range
    assert [m["lost"] for m in report["churn"][-4:]] == [0, 1, 2, 0]
    # October 2025: c3's order on 1 Oct makes c3 new; nobody is lost until then
    october = report["churn"][5]
    assert (october["month"], october["active_start"], october["new"]) == ("2025-10", 0, 1)
    # as-of at the very start of a month: that month is not complete
    start = dt.datetime(2026, 5, 1, tzinfo=NY)
    report = build_report(engine, settings, ReportRequest(as_of=start))
    assert report["churn"][-1]["month"] == "2026-04"
    report = build_report(engine, settings, ReportRequest(as_of=start - dt.timedelta(seconds=1)))
    assert report["churn"][-1]["month"] == "2026-03"


def reference_churn(
    orders: list[tuple[int, int, int]], bounds: list[int], inactive: int
) -> list[tuple[int, int, int, int, Fraction | None]]:
    """The definitions read literally: per month (S, E, N, lost, LTV in minor units)."""

    def active(b: int) -> set[int]:
        return {c for c, t, _ in orders if b - inactive < t <= b}

    out = []
    for start, end in itertools.pairwise(bounds):
        s, e = active(start), active(end)
        before = [(c, amount) for c, t, amount in orders if t < end]
        clients = {c for c, _ in before}
        ltv = Fraction(sum(a for _, a in before), len(clients)) if clients else None
        out.append((len(s), len(e), len(e - s), len(s - e), ltv))
    return out


@pytest.mark.parametrize("inactive_days", [3, 31, 400])
def test_churn_matches_the_definitions_on_random_orders(
    engine: Engine, db_url: str, tmp_path: Path, inactive_days: int
) -> None:
    """Short and long inactivity (several boundaries per order, or several
    months per mask word), clients coming back, orders on the boundaries."""
    rng = random.Random(inactive_days)
    bounds = [
        at(f"{2025 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}-01", "00:00") for m in range(1, 16)
    ]
    orders: list[tuple[int, int, int]] = []
    with engine.begin() as conn:
        h = History(conn)
        for n in range(40):
            cid = h.client(f"r{n}")
            for _ in range(rng.randint(0, 6)):
                moment = (
                    rng.choice(bounds)
                    if rng.random() < 0.15
                    else rng.randint(bounds[0] - 200 * 86_400, bounds[-1])
                )
                amount = rng.randint(1, 99_999)
                h.order(cid, moment, amount)
                orders.append((cid, moment, amount))
    path = config(tmp_path, db_url)
    path.write_text(
        path.read_text().replace("inactive_days = 45", f"inactive_days = {inactive_days}")
    )
    settings = load_config(path)
    request = ReportRequest(
        since=dt.datetime(2025, 1, 1, tzinfo=NY),
        until=dt.datetime(2026, 3, 1, tzinfo=NY),
        as_of=dt.datetime(2026, 3, 1, tzinfo=NY),
    )
    report = build_report(engine, settings, request)
    expected = reference_churn(orders, bounds, inactive_days * 86_400)
    got = [
        (m["active_start"], m["active_end"], m["new"], m["lost"], m["ltv"]) for m in report["churn"]
    ]
    assert got == [
        (s, e, n, lost, None if ltv is None else money(major(ltv), 2))
        for s, e, n, lost, ltv in expected
    ]
    assert sum(e[3] for e in expected) > 0  # some were lost
    assert sum(r["clients"] for r in report["loss_reasons"]) == sum(e[3] for e in expected)


def test_ltv_the_same_through_the_order_stats(engine: Engine, db_url: str, tmp_path: Path) -> None:
    """With client_order_stats current (SQLite, PostgreSQL: refreshed, no stale
    mark), the revenue before the first month comes from it; the figures are
    the same. MariaDB has no triggers: always the orders."""
    build_crm(engine)
    settings = load_config(config(tmp_path, db_url))
    request = hand_request()
    from_orders = build_report(engine, settings, request)["churn"]
    order_stats.refresh(engine, full=True)
    with engine.connect() as conn:
        used = churn._all_revenue(conn)
    assert used == (None if engine.dialect.name == "mysql" else 227_002)  # every order: 2270.02
    assert build_report(engine, settings, request)["churn"] == from_orders
    assert [m["ltv"] for m in from_orders] == ["277.50", "432.00", "446.00", "454.00"]
