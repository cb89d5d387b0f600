"""The outcome log: plan a cycle, claim due messages, record every result.

The only module of a run that writes SQL. The rules that make delivery
exactly-once live here:

* **Plan first.** One transaction records the cycle, one assignment per
  selected client and one message per treatment client, each with an
  idempotency key from (campaign, client, cycle). A unique index lets a
  campaign have one unfinished cycle only, so two ``run-once`` processes
  started together cannot both plan: the loser resumes the winner's plan.
* **Claim, then mark, then send.** A worker claims due messages with a
  conditional UPDATE (``FOR UPDATE SKIP LOCKED`` on PostgreSQL and MariaDB),
  marks each ``sending`` durably right before the provider call, and records
  the result after it.
* **After a crash**, a message left ``sending`` by a dead worker may or may
  not have reached the provider: it is sent again with the same key only
  where the provider deduplicates on it; otherwise it is marked ``unknown``
  and reported, never re-sent blindly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import json
import os
import pickle
import socket
import tempfile
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from winback import offers
from winback.config import Campaign
from winback.db import retry_transient
from winback.models import (
    FINAL_MESSAGE_STATUSES,
    Assignment,
    CampaignRun,
    Client,
    Message,
    MessageEvent,
    Order,
    table_of,
)
from winback.selection import CLIENT_CONTACT_COLUMNS, Candidate, Summary
from winback.timeutil import now_utc

runs_t = table_of(CampaignRun)
assign_t = table_of(Assignment)
msg_t = table_of(Message)
event_t = table_of(MessageEvent)
client_t = table_of(Client)

# A claim older than this is free for others even if its worker is on another
# host and cannot be checked (longer than any retry wait plus send timeout).
CLAIM_LEASE = dt.timedelta(minutes=15)
HOST = socket.gethostname()[:60]


def worker_id() -> str:
    """host:pid:random, so a dead worker on this host can be recognised."""
    return f"{HOST}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def worker_alive(claimed_by: str | None) -> bool | None:
    """True/False for a worker on this host; None when it cannot be known."""
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


def idempotency_key(campaign: str, client_external_id: str, cycle: int) -> str:
    digest = hashlib.sha256(f"{campaign}\x00{client_external_id}\x00{cycle}".encode()).hexdigest()
    return f"wb-{digest[:40]}"


@dataclass(frozen=True)
class Cycle:
    id: int
    campaign: str
    cycle: int
    as_of: dt.datetime
    planned_at: dt.datetime
    status: str
    summary: dict[str, Any]
    planned_now: bool = False


def _cycle(row: Any, planned_now: bool = False) -> Cycle:
    return Cycle(
        id=row.id,
        campaign=row.campaign,
        cycle=row.cycle,
        as_of=row.as_of,
        planned_at=row.planned_at,
        status=row.status,
        summary=json.loads(row.summary or "{}"),
        planned_now=planned_now,
    )


def open_cycle(conn: Connection, campaign: str) -> Cycle | None:
    row = conn.execute(
        select(runs_t).where(runs_t.c.campaign == campaign, runs_t.c.status == "open")
    ).first()
    return _cycle(row) if row else None


def latest_cycle(conn: Connection, campaign: str) -> Cycle | None:
    row = conn.execute(
        select(runs_t).where(runs_t.c.campaign == campaign).order_by(runs_t.c.cycle.desc()).limit(1)
    ).first()
    return _cycle(row) if row else None


class PlanSpool:
    """The selected clients of a plan, spooled to a temporary file.

    Planning reads the selection first (no write lock held while it runs) and
    writes the plan afterwards in one transaction. Holding every candidate in
    memory in between made a run's peak memory grow with ``max_per_run``;
    the spool keeps only what the plan rows need, on disk, read back in
    chunks, so memory stays flat however many clients a cycle takes.
    """

    CHUNK = 500

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="winback-plan-")  # noqa: SIM115 (closed by close())
        self._pending: list[PlanRow] = []
        self.selected = 0
        self.holdout = 0

    @classmethod
    def of(cls, candidates: Iterable[Candidate]) -> PlanSpool:
        spool = cls()
        for c in candidates:
            spool.add(c)
        return spool

    def add(self, c: Candidate) -> None:
        self._pending.append(
            PlanRow(
                c.client_id,
                c.external_id,
                c.group,
                c.rank,
                c.score,
                ",".join(c.reasons),
                c.revenue_minor,
                c.orders,
                c.last_order_at,
                c.abc,
                c.xyz,
                c.channel,
            )
        )
        self.selected += 1
        if c.group == "holdout":
            self.holdout += 1
        if len(self._pending) >= self.CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            pickle.dump(self._pending, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._pending = []

    def chunks(self) -> Iterator[list[PlanRow]]:
        """The rows in selection order, CHUNK at a time (may be read again)."""
        self._flush()
        self._file.seek(0)
        while True:
            try:
                yield pickle.load(self._file)
            except EOFError:
                return

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> PlanSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class PlanRow(NamedTuple):
    """What one assignment (and its message) is made of."""

    client_id: int
    external_id: str
    group: str
    rank: int
    score: float
    reasons: str
    revenue_minor: int
    orders: int
    last_order_at: dt.datetime | None
    abc: str
    xyz: str
    channel: str | None


def plan_cycle(
    engine: Engine,
    campaign: Campaign,
    summary: Summary,
    spool: PlanSpool,
    *,
    as_of: dt.datetime,
    planned_by: str,
) -> Cycle:
    """Record the plan in one transaction, or return the cycle someone else
    planned meanwhile (then ``planned_now`` is False). A transaction rolled
    back by a deadlock or serialization failure is run again."""
    return retry_transient(
        functools.partial(_plan_once, engine, campaign, summary, spool, as_of, planned_by)
    )


def _plan_once(
    engine: Engine,
    campaign: Campaign,
    summary: Summary,
    spool: PlanSpool,
    as_of: dt.datetime,
    planned_by: str,
) -> Cycle:
    now = now_utc()
    try:
        with engine.begin() as conn:
            existing = open_cycle(conn, campaign.name)
            if existing is not None:
                return existing
            last = conn.execute(
                select(func.max(runs_t.c.cycle)).where(runs_t.c.campaign == campaign.name)
            ).scalar()
            number = int(last or 0) + 1
            inserted = conn.execute(
                insert(runs_t).values(
                    campaign=campaign.name,
                    cycle=number,
                    status="open",
                    open_slot=1,
                    as_of=as_of,
                    planned_at=now,
                    planned_by=planned_by,
                    selected=spool.selected,
                    holdout=spool.holdout,
                    summary=summary.to_json(),
                )
            ).inserted_primary_key
            if inserted is None:  # not for a single-row INSERT; for the type checker
                raise RuntimeError("the database returned no id for the new cycle")
            run_id = int(inserted[0])
            for chunk in spool.chunks():
                _insert_plan(conn, campaign, run_id, number, chunk, now)
            row = conn.execute(select(runs_t).where(runs_t.c.id == run_id)).one()
            return _cycle(row, planned_now=True)
    except IntegrityError:
        # Another process planned this campaign at the same moment: resume its plan.
        with engine.connect() as conn:
            existing = open_cycle(conn, campaign.name)
        if existing is None:
            raise
        return existing


def _insert_plan(
    conn: Connection,
    campaign: Campaign,
    run_id: int,
    cycle: int,
    chunk: Sequence[PlanRow],
    now: dt.datetime,
) -> None:
    """One chunk of the plan: its assignments, then its treatment messages."""
    treatment = [c for c in chunk if c.group == "treatment"]
    code_of: dict[int, str] = {}
    if campaign.offer is not None and treatment:
        prefix = campaign.offer.code_prefix
        fresh = offers.new_codes(prefix, len(treatment))
        # Earlier chunks of this plan are in the table already (same
        # transaction), so this also keeps codes distinct across chunks.
        clash = set(
            conn.execute(
                select(assign_t.c.offer_code).where(assign_t.c.offer_code.in_(fresh))
            ).scalars()
        )
        if clash:  # astronomically unlikely; draw again avoiding them
            fresh = offers.new_codes(prefix, len(treatment), taken=clash)
        code_of = {c.client_id: code for c, code in zip(treatment, fresh, strict=True)}
    until = offers.valid_until(campaign, now)
    # PostgreSQL: the assignments' ids drawn from their sequence first, so the
    # messages need no look-up of them. The look-up (run_id and client_id IN
    # the chunk's) was planned with the new run's rows estimated at one, and
    # scanned every row of the run planned so far: quadratic, 1.3 of the 6 s
    # of writing a plan of 50,000, most of it for 500,000.
    reserved = _reserve_ids(conn, len(chunk)) if conn.dialect.name == "postgresql" else None
    rows = []
    for i, c in enumerate(chunk):
        treated = c.group == "treatment"
        rows.append(
            {
                **({} if reserved is None else {"id": reserved[i]}),
                "run_id": run_id,
                "campaign": campaign.name,
                "client_id": c.client_id,
                "group_name": c.group,
                "rank": c.rank,
                "score": c.score,
                "reasons": c.reasons,
                "revenue_minor": c.revenue_minor,
                "orders_count": c.orders,
                "last_order_at": c.last_order_at,
                "abc": c.abc,
                "xyz": c.xyz,
                "offer_code": code_of.get(c.client_id) if treated else None,
                "offer_valid_until": until if treated and campaign.offer else None,
                "outcome": None
                if treated and c.channel
                else ("held_out" if not treated else "no_channel"),
                "created_at": now,
            }
        )
    conn.execute(insert(assign_t), rows)
    if not treatment:
        return
    if reserved is not None:
        ids = {row["client_id"]: row["id"] for row in rows}
    else:
        ids = dict(
            conn.execute(
                select(assign_t.c.client_id, assign_t.c.id).where(
                    assign_t.c.run_id == run_id,
                    assign_t.c.client_id.in_([c.client_id for c in treatment]),
                )
            ).all()
        )
    messages = [
        {
            "assignment_id": ids[c.client_id],
            "run_id": run_id,
            "client_id": c.client_id,
            "campaign": campaign.name,
            "idempotency_key": idempotency_key(campaign.name, c.external_id, cycle),
            "channel": c.channel,
            "recipient": None,
            "tried_channels": "",
            "status": "pending" if c.channel else "no_channel",
            "attempts": 0,
            "error_reason": None if c.channel else "no_channel",
            "error": None if c.channel else "no address with consent on any campaign channel",
            "created_at": now,
            "updated_at": now,
        }
        for c in treatment
    ]
    conn.execute(insert(msg_t), messages)


def _reserve_ids(conn: Connection, n: int) -> list[int]:
    """`n` new assignment ids from the table's own sequence (PostgreSQL)."""
    series = func.generate_series(1, n).table_valued("i")
    sequence = func.pg_get_serial_sequence(assign_t.name, "id")
    return sorted(conn.execute(select(func.nextval(sequence)).select_from(series)).scalars())


# ------------------------------------------------------------------- claiming


@dataclass(frozen=True)
class Task:
    """A claimed message with what rendering and dispatch need. No ORM objects."""

    message_id: int
    assignment_id: int
    key: str
    channel: str | None
    tried: tuple[str, ...]
    attempts: int
    client: dict[str, Any]
    stats: dict[str, Any]
    offer_code: str | None
    offer_valid_until: dt.datetime | None
    suppressed: frozenset[str] = field(default_factory=frozenset)


def recover_stale(engine: Engine, run_id: int, idempotent_channels: set[str]) -> dict[str, int]:
    """Deal with messages a dead worker left behind.

    ``sending`` → ``pending`` (same key) on channels whose provider
    deduplicates, else ``unknown`` (final). Claimed but unsent → unclaimed.
    """
    now = now_utc()
    stale_before = now - CLAIM_LEASE
    counts = {"retried": 0, "unknown": 0, "released": 0}
    with engine.begin() as conn:
        rows = conn.execute(
            select(
                msg_t.c.id,
                msg_t.c.status,
                msg_t.c.channel,
                msg_t.c.claimed_by,
                msg_t.c.claimed_at,
                msg_t.c.assignment_id,
                msg_t.c.attempts,
            ).where(
                msg_t.c.run_id == run_id,
                msg_t.c.claimed_by.is_not(None),
                msg_t.c.status.in_(("pending", "sending", "deferred")),
            )
        ).all()
        for r in rows:
            alive = worker_alive(r.claimed_by)
            if alive or (alive is None and r.claimed_at and r.claimed_at > stale_before):
                continue
            if r.status == "sending":
                if r.channel in idempotent_channels:
                    values = {"status": "pending", "claimed_by": None}
                    detail, counts_key = (
                        "worker died while sending; retry with the same key",
                        "retried",
                    )
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
                        update(assign_t)
                        .where(assign_t.c.id == r.assignment_id)
                        .values(outcome="unknown")
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
            counts[counts_key] += 1
    return counts


def _begin(target: Engine | Connection) -> contextlib.AbstractContextManager[Connection]:
    """A transaction on an engine (a pooled connection) or on a connection the
    caller keeps open for many transactions (the dispatcher's writer does:
    on SQLite that saves a connect, four PRAGMAs and a WAL checkpoint on
    close per transaction)."""
    if isinstance(target, Connection):
        return _begin_on(target)
    return target.begin()


@contextlib.contextmanager
def _begin_on(conn: Connection) -> Iterator[Connection]:
    with conn.begin():
        yield conn


def claim_due(
    engine: Engine | Connection, run_id: int, worker: str, *, limit: int = 200
) -> list[Task]:
    """Claim up to `limit` messages that are due now; nobody else gets them."""
    now = now_utc()
    stale_before = now - CLAIM_LEASE
    with _begin(engine) as conn:
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
                .where(msg_t.c.run_id == run_id, cond, claimable)
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


def peek_due(engine: Engine, run_id: int, *, after_id: int = 0, limit: int = 1000) -> list[Task]:
    """What a claim would take now, without claiming (for --dry-run): the
    first ``limit`` due messages with an id above ``after_id``."""
    now = now_utc()
    with engine.connect() as conn:
        ids = list(
            conn.execute(
                select(msg_t.c.id)
                .where(
                    msg_t.c.run_id == run_id,
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
    query = (
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
            assign_t.c.reasons,
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
        .where(msg_t.c.id.in_(ids))
        .order_by(msg_t.c.id)
    )
    if worker is not None:
        query = query.where(msg_t.c.claimed_by == worker)
    rows = conn.execute(query).mappings().all()
    from winback.suppressions import suppressed_channels

    clients = [
        {
            "id": r["client_id"],
            "email": r["email"],
            "phone": r["phone"],
            "telegram_chat_id": r["telegram_chat_id"],
        }
        for r in rows
    ]
    suppressed = suppressed_channels(conn, clients)
    favourite = _favourite_categories(conn, [r["client_id"] for r in rows])
    tasks = []
    for r in rows:
        client = {k: r[k] for k in ("client_id", *CLIENT_CONTACT_COLUMNS)}
        client["consent"] = {
            "email": bool(r["email_consent"]),
            "sms": bool(r["sms_consent"]),
            "telegram": bool(r["telegram_consent"]),
        }
        stats = {
            "orders": r["orders_count"],
            "revenue": r["revenue_minor"],
            "last_order_at": r["last_order_at"],
            "reasons": (r["reasons"] or "").split(","),
            "favourite_category": favourite.get(r["client_id"]),
        }
        tasks.append(
            Task(
                message_id=r["id"],
                assignment_id=r["assignment_id"],
                key=r["idempotency_key"],
                channel=r["channel"],
                tried=tuple(t for t in (r["tried_channels"] or "").split(",") if t),
                attempts=r["attempts"],
                client=client,
                stats=stats,
                offer_code=r["offer_code"],
                offer_valid_until=r["offer_valid_until"],
                suppressed=frozenset(suppressed.get(r["client_id"], set())),
            )
        )
    return tasks


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


# -------------------------------------------------------------------- writing


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
    msg_rows = []
    outcomes = []
    events = []
    for c in changes:
        status = c.status
        final = status in FINAL_MESSAGE_STATUSES
        msg_rows.append(
            {
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
                "updated_at": now,
            }
        )
        if final:
            outcomes.append({"a_id": c.assignment_id, "outcome": status})
        events.append(
            {
                "message_id": c.message_id,
                "at": now,
                "status": status,
                "channel": c.channel,
                "attempt": c.attempt,
                "detail": (c.detail or c.error or c.provider_id or None),
            }
        )
    messages_stmt, outcomes_stmt, events_stmt = _change_statements()
    with _begin(engine) as conn:
        conn.execute(messages_stmt, msg_rows)
        if outcomes:
            conn.execute(outcomes_stmt, outcomes)
        conn.execute(events_stmt, events)
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
    with _begin(engine) as conn:
        conn.execute(
            update(msg_t)
            .where(msg_t.c.id == message_id, msg_t.c.claimed_by == worker)
            .values(claimed_by=None)
        )


def finish_if_done(engine: Engine, run_id: int) -> bool:
    """Close the cycle when every message has a final status."""
    with engine.begin() as conn:
        open_left = conn.execute(
            select(func.count())
            .select_from(msg_t)
            .where(msg_t.c.run_id == run_id, msg_t.c.status.not_in(FINAL_MESSAGE_STATUSES))
        ).scalar()
        if open_left:
            return False
        conn.execute(
            update(runs_t)
            .where(runs_t.c.id == run_id, runs_t.c.status == "open")
            .values(status="finished", open_slot=None, finished_at=now_utc())
        )
        return True


# ------------------------------------------------------------------- summary


@dataclass(frozen=True)
class RunReport:
    campaign: str
    cycle: int
    finished: bool
    planned_now: bool
    selected: int
    holdout: int
    excluded_opted_out: int
    sent: dict[str, int]
    deferred: int
    next_due: dt.datetime | None
    failed: dict[str, int]
    no_channel: int
    unknown: int
    pending: int
    recovered: dict[str, int] = field(default_factory=dict)

    def rows(self) -> list[tuple[str, str]]:
        out = [
            (
                "cycle",
                f"{self.cycle} ({'planned now' if self.planned_now else 'resumed'}, "
                f"{'finished' if self.finished else 'open'})",
            ),
            ("selected", str(self.selected)),
            ("holdout (control group)", str(self.holdout)),
            ("excluded: opted out / suppressed", str(self.excluded_opted_out)),
        ]
        for channel in sorted(self.sent):
            out.append((f"sent: {channel}", str(self.sent[channel])))
        if not self.sent:
            out.append(("sent", "0"))
        due = f" (next due {self.next_due:%Y-%m-%d %H:%M} UTC)" if self.next_due else ""
        out.append(("deferred", f"{self.deferred}{due}"))
        for reason in sorted(self.failed):
            out.append((f"failed: {reason}", str(self.failed[reason])))
        if not self.failed:
            out.append(("failed", "0"))
        out.append(("no usable channel", str(self.no_channel)))
        out.append(("unknown (may have been delivered)", str(self.unknown)))
        if self.pending:
            out.append(("still pending (claimed elsewhere)", str(self.pending)))
        return out


def report(engine: Engine, cycle: Cycle, recovered: dict[str, int] | None = None) -> RunReport:
    with engine.connect() as conn:
        run = conn.execute(select(runs_t).where(runs_t.c.id == cycle.id)).one()
        rows = conn.execute(
            select(
                msg_t.c.status,
                msg_t.c.channel,
                msg_t.c.error_reason,
                func.count(),
                func.min(msg_t.c.not_before),
            )
            .where(msg_t.c.run_id == cycle.id)
            .group_by(msg_t.c.status, msg_t.c.channel, msg_t.c.error_reason)
        ).all()
    sent: dict[str, int] = {}
    failed: dict[str, int] = {}
    deferred = no_channel = unknown = pending = 0
    next_due = None
    for status, channel, reason, n, nb in rows:
        if status == "sent":
            sent[channel] = sent.get(channel, 0) + n
        elif status == "failed":
            failed[reason or "error"] = failed.get(reason or "error", 0) + n
        elif status == "deferred":
            deferred += n
            next_due = nb if next_due is None or (nb and nb < next_due) else next_due
        elif status == "no_channel":
            no_channel += n
        elif status == "unknown":
            unknown += n
        else:
            pending += n
    summary = json.loads(run.summary or "{}")
    return RunReport(
        campaign=run.campaign,
        cycle=run.cycle,
        finished=run.status == "finished",
        planned_now=cycle.planned_now,
        selected=run.selected,
        holdout=run.holdout,
        excluded_opted_out=int(summary.get("excluded", {}).get("opted_out", 0)),
        sent=sent,
        deferred=deferred,
        next_due=next_due,
        failed=failed,
        no_channel=no_channel,
        unknown=unknown,
        pending=pending,
        recovered=recovered or {},
    )
