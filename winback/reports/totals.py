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

from sqlalchemy import BigInteger, Connection, and_, select, type_coerce

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

    # Two statements, each on its index: the window's orders (a range of the
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
    rows: set[tuple[Any, ...]] = set()
    for qualifies in (in_window, by_code):
        query = (
            select(o.id, o.amount_minor, created, a.id, a.client_id, a.campaign, a.group_name)
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
        rows.update(tuple(r) for r in conn.execute(query).all())
    latest: dict[int, tuple[tuple[int, int], int, int, bool]] = {}
    campaigns: dict[int, set[str]] = {}
    for order_id, amount, assigned_at, assignment_id, client_id, campaign, group in rows:
        campaigns.setdefault(client_id, set()).add(campaign)
        key = (int(assigned_at), int(assignment_id))
        if order_id not in latest or key > latest[order_id][0]:
            latest[order_id] = (key, int(amount), client_id, group == "treatment")
    counted = [v for v in latest.values() if v[3]]
    return Totals(
        returned=len({v[2] for v in counted}),
        revenue_minor=sum(v[1] for v in counted),
        overlap_returns=sum(1 for names_ in campaigns.values() if len(names_) > 1),
    )
