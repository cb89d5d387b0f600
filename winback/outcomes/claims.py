"""Claiming: due messages taken by one worker, and the claims of dead workers.

A worker claims due messages with a conditional UPDATE (``FOR UPDATE SKIP
LOCKED`` on PostgreSQL and MariaDB), marks each ``sending`` durably right
before the provider call, and records the result after it (changes.py).
After a crash, a message left ``sending`` by a dead worker may or may not
have reached the provider: it is sent again with the same key only where the
provider deduplicates on it; otherwise it is marked ``unknown`` and reported,
never re-sent blindly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, or_, select, update

from winback.contacts import Contact, History, consents_of
from winback.models import CHANNELS, Order, table_of
from winback.outcomes.base import assign_t, begin, client_t, event_t, msg_t
from winback.timeutil import now_utc
from winback.workers import is_dead, worker_alive, workers_t

# A claim older than this is free for others even if its worker is on another
# host and has no heartbeat row (a run-once or send-due there): longer than
# any retry wait plus send timeout.
CLAIM_LEASE = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class Task:
    """A claimed message with what rendering and dispatch need. No ORM objects."""

    message_id: int
    assignment_id: int
    key: str
    channel: str | None
    tried: tuple[str, ...]
    attempts: int
    contact: Contact
    history: History
    offer_code: str | None
    offer_valid_until: dt.datetime | None
    suppressed: frozenset[str] = field(default_factory=frozenset)


# A claimed message, as recovery needs it.
_HELD = select(
    msg_t.c.id,
    msg_t.c.status,
    msg_t.c.channel,
    msg_t.c.claimed_by,
    msg_t.c.claimed_at,
    msg_t.c.assignment_id,
    msg_t.c.attempts,
)


def recover_stale(
    engine: Engine, cycle_id: int, idempotent_channels: set[str], *, own: str | None = None
) -> dict[str, int]:
    """Deal with messages a dead worker left behind.

    ``sending`` → ``pending`` (same key) on channels whose provider
    deduplicates, else ``unknown`` (final). Claimed but unsent → unclaimed.

    A worker with a heartbeat row (a daemon) is dead when that row says so
    (stopped, or no heartbeat for 3 of its intervals), on whatever host it
    runs. One without (``run-once``, ``send-due``) is dead when it is on this
    host and its process is gone, or, elsewhere, when its claim is older
    than :data:`CLAIM_LEASE`.

    ``own``: the calling worker, about to send this cycle with nothing of
    it in flight (a daemon sends one campaign at a time). Claims of its own
    still standing are orphans of an earlier pass that lost its database
    connection mid-transaction, and are recovered by the same rule.
    """
    now = now_utc()
    stale_before = now - CLAIM_LEASE
    counts = {"retried": 0, "unknown": 0, "released": 0}
    with engine.begin() as conn:
        rows = conn.execute(
            _HELD.where(
                msg_t.c.run_id == cycle_id,
                msg_t.c.claimed_by.is_not(None),
                msg_t.c.status.in_(("pending", "sending", "deferred")),
            )
        ).all()
        beats = _heartbeats(conn, {r.claimed_by for r in rows})
        for r in rows:
            if own is not None and r.claimed_by == own:
                pass
            elif r.claimed_by in beats:
                if not is_dead(beats[r.claimed_by], now):
                    continue
            else:
                alive = worker_alive(r.claimed_by)
                if alive or (alive is None and r.claimed_at and r.claimed_at > stale_before):
                    continue
            counts[_recover(conn, r, idempotent_channels, now)] += 1
    return counts


def recover_worker(engine: Engine, worker: str, idempotent_channels: set[str]) -> dict[str, int]:
    """What ``worker`` still holds, in every cycle, handed back by the recovery
    rule: a daemon shutting down, once nothing of its own is in flight."""
    now = now_utc()
    counts = {"retried": 0, "unknown": 0, "released": 0}
    with engine.begin() as conn:
        rows = conn.execute(
            _HELD.where(
                msg_t.c.claimed_by == worker,
                msg_t.c.status.in_(("pending", "sending", "deferred")),
            )
        ).all()
        for r in rows:
            counts[_recover(conn, r, idempotent_channels, now)] += 1
    return counts


def _heartbeats(conn: Connection, claimers: set[str]) -> dict[str, Any]:
    """The heartbeat rows of these workers, by id (those that have one)."""
    if not claimers:
        return {}
    rows = conn.execute(select(workers_t).where(workers_t.c.id.in_(sorted(claimers)))).all()
    return {r.id: r for r in rows}


def _recover(conn: Connection, r: Any, idempotent_channels: set[str], now: dt.datetime) -> str:
    """One message of a dead worker: retried, unknown or released (the count it adds to)."""
    if r.status == "sending":
        if r.channel in idempotent_channels:
            values: dict[str, Any] = {"status": "pending", "claimed_by": None}
            detail, counts_key = "worker died while sending; retry with the same key", "retried"
        else:
            values = {
                "status": "unknown",
                "claimed_by": None,
                "error_reason": "unknown",
                "error": "worker died while sending; the provider cannot deduplicate, "
                "so it is not re-sent (check the provider's log)",
            }
            detail, counts_key = "worker died while sending; not re-sent", "unknown"
            conn.execute(
                update(assign_t).where(assign_t.c.id == r.assignment_id).values(outcome="unknown")
            )
    else:
        values = {"claimed_by": None}
        detail, counts_key = "claim of a dead worker released", "released"
    conn.execute(
        update(msg_t)
        .where(msg_t.c.id == r.id, msg_t.c.claimed_by == r.claimed_by)
        .values(updated_at=now, **values)
    )
    conn.execute(
        insert(event_t).values(
            message_id=r.id,
            at=now,
            status=values.get("status", r.status),
            channel=r.channel,
            attempt=r.attempts,
            detail=detail,
        )
    )
    return counts_key


def claim_due(
    engine: Engine | Connection, cycle_id: int, worker: str, *, limit: int = 200
) -> list[Task]:
    """Claim up to `limit` messages that are due now; nobody else gets them."""
    now = now_utc()
    stale_before = now - CLAIM_LEASE
    with begin(engine) as conn:
        # The due messages are those of three index ranges of (run_id,
        # status, not_before); the first `limit` by id of each, merged, are
        # the first `limit` by id of all. Asked as one query (status IN ...,
        # not_before IS NULL OR <= now, ORDER BY id), SQLite reads and sorts
        # every pending message of the run on every claim: quadratic over a
        # large cycle. The first range (pending, no not_before: nearly all of
        # them) comes out of the index in id order already, so each claim
        # reads about `limit` rows plus those in flight.
        claimable = or_(msg_t.c.claimed_by.is_(None), msg_t.c.claimed_at < stale_before)
        ranges = (
            and_(msg_t.c.status == "pending", msg_t.c.not_before.is_(None)),
            and_(msg_t.c.status.in_(("pending", "deferred")), msg_t.c.not_before <= now),
            and_(msg_t.c.status == "deferred", msg_t.c.not_before.is_(None)),
        )
        found: set[int] = set()
        for cond in ranges:
            due = (
                select(msg_t.c.id)
                .where(msg_t.c.run_id == cycle_id, cond, claimable)
                .order_by(msg_t.c.id)
                .limit(limit)
            )
            if conn.dialect.name != "sqlite":  # SQLite has one writer at a time anyway
                due = due.with_for_update(skip_locked=True)
            found.update(conn.execute(due).scalars())
        ids = sorted(found)[:limit]
        if not ids:
            return []
        conn.execute(
            update(msg_t)
            .where(msg_t.c.id.in_(ids), msg_t.c.status.in_(("pending", "deferred")))
            .values(claimed_by=worker, claimed_at=now)
        )
        return _load_tasks(conn, ids, worker)


def peek_due(engine: Engine, cycle_id: int, *, after_id: int = 0, limit: int = 1000) -> list[Task]:
    """What a claim would take now, without claiming (for --dry-run): the
    first ``limit`` due messages with an id above ``after_id``."""
    now = now_utc()
    with engine.connect() as conn:
        ids = list(
            conn.execute(
                select(msg_t.c.id)
                .where(
                    msg_t.c.run_id == cycle_id,
                    msg_t.c.id > after_id,
                    msg_t.c.status.in_(("pending", "deferred")),
                    or_(msg_t.c.not_before.is_(None), msg_t.c.not_before <= now),
                )
                .order_by(msg_t.c.id)
                .limit(limit)
            ).scalars()
        )
        return _load_tasks(conn, ids, None)


def _load_tasks(conn: Connection, ids: list[int], worker: str | None) -> list[Task]:
    if not ids:
        return []
    query = _TASK_QUERY.where(msg_t.c.id.in_(ids))
    if worker is not None:
        query = query.where(msg_t.c.claimed_by == worker)
    rows = conn.execute(query).mappings().all()
    from winback.suppressions import suppressed_channels

    contacts = [_contact(r) for r in rows]
    suppressed = suppressed_channels(conn, contacts)
    favourite = _favourite_categories(conn, [c.client_id for c in contacts])
    return [
        Task(
            message_id=r["id"],
            assignment_id=r["assignment_id"],
            key=r["idempotency_key"],
            channel=r["channel"],
            tried=tuple(t for t in (r["tried_channels"] or "").split(",") if t),
            attempts=r["attempts"],
            contact=contact,
            history=History(
                orders=r["orders_count"],
                revenue_minor=r["revenue_minor"],
                last_order_at=r["last_order_at"],
                favourite_category=favourite.get(contact.client_id),
                p_alive=r["p_alive"],
                expected_purchases=r["expected_purchases"],
            ),
            offer_code=r["offer_code"],
            offer_valid_until=r["offer_valid_until"],
            suppressed=frozenset(suppressed.get(contact.client_id, set())),
        )
        for r, contact in zip(rows, contacts, strict=True)
    ]


def _contact(r: Any) -> Contact:
    return Contact(
        client_id=r["client_id"],
        external_id=r["external_id"],
        name=r["name"],
        manager=r["manager"],
        email=r["email"],
        phone=r["phone"],
        telegram_chat_id=r["telegram_chat_id"],
        timezone=r["timezone"],
        locale=r["locale"],
        consents=consents_of((ch, r[f"{ch}_consent"]) for ch in CHANNELS),
    )


# A claimed message with its assignment and client, in message id order.
_TASK_QUERY = (
    select(
        msg_t.c.id,
        msg_t.c.assignment_id,
        msg_t.c.idempotency_key,
        msg_t.c.channel,
        msg_t.c.tried_channels,
        msg_t.c.attempts,
        assign_t.c.offer_code,
        assign_t.c.offer_valid_until,
        assign_t.c.revenue_minor,
        assign_t.c.orders_count,
        assign_t.c.last_order_at,
        assign_t.c.p_alive,
        assign_t.c.expected_purchases,
        client_t.c.id.label("client_id"),
        client_t.c.external_id,
        client_t.c.name,
        client_t.c.email,
        client_t.c.phone,
        client_t.c.telegram_chat_id,
        client_t.c.timezone,
        client_t.c.locale,
        client_t.c.manager,
        client_t.c.email_consent,
        client_t.c.sms_consent,
        client_t.c.telegram_consent,
    )
    .select_from(
        msg_t.join(assign_t, assign_t.c.id == msg_t.c.assignment_id).join(
            client_t, client_t.c.id == msg_t.c.client_id
        )
    )
    .order_by(msg_t.c.id)
)


def _favourite_categories(conn: Connection, client_ids: list[int]) -> dict[int, str]:
    if not client_ids:
        return {}
    o = table_of(Order)
    rows = conn.execute(
        select(o.c.client_id, o.c.category, func.count().label("n"))
        .where(o.c.client_id.in_(client_ids), o.c.category.is_not(None))
        .group_by(o.c.client_id, o.c.category)
    ).all()
    best: dict[int, tuple[int, str]] = {}
    for cid, category, n in rows:
        cur = best.get(cid)
        # most orders first, then alphabetical, so the choice is stable
        if cur is None or n > cur[0] or (n == cur[0] and category < cur[1]):
            best[cid] = (n, category)
    return {cid: cat for cid, (_, cat) in best.items()}
