"""The report's churn from the clients' activity spells (client_activity_spells,
kept by order_stats.refresh) against the same figures computed from every
order (churn.activity): after the first build, after orders are inserted,
moved, re-amounted and deleted later (a late import into a past month
included), when the report's time zone or inactive period changes, and on
the hand-built CRM of test_report_churn. MariaDB keeps no spells (no
triggers): there the report reads the orders, which the other tests check."""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, select, text, update

from tests.integration.test_report_churn import NY, at, build_crm, config, hand_request
from tests.report_history import History
from winback import order_stats, revenue_days, spells
from winback.config import load_config
from winback.db import read_engine
from winback.models import Order, table_of
from winback.reports import build_report, churn, prepare, spelled
from winback.reports.churn import Activity

pytestmark = pytest.mark.slow

orders_t = table_of(Order)
MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")
DAY = 86_400


def _bounds(tz: zoneinfo.ZoneInfo, first: tuple[int, int], months: int) -> list[int]:
    year, month = first
    out = []
    for k in range(months):
        i = year * 12 + month - 1 + k
        out.append(int(dt.datetime(i // 12, i % 12 + 1, 1, tzinfo=tz).timestamp()))
    return out


def _figures(act: Activity) -> tuple[object, ...]:
    return (
        act.active,
        act.new,
        act.lost,
        act.ordered_before,
        dict(act.losses.by_reason),
        dict(act.losses.by_manager),
    )


def _both(engine: Engine, bounds: list[int], days: int) -> tuple[object, object]:
    """(from the spells and revenue days, from the orders); the first must be usable."""
    with read_engine(engine).connect() as conn:
        assert spelled.usable(conn, bounds, days * DAY) and revenue_days.usable(conn)
        from_spells = _figures(spelled.activity(conn, bounds, days * DAY))
        from_spells += (revenue_days.before(conn, bounds),)
        from_orders = _figures(churn.activity(conn, churn.Regions.of(bounds, days * DAY)))
        from_orders += (churn.revenue_before(conn, bounds),)
    return from_spells, from_orders


def _revenue_both(engine: Engine, bounds: list[int]) -> tuple[list[int], list[int]]:
    with read_engine(engine).connect() as conn:
        assert revenue_days.usable(conn)
        return revenue_days.before(conn, bounds), churn.revenue_before(conn, bounds)


def _usable(engine: Engine, bounds: list[int], days: int) -> bool:
    with engine.connect() as conn:
        return spelled.usable(conn, bounds, days * DAY)


def _spell_rows(engine: Engine) -> list[tuple[int, int, int]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(spells.spells_t).order_by(
                spells.spells_t.c.client_id, spells.spells_t.c.start_at
            )
        )
        return [(int(c), int(s), int(last)) for c, s, last in rows]


def _random_crm(engine: Engine, rng: random.Random, bounds: list[int], clients: int) -> list[int]:
    """Clients with orders around the boundaries (some exactly on one),
    incidents and NPS answers, managers for some; their ids."""
    ids = []
    with engine.begin() as conn:
        h = History(conn)
        for n in range(clients):
            cid = h.client(f"r{n}", manager=rng.choice([None, "Anna", "Boris"]))
            ids.append(cid)
            for _ in range(rng.randint(0, 7)):
                moment = (
                    rng.choice(bounds) + rng.choice([-1, 0, 0, 1])
                    if rng.random() < 0.2
                    else rng.randint(bounds[0] - 300 * DAY, bounds[-1])
                )
                h.order(cid, moment, rng.randint(1, 99_999))
            if rng.random() < 0.3:
                h.incident(cid, rng.randint(bounds[0], bounds[-1]), "complaint", "quality")
            if rng.random() < 0.4:
                h.nps(cid, rng.randint(bounds[0] - 100 * DAY, bounds[-1]), rng.randint(0, 10))
    return ids


def _spells_kept(engine: Engine) -> None:
    if engine.dialect.name == "mysql":
        pytest.skip("MariaDB keeps no spells (no triggers on orders): the report reads the orders")


@pytest.mark.parametrize("days", [2, 45, 180, 400])
def test_spells_give_the_orders_figures(engine: Engine, days: int) -> None:
    _spells_kept(engine)
    bounds = _bounds(NY, (2025, 1), 15)
    _random_crm(engine, random.Random(days), bounds, 60)
    assert not _usable(engine, bounds, days)  # never built
    order_stats.refresh(engine, inactive_days=days)
    from_spells, from_orders = _both(engine, bounds, days)
    assert from_spells == from_orders
    assert sum(from_orders[2]) > 0  # some clients were lost  # type: ignore[index]
    # one boundary: active and ordered-before only
    assert _both(engine, bounds[3:4], days)[0] == _both(engine, bounds[3:4], days)[1]


def test_orders_changed_later_are_picked_up_by_the_refresh(engine: Engine) -> None:
    _spells_kept(engine)
    rng = random.Random(7)
    bounds = _bounds(NY, (2025, 1), 13)
    ids = _random_crm(engine, rng, bounds, 50)
    order_stats.refresh(engine, inactive_days=45)
    before = _spell_rows(engine)
    with engine.begin() as conn:
        h = History(conn)
        # a late import into a past month: an order that joins two spells
        h.order(ids[0], bounds[4] - 10 * DAY, 1_234, external_id="late-1")
        h.order(ids[1], bounds[0] - 400 * DAY, 99, external_id="late-2")  # before every month
        h.order(ids[1], -3 * DAY - 5, 77, external_id="late-3")  # before 1970
        first = conn.execute(
            select(orders_t.c.id).where(orders_t.c.client_id == ids[2]).order_by(orders_t.c.id)
        ).scalars()
        moved = next(iter(first), None)
        if moved is not None:  # moved to another month, and re-amounted
            conn.execute(
                update(orders_t)
                .where(orders_t.c.id == moved)
                .values(placed_at=bounds[6], amount_minor=5)
            )
        conn.execute(delete(orders_t).where(orders_t.c.client_id == ids[3]))
        conn.execute(  # an order given to another client
            update(orders_t)
            .where(orders_t.c.client_id == ids[4])
            .values(client_id=ids[5])
            .execution_options(synchronize_session=False)
        )
    assert not _usable(engine, bounds, 45)  # clients marked stale: the orders, until a refresh
    with engine.connect() as conn:  # the revenue changes wait as deltas, and count
        assert conn.execute(select(func.count()).select_from(revenue_days.deltas_t)).scalar()
    got, expected = _revenue_both(engine, bounds)
    assert got == expected
    result = order_stats.refresh(engine)  # as an import or a run does: the period built for
    assert not result.full and result.clients >= 3
    after = _spell_rows(engine)
    assert after != before
    with engine.connect() as conn:  # folded into the days
        assert not conn.execute(select(func.count()).select_from(revenue_days.deltas_t)).scalar()
    from_spells, from_orders = _both(engine, bounds, 45)
    assert from_spells == from_orders
    order_stats.refresh(engine, full=True)  # from scratch: the same spells
    assert _spell_rows(engine) == after


def test_another_time_zone_uses_the_same_spells(engine: Engine) -> None:
    """Spells do not depend on the time zone: months in Moscow and New York
    (DST) from the same rows, each equal to the orders' figures."""
    _spells_kept(engine)
    rng = random.Random(11)
    _random_crm(engine, rng, _bounds(NY, (2025, 1), 15), 50)
    order_stats.refresh(engine, inactive_days=31)
    rows = _spell_rows(engine)
    # UTC: every boundary at a day's start (none of its own day's orders read)
    for tz in (MOSCOW, NY, zoneinfo.ZoneInfo("Asia/Kathmandu"), zoneinfo.ZoneInfo("UTC")):
        bounds = _bounds(tz, (2025, 1), 15)
        from_spells, from_orders = _both(engine, bounds, 31)
        assert from_spells == from_orders
    assert _spell_rows(engine) == rows


def test_another_inactive_period_rebuilds_the_spells(engine: Engine, tmp_path: Path) -> None:
    _spells_kept(engine)
    bounds = _bounds(NY, (2025, 1), 13)
    _random_crm(engine, random.Random(3), bounds, 40)
    order_stats.refresh(engine, inactive_days=45)
    assert _usable(engine, bounds, 45) and not _usable(engine, bounds, 20)
    assert order_stats.refresh(engine, inactive_days=20).full
    with engine.connect() as conn:
        assert spells.built_for(conn) == 20 * DAY
    assert not _usable(engine, bounds, 45)
    from_spells, from_orders = _both(engine, bounds, 20)
    assert from_spells == from_orders


def test_the_hand_built_report_is_the_same_from_the_spells(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    """test_report_churn's CRM: the report before the spells exist (orders)
    and after ``prepare`` (spells; MariaDB: the orders again) is the same."""
    build_crm(engine)
    settings = load_config(config(tmp_path, db_url))
    request = hand_request()
    from_orders = build_report(engine, settings, request)
    prepare(engine, settings)
    bounds = [at(f"2026-0{m}-01", "00:00") for m in range(1, 6)]
    assert _usable(engine, bounds, 45) == (engine.dialect.name != "mysql")
    assert build_report(engine, settings, request) == from_orders
    assert [m["lost"] for m in from_orders["churn"]] == [0, 1, 2, 0]


def test_spells_are_cut_where_orders_are_more_than_the_period_apart() -> None:
    d = 10
    assert list(spells.spells_of([], d)) == []
    assert list(spells.spells_of([5], d)) == [(5, 5)]
    # exactly d apart: [t, t + d) and [t + d, …) touch, one spell
    assert list(spells.spells_of([0, 10, 20], d)) == [(0, 20)]
    assert list(spells.spells_of([0, 11, 12, 30], d)) == [(0, 0), (11, 12), (30, 30)]


def test_truncate_empties_the_spells(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("TRUNCATE fires a trigger on PostgreSQL only")
    bounds = _bounds(NY, (2025, 1), 13)
    _random_crm(engine, random.Random(5), bounds, 20)
    order_stats.refresh(engine, inactive_days=45)
    assert _spell_rows(engine)
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE orders"))
    assert _spell_rows(engine) == []
    from_spells, from_orders = _both(engine, bounds, 45)
    assert from_spells == from_orders
    assert from_orders[0] == [0] * 13  # type: ignore[index]
