"""The per-client aggregates (order count, last order, revenue and count in
the priority window, the overdue flag), from the orders or from
client_order_stats: the ``agg`` stage."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, and_, case, func, literal, not_, or_, select, union, union_all
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import Subquery

from winback.config import SelectCriteria
from winback.selection.inputs import (
    DAY,
    Inputs,
    as_int,
    days_since,
    double,
    o_t,
    stale_t,
    stats_t,
    where_only,
)

# Dialects that test the overdue criterion client by client: a small window
# over one client's orders (a range of the covering index), and only for the
# clients whose aggregates do not decide it already. SQLite's window functions
# cost more per row than its GROUP BY, and it cannot stream a GROUP BY over a
# window's output (it sorts all of it), so one window pass over every order
# costs it several times the bare aggregate (BENCHMARKS.md); on PostgreSQL the
# two formulations cost the same. MariaDB keeps the single window pass.
PER_CLIENT_GAPS = frozenset({"sqlite", "postgresql"})


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
        .where(placed <= as_of, *where_only(only))
        .group_by(o_t.c.client_id)
    )


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
        double(factor) * (gap_lo + gap_hi) <= days * literal(2 * DAY, BigInteger),
    )
    return or_(
        and_(odd, 2 * c >= k + 1),
        and_(not_(odd), or_(c >= j + 1, even_middle)),
    )


def _gap_le(
    gap: ColumnElement[Any], days: ColumnElement[Any], factor: float
) -> ColumnElement[bool]:
    # gap <= T  <=>  factor * gap <= days * 86400 (seconds; factor > 0)
    return and_(gap.is_not(None), double(factor) * gap <= days * literal(DAY, BigInteger))


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
    gaps = _gap_counts(as_of, window_start, factor, only)
    k = gaps.c.n_all - 1
    overdue = and_(
        gaps.c.n_all >= min_orders,
        _overdue_test(
            k,
            gaps.c.gaps_le,
            gaps.c.gap_lo,
            gaps.c.gap_hi,
            days_since(as_of, gaps.c.last_at),
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


def _gap_counts(
    as_of: int, window_start: int | None, factor: float, only: ColumnElement[bool] | None
) -> Subquery:
    """Per client, the aggregates and the counts the overdue test needs
    (_gap_stats), from one window pass over the orders."""
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
        .where(placed <= as_of, *where_only(only))
        .subquery("o")
    )
    days = days_since(as_of, inner.c.last_at)
    c, gap_lo, gap_hi = _gap_stats(inner.c.gap, days, factor)
    rev_w, n_w = _window_sums(inner.c.placed_at, inner.c.amount_minor, window_start)
    return (
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
        .where(placed <= as_of, *where_only(only))
        .group_by(o_t.c.client_id)
        .subquery("agg0")
    )
    days = days_since(as_of, a.c.last_at)
    k = a.c.n_all - 1
    span = as_int(a.c.last_at) - as_int(a.c.first_at)
    bound = double(factor) * (span // ((k + 1) // 2)) <= days * literal(DAY, BigInteger)

    exact = _overdue_from_gaps(a, as_of, k, days, factor)
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


def _overdue_from_gaps(
    a: Subquery, as_of: int, k: ColumnElement[Any], days: ColumnElement[Any], factor: float
) -> ColumnElement[Any]:
    """The exact overdue test (1 or 0) for one client of `a`, from a window
    over its own orders."""
    o2 = o_t.alias("o2")
    # The order before (NULL for the first). LAG, not FIRST_VALUE over a
    # one-row frame: cheaper per client on SQLite.
    previous = func.lag(o2.c.placed_at).over(order_by=o2.c.placed_at)
    client_gaps = (
        select((o2.c.placed_at - previous).label("gap"))
        .where(o2.c.client_id == a.c.client_id, o2.c.placed_at <= as_of)
        .correlate(a)
        .subquery("g")
    )
    c, gap_lo, gap_hi = _gap_stats(client_gaps.c.gap, days, factor)
    return (
        select(case((_overdue_test(k, c, gap_lo, gap_hi, days, factor), 1), else_=0))
        .select_from(client_gaps)
        .correlate(a)
        .scalar_subquery()
    )


def _agg_orders(
    dialect: str,
    as_of: int,
    window_start: int | None,
    sel: SelectCriteria,
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


def agg_from_stats(as_of: int, sel: SelectCriteria, mixed: bool) -> Select[Any]:
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
        days = days_since(as_of, st.c.last_order_at)
        overdue = case(
            (st.c.orders_count < sel.overdue_min_orders, 0),
            (
                and_(
                    st.c.median_gap2.is_not(None),
                    double(sel.overdue_factor) * st.c.median_gap2
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


def aggregates(inp: Inputs) -> Any:
    """The ``agg`` stage: a CTE, or (all from client_order_stats) a subquery."""
    dialect, as_of, window_start, sel = inp.dialect, inp.as_of, inp.window_start, inp.sel
    if inp.mode is None:
        return _agg_orders(dialect, as_of, window_start, sel).cte("agg")
    if inp.mode == "pure":
        # A subquery, not a CTE: only the summary counts and the order-count
        # histogram read it (scored reads the table itself), and SQLite would
        # materialise a CTE read twice: every row written for nothing.
        return agg_from_stats(as_of, sel, mixed=False).subquery("agg")
    return union_all(
        agg_from_stats(as_of, sel, mixed=True),
        _agg_orders(dialect, as_of, window_start, sel, only=_uncovered(as_of)),
    ).cte("agg")
