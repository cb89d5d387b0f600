"""The daemon's refit of the BG/NBD model at ``[model] refit`` (cron, in
[scheduler] timezone): `winback model fit` as of each scheduled time, in the
[model] unit, by the one worker that records that time first under the key
``@model`` in ``schedule_fires`` (as the digest does under ``@digest``). A fit
that does not converge is logged and stores nothing; the previous fit stays
in use."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import TYPE_CHECKING

from winback.config import Settings
from winback.daemon.jobs import cron_catch_up, cron_time, failed, fired_here
from winback.logs import log_context
from winback.model.bgnbd import FitError
from winback.timeutil import now_utc

if TYPE_CHECKING:
    from winback.daemon.service import Daemon

log = logging.getLogger("winback.daemon")

# No campaign name can start with '@': the key never meets a campaign's.
MODEL_KEY = "@model"


def refit_schedule(settings: Settings) -> str | None:
    return settings.model.refit if settings.model else None


async def refit_tick(daemon: Daemon) -> None:
    """The scheduler's job for the refit, in a task of its own."""
    scheduled = cron_time(daemon, refit_schedule(daemon.settings), now_utc())
    if scheduled is not None:
        daemon.spawn(run_refit, scheduled)


async def refit_catch_up(daemon: Daemon) -> None:
    """At start: a refit time missed within the misfire grace, once."""
    await cron_catch_up(daemon, MODEL_KEY, refit_schedule(daemon.settings), run_refit)


async def run_refit(daemon: Daemon, scheduled: dt.datetime) -> None:
    from winback.model.run import fit_and_store

    settings = daemon.settings
    if daemon.stopping.is_set() or settings.model is None:
        return
    with log_context(job="model", worker=daemon.worker):
        try:
            if not await fired_here(daemon, MODEL_KEY, scheduled, "model refit"):
                return
            run = await asyncio.to_thread(
                fit_and_store,
                daemon.engine,
                as_of=scheduled,
                unit=settings.model.unit,
                timezone=settings.tz,
            )
        except FitError as exc:
            log.error("model refit %s: %s", scheduled.isoformat(), exc)
            return
        except Exception as exc:
            failed(daemon, MODEL_KEY, "model refit", exc)
            return
        daemon.database_ok()
        log.info("model refit %s: %s", scheduled.isoformat(), run.line())
