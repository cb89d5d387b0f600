"""The outcome log: plan a cycle, claim due messages, record every result.

The only part of a run that writes SQL. The rules that make delivery
exactly-once live here:

* **Plan first** (plan.py). One transaction records the cycle, its
  assignments and its messages, each with an idempotency key; a campaign has
  one unfinished cycle only, so of two processes planning at once the loser
  resumes the winner's plan.
* **Claim, then mark, then send** (claims.py, changes.py). A worker claims
  due messages with a conditional UPDATE, marks each ``sending`` durably
  right before the provider call, and records the result after it.
* **After a crash** (claims.py), a message left ``sending`` by a dead worker
  is sent again with the same key only where the provider deduplicates on
  it; otherwise it is marked ``unknown`` and reported, never re-sent blindly.

summary.py reads a cycle's figures back for the run's summary.
"""

from winback.outcomes.changes import Change, apply_changes, finish_if_done, release_claim
from winback.outcomes.claims import (
    CLAIM_LEASE,
    Task,
    claim_due,
    peek_due,
    recover_stale,
    recover_worker,
)
from winback.outcomes.plan import (
    Cycle,
    PlanRow,
    PlanSpool,
    idempotency_key,
    open_cycle,
    plan_cycle,
)
from winback.outcomes.summary import RunSummary, summarise
from winback.workers import worker_alive, worker_id

__all__ = [
    "CLAIM_LEASE",
    "Change",
    "Cycle",
    "PlanRow",
    "PlanSpool",
    "RunSummary",
    "Task",
    "apply_changes",
    "claim_due",
    "finish_if_done",
    "idempotency_key",
    "open_cycle",
    "peek_due",
    "plan_cycle",
    "recover_stale",
    "recover_worker",
    "release_claim",
    "summarise",
    "worker_alive",
    "worker_id",
]
