"""Writing: the status changes of messages, in batches, and closing a cycle."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, and_, bindparam, func, insert, select, update

from winback.models import FINAL_MESSAGE_STATUSES
from winback.outcomes.base import assign_t, begin, event_t, msg_t, runs_t
from winback.timeutil import now_utc


@dataclass
class Change:
    """One status change of one message, written in a batch with others."""

    message_id: int
    assignment_id: int
    status: str
    channel: str | None
    attempt: int
    worker: str
    recipient: str | None = None
    tried: tuple[str, ...] = ()
    provider_id: str | None = None
    error: str | None = None
    error_reason: str | None = None
    permanent: bool | None = None
    not_before: dt.datetime | None = None
    segments: int | None = None
    detail: str | None = None
    suppress: tuple[str, str] | None = None  # (channel, reason): suppress the client there
    client_id: int | None = None
    # A call recorded sent: open its task, due this many days after the plan
    # (winback.calls.open_tasks sets provider_id to "task:<id>").
    task_due_days: int | None = None


_KEEP_IF_NULL = ("recipient", "provider_id", "segments")  # a later change does not erase them
_MSG_COLUMNS = (
    "status",
    "channel",
    "recipient",
    "tried_channels",
    "attempts",
    "provider_id",
    "error",
    "error_reason",
    "error_permanent",
    "not_before",
    "segments",
    "claimed_by",
    "claimed_at",
    "sent_at",
    "sent_by",
    "updated_at",
)


@functools.cache
def _change_statements() -> tuple[Any, Any, Any]:
    """The three statements of a batch, built once (their SQL is compiled once
    per dialect and cached by SQLAlchemy; rebuilding them per batch only costs
    cache-key generation)."""
    values: dict[str, Any] = {k: bindparam(k) for k in _MSG_COLUMNS}
    for k in _KEEP_IF_NULL:
        values[k] = func.coalesce(bindparam(k), msg_t.c[k])
    messages = (
        update(msg_t)
        .where(and_(msg_t.c.id == bindparam("m_id"), msg_t.c.claimed_by == bindparam("m_worker")))
        .values(values)
    )
    outcomes = (
        update(assign_t)
        .where(assign_t.c.id == bindparam("a_id"))
        .values(outcome=bindparam("outcome"))
    )
    return messages, outcomes, insert(event_t)


def apply_changes(engine: Engine | Connection, changes: list[Change]) -> None:
    """Write a batch of changes in one transaction: one executemany per table."""
    if not changes:
        return
    now = now_utc()
    calls = [c for c in changes if c.status == "sent" and c.task_due_days is not None]
    with begin(engine) as conn:
        if calls:  # first: their provider ids are the tasks'
            from winback.calls import open_tasks

            open_tasks(conn, calls, now)
        _apply(conn, changes, now)


def _apply(conn: Connection, changes: list[Change], now: dt.datetime) -> None:
    msg_rows = [_message_row(c, now) for c in changes]
    outcomes = [
        {"a_id": c.assignment_id, "outcome": c.status}
        for c in changes
        if c.status in FINAL_MESSAGE_STATUSES
    ]
    events = [
        {
            "message_id": c.message_id,
            "at": now,
            "status": c.status,
            "channel": c.channel,
            "attempt": c.attempt,
            "detail": (c.detail or c.error or c.provider_id or None),
        }
        for c in changes
    ]
    messages_stmt, outcomes_stmt, events_stmt = _change_statements()
    conn.execute(messages_stmt, msg_rows)
    if outcomes:
        conn.execute(outcomes_stmt, outcomes)
    conn.execute(events_stmt, events)
    _suppress(conn, changes)


def _message_row(c: Change, now: dt.datetime) -> dict[str, Any]:
    status = c.status
    final = status in FINAL_MESSAGE_STATUSES
    return {
        "m_id": c.message_id,
        "m_worker": c.worker,
        "status": status,
        "channel": c.channel,
        "recipient": c.recipient,
        "tried_channels": ",".join(c.tried),
        "attempts": c.attempt,
        "provider_id": c.provider_id,
        "error": (c.error or None) and c.error[:500],
        "error_reason": c.error_reason,
        "error_permanent": c.permanent,
        "not_before": c.not_before,
        "segments": c.segments,
        "claimed_by": None if final or status == "deferred" else c.worker,
        "claimed_at": now,
        "sent_at": now if status == "sent" else None,
        "sent_by": c.worker if status == "sent" else None,
        "updated_at": now,
    }


def _suppress(conn: Connection, changes: list[Change]) -> None:
    """The suppressions a batch's changes ask for (a provider said: never again)."""
    from winback.suppressions import add_in

    for c in changes:
        if c.suppress and c.client_id is not None:
            channel, reason = c.suppress
            add_in(
                conn,
                channel=channel,
                client_id=c.client_id,
                address=None,
                kind="suppression",
                reason=reason,
                source="channel",
            )


def release_claim(engine: Engine | Connection, message_id: int, worker: str) -> None:
    with begin(engine) as conn:
        conn.execute(
            update(msg_t)
            .where(msg_t.c.id == message_id, msg_t.c.claimed_by == worker)
            .values(claimed_by=None)
        )


def finish_if_done(engine: Engine, cycle_id: int) -> bool:
    """Close the cycle when every message has a final status."""
    with engine.begin() as conn:
        open_left = conn.execute(
            select(func.count())
            .select_from(msg_t)
            .where(msg_t.c.run_id == cycle_id, msg_t.c.status.not_in(FINAL_MESSAGE_STATUSES))
        ).scalar()
        if open_left:
            return False
        conn.execute(
            update(runs_t)
            .where(runs_t.c.id == cycle_id, runs_t.c.status == "open")
            .values(status="finished", open_slot=None, finished_at=now_utc())
        )
        return True
