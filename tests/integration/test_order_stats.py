"""client_order_stats: the triggers that mark clients stale, and the refresh
that rebuilds their rows, against real databases."""

from __future__ import annotations

import itertools
import statistics
import threading
import time
from fractions import Fraction
from typing import Any

import pytest
from sqlalchemy import Engine, delete, insert, select, text, update

from tests.integration.test_selection_reference import load, make_data
from winback import order_stats
from winback.models import Client, ClientOrderStats, ClientOrderStatsStale, Order

KEEPS_STATS = ("sqlite", "postgresql")


def _expected(orders: list[dict[str, Any]]) -> dict[int, tuple[Any, ...]]:
    """The obvious computation, from the order dicts."""
    by: dict[int, list[dict[str, Any]]] = {}
    for o in orders:
        by.setdefault(o["client_id"], []).append(o)
    out = {}
    for cid, os in by.items():
        times = sorted(int(o["placed_at"]) for o in os)
        gaps = [b - a for a, b in itertools.pairwise(times)]
        median2 = int(Fraction(statistics.median(gaps)) * 2) if gaps else None
        revenue = sum(o["amount_minor"] for o in os)
        out[cid] = (len(times), times[0], times[-1], revenue, median2)
    return out


def _table(engine: Engine) -> dict[int, tuple[Any, ...]]:
    s = ClientOrderStats.__table__
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                s.c.client_id,
                s.c.orders_count,
                s.c.first_order_at,
                s.c.last_order_at,
                s.c.revenue_minor,
                s.c.median_gap2,
            )
        )
        return {r[0]: tuple(r[1:]) for r in rows}


def _stale(engine: Engine) -> set[int]:
    with engine.connect() as conn:
        return set(conn.execute(select(ClientOrderStatsStale.client_id)).scalars())


def test_stats_of_one_client() -> None:
    s = order_stats.stats_of(7, [0, 10, 40, 50], 900)  # gaps 10, 30, 10: median 10
    assert (s.orders_count, s.first_order_at, s.last_order_at, s.median_gap2) == (4, 0, 50, 20)
    assert order_stats.stats_of(7, [0, 10, 40], 1).median_gap2 == 40  # (10 + 30) / 2 * 2
    assert order_stats.stats_of(7, [5, 5, 5], 1).median_gap2 == 0  # same-second orders
    assert order_stats.stats_of(7, [5], 1).median_gap2 is None


def test_purchase_days_count_each_day_once_in_the_offset_given() -> None:
    """Days run from midnight in the offset's time: two orders an hour apart
    around midnight UTC are one day at +3 h and two at 0; without an offset
    (a refresh given no time zone) there is no count."""
    day = 86_400
    times = [day - 1800, day + 1800, 3 * day + 60, 3 * day + 120]
    assert order_stats.stats_of(7, times, 1).purchase_days is None
    at_utc = order_stats.stats_of(7, times, 1, day_offset=0)
    at_moscow = order_stats.stats_of(7, times, 1, day_offset=3 * 3600)
    assert (at_utc.purchase_days, at_utc.day_offset) == (3, 0)
    assert (at_moscow.purchase_days, at_moscow.day_offset) == (2, 10_800)


def test_refresh_builds_every_clients_row_and_triggers_mark_changes(engine: Engine) -> None:
    data = make_data(3)
    load(engine, data)
    if engine.dialect.name not in KEEPS_STATS:
        result = order_stats.refresh(engine)
        assert result.skipped and "reads the orders" in result.line()
        with engine.connect() as conn:
            assert not order_stats.triggers_active(conn)
        return
    with_orders = {o["client_id"] for o in data.orders}
    assert _stale(engine) == with_orders  # the inserts marked every one
    result = order_stats.refresh(engine, full=False)
    assert not result.full and result.clients == len(with_orders)
    assert _table(engine) == _expected(data.orders)
    assert _stale(engine) == set()

    # Changes by any writer mark exactly the clients concerned.
    orders = list(data.orders)
    moved, dropped = orders[0], orders[1]
    new_owner = next(c["id"] for c in data.clients if c["id"] != moved["client_id"])
    with engine.begin() as conn:
        conn.execute(
            update(Order)
            .where(Order.external_id == moved["external_id"])
            .values(client_id=new_owner, placed_at=int(moved["placed_at"]) + 3600)
        )
        conn.execute(delete(Order).where(Order.external_id == dropped["external_id"]))
    marked = {moved["client_id"], new_owner, dropped["client_id"]}
    assert _stale(engine) == marked
    moved = {**moved, "client_id": new_owner, "placed_at": int(moved["placed_at"]) + 3600}
    orders = [moved if o is orders[0] else o for o in orders if o is not dropped]
    assert order_stats.refresh(engine).clients == len(marked)
    assert _table(engine) == _expected(orders)

    # A full rebuild gives the same table.
    assert order_stats.refresh(engine, full=True).full
    assert _table(engine) == _expected(orders)

    # Every order of a client gone: its row goes too.
    gone = orders[5]["client_id"]
    with engine.begin() as conn:
        conn.execute(delete(Order).where(Order.client_id == gone))
    order_stats.refresh(engine)
    assert gone not in _table(engine)


@pytest.mark.parametrize("db_url", KEEPS_STATS, indirect=True)
def test_missing_or_disabled_triggers_are_seen(engine: Engine) -> None:
    with engine.connect() as conn:
        assert order_stats.triggers_active(conn)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER trg_orders_stats_delete")
        else:
            conn.exec_driver_sql("ALTER TABLE orders DISABLE TRIGGER trg_orders_stats_delete")
    with engine.connect() as conn:
        assert not order_stats.triggers_active(conn)
    assert "missing or disabled" in order_stats.refresh(engine).line()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_truncate_on_postgresql_empties_the_stats(engine: Engine) -> None:
    load(engine, make_data(3))
    order_stats.refresh(engine)
    assert _table(engine)
    with engine.begin() as conn:
        conn.execute(text("TRUNCATE orders"))
    assert _table(engine) == {}


# PostgreSQL: SQLite has one writer at a time, MySQL/MariaDB keep no stats.
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_writer_committing_during_a_refresh_is_not_lost(engine: Engine) -> None:
    """The refresh takes a client's stale mark while a writer's insert for that
    client is uncommitted: afterwards the client is either rebuilt with the
    new order or still stale, never rebuilt without it and unmarked."""
    data = make_data(3)
    load(engine, data)
    order_stats.refresh(engine)
    cid = data.orders[0]["client_id"]
    with engine.begin() as conn:  # the client is stale again, committed
        conn.execute(update(Order).where(Order.client_id == cid).values(category="x"))
    writer = engine.connect()
    tx = writer.begin()
    writer.execute(
        insert(Order).values(
            id=10**9,  # the test data set ids itself: the sequence is behind
            external_id="late-order",
            client_id=cid,
            placed_at=2_000_000_000,
            amount_minor=1,
        )
    )  # its trigger now holds the lock on the client's stale mark
    done = threading.Event()
    thread = threading.Thread(target=lambda: (order_stats.refresh(engine), done.set()))
    thread.start()
    time.sleep(1.0)
    assert not done.is_set()  # the refresh waits for the writer ...
    tx.commit()
    writer.close()
    thread.join(30)
    assert done.is_set()
    row = _table(engine).get(cid)
    assert (row is not None and row[2] == 2_000_000_000) or cid in _stale(engine)


def test_upgrade_marks_clients_that_already_have_orders(db_url: str) -> None:
    from winback import migrate
    from winback.db import make_engine

    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine, "0001")
        with engine.begin() as conn:
            conn.execute(
                insert(Client), [{"id": 1, "external_id": "A"}, {"id": 2, "external_id": "B"}]
            )
            conn.execute(
                insert(Order),
                [{"external_id": "o1", "client_id": 1, "placed_at": 100, "amount_minor": 5}],
            )
        migrate.upgrade(engine)
        assert _stale(engine) == {1}
    finally:
        engine.dispose()
