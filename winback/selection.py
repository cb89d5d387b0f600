"""Who is lost, who is worth winning back, and in what order — in one SQL statement.

The statement is built with SQLAlchemy Core and runs unchanged on SQLite,
PostgreSQL and MariaDB. Its stages, as CTEs:

``agg``
    one pass over the orders at or before *as of* (the covering index
    ``(client_id, placed_at, amount_minor)``): order count, last order,
    revenue and count in the priority window. When the campaign uses the
    *overdue* criterion the same pass runs as a window over each client's
    orders, newest first, which gives every order its gap to the next one and
    the client's last order; the median test needs no sort (see
    :func:`_agg_with_gaps`).
``scored``
    ``PERCENT_RANK()`` of revenue and of order count over every client with an
    order in the window, the score, and the ABC class.
``nps``, ``conflict``, ``inquiries``, ``unreachable``
    the other lost-criteria, each from its own table.
``lost``
    every client that meets at least one criterion, with a flag per
    criterion and the first exclusion that removes it (if any).
``ranked``
    the survivors numbered by score, revenue, external id; window totals
    carry the summary counts on every row.
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
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Double,
    Integer,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    not_,
    null,
    or_,
    select,
)
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import CTE

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
ADDRESS_COLUMNS = {"email": Client.email, "sms": Client.phone, "telegram": Client.telegram_chat_id}
CONSENT_COLUMNS = {
    "email": Client.email_consent,
    "sms": Client.sms_consent,
    "telegram": Client.telegram_consent,
}

o_t = Order.__table__
c_t = Client.__table__


@dataclass(frozen=True)
class Candidate:
    """One client a run would take, with everything later stages need."""

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
    consent: dict[str, bool] = field(default_factory=dict)
    suppressed: frozenset[str] = frozenset()

    def as_dict(self) -> dict[str, Any]:
        return {
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


def minor_to_str(amount: int) -> str:
    sign = "-" if amount < 0 else ""
    whole, cents = divmod(abs(amount), 100)
    return f"{sign}{whole}.{cents:02d}"


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


def _collated(column: ColumnElement[Any], dialect: str) -> ColumnElement[Any]:
    """Binary (code point) order, the same on every database and in Python."""
    if dialect == "postgresql":
        return column.collate("C")
    if dialect in ("mysql", "mariadb"):
        return column.collate("utf8mb4_bin")
    return column


def _days_since(as_of: int, last_at: ColumnElement[Any]) -> ColumnElement[Any]:
    # `//` on integers renders as integer division on each dialect (DIV on MySQL).
    return (literal(as_of, BigInteger) - last_at) // literal(DAY, BigInteger)


def _agg_plain(as_of: int, window_start: int | None) -> CTE:
    placed, amount = o_t.c.placed_at, o_t.c.amount_minor
    in_window = placed >= window_start if window_start is not None else None
    rev_w = (
        func.sum(case((in_window, amount), else_=0)) if in_window is not None else func.sum(amount)
    )
    n_w = func.sum(case((in_window, 1), else_=0)) if in_window is not None else func.count()
    return (
        select(
            o_t.c.client_id.label("client_id"),
            func.count().label("n_all"),
            func.max(placed).label("last_at"),
            rev_w.label("rev_w"),
            n_w.label("n_w"),
            null().label("gaps_le"),
            null().label("gap_lo"),
            null().label("gap_hi"),
        )
        .where(placed <= as_of)
        .group_by(o_t.c.client_id)
        .cte("agg")
    )


def _agg_with_gaps(as_of: int, window_start: int | None, factor: float) -> CTE:
    """Aggregates plus what the median-gap test needs, in one ordered pass.

    Overdue means days >= factor × median(gaps). With T = days / factor and
    c = #{gaps <= T}: for k = 2j+1 gaps the median is the (j+1)-th smallest,
    so the test is c >= j+1; for k = 2j it is the mean of the j-th and
    (j+1)-th: true if c >= j+1, false if c < j, and when c = j it compares
    max{g <= T} + min{g > T} with 2T. So per client we need c, that max and
    that min — sums over the gaps, no sort. T depends on the last order,
    which a window over the orders newest-first gives every row.
    """
    placed = o_t.c.placed_at
    w = {"partition_by": o_t.c.client_id, "order_by": placed.desc()}
    inner = (
        select(
            o_t.c.client_id,
            placed,
            o_t.c.amount_minor,
            func.first_value(placed).over(**w).label("last_at"),
            # newest first, so LAG is the next order in time
            (func.lag(placed).over(**w) - placed).label("gap"),
        )
        .where(placed <= as_of)
        .subquery("o")
    )
    days = (literal(as_of, BigInteger) - inner.c.last_at) // literal(DAY, BigInteger)
    # gap <= T  <=>  factor * gap <= days * 86400 (seconds; factor > 0)
    le = and_(
        inner.c.gap.is_not(None),
        func.cast(literal(factor, Double), Double) * inner.c.gap <= days * literal(DAY, BigInteger),
    )
    gt = and_(inner.c.gap.is_not(None), not_(le))
    in_window = inner.c.placed_at >= window_start if window_start is not None else None
    amount = inner.c.amount_minor
    rev_w = (
        func.sum(case((in_window, amount), else_=0)) if in_window is not None else func.sum(amount)
    )
    n_w = func.sum(case((in_window, 1), else_=0)) if in_window is not None else func.count()
    return (
        select(
            inner.c.client_id.label("client_id"),
            func.count().label("n_all"),
            func.max(inner.c.last_at).label("last_at"),
            rev_w.label("rev_w"),
            n_w.label("n_w"),
            func.sum(case((le, 1), else_=0)).label("gaps_le"),
            func.max(case((le, inner.c.gap), else_=None)).label("gap_lo"),
            func.min(case((gt, inner.c.gap), else_=None)).label("gap_hi"),
        )
        .group_by(inner.c.client_id)
        .cte("agg")
    )


def _overdue_flag(agg: CTE, as_of: int, factor: float, min_orders: int) -> ColumnElement[bool]:
    k = agg.c.n_all - 1  # number of gaps
    c = agg.c.gaps_le
    days = _days_since(as_of, agg.c.last_at)
    odd = (k % 2) == 1
    j = k // 2  # for even k
    even_middle = and_(
        c == j,
        func.cast(literal(factor, Double), Double) * (agg.c.gap_lo + agg.c.gap_hi)
        <= days * literal(2 * DAY, BigInteger),
    )
    return and_(
        agg.c.n_all >= min_orders,
        or_(
            and_(odd, 2 * c >= k + 1),
            and_(not_(odd), or_(c >= j + 1, even_middle)),
        ),
    )


def _scored(agg: CTE, dialect: str) -> CTE:
    """Score and ABC over all clients with an order in the window."""
    has_orders = case((agg.c.n_w > 0, 1), else_=0)
    # PERCENT_RANK() spelled out as (rank - 1) / (n - 1): MariaDB types its own
    # PERCENT_RANK() as DOUBLE(17,10) and rounds it to 10 decimals.
    n = func.count().over(partition_by=has_orders)

    def percent_rank(order_by: Any) -> ColumnElement[Any]:
        rank = func.rank().over(partition_by=has_orders, order_by=order_by)
        return case(
            (n > 1, func.cast(rank - 1, Double) / func.cast(n - 1, Double)),
            else_=func.cast(0.0, Double),
        )

    pr_rev = percent_rank(agg.c.rev_w)
    pr_n = percent_rank(agg.c.n_w)
    has_rev = case((agg.c.rev_w > 0, 1), else_=0)
    ext = _collated(c_t.c.external_id, dialect)
    rev_order = {"partition_by": has_rev, "order_by": (agg.c.rev_w.desc(), ext)}
    cum_before = func.coalesce(func.sum(agg.c.rev_w).over(rows=(None, -1), **rev_order), 0)
    total = func.sum(agg.c.rev_w).over(partition_by=has_rev)
    return (
        select(
            agg,
            case((agg.c.n_w > 0, pr_rev), else_=func.cast(0.0, Double)).label("pr_rev"),
            case((agg.c.n_w > 0, pr_n), else_=func.cast(0.0, Double)).label("pr_n"),
            case((agg.c.rev_w > 0, cum_before), else_=None).label("cum_before"),
            case((agg.c.rev_w > 0, total), else_=None).label("rev_total"),
        )
        .join_from(agg, c_t, c_t.c.id == agg.c.client_id)
        .cte("scored")
    )


def _abc(scored: CTE) -> ColumnElement[str]:
    cum, total = scored.c.cum_before, scored.c.rev_total
    return case(
        (scored.c.rev_w.is_(None), "C"),
        (scored.c.rev_w <= 0, "C"),
        (cum * 5 < total * 4, "A"),  # share before it < 80 %
        (cum * 20 < total * 19, "B"),  # < 95 %
        else_="C",
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


def _suppressed(channel: str) -> ColumnElement[bool]:
    s = Suppression.__table__
    address = ADDRESS_COLUMNS[channel]
    target = or_(s.c.client_id == c_t.c.id, s.c.address == _normal_address(channel, address))
    return exists().where(s.c.channel == channel, target)


def _normal_address(channel: str, column: ColumnElement[Any]) -> ColumnElement[Any]:
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


def build_statement(
    conn: Connection,
    campaign: Campaign,
    *,
    as_of: dt.datetime,
    now: dt.datetime,
    tz: zoneinfo.ZoneInfo,
    limit: int | None = None,
) -> Plan:
    dialect = conn.dialect.name
    sel, prio = campaign.select, campaign.priority
    as_of_s, now_s = to_epoch(as_of), to_epoch(now)
    window_start = as_of_s - prio.window_days * DAY if prio.window_days else None
    take = min(limit, campaign.max_per_run) if limit else campaign.max_per_run

    if sel.overdue_factor is not None:
        agg = _agg_with_gaps(as_of_s, window_start, sel.overdue_factor)
    else:
        agg = _agg_plain(as_of_s, window_start)
    scored = _scored(agg, dialect)

    flags: dict[str, ColumnElement[bool]] = {}
    joins: list[tuple[Any, ColumnElement[bool]]] = [(scored, scored.c.client_id == c_t.c.id)]
    days = _days_since(as_of_s, scored.c.last_at)
    if "recency" in sel.criteria():
        conds = [scored.c.last_at.is_not(None)]
        if sel.last_order_days_min is not None:
            conds.append(days >= sel.last_order_days_min)
        if sel.last_order_days_max is not None:
            conds.append(days <= sel.last_order_days_max)
        flags["recency"] = and_(*conds)
    if sel.overdue_factor is not None:
        flags["overdue"] = and_(
            scored.c.last_at.is_not(None),
            _overdue_flag(scored, as_of_s, sel.overdue_factor, sel.overdue_min_orders),
        )
    if sel.nps_max is not None:
        nps = _nps_cte(as_of_s)
        joins.append((nps, nps.c.client_id == c_t.c.id))
        conds = [nps.c.score.is_not(None), nps.c.score <= sel.nps_max]
        if sel.nps_within_days is not None:
            conds.append(nps.c.answered_at >= as_of_s - sel.nps_within_days * DAY)
        flags["nps"] = and_(*conds)
    if sel.conflict_within_days is not None:
        conflict = _conflict_cte(as_of_s, sel.conflict_within_days)
        joins.append((conflict, conflict.c.client_id == c_t.c.id))
        flags["conflict"] = conflict.c.client_id.is_not(None)
    if sel.inquiries_without_purchase is not None:
        inq = _inquiries_cte(as_of_s)
        joins.append((inq, inq.c.client_id == c_t.c.id))
        flags["inquiries"] = and_(
            inq.c.n >= sel.inquiries_without_purchase, scored.c.client_id.is_(None)
        )
    if sel.unreachable_attempts is not None:
        unr = _unreachable_cte(as_of_s, sel.unreachable_attempts)
        joins.append((unr, unr.c.client_id == c_t.c.id))
        flags["unreachable"] = unr.c.client_id.is_not(None)
    criteria = tuple(flags)

    # ---- exclusions, in order; each row is charged to the first that applies
    exclusions: list[tuple[str, ColumnElement[bool]]] = []
    if sel.match == "all" and len(flags) > 1:
        exclusions.append(("not_all_criteria", not_(and_(*flags.values()))))
    tags = ClientTag.__table__
    if sel.tags_include:
        has = exists().where(tags.c.client_id == c_t.c.id, tags.c.tag.in_(sel.tags_include))
        exclusions.append(("tags", not_(has)))
    if sel.tags_exclude:
        has = exists().where(tags.c.client_id == c_t.c.id, tags.c.tag.in_(sel.tags_exclude))
        exclusions.append(("tags", has))
    n_w = func.coalesce(scored.c.n_w, 0)
    rev_w = func.coalesce(scored.c.rev_w, 0)
    if sel.min_orders is not None:
        exclusions.append(("min_orders", n_w < sel.min_orders))
    if sel.min_revenue_minor is not None:
        exclusions.append(("min_revenue", rev_w < sel.min_revenue_minor))
    abc = _abc(scored)
    if sel.abc:
        exclusions.append(("abc", not_(abc.in_(sel.abc))))
    a = Assignment.__table__
    if campaign.cooldown_days:
        recent = exists().where(
            a.c.campaign == campaign.name,
            a.c.client_id == c_t.c.id,
            a.c.created_at >= now_s - campaign.cooldown_days * DAY,
            func.coalesce(a.c.outcome, "") != "no_channel",
        )
        exclusions.append(("cooldown", recent))
    suppressed = {ch: _suppressed(ch) for ch in campaign.channels}
    exclusions.append(("opted_out", and_(*suppressed.values())))

    # The XYZ filter needs XYZ of every candidate; it is charged after the
    # others, in the outer query.
    excluded_by = case(*((cond, name) for name, cond in exclusions), else_=None)
    lost_cond = or_(*flags.values())
    base = select(
        c_t.c.id.label("client_id"),
        c_t.c.external_id,
        c_t.c.name,
        c_t.c.email,
        c_t.c.phone,
        c_t.c.telegram_chat_id,
        c_t.c.timezone,
        c_t.c.locale,
        c_t.c.manager,
        c_t.c.email_consent,
        c_t.c.sms_consent,
        c_t.c.telegram_consent,
        n_w.label("n_w"),
        rev_w.label("rev_w"),
        scored.c.last_at,
        case((scored.c.last_at.is_(None), None), else_=days).label("days_since"),
        func.coalesce(
            func.cast(literal(prio.revenue_weight, Double), Double) * scored.c.pr_rev
            + func.cast(literal(prio.frequency_weight, Double), Double) * scored.c.pr_n,
            0.0,
        ).label("score"),
        abc.label("abc"),
        excluded_by.label("excluded_by"),
        *(case((cond, 1), else_=0).label(f"f_{name}") for name, cond in flags.items()),
        *(case((cond, 1), else_=0).label(f"s_{ch}") for ch, cond in suppressed.items()),
    ).select_from(c_t)
    for target, on in joins:
        base = base.outerjoin(target, on)
    lost = base.where(lost_cond).cte("lost")

    bounds = _month_bounds(conn, tz, as_of_s, window_start)
    xyz_filter = bool(sel.xyz)
    if xyz_filter:
        xyz = _xyz_cte(lost, window_start, bounds)
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
        stage = select(lost, lost.c.excluded_by.label("charged")).cte("staged")

    order = (
        stage.c.score.desc(),
        stage.c.rev_w.desc(),
        _collated(stage.c.external_id, dialect),
    )
    survivors = case((stage.c.charged.is_(None), 1), else_=0)
    totals = [func.count().over().label("t_lost")]
    totals += [func.sum(stage.c[f"f_{name}"]).over().label(f"t_{name}") for name in criteria]
    charged_names = list(dict.fromkeys(n for n, _ in exclusions))
    if xyz_filter:
        charged_names.append("xyz")
    totals += [
        func.sum(case((stage.c.charged == name, 1), else_=0)).over().label(f"x_{name}")
        for name in charged_names
    ]
    totals.append(func.sum(survivors).over().label("t_remaining"))
    ranked = select(
        stage,
        func.row_number().over(partition_by=survivors, order_by=order).label("rank"),
        *totals,
    ).cte("ranked")
    top = (
        select(ranked)
        .where(or_(ranked.c.charged.is_(None), ranked.c.rank == 1))
        .where(ranked.c.rank <= take)
        .cte("top")
    )
    final = select(top)
    if not xyz_filter:
        xyz = _xyz_cte(top, window_start, bounds)
        if xyz is not None:
            final = (
                select(top, _xyz_class(xyz).label("xyz"))
                .select_from(top)
                .outerjoin(xyz, xyz.c.client_id == top.c.client_id)
            )
        else:
            final = select(top, literal("Z", String).label("xyz")).select_from(top)
    final = final.order_by(top.c.charged.is_not(None), top.c.rank)
    return Plan(statement=final, criteria=criteria, channels=campaign.channels)


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


def select_candidates(
    conn: Connection,
    campaign: Campaign,
    *,
    as_of: dt.datetime,
    now: dt.datetime | None = None,
    tz: zoneinfo.ZoneInfo,
    limit: int | None = None,
) -> tuple[Summary, Iterator[Candidate]]:
    """Run the selection; the summary is known before the rows are read.

    The rows stream; the caller iterates within the connection's life.
    """
    now = now or dt.datetime.now(dt.UTC)
    plan = build_statement(conn, campaign, as_of=as_of, now=now, tz=tz, limit=limit)
    result = conn.execution_options(yield_per=500).execute(plan.statement)
    rows = iter(result.mappings())
    first = next(rows, None)
    if first is None:
        summary = Summary(
            campaign=campaign.name,
            as_of=as_of,
            matched=dict.fromkeys(plan.criteria, 0),
            lost=0,
            excluded={},
            remaining=0,
        )
        return summary, iter(())
    excluded = {k[2:]: int(v or 0) for k, v in first.items() if k.startswith("x_")}
    summary = Summary(
        campaign=campaign.name,
        as_of=as_of,
        matched={name: int(first[f"t_{name}"] or 0) for name in plan.criteria},
        lost=int(first["t_lost"]),
        excluded={name: excluded.get(name, 0) for name in EXCLUSIONS if name in excluded},
        remaining=int(first["t_remaining"] or 0),
    )

    def candidates() -> Iterator[Candidate]:
        row = first
        while row is not None:
            if row["charged"] is None:
                yield _candidate(row, campaign, plan)
            row = next(rows, None)

    return summary, candidates()


def _candidate(row: Any, campaign: Campaign, plan: Plan) -> Candidate:
    consent = {
        "email": bool(row["email_consent"]),
        "sms": bool(row["sms_consent"]),
        "telegram": bool(row["telegram_consent"]),
    }
    suppressed = frozenset(ch for ch in plan.channels if row[f"s_{ch}"])
    addresses = {"email": row["email"], "sms": row["phone"], "telegram": row["telegram_chat_id"]}
    channel = first_usable_channel(campaign.channels, addresses, consent, suppressed)
    last_at = row["last_at"]
    return Candidate(
        rank=int(row["rank"]),
        client_id=int(row["client_id"]),
        external_id=row["external_id"],
        name=row["name"],
        score=float(row["score"]),
        reasons=tuple(name for name in plan.criteria if row[f"f_{name}"]),
        revenue_minor=int(row["rev_w"]),
        orders=int(row["n_w"]),
        last_order_at=_as_datetime(last_at),
        days_since=int(row["days_since"]) if row["days_since"] is not None else None,
        abc=row["abc"],
        xyz=row["xyz"] or "Z",
        group=group_of(campaign, row["external_id"]),
        channel=channel,
        email=row["email"],
        phone=row["phone"],
        telegram_chat_id=row["telegram_chat_id"],
        timezone=row["timezone"],
        locale=row["locale"],
        manager=row["manager"],
        consent=consent,
        suppressed=suppressed,
    )


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
    compiled = plan.statement.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
    return str(compiled)
