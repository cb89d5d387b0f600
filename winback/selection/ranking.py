"""Ranking: percent ranks of revenue and order count, the score, ABC and XYZ
classes (the ``scored``, ``stats``, ``pr_n``, ``boundary`` and ``xyz`` stages).

One sort of the active clients by revenue gives the revenue percent rank and
the sums ABC needs; the order-count percent rank comes from a histogram;
external ids are read only for the revenue ties that straddle an ABC line.
XYZ comes from monthly revenue in the configured time zone, read only for the
clients whose class is not Z whatever their months hold.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import BigInteger, Double, Integer, and_, case, func, literal, not_, or_, select
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import CTE

from winback.config import SelectCriteria
from winback.models import Order
from winback.selection.aggregates import agg_from_stats
from winback.selection.inputs import Inputs, double, external_id_of, stats_t
from winback.selection.model import ROW_DAYS, ROW_FIRST_AT

# Order counts up to this many have their PERCENT_RANK read once, not per row
# (SQLite).
COMMON_ORDER_COUNTS = 24


class Ranks(NamedTuple):
    """The CTEs a row's score and ABC class are read from."""

    stats: CTE  # one row: active clients and their total positive revenue
    pr_n: CTE  # PERCENT_RANK per order count
    boundary: CTE  # place among equal-revenue peers, where it decides ABC
    # The boundary is joined on client_id to the rows the place is read for
    # (see abc_place); otherwise each row looks its place up.
    joined: bool = False


def joins_boundary(dialect: str) -> bool:
    """Whether the rows that need a place join the boundary on client_id
    rather than look it up per row.

    SQLite indexes a CTE looked up by a correlated subquery (and scans a
    joined one once per row). PostgreSQL inlines a CTE read once into the
    subquery, and would run its window again for every row looked up:
    quadratic when many clients tie at an ABC line. It hashes the join
    (MariaDB ran the same either way; the join is kept there too).
    """
    return dialect != "sqlite"


def scoring(inp: Inputs, agg: Any) -> Select[Any]:
    """The aggregates with their revenue rank and ABC sums (``scored``)."""
    if inp.mode != "pure":
        return _scored(agg)
    return _scored_from_stats(inp.as_of, inp.sel, model_in_row(inp))


def model_in_row(inp: Inputs) -> bool:
    """Whether the model stage is worked out from scored's own rows
    (winback.selection.model.in_row): client_order_stats answers for the
    model's days too."""
    return inp.mode == "pure" and inp.model is not None and inp.model.source == "stats"


def ranks(inp: Inputs, agg: Any, scoring: Select[Any]) -> Ranks:
    stats = _stats(agg, inp.prio.value_at_risk_weight > 0)
    pr_n = _pr_n(agg)
    return Ranks(stats, pr_n, _boundary(scoring.cte("scored_again"), stats, inp.dialect))


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


def _scored_from_stats(as_of: int, sel: SelectCriteria, model_days: bool = False) -> Select[Any]:
    """_scored's columns straight from client_order_stats when it covers every
    client: each has an order (all are active), and the window's order is that
    of the index on (revenue_minor, ...), so the rows need no sort. With
    model_days also the purchase days and the first order (model.in_row)."""
    st = stats_t
    w: dict[str, Any] = {"order_by": st.c.revenue_minor}
    rank = func.rank().over(**w)
    positive = case((st.c.revenue_minor > 0, st.c.revenue_minor), else_=0)
    # Not first_w: it is not in the index (XYZ reads it for the rows taken).
    cols = agg_from_stats(as_of, sel, mixed=False).selected_columns
    return select(
        *(col for col in cols if col.name != "first_w"),
        (rank - 1).label("below"),
        (func.count().over(**w) - (rank - 1)).label("peers"),
        func.cast(func.sum(positive).over(**w), BigInteger).label("positive_upto"),
        *(
            [st.c.purchase_days.label(ROW_DAYS), st.c.first_order_at.label(ROW_FIRST_AT)]
            if model_days
            else []
        ),
    )


def _stats(agg: Any, with_max: bool = False) -> CTE:
    """One row: how many clients are active (have an order in the window), and
    their total positive revenue (and the largest, for value at risk)."""
    positive = case((agg.c.rev_w > 0, agg.c.rev_w), else_=0)
    cols = [
        func.sum(case((agg.c.n_w > 0, 1), else_=0)).label("n_active"),
        func.cast(func.sum(positive), BigInteger).label("rev_total"),
    ]
    if with_max:
        cols.append(func.cast(func.max(positive), BigInteger).label("rev_max"))
    return select(*cols).cte("stats")


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
    ext = external_id_of(scored.c.client_id, dialect)
    place = func.row_number().over(partition_by=scored.c.rev_w, order_by=ext)
    return (
        select(scored.c.client_id, (place - 1).label("place"))
        .where(_straddles(rev, above, total, peers))
        .cte("boundary")
    )


def lost_boundary(agg: Any, stats: CTE, lost: Any, dialect: str) -> CTE:
    """_boundary for the lost clients' straddling revenue groups only, read
    from the lost rows (scored's rev_w, positive_upto and peers) instead of a
    second pass of the window over every client: the groups are found among
    the lost rows, their members (lost or not) looked up by revenue. Only
    when no exclusion reads the ABC class (the lost rows would need it)."""
    rev, above, total, peers = _abc_inputs(lost.c, stats)
    straddling = select(lost.c.rev_w).where(_straddles(rev, above, total, peers))
    ext = external_id_of(agg.c.client_id, dialect)
    place = func.row_number().over(partition_by=agg.c.rev_w, order_by=ext)
    return (
        select(agg.c.client_id, (place - 1).label("place"))
        .where(agg.c.rev_w.in_(straddling))
        .cte("boundary")
    )


def abc_place(ranks: Ranks, sc: Any, client_id: Any) -> ColumnElement[Any]:
    """A row's place among its equal-revenue peers where that decides its
    ABC class (0 elsewhere): scored's rev_w, positive_upto and peers. From
    the boundary joined to the row when ranks.joined (the statement must
    then join it), else looked up by client_id."""
    rev, above, total, peers = _abc_inputs(sc, ranks.stats)
    boundary = ranks.boundary
    place: Any = boundary.c.place
    if not ranks.joined:
        place = select(place).where(boundary.c.client_id == client_id).scalar_subquery()
    return case((_straddles(rev, above, total, peers), place), else_=0)


def abc_class(ranks: Ranks, sc: Any, client_id: Any, place: Any = None) -> ColumnElement[str]:
    """ABC of a row with scored's rev_w, positive_upto and peers (and its
    place, when worked out already)."""
    rev, above, total, _ = _abc_inputs(sc, ranks.stats)
    if place is None:
        place = abc_place(ranks, sc, client_id)
    return _abc_of(rev, above + place * rev, total)


def score(
    inp: Inputs, ranks: Ranks, sc: Any, has_orders: bool, p_alive: Any = None
) -> ColumnElement[Any]:
    """revenue_weight × PERCENT_RANK(revenue) + frequency_weight × PERCENT_RANK(orders)
    + value_at_risk_weight × revenue / largest revenue × (1 − P(alive)) (revenue
    below 0 counts as 0; the term is 0 without a P(alive))."""
    pr_rev = _pr_rev(sc, ranks.stats)
    zero = double(0.0)
    pr_n_of: ColumnElement[Any]
    if inp.dialect == "sqlite":
        # SQLite scans a small joined CTE once per row, but indexes one
        # looked up by a correlated subquery; PostgreSQL hashes the join.
        # The lookup still costs per row, so the common counts read a
        # subquery of their own, which SQLite runs once and keeps (not
        # correlated).
        pr_n = ranks.pr_n
        pr_n_of = case(
            *((sc.n_w == k, _pr_n_at(pr_n, k)) for k in range(1, COMMON_ORDER_COUNTS + 1)),
            else_=_pr_n_at(pr_n, sc.n_w),
        )
    else:
        pr_n_of = ranks.pr_n.c.pr_n
    pr_n_value = case((sc.n_w > 0, pr_n_of), else_=zero) if has_orders else zero
    total = (
        double(inp.prio.revenue_weight) * pr_rev + double(inp.prio.frequency_weight) * pr_n_value
    )
    weight = inp.prio.value_at_risk_weight
    if weight > 0 and has_orders and p_alive is not None:
        total = total + double(weight) * _value_at_risk(sc, ranks.stats, p_alive)
    return func.coalesce(total, 0.0)


def _value_at_risk(sc: Any, stats: CTE, p_alive: Any) -> ColumnElement[Any]:
    """revenue / largest revenue × (1 − P(alive)), in [0, 1]; 0 without a
    P(alive) or a positive revenue."""
    rev_max = select(stats.c.rev_max).scalar_subquery()
    share = func.cast(sc.rev_w, Double) / func.cast(rev_max, Double)
    return case(
        (and_(sc.rev_w > 0, rev_max > 0, p_alive.is_not(None)), share * (1.0 - p_alive)),
        else_=double(0.0),
    )


def _pr_n_at(pr_n: CTE, count: Any) -> Any:
    return select(pr_n.c.pr_n).where(pr_n.c.n_w == count).scalar_subquery()


# ------------------------------------------------------------------ XYZ


def _bucket_expr(
    column: ColumnElement[Any], bounds: tuple[int, ...], lo: int, hi: int
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


def xyz_cte(source: Any, window_start: int | None, bounds: tuple[int, ...]) -> CTE | None:
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


def xyz_pending(rows: Any, bounds: tuple[int, ...]) -> Any:
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


def xyz_class(xyz: CTE) -> ColumnElement[str]:
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
