"""Outcomes: did each assigned client come back, when, with what revenue.

:func:`attribute` brings ``assignment_outcomes`` up to date as of a moment
(CONTRACT.md and README "Outcomes" give the definitions; :mod:`.judge` has
the SQL). Outcomes are a function of the data as of that moment, so a run
is idempotent, and it is incremental: after a run as of T0, a run as of
T1 ≥ T0 re-judges only the assignments whose verdict can have changed —

* assignments without an outcome row (new cycles);
* ``pending`` ones whose window has closed by T1;
* those of clients whose orders were inserted, updated or deleted since
  (``attribution_stale``, marked by triggers on ``orders``);
* those of clients with an order placed in (T0, T1] (not seen as of T0);
* those whose campaign's ``attribution_days`` changed in the config.

Everything else is re-judged when there is no earlier run, as-of moved
backwards, or the triggers are missing (MariaDB/MySQL, or disabled). A run
is one transaction; on PostgreSQL/MariaDB a session lock keeps a second
run (another daemon worker) from doing the same work at once, and on
SQLite the write transaction serialises them.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from winback.attribution import judge
from winback.attribution.candidates import candidates, mode_of
from winback.config import Settings
from winback.db import retry_transient
from winback.models import to_epoch
from winback.planlock import PlanningLock
from winback.timeutil import now_utc

log = logging.getLogger(__name__)

LOCK_NAME = "@attribute"  # '@' is never in a campaign name: no clash with a planning lock
RANGE = 5_000  # assignment ids per statement in a full run
BATCH = 2_000  # assignment ids per statement in an incremental run
LOCK_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class AttributeSummary:
    as_of: dt.datetime
    judged: int  # assignments (re-)judged by this run
    full: bool
    returned: int  # all stored outcomes after the run, by verdict
    pending: int
    not_returned: int
    seconds: float
    skipped: str | None = None  # why nothing was done (another run holds the lock)

    def line(self) -> str:
        if self.skipped:
            return f"attribute skipped: {self.skipped}"
        how = "full" if self.full else "incremental"
        return (
            f"attribute as of {self.as_of.isoformat()}: judged {self.judged} ({how}); "
            f"returned {self.returned}, pending {self.pending}, "
            f"not_returned {self.not_returned}; {self.seconds:.2f} s"
        )


def attribution_days(settings: Settings) -> dict[str, int]:
    """Each configured campaign's window in days (others in the log: 30)."""
    return {c.name: c.attribution_days for c in settings.campaigns}


def attribute(
    engine: Engine,
    settings: Settings,
    as_of: dt.datetime | None = None,
    *,
    wait_seconds: float = 600.0,
) -> AttributeSummary:
    """Bring the outcomes up to date as of ``as_of`` (default now).

    ``wait_seconds``: how long to wait for another run (PostgreSQL/MariaDB)
    to finish; 0 skips at once (the daemon: that run does the work)."""
    t0 = time.perf_counter()
    as_of = as_of or now_utc()
    moment = to_epoch(as_of)
    days = attribution_days(settings)
    lock = PlanningLock(engine, LOCK_NAME)
    try:
        if not _acquire(lock, wait_seconds):
            return AttributeSummary(
                as_of, 0, False, 0, 0, 0, 0.0, skipped="another run is under way"
            )
        judged, full = retry_transient(lambda: _run(engine, moment, days))
    finally:
        lock.release()
    with engine.connect() as conn:
        counts = outcome_counts(conn)
    return AttributeSummary(
        as_of,
        judged,
        full,
        counts.get("returned", 0),
        counts.get("pending", 0),
        counts.get("not_returned", 0),
        time.perf_counter() - t0,
    )


def _acquire(lock: PlanningLock, wait_seconds: float) -> bool:
    deadline = time.monotonic() + wait_seconds
    while not lock.try_acquire():
        if time.monotonic() >= deadline:
            return False
        time.sleep(LOCK_POLL_SECONDS)
    return True


def _run(engine: Engine, as_of: int, days: Mapping[str, int]) -> tuple[int, bool]:
    """One transaction: the candidates, their verdicts, the new state."""
    with engine.begin() as conn:
        previous = last_as_of(conn)
        full = mode_of(conn, previous, as_of) == "full"
        if full:
            judged = _judge_all(conn, as_of, days)
        else:
            assert previous is not None
            ids = sorted(candidates(conn, previous, as_of, days))
            judged = 0
            for i in range(0, len(ids), BATCH):
                judged += judge.judge_ids(conn, ids[i : i + BATCH], as_of, days)
        _save_state(conn, as_of)
    log.debug("attribute as of %s: %d judged, full=%s", as_of, judged, full)
    return judged, full


def _judge_all(conn: Connection, as_of: int, days: Mapping[str, int]) -> int:
    conn.execute(text("DELETE FROM attribution_stale"))
    conn.execute(text("DELETE FROM assignment_outcomes"))
    low, high = conn.execute(text("SELECT MIN(id), MAX(id) FROM assignments")).one()
    if low is None:
        return 0
    judged = 0
    for start in range(int(low), int(high) + 1, RANGE):
        judged += judge.judge_range(conn, start, start + RANGE, as_of, days)
    return judged


def _save_state(conn: Connection, as_of: int) -> None:
    params = {"as_of": as_of, "now": to_epoch(now_utc())}
    updated = conn.execute(
        text("UPDATE attribution_state SET as_of = :as_of, updated_at = :now WHERE id = 1"), params
    )
    if not updated.rowcount:
        conn.execute(
            text("INSERT INTO attribution_state (id, as_of, updated_at) VALUES (1, :as_of, :now)"),
            params,
        )


def last_as_of(conn: Connection) -> int | None:
    """The as-of moment (epoch) of the last run, None before the first."""
    value = conn.execute(text("SELECT as_of FROM attribution_state WHERE id = 1")).scalar()
    return None if value is None else int(value)


def outcome_counts(conn: Connection) -> dict[str, int]:
    rows = conn.execute(
        text("SELECT outcome, COUNT(*) FROM assignment_outcomes GROUP BY outcome")
    ).all()
    return {str(outcome): int(n) for outcome, n in rows}


__all__ = ["AttributeSummary", "attribute", "attribution_days", "last_as_of", "outcome_counts"]
