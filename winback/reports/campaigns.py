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

from sqlalchemy import BigInteger, Connection, select, type_coerce

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


@dataclass(frozen=True)
class Row:
    """One assignment as the report sees it."""

    campaign: str
    cycle: int
    treatment: bool
    assigned_at: int  # epoch seconds
    reasons: str
    abc: str | None
    xyz: str | None
    manager: str | None
    locale: str | None
    outcome: str | None  # None: not judged yet
    revenue_minor: int
    channel: str | None  # of the message, when sent (call: when its task was created)
    segments: int | None
    call_reached: bool

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
    conn: Connection, names: Sequence[str], since: int | None, until: int | None
) -> Iterable[Row]:
    """The reported assignments of ``names`` with since ≤ assigned_at < until."""
    epoch = assign_t.c.created_at
    query = (
        select(
            assign_t.c.campaign,
            runs_t.c.cycle,
            assign_t.c.group_name,
            type_coerce(epoch, BigInteger),
            assign_t.c.reasons,
            assign_t.c.abc,
            assign_t.c.xyz,
            clients_t.c.manager,
            clients_t.c.locale,
            outcome_t.c.outcome,
            outcome_t.c.revenue_minor,
            msg_t.c.channel,
            msg_t.c.status,
            msg_t.c.segments,
            task_t.c.status,
            task_t.c.result,
        )
        .select_from(assign_t)
        .join(runs_t, runs_t.c.id == assign_t.c.run_id)
        .join(clients_t, clients_t.c.id == assign_t.c.client_id)
        .outerjoin(outcome_t, outcome_t.c.assignment_id == assign_t.c.id)
        .outerjoin(msg_t, msg_t.c.assignment_id == assign_t.c.id)
        .outerjoin(task_t, task_t.c.message_id == msg_t.c.id)
        .where(assign_t.c.campaign.in_(list(names)))
    )
    if since is not None:
        query = query.where(type_coerce(epoch, BigInteger) >= since)
    if until is not None:
        query = query.where(type_coerce(epoch, BigInteger) < until)
    for r in conn.execute(query).all():
        sent = r[12] == "sent"
        yield Row(
            campaign=r[0],
            cycle=int(r[1]),
            treatment=r[2] == "treatment",
            assigned_at=int(r[3]),
            reasons=r[4] or "",
            abc=r[5],
            xyz=r[6],
            manager=r[7],
            locale=r[8],
            outcome=r[9],
            revenue_minor=int(r[10] or 0),
            channel=r[11] if sent else None,
            segments=r[13],
            call_reached=r[14] == "done" and r[15] == "reached",
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
    """What contacting the client cost: a sent message, each segment of a sent
    SMS (unknown segments: one), a call task created."""
    if row.channel == "email":
        return cost.email
    if row.channel == "sms":
        return cost.sms_segment * (row.segments or 1)
    if row.channel == "telegram":
        return cost.telegram
    if row.channel == "call":
        return cost.call
    return Decimal(0)


def tally(
    rows: Iterable[Row],
    windows: dict[str, int],
    as_of: int,
    by: Sequence[str],
    costs: dict[str, Cost | None],
    offers: dict[str, str],
) -> dict[str, Tally]:
    """Per campaign, its rows added up (``windows``: seconds per campaign)."""
    out: dict[str, Tally] = {}
    for row in rows:
        t = out.setdefault(row.campaign, Tally())
        closed = row.assigned_at + windows[row.campaign] <= as_of
        returned = closed and row.outcome == "returned"
        if closed and row.outcome not in ("returned", "not_returned"):
            t.unjudged += 1
        first, pair = t.cycles.setdefault(row.cycle, (row.assigned_at, Pair()))
        if row.assigned_at < first:
            t.cycles[row.cycle] = (row.assigned_at, pair)
        groups = [t.pair.group(row), pair.group(row)]
        for dimension in by:
            pairs = t.by.setdefault(dimension, {})
            groups += [
                pairs.setdefault(k, Pair()).group(row)
                for k in keys_of(row, dimension, offers[row.campaign])
            ]
        for group in groups:
            add(group, row, closed, returned)
        cost = costs[row.campaign]
        if cost is not None and closed and row.treatment:
            t.cost += contact_cost(row, cost)
    return out


def add(group: Group, row: Row, closed: bool, returned: bool) -> None:
    group.assigned += 1
    group.contacted += row.treatment and row.contacted
    group.closed += closed
    if returned:
        group.returned += 1
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
