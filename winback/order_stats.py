"""Per-client order aggregates (``client_order_stats``): computed here, kept
honest by triggers, read by selection instead of every order.

Selection needs, per client, the order count, the first and last order, the
revenue and the median gap between orders. Computing them from the orders
costs a pass over every order and, for the median, a window over each
client's orders: most of a preview at a million clients (BENCHMARKS.md).
This module keeps them in a table:

* **Triggers** on ``orders`` (migration 0002; SQLite and PostgreSQL) add the
  client to ``client_order_stats_stale`` on every insert, update, delete (and,
  on PostgreSQL, truncate), whoever writes: winback's importer, a company's
  ETL, a hand-written UPDATE.
* :func:`refresh` rebuilds the rows of the stale clients (or all of them) from
  the orders. It runs after ``winback import`` and ``winback demo``, before a
  ``run-once`` plans, and as ``winback db refresh-stats``.
* :func:`coverage` tells selection how many clients the table cannot answer
  for at a given moment: the stale ones, and those with an order after it (a
  replay of history). Selection reads those clients' orders and the table for
  the rest, or only the orders when too many are uncovered, when the
  campaign's priority window is not all history, on MySQL/MariaDB (no
  triggers), or when the triggers are missing or disabled. Results are the
  same either way; the tests compare both with the reference.

Bulk loads that bypass triggers (PostgreSQL ``session_replication_role =
replica``, ``ALTER TABLE … DISABLE TRIGGER``) must be followed by
``winback db refresh-stats --full``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
import time
import zoneinfo
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import BigInteger, Connection, Engine, Table, delete, func, select, type_coerce

from winback import revenue_days, spells
from winback.models import ClientOrderStats, ClientOrderStatsStale, Order, from_epoch, table_of
from winback.timeutil import now_utc, standard_offset_seconds

stats_t = table_of(ClientOrderStats)
stale_t = table_of(ClientOrderStatsStale)
orders_t = table_of(Order)

# Where the triggers exist, by the names migration 0002 gives them.
TRIGGERS = {
    "sqlite": frozenset(
        {"trg_orders_stats_insert", "trg_orders_stats_delete", "trg_orders_stats_update"}
    ),
    "postgresql": frozenset(
        {
            "trg_orders_stats_insert",
            "trg_orders_stats_delete",
            "trg_orders_stats_update_new",
            "trg_orders_stats_update_old",
            "trg_orders_stats_truncate",
        }
    ),
}
BATCH = 2_000  # clients per incremental refresh transaction
INSERT_CHUNK = 5_000


@dataclass(frozen=True)
class Stats:
    client_id: int
    orders_count: int
    first_order_at: int
    last_order_at: int
    revenue_minor: int
    median_gap2: int | None  # twice the median gap in seconds; None under 2 orders
    # Distinct purchase days counted with day_offset (the BG/NBD model's);
    # both None when the refresh was given no offset.
    purchase_days: int | None = None
    day_offset: int | None = None


DAY = 86_400


def day_offset_now(tz: zoneinfo.ZoneInfo) -> int:
    """The offset purchase days are counted with now (the model's, at now)."""
    return standard_offset_seconds(tz, now_utc())


def stats_of(
    client_id: int, times: list[int], revenue: int, day_offset: int | None = None
) -> Stats:
    """From one client's order times, sorted ascending, and its revenue (and
    with day_offset, its distinct purchase days: floor((t + offset) / day))."""
    gaps = sorted(b - a for a, b in itertools.pairwise(times))
    k = len(gaps)
    median2 = None
    if k:
        median2 = 2 * gaps[k // 2] if k % 2 else gaps[k // 2 - 1] + gaps[k // 2]
    days = None if day_offset is None else len({(t + day_offset) // DAY for t in times})
    return Stats(client_id, len(times), times[0], times[-1], revenue, median2, days, day_offset)


def _per_client(rows: Iterable[Any]) -> Iterator[tuple[int, list[int], int]]:
    """(client_id, order times ascending, revenue) of each client, from
    (client_id, placed_at, amount_minor) rows ordered by client and time."""
    current: int | None = None
    times: list[int] = []
    revenue = 0
    for client_id, placed_at, amount in rows:
        if client_id != current:
            if current is not None:
                yield current, times, revenue
            current, times, revenue = client_id, [], 0
        times.append(int(placed_at))
        revenue += int(amount)
    if current is not None:
        yield current, times, revenue


def _orders_of(conn: Connection, client_ids: list[int] | None) -> Iterator[Any]:
    query = select(
        orders_t.c.client_id,
        type_coerce(orders_t.c.placed_at, BigInteger),  # epoch seconds, not datetimes
        orders_t.c.amount_minor,
    ).order_by(orders_t.c.client_id, orders_t.c.placed_at)
    if client_ids is not None:
        query = query.where(orders_t.c.client_id.in_(client_ids))
    return iter(conn.execute(query.execution_options(yield_per=20_000)))


_FIELDS = tuple(f.name for f in fields(Stats))
_as_row = operator.attrgetter(*_FIELDS)


def orders_until(
    conn: Connection, client_id: int, moment: dt.datetime
) -> tuple[int, dt.datetime | None]:
    """How many orders a client placed up to ``moment``, and when the last
    (None without one); from the orders, not the aggregates, which may be stale."""
    last, count = conn.execute(
        select(func.max(orders_t.c.placed_at), func.count()).where(
            orders_t.c.client_id == client_id, orders_t.c.placed_at <= moment
        )
    ).one()
    if last is not None and not isinstance(last, dt.datetime):
        last = from_epoch(int(last))  # max() can lose the column's type
    return int(count), last


def _store(
    conn: Connection,
    rows: Iterable[Any],
    inactive_seconds: int | None,
    day_offset: int | None = None,
) -> int:
    """From (client_id, placed_at, amount_minor) rows ordered by client and
    time: each client's stats and (``inactive_seconds`` given) activity
    spells, inserted as plain tuples (``asdict`` and SQLAlchemy's per-row
    parameters were most of a full rebuild: 40 of 90 s at 630,000 clients);
    PostgreSQL takes them by COPY. Returns the clients stored."""
    n = 0
    per_client = _per_client(rows)
    while chunk := list(itertools.islice(per_client, INSERT_CHUNK)):
        _insert(conn, stats_t, _FIELDS, [_as_row(stats_of(*c, day_offset)) for c in chunk])
        if inactive_seconds is not None:
            cut = [r for c, times, _ in chunk for r in spells.rows_of(c, times, inactive_seconds)]
            _insert(conn, spells.spells_t, spells.FIELDS, cut)
        n += len(chunk)
    return n


def _insert(conn: Connection, table: Table, columns: tuple[str, ...], rows: list[Any]) -> None:
    from winback import bulkload

    if conn.dialect.name != "sqlite":
        bulkload.insert(conn, table, columns, rows)
    elif rows:
        marks = ", ".join("?" * len(columns))
        names = ", ".join(columns)
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)


def triggers_active(conn: Connection) -> bool:
    """Are the triggers that mark clients stale present (and enabled)?"""
    return triggers_enabled(conn, TRIGGERS)


def triggers_enabled(conn: Connection, names: Mapping[str, frozenset[str]]) -> bool:
    """Are all the triggers on ``orders`` named for this database (``names``
    by dialect) present and enabled? False where none are named (MariaDB)."""
    dialect = conn.dialect.name
    wanted = names.get(dialect)
    if wanted is None:
        return False
    if dialect == "sqlite":
        sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'orders'"
    else:
        sql = (
            "SELECT tgname FROM pg_trigger WHERE tgrelid = to_regclass('orders') "
            "AND NOT tgisinternal AND tgenabled <> 'D'"
        )
    found = {row[0] for row in conn.exec_driver_sql(sql)}
    return wanted <= found


@dataclass(frozen=True)
class Coverage:
    rows: int  # clients with a row
    stale: int  # clients marked stale
    after: int  # clients with a row whose last order is after the moment asked

    @property
    def uncovered(self) -> int:
        return self.stale + self.after


def coverage(conn: Connection, as_of: int | None) -> Coverage:
    """Counts of rows and stale marks, and (as_of given) of rows with an order after it."""
    rows = conn.execute(select(func.count()).select_from(stats_t)).scalar_one()
    stale = conn.execute(select(func.count()).select_from(stale_t)).scalar_one()
    after = 0
    if as_of is not None:
        after = conn.execute(
            select(func.count()).select_from(stats_t).where(stats_t.c.last_order_at > as_of)
        ).scalar_one()
    return Coverage(int(rows), int(stale), int(after))


@dataclass(frozen=True)
class RefreshResult:
    clients: int  # clients whose rows were rebuilt (or removed: no orders left)
    full: bool
    seconds: float
    skipped: str | None = None

    def line(self) -> str:
        if self.skipped:
            return f"order stats not kept: {self.skipped}"
        how = "rebuilt all" if self.full else "refreshed"
        noun = "client" if self.clients == 1 else "clients"
        return f"order stats {how}: {self.clients} {noun} in {self.seconds:.1f} s"


def refresh(
    engine: Engine,
    *,
    full: bool | None = None,
    inactive_days: int | None = None,
    day_offset: int | None = None,
) -> RefreshResult:
    """Rebuild the stats and activity spells of the stale clients (``full``:
    of every client); with ``day_offset`` (the business time zone's,
    day_offset_now) their purchase days too.

    Spells (``winback.spells``) are cut with ``inactive_days`` when given,
    else with the period they were last built for; never built and none
    given: they are not kept. A period other than the one they were built
    for rebuilds everything. ``full=None`` rebuilds everything when a fifth
    or more of the clients are stale (one pass over the orders beats a
    lookup per client). Each transaction removes its clients' stale marks
    *before* reading their orders: on PostgreSQL a writer's trigger holds
    the mark's row lock until it commits, so the removal waits for it and
    the read that follows sees its orders; a writer that commits later marks
    the client again. SQLite has one writer at a time.
    """
    t0 = time.perf_counter()
    if engine.dialect.name not in TRIGGERS:
        return RefreshResult(
            0, False, 0.0, skipped=f"{engine.dialect.name}: selection reads the orders"
        )
    with engine.connect() as conn:
        if not triggers_active(conn):
            return RefreshResult(
                0, False, 0.0, skipped="the triggers on orders are missing or disabled"
            )
        stale = int(conn.execute(select(func.count()).select_from(stale_t)).scalar_one())
        # the rows counted only when it matters (a million: 0.1 s a report)
        many = stale > 10_000 and stale > coverage(conn, None).rows // 5
        built = spells.built_for(conn)
    wanted = built if inactive_days is None else inactive_days * 86_400
    with engine.begin() as conn:
        revenue_days.fold(conn)
    if full is None:
        full = many or wanted != built
    if full:
        return _rebuild(engine, wanted, t0, day_offset)
    done = seen = 0
    # Bounded: writers marking clients meanwhile are left for the next refresh.
    budget = stale + BATCH
    while seen < budget:
        with engine.begin() as conn:
            ids = list(
                conn.execute(
                    select(stale_t.c.client_id).order_by(stale_t.c.client_id).limit(BATCH)
                ).scalars()
            )
            if not ids:
                break
            taken = sorted(
                conn.execute(
                    delete(stale_t)
                    .where(stale_t.c.client_id.in_(ids))
                    .returning(stale_t.c.client_id)
                ).scalars()
            )
            if taken:  # none: another refresh took them first
                conn.execute(delete(stats_t).where(stats_t.c.client_id.in_(taken)))
                spells.forget(conn, taken)
                _store(conn, _orders_of(conn, taken), spells.built_for(conn), day_offset)
        seen += len(ids)
        done += len(taken)
    return RefreshResult(done, False, time.perf_counter() - t0)


def _rebuild(
    engine: Engine, inactive_seconds: int | None, t0: float, day_offset: int | None
) -> RefreshResult:
    """Every client's stats, and (``inactive_seconds`` given) the spells cut
    with it and the revenue per day; else neither is kept."""
    from winback import bulkload

    if inactive_seconds is not None:
        revenue_days.rebuild(engine)

    with engine.begin() as conn, bulkload.sqlite_indexes_dropped(conn, stats_t.name):
        conn.execute(delete(stale_t))
        conn.execute(delete(stats_t))
        if inactive_seconds is not None:
            spells.start_over(conn, inactive_seconds)
        n = _store(conn, _orders_of(conn, None), inactive_seconds, day_offset)
    with engine.begin() as conn:  # the planner's figures, for the new tables
        conn.exec_driver_sql(f"ANALYZE {stats_t.name}")
        conn.exec_driver_sql(f"ANALYZE {spells.spells_t.name}")
    return RefreshResult(n, True, time.perf_counter() - t0)
