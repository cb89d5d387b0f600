"""A campaign's cycles: select → plan → send → record. A :class:`CampaignRuntime`
is built once; :func:`run_cycle` runs one cycle on it (resume or plan, then
:func:`send_cycle`); :func:`run_campaign` is the synchronous wrapper `run-once`
uses; :func:`send_due` sends what has become due in every enabled campaign's
open cycle (`send-due`, the daemon's send job) through the same
:func:`send_cycle`."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from sqlalchemy import Engine

from winback import order_stats, outcomes
from winback.calls import call_message
from winback.channels.base import Channel, OutboundMessage
from winback.config import Campaign, Settings
from winback.contacts import CALL, Contact, History, consents_of
from winback.db import read_engine
from winback.dispatch.dispatcher import Dispatcher, Renderer
from winback.dispatch.plumbing import OutagePolicy
from winback.errors import ConfigError, Problem, WinbackError
from winback.outcomes import Cycle, RunSummary, Task
from winback.planlock import PlanningLock, planning_lock
from winback.selection import Candidate, select_candidates
from winback.timeutil import now_utc
from winback.unsubscribe import make_token, unsubscribe_url

if TYPE_CHECKING:
    from winback.metrics import Metrics
    from winback.rendering.campaign import CampaignTemplates

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunOptions:
    as_of: dt.datetime | None = None  # moves only what selection sees
    dry_run: bool = False
    limit: int | None = None
    # Messages a claim takes; the next claim comes once half of them are done.
    batch_size: int = 200
    # Plan (or keep the open cycle) and send nothing: `run-once --plan-only`.
    plan_only: bool = False


# How long a worker that finds another planning the campaign (its planning
# lock taken) waits for that plan to appear before it gives up for now.
PLAN_WAIT_SECONDS = 30.0
PLAN_POLL_SECONDS = 0.5


def make_renderer(
    settings: Settings, campaign: Campaign, templates: CampaignTemplates, secret: str
) -> Renderer:
    """Task + channel → the rendered message. Pure: no database, no network."""
    from winback.rendering.context import message_context

    def render(task: Task, channel: str) -> OutboundMessage:
        if channel == CALL:  # no template: the manager reads the task
            return call_message(task, campaign)
        contact = task.contact
        token = make_token(secret, contact.client_id, contact.external_id, channel)
        url = unsubscribe_url(settings.unsubscribe.base_url, token)
        context = message_context(settings, campaign, task, url)
        rendered = templates.render(channel, context, contact.locale)
        return OutboundMessage(
            idempotency_key=f"{task.key}.{channel}",
            channel=channel,
            recipient=str(contact.address(channel)),
            text=rendered.text,
            subject=rendered.subject,
            html=rendered.html,
            unsubscribe_url=url,  # a channel with a place for it (email's header) uses it
            client_external_id=contact.external_id,
            campaign=campaign.name,
        )

    return render


def _task_from_candidate(c: Candidate, campaign: Campaign, cycle_key: str) -> Task:
    """A dry run's stand-in for a claimed message."""
    return Task(
        message_id=0,
        assignment_id=0,
        key=cycle_key,
        channel=c.channel,
        tried=(),
        attempts=0,
        contact=Contact(
            client_id=c.client_id,
            external_id=c.external_id,
            name=c.name,
            manager=c.manager,
            email=c.email,
            phone=c.phone,
            telegram_chat_id=c.telegram_chat_id,
            timezone=c.timezone,
            locale=c.locale,
            consents=consents_of(c.consent.items()),
        ),
        history=History(
            orders=c.orders,
            revenue_minor=c.revenue_minor,
            last_order_at=c.last_order_at,
            p_alive=c.p_alive,
            expected_purchases=c.expected_purchases,
        ),
        offer_code="(example code, not issued)" if campaign.offer else None,
        offer_valid_until=now_utc() + dt.timedelta(days=campaign.offer.valid_days)
        if campaign.offer
        else None,
        suppressed=c.suppressed,
    )


def build_channels(settings: Settings, campaign: Campaign) -> dict[str, Channel]:
    from winback.channels import build_channel

    return {name: build_channel(name, settings) for name in campaign.channels}


def _secret(settings: Settings) -> str:
    return settings.secret(settings.unsubscribe.secret_env)


@dataclass
class CampaignRuntime:
    """What every cycle of a campaign uses, built once: its templates, the
    renderer and the channels (their connections and clients).

    A scheduler builds one per campaign and runs :func:`run_cycle` on it as
    often as it likes from one event loop; :meth:`aclose` closes the channels.
    A runtime built with ``channels=False`` renders only (a dry run).
    ``metrics``: the worker's Prometheus metrics, which its sends count in.
    """

    settings: Settings
    campaign: Campaign
    templates: CampaignTemplates
    render: Renderer
    channels: dict[str, Channel] = field(default_factory=dict)
    metrics: Metrics | None = None
    # A daemon's: set when it shuts down (nothing more is claimed), and its
    # watch of the database (a lost connection is waited out, not fatal).
    stop: asyncio.Event | None = None
    outage: OutagePolicy | None = None

    @classmethod
    def build(
        cls,
        settings: Settings,
        campaign: Campaign,
        *,
        channels: bool = True,
        metrics: Metrics | None = None,
    ) -> CampaignRuntime:
        from winback.rendering.campaign import CampaignTemplates

        # [channels.call] has defaults only: it may be left out
        missing = [ch for ch in campaign.channels if ch != CALL and not settings.channels.get(ch)]
        if missing:
            raise ConfigError(
                "a campaign uses channels that are not configured",
                [
                    Problem(f"campaign {campaign.name}", f"[channels.{ch}] is missing")
                    for ch in missing
                ],
            )
        templates = CampaignTemplates.load(settings, campaign)
        render = make_renderer(settings, campaign, templates, _secret(settings))
        built = build_channels(settings, campaign) if channels else {}
        return cls(settings, campaign, templates, render, built, metrics)

    async def aclose(self) -> None:
        for channel in self.channels.values():
            await channel.aclose()


def run_campaign(
    engine: Engine,
    settings: Settings,
    campaign: Campaign,
    options: RunOptions,
    out: TextIO | None = None,
) -> RunSummary | None:
    """Resume the campaign's unfinished cycle, or plan a new one; then send what
    is due. One cycle on a runtime of its own, in an event loop of its own.
    None for a dry run, or when another worker was planning the campaign and
    its plan did not appear in time (nothing was sent)."""
    sends = not (options.dry_run or options.plan_only)
    runtime = CampaignRuntime.build(settings, campaign, channels=sends)
    if options.dry_run:
        dry_run(engine, runtime, options, out)
        return None
    return asyncio.run(_one_cycle(engine, runtime, options))


async def _one_cycle(
    engine: Engine, runtime: CampaignRuntime, options: RunOptions
) -> RunSummary | None:
    try:
        return await run_cycle(engine, runtime, options)
    finally:
        await runtime.aclose()


async def run_cycle(
    engine: Engine, runtime: CampaignRuntime, options: RunOptions, worker: str | None = None
) -> RunSummary | None:
    """Resume the campaign's unfinished cycle, or plan a new one; then send what
    is due (:func:`send_cycle`) and return the cycle's summary. The runtime's
    channels stay open. ``worker``: the id claims are made under (default: a
    new host:pid:random). With ``options.plan_only`` nothing is sent.

    None when another worker holds the campaign's planning lock and its plan
    did not appear within :data:`PLAN_WAIT_SECONDS`: nothing to send yet.

    The database work around the sending (planning above all, which runs the
    selection) is done in a worker thread, so the event loop stays free.
    """
    worker = worker or outcomes.worker_id()
    cycle = await asyncio.to_thread(_open_or_plan, engine, runtime, options, worker)
    if cycle is None:
        return None
    if options.plan_only:
        return await asyncio.to_thread(outcomes.summarise, engine, cycle)
    return await send_cycle(engine, runtime, cycle, options, worker)


async def send_cycle(
    engine: Engine, runtime: CampaignRuntime, cycle: Cycle, options: RunOptions, worker: str
) -> RunSummary:
    """Send what is due in ``cycle`` now: recover dead workers' claims, run the
    claim → send → record loop, close the cycle if every message is final,
    and return the cycle's summary. What `run-once`, `send-due` and the
    daemon's ticks and send job all run."""
    idempotent = {name for name, ch in runtime.channels.items() if ch.idempotent}
    recovered = await asyncio.to_thread(
        functools.partial(outcomes.recover_stale, own=worker), engine, cycle.id, idempotent
    )
    if recovered.get("unknown") or recovered.get("retried"):
        log.warning(
            "cycle %d: after a crash, %d message(s) retried with the same key, %d marked unknown",
            cycle.cycle,
            recovered["retried"],
            recovered["unknown"],
        )
    dispatcher = Dispatcher(
        engine=engine,
        settings=runtime.settings,
        campaign=runtime.campaign,
        channels=runtime.channels,
        render=runtime.render,
        worker=worker,
        batch_size=options.batch_size,
        metrics=runtime.metrics,
        stop=runtime.stop,
        outage=runtime.outage,
    )
    await dispatcher.run(cycle.id)
    await asyncio.to_thread(outcomes.finish_if_done, engine, cycle.id)
    return await asyncio.to_thread(outcomes.summarise, engine, cycle, recovered)


async def send_due(
    engine: Engine,
    settings: Settings,
    *,
    worker: str,
    runtimes: dict[str, CampaignRuntime] | None = None,
    options: RunOptions | None = None,
) -> dict[str, RunSummary]:
    """Send what is due in the open cycle of every enabled campaign (with a
    schedule or without): deferred messages whose time has come, quiet hours
    over, cycles planned with --plan-only. Plans nothing.

    Uses the runtime of ``runtimes`` for a campaign when there is one (the
    daemon keeps one per campaign), else builds one and closes it after. A
    campaign whose runtime cannot be built or whose sending fails with a
    winback error (config, templates, channel) is logged and skipped; the
    others go on. Returns the summary of each campaign that had an open cycle.
    """
    options = options or RunOptions()
    done: dict[str, RunSummary] = {}
    for campaign in settings.campaigns:
        if not campaign.enabled:
            continue
        cycle = await asyncio.to_thread(find_open_cycle, engine, campaign.name)
        if cycle is None:
            continue
        given = (runtimes or {}).get(campaign.name)
        try:
            runtime = given or CampaignRuntime.build(settings, campaign)
        except WinbackError as exc:
            log.error("campaign %s skipped: %s", campaign.name, exc)
            continue
        try:
            done[campaign.name] = await send_cycle(engine, runtime, cycle, options, worker)
        except WinbackError as exc:
            log.error("campaign %s: sending stopped: %s", campaign.name, exc)
        finally:
            if given is None:
                await runtime.aclose()
    return done


def find_open_cycle(engine: Engine, campaign: str) -> Cycle | None:
    with read_engine(engine).connect() as conn:
        return outcomes.open_cycle(conn, campaign)


def _open_or_plan(
    engine: Engine, runtime: CampaignRuntime, options: RunOptions, worker: str
) -> Cycle | None:
    campaign = runtime.campaign
    cycle = find_open_cycle(engine, campaign.name)
    if cycle is None:
        return _plan(engine, runtime.settings, campaign, options, worker)
    log.info("resuming cycle %d of %s (planned %s)", cycle.cycle, campaign.name, cycle.planned_at)
    return cycle


def _plan(
    engine: Engine, settings: Settings, campaign: Campaign, options: RunOptions, worker: str
) -> Cycle | None:
    """Plan a new cycle, or resume the one another worker plans meanwhile.

    Of several workers planning the campaign at once, the one holding its
    planning lock runs the selection; the others wait for its plan (None if
    it does not appear in time: nothing to send yet).
    """
    with planning_lock(engine, campaign.name) as lock:
        if not lock.try_acquire():
            return _await_plan(engine, campaign.name, lock)
        # The lock was free: a plan finished just before it may be open now.
        cycle = find_open_cycle(engine, campaign.name)
        if cycle is not None:
            return cycle
        return _select_and_plan(engine, settings, campaign, options, worker)


def _await_plan(engine: Engine, campaign: str, lock: PlanningLock) -> Cycle | None:
    """Wait for the plan of the worker holding the lock; give up when the
    lock frees without an open cycle or after PLAN_WAIT_SECONDS."""
    log.info("another worker is planning %s: waiting for its plan", campaign)
    deadline = time.monotonic() + PLAN_WAIT_SECONDS
    while True:
        freed = lock.try_acquire()  # after its plan's commit, or its end
        cycle = find_open_cycle(engine, campaign)
        if cycle is not None:
            log.info("resuming cycle %d of %s, planned by another worker", cycle.cycle, campaign)
            return cycle
        if freed or time.monotonic() >= deadline:
            log.warning(
                "%s: another worker's plan %s; nothing to send now",
                campaign,
                "ended without an open cycle" if freed else "did not appear in time",
            )
            return None
        time.sleep(PLAN_POLL_SECONDS)


def _select_and_plan(
    engine: Engine, settings: Settings, campaign: Campaign, options: RunOptions, worker: str
) -> Cycle:
    as_of = options.as_of or now_utc()
    # Orders changed since the last refresh: rebuild those clients' aggregates
    # first, or selection reads their orders (slower, same result).
    refreshed = order_stats.refresh(engine, day_offset=order_stats.day_offset_now(settings.tz))
    if refreshed.clients:
        log.info("%s", refreshed.line())
    # The selection is read (and spooled to disk) before the plan's write
    # transaction begins, so no write lock is held while it runs, and memory
    # does not grow with the number of clients a cycle takes.
    log.info("selecting the clients of %s", campaign.name)
    with read_engine(engine).connect() as conn:
        # The plan keeps no contact detail: messages read them when sent.
        summary, rows = select_candidates(
            conn, campaign, as_of=as_of, tz=settings.tz, limit=options.limit, contacts=False
        )
        spool = outcomes.PlanSpool.of(rows)
    with spool:
        cycle = outcomes.plan_cycle(
            engine, campaign, summary, spool, as_of=as_of, planned_by=worker
        )
    if cycle.planned_now:
        log.info(
            "planned cycle %d of %s: %d selected (%d holdout)",
            cycle.cycle,
            campaign.name,
            spool.selected,
            spool.holdout,
        )
    else:
        log.info(
            "another process planned cycle %d of %s at the same time: resuming it",
            cycle.cycle,
            campaign.name,
        )
    return cycle


def dry_run(
    engine: Engine, runtime: CampaignRuntime, options: RunOptions, out: TextIO | None = None
) -> None:
    """Print what would be sent. Writes nothing: no database row, no server.

    Streamed, page by page or row by row, so a dry run of a big cycle needs
    no more memory than a small one; the totals come last.
    """
    import sys

    stream = out or sys.stdout
    show = functools.partial(_show, stream, runtime.render)
    read = read_engine(engine)
    with read.connect() as conn:
        cycle = outcomes.open_cycle(conn, runtime.campaign.name)
    if cycle is not None:
        _dry_resume(read, cycle, show, stream)
    else:
        _dry_plan(read, runtime, options, show, stream)


def _dry_resume(read: Engine, cycle: Cycle, show: Callable[[Task], None], stream: TextIO) -> None:
    stream.write(f"# dry run: would resume cycle {cycle.cycle} of {cycle.campaign}\n")
    due, after = 0, 0
    while page := outcomes.peek_due(read, cycle.id, after_id=after, limit=500):
        for task in page:
            show(task)
        due += len(page)
        after = page[-1].message_id
    stream.write(f"\n# dry run: {due} message(s) due now; nothing was written or sent\n")


def _dry_plan(
    read: Engine,
    runtime: CampaignRuntime,
    options: RunOptions,
    show: Callable[[Task], None],
    stream: TextIO,
) -> None:
    campaign = runtime.campaign
    as_of = options.as_of or now_utc()
    selected = holdout = 0
    with read.connect() as conn:
        summary, rows = select_candidates(
            conn, campaign, as_of=as_of, tz=runtime.settings.tz, limit=options.limit
        )
        stream.write(f"# dry run: would plan a new cycle of {campaign.name}; {summary.line()}\n")
        for c in rows:
            selected += 1
            if c.group == "holdout":
                holdout += 1
            else:
                show(_task_from_candidate(c, campaign, "dry-run"))
    stream.write(
        f"\n# dry run: {selected} selected, {holdout} holdout, {selected - holdout} "
        "message(s) above; nothing was written or sent\n"
    )


def _show(stream: TextIO, render: Renderer, task: Task) -> None:
    from winback.errors import TemplateError

    channel = task.channel
    header = f"\n=== client {task.contact.external_id} via {channel or 'no usable channel'}"
    if channel is None:
        stream.write(header + ": nothing would be sent\n")
        return
    try:
        msg = render(task, channel)
    except TemplateError as exc:
        stream.write(f"{header}: template error: {exc}\n")
        return
    stream.write(f"{header} to {msg.recipient}\n")
    if msg.subject:
        stream.write(f"Subject: {msg.subject}\n")
    stream.write(msg.text.rstrip() + "\n")
