"""Writing a cycle's plan: the cycle, its assignments and its messages, at once.

One transaction records the cycle, one assignment per selected client and one
message per treatment client, each with an idempotency key from (campaign,
client, cycle). A unique index lets a campaign have one unfinished cycle
only, so two ``run-once`` processes started together cannot both plan: the
loser resumes the winner's plan.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.exc import IntegrityError

from winback import bulkload, offers
from winback.config import Campaign
from winback.db import retry_transient, write_cache
from winback.outcomes.base import assign_t, msg_t, runs_t
from winback.selection import Candidate, Summary
from winback.timeutil import now_utc


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
                c.p_alive,
                c.expected_purchases,
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
    p_alive: float | None = None
    expected_purchases: float | None = None


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
        with engine.begin() as conn, write_cache(conn):
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
            cycle_id = int(inserted[0])
            for chunk in spool.chunks():
                _insert_plan(conn, campaign, cycle_id, number, chunk, now)
            row = conn.execute(select(runs_t).where(runs_t.c.id == cycle_id)).one()
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
    cycle_id: int,
    cycle: int,
    chunk: Sequence[PlanRow],
    now: dt.datetime,
) -> None:
    """One chunk of the plan: its assignments, then its treatment messages."""
    treatment = [c for c in chunk if c.group == "treatment"]
    codes = _offer_codes(conn, campaign, treatment)
    until = offers.valid_until(campaign, now)
    # PostgreSQL: the assignments' ids drawn from their sequence first, so the
    # messages need no look-up of them. The look-up (run_id and client_id IN
    # the chunk's) was planned with the new cycle's rows estimated at one, and
    # scanned every row of the cycle planned so far: quadratic in the plan's
    # size (BENCHMARKS.md has the figures).
    reserved = _reserve_ids(conn, len(chunk)) if conn.dialect.name == "postgresql" else None
    rows = [
        {
            **({} if reserved is None else {"id": reserved[i]}),
            **_assignment_row(c, campaign, cycle_id, codes, until, now),
        }
        for i, c in enumerate(chunk)
    ]
    bulkload.insert_values(conn, assign_t, rows)
    if not treatment:
        return
    if reserved is not None:
        ids = {row["client_id"]: row["id"] for row in rows}
    else:
        ids = dict(
            conn.execute(
                select(assign_t.c.client_id, assign_t.c.id).where(
                    assign_t.c.run_id == cycle_id,
                    assign_t.c.client_id.in_([c.client_id for c in treatment]),
                )
            ).all()
        )
    messages = [
        {"assignment_id": ids[c.client_id], **_message_row(c, campaign, cycle_id, cycle, now)}
        for c in treatment
    ]
    bulkload.insert_values(conn, msg_t, messages)


def _offer_codes(
    conn: Connection, campaign: Campaign, treatment: Sequence[PlanRow]
) -> dict[int, str]:
    """A fresh offer code for each treatment client of the chunk, by client id."""
    if campaign.offer is None or not treatment:
        return {}
    prefix = campaign.offer.code_prefix
    fresh = offers.new_codes(prefix, len(treatment))
    # Earlier chunks of this plan are in the table already (same
    # transaction), so this also keeps codes distinct across chunks.
    clash = bulkload.present(conn, assign_t, "offer_code", fresh)
    if clash:  # astronomically unlikely; draw again avoiding them
        fresh = offers.new_codes(prefix, len(treatment), taken=clash)
    return {c.client_id: code for c, code in zip(treatment, fresh, strict=True)}


def _assignment_row(
    c: PlanRow,
    campaign: Campaign,
    cycle_id: int,
    codes: dict[int, str],
    until: dt.datetime | None,
    now: dt.datetime,
) -> dict[str, Any]:
    treated = c.group == "treatment"
    return {
        "run_id": cycle_id,
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
        "p_alive": c.p_alive,
        "expected_purchases": c.expected_purchases,
        "offer_code": codes.get(c.client_id) if treated else None,
        "offer_valid_until": until if treated and campaign.offer else None,
        "outcome": None if treated and c.channel else ("held_out" if not treated else "no_channel"),
        "created_at": now,
    }


def _message_row(
    c: PlanRow, campaign: Campaign, cycle_id: int, cycle: int, now: dt.datetime
) -> dict[str, Any]:
    return {
        "run_id": cycle_id,
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


def _reserve_ids(conn: Connection, n: int) -> list[int]:
    """`n` new assignment ids from the table's own sequence (PostgreSQL)."""
    series = func.generate_series(1, n).table_valued("i")
    sequence = func.pg_get_serial_sequence(assign_t.name, "id")
    return sorted(conn.execute(select(func.nextval(sequence)).select_from(series)).scalars())
