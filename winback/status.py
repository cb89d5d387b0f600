"""What `winback status` shows: each campaign's schedule, open cycle and last
cycle, and the workers seen in the last 24 hours. Read-only; JSON-ready.

Every time is ISO 8601 with its offset, in ``[scheduler] timezone``.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from sqlalchemy import Connection, func, select

from winback.config import Campaign, Settings
from winback.models import CampaignRun, Message, table_of
from winback.workers import list_workers

runs_t = table_of(CampaignRun)
msg_t = table_of(Message)

# The statuses `counts` always has, zero included (no_channel is an outcome
# fixed at planning, not something on its way).
COUNTED = ("pending", "deferred", "sending", "sent", "failed", "unknown")


def iso(moment: dt.datetime | None, tz: zoneinfo.ZoneInfo) -> str | None:
    return None if moment is None else moment.astimezone(tz).isoformat(timespec="seconds")


def next_run(campaign: Campaign, tz: zoneinfo.ZoneInfo, now: dt.datetime) -> dt.datetime | None:
    """When the daemon runs the campaign next: None without a schedule or when disabled."""
    expr = campaign.schedule
    if not expr or not campaign.enabled:
        return None
    from winback.schedule import next_run as fire_after

    return fire_after(expr, tz, now)


def status(conn: Connection, settings: Settings, now: dt.datetime) -> dict[str, Any]:
    """``{"campaigns": [...], "workers": [...], "open_call_tasks": N}`` (see
    README, `winback status`)."""
    tz = settings.tz
    names = [c.name for c in settings.campaigns]
    opened = _open_cycles(conn, names)
    counts = _counts(conn, [row.id for row in opened.values()], COUNTED)
    last = _last_cycles(conn, names)
    last_counts = _counts(conn, [row.id for row in last.values()], ("sent", "failed"))
    campaigns = []
    for c in settings.campaigns:
        cycle, done = opened.get(c.name), last.get(c.name)
        campaigns.append(
            {
                "name": c.name,
                "enabled": c.enabled,
                "schedule": c.schedule,
                "next_run": iso(next_run(c, tz, now), tz),
                "open_cycle": None
                if cycle is None
                else {"number": cycle.cycle, "planned_at": iso(cycle.planned_at, tz)},
                "counts": counts[cycle.id] if cycle else dict.fromkeys(COUNTED, 0),
                "last_cycle": None
                if done is None
                else {
                    "number": done.cycle,
                    "finished_at": iso(done.finished_at, tz),
                    **last_counts[done.id],
                },
            }
        )
    workers = [
        {
            "id": w.id,
            "started_at": iso(w.started_at, tz),
            "last_seen": iso(w.last_seen, tz),
            "alive": w.alive,
            "sent_24h": w.sent_24h,
        }
        for w in list_workers(conn, now)
    ]
    from winback.calls import open_count

    return {"campaigns": campaigns, "workers": workers, "open_call_tasks": open_count(conn)}


def _open_cycles(conn: Connection, names: list[str]) -> dict[str, Any]:
    if not names:
        return {}
    rows = conn.execute(
        select(runs_t.c.id, runs_t.c.campaign, runs_t.c.cycle, runs_t.c.planned_at).where(
            runs_t.c.campaign.in_(names), runs_t.c.status == "open"
        )
    ).all()
    return {r.campaign: r for r in rows}


def _last_cycles(conn: Connection, names: list[str]) -> dict[str, Any]:
    """Each campaign's latest finished cycle."""
    if not names:
        return {}
    latest = (
        select(runs_t.c.campaign, func.max(runs_t.c.cycle).label("cycle"))
        .where(runs_t.c.campaign.in_(names), runs_t.c.status == "finished")
        .group_by(runs_t.c.campaign)
        .subquery()
    )
    rows = conn.execute(
        select(runs_t.c.id, runs_t.c.campaign, runs_t.c.cycle, runs_t.c.finished_at).join(
            latest,
            (latest.c.campaign == runs_t.c.campaign) & (latest.c.cycle == runs_t.c.cycle),
        )
    ).all()
    return {r.campaign: r for r in rows}


def _counts(
    conn: Connection, cycle_ids: list[int], statuses: tuple[str, ...]
) -> dict[int, dict[str, int]]:
    """Per cycle, its messages by status: every one of ``statuses``, zero included."""
    out = {cid: dict.fromkeys(statuses, 0) for cid in cycle_ids}
    if not cycle_ids:
        return out
    rows = conn.execute(
        select(msg_t.c.run_id, msg_t.c.status, func.count())
        .where(msg_t.c.run_id.in_(cycle_ids), msg_t.c.status.in_(statuses))
        .group_by(msg_t.c.run_id, msg_t.c.status)
    ).all()
    for run_id, state, n in rows:
        out[run_id][state] = int(n)
    return out
