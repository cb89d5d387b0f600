"""Workers in the database: heartbeats, who is alive, scheduled times fired once.

Several daemons share one database and nothing else, so the database says
who is alive: each daemon keeps a row in ``workers`` and bumps its
``last_seen`` every ``heartbeat_seconds``. A worker whose heartbeat is older
than :data:`HEARTBEATS_TO_DEATH` of its own intervals, or that said it
stopped, is dead — on any host: the others recover its claims
(outcomes/claims.py). ``schedule_fires`` has (campaign, scheduled time) as
its primary key, so the worker whose INSERT lands first runs that time and
every other skips it.

On SQLite one daemon runs at a time (:func:`claim_sqlite_slot`).
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import socket
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from winback.db import retry_transient
from winback.errors import UsageError
from winback.models import Message, ScheduleFire, Worker, table_of
from winback.timeutil import now_utc

workers_t = table_of(Worker)
fires_t = table_of(ScheduleFire)
msg_t = table_of(Message)

HOST = socket.gethostname()[:60]
HEARTBEATS_TO_DEATH = 3
# Rows of workers gone this long are deleted when a worker registers: by then
# any claim they left has long been recovered (the claim lease is minutes).
FORGET_AFTER = dt.timedelta(days=7)
# `status` lists the workers seen within this window, and counts their sends in it.
RECENT = dt.timedelta(hours=24)


def worker_id() -> str:
    """host:pid:random, so a dead worker on this host can be recognised."""
    return f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def worker_alive(claimed_by: str | None) -> bool | None:
    """By its id: True/False for a worker on this host; None when it cannot be known."""
    if not claimed_by:
        return False
    host, _, rest = claimed_by.partition(":")
    if host != HOST:
        return None
    pid_text = rest.partition(":")[0]
    if not pid_text.isdigit():
        return None
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class WorkerInfo:
    id: str
    started_at: dt.datetime
    last_seen: dt.datetime
    alive: bool
    sent_24h: int


class DaemonRunning(UsageError):
    """Another daemon is running on this SQLite database."""

    def __init__(self, worker_id: str, last_seen: dt.datetime | None = None) -> None:
        self.worker_id = worker_id
        seen = f" (last heartbeat {last_seen:%Y-%m-%d %H:%M:%S} UTC)" if last_seen else ""
        super().__init__(
            f"another winback daemon, worker {worker_id}{seen}, is running on this SQLite "
            "database: SQLite allows one daemon at a time (run-once, send-due and the other "
            "commands keep working beside it; several daemons need PostgreSQL or MariaDB)"
        )


def is_dead(row: Any, now: dt.datetime) -> bool:
    """A worker row (``stopped_at``, ``last_seen``, ``heartbeat_seconds``) is
    dead when it stopped or its heartbeat is older than 3 of its own intervals."""
    if row.stopped_at is not None:
        return True
    return bool(
        row.last_seen < now - dt.timedelta(seconds=HEARTBEATS_TO_DEATH * row.heartbeat_seconds)
    )


def register(engine: Engine, worker_id: str, heartbeat_seconds: int) -> None:
    """Insert (or replace) the worker's row: started and seen now, running."""
    retry_transient(functools.partial(_register_once, engine, worker_id, heartbeat_seconds))


def _register_once(engine: Engine, worker_id: str, heartbeat_seconds: int) -> None:
    with engine.begin() as conn:
        _write_row(conn, worker_id, heartbeat_seconds, now_utc())


def _write_row(conn: Connection, worker_id: str, heartbeat_seconds: int, now: dt.datetime) -> None:
    values = {
        "host": HOST,
        "pid": os.getpid(),
        "started_at": now,
        "last_seen": now,
        "stopped_at": None,
        "heartbeat_seconds": heartbeat_seconds,
    }
    conn.execute(
        delete(workers_t).where(
            workers_t.c.last_seen < now - FORGET_AFTER, workers_t.c.id != worker_id
        )
    )
    replaced = conn.execute(
        update(workers_t).where(workers_t.c.id == worker_id).values(**values)
    ).rowcount
    if not replaced:
        conn.execute(insert(workers_t).values(id=worker_id, **values))


def beat(engine: Engine, worker_id: str) -> bool:
    """``last_seen`` = now. False when the worker has no row (deleted by
    hand, or never registered): the caller should :func:`register` again."""
    with engine.begin() as conn:
        return bool(
            conn.execute(
                update(workers_t).where(workers_t.c.id == worker_id).values(last_seen=now_utc())
            ).rowcount
        )


def retire(engine: Engine, worker_id: str) -> None:
    """A clean exit: ``stopped_at`` = now, so nobody waits for the heartbeat to go stale."""
    with engine.begin() as conn:
        now = now_utc()
        conn.execute(
            update(workers_t)
            .where(workers_t.c.id == worker_id)
            .values(stopped_at=now, last_seen=now)
        )


def list_workers(conn: Connection, now: dt.datetime) -> list[WorkerInfo]:
    """The workers seen in the last 24 hours, oldest first, each with the
    messages it recorded sent in those 24 hours."""
    since = now - RECENT
    rows = conn.execute(
        select(workers_t)
        .where(workers_t.c.last_seen >= since)
        .order_by(workers_t.c.started_at, workers_t.c.id)
    ).all()
    if not rows:
        return []
    sent: dict[str, int] = dict(
        conn.execute(
            select(msg_t.c.sent_by, func.count())
            .where(msg_t.c.sent_by.in_([r.id for r in rows]), msg_t.c.sent_at >= since)
            .group_by(msg_t.c.sent_by)
        ).all()
    )
    return [
        WorkerInfo(
            id=r.id,
            started_at=r.started_at,
            last_seen=r.last_seen,
            alive=not is_dead(r, now),
            sent_24h=int(sent.get(r.id, 0)),
        )
        for r in rows
    ]


def claim_sqlite_slot(engine: Engine, worker_id: str, heartbeat_seconds: int) -> None:
    """Register the worker; on SQLite, only if no other daemon is alive.

    Use it instead of :func:`register` when a daemon starts. On SQLite the
    check and the write are one ``BEGIN IMMEDIATE`` transaction, so of two
    daemons starting at once the second sees the first's row. A row of this
    host whose process is gone is dead at once (a daemon restarted after a
    crash need not wait for its old heartbeat to go stale). Raises
    :class:`DaemonRunning` naming the live daemon. Elsewhere: registers.
    """
    if engine.dialect.name != "sqlite":
        register(engine, worker_id, heartbeat_seconds)
        return
    now = now_utc()
    with engine.begin() as conn:  # BEGIN IMMEDIATE: the write lock from here on
        others = conn.execute(
            select(workers_t).where(workers_t.c.id != worker_id, workers_t.c.stopped_at.is_(None))
        ).all()
        for row in others:
            gone = row.host == HOST and worker_alive(f"{row.host}:{row.pid}") is False
            if not is_dead(row, now) and not gone:
                raise DaemonRunning(row.id, row.last_seen)
        _write_row(conn, worker_id, heartbeat_seconds, now)


def fire_once(engine: Engine, campaign: str, scheduled_at: dt.datetime, worker_id: str) -> bool:
    """Record that ``worker_id`` runs ``campaign``'s time ``scheduled_at``:
    True if it is the first to, False if another worker recorded it already."""
    row = {"campaign": campaign, "scheduled_at": scheduled_at, "worker": worker_id}
    return retry_transient(functools.partial(_fire_once, engine, row))


def _fire_once(engine: Engine, row: dict[str, Any]) -> bool:
    try:
        with engine.begin() as conn:
            conn.execute(insert(fires_t).values(**row, fired_at=now_utc()))
    except IntegrityError:
        return False
    return True


def last_fired(engine: Engine, campaign: str) -> dt.datetime | None:
    """The latest scheduled time of ``campaign`` any worker recorded."""
    with engine.connect() as conn:
        value: dt.datetime | None = conn.execute(
            select(func.max(fires_t.c.scheduled_at)).where(fires_t.c.campaign == campaign)
        ).scalar()
    return value
