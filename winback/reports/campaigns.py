"""The campaign measures: each reported assignment read once (with its
outcome, message and call task) and tallied by group, cycle and breakdown.

An assignment is *closed* when its window (``assigned_at`` + the campaign's
``attribution_days``) has ended by as-of; groups' ``returned`` and
``revenue`` count closed assignments only, ``assigned`` and ``contacted``
all of them. Contacted (treatment only): a message sent on email, SMS or
Telegram, or a call task done with the client reached.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    and_,
    case,
    func,
    literal,
    null,
    select,
    type_coerce,
)

from winback.config import Campaign, Cost
from winback.models import (
    Assignment,
    AssignmentOutcome,
    CallTask,
    CampaignRun,
    Client,
    Message,
    table_of,
)
from winback.reports.request import NONE_KEY
from winback.reports.stats import Group

assign_t = table_of(Assignment)
outcome_t = table_of(AssignmentOutcome)
msg_t = table_of(Message)
task_t = table_of(CallTask)
runs_t = table_of(CampaignRun)
clients_t = table_of(Client)

MESSAGE_CHANNELS = ("email", "sms", "telegram")
ALL_HOLDOUT = "*"  # the `channel` breakdown compares with the campaign's whole holdout
# The --by dimensions read from the assignment or the client (channel and
# offer come from the message and the config).
DIMENSION_COLUMNS: dict[str, tuple[str, Any]] = {  # dimension: (Row field, column)
    "reason": ("reasons", assign_t.c.reasons),
    "abc": ("abc", assign_t.c.abc),
    "xyz": ("xyz", assign_t.c.xyz),
    "manager": ("manager", clients_t.c.manager),
    "locale": ("locale", clients_t.c.locale),
}


@dataclass(frozen=True)
class Row:
    """Assignments alike in everything the report counts: ``n`` of them, the
    sum of their returned revenue and of their sent SMS's segments."""

    campaign: str
    cycle: int
    treatment: bool
    first_at: int  # the earliest assigned_at among them, epoch seconds
    closed: bool  # the window ended by as-of
    outcome: str | None  # None: not judged yet
    channel: str | None  # of the message, when sent (call: when its task was created)
    call_reached: bool
    n: int
    revenue_minor: int
    segments: int  # of the sent SMS (unknown: 1 each)
    reasons: str = ""
    abc: str | None = None
    xyz: str | None = None
    manager: str | None = None
    locale: str | None = None

    @property
    def contacted(self) -> bool:
        return self.channel in MESSAGE_CHANNELS or self.call_reached


@dataclass
class Pair:
    treatment: Group = field(default_factory=Group)
    holdout: Group = field(default_factory=Group)

    def group(self, row: Row) -> Group:
        return self.treatment if row.treatment else self.holdout


@dataclass
class Tally:
    """Everything one campaign's rows add up to."""

    pair: Pair = field(default_factory=Pair)
    cycles: dict[int, tuple[int, Pair]] = field(default_factory=dict)  # cycle → (first at, pair)
    by: dict[str, dict[str, Pair]] = field(default_factory=dict)
    cost: Decimal = Decimal(0)  # of the closed treatment assignments
    unjudged: int = 0  # closed, but without a final outcome (attribute has not run since)


def read_rows(
    conn: Connection,
    names: Sequence[str],
    span: tuple[int | None, int | None],
    closed_by: dict[str, int],
    by: Sequence[str],
) -> Iterable[Row]:
    """The reported assignments of ``names`` with since ≤ assigned_at < until
    (``span``), counted in SQL by what tells them apart (``closed_by``: per
    campaign, the latest assigned_at whose window has ended by as-of)."""
    if not names:
        return
    a, m, t = assign_t.c, msg_t.c, task_t.c
    created = type_coerce(a.created_at, BigInteger)
    closed = case(
        *(
            (and_(a.campaign == n, created <= literal(at, BigInteger)), 1)
            for n, at in closed_by.items()
        ),
        else_=0,
    )
    channel = case((m.status == "sent", m.channel), else_=null())
    reached = case((and_(t.status == "done", t.result == "reached"), 1), else_=0)
    sms = case(
        (and_(m.status == "sent", m.channel == "sms"), func.coalesce(m.segments, 1)), else_=0
    )
    wanted = [DIMENSION_COLUMNS[d] for d in DIMENSION_COLUMNS if d in by]
    dims = [column for _, column in wanted]
    keys = [a.campaign, runs_t.c.cycle, a.group_name, closed, outcome_t.c.outcome, channel, reached]
    query = (
        select(
            *keys,
            func.count(),
            func.min(created),
            func.coalesce(func.sum(outcome_t.c.revenue_minor), 0),
            func.coalesce(func.sum(sms), 0),
            *dims,
        )
        .select_from(assign_t)
        .join(runs_t, runs_t.c.id == a.run_id)
        .outerjoin(outcome_t, outcome_t.c.assignment_id == a.id)
        .outerjoin(msg_t, m.assignment_id == a.id)
        .outerjoin(task_t, t.message_id == m.id)
        .where(a.campaign.in_(list(names)))
        .group_by(*keys, *dims)
    )
    if "manager" in by or "locale" in by:  # the client's row only when asked for
        query = query.join(clients_t, clients_t.c.id == a.client_id)
    since, until = span
    if since is not None:
        query = query.where(created >= since)
    if until is not None:
        query = query.where(created < until)
    for r in conn.execute(query).all():
        yield Row(
            campaign=r[0],
            cycle=int(r[1]),
            treatment=r[2] == "treatment",
            closed=bool(r[3]),
            outcome=r[4],
            channel=r[5],
            call_reached=bool(r[6]),
            n=int(r[7]),
            first_at=int(r[8]),
            revenue_minor=int(r[9]),
            segments=int(r[10]),
            **{f: v for (f, _), v in zip(wanted, r[11:], strict=True) if v is not None},
        )


def keys_of(row: Row, dimension: str, offer: str) -> tuple[str, ...]:
    """The breakdown rows an assignment counts in (a client selected for two
    reasons counts under both)."""
    if dimension == "channel":
        return (row.channel or NONE_KEY,) if row.treatment else (ALL_HOLDOUT,)
    if dimension == "reason":
        return tuple(r for r in row.reasons.split(",") if r) or (NONE_KEY,)
    if dimension == "offer":
        return (offer,)
    value = getattr(row, dimension)
    return (value or NONE_KEY,)


def contact_cost(row: Row, cost: Cost) -> Decimal:
    """What contacting these clients cost: each sent message, each segment of
    a sent SMS (unknown segments: one), each call task created."""
    if row.channel == "sms":
        return cost.sms_segment * row.segments
    per = {"email": cost.email, "telegram": cost.telegram, "call": cost.call}.get(row.channel or "")
    return per * row.n if per is not None else Decimal(0)


def tally(
    rows: Iterable[Row],
    by: Sequence[str],
    costs: dict[str, Cost | None],
    offers: dict[str, str],
) -> dict[str, Tally]:
    """Per campaign, its rows added up."""
    out: dict[str, Tally] = {}
    for row in rows:
        t = out.setdefault(row.campaign, Tally())
        if row.closed and row.outcome not in ("returned", "not_returned"):
            t.unjudged += row.n
        first, pair = t.cycles.setdefault(row.cycle, (row.first_at, Pair()))
        if row.first_at < first:
            t.cycles[row.cycle] = (row.first_at, pair)
        groups = [t.pair.group(row), pair.group(row)]
        for dimension in by:
            pairs = t.by.setdefault(dimension, {})
            groups += [
                pairs.setdefault(k, Pair()).group(row)
                for k in keys_of(row, dimension, offers[row.campaign])
            ]
        for group in groups:
            add(group, row)
        cost = costs[row.campaign]
        if cost is not None and row.closed and row.treatment:
            t.cost += contact_cost(row, cost)
    return out


def add(group: Group, row: Row) -> None:
    group.assigned += row.n
    group.contacted += row.n if row.treatment and row.contacted else 0
    if row.closed:
        group.closed += row.n
        if row.outcome == "returned":
            group.returned += row.n
            group.revenue_minor += row.revenue_minor


def offer_label(campaign: Campaign | None) -> str:
    """A campaign's offer as the `offer` breakdown names it: "10%", "500.00",
    a gift, or "none"."""
    offer = campaign.offer if campaign is not None else None
    if offer is None:
        return NONE_KEY
    parts: list[str] = []
    if offer.discount_percent is not None:
        parts.append(f"{offer.discount_percent}%")
    if offer.discount_amount is not None:
        parts.append(f"{offer.discount_amount:.2f}")
    if offer.gift:
        parts.append(f"gift: {offer.gift}")
    return " + ".join(parts)


def campaigns_in_log(conn: Connection) -> list[str]:
    rows = conn.execute(select(assign_t.c.campaign).distinct()).scalars()
    return sorted(rows)
