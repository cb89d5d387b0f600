"""The orders' revenue per UTC day (``order_revenue_days``), for the report's
LTV: the revenue of all orders placed before a month's end is the days
before the end's own day, plus that day's orders before it, read from the
orders (a few hours of them). So the report reads a few thousand rows, not
a year of orders.

Kept exact by triggers on ``orders`` (migration 0008; SQLite and
PostgreSQL) that *append* each change, per day, to ``order_revenue_deltas``
— never an upsert, so concurrent writers never wait on each other —, and by
:func:`fold`, which every ``order_stats.refresh`` runs, moving the deltas
into the days. :func:`rebuild` computes the days from the orders; a full
refresh that builds the spells runs it, and ``report_summary_state``'s row
then says both are whole. The report reads days and deltas alike, so a
delta not folded yet still counts.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Engine,
    func,
    select,
    text,
    type_coerce,
)

from winback.models import Order, OrderRevenueDay, OrderRevenueDelta, table_of

days_t = table_of(OrderRevenueDay)
deltas_t = table_of(OrderRevenueDelta)
orders_t = table_of(Order)
DAY = 86_400

# Where the triggers exist, by the names migration 0008 gives them.
TRIGGERS = {
    "sqlite": frozenset(
        {"trg_orders_revenue_insert", "trg_orders_revenue_delete", "trg_orders_revenue_update"}
    ),
    "postgresql": frozenset(
        {
            "trg_orders_revenue_insert",
            "trg_orders_revenue_delete",
            "trg_orders_revenue_update_new",
            "trg_orders_revenue_update_old",
        }
    ),
}


def _day_sql(column: str) -> str:
    """⌊column ÷ 86,400⌋ (as the triggers compute it), also before 1970."""
    return f"(({column} - (({column} % {DAY}) + {DAY}) % {DAY}) / {DAY})"


def rebuild(engine: Engine) -> None:
    """The days from the orders, the deltas dropped, in one snapshot
    (PostgreSQL: REPEATABLE READ), so a writer's change is either in the
    orders read or in a delta kept, never both."""
    opts: dict[str, Any] = {}
    if engine.dialect.name == "postgresql":
        opts["isolation_level"] = "REPEATABLE READ"
    with engine.connect().execution_options(**opts) as conn, conn.begin():
        conn.exec_driver_sql(f"DELETE FROM {days_t.name}")
        conn.exec_driver_sql(f"DELETE FROM {deltas_t.name}")
        day = _day_sql("placed_at")
        conn.execute(  # text(): psycopg would take the % for placeholders
            text(
                f"INSERT INTO {days_t.name} (day, revenue_minor) "
                f"SELECT {day}, sum(amount_minor) FROM orders GROUP BY {day}"
            )
        )


def fold(conn: Connection) -> None:
    """Move the deltas into the days (SQLite: one writer at a time;
    PostgreSQL: the deltas taken by one statement, days locked in order)."""
    upsert = (
        f"ON CONFLICT (day) DO UPDATE SET revenue_minor = "
        f"{days_t.name}.revenue_minor + excluded.revenue_minor"
    )
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            f"WITH moved AS (DELETE FROM {deltas_t.name} RETURNING day, revenue_minor) "
            f"INSERT INTO {days_t.name} (day, revenue_minor) "
            f"SELECT day, sum(revenue_minor) FROM moved GROUP BY day ORDER BY day {upsert}"
        )
        return
    conn.exec_driver_sql(
        f"INSERT INTO {days_t.name} (day, revenue_minor) "
        f"SELECT day, sum(revenue_minor) FROM {deltas_t.name} WHERE 1 GROUP BY day {upsert}"
    )
    conn.exec_driver_sql(f"DELETE FROM {deltas_t.name}")


def usable(conn: Connection) -> bool:
    """Are the days whole (built with the spells) and kept (triggers on)?"""
    from winback import order_stats, spells

    return spells.built_for(conn) is not None and order_stats.triggers_enabled(conn, TRIGGERS)


def before(conn: Connection, bounds: Sequence[int]) -> list[int]:
    """Per boundary b, the revenue (minor units) of the orders placed before b."""
    last = max(bounds) // DAY
    per_day: dict[int, int] = {}
    for table in (days_t, deltas_t):
        rows = conn.execute(
            select(table.c.day, func.sum(table.c.revenue_minor))
            .where(table.c.day < last)
            .group_by(table.c.day)
        )
        for day, revenue in rows:
            per_day[int(day)] = per_day.get(int(day), 0) + int(revenue)
    days = sorted(per_day)
    running = list(itertools.accumulate(per_day[d] for d in days))
    out = []
    for b in bounds:
        d = b // DAY  # the days wholly before b, then b's own day up to b
        k = bisect.bisect_left(days, d)
        out.append((running[k - 1] if k else 0) + _orders_between(conn, d * DAY, b))
    return out


def _orders_between(conn: Connection, lo: int, hi: int) -> int:
    if lo >= hi:
        return 0
    placed: ColumnElement[Any] = type_coerce(orders_t.c.placed_at, BigInteger)
    total = conn.execute(
        select(func.coalesce(func.sum(orders_t.c.amount_minor), 0)).where(placed >= lo, placed < hi)
    ).scalar_one()
    return int(total)
