"""Churn, CRR, LTV and lost revenue per calendar month, in one grouped pass
over the orders.

A client is active at moment t with an order in (t − inactive_days, t]. At
each month boundary b the active set follows from which *elementary
intervals* a client ordered in: the boundaries b and the moments b − D cut
the time line into intervals, and "active at b" is "ordered in one of the
intervals that make up (b − D, b]". So one pass grouped by client computes a
bit mask of the intervals each client ordered in (a bitwise OR of one bit
per order) and the first order; the database then counts clients by
(mask, bucket of the first order) — a few hundred rows — and Python reads
every month's S, E, N and lost off those. The clients lost in some month
come back one by one (their id is kept in the grouping), for the loss
reasons. Revenue before each month's end: one range sum per month over
the index on ``placed_at``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    and_,
    case,
    func,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
)

from winback.models import Order, table_of

orders_t = table_of(Order)
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


@dataclass(frozen=True)
class Intervals:
    """The elementary intervals (points[i], points[i+1]] and, for each
    boundary, the mask words of the intervals that make up (b − D, b]."""

    bounds: tuple[int, ...]
    points: tuple[int, ...]
    active: tuple[tuple[int, ...], ...]  # per boundary, one int per word

    @classmethod
    def of(cls, bounds: Sequence[int], inactive_seconds: int) -> Intervals:
        points = tuple(sorted(set(bounds) | {b - inactive_seconds for b in bounds}))
        words = (len(points) - 2) // WORD_BITS + 1
        active = []
        for b in bounds:
            mask = [0] * words
            for i in range(len(points) - 1):
                if points[i] >= b - inactive_seconds and points[i + 1] <= b:
                    mask[i // WORD_BITS] |= 1 << (i % WORD_BITS)
            active.append(tuple(mask))
        return cls(tuple(bounds), points, tuple(active))

    @property
    def words(self) -> int:
        return len(self.active[0])

    def word_expr(self, placed: ColumnElement[Any], word: int) -> ColumnElement[Any]:
        """The bit of an order's interval within mask word ``word``, or NULL."""
        lo = word * WORD_BITS
        hi = min(lo + WORD_BITS, len(self.points) - 1)
        whens: list[tuple[ColumnElement[bool], ColumnElement[Any]]] = [
            (placed <= _n(self.points[lo]), null())
        ]
        whens += [(placed <= _n(self.points[i + 1]), _n(1 << (i - lo))) for i in range(lo, hi)]
        return case(*whens, else_=null())

    def is_active(self, masks: Sequence[int], j: int) -> bool:
        return any(m & a for m, a in zip(masks, self.active[j], strict=True))


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
    first_orders: list[int]  # clients with a first order in [b_{j−1}, b_j) (j = 0: before b_0)
    lost_clients: dict[int, list[int]] = field(default_factory=dict)  # client → months j


def activity(conn: Connection, iv: Intervals) -> Activity:
    placed = type_coerce(orders_t.c.placed_at, BigInteger)
    bounds = iv.bounds
    per_client = (
        select(
            orders_t.c.client_id.label("client_id"),
            func.min(placed).label("first"),
            *(
                func.coalesce(_bit_or(conn, iv.word_expr(placed, w)), _n(0)).label(f"m{w}")
                for w in range(iv.words)
            ),
        )
        .where(placed <= _n(bounds[-1]))
        .group_by(orders_t.c.client_id)
        .subquery()
    )
    masks = [per_client.c[f"m{w}"] for w in range(iv.words)]

    def active(j: int) -> ColumnElement[bool]:
        return or_(
            *(m.op("&")(_n(a)) != _n(0) for m, a in zip(masks, iv.active[j], strict=True) if a)
        )

    lost_any = or_(*(and_(active(j - 1), ~active(j)) for j in range(1, len(bounds))))
    bucket = case(
        *((per_client.c.first < _n(b), _n(j)) for j, b in enumerate(bounds)),
        else_=_n(len(bounds)),
    )
    keyed = select(
        case((lost_any, per_client.c.client_id), else_=null()).label("cid"),
        bucket.label("fb"),
        *masks,
    ).subquery()
    keys = [keyed.c.cid, keyed.c.fb, *(keyed.c[f"m{w}"] for w in range(iv.words))]
    rows = conn.execute(select(*keys, func.count()).group_by(*keys))
    return _count(rows, iv)


def _count(rows: Any, iv: Intervals) -> Activity:
    m = len(iv.bounds)
    out = Activity([0] * m, [0] * m, [0] * m, [0] * (m + 1))
    for cid, fb, *rest in rows:
        *masks, n = (int(v or 0) for v in rest)
        out.first_orders[int(fb)] += n
        flags = [iv.is_active(masks, j) for j in range(m)]
        for j in range(m):
            out.active[j] += n * flags[j]
            if j:
                out.new[j] += n * (flags[j] and not flags[j - 1])
                out.lost[j] += n * (flags[j - 1] and not flags[j])
        if cid is not None:
            out.lost_clients[int(cid)] = [j for j in range(1, m) if flags[j - 1] and not flags[j]]
    return out


def revenue_before(conn: Connection, bounds: Sequence[int]) -> list[int]:
    """Per boundary, the revenue (minor units) of all orders placed before it."""
    placed = type_coerce(orders_t.c.placed_at, BigInteger)
    total = func.coalesce(func.sum(orders_t.c.amount_minor), 0)
    out = [int(conn.execute(select(total).where(placed < _n(bounds[0]))).scalar_one())]
    for lo, hi in itertools.pairwise(bounds):
        month = conn.execute(select(total).where(placed >= _n(lo), placed < _n(hi))).scalar_one()
        out.append(out[-1] + int(month))
    return out


def ltv(revenue: int, clients: int) -> Fraction | None:
    """Revenue (minor units) per client, exact; None without clients."""
    return Fraction(revenue, clients) if clients else None
