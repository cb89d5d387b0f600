"""``winback demo --advance DAYS``: the month after a campaign cycle, invented.

After ``winback run-once`` assigned demo clients to a cycle, this adds the
orders they would place in the DAYS after it, so outcomes and reports have
something to show: treatment clients who could be contacted come back more
often (about 40%) than the holdout (about 10%) or treatment clients without a
usable channel (about 12%: intent to treat); about half of the treatment
returns redeem the offer code. Amounts are around the client's own mean
order.

Every draw comes from an RNG seeded with the assignment (campaign, cycle,
client, the cycle's time), never the clock: the same database gives the same
orders. The orders' external ids name the cycle (``DEMO-ADV-R<run>-…``), so a
cycle is advanced once; running it again adds nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import zoneinfo
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, select
from sqlalchemy.exc import IntegrityError

from winback.demo.vocabulary import CATEGORIES, CURRENCY, DAY, normal
from winback.errors import UsageError
from winback.models import Assignment, CampaignRun, Client, Message, Order, from_epoch, to_epoch

PREFIX = "DEMO-ADV-R"
# Chance that an assignment returns within the days advanced, by kind.
RETURN_RATE = {"contacted": 0.40, "unreachable": 0.12, "holdout": 0.10}
CODE_SHARE = 0.55  # of treatment returns that redeem the offer code
SECOND_ORDER = 0.2  # of returns that buy once more in the window
MIN_AMOUNT = 99_00


@dataclass(frozen=True)
class CycleAdvance:
    """What ``--advance`` did for one campaign's latest cycle."""

    campaign: str
    cycle: int
    run_id: int
    assigned_at: dt.datetime
    orders: int  # added now, or found from an earlier --advance (``already``)
    clients: int
    treatment: tuple[int, int]  # (returned, assigned)
    holdout: tuple[int, int]
    already: bool = False

    def line(self, days: int) -> str:
        head = (
            f"cycle {self.cycle} of {self.campaign} "
            f"(assigned {self.assigned_at:%Y-%m-%d %H:%M:%S} UTC)"
        )
        if self.already:
            return (
                f"{head}: already advanced ({self.orders} orders {PREFIX}{self.run_id}-…); "
                "nothing added"
            )
        (tr, tn), (hr, hn) = self.treatment, self.holdout
        return (
            f"added {self.orders} orders for {self.clients} clients, {days} days after {head}: "
            f"treatment {tr} of {tn} returned, holdout {hr} of {hn}"
        )


@dataclass(frozen=True)
class AdvanceReport:
    days: int
    cycles: tuple[CycleAdvance, ...]

    @property
    def as_of(self) -> dt.datetime:
        """The end of the advanced days: every window of that length is closed."""
        return max(c.assigned_at for c in self.cycles) + dt.timedelta(days=self.days)

    def __str__(self) -> str:
        lines = [c.line(self.days) for c in self.cycles]
        lines.append(f"attribute with --as-of {self.as_of.isoformat()}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Assigned:
    """One assignment of the cycle, as the invented returns need it."""

    client_id: int
    group: str
    reachable: bool  # treatment with a channel and a message not failed
    mean_order: int  # minor units
    offer_code: str | None


def advance_demo(engine: Engine, tz: zoneinfo.ZoneInfo, days: int) -> AdvanceReport:
    """Add the orders of the ``days`` after the latest cycle of each campaign.

    Raises :class:`UsageError` when there is no cycle yet, when the database
    does not hold demo data, or when every latest cycle was already advanced.
    """
    if not 1 <= days <= 366:
        raise UsageError(f"--advance {days}: give between 1 and 366 days")
    try:
        with engine.begin() as conn:
            _check_demo_data(conn)
            runs = _latest_runs(conn)
            report = AdvanceReport(days, tuple(_advance_run(conn, run, tz, days) for run in runs))
    except IntegrityError as exc:  # another --advance inserted the same ids meanwhile
        raise UsageError("another `winback demo --advance` added these orders meanwhile") from exc
    if all(c.already for c in report.cycles):
        raise UsageError(
            "\n".join(c.line(days) for c in report.cycles)
            + "\nthe latest cycles were advanced already: run another cycle "
            "(winback run-once CAMPAIGN) or start over with `winback demo --replace`"
        )
    return report


def _check_demo_data(conn: Connection) -> None:
    """Invented orders go into demo data only (clients C000001, C000002, …)."""
    ext = Client.__table__.c.external_id
    foreign = conn.execute(
        select(ext).where(~ext.like("C%") | (func.length(ext) > 8)).limit(1)
    ).scalar_one_or_none()
    if foreign is not None:
        raise UsageError(
            f"client {foreign!r} is not a demo client: `winback demo --advance` invents "
            "orders, so it only runs on a database filled by `winback demo`"
        )


def _latest_runs(conn: Connection) -> list[Any]:
    runs = CampaignRun.__table__.c
    latest = (
        select(runs.campaign, func.max(runs.cycle).label("cycle"))
        .group_by(runs.campaign)
        .subquery()
    )
    rows = conn.execute(
        select(runs.id, runs.campaign, runs.cycle)
        .join(latest, and_(latest.c.campaign == runs.campaign, latest.c.cycle == runs.cycle))
        .order_by(runs.campaign)
    ).all()
    if not rows:
        raise UsageError(
            "no campaign cycle yet: run `winback run-once CAMPAIGN` first, "
            "then `winback demo --advance DAYS`"
        )
    return list(rows)


def _advance_run(conn: Connection, run: Any, tz: zoneinfo.ZoneInfo, days: int) -> CycleAdvance:
    orders = Order.__table__.c
    prefix = f"{PREFIX}{run.id}-"
    assigned_at, assigned = _assignments(conn, run.id)
    done = conn.execute(
        select(func.count()).where(orders.external_id.like(prefix + "%"))
    ).scalar_one()
    base = {"campaign": run.campaign, "cycle": run.cycle, "run_id": run.id}
    if done:
        at = from_epoch(assigned_at) if assigned_at is not None else dt.datetime.now(dt.UTC)
        return CycleAdvance(
            **base,
            assigned_at=at,
            orders=done,
            clients=0,
            treatment=(0, 0),
            holdout=(0, 0),
            already=True,
        )
    if assigned_at is None:
        raise UsageError(f"cycle {run.cycle} of {run.campaign} assigned nobody: nothing to advance")
    rows: list[dict[str, Any]] = []
    returned = {"treatment": [0, 0], "holdout": [0, 0]}
    for a in assigned:
        made = invented_orders(run.campaign, run.cycle, assigned_at, a, tz, days)
        for n, (placed_at, amount, category, code) in enumerate(made, start=1):
            rows.append(
                {
                    "external_id": f"{prefix}{a.client_id}-{n}",
                    "client_id": a.client_id,
                    "placed_at": placed_at,
                    "amount_minor": amount,
                    "currency": CURRENCY,
                    "category": category,
                    "promo_code": code,
                }
            )
        returned[a.group][0] += bool(made)
        returned[a.group][1] += 1
    if rows:
        conn.execute(insert(Order), rows)
    return CycleAdvance(
        **base,
        assigned_at=from_epoch(assigned_at),
        orders=len(rows),
        clients=len({r["client_id"] for r in rows}),
        treatment=(returned["treatment"][0], returned["treatment"][1]),
        holdout=(returned["holdout"][0], returned["holdout"][1]),
    )


def _assignments(conn: Connection, run_id: int) -> tuple[int | None, list[Assigned]]:
    """(assigned_at, the cycle's assignments by client) of one run."""
    a, m = Assignment.__table__.c, Message.__table__.c
    rows = conn.execute(
        select(
            a.client_id,
            a.group_name,
            a.revenue_minor,
            a.orders_count,
            a.offer_code,
            a.created_at,
            m.channel,
            m.status,
        )
        .select_from(Assignment.__table__.outerjoin(Message.__table__, m.assignment_id == a.id))
        .where(a.run_id == run_id)
        .order_by(a.client_id)
    ).all()
    assigned: dict[int, Assigned] = {}
    for r in rows:
        reachable = r.channel is not None and r.status not in ("failed", "no_channel")
        mean = r.revenue_minor // r.orders_count if r.orders_count else 1_500_00
        assigned[r.client_id] = Assigned(
            r.client_id, r.group_name, reachable, max(mean, MIN_AMOUNT), r.offer_code
        )
    assigned_at = max((to_epoch(r.created_at) for r in rows), default=None)
    return assigned_at, list(assigned.values())


def invented_orders(
    campaign: str,
    cycle: int,
    assigned_at: int,
    a: Assigned,
    tz: zoneinfo.ZoneInfo,
    days: int,
) -> list[tuple[int, int, str, str | None]]:
    """The (placed_at, amount_minor, category, promo_code) orders one assigned
    client places in the ``days`` after ``assigned_at``: none, one or two,
    from an RNG seeded with the assignment alone."""
    rng = random.Random(f"winback-demo-advance:{campaign}:{cycle}:{a.client_id}:{assigned_at}")
    kind = a.group if a.group == "holdout" else ("contacted" if a.reachable else "unreachable")
    if rng.random() >= RETURN_RATE[kind]:
        return []
    # a contacted client answers the message soon; others come back any day
    skew = 1.8 if kind == "contacted" else 1.0
    first = _daytime(rng, assigned_at, tz, days, rng.random() ** skew)
    code = a.offer_code if kind != "holdout" and rng.random() < CODE_SHARE else None
    orders = [(first, _amount(rng, a.mean_order), CATEGORIES(rng), code)]
    if rng.random() < SECOND_ORDER:
        later = first + int(rng.random() * (assigned_at + days * DAY - first))
        second = _daytime(rng, assigned_at, tz, days, (later - assigned_at) / (days * DAY))
        if second > first:
            orders.append((second, _amount(rng, a.mean_order), CATEGORIES(rng), None))
    return orders


def _amount(rng: random.Random, mean_order: int) -> int:
    """Around the client's mean order, in whole roubles, at least 99.00."""
    amount = int(mean_order * math.exp(0.35 * normal(rng) - 0.06))
    return max(MIN_AMOUNT, amount - amount % 100)


def _daytime(rng: random.Random, start: int, tz: zoneinfo.ZoneInfo, days: int, at: float) -> int:
    """A moment between 08:00 and 22:00 in ``tz`` on the day at fraction ``at``
    of the ``days`` after ``start``, strictly inside (start, start + days)."""
    end = start + days * DAY
    moment = start + int(at * days * DAY)
    local = dt.datetime.fromtimestamp(moment, tz)
    day = local.replace(hour=8, minute=0, second=0, microsecond=0)
    placed = to_epoch(day) + int(rng.random() * 14 * 3600)
    if placed <= start:  # the cycle's own day, before it ran: later that day or the next
        placed = start + 1 + int(rng.random() * min(4 * 3600, end - start - 2))
    if placed >= end:
        placed = end - 1 - int(rng.random() * min(4 * 3600, end - start - 2))
    return placed
