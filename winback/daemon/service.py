"""`winback daemon`: campaigns on their schedules, one worker among several.

The daemon is one asyncio event loop holding an APScheduler 3 scheduler (a
cron job per scheduled campaign, the send job, the heartbeat, the
attribution of outcomes, the [digest] schedule, the [model] refit), the HTTP
endpoint when ``[http] listen`` is set, and a runtime per enabled campaign
(templates and channels, built once). The database coordinates workers:
nothing is shared between schedulers but the database.

Signals: SIGTERM/SIGINT stop it (nothing more is claimed, what is in flight
is finished and recorded; at ``shutdown_timeout_seconds`` what is left is
handed back by the recovery rule), SIGHUP reloads the configuration.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Callable, Coroutine
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import Engine

from winback import outcomes, workers
from winback.config import Campaign, Settings
from winback.daemon import jobs, refit
from winback.daemon.outage import DatabaseWatch
from winback.errors import WinbackError
from winback.metrics import Metrics
from winback.runner import CampaignRuntime
from winback.schedule import cron_trigger

log = logging.getLogger("winback.daemon")

SEND_JOB, HEARTBEAT_JOB, ATTRIBUTE_JOB = "send", "heartbeat", "attribute"
DIGEST_JOB, REFIT_JOB = "digest", "model-refit"


class Daemon:
    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        worker: str,
        *,
        reload: Callable[[], Settings] | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.worker = worker
        self._reload = reload
        self.watch = DatabaseWatch()
        self.metrics = Metrics()
        self.runtimes: dict[str, CampaignRuntime] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        # Campaigns whose channel failed as a whole (a refused login): not
        # sent by the send job until their next tick.
        self.halted: set[str] = set()
        self.beating = False
        self.attributing = False
        self.stopping = asyncio.Event()
        self.active: set[asyncio.Task[Any]] = set()
        self.scheduler: AsyncIOScheduler | None = None
        self.web: Any = None

    # ------------------------------------------------------------- helpers

    def campaign(self, name: str) -> Campaign | None:
        return next((c for c in self.settings.campaigns if c.name == name), None)

    def lock(self, name: str) -> asyncio.Lock:
        return self._locks.setdefault(name, asyncio.Lock())

    def database_failed(self, what: str, exc: BaseException) -> None:
        self.watch.failed(what, exc)
        self.metrics.database_up.set(0)

    def database_ok(self) -> None:
        self.watch.ok()
        self.metrics.database_up.set(1)

    def scheduler_running(self) -> bool:
        return self.scheduler is not None and self.scheduler.running and not self.stopping.is_set()

    def _tracked(
        self, job: Callable[..., Coroutine[Any, Any, None]]
    ) -> Callable[..., Coroutine[Any, Any, None]]:
        """A job whose task the shutdown waits for (and cancels at the timeout)."""

        async def run(*args: Any) -> None:
            task = asyncio.current_task()
            assert task is not None
            self.active.add(task)
            try:
                await job(self, *args)
            finally:
                self.active.discard(task)

        return run

    def spawn(self, job: Callable[..., Coroutine[Any, Any, None]], *args: Any) -> None:
        asyncio.get_running_loop().create_task(self._tracked(job)(*args))

    # ------------------------------------------------------------- lifecycle

    async def run(self) -> None:
        """Until SIGTERM/SIGINT; raises WinbackError when it cannot start."""
        hb = self.settings.scheduler.heartbeat_seconds
        # registers this worker (on SQLite only if no other daemon is alive)
        await asyncio.to_thread(workers.claim_sqlite_slot, self.engine, self.worker, hb)
        self.database_ok()
        try:
            self.runtimes = self._build_runtimes(self.settings, strict=True)
            await self._start_web()
            self._start_scheduler()
            self._install_signals()
            log.info(
                "daemon %s started: %d campaign(s), %d scheduled",
                self.worker,
                len(self.runtimes),
                sum(1 for c in self._scheduled(self.settings)),
            )
            for campaign in self._scheduled(self.settings):
                self.spawn(jobs.catch_up, campaign.name)
            self.spawn(jobs.digest_catch_up)
            self.spawn(refit.refit_catch_up)
            await self.stopping.wait()
        finally:
            await self._shutdown()

    def _scheduled(self, settings: Settings) -> list[Campaign]:
        return [c for c in settings.campaigns if c.enabled and c.schedule]

    def _build_runtimes(self, settings: Settings, *, strict: bool) -> dict[str, CampaignRuntime]:
        runtimes = {}
        for campaign in settings.campaigns:
            if not campaign.enabled:
                continue
            try:
                runtime = CampaignRuntime.build(settings, campaign)
            except WinbackError:
                if strict:
                    raise
                log.exception(
                    "campaign %s: cannot be run with the new configuration", campaign.name
                )
                continue
            runtime.stop = self.stopping
            runtime.outage = self.watch
            runtime.metrics = self.metrics
            runtimes[campaign.name] = runtime
        return runtimes

    def _start_scheduler(self) -> None:
        scheduler = AsyncIOScheduler(timezone=self.settings.tz)
        s = self.settings.scheduler
        for job, job_id, seconds in (
            (jobs.send_job, SEND_JOB, s.send_interval_seconds),
            (jobs.heartbeat, HEARTBEAT_JOB, s.heartbeat_seconds),
            (jobs.attribute_job, ATTRIBUTE_JOB, s.attribute_interval_seconds),
        ):
            scheduler.add_job(
                job,
                "interval",
                args=[self],
                seconds=seconds,
                id=job_id,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=seconds,
            )
        self.scheduler = scheduler
        self._schedule_campaigns()
        self._schedule_crons()
        scheduler.start()

    def _schedule_campaigns(self) -> None:
        assert self.scheduler is not None
        grace = self.settings.scheduler.misfire_grace_seconds
        for job in self.scheduler.get_jobs():
            if job.id.startswith("campaign:"):
                job.remove()
        for campaign in self._scheduled(self.settings):
            assert campaign.schedule is not None
            self.scheduler.add_job(
                jobs.tick,
                cron_trigger(campaign.schedule, self.settings.tz),
                args=[self, campaign.name],
                id=f"campaign:{campaign.name}",
                coalesce=True,
                max_instances=1,
                misfire_grace_time=max(1, grace),
            )

    def _schedule_crons(self) -> None:
        """[digest] schedule and [model] refit, in [scheduler] timezone (each
        only with its section and schedule)."""
        assert self.scheduler is not None
        digest = self.settings.digest
        for job_id, schedule, tick in (
            (DIGEST_JOB, digest.schedule if digest else None, jobs.digest_tick),
            (REFIT_JOB, refit.refit_schedule(self.settings), refit.refit_tick),
        ):
            if self.scheduler.get_job(job_id):
                self.scheduler.remove_job(job_id)
            if schedule is None:
                continue
            self.scheduler.add_job(
                tick,
                cron_trigger(schedule, self.settings.tz),
                args=[self],
                id=job_id,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=max(1, self.settings.scheduler.misfire_grace_seconds),
            )

    def next_run(self, name: str) -> Any:
        job = self.scheduler.get_job(f"campaign:{name}") if self.scheduler else None
        return job.next_run_time if job else None

    async def _start_web(self) -> None:
        if self.settings.http.listen is None:
            return
        from winback.web import Health, WebServer, build_app

        health = Health(worker_id=self.worker, scheduler_running=self.scheduler_running)
        app = build_app(
            engine=self.engine, settings=self.settings, health=health, metrics=self.metrics
        )
        self.web = WebServer(app, self.settings.http.host, self.settings.http.port)
        await self.web.start()
        log.info("HTTP endpoint on %s", self.settings.http.listen)

    def _install_signals(self) -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self.request_stop, sig.name)
        loop.add_signal_handler(signal.SIGHUP, self.reload)

    def request_stop(self, why: str = "stop requested") -> None:
        if not self.stopping.is_set():
            log.info("%s: stopping (nothing more is claimed; in-flight sends finish)", why)
            self.stopping.set()

    # ------------------------------------------------------------- reload

    def reload(self) -> None:
        """SIGHUP: the new configuration, or the old one and every problem."""
        if self._reload is None:
            return
        try:
            new = self._reload()
        except WinbackError as exc:
            log.error("configuration reload refused; still running on the previous one: %s", exc)
            return
        if new.database.url != self.settings.database.url:
            log.warning("[database] url changed: that takes a restart; the old one stays in use")
        old = self.runtimes
        self.settings = new
        self.runtimes = self._build_runtimes(new, strict=False)
        self._schedule_campaigns()
        self._schedule_crons()
        for name, runtime in old.items():
            self.spawn(_close_when_free, name, runtime)
        log.info(
            "configuration reloaded: %d campaign(s), %d scheduled",
            len(self.runtimes),
            len(self._scheduled(new)),
        )

    # ------------------------------------------------------------- shutdown

    async def _shutdown(self) -> None:
        self.stopping.set()
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        timeout = self.settings.scheduler.shutdown_timeout_seconds
        started = time.monotonic()
        if self.active:
            _, late = await asyncio.wait(set(self.active), timeout=timeout)
            for task in late:
                task.cancel()
            if late:
                log.warning("shutdown timeout (%d s): %d job(s) cancelled", timeout, len(late))
                await asyncio.gather(*late, return_exceptions=True)
        await self._hand_back()
        for runtime in self.runtimes.values():
            with contextlib.suppress(Exception):
                await runtime.aclose()
        if self.web is not None:
            await self.web.stop()
        with contextlib.suppress(Exception):
            await asyncio.to_thread(workers.retire, self.engine, self.worker)
        log.info("daemon %s stopped after %.1f s", self.worker, time.monotonic() - started)

    async def _hand_back(self) -> None:
        """What this worker still holds goes back by the recovery rule."""
        idempotent = {
            name
            for runtime in self.runtimes.values()
            for name, ch in runtime.channels.items()
            if ch.idempotent
        }
        try:
            counts = await asyncio.to_thread(
                outcomes.recover_worker, self.engine, self.worker, idempotent
            )
        except Exception as exc:
            log.error("could not hand back this worker's claims: %s", exc)
            return
        if any(counts.values()):
            log.warning(
                "handed back at shutdown: %d released, %d to retry with the same key, %d unknown",
                counts["released"],
                counts["retried"],
                counts["unknown"],
            )


async def _close_when_free(daemon: Daemon, name: str, runtime: CampaignRuntime) -> None:
    async with daemon.lock(name):
        await runtime.aclose()
