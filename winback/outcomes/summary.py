"""A cycle's summary: what was selected, sent, deferred, failed (from the log)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select

from winback.outcomes.base import msg_t, runs_t
from winback.outcomes.plan import Cycle


@dataclass(frozen=True)
class RunSummary:
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

    def line(self) -> str:
        """One line of counts: what `send-due` prints per campaign."""
        state = "finished" if self.finished else "open"
        failed = sum(self.failed.values())
        return (
            f"{self.campaign}: cycle {self.cycle} ({state}): sent {sum(self.sent.values())}, "
            f"failed {failed}, deferred {self.deferred}, unknown {self.unknown}, "
            f"pending {self.pending}"
        )

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
            out.append(("pending (not sent yet, or claimed elsewhere)", str(self.pending)))
        return out


def summarise(engine: Engine, cycle: Cycle, recovered: dict[str, int] | None = None) -> RunSummary:
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
    return RunSummary(
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
