"""Who is lost, who is worth winning back, and in what order — in one SQL statement.

The statement is built with SQLAlchemy Core and runs on SQLite, PostgreSQL
and MariaDB (a few stages are spelled per dialect where one spelling is slow
on one database; the results are the same). Its stages, as CTEs:

``agg``
    per client: order count, last order, revenue and count in the priority
    window, and the overdue flag. From ``client_order_stats`` (kept by
    triggers, see :mod:`winback.order_stats`) when it covers every client, or
    every client but a few whose orders are then read (:func:`_stats_mode`);
    otherwise from the orders:
    one streaming pass over the orders at or before *as of*, in the order of
    the covering index ``(client_id, placed_at, amount_minor)``: order count,
    last order, revenue and count in the priority window. With the *overdue*
    criterion, the median-gap test: per client on SQLite and PostgreSQL, only
    where count and span do not decide it (:func:`_agg_overdue_per_client`);
    on MariaDB in one window pass over all orders (:func:`_agg_overdue_window`).
    Neither needs a sort of the gaps (:func:`_overdue_test`).
``scored``, ``stats``, ``pr_n``, ``boundary``
    one sort of the active clients by revenue gives the revenue percent rank
    and the sums ABC needs; the order-count percent rank comes from a
    histogram; external ids are read only for the revenue ties that straddle
    an ABC line.
``crit``
    the other lost-criteria (NPS, conflict, inquiries, unreachable), as bits
    per client, each from its own table.
``lost``
    every client that meets at least one criterion, with a flag per
    criterion and the first exclusion that removes it (if any): clients with
    orders from the aggregates, the others from ``crit``. Exclusions test
    membership in sets built once.
``totals``, ``top``
    the summary counts in one row; the survivors ranked by score, revenue,
    external id, top-N only.
``xyz``
    XYZ class of the rows taken (or of every candidate, when the campaign
    filters on XYZ), from monthly revenue in the configured time zone.

All timestamps are integer Unix seconds, so "days since" is integer division
and "within N days" a comparison with ``as_of - N * 86400``: the same on every
database. Money is integer minor units, so sums and the ABC shares are exact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring as _json_str  # json.dumps(ensure_ascii=False)'s
from operator import itemgetter
from types import SimpleNamespace
from typing import Any, NamedTuple

from sqlalchemy import (
    BigInteger,
    Connection,
    Double,
    Integer,
    String,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    true,
    type_coerce,
    union,
    union_all,
)
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import CTE

from winback import order_stats
from winback.config import Campaign
from winback.models import (
    Assignment,
    Client,
    ClientTag,
    Incident,
    NpsAnswer,
    Order,
    Suppression,
    to_epoch,
)
from winback.money import minor_to_str

DAY = 86_400
CRITERIA = ("recency", "overdue", "nps", "conflict", "inquiries", "unreachable")
# Exclusions in the order they are applied; each row is charged to the first.
EXCLUSIONS = (
    "not_all_criteria",
    "tags",
    "min_orders",
    "min_revenue",
    "abc",
    "cooldown",
    "opted_out",
    "xyz",  # charged last: it needs the XYZ class of every remaining candidate
)
ADDRESS_COLUMNS = {"email": "email", "sms": "phone", "telegram": "telegram_chat_id"}
CONSENT_COLUMNS = {
    "email": Client.email_consent,
    "sms": Client.sms_consent,
    "telegram": Client.telegram_consent,
}

o_t = Order.__table__
c_t = Client.__table__
stats_t = order_stats.stats_t
stale_t = order_stats.stale_t
# What a candidate carries from the clients table (a claimed message carries
# the contact part too: outcomes).
CLIENT_CONTACT_COLUMNS = (
    "external_id",
    "name",
    "email",
    "phone",
    "telegram_chat_id",
    "timezone",
    "locale",
    "manager",
)
CLIENT_COLUMNS = (*CLIENT_CONTACT_COLUMNS, "email_consent", "sms_consent", "telegram_consent")


class Candidate(NamedTuple):
    """One client a run would take, with everything later stages need.

    A named tuple, not a frozen dataclass: a run may take hundreds of
    thousands, and a frozen dataclass's __init__ (one object.__setattr__ per
    field) cost 4 us a row, five times a tuple's."""

    rank: int
    client_id: int
    external_id: str
    name: str | None
    score: float
    reasons: tuple[str, ...]
    revenue_minor: int
    orders: int
    last_order_at: dt.datetime | None
    days_since: int | None
    abc: str
    xyz: str
    group: str
    channel: str | None  # first usable channel, None = no usable channel
    email: str | None
    phone: str | None
    telegram_chat_id: str | None
    timezone: str | None
    locale: str | None
    manager: str | None
    consent: dict[str, bool]
    suppressed: frozenset[str]
    # Only in the list of excluded clients (preview --excluded): the first
    # exclusion that removed this one.
    excluded_by: str | None = None

    def as_dict(self) -> dict[str, Any]:
        out = {
            "rank": self.rank,
            "client": self.external_id,
            "name": self.name,
            "score": round(self.score, 6),
            "reasons": list(self.reasons),
            "revenue": minor_to_str(self.revenue_minor),
            "orders": self.orders,
            "last_order_at": self.last_order_at.isoformat() if self.last_order_at else None,
            "days_since": self.days_since,
            "abc": self.abc,
            "xyz": self.xyz,
            "group": self.group,
            "channel": self.channel,
        }
        if self.excluded_by is not None:
            out["excluded_by"] = self.excluded_by
        return out

    def to_json(self) -> str:
        """``json.dumps(self.as_dict(), ensure_ascii=False)``, the same text
        written directly (a third of the time: preview writes one a row)."""
        text = _json_str
        name, last, days, channel = self.name, self.last_order_at, self.days_since, self.channel
        out = (
            f'{{"rank": {self.rank!r}, "client": {text(self.external_id)}, '
            f'"name": {"null" if name is None else text(name)}, '
            f'"score": {round(self.score, 6)!r}, '
            f'"reasons": [{", ".join(map(text, self.reasons))}], '
            f'"revenue": "{minor_to_str(self.revenue_minor)}", "orders": {self.orders!r}, '
            f'"last_order_at": {"null" if last is None else text(last.isoformat())}, '
            f'"days_since": {"null" if days is None else repr(days)}, '
            f'"abc": {text(self.abc)}, "xyz": {text(self.xyz)}, "group": {text(self.group)}, '
            f'"channel": {"null" if channel is None else text(channel)}'
        )
        if self.excluded_by is not None:
            out += f', "excluded_by": {text(self.excluded_by)}'
        return out + "}"


@dataclass(frozen=True)
class Summary:
    """How many matched each criterion, how many each exclusion removed."""

    campaign: str
    as_of: dt.datetime
    matched: dict[str, int]
    lost: int
    excluded: dict[str, int]
    remaining: int

    def line(self) -> str:
        crit = ", ".join(f"{k} {v}" for k, v in self.matched.items())
        excl = ", ".join(f"{k} {v}" for k, v in self.excluded.items() if v) or "none"
        return (
            f"{self.campaign} as of {self.as_of:%Y-%m-%d %H:%M %Z}: matched {crit}; "
            f"lost {self.lost}; excluded {excl}; remaining {self.remaining}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign": self.campaign,
            "as_of": self.as_of.isoformat(),
            "matched": self.matched,
            "lost": self.lost,
            "excluded": self.excluded,
            "remaining": self.remaining,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)


def holdout_bucket(campaign: str, external_id: str) -> int:
    """Stable across runs, machines and Python versions (unlike hash())."""
    digest = hashlib.sha256(f"{campaign}\x00{external_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % 100


def group_of(campaign: Campaign, external_id: str) -> str:
    return (
        "holdout"
        if holdout_bucket(campaign.name, external_id) < campaign.holdout_percent
        else "treatment"
    )


# ------------------------------------------------------------------ SQL pieces

# Dialects that test the overdue criterion client by client: a small window
# over one client's orders (a range of the covering index), and only for the
# clients whose aggregates do not decide it already. SQLite's window functions
# cost about three times its GROUP BY per row, and it cannot stream a GROUP BY
# over a window's output (it sorts all of it), so one window pass over every
# order costs it several times the bare aggregate; on PostgreSQL the two
# formulations cost the same. MariaDB (no target) keeps the single window pass.
PER_CLIENT_GAPS = frozenset({"sqlite", "postgresql"})


def _collated(column: ColumnElement[Any], dialect: str) -> ColumnElement[Any]:
    """Binary (code point) order, the same on every database and in Python."""
    if dialect == "postgresql":
        return column.collate("C")
    if dialect in ("mysql", "mariadb"):
        return column.collate("utf8mb4_bin")
    return column


def _external_id_of(client_id: ColumnElement[Any], dialect: str) -> Any:
    """A client's external id, looked up by key, in binary order."""
    return (
        select(_collated(c_t.c.external_id, dialect)).where(c_t.c.id == client_id).scalar_subquery()
    )


def _int(expr: Any) -> ColumnElement[Any]:
    """An integer expression, typed so that `//` renders integer division."""
    return type_coerce(expr, BigInteger)


def _days_since(as_of: int, last_at: ColumnElement[Any]) -> ColumnElement[Any]:
    # `//` on integers renders as integer division on each dialect (DIV on MySQL).
    return (literal(as_of, BigInteger) - _int(last_at)) // literal(DAY, BigInteger)


def _factor(factor: float) -> ColumnElement[Any]:
    return func.cast(literal(factor, Double), Double)


def _window_sums(
    placed: ColumnElement[Any], amount: ColumnElement[Any], window_start: int | None
) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """Revenue and order count in the priority window (all history without one)."""
    # Sums cast back to BIGINT: PostgreSQL sums BIGINT into NUMERIC, which is
    # slower to sort, add and compare; minor units fit 64 bits.
    if window_start is None:
        return func.cast(func.sum(amount), BigInteger), func.count()
    in_window = placed >= window_start
    return (
        func.cast(func.sum(case((in_window, amount), else_=0)), BigInteger),
        func.sum(case((in_window, 1), else_=0)),
    )


def _first_in_window(placed: ColumnElement[Any], window_start: int | None) -> ColumnElement[Any]:
    """The first order in the priority window: where XYZ's months begin."""
    if window_start is None:
        return func.min(placed)
    return func.min(case((placed >= window_start, placed), else_=None))


def _agg_plain(
    as_of: int, window_start: int | None, only: ColumnElement[bool] | None = None
) -> Select[Any]:
    """One streaming pass over the covering index, in index order (``only``:
    of the orders of some clients)."""
    placed = o_t.c.placed_at
    rev_w, n_w = _window_sums(placed, o_t.c.amount_minor, window_start)
    return (
        select(
            o_t.c.client_id.label("client_id"),
            func.count().label("n_all"),
            func.max(placed).label("last_at"),
            rev_w.label("rev_w"),
            n_w.label("n_w"),
            _first_in_window(placed, window_start).label("first_w"),
        )
        .where(placed <= as_of, *_only(only))
        .group_by(o_t.c.client_id)
    )


def _only(only: ColumnElement[bool] | None) -> list[ColumnElement[bool]]:
    return [] if only is None else [only]


def _overdue_test(
    k: ColumnElement[Any],
    c: ColumnElement[Any],
    gap_lo: ColumnElement[Any],
    gap_hi: ColumnElement[Any],
    days: ColumnElement[Any],
    factor: float,
) -> ColumnElement[bool]:
    """days >= factor × median of the k gaps, from c = #{gaps <= T}, T = days / factor.

    For k = 2j+1 gaps the median is the (j+1)-th smallest, so the test is
    c >= j+1; for k = 2j it is the mean of the j-th and (j+1)-th: true if
    c >= j+1, false if c < j, and when c = j it compares max{g <= T} +
    min{g > T} (gap_lo + gap_hi) with 2T. No sort of the gaps is needed.
    """
    odd = (k % 2) == 1
    j = k // 2  # for even k
    even_middle = and_(
        c == j,
        _factor(factor) * (gap_lo + gap_hi) <= days * literal(2 * DAY, BigInteger),
    )
    return or_(
        and_(odd, 2 * c >= k + 1),
        and_(not_(odd), or_(c >= j + 1, even_middle)),
    )


def _gap_le(
    gap: ColumnElement[Any], days: ColumnElement[Any], factor: float
) -> ColumnElement[bool]:
    # gap <= T  <=>  factor * gap <= days * 86400 (seconds; factor > 0)
    return and_(gap.is_not(None), _factor(factor) * gap <= days * literal(DAY, BigInteger))


def _gap_stats(
    gap: ColumnElement[Any], days: ColumnElement[Any], factor: float
) -> tuple[ColumnElement[Any], ColumnElement[Any], ColumnElement[Any]]:
    """c, max{g <= T}, min{g > T} as aggregates over rows carrying one gap each."""
    le = _gap_le(gap, days, factor)
    gt = and_(gap.is_not(None), not_(le))
    return (
        func.sum(case((le, 1), else_=0)),
        func.max(case((le, gap), else_=None)),
        func.min(case((gt, gap), else_=None)),
    )


def _agg_overdue_window(
    as_of: int,
    window_start: int | None,
    factor: float,
    min_orders: int,
    only: ColumnElement[bool] | None = None,
) -> Select[Any]:
    """Aggregates plus the overdue flag, from one window pass over the orders:
    the window gives every order its gap to the next one and the client's last
    order (which T depends on), the aggregate above it the counts."""
    placed = o_t.c.placed_at
    # Newest first: FIRST_VALUE is the client's last order, LAG the next one in
    # time (MariaDB allows no frame clause with LAG).
    last_at = func.first_value(placed).over(partition_by=o_t.c.client_id, order_by=placed.desc())
    gap = func.lag(placed).over(partition_by=o_t.c.client_id, order_by=placed.desc()) - placed
    inner = (
        select(
            o_t.c.client_id,
            placed,
            o_t.c.amount_minor,
            last_at.label("last_at"),
            gap.label("gap"),
        )
        .where(placed <= as_of, *_only(only))
        .subquery("o")
    )
    days = _days_since(as_of, inner.c.last_at)
    c, gap_lo, gap_hi = _gap_stats(inner.c.gap, days, factor)
    rev_w, n_w = _window_sums(inner.c.placed_at, inner.c.amount_minor, window_start)
    gaps = (
        select(
            inner.c.client_id.label("client_id"),
            func.count().label("n_all"),
            func.max(inner.c.last_at).label("last_at"),
            rev_w.label("rev_w"),
            n_w.label("n_w"),
            _first_in_window(inner.c.placed_at, window_start).label("first_w"),
            c.label("gaps_le"),
            gap_lo.label("gap_lo"),
            gap_hi.label("gap_hi"),
        )
        .group_by(inner.c.client_id)
        .subquery("gaps")
    )
    k = gaps.c.n_all - 1
    overdue = and_(
        gaps.c.n_all >= min_orders,
        _overdue_test(
            k,
            gaps.c.gaps_le,
            gaps.c.gap_lo,
            gaps.c.gap_hi,
            _days_since(as_of, gaps.c.last_at),
            factor,
        ),
    )
    return select(
        gaps.c.client_id,
        gaps.c.n_all,
        gaps.c.last_at,
        gaps.c.rev_w,
        gaps.c.n_w,
        gaps.c.first_w,
        case((overdue, 1), else_=0).label("overdue"),
    )


def _agg_overdue_per_client(
    as_of: int,
    window_start: int | None,
    factor: float,
    min_orders: int,
    only: ColumnElement[bool] | None = None,
) -> Select[Any]:
    """Aggregates from one streaming pass, then the overdue test per client.

    Most clients need no gaps: fewer orders than overdue_min_orders means no;
    and the median gap is at most (last - first) / ceil(k/2) (for k = 2j+1 the
    j+1 largest gaps are each >= the median and sum to at most last - first;
    for k = 2j the j largest are each >= the (j+1)-th smallest), so when even
    that bound passes the test the answer is yes. The rest get a window over
    their own orders, read from the covering index in order.
    """
    placed = o_t.c.placed_at
    rev_w, n_w = _window_sums(placed, o_t.c.amount_minor, window_start)
    a = (
        select(
            o_t.c.client_id.label("client_id"),
            func.count().label("n_all"),
            func.max(placed).label("last_at"),
            func.min(placed).label("first_at"),
            rev_w.label("rev_w"),
            n_w.label("n_w"),
            *(
                []
                if window_start is None
                else [_first_in_window(placed, window_start).label("first_w")]
            ),
        )
        .where(placed <= as_of, *_only(only))
        .group_by(o_t.c.client_id)
        .subquery("agg0")
    )
    days = _days_since(as_of, a.c.last_at)
    k = a.c.n_all - 1
    span = _int(a.c.last_at) - _int(a.c.first_at)
    bound = _factor(factor) * (span // ((k + 1) // 2)) <= days * literal(DAY, BigInteger)

    o2 = o_t.alias("o2")
    # The order before (NULL for the first). LAG, not FIRST_VALUE over a
    # one-row frame: 15% less per client on SQLite (9.2 against 10.8 µs).
    previous = func.lag(o2.c.placed_at).over(order_by=o2.c.placed_at)
    client_gaps = (
        select((o2.c.placed_at - previous).label("gap"))
        .where(o2.c.client_id == a.c.client_id, o2.c.placed_at <= as_of)
        .correlate(a)
        .subquery("g")
    )
    c, gap_lo, gap_hi = _gap_stats(client_gaps.c.gap, days, factor)
    exact = (
        select(case((_overdue_test(k, c, gap_lo, gap_hi, days, factor), 1), else_=0))
        .select_from(client_gaps)
        .correlate(a)
        .scalar_subquery()
    )
    overdue = case((a.c.n_all < min_orders, 0), (bound, 1), else_=exact)
    return select(
        a.c.client_id,
        a.c.n_all,
        a.c.last_at,
        a.c.rev_w,
        a.c.n_w,
        (a.c.first_at if window_start is None else a.c.first_w).label("first_w"),
        overdue.label("overdue"),
    )


def _agg_orders(
    dialect: str,
    as_of: int,
    window_start: int | None,
    sel: Any,
    only: ColumnElement[bool] | None = None,
) -> Select[Any]:
    """The per-client aggregates from the orders themselves."""
    if sel.overdue_factor is None:
        return _agg_plain(as_of, window_start, only)
    if dialect in PER_CLIENT_GAPS:
        return _agg_overdue_per_client(
            as_of, window_start, sel.overdue_factor, sel.overdue_min_orders, only
        )
    return _agg_overdue_window(
        as_of, window_start, sel.overdue_factor, sel.overdue_min_orders, only
    )


def _agg_from_stats(as_of: int, sel: Any, mixed: bool) -> Select[Any]:
    """The same columns from client_order_stats (priority window = all history).

    ``mixed``: some clients are not covered (stale, or an order after as-of);
    their rows are left out here and come from their orders. The overdue test
    is the median's definition with the median stored doubled (an integer):
    days >= factor x median  <=>  factor x median_gap2 <= 2 x days x 86400.
    """
    st = stats_t
    cols: list[Any] = [
        st.c.client_id.label("client_id"),
        st.c.orders_count.label("n_all"),
        st.c.last_order_at.label("last_at"),
        st.c.revenue_minor.label("rev_w"),
        st.c.orders_count.label("n_w"),
        st.c.first_order_at.label("first_w"),
    ]
    if sel.overdue_factor is not None:
        days = _days_since(as_of, st.c.last_order_at)
        overdue = case(
            (st.c.orders_count < sel.overdue_min_orders, 0),
            (
                and_(
                    st.c.median_gap2.is_not(None),
                    _factor(sel.overdue_factor) * st.c.median_gap2
                    <= days * literal(2 * DAY, BigInteger),
                ),
                1,
            ),
            else_=0,
        )
        cols.append(overdue.label("overdue"))
    query = select(*cols)
    if mixed:
        query = query.where(
            st.c.last_order_at <= as_of,
            st.c.client_id.not_in(select(stale_t.c.client_id)),
        )
    return query


def _uncovered(as_of: int) -> ColumnElement[bool]:
    """Orders of the clients client_order_stats cannot answer for at as-of."""
    return o_t.c.client_id.in_(
        union(
            select(stale_t.c.client_id),
            select(stats_t.c.client_id).where(stats_t.c.last_order_at > as_of),
        )
    )


def _stats_mode(conn: Connection, window_start: int | None, as_of: int) -> str | None:
    """How selection may use client_order_stats: "pure" (every client with an
    order is covered), "mixed" (a few are not: their orders are read), or None
    (read the orders: a priority window, no triggers on this database, or
    too many clients uncovered, e.g. a replay far back in history)."""
    if window_start is not None or not order_stats.triggers_active(conn):
        return None
    cov = order_stats.coverage(conn, as_of)
    if cov.uncovered == 0:
        return "pure" if cov.rows else None
    if cov.uncovered <= max(1_000, cov.rows // 50):
        return "mixed"
    return None


def _scored(agg: CTE) -> Select[Any]:
    """Rank of revenue and the revenue sums ABC needs, in one sort and one
    window pass.

    Over the clients with an order in the priority window (partition active =
    1), ordered by revenue: rank() - 1 is the number with less revenue; the
    running sum of positive revenue (peers included) subtracted from the total
    gives rev_above, the revenue of every client with more, so a client's
    cumulative revenue before it in (revenue desc, external id) order is
    rev_above + p × revenue, p = its place among the `peers` with the same
    revenue. p matters only in the (at most two) revenue groups that straddle
    the 80 % or 95 % line; see _boundary.
    """
    # The partition key is a column, not an expression: bound parameters in
    # PARTITION BY make every OVER clause look different, and each then sorts.
    src = select(
        agg,
        case((agg.c.n_w > 0, 1), else_=0).label("active"),
        case((agg.c.rev_w > 0, agg.c.rev_w), else_=0).label("positive"),
    ).subquery("ranking")
    w: dict[str, Any] = {"partition_by": src.c.active, "order_by": src.c.rev_w}
    rank = func.rank().over(**w)
    return select(
        *(src.c[col.name] for col in agg.c),
        (rank - 1).label("below"),
        (func.count().over(**w) - (rank - 1)).label("peers"),
        func.cast(func.sum(src.c.positive).over(**w), BigInteger).label("positive_upto"),
    )


def _scored_from_stats(as_of: int, sel: Any) -> Select[Any]:
    """_scored's columns straight from client_order_stats when it covers every
    client: each has an order (all are active), and the window's order is that
    of the index on (revenue_minor, ...), so the rows need no sort."""
    st = stats_t
    w: dict[str, Any] = {"order_by": st.c.revenue_minor}
    rank = func.rank().over(**w)
    positive = case((st.c.revenue_minor > 0, st.c.revenue_minor), else_=0)
    # Not first_w: it is not in the index (XYZ reads it for the rows taken).
    cols = _agg_from_stats(as_of, sel, mixed=False).selected_columns
    return select(
        *(col for col in cols if col.name != "first_w"),
        (rank - 1).label("below"),
        (func.count().over(**w) - (rank - 1)).label("peers"),
        func.cast(func.sum(positive).over(**w), BigInteger).label("positive_upto"),
    )


def _stats(agg: Any) -> CTE:
    """One row: how many clients are active (have an order in the window), and
    their total positive revenue."""
    return select(
        func.sum(case((agg.c.n_w > 0, 1), else_=0)).label("n_active"),
        func.cast(func.sum(case((agg.c.rev_w > 0, agg.c.rev_w), else_=0)), BigInteger).label(
            "rev_total"
        ),
    ).cte("stats")


def _pr_rev(sc: Any, stats: Any) -> ColumnElement[Any]:
    """PERCENT_RANK of the revenue of a row of scored's columns `sc` (stats
    read as one-off scalars)."""
    n = select(stats.c.n_active).scalar_subquery()
    pr = case(
        (n > 1, func.cast(sc.below, Double) / func.cast(n - 1, Double)),
        else_=func.cast(literal(0.0, Double), Double),
    )
    return case((sc.n_w > 0, pr), else_=func.cast(literal(0.0, Double), Double))


def _abc_inputs(sc: Any, stats: Any) -> tuple[Any, Any, Any, Any]:
    """A row's revenue, the revenue of every client with more, the total
    and the number of peers with the same revenue: what its ABC class needs."""
    rev_total = select(stats.c.rev_total).scalar_subquery()
    return sc.rev_w, rev_total - sc.positive_upto, rev_total, sc.peers


def _pr_n(agg: Any) -> CTE:
    """PERCENT_RANK of the order count, from a histogram: few distinct counts.

    rank() - 1 of a client is the number of active clients with fewer orders,
    which is the running sum of the histogram below its count. Spelled out as
    (rank - 1) / (n - 1) everywhere: MariaDB types its own PERCENT_RANK() as
    DOUBLE(17,10) and rounds it to 10 decimals.
    """
    hist = (
        select(agg.c.n_w, func.count().label("cnt"))
        .where(agg.c.n_w > 0)
        .group_by(agg.c.n_w)
        .subquery("hist")
    )
    below = func.sum(hist.c.cnt).over(order_by=hist.c.n_w, rows=(None, 0)) - hist.c.cnt
    n = func.sum(hist.c.cnt).over()
    pr = case(
        (n > 1, func.cast(below, Double) / func.cast(n - 1, Double)),
        else_=func.cast(literal(0.0, Double), Double),
    )
    return select(hist.c.n_w, pr.label("pr_n")).cte("pr_n")


def _abc_of(rev: ColumnElement[Any], before: ColumnElement[Any], total: ColumnElement[Any]) -> Any:
    """ABC class from the revenue ranked before a client (share < 80 % A, < 95 % B)."""
    return case(
        (rev.is_(None), "C"),
        (rev <= 0, "C"),
        (before * 5 < total * 4, "A"),
        (before * 20 < total * 19, "B"),
        else_="C",
    )


def _straddles(rev: Any, above: Any, total: Any, peers: Any) -> ColumnElement[bool]:
    """True in a revenue group whose first and last members (by external id)
    fall in different ABC classes; elsewhere any place gives the same class.

    The revenue before the first is `above`, before the last `above + (peers
    - 1) x rev`: their classes differ when the 80 % or the 95 % line lies
    between them (spelled out, not as two _abc_of compared: the expression
    is read once per row taken, and databases evaluate it as written)."""
    last = above + (peers - 1) * rev
    return and_(
        rev > 0,
        peers > 1,
        or_(
            and_(above * 5 < total * 4, last * 5 >= total * 4),
            and_(above * 20 < total * 19, last * 20 >= total * 19),
        ),
    )


def _boundary(scored: CTE, stats: CTE, dialect: str) -> CTE:
    """Place among equal-revenue peers, by external id, in straddling groups
    (at most two: the ones holding the 80 % and the 95 % line)."""
    rev, above, total, peers = _abc_inputs(scored.c, stats)
    ext = _external_id_of(scored.c.client_id, dialect)
    place = func.row_number().over(partition_by=scored.c.rev_w, order_by=ext)
    return (
        select(scored.c.client_id, (place - 1).label("place"))
        .where(_straddles(rev, above, total, peers))
        .cte("boundary")
    )


def _nps_cte(as_of: int) -> CTE:
    n = NpsAnswer.__table__
    rn = func.row_number().over(partition_by=n.c.client_id, order_by=n.c.answered_at.desc())
    inner = (
        select(n.c.client_id, n.c.score, n.c.answered_at, rn.label("rn"))
        .where(n.c.answered_at <= as_of)
        .subquery("nps_ranked")
    )
    return (
        select(inner.c.client_id, inner.c.score, inner.c.answered_at)
        .where(inner.c.rn == 1)
        .cte("nps")
    )


def _conflict_cte(as_of: int, within_days: int) -> CTE:
    i = Incident.__table__
    return (
        select(i.c.client_id)
        .where(
            i.c.kind.in_(("complaint", "conflict")),
            i.c.occurred_at <= as_of,
            i.c.occurred_at >= as_of - within_days * DAY,
        )
        .group_by(i.c.client_id)
        .cte("conflict")
    )


def _inquiries_cte(as_of: int) -> CTE:
    i = Incident.__table__
    return (
        select(i.c.client_id, func.count().label("n"))
        .where(i.c.kind == "inquiry", i.c.occurred_at <= as_of)
        .group_by(i.c.client_id)
        .cte("inquiries")
    )


def _unreachable_cte(as_of: int, attempts: int) -> CTE:
    i = Incident.__table__
    rn = func.row_number().over(partition_by=i.c.client_id, order_by=i.c.occurred_at.desc())
    inner = (
        select(i.c.client_id, i.c.outcome, rn.label("rn"))
        .where(i.c.kind == "contact_attempt", i.c.occurred_at <= as_of)
        .subquery("attempts")
    )
    reached = case((func.coalesce(inner.c.outcome, "") == "reached", 1), else_=0)
    return (
        select(inner.c.client_id)
        .where(inner.c.rn <= attempts)
        .group_by(inner.c.client_id)
        .having(and_(func.count() == attempts, func.sum(reached) == 0))
        .cte("unreachable")
    )


# Bits of crit.bits, one per lost-criterion not about orders.
CRITERION_BITS = {"nps": 1, "conflict": 2, "inquiries": 4, "unreachable": 8}


def _other_criteria(sel: Any, as_of: int) -> CTE | None:
    """One row per client concerned by a lost-criterion not about orders (NPS,
    conflict, inquiries, unreachable) with the criteria it meets as bits (one
    integer, so SQLite looks it up once per client); None when the campaign
    has none. Each source has at most one row per client, so the sum of the
    bits is their OR. "inquiries" means enough inquiries here; the "without
    purchase" half is the caller's."""
    sources: list[Select[Any]] = []

    def bit(name: str, cond: Any = None) -> Any:
        value = literal(CRITERION_BITS[name], Integer)
        return (value if cond is None else case((cond, value), else_=0)).label("bits")

    if sel.nps_max is not None:
        nps = _nps_cte(as_of)
        conds = [nps.c.score.is_not(None), nps.c.score <= sel.nps_max]
        if sel.nps_within_days is not None:
            conds.append(nps.c.answered_at >= as_of - sel.nps_within_days * DAY)
        sources.append(select(nps.c.client_id.label("client_id"), bit("nps", and_(*conds))))
    if sel.conflict_within_days is not None:
        conflict = _conflict_cte(as_of, sel.conflict_within_days)
        sources.append(select(conflict.c.client_id.label("client_id"), bit("conflict")))
    if sel.inquiries_without_purchase is not None:
        inq = _inquiries_cte(as_of)
        enough = inq.c.n >= sel.inquiries_without_purchase
        sources.append(select(inq.c.client_id.label("client_id"), bit("inquiries", enough)))
    if sel.unreachable_attempts is not None:
        unr = _unreachable_cte(as_of, sel.unreachable_attempts)
        sources.append(select(unr.c.client_id.label("client_id"), bit("unreachable")))
    if not sources:
        return None
    u = union_all(*sources).subquery("criteria_rows")
    return (
        select(u.c.client_id, func.sum(u.c.bits).label("bits")).group_by(u.c.client_id).cte("crit")
    )


def _has_bit(bits: Any, name: str) -> ColumnElement[bool]:
    # NULL for a client with orders but no row in crit (no NPS answer, no
    # incident): lost_part makes every flag a real boolean.
    return bits.op("&")(CRITERION_BITS[name]) != 0


# Exclusions test membership in a set that does not depend on the client
# (`id IN (SELECT …)`): every database builds the set once (a hashed subplan on
# PostgreSQL, an ephemeral index on SQLite) instead of probing per client.


def _has_tag(client_id: ColumnElement[Any], tags: tuple[str, ...]) -> ColumnElement[bool]:
    t = ClientTag.__table__
    return client_id.in_(select(t.c.client_id).where(t.c.tag.in_(tags)))


def _suppressed(channel: str, client_id: ColumnElement[Any], address: Any) -> ColumnElement[bool]:
    """Suppressed on the channel, as a client or by address (NULLs left out of the
    sets, so that IN is plain true/false)."""
    s = Suppression.__table__
    by_client = client_id.in_(
        select(s.c.client_id).where(s.c.channel == channel, s.c.client_id.is_not(None))
    )
    by_address = _normal_address(channel, address).in_(
        select(s.c.address).where(s.c.channel == channel, s.c.address.is_not(None))
    )
    return or_(by_client, by_address)


def _opted_out(channels: tuple[str, ...]) -> Select[Any]:
    """The ids of the clients suppressed on every one of the channels, so that
    the exclusion is a set membership test on the client's id.

    Per channel: the clients suppressed by id, and those whose address is
    (found through the address indexes of migration 0003 where the database
    has them; on MySQL/MariaDB, which has no index on lower(email), one pass
    over the clients). A client is in the set once per channel; suppressed on
    all of them, it has one row for each. Built from the suppressions, the set
    is estimated small and PostgreSQL hashes it; written as one filter over
    all clients it was estimated at 420,000 rows, not hashed under the default
    work_mem, and scanned once per lost client (12 s at 1,000,000 clients).
    """
    s = Suppression.__table__
    per_channel = []
    for code, channel in enumerate(channels):
        column = c_t.c[ADDRESS_COLUMNS[channel]]
        by_client = select(s.c.client_id.label("client_id")).where(
            s.c.channel == channel, s.c.client_id.is_not(None)
        )
        by_address = select(c_t.c.id.label("client_id")).where(
            _normal_address(channel, column).in_(
                select(s.c.address).where(s.c.channel == channel, s.c.address.is_not(None))
            )
        )
        ids = union(by_client, by_address).subquery(f"suppressed_{channel}")
        per_channel.append(select(ids.c.client_id, literal(code, Integer).label("channel")))
    if len(per_channel) == 1:
        return select(per_channel[0].subquery().c.client_id)
    rows = union_all(*per_channel).subquery("suppressed")
    return select(rows.c.client_id).group_by(rows.c.client_id).having(func.count() == len(channels))


def _normal_address(channel: str, column: Any) -> ColumnElement[Any]:
    return func.lower(column) if channel == "email" else column


# ------------------------------------------------------------ month buckets


def month_starts(tz: zoneinfo.ZoneInfo, first: int, as_of: int) -> list[int]:
    """UTC epochs of local month starts from first's month to as-of's month."""
    start = dt.datetime.fromtimestamp(first, tz)
    year, month = start.year, start.month
    end = dt.datetime.fromtimestamp(as_of, tz)
    out = []
    while (year, month) <= (end.year, end.month):
        out.append(to_epoch(dt.datetime(year, month, 1, tzinfo=tz)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _bucket_expr(
    column: ColumnElement[Any], bounds: list[int], lo: int, hi: int
) -> ColumnElement[Any]:
    """Index i of the month [bounds[i], bounds[i+1]) holding `column`, by a
    balanced tree of CASEs: log2(months) comparisons per order."""
    if hi - lo <= 1:
        return literal(lo, Integer)
    mid = (lo + hi) // 2
    return case(
        (column < bounds[mid], _bucket_expr(column, bounds, lo, mid)),
        else_=_bucket_expr(column, bounds, mid, hi),
    )


def _xyz_cte(source: Any, window_start: int | None, bounds: list[int]) -> CTE | None:
    """XYZ inputs for the clients in `source` (a CTE with client_id)."""
    if len(bounds) < 2:
        return None
    lower = bounds[0] if window_start is None else max(bounds[0], window_start)
    current_month_start = bounds[-1]
    o = Order.__table__
    bucket = _bucket_expr(o.c.placed_at, bounds, 0, len(bounds) - 1)
    monthly = (
        select(o.c.client_id, bucket.label("m"), func.sum(o.c.amount_minor).label("total"))
        .join(source, source.c.client_id == o.c.client_id)
        .where(o.c.placed_at >= lower, o.c.placed_at < current_month_start)
        .group_by(o.c.client_id, bucket)
        .subquery("monthly")
    )
    last_full = len(bounds) - 2  # bucket index of the last full month
    total = monthly.c.total
    return (
        select(
            monthly.c.client_id,
            func.count().label("k"),
            (last_full - func.min(monthly.c.m) + 1).label("span"),
            func.sum(total).label("s"),
            func.sum(func.cast(total, Double) * total).label("q"),
        )
        .group_by(monthly.c.client_id)
        .cte("xyz")
    )


def _xyz_pending(rows: Any, bounds: list[int]) -> Any:
    """The clients among `rows` (with n_w, first_w and last_at) whose XYZ class
    needs their monthly revenue: for the others it is Z whatever the months
    hold, and their orders are not read.

    Over the span of N months from the first order's month to the last full
    month, at most k months have orders, k <= the order count and <= the
    months from the first order's to the last order's. By Cauchy-Schwarz the
    sum of squares of the monthly totals is at least s^2 / k, so the squared
    coefficient of variation is at least N / k - 1; when 16 N > 17 k that is
    above 1/16 (25 %): Z, as it is with k < 3. A lost client's trailing months
    without an order usually decide it.
    """
    if len(bounds) < 2:
        return rows
    hi = len(bounds) - 1
    last_full = len(bounds) - 2
    # First what needs no first order: with t full months after the last
    # order's and w from the first's to the last's, N = w + t, so 16 N <= 17 k
    # needs 16 t <= w and 16 (w + t) <= 17 n, hence 16 t <= n. A lost client
    # rarely has sixteen orders per month of silence.
    with_last = select(
        rows.c.client_id,
        rows.c.n_w,
        *([rows.c.first_w] if "first_w" in rows.c else []),
        # capped at the last full month (the current one has no bucket)
        _bucket_expr(rows.c.last_at, bounds, 0, hi).label("last_m"),
    ).subquery("xyz_last")
    r = with_last.c
    maybe = (
        select(with_last)
        .where(r.n_w >= 3, literal(16 * last_full, Integer) - 16 * r.last_m <= r.n_w)
        .subquery("xyz_maybe")
    )
    if "first_w" in maybe.c:
        first_w = maybe.c.first_w
        months_q = select(maybe.c.client_id)
    else:
        # Read from client_order_stats by key (it covers every client with an
        # order when the aggregates come from it alone): the revenue index
        # the lost clients are read through does not hold it.
        first_w = stats_t.c.first_order_at
        months_q = select(maybe.c.client_id).join(stats_t, stats_t.c.client_id == maybe.c.client_id)
    months = months_q.add_columns(
        maybe.c.n_w,
        maybe.c.last_m,
        first_w.label("first_w"),
        _bucket_expr(first_w, bounds, 0, hi).label("first_m"),
    ).subquery("xyz_months")
    m = months.c
    span = literal(last_full + 1, Integer) - m.first_m
    with_orders = m.last_m - m.first_m + 1
    surely_z = or_(
        m.first_w.is_(None),
        m.first_w >= bounds[-1],
        with_orders < 3,
        16 * span > 17 * m.n_w,
        16 * span > 17 * with_orders,
    )
    return select(m.client_id).where(not_(surely_z)).subquery("xyz_pending")


def _xyz_class(xyz: CTE) -> ColumnElement[str]:
    n = func.cast(xyz.c.span, Double)
    s = func.cast(xyz.c.s, Double)
    var_n2 = n * xyz.c.q - s * s  # N² × population variance
    return case(
        (xyz.c.k.is_(None), "Z"),
        (xyz.c.k < 3, "Z"),
        (xyz.c.s <= 0, "Z"),
        (var_n2 < 0.01 * s * s, "X"),  # CV < 10 %
        (var_n2 < 0.0625 * s * s, "Y"),  # CV < 25 %
        else_="Z",
    )


# ---------------------------------------------------------------- statement


@dataclass(frozen=True)
class Plan:
    """The statement and what is needed to read its rows."""

    statement: Select[Any]
    criteria: tuple[str, ...]
    channels: tuple[str, ...]
    excluded: bool = False  # rows are the excluded clients, not the ones a run takes
    client: str | None = None  # the row is that one client's, taken or excluded
    # Where the per-client aggregates come from: "orders", or client_order_stats
    # alone ("stats"), or it with the orders of the clients it does not cover.
    source: str = "orders"


# Order counts up to this many have their PERCENT_RANK read once, not per row
# (SQLite).
COMMON_ORDER_COUNTS = 24

# Criteria only a client with an order at or before as-of can meet.
ORDER_CRITERIA = frozenset({"recency", "overdue"})


def build_statement(
    conn: Connection,
    campaign: Campaign,
    *,
    as_of: dt.datetime,
    now: dt.datetime,
    tz: zoneinfo.ZoneInfo,
    limit: int | None = None,
    excluded: bool = False,
    client: str | None = None,
) -> Plan:
    """The selection statement: its first row carries the summary counts, and
    the rows are who a run takes, in rank order (at most max_per_run and
    limit). With excluded=True the rows are instead the lost clients an
    exclusion removed, in the same order, each with the first exclusion that
    applies (all of them, or limit); the counts are the same. With client (an
    external id) the one row is that client's if it is lost, with its rank
    among the remaining (or among the excluded, and why)."""
    dialect = conn.dialect.name
    sel, prio = campaign.select, campaign.priority
    as_of_s, now_s = to_epoch(as_of), to_epoch(now)
    window_start = as_of_s - prio.window_days * DAY if prio.window_days else None
    take: int | None
    if excluded:
        take = limit
    else:
        take = min(limit, campaign.max_per_run) if limit else campaign.max_per_run

    mode = _stats_mode(conn, window_start, as_of_s)
    agg: Any  # a CTE, or (all from client_order_stats) a subquery
    if mode is None:
        agg = _agg_orders(dialect, as_of_s, window_start, sel).cte("agg")
    elif mode == "pure":
        # A subquery, not a CTE: only the summary counts and the order-count
        # histogram read it (scored reads the table itself), and SQLite would
        # materialise a CTE read twice: 950,000 rows written for nothing.
        agg = _agg_from_stats(as_of_s, sel, mixed=False).subquery("agg")
    else:
        agg = union_all(
            _agg_from_stats(as_of_s, sel, mixed=True),
            _agg_orders(dialect, as_of_s, window_start, sel, only=_uncovered(as_of_s)),
        ).cte("agg")
    scoring = _scored_from_stats(as_of_s, sel) if mode == "pure" else _scored(agg)
    # Two copies, each read once: the lost clients stream from the first, and
    # the second is run only if a row straddles an ABC line (usually none
    # does), so neither is written out in full. Subqueries, not CTEs: SQLite
    # counts a CTE's uses per expansion of the CTEs that name it, so one named
    # inside `staged` (read three times) would be written out in full.
    scored = scoring.subquery("scored")
    stats = _stats(agg)
    pr_n = _pr_n(agg)
    boundary = _boundary(scoring.cte("scored_again"), stats, dialect)
    crit = _other_criteria(sel, as_of_s)
    opted_out = _opted_out(campaign.channels)
    a = Assignment.__table__

    def abc_place(sc: Any, client_id: Any) -> ColumnElement[Any]:
        """A row's place among its equal-revenue peers where that decides its
        ABC class (0 elsewhere): scored's rev_w, positive_upto and peers."""
        rev, above, total, peers = _abc_inputs(sc, stats)
        return case(
            (
                _straddles(rev, above, total, peers),
                select(boundary.c.place).where(boundary.c.client_id == client_id).scalar_subquery(),
            ),
            else_=0,
        )

    def abc_class(sc: Any, client_id: Any, place: Any = None) -> ColumnElement[str]:
        """ABC of a row with scored's rev_w, positive_upto and peers (and its
        place, when worked out already)."""
        rev, above, total, _ = _abc_inputs(sc, stats)
        if place is None:
            place = abc_place(sc, client_id)
        return _abc_of(rev, above + place * rev, total)

    def lost_part(
        sc: Any, client_id: Any, bits: Any, has_orders: bool
    ) -> tuple[Select[Any], dict[str, Any], list[str]]:
        """The lost clients with (sc = scored's columns) or without an order
        (sc = typed NULLs), with their flags and first exclusion; bits are the
        other criteria they meet (crit.bits). Every test is on the client's id
        alone: the clients table is not read here, only for the rows taken."""
        flags: dict[str, ColumnElement[bool]] = {}
        days = _days_since(as_of_s, sc.last_at)
        if "recency" in sel.criteria():
            conds = [sc.last_at.is_not(None)]
            if sel.last_order_days_min is not None:
                conds.append(days >= sel.last_order_days_min)
            if sel.last_order_days_max is not None:
                conds.append(days <= sel.last_order_days_max)
            flags["recency"] = and_(*conds)
        if sel.overdue_factor is not None:
            flags["overdue"] = and_(sc.last_at.is_not(None), sc.overdue == 1)
        if sel.nps_max is not None:
            flags["nps"] = _has_bit(bits, "nps")
        if sel.conflict_within_days is not None:
            flags["conflict"] = _has_bit(bits, "conflict")
        if sel.inquiries_without_purchase is not None:
            # "without purchase": no order at or before as-of
            flags["inquiries"] = false() if has_orders else _has_bit(bits, "inquiries")
        if sel.unreachable_attempts is not None:
            flags["unreachable"] = _has_bit(bits, "unreachable")

        # Every flag a real boolean (TRUE or FALSE, never NULL): a client
        # without data for a criterion (no order, no NPS answer, no incident)
        # does not meet it, and NOT (a AND NULL) would keep it under "all".
        flags = {name: func.coalesce(cond, false()) for name, cond in flags.items()}

        # ---- exclusions, in order; each row is charged to the first that applies
        exclusions: list[tuple[str, ColumnElement[bool]]] = []
        if sel.match == "all" and len(flags) > 1:
            exclusions.append(("not_all_criteria", not_(and_(*flags.values()))))
        if sel.tags_include:
            exclusions.append(("tags", not_(_has_tag(client_id, sel.tags_include))))
        if sel.tags_exclude:
            exclusions.append(("tags", _has_tag(client_id, sel.tags_exclude)))
        n_w = func.coalesce(sc.n_w, 0)
        rev_w = func.coalesce(sc.rev_w, 0)
        if sel.min_orders is not None:
            exclusions.append(("min_orders", n_w < sel.min_orders))
        if sel.min_revenue_minor is not None:
            exclusions.append(("min_revenue", rev_w < sel.min_revenue_minor))
        pr_rev = _pr_rev(sc, stats)
        if sel.abc:
            exclusions.append(("abc", not_(abc_class(sc, client_id).in_(sel.abc))))
        if campaign.cooldown_days:
            recent = client_id.in_(
                select(a.c.client_id).where(
                    a.c.campaign == campaign.name,
                    a.c.created_at >= now_s - campaign.cooldown_days * DAY,
                    func.coalesce(a.c.outcome, "") != "no_channel",
                )
            )
            exclusions.append(("cooldown", recent))
        exclusions.append(("opted_out", client_id.in_(opted_out)))

        # The XYZ filter needs XYZ of every candidate; it is charged after the
        # others, in the next stage.
        excluded_by = case(*((cond, name) for name, cond in exclusions), else_=None)
        zero = func.cast(literal(0.0, Double), Double)
        pr_n_of: ColumnElement[Any]
        if dialect == "sqlite":
            # SQLite scans a small joined CTE once per row, but indexes one
            # looked up by a correlated subquery; PostgreSQL hashes the join.
            # The lookup costs 1-2 us a row (0.5 s for 350,000 lost clients),
            # so the common counts read a subquery of their own, which SQLite
            # runs once and keeps (not correlated).
            def pr_n_at(count: Any) -> Any:
                return select(pr_n.c.pr_n).where(pr_n.c.n_w == count).scalar_subquery()

            pr_n_of = case(
                *((sc.n_w == k, pr_n_at(k)) for k in range(1, COMMON_ORDER_COUNTS + 1)),
                else_=pr_n_at(sc.n_w),
            )
        else:
            pr_n_of = pr_n.c.pr_n
        pr_n_value = case((sc.n_w > 0, pr_n_of), else_=zero) if has_orders else zero
        score = func.coalesce(
            func.cast(literal(prio.revenue_weight, Double), Double) * pr_rev
            + func.cast(literal(prio.frequency_weight, Double), Double) * pr_n_value,
            0.0,
        )
        part = select(
            client_id.label("client_id"),
            n_w.label("n_w"),
            rev_w.label("rev_w"),
            type_coerce(sc.last_at, BigInteger).label("last_at"),
            *(
                [type_coerce(sc.first_w, BigInteger).label("first_w")]
                if hasattr(sc, "first_w")
                else []
            ),
            score.label("score"),
            # for the ABC class, worked out for the rows taken (and above for
            # the abc filter): the expression is long, the lost rows many
            type_coerce(sc.positive_upto, BigInteger).label("positive_upto"),
            type_coerce(sc.peers, BigInteger).label("peers"),
            excluded_by.label("excluded_by"),
            *(case((cond, 1), else_=0).label(f"f_{name}") for name, cond in flags.items()),
        )
        return part.where(or_(*flags.values())), flags, [name for name, _ in exclusions]

    # Clients with an order: from the aggregates, clients looked up by key.
    if crit is None:
        bits: Any = null()
    elif dialect == "sqlite":
        # SQLite scans a joined CTE once per row (no index on it); it indexes
        # one looked up by a correlated subquery.
        bits = select(crit.c.bits).where(crit.c.client_id == scored.c.client_id).scalar_subquery()
    else:
        bits = crit.c.bits
    part, flags, exclusion_names = lost_part(scored.c, scored.c.client_id, bits, True)
    part = part.select_from(scored)
    if dialect != "sqlite":
        part = part.outerjoin(pr_n, pr_n.c.n_w == scored.c.n_w)
        if crit is not None:
            part = part.outerjoin(crit, crit.c.client_id == scored.c.client_id)
    lost_q: Any
    if crit is None:
        lost_q = part
    else:
        # Clients without one can be lost only by the other criteria.
        nulls = SimpleNamespace(**{col.name: func.cast(null(), BigInteger) for col in scored.c})
        no_orders, _, _ = lost_part(nulls, crit.c.client_id, crit.c.bits, False)
        no_orders = no_orders.select_from(crit).where(
            ~exists().where(o_t.c.client_id == crit.c.client_id, o_t.c.placed_at <= as_of_s)
        )
        lost_q = union_all(part, no_orders)
    criteria = tuple(flags)

    bounds = _month_bounds(conn, tz, as_of_s, window_start)
    xyz_filter = bool(sel.xyz)
    # Read twice with an XYZ filter (the candidates' XYZ, then the stage).
    lost = lost_q.cte("lost") if xyz_filter else lost_q.subquery("lost")
    if xyz_filter:
        # XYZ of every candidate the other exclusions leave (of every lost
        # client when the excluded ones are listed: each row shows its class).
        pending_q = select(lost)
        if not excluded:
            pending_q = pending_q.where(lost.c.excluded_by.is_(None))
        xyz = _xyz_cte(_xyz_pending(pending_q.subquery("pending"), bounds), window_start, bounds)
        xyz_class: ColumnElement[str] = _xyz_class(xyz) if xyz is not None else literal("Z", String)
        charged = case(
            (lost.c.excluded_by.is_not(None), lost.c.excluded_by),
            (not_(xyz_class.in_(sel.xyz)), "xyz"),
            else_=None,
        )
        staged = select(lost, xyz_class.label("xyz"), charged.label("charged")).select_from(lost)
        if xyz is not None:
            staged = staged.outerjoin(xyz, xyz.c.client_id == lost.c.client_id)
        stage = staged.cte("staged")
    else:
        # excluded_by once, as charged: SQLite flattens `lost` into this, and
        # would work the long CASE out once per reference
        kept = (col for col in lost.c if col.name != "excluded_by")
        stage = select(*kept, lost.c.excluded_by.label("charged")).cte("staged")

    # ---- the summary: one row of counts over every lost client
    totals_cols = [func.count().label("t_lost")]
    totals_cols += [func.sum(stage.c[f"f_{name}"]).label(f"t_{name}") for name in criteria]
    charged_names = list(dict.fromkeys(exclusion_names))
    if xyz_filter:
        charged_names.append("xyz")
    totals_cols += [
        func.sum(case((stage.c.charged == name, 1), else_=0)).label(f"x_{name}")
        for name in charged_names
    ]
    totals_cols.append(func.sum(case((stage.c.charged.is_(None), 1), else_=0)).label("t_remaining"))
    totals = select(*totals_cols).select_from(stage).cte("totals")

    # ---- the rows a run takes: a top-N sort of the survivors, then their details.
    # The order's last key, the external id, is the clients table's: it is read
    # only for the rows that can be taken (the first `take` by score and
    # revenue, and any tied with the last of them), not for every survivor.
    # Each taken row's client is read once, with the sort, and every detail
    # is worked out over the taken rows only. The rows come out in rank order
    # (score, revenue, external id: a total order), so the rank is counted as
    # they are read, not numbered by another sort.
    kind = case((stage.c.charged.is_(None), 0), else_=1)
    client_cols = [c_t.c[name] for name in CLIENT_COLUMNS]
    # The place is worked out once per row in `top` (which is written out):
    # inside the ABC expression below it would be evaluated twice.
    top: Any
    if client is not None:
        # Its rank among its own kind (remaining, or excluded): one more than
        # the number of that kind ahead of it.
        target = (
            select(
                stage,
                *client_cols,
                abc_place(stage.c, stage.c.client_id).label("abc_place"),
                kind.label("kind"),
            )
            .join_from(stage, c_t, c_t.c.id == stage.c.client_id)
            .where(_collated(c_t.c.external_id, dialect) == client)
            .cte("target")
        )
        t = target.c
        ahead = (
            select(func.count())
            .select_from(stage)
            .where(
                kind == t.kind,
                or_(
                    stage.c.score > t.score,
                    and_(
                        stage.c.score == t.score,
                        or_(
                            stage.c.rev_w > t.rev_w,
                            and_(
                                stage.c.rev_w == t.rev_w,
                                _external_id_of(stage.c.client_id, dialect)
                                < _collated(t.external_id, dialect),
                            ),
                        ),
                    ),
                ),
            )
            .scalar_subquery()
        )
        top = select(target, (ahead + 1).label("rank")).cte("top")
    else:
        wanted = stage.c.charged.is_not(None) if excluded else stage.c.charged.is_(None)
        near: ColumnElement[bool] = true()
        if take is not None:
            # The take-th row by (score, revenue); ties on both are ordered by
            # the external id below. No such row: fewer than take, all qualify.
            cut = (
                select(stage.c.score, stage.c.rev_w)
                .where(wanted)
                .order_by(stage.c.score.desc(), stage.c.rev_w.desc())
                .limit(1)
                .offset(take - 1)
                .cte("cut")
            )
            cut_score = select(cut.c.score).scalar_subquery()
            near = or_(
                ~exists().select_from(cut),
                stage.c.score > cut_score,
                and_(
                    stage.c.score == cut_score,
                    stage.c.rev_w >= select(cut.c.rev_w).scalar_subquery(),
                ),
            )
        top = (
            select(stage, *client_cols, abc_place(stage.c, stage.c.client_id).label("abc_place"))
            .join_from(stage, c_t, c_t.c.id == stage.c.client_id)
            .where(wanted, near)
            .order_by(
                stage.c.score.desc(), stage.c.rev_w.desc(), _collated(c_t.c.external_id, dialect)
            )
            .limit(take)
            .cte("top")
        )
    details = [
        abc_class(top.c, top.c.client_id, top.c.abc_place).label("abc"),
        case((top.c.last_at.is_(None), None), else_=_days_since(as_of_s, top.c.last_at)).label(
            "days_since"
        ),
        *(
            case((_suppressed(ch, top.c.client_id, top.c[ADDRESS_COLUMNS[ch]]), 1), else_=0).label(
                f"s_{ch}"
            )
            for ch in campaign.channels
        ),
    ]
    # What the rows carry: the columns a Candidate is made of, no more (every
    # column of every row is converted for Python, and sorted).
    wanted_cols = [
        top.c[name]
        for name in (
            "client_id", "n_w", "rev_w", "last_at", "score", *CLIENT_COLUMNS,
            *(f"f_{name}" for name in criteria),
            *(["charged"] if excluded or client is not None else []),
            *(["rank"] if client is not None else []),
            *(["xyz"] if xyz_filter else []),
        )
    ]  # fmt: skip
    # One flat join, not a subquery of the taken rows joined to the counts:
    # SQLite would write that subquery out before sorting it.
    joined = totals.outerjoin(top, true())
    if not xyz_filter:
        xyz = _xyz_cte(_xyz_pending(top, bounds), window_start, bounds)
        if xyz is not None:
            details.append(_xyz_class(xyz).label("xyz"))
            joined = joined.outerjoin(xyz, xyz.c.client_id == top.c.client_id)
        else:
            details.append(literal("Z", String).label("xyz"))
    in_order = (
        (top.c.rank,)
        if client is not None
        else (top.c.score.desc(), top.c.rev_w.desc(), _collated(top.c.external_id, dialect))
    )
    final = select(totals, *wanted_cols, *details).select_from(joined).order_by(*in_order)
    return Plan(
        statement=final,
        criteria=criteria,
        channels=campaign.channels,
        excluded=excluded,
        client=client,
        source={None: "orders", "pure": "stats", "mixed": "stats+orders"}[mode],
    )


def _month_bounds(
    conn: Connection, tz: zoneinfo.ZoneInfo, as_of: int, window_start: int | None
) -> list[int]:
    q = select(func.min(o_t.c.placed_at)).where(o_t.c.placed_at <= as_of)
    if window_start is not None:
        q = q.where(o_t.c.placed_at >= window_start)
    first = conn.execute(q).scalar()
    if first is None:
        return []
    first_s = to_epoch(first) if isinstance(first, dt.datetime) else int(first)
    return month_starts(tz, first_s, as_of)


# ------------------------------------------------------------------- running


def _session_settings(conn: Connection) -> None:
    """Per-transaction settings the statement is planned for.

    PostgreSQL's JIT compiles this statement (hundreds of expressions, the
    month-bucket CASE tree) for longer than it runs: 15 s at 20,000 clients.
    The rows are read through a server-side cursor, which PostgreSQL plans for
    its first 10 % (cursor_tuple_fraction): for that it joined the XYZ rows
    to the taken rows by a nested loop, a scan of all of them per row: 53 s
    for 50,000 rows taken, hours for 500,000. Every row is read, so plan for
    all of them. SET LOCAL ends with the transaction.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL jit = off")
        conn.exec_driver_sql("SET LOCAL cursor_tuple_fraction = 1.0")


def select_candidates(
    conn: Connection,
    campaign: Campaign,
    *,
    as_of: dt.datetime,
    now: dt.datetime | None = None,
    tz: zoneinfo.ZoneInfo,
    limit: int | None = None,
    excluded: bool = False,
    client: str | None = None,
) -> tuple[Summary, Iterator[Candidate]]:
    """Run the selection; the summary is known before the rows are read.

    The rows stream; the caller iterates within the connection's life.
    """
    now = now or dt.datetime.now(dt.UTC)
    plan = build_statement(
        conn, campaign, as_of=as_of, now=now, tz=tz, limit=limit, excluded=excluded, client=client
    )
    _session_settings(conn)
    # Statement-level: Connection.execution_options() would change the connection.
    result = conn.execute(plan.statement.execution_options(yield_per=500))
    rows = iter(result)
    first = next(rows, None)
    if first is None or not first.t_lost:
        result.close()
        summary = Summary(
            campaign=campaign.name,
            as_of=as_of,
            matched=dict.fromkeys(plan.criteria, 0),
            lost=0,
            excluded={},
            remaining=0,
        )
        return summary, iter(())
    counts = first._mapping
    removed = {k[2:]: int(v or 0) for k, v in counts.items() if k.startswith("x_")}
    summary = Summary(
        campaign=campaign.name,
        as_of=as_of,
        matched={name: int(counts[f"t_{name}"] or 0) for name in plan.criteria},
        lost=int(counts["t_lost"]),
        excluded={name: removed.get(name, 0) for name in EXCLUSIONS if name in removed},
        remaining=int(counts["t_remaining"] or 0),
    )
    make = _candidate_maker(list(result.keys()), campaign, plan)
    client_at = list(result.keys()).index("client_id")

    def candidates() -> Iterator[Candidate]:
        row: Any = first
        rank = 0
        while row is not None:
            if row[client_at] is not None:  # None: no survivor, only the counts
                rank += 1
                yield make(row, rank)
            row = next(rows, None)

    return summary, candidates()


_UNKNOWN: Any = object()


def _candidate_maker(
    keys: list[str], campaign: Campaign, plan: Plan
) -> Callable[[Any, int], Candidate]:
    """A function from a row of the statement (and its rank, counted as the
    rows are read) to its Candidate.

    Columns are read by position, and what depends on a few flags alone (the
    reasons, the suppressed channels) is worked out once per combination: a
    run may take hundreds of thousands of rows, and reading a row by column
    name cost as much as the rest of the row's work."""
    at = {key: i for i, key in enumerate(keys)}
    (
        i_client, i_ext, i_name, i_score, i_rev, i_n, i_last, i_days, i_abc, i_xyz,
        i_email, i_phone, i_chat, i_tz, i_locale, i_manager, i_ec, i_sc, i_tc,
    ) = (
        at[key] for key in (
            "client_id", "external_id", "name", "score", "rev_w", "n_w", "last_at", "days_since",
            "abc", "xyz", "email", "phone", "telegram_chat_id", "timezone", "locale", "manager",
            "email_consent", "sms_consent", "telegram_consent",
        )
    )  # fmt: skip
    i_rank = at["rank"] if plan.client is not None else None
    i_charged = at["charged"] if plan.excluded or plan.client is not None else None
    criteria, channels = plan.criteria, plan.channels
    # itemgetter of one index returns the value, of several a tuple: either is a key.
    flags_of = itemgetter(*(at[f"f_{name}"] for name in criteria))
    suppressions_of = itemgetter(*(at[f"s_{ch}"] for ch in channels))
    reasons_by: dict[Any, tuple[str, ...]] = {}
    suppressed_by: dict[Any, frozenset[str]] = {}
    many_criteria, many_channels = len(criteria) > 1, len(channels) > 1
    preference = campaign.channels
    channel_by: dict[tuple[Any, ...], str | None] = {}
    new_candidate, from_epoch, utc = Candidate._make, dt.datetime.fromtimestamp, dt.UTC

    def make(row: Any, rank: int) -> Candidate:
        flags = flags_of(row)
        reasons = reasons_by.get(flags)
        if reasons is None:
            bits = flags if many_criteria else (flags,)
            reasons = reasons_by[flags] = tuple(
                n for n, on in zip(criteria, bits, strict=True) if on
            )
        bits = suppressions_of(row)
        suppressed = suppressed_by.get(bits)
        if suppressed is None:
            on = bits if many_channels else (bits,)
            suppressed = suppressed_by[bits] = frozenset(
                c for c, b in zip(channels, on, strict=True) if b
            )
        email, phone, chat = row[i_email], row[i_phone], row[i_chat]
        ec, sc, tc = bool(row[i_ec]), bool(row[i_sc]), bool(row[i_tc])
        consent = {"email": ec, "sms": sc, "telegram": tc}
        # The channel depends on which addresses there are, the consents and
        # the suppressions: a few dozen combinations.
        key = (bool(email), bool(phone), bool(chat), ec, sc, tc, suppressed)
        channel = channel_by.get(key, _UNKNOWN)
        if channel is _UNKNOWN:
            addresses = {"email": email, "sms": phone, "telegram": chat}
            channel = channel_by[key] = first_usable_channel(
                preference, addresses, consent, suppressed
            )
        ext = row[i_ext]
        days = row[i_days]
        last = row[i_last]
        # _make, not Candidate(...): the generated __new__ binds 23 arguments.
        return new_candidate((
            rank if i_rank is None else int(row[i_rank]),
            int(row[i_client]),
            ext,
            row[i_name],
            float(row[i_score]),
            reasons,
            int(row[i_rev]),
            int(row[i_n]),
            last if last is None or isinstance(last, dt.datetime) else from_epoch(int(last), utc),
            None if days is None else int(days),
            row[i_abc],
            row[i_xyz] or "Z",
            group_of(campaign, ext),
            channel,
            email,
            phone,
            chat,
            row[i_tz],
            row[i_locale],
            row[i_manager],
            consent,
            suppressed,
            None if i_charged is None else row[i_charged],
        ))  # fmt: skip

    return make


def _as_datetime(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromtimestamp(int(value), dt.UTC)


def first_usable_channel(
    channels: tuple[str, ...],
    addresses: dict[str, str | None],
    consent: dict[str, bool],
    suppressed: frozenset[str],
    *,
    skip: frozenset[str] = frozenset(),
) -> str | None:
    """The first channel in preference order with an address, consent and no
    suppression."""
    for channel in channels:
        if channel in skip or channel in suppressed:
            continue
        if addresses.get(channel) and consent.get(channel):
            return channel
    return None


def explain(conn: Connection, plan: Plan) -> str:
    """The statement as runnable SQL (to paste into EXPLAIN)."""
    dialect = conn.dialect
    if dialect.paramstyle in ("format", "pyformat"):
        # psycopg / PyMySQL style escapes every % as %% even with literal binds.
        dialect = type(dialect)(paramstyle="named")  # type: ignore[call-arg]
    compiled = plan.statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    return str(compiled)
