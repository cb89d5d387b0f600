"""The lost-criteria, in one registry.

A criterion is a config field (or fields) of ``[campaigns.select]`` that
switches it on, a reason name (the flag column ``f_<name>`` and the summary
counter ``t_<name>``), and the SQL flag that tells whether a client meets it.
The criteria not about orders (NPS, conflict, inquiries, unreachable) are
also a bit in ``crit.bits`` and the rows that set it, each from its own
table: the ``crit`` stage. A new criterion is one entry in LOST_CRITERIA and
one field in :class:`winback.config.SelectCriteria`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Integer, and_, case, false, func, literal, select, union_all
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import CTE

from winback.config import SelectCriteria
from winback.models import Incident, NpsAnswer
from winback.selection.inputs import DAY, Inputs, days_since


class Row(NamedTuple):
    """What a flag is built from: a lost row of scored's columns (``sc``; typed
    NULLs for the clients without an order) and its client's crit.bits."""

    inp: Inputs
    sc: Any
    bits: Any  # NULL for a client with orders but no row in crit
    has_orders: bool
    model: Any = None  # p_alive, expected (model stage); None without an order


# The clients a criterion not about orders concerns, and (None: all of
# them) the condition for meeting it.
Source = tuple[ColumnElement[Any], ColumnElement[bool] | None]


@dataclass(frozen=True)
class LostCriterion:
    name: str
    fields: tuple[str, ...]  # SelectCriteria fields; any of them set switches it on
    flag: Callable[[Row], ColumnElement[bool]]
    bit: int = 0  # in crit.bits (criteria not about orders)
    source: Callable[[SelectCriteria, int], Source] | None = None

    def wanted(self, sel: SelectCriteria) -> bool:
        return any(getattr(sel, name) is not None for name in self.fields)


def _recency(row: Row) -> ColumnElement[bool]:
    sel, sc = row.inp.sel, row.sc
    days = days_since(row.inp.as_of, sc.last_at)
    conds = [sc.last_at.is_not(None)]
    if sel.last_order_days_min is not None:
        conds.append(days >= sel.last_order_days_min)
    if sel.last_order_days_max is not None:
        conds.append(days <= sel.last_order_days_max)
    return and_(*conds)


def _overdue(row: Row) -> ColumnElement[bool]:
    return and_(row.sc.last_at.is_not(None), row.sc.overdue == 1)


def _p_alive(row: Row) -> ColumnElement[bool]:
    """P(alive) = 1 / (1 + exp(log_odds)) <= p  <=>  log_odds >= ln((1 - p) / p):
    the same test without the exponential and the CASEs around it (evaluated
    per client, and again for the flag column); NULL log-odds (no repeat
    purchase: P(alive) = 1, or no order) never meets it."""
    if row.model is None:
        return false()
    p = row.inp.sel.p_alive_max
    assert p is not None
    return row.model.log_odds >= math.log((1.0 - p) / p)


def _expected(row: Row) -> ColumnElement[bool]:
    if row.model is None:
        return false()
    expected = row.model.expected
    return and_(expected.is_not(None), expected <= row.inp.sel.expected_purchases_max)


def _has_bit(bit: int) -> Callable[[Row], ColumnElement[bool]]:
    def flag(row: Row) -> ColumnElement[bool]:
        return row.bits.op("&")(bit) != 0

    return flag


INQUIRIES_BIT = 4


def _inquiries(row: Row) -> ColumnElement[bool]:
    # "without purchase": no order at or before as-of
    return false() if row.has_orders else _has_bit(INQUIRIES_BIT)(row)


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


def _nps_source(sel: SelectCriteria, as_of: int) -> Source:
    nps = _nps_cte(as_of)
    conds = [nps.c.score.is_not(None), nps.c.score <= sel.nps_max]
    if sel.nps_within_days is not None:
        conds.append(nps.c.answered_at >= as_of - sel.nps_within_days * DAY)
    return nps.c.client_id, and_(*conds)


def _conflict_source(sel: SelectCriteria, as_of: int) -> Source:
    assert sel.conflict_within_days is not None
    return _conflict_cte(as_of, sel.conflict_within_days).c.client_id, None


def _inquiries_source(sel: SelectCriteria, as_of: int) -> Source:
    # enough inquiries; the "without purchase" half is the flag's
    inq = _inquiries_cte(as_of)
    return inq.c.client_id, inq.c.n >= sel.inquiries_without_purchase


def _unreachable_source(sel: SelectCriteria, as_of: int) -> Source:
    assert sel.unreachable_attempts is not None
    return _unreachable_cte(as_of, sel.unreachable_attempts).c.client_id, None


# In the order the reasons are listed.
LOST_CRITERIA = (
    LostCriterion("recency", ("last_order_days_min", "last_order_days_max"), _recency),
    LostCriterion("overdue", ("overdue_factor",), _overdue),
    LostCriterion("nps", ("nps_max",), _has_bit(1), 1, _nps_source),
    LostCriterion("conflict", ("conflict_within_days",), _has_bit(2), 2, _conflict_source),
    LostCriterion(
        "inquiries", ("inquiries_without_purchase",), _inquiries, INQUIRIES_BIT, _inquiries_source
    ),
    LostCriterion("unreachable", ("unreachable_attempts",), _has_bit(8), 8, _unreachable_source),
    # the BG/NBD model: a client without an order before as-of has no value
    LostCriterion("p_alive", ("p_alive_max",), _p_alive),
    LostCriterion("expected_purchases", ("expected_purchases_max",), _expected),
)


def flags(
    inp: Inputs, sc: Any, bits: Any, has_orders: bool, model: Any = None
) -> dict[str, ColumnElement[bool]]:
    """The flag of every criterion the campaign asks for, each a real boolean
    (TRUE or FALSE, never NULL): a client without data for a criterion (no
    order, no NPS answer, no incident) does not meet it, and NOT (a AND NULL)
    would keep it under match = "all"."""
    row = Row(inp, sc, bits, has_orders, model)
    wanted = {c.name: c.flag(row) for c in LOST_CRITERIA if c.wanted(inp.sel)}
    return {name: func.coalesce(cond, false()) for name, cond in wanted.items()}


def other_criteria(inp: Inputs) -> CTE | None:
    """One row per client concerned by a lost-criterion not about orders with
    the criteria it meets as bits (one integer, so SQLite looks it up once per
    client); None when the campaign has none. Each source has at most one row
    per client, so the sum of the bits is their OR."""
    sources: list[Select[Any]] = []
    for criterion in LOST_CRITERIA:
        if criterion.source is None or not criterion.wanted(inp.sel):
            continue
        client_id, cond = criterion.source(inp.sel, inp.as_of)
        value = literal(criterion.bit, Integer)
        bits = value if cond is None else case((cond, value), else_=0)
        sources.append(select(client_id.label("client_id"), bits.label("bits")))
    if not sources:
        return None
    u = union_all(*sources).subquery("criteria_rows")
    return (
        select(u.c.client_id, func.sum(u.c.bits).label("bits")).group_by(u.c.client_id).cte("crit")
    )
