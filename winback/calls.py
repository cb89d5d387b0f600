"""Call tasks: a manager is asked to phone a client instead of a message.

A campaign with ``"call"`` among its channels reaches a client by phone
through their manager. The dispatcher chooses the channel like any other
(winback.contacts: a phone, phone consent, no suppression on any channel);
the "sent" record of such a message opens the task in the same transaction
(:func:`open_tasks`, called by the outcome log's writer), so each message has
at most one task however often it is retried, recovered or raced for.

``winback tasks`` lists the open ones (:func:`list_tasks`); ``winback tasks
done`` closes one (:func:`close_task`) and records a ``contact_attempt``
incident with its result, which the ``unreachable_attempts`` criterion reads.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from winback.channels.base import OutboundMessage
from winback.contacts import CALL
from winback.errors import UsageError
from winback.models import CallTask, Incident, table_of
from winback.models.results import CALL_RESULTS
from winback.outcomes.base import assign_t, client_t, msg_t, runs_t
from winback.timeutil import now_utc

if TYPE_CHECKING:
    from winback.config import Campaign
    from winback.outcomes.changes import Change
    from winback.outcomes.claims import Task

tasks_t = table_of(CallTask)
incidents_t = table_of(Incident)

# the listing's columns, in order (TaskRow's fields)
COLUMNS = (
    "id",
    "due_at",
    "manager",
    "client",
    "name",
    "phone",
    "reasons",
    "offer_code",
    "campaign",
)


def provider_id(task_id: int) -> str:
    """What a call's message records as its provider id."""
    return f"task:{task_id}"


# ----------------------------------------------------------------- opening


def open_tasks(conn: Connection, calls: Sequence[Change], now: dt.datetime) -> None:
    """Inside the transaction that records ``calls`` sent: each one's task,
    opened unless its message has one already, and its provider id set to
    ``task:<id>``. A message its worker no longer holds gets no new task
    (the worker holding it now opens it, or finds it)."""
    by_message = {c.message_id: c for c in calls}
    rows = conn.execute(
        select(
            msg_t.c.id,
            msg_t.c.claimed_by,
            msg_t.c.assignment_id,
            msg_t.c.campaign,
            msg_t.c.client_id,
            assign_t.c.reasons,
            assign_t.c.offer_code,
            runs_t.c.planned_at,
            client_t.c.manager,
            tasks_t.c.id.label("task_id"),
        )
        .select_from(
            msg_t.join(assign_t, assign_t.c.id == msg_t.c.assignment_id)
            .join(runs_t, runs_t.c.id == msg_t.c.run_id)
            .join(client_t, client_t.c.id == msg_t.c.client_id)
            .outerjoin(tasks_t, tasks_t.c.message_id == msg_t.c.id)
        )
        .where(msg_t.c.id.in_(sorted(by_message)))
    ).all()
    for row in rows:
        change = by_message[row.id]
        task_id = row.task_id
        if task_id is None and row.claimed_by == change.worker:
            task_id = _insert_task(conn, row, change, now)
        change.provider_id = None if task_id is None else provider_id(task_id)


def _insert_task(conn: Connection, row: Any, change: Change, now: dt.datetime) -> int | None:
    assert change.task_due_days is not None
    values = {
        "message_id": row.id,
        "assignment_id": row.assignment_id,
        "campaign": row.campaign,
        "client_id": row.client_id,
        "manager": row.manager,
        "phone": change.recipient,
        "reasons": row.reasons,
        "offer_code": row.offer_code,
        "due_at": row.planned_at + dt.timedelta(days=change.task_due_days),
        "created_at": now,
        "status": "open",
    }
    try:
        with conn.begin_nested():
            key = conn.execute(insert(tasks_t).values(values)).inserted_primary_key
    except IntegrityError:  # another worker opened it meanwhile: it is the task
        found = conn.execute(select(tasks_t.c.id).where(tasks_t.c.message_id == row.id)).scalar()
        return None if found is None else int(found)
    return None if key is None else int(key[0])


# ----------------------------------------------------------------- listing


@dataclass(frozen=True)
class TaskRow:
    """One open task, as a manager reads it (the real phone: this is output)."""

    id: int
    due_at: str
    manager: str | None
    client: str
    name: str | None
    phone: str
    reasons: tuple[str, ...]
    offer_code: str | None
    campaign: str

    def as_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "reasons": list(self.reasons)}


def list_tasks(
    engine: Engine,
    tz: zoneinfo.ZoneInfo,
    *,
    manager: str | None = None,
    campaign: str | None = None,
) -> Iterator[TaskRow]:
    """The open tasks, soonest due first; due times in ``tz``."""
    query = (
        select(
            tasks_t.c.id,
            tasks_t.c.due_at,
            tasks_t.c.manager,
            client_t.c.external_id,
            client_t.c.name,
            tasks_t.c.phone,
            tasks_t.c.reasons,
            tasks_t.c.offer_code,
            tasks_t.c.campaign,
        )
        .join_from(tasks_t, client_t, client_t.c.id == tasks_t.c.client_id)
        .where(tasks_t.c.status == "open")
        .order_by(tasks_t.c.due_at, tasks_t.c.id)
    )
    if manager is not None:
        query = query.where(tasks_t.c.manager == manager)
    if campaign is not None:
        query = query.where(tasks_t.c.campaign == campaign)
    with engine.connect() as conn:
        for r in conn.execute(query):
            yield TaskRow(
                id=r.id,
                due_at=r.due_at.astimezone(tz).isoformat(timespec="minutes"),
                manager=r.manager,
                client=r.external_id,
                name=r.name,
                phone=r.phone,
                reasons=tuple(x for x in (r.reasons or "").split(",") if x),
                offer_code=r.offer_code,
                campaign=r.campaign,
            )


def open_count(conn: Connection) -> int:
    """How many tasks are open (for `winback status`)."""
    n = conn.execute(select(func.count()).where(tasks_t.c.status == "open")).scalar()
    return int(n or 0)


# ----------------------------------------------------------------- closing


@dataclass(frozen=True)
class Closed:
    task_id: int
    client: str
    result: str
    attempt_at: dt.datetime  # the contact_attempt incident's occurred_at


def close_task(
    engine: Engine,
    task_id: int,
    result: str,
    note: str | None = None,
    now: dt.datetime | None = None,
) -> Closed:
    """Close an open task with ``result`` and record the ``contact_attempt``
    incident, in one transaction. UsageError for an unknown task, one
    already done, or a result that is not one of CALL_RESULTS."""
    if result not in CALL_RESULTS:
        raise UsageError(f"result {result!r} is not one of {', '.join(CALL_RESULTS)}")
    now = (now or now_utc()).replace(microsecond=0)
    with engine.begin() as conn:
        query = select(tasks_t.c.status, tasks_t.c.result, tasks_t.c.done_at, tasks_t.c.client_id)
        query = query.where(tasks_t.c.id == task_id)
        if conn.dialect.name != "sqlite":  # SQLite: one writer at a time anyway
            query = query.with_for_update()
        task = conn.execute(query).first()
        if task is None:
            raise UsageError(f"no call task {task_id}")
        if task.status != "open":
            raise UsageError(
                f"call task {task_id} is already done ({task.result}, {task.done_at.isoformat()})"
            )
        conn.execute(
            update(tasks_t)
            .where(tasks_t.c.id == task_id, tasks_t.c.status == "open")
            .values(status="done", result=result, note=note, done_at=now)
        )
        at = _attempt_time(conn, task.client_id, now)
        conn.execute(
            insert(incidents_t).values(
                client_id=task.client_id, kind="contact_attempt", occurred_at=at, outcome=result
            )
        )
        client = conn.execute(
            select(client_t.c.external_id).where(client_t.c.id == task.client_id)
        ).scalar_one()
    return Closed(task_id, client, result, at)


def _attempt_time(conn: Connection, client_id: int, now: dt.datetime) -> dt.datetime:
    """``now``, or a second after the client's latest contact attempt when that
    is as late (an incident is unique by client, kind and second)."""
    latest = conn.execute(
        select(func.max(incidents_t.c.occurred_at)).where(
            incidents_t.c.client_id == client_id,
            incidents_t.c.kind == "contact_attempt",
            incidents_t.c.occurred_at >= now,
        )
    ).scalar()
    if latest is None:
        return now
    from winback.models.base import from_epoch

    last = latest if isinstance(latest, dt.datetime) else from_epoch(int(latest))
    return last + dt.timedelta(seconds=1)


# ----------------------------------------------------------------- the "message"


def call_message(task: Task, campaign: Campaign) -> OutboundMessage:
    """What a call "sends" (no template): the phone to call, and a line that a
    dry run shows."""
    contact = task.contact
    text = f"call {contact.name or contact.external_id}"
    if contact.manager:
        text += f" (manager: {contact.manager})"
    if task.offer_code:
        text += f"; offer code {task.offer_code}"
    return OutboundMessage(
        idempotency_key=f"{task.key}.{CALL}",
        channel=CALL,
        recipient=contact.phone or "",
        text=text,
        client_external_id=contact.external_id,
        campaign=campaign.name,
    )
