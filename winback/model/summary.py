"""Each client's (x, t_x, T) as of a moment, computed in SQL from the orders.

The definitions every part of winback uses (README "Predicted churn"):

* A client's purchase **day** of an order is
  ``floor((placed_at + OFF) / 86400)``, where ``OFF`` is the business
  timezone's (``[scheduler] timezone``) *standard* offset at the as-of moment
  (:func:`day_offset_seconds`): days run midnight to midnight in the
  timezone's standard time, with no DST shifts. Days with a purchase count
  once, whatever the number of orders on them.
* The orders counted are those placed **at or before** the as-of moment
  (``placed_at <= as_of``), as selection counts them. With order dates
  imported at midnight, "as of 1997-09-30" therefore counts the orders of
  1997-09-30, which is how the published CDNOW summary is built (its T runs
  to the start of the last day, and that day's purchases are in).
* ``x`` = distinct purchase days − 1 (repeat purchases); ``t_x`` = last day −
  first day; ``T`` = ``(as_of + OFF) / 86400`` − first day (fractional: the
  age up to the as-of moment). In weeks, each is divided by 7.
* A client without an order at or before the as-of moment has no summary.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any, Literal
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection, func, select

from winback.model import bgnbd
from winback.models import Order, table_of, to_epoch
from winback.timeutil import standard_offset_seconds

Unit = Literal["days", "weeks"]
UNIT_DAYS: dict[str, int] = {"days": 1, "weeks": 7}
UNITS: tuple[Unit, ...] = ("days", "weeks")

DAY = 86_400
# Added before dividing, so that SQL's integer division (which truncates
# toward zero) floors for moments before 1970 too: 40,000 days is back to 1860,
# before the earliest date winback accepts (1900).
SHIFT_DAYS = 40_000

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class ClientSummary:
    """One entry per client with an order at or before ``as_of``, in ``unit``."""

    client_id: IntArray
    x: bgnbd.Array
    t_x: bgnbd.Array
    T: bgnbd.Array
    as_of: dt.datetime
    unit: Unit

    def __len__(self) -> int:
        return int(self.client_id.size)

    def to_bgnbd(self) -> bgnbd.Summary:
        """The unique (x, t_x, T) triples with their weights, for fitting."""
        return bgnbd.summarise(self.x, self.t_x, self.T)


def day_offset_seconds(timezone: ZoneInfo, as_of: dt.datetime) -> int:
    """The timezone's standard offset (UTC offset less DST) at ``as_of``, in
    seconds (timeutil's: order_stats counts purchase days without numpy)."""
    return standard_offset_seconds(timezone, as_of)


def summary_statement(as_of_epoch: int, offset: int) -> Any:
    """Per client: distinct purchase days, first and last order moment.

    One grouped pass over the covering index (client_id, placed_at, ...).
    The first and last day follow from the first and last moment (the day is
    monotonic in the moment), so only the distinct count needs the day.
    """
    orders = table_of(Order)
    placed = orders.c.placed_at
    day = (placed + (offset + SHIFT_DAYS * DAY)) // DAY
    return (
        select(
            orders.c.client_id,
            func.count(day.distinct()),
            func.min(placed),
            func.max(placed),
        )
        .where(placed <= as_of_epoch)
        .group_by(orders.c.client_id)
    )


def _fetch(conn: Connection, statement: Any) -> IntArray:
    """The statement's integer rows as one (n, 4) array, through the DB-API
    cursor (no Row objects). Every bound value is an integer, so the
    statement is rendered with literal values.

    PostgreSQL: JIT off for the statement (restored after, in the caller's
    transaction): compiling the grouped pass took longer (~0.3 s on a million
    clients) than it saved."""
    sql = str(statement.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    raw: Any = conn.connection.driver_connection
    postgres = conn.dialect.name == "postgresql"
    cursor = raw.cursor()
    try:
        if postgres:
            cursor.execute("SELECT current_setting('jit'), set_config('jit', 'off', true)")
            (jit, _off) = cursor.fetchone()
        cursor.execute(sql)
        rows = cursor.fetchall()
        if postgres:
            cursor.execute("SELECT set_config('jit', %s, true)", (jit,))
    finally:
        cursor.close()
    flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64, count=4 * len(rows))
    return flat.reshape(len(rows), 4)


def read_summary(
    conn: Connection, *, as_of: dt.datetime, unit: Unit, timezone: ZoneInfo
) -> ClientSummary:
    """Every client's (x, t_x, T) as of ``as_of`` (see the module's definitions)."""
    if unit not in UNIT_DAYS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    as_of_epoch = to_epoch(as_of)
    offset = day_offset_seconds(timezone, as_of)
    rows = _fetch(conn, summary_statement(as_of_epoch, offset))
    first_day = np.floor_divide(rows[:, 2] + offset, DAY)
    last_day = np.floor_divide(rows[:, 3] + offset, DAY)
    per_unit = float(UNIT_DAYS[unit])
    now_days = (as_of_epoch + offset) / DAY
    return ClientSummary(
        client_id=np.ascontiguousarray(rows[:, 0]),
        x=(rows[:, 1] - 1).astype(np.float64),
        t_x=(last_day - first_day).astype(np.float64) / per_unit,
        T=(now_days - first_day.astype(np.float64)) / per_unit,
        as_of=as_of,
        unit=unit,
    )
