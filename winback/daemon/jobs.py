"""What the daemon's scheduler runs: a campaign's tick, the send job, the heartbeat,
the attribution of outcomes, the weekly digest (the model's refit is in
:mod:`.refit`).

A tick is `winback run-once CAMPAIGN` (the same :func:`~winback.runner.run_cycle`)
for one scheduled time, run by the one worker that records that time first
(:func:`~winback.workers.fire_once`); the others skip it. Within a worker a
campaign's lock keeps its tick and the send job from running at once. The
digest fires the same way, under the key ``@digest``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from winback import workers
from winback.daemon.outage import is_outage
from winback.errors import ChannelConfigError
from winback.logs import log_context
from winback.planlock import PlanningLock
from winback.runner import CampaignRuntime, RunOptions, find_open_cycle, run_cycle, send_cycle
from winback.schedule import latest_fire
from winback.timeutil import now_utc

if TYPE_CHECKING:
    from winback.daemon.service import Daemon
    from winback.outcomes import RunSummary

log = logging.getLogger("winback.daemon")


def scheduled_time(daemon: Daemon, name: str, now: dt.datetime) -> dt.datetime | None:
    """The scheduled time a tick starting ``now`` stands for: the latest fire
    time of the campaign's schedule within the misfire grace."""
    campaign = daemon.campaign(name)
    if campaign is None or not campaign.enabled or not campaign.schedule:
        return None
    grace = dt.timedelta(seconds=daemon.settings.scheduler.misfire_grace_seconds + 1)
    return latest_fire(campaign.schedule, daemon.settings.tz, now, now - grace)


async def tick(daemon: Daemon, name: str) -> None:
    """The scheduler's job for one campaign: its latest scheduled time, once,
    in a task of its own (a long run never makes the scheduler skip a time)."""
    scheduled = scheduled_time(daemon, name, now_utc())
    if scheduled is not None:
        daemon.spawn(run_tick, name, scheduled)


async def catch_up(daemon: Daemon, name: str) -> None:
    """At start: scheduled times missed while no daemon ran, coalesced into one
    run when the latest is within the misfire grace and later than the last
    time any worker fired."""
    try:
        last = await asyncio.to_thread(workers.last_fired, daemon.engine, name)
    except Exception as exc:
        daemon.database_failed(f"catching up {name}", exc)
        return
    scheduled = scheduled_time(daemon, name, now_utc())
    if scheduled is not None and (last is None or scheduled > last):
        log.info("campaign %s: running the missed scheduled time %s", name, scheduled.isoformat())
        await run_tick(daemon, name, scheduled)


async def run_tick(daemon: Daemon, name: str, scheduled: dt.datetime) -> None:
    runtime = daemon.runtimes.get(name)
    if runtime is None or daemon.stopping.is_set():
        return
    with log_context(campaign=name, worker=daemon.worker):
        lock = daemon.lock(name)
        if lock.locked():
            log.info("tick %s skipped: the previous one is still running", scheduled.isoformat())
            return
        async with lock:
            try:
                fired = await asyncio.to_thread(
                    workers.fire_once, daemon.engine, name, scheduled, daemon.worker
                )
            except Exception as exc:
                daemon.database_failed(f"tick of {name}", exc)
                return
            if not fired:
                log.debug("tick %s: another worker runs it", scheduled.isoformat())
                return
            await _tick_alone(daemon, name, runtime, scheduled)


async def _tick_alone(
    daemon: Daemon, name: str, runtime: CampaignRuntime, scheduled: dt.datetime
) -> None:
    """The tick, unless another worker's tick of the campaign is still running
    (a session lock on PostgreSQL/MariaDB; on SQLite one daemon runs)."""
    lock = PlanningLock(daemon.engine, f"tick:{name}")  # ':' is never in a campaign name
    try:
        if not await asyncio.to_thread(lock.try_acquire):
            log.info(
                "tick %s skipped: another worker's tick of %s is still running",
                scheduled.isoformat(),
                name,
            )
            return
        daemon.halted.discard(name)  # a new tick tries a stopped channel again
        log.info("tick %s: running", scheduled.isoformat())
        await _timed(
            daemon,
            name,
            "tick",
            run_cycle(daemon.engine, runtime, RunOptions(), worker=daemon.worker),
        )
    except Exception as exc:
        failed(daemon, name, "tick", exc)
    finally:
        await asyncio.to_thread(lock.release)


async def send_job(daemon: Daemon) -> None:
    """Every send interval: what has become due in every open cycle of every
    enabled campaign (deferred, quiet hours, retry waits, --plan-only plans).
    A campaign whose tick or previous send is still at it is left to that."""
    if daemon.stopping.is_set():
        return
    for name, runtime in daemon.runtimes.items():
        if name not in daemon.halted and not daemon.lock(name).locked():
            # a task of its own: a long send of one campaign neither delays
            # the others nor makes the next interval's job overlap this one
            daemon.spawn(_send_one, name, runtime)


async def _send_one(daemon: Daemon, name: str, runtime: CampaignRuntime) -> None:
    lock = daemon.lock(name)
    if lock.locked():
        return
    async with lock:
        with log_context(campaign=name, worker=daemon.worker):
            try:
                cycle = await asyncio.to_thread(find_open_cycle, daemon.engine, name)
            except Exception as exc:
                failed(daemon, name, "send", exc)
                return
            if cycle is None:
                return
            with log_context(cycle=cycle.cycle):
                await _timed(
                    daemon,
                    name,
                    "send",
                    send_cycle(daemon.engine, runtime, cycle, RunOptions(), daemon.worker),
                )


async def _timed(
    daemon: Daemon, name: str, what: str, run: Coroutine[Any, Any, RunSummary | None]
) -> None:
    """Run a tick or a send pass, with its metrics and its one log line."""
    started = time.monotonic()
    try:
        summary = await run
    except Exception as exc:
        daemon.metrics.observe_run(name, time.monotonic() - started, ok=False)
        failed(daemon, name, what, exc)
        return
    daemon.database_ok()
    daemon.metrics.observe_run(name, time.monotonic() - started, ok=True)
    if summary is None:
        log.info(
            "%s: another worker is planning this campaign; its plan is sent by the send job", what
        )
    elif what == "tick" or summary.sent or summary.failed:
        log.info("%s: %s", what, summary.line())


async def heartbeat(daemon: Daemon) -> None:
    """Every heartbeat interval; a beat still waiting for the database (an
    outage) is not joined by another."""
    if not daemon.beating:
        daemon.beating = True
        daemon.spawn(_beat)


async def _beat(daemon: Daemon) -> None:
    try:
        if not await asyncio.to_thread(workers.beat, daemon.engine, daemon.worker):
            log.warning("this worker's heartbeat row was gone; registered again")
            hb = daemon.settings.scheduler.heartbeat_seconds
            await asyncio.to_thread(workers.register, daemon.engine, daemon.worker, hb)
    except Exception as exc:
        daemon.database_failed("heartbeat", exc)
    else:
        daemon.database_ok()
    finally:
        daemon.beating = False


async def attribute_job(daemon: Daemon) -> None:
    """Every ``attribute_interval_seconds``: `winback attribute` as of now, in a
    thread. One worker does it at a time (a session lock on PostgreSQL/MariaDB;
    the others skip); a run still at it is not joined by another."""
    if not daemon.attributing and not daemon.stopping.is_set():
        daemon.attributing = True
        daemon.spawn(_attribute)


async def _attribute(daemon: Daemon) -> None:
    from winback.attribution import attribute

    with log_context(worker=daemon.worker):
        try:
            summary = await asyncio.to_thread(
                attribute, daemon.engine, daemon.settings, None, wait_seconds=0
            )
        except Exception as exc:
            if is_outage(exc):
                daemon.database_failed("attribute", exc)
            else:
                log.error("attribute failed: %s", exc, exc_info=exc)
        else:
            daemon.database_ok()
            log.info("%s", summary.line())
        finally:
            daemon.attributing = False


def failed(daemon: Daemon, name: str, what: str, exc: BaseException) -> None:
    if is_outage(exc):
        daemon.database_failed(f"{what} of {name}", exc)
    elif isinstance(exc, ChannelConfigError):
        daemon.halted.add(name)
        log.error("%s: %s; this campaign's sending stops until its next tick", what, exc)
    else:
        log.error("%s failed: %s", what, exc, exc_info=exc)


# ------------------------------------------------------------------ digest

# The digest's key in schedule_fires, where campaigns' names go: no campaign
# name can start with '@', so the two never meet.
DIGEST_KEY = "@digest"


def cron_time(daemon: Daemon, schedule: str | None, now: dt.datetime) -> dt.datetime | None:
    """A section's cron ``schedule``'s latest time within the misfire grace
    (None without a schedule)."""
    if schedule is None:
        return None
    grace = dt.timedelta(seconds=daemon.settings.scheduler.misfire_grace_seconds + 1)
    return latest_fire(schedule, daemon.settings.tz, now, now - grace)


async def cron_catch_up(
    daemon: Daemon,
    key: str,
    schedule: str | None,
    run: Callable[[Daemon, dt.datetime], Coroutine[Any, Any, None]],
) -> None:
    """At start: a time of ``schedule`` missed within the misfire grace and
    later than the last one any worker fired under ``key``, run once."""
    scheduled = cron_time(daemon, schedule, now_utc())
    if scheduled is None:
        return
    try:
        last = await asyncio.to_thread(workers.last_fired, daemon.engine, key)
    except Exception as exc:
        daemon.database_failed(f"catching up {key}", exc)
        return
    if last is None or scheduled > last:
        await run(daemon, scheduled)


async def fired_here(daemon: Daemon, key: str, scheduled: dt.datetime, what: str) -> bool:
    """Record that this worker runs ``scheduled`` under ``key``; False when
    another worker recorded it first (it runs it)."""
    fired = await asyncio.to_thread(workers.fire_once, daemon.engine, key, scheduled, daemon.worker)
    if not fired:
        log.debug("%s %s: another worker runs it", what, scheduled.isoformat())
    return fired


def digest_time(daemon: Daemon, now: dt.datetime) -> dt.datetime | None:
    """The [digest] schedule's latest time within the misfire grace."""
    cfg = daemon.settings.digest
    return cron_time(daemon, cfg.schedule if cfg else None, now)


async def digest_tick(daemon: Daemon) -> None:
    """The scheduler's job for the digest, in a task of its own."""
    scheduled = digest_time(daemon, now_utc())
    if scheduled is not None:
        daemon.spawn(run_digest, scheduled)


async def digest_catch_up(daemon: Daemon) -> None:
    """At start: a digest time missed within the misfire grace, once."""
    cfg = daemon.settings.digest
    await cron_catch_up(daemon, DIGEST_KEY, cfg.schedule if cfg else None, run_digest)


async def run_digest(daemon: Daemon, scheduled: dt.datetime) -> None:
    """The digest as of its scheduled time, sent by the one worker that
    records that time first."""
    from winback.digest import build_digest, send_digest

    if daemon.stopping.is_set() or daemon.settings.digest is None:
        return
    settings = daemon.settings
    with log_context(job="digest", worker=daemon.worker):
        try:
            if not await fired_here(daemon, DIGEST_KEY, scheduled, "digest"):
                return
            digest = await asyncio.to_thread(build_digest, daemon.engine, settings, scheduled)
            outcomes = await send_digest(digest, settings, f"digest:{scheduled.isoformat()}")
        except Exception as exc:
            failed(daemon, DIGEST_KEY, "digest", exc)
            return
        errors = sum(1 for o in outcomes if o.error)
        log.info(
            "digest %s: %d sent, %d failed", scheduled.isoformat(), len(outcomes) - errors, errors
        )
