"""Churn, CRR and the clients lost per month from the clients' activity
spells (``winback.spells``) instead of every order: the same figures as
``churn.activity``, from about a row and a half per client.

Client c is active at boundary b_j when b_j lies in one of its spells
[start_at, last_at + D), so a spell adds the bits j with start_at ≤ b_j <
last_at + D: 2^i(e) − 2^i(s), i(x) = #{j : b_j < x}, a run of bits; a
client's spells are disjoint, so their sum is the client's mask, bit j
"active at b_j". "Ordered before b_j" (LTV) is "first start_at < b_j", i.e.
j ≥ i(first + 1). The database counts clients by (mask, 2^i(first + 1)) —
a few hundred rows — and, in the same statement, gives each client lost in
some month its loss reason (``reasons.counted``), as ``churn.activity`` does.

Used only when the spells answer for every client: the triggers on orders
are in place, no client is marked stale, and the spells were cut with the
report's inactive period (``winback.order_stats.refresh`` keeps them so);
otherwise the report reads the orders (``churn.activity``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    CTE,
    BigInteger,
    ColumnElement,
    Connection,
    Select,
    case,
    cast,
    func,
    literal,
    null,
    select,
    union_all,
)

from winback import order_stats, spells
from winback.models import ClientOrderStatsStale, table_of
from winback.reports import reasons
from winback.reports.churn import Activity, _n

spells_t = spells.spells_t
stale_t = table_of(ClientOrderStatsStale)
MAX_BOUNDS = 61  # the mask is one signed 64-bit integer


def usable(conn: Connection, bounds: Sequence[int], inactive_seconds: int) -> bool:
    """Do the spells answer for every client, for these boundaries?"""
    if not 0 < len(bounds) <= MAX_BOUNDS or not order_stats.triggers_active(conn):
        return False
    if spells.built_for(conn) != inactive_seconds:
        return False
    return not conn.execute(select(func.count()).select_from(stale_t)).scalar_one()


def _pow(x: ColumnElement[Any], bounds: Sequence[int]) -> ColumnElement[Any]:
    """2 ** #{j : b_j < x}, by binary search over the sorted boundaries."""

    def search(lo: int, hi: int) -> ColumnElement[Any]:  # the count is in lo..hi
        if lo == hi:
            return _n(1 << lo)
        mid = (lo + hi) // 2
        return case((x > _n(bounds[mid]), search(mid + 1, hi)), else_=search(lo, mid))

    return search(0, len(bounds))


def activity(conn: Connection, bounds: Sequence[int], inactive_seconds: int) -> Activity:
    """``churn.activity``'s figures, from the spells (``usable`` first)."""
    start, last = spells_t.c.start_at, spells_t.c.last_at
    per_client = (
        select(
            spells_t.c.client_id.label("client_id"),
            cast(
                func.sum(
                    # i(last + D): the bounds moved instead, no addition a row
                    _pow(last, [b - inactive_seconds for b in bounds]) - _pow(start, bounds)
                ),
                BigInteger,
            ).label("mask"),
            func.min(start).label("first_at"),
        )
        .group_by(spells_t.c.client_id)
        .cte("per_client")
    )
    before = _pow(per_client.c.first_at + _n(1), bounds)
    mask_rows = select(
        literal(0), per_client.c.mask, before, null(), null(), null(), func.count()
    ).group_by(per_client.c.mask, before)
    if len(bounds) < 2:
        return _count(conn.execute(mask_rows).all(), len(bounds))
    hashed = conn.dialect.name == "postgresql"
    lost = reasons.counted(_lost(per_client, bounds), 2, hashed=hashed)
    statement = union_all(mask_rows, lost)
    if conn.dialect.name != "postgresql":
        return _count(conn.execute(statement).all(), len(bounds))
    conn.exec_driver_sql("SET LOCAL enable_nestloop = off")  # as churn.activity
    try:
        return _count(conn.execute(statement).all(), len(bounds))
    finally:
        conn.exec_driver_sql("RESET enable_nestloop")


def _lost(per_client: CTE, bounds: Sequence[int]) -> CTE:
    """(cid, j, b): client cid lost in month j (active at b_{j−1}, not at
    b_j, which is b). Bit i of ``mask & ~(mask >> 1)`` (~x = −x − 1), i <
    m − 1, is "lost in month i + 1"; each client's such bits are taken one
    at a time, lowest first (x & −x), by a recursive step: a row per client
    and month lost, where a test of every client for every month read the
    lost clients once a month (on SQLite about a sixth of the churn
    statement's CPU)."""
    m = len(bounds)
    mask = per_client.c.mask
    edges = mask.op("&")(-mask.op(">>")(_n(1)) - _n(1)).op("&")(_n((1 << (m - 1)) - 1))
    edged = (
        select(per_client.c.client_id.label("cid"), edges.label("e"))
        .where(edges != _n(0))
        .subquery("edged")
    )

    def split(cid: Any, e: ColumnElement[Any]) -> Select[Any]:
        low = e.op("&")(-e)
        return select(cid.label("cid"), (e - low).label("rest"), low.label("bit"))

    anchor = split(edged.c.cid, edged.c.e).cte("lost_bits", recursive=True)
    bits = anchor.union_all(split(anchor.c.cid, anchor.c.rest).where(anchor.c.rest != _n(0)))
    # bit 2^(j − 1): month j, ending at bounds[j]
    month = _by_bit(bits.c.bit, list(range(1, m)))
    end = _by_bit(bits.c.bit, list(bounds[1:]))
    return select(bits.c.cid, month.label("j"), end.label("b")).cte("lost")


def _by_bit(bit: ColumnElement[Any], values: Sequence[int]) -> ColumnElement[Any]:
    """values[k] for bit = 2^k, by binary search over k."""

    def search(lo: int, hi: int) -> ColumnElement[Any]:  # k in lo..hi-1
        if hi - lo == 1:
            return _n(values[lo])
        mid = (lo + hi) // 2
        return case((bit < _n(1 << mid), search(lo, mid)), else_=search(mid, hi))

    return search(0, len(values))


def _count(rows: Any, m: int) -> Activity:
    """Mask rows (0, mask, 2^i(first + 1), -, -, -, clients) into the
    monthly counts; loss rows (1, j, -, incident, detractor, manager,
    clients) into the losses."""
    out = Activity([0] * m, [0] * m, [0] * m, [0] * m)
    for kind, key, first, incident, detractor, manager, n in rows:
        n = int(n)
        if kind:
            out.losses.add(int(key), incident, detractor, manager, n)
            continue
        mask, since = int(key), int(first).bit_length() - 1
        for j in range(m):
            now = bool(mask >> j & 1)
            out.active[j] += n * now
            out.ordered_before[j] += n * (j >= since)
            if j:
                was = bool(mask >> (j - 1) & 1)
                out.new[j] += n * (now and not was)
                out.lost[j] += n * (was and not now)
    return out
