"""Churn, CRR, LTV and lost revenue per calendar month, in one grouped pass
over the orders.

A client is active at moment t with an order in (t − inactive_days, t]. At
each month boundary b the active set follows from which *regions* of time a
client ordered in: the boundaries b, the moments b − D and b − 1 s cut the
time line into regions, "active at b" is "ordered in one of the regions that
make up (b − D, b]", and "ordered before b" (for LTV) "in one of those up to
b − 1 s". So one pass grouped by client computes a bit mask of the regions
each client ordered in (a bitwise OR of one bit per order); the database
then counts clients by mask — a few thousand rows — and Python reads every
month's S, E, N and lost off those. The same statement (the per-client
masks are a CTE, computed once) finds the clients lost in each month and
gives each its loss reason (``reasons.counted``), so the orders are read
once and no client comes back to Python. Revenue before each month's end:
one range sum per month over the index on ``placed_at``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import (
    CTE,
    BigInteger,
    ColumnElement,
    Connection,
    and_,
    case,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)

from winback import order_stats
from winback.models import ClientOrderStats, ClientOrderStatsStale, Order, table_of
from winback.reports import reasons

orders_t = table_of(Order)
stats_t = table_of(ClientOrderStats)
stale_t = table_of(ClientOrderStatsStale)
WORD_BITS = 62  # bits per mask column (a signed 64-bit integer, with room)


def month_starts(
    as_of: dt.datetime,
    tz: zoneinfo.ZoneInfo,
    since: dt.datetime | None,
    until: dt.datetime | None,
    default_months: int,
) -> list[dt.datetime]:
    """The boundaries of the complete months reported: every month that
    starts at or after ``since`` and ends by ``until`` and by as-of (without
    ``since``: the ``default_months`` before). Empty when no month is complete."""
    end = min(as_of, until) if until is not None else as_of
    local = end.astimezone(tz)
    last = _month(local.year, local.month, tz)
    if since is None:
        first = _shift(last, -default_months, tz)
    else:
        s = since.astimezone(tz)
        first = _month(s.year, s.month, tz)
        if first < since:
            first = _shift(first, 1, tz)
    if first >= last:
        return []
    out = [first]
    while out[-1] < last:
        out.append(_shift(out[-1], 1, tz))
    return out


def _month(year: int, month: int, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    return dt.datetime(year, month, 1, tzinfo=tz)


def _shift(start: dt.datetime, months: int, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    index = start.year * 12 + start.month - 1 + months
    return _month(index // 12, index % 12 + 1, tz)


def _n(value: int) -> ColumnElement[Any]:
    """An integer written into the statement (they are ours, never input)."""
    return literal_column(str(int(value)), BigInteger)


def _mask(regions: Iterable[int]) -> int:
    return sum(1 << k for k in set(regions))


@dataclass(frozen=True)
class Regions:
    """The time line cut at every boundary b, b − D and b − 1 s into regions:
    region 0 is (−∞, points[0]], region k ≥ 1 is (points[k−1], points[k]].
    Per boundary, the mask words of the regions that make up (b − D, b]
    (``active``) and of those before b (``before``: placed_at < b)."""

    bounds: tuple[int, ...]
    points: tuple[int, ...]
    active: tuple[int, ...]  # per boundary, a bit per region
    before: tuple[int, ...]

    @classmethod
    def of(cls, bounds: Sequence[int], inactive_seconds: int) -> Regions:
        cuts = {b - inactive_seconds for b in bounds} | {b - 1 for b in bounds} | set(bounds)
        points = tuple(sorted(cuts))
        regions = range(len(points))
        active = [
            _mask(
                k for k in regions if k and points[k - 1] >= b - inactive_seconds and points[k] <= b
            )
            for b in bounds
        ]
        before = [_mask(k for k in regions if points[k] < b) for b in bounds]
        return cls(tuple(bounds), points, tuple(active), tuple(before))

    @property
    def words(self) -> int:
        """Mask columns: WORD_BITS regions each."""
        return (len(self.points) - 1) // WORD_BITS + 1

    def word(self, mask: int, w: int) -> int:
        return (mask >> (w * WORD_BITS)) & ((1 << WORD_BITS) - 1)

    def word_expr(self, placed: ColumnElement[Any], word: int) -> ColumnElement[Any]:
        """The bit of an order's region within mask word ``word``, or NULL: a
        binary search, a handful of comparisons an order."""
        lo = word * WORD_BITS
        hi = min(lo + WORD_BITS, len(self.points))

        def search(first: int, last: int) -> ColumnElement[Any]:  # regions first..last-1
            if last - first == 1:
                return _n(1 << (first - lo))
            mid = (first + last) // 2
            return case(
                (placed <= _n(self.points[mid - 1]), search(first, mid)), else_=search(mid, last)
            )

        outside = [placed > _n(self.points[hi - 1])] if hi < len(self.points) else []
        if lo > 0:
            outside.append(placed <= _n(self.points[lo - 1]))
        if not outside:
            return search(lo, hi)
        return case((or_(*outside), null()), else_=search(lo, hi))


def _bit_or(conn: Connection, expr: ColumnElement[Any]) -> ColumnElement[Any]:
    if conn.dialect.name == "sqlite":  # no BIT_OR: the bits are powers of two
        return func.sum(expr.distinct())
    return func.bit_or(expr)


@dataclass
class Activity:
    """What the grouped pass yields, per boundary index j."""

    active: list[int]  # clients active at b_j
    new: list[int]  # j ≥ 1: active at b_j, not at b_{j−1}
    lost: list[int]  # j ≥ 1: active at b_{j−1}, not at b_j
    ordered_before: list[int]  # clients with an order placed before b_j
    losses: reasons.Losses = field(default_factory=reasons.Losses)  # why the lost left


def activity(conn: Connection, rg: Regions) -> Activity:
    """One statement: one pass over the orders up to the last boundary,
    grouped by client (a CTE); the clients counted by mask, and those lost
    in some month given their loss reason and counted (``reasons.counted``)."""
    placed = type_coerce(orders_t.c.placed_at, BigInteger)
    bounds = rg.bounds
    per_client = (
        select(
            orders_t.c.client_id.label("client_id"),
            *(
                func.coalesce(_bit_or(conn, rg.word_expr(placed, w)), _n(0)).label(f"m{w}")
                for w in range(rg.words)
            ),
        )
        .where(placed <= _n(bounds[-1]))
        .group_by(orders_t.c.client_id)
        .cte("per_client")
    )
    masks = [per_client.c[f"m{w}"] for w in range(rg.words)]
    mask_rows = select(literal(0), *masks, null(), null(), null(), func.count()).group_by(*masks)
    if len(bounds) < 2:
        return _count(conn.execute(mask_rows).all(), rg)
    statement = union_all(mask_rows, reasons.counted(_lost(per_client, rg), rg.words))
    if conn.dialect.name != "postgresql":
        return _count(conn.execute(statement).all(), rg)
    # PostgreSQL guesses a few hundred lost clients where there are tens of
    # thousands, and would fetch their managers one by one (a random heap
    # read each): the only join here, so hash it
    conn.exec_driver_sql("SET LOCAL enable_nestloop = off")
    try:
        return _count(conn.execute(statement).all(), rg)
    finally:
        conn.exec_driver_sql("RESET enable_nestloop")


def _lost(per_client: CTE, rg: Regions) -> CTE:
    """(cid, j, b): client cid lost in month j, which ends at b. The clients
    lost in any month first (one test of each client's masks), then each
    month's among those."""

    def active(cte: CTE, j: int) -> ColumnElement[bool]:
        words = ((cte.c[f"m{w}"], rg.word(rg.active[j], w)) for w in range(rg.words))
        return or_(*(m.op("&")(_n(a)) != _n(0) for m, a in words if a))

    def lost_in(cte: CTE, j: int) -> ColumnElement[bool]:
        return and_(active(cte, j - 1), ~active(cte, j))

    months = range(1, len(rg.bounds))
    some = (
        select(per_client)
        .where(or_(*(lost_in(per_client, j) for j in months)))
        .cte("lost_some_month")
    )
    return union_all(
        *(
            select(
                some.c.client_id.label("cid"), _n(j).label("j"), _n(rg.bounds[j]).label("b")
            ).where(lost_in(some, j))
            for j in months
        )
    ).cte("lost")


def _count(rows: Any, rg: Regions) -> Activity:
    """Mask rows (0, words…, -, -, -, clients) into the monthly counts; loss
    rows (1, j, -…, incident, detractor, manager, clients) into the losses."""
    m = len(rg.bounds)
    out = Activity([0] * m, [0] * m, [0] * m, [0] * m)
    counts: Counter[int] = Counter()
    for kind, *words, incident, detractor, manager, n in rows:
        if kind:
            out.losses.add(int(words[0]), incident, detractor, manager, int(n))
            continue
        counts[sum(int(v or 0) << (w * WORD_BITS) for w, v in enumerate(words))] += int(n)
    for mask, n in counts.items():  # thousands of distinct masks at most
        flags = [bool(mask & a) for a in rg.active]
        for j in range(m):
            out.active[j] += n * flags[j]
            out.ordered_before[j] += n * bool(mask & rg.before[j])
            if j:
                out.new[j] += n * (flags[j] and not flags[j - 1])
                out.lost[j] += n * (flags[j - 1] and not flags[j])
    return out


def revenue_before(conn: Connection, bounds: Sequence[int]) -> list[int]:
    """Per boundary, the revenue (minor units) of all orders placed before it:
    a range sum per month, and before the first boundary either the same or,
    when ``client_order_stats`` is current, all revenue there less what came
    after (most orders are older than the first month: this spares reading them)."""
    placed = type_coerce(orders_t.c.placed_at, BigInteger)
    total = func.coalesce(func.sum(orders_t.c.amount_minor), 0)

    def between(lo: int | None, hi: int | None) -> int:
        query = select(total)
        if lo is not None:
            query = query.where(placed >= _n(lo))
        if hi is not None:
            query = query.where(placed < _n(hi))
        return int(conn.execute(query).scalar_one())

    months = [between(lo, hi) for lo, hi in itertools.pairwise(bounds)]
    everything = _all_revenue(conn)
    if everything is None:
        first = between(None, bounds[0])
    else:
        first = everything - sum(months) - between(bounds[-1], None)
    return list(itertools.accumulate(months, initial=first))


def _all_revenue(conn: Connection) -> int | None:
    """The revenue of every order, from ``client_order_stats`` when it is
    current (the triggers mark every change and no client is marked); else None."""
    if not order_stats.triggers_active(conn):
        return None
    if conn.execute(select(func.count()).select_from(stale_t)).scalar_one():
        return None
    return int(
        conn.execute(select(func.coalesce(func.sum(stats_t.c.revenue_minor), 0))).scalar_one()
    )


def ltv(revenue: int, clients: int) -> Fraction | None:
    """Revenue (minor units) per client, exact; None without clients."""
    return Fraction(revenue, clients) if clients else None
