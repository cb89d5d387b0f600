"""All-campaign totals: each order counted once, however many campaigns it
returned a client for.

A *qualifying* order of a closed, returned assignment is one its outcome
counted: placed in the window, or a code order after it, and at or before
the outcome's as-of. Each qualifying order is given to the latest assignment
(by ``assigned_at``) it qualifies for; ``totals.revenue`` sums the orders
given to treatment assignments and ``totals.returned`` counts their distinct
clients (an order given to a holdout assignment is a return nobody caused).
``overlap_returns``: clients counted as returned (closed) by more than one
reported campaign, in either group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CTE, BigInteger, Connection, and_, distinct, func, select, type_coerce, union

from winback.models import Assignment, AssignmentOutcome, Order, table_of

assign_t = table_of(Assignment)
outcome_t = table_of(AssignmentOutcome)
orders_t = table_of(Order)


@dataclass(frozen=True)
class Totals:
    returned: int
    revenue_minor: int
    overlap_returns: int


def totals(
    conn: Connection, names: Sequence[str], since: int | None, until: int | None, as_of: int
) -> Totals:
    a, o, ao = assign_t.c, orders_t.c, outcome_t.c
    created = type_coerce(a.created_at, BigInteger)
    placed = type_coerce(o.placed_at, BigInteger)

    def own_order(client: Any, moment: Any) -> Any:
        return and_(
            client == a.client_id,
            moment >= created,
            moment <= type_coerce(ao.as_of, BigInteger),
            moment <= as_of,
        )

    # Two parts of one UNION, each on its index: the window's orders (a range of the
    # client's on orders (client_id, placed_at, …), bounded by the outcome's
    # own client, assigned_at and window_end — the assignment's, but named
    # from one table so that PostgreSQL bounds the range by all of them),
    # then the code orders by promo_code, at any time (the + 0 keeps the
    # client and time indexes out of that one).
    in_window = and_(
        o.client_id == ao.client_id,
        placed >= type_coerce(ao.assigned_at, BigInteger),
        placed < type_coerce(ao.window_end, BigInteger),
        placed <= type_coerce(ao.as_of, BigInteger),
        placed <= as_of,
    )
    by_code = and_(
        own_order(o.client_id + 0, placed + 0),
        a.offer_code.is_not(None),
        o.promo_code == a.offer_code,
    )
    parts = []
    for qualifies in (in_window, by_code):
        query = (
            select(
                o.id.label("order_id"),
                o.amount_minor.label("amount"),
                created.label("assigned_at"),
                a.id.label("assignment_id"),
                a.client_id.label("client_id"),
                a.campaign.label("campaign"),
                a.group_name.label("group_name"),
            )
            .select_from(assign_t)
            .join(outcome_t, ao.assignment_id == a.id)
            .join(orders_t, qualifies)
            .where(
                a.campaign.in_(list(names)),
                ao.outcome == "returned",
                type_coerce(ao.window_end, BigInteger) <= as_of,
            )
        )
        if since is not None:
            query = query.where(created >= since)
        if until is not None:
            query = query.where(created < until)
        parts.append(query)
    return _counted(conn, union(*parts).cte("qualifying"))


def _counted(conn: Connection, q: CTE) -> Totals:
    """The qualifying rows (distinct, as ``UNION`` leaves them) counted in
    the database: each order given to its latest assignment (by assigned_at,
    then id), those given to treatment summed; the clients returned for more
    than one campaign. Only one row comes back."""
    latest = func.row_number().over(
        partition_by=q.c.order_id, order_by=(q.c.assigned_at.desc(), q.c.assignment_id.desc())
    )
    ranked = select(q.c.client_id, q.c.amount, q.c.group_name, latest.label("rn")).subquery(
        "ranked"
    )
    given = (
        select(
            func.count(distinct(ranked.c.client_id)),
            func.coalesce(func.sum(ranked.c.amount), 0),
        )
        .where(ranked.c.rn == 1, ranked.c.group_name == "treatment")
        .subquery("given")
    )
    several = (
        select(q.c.client_id)
        .group_by(q.c.client_id)
        .having(func.count(distinct(q.c.campaign)) > 1)
        .subquery("several")
    )
    overlap = select(func.count()).select_from(several).scalar_subquery()
    returned, revenue, overlaps = conn.execute(select(given, overlap)).one()
    return Totals(returned=int(returned), revenue_minor=int(revenue), overlap_returns=int(overlaps))
