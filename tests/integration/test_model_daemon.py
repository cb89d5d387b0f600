"""The daemon's refit of the model at [model] refit: as of its scheduled time,
in the [model] unit, once across workers (``schedule_fires`` under
``@model``); a fit that cannot converge stores nothing. Real daemon processes."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from tests.conftest import write_config
from tests.daemons import DaemonProcess, wait_for

# server_engine: a fixture (PostgreSQL and MariaDB), used by the last test
from tests.integration.test_digest_daemon import server_engine, ten_minutes_ago  # noqa: F401
from tests.integration.test_model_cli import load, simulated_orders
from winback.models import ModelFit, ScheduleFire, table_of, to_epoch
from winback.timeutil import now_utc

pytestmark = pytest.mark.slow

FITS = table_of(ModelFit)


def refit_config(tmp_path: Path, url: str, at: dt.datetime) -> Path:
    return write_config(
        tmp_path,
        url,
        f'[model]\nrefit = "{at.minute} {at.hour} * * *"\nunit = "days"\n',
        scheduler="misfire_grace_seconds = 3600\nsend_interval_seconds = 1\nheartbeat_seconds = 1\n",
    )


def fits(engine: Engine) -> list[tuple[int, str, int]]:
    with engine.connect() as conn:
        rows = conn.execute(select(FITS.c.as_of, FITS.c.unit, FITS.c.clients))
        return [(to_epoch(r.as_of), r.unit, r.clients) for r in rows]


def model_fires(engine: Engine) -> list[tuple[dt.datetime, str]]:
    t = table_of(ScheduleFire)
    with engine.connect() as conn:
        rows = conn.execute(select(t.c.scheduled_at, t.c.worker).where(t.c.campaign == "@model"))
        return [(r.scheduled_at, r.worker) for r in rows]


def recent_orders(clients: int) -> dict[int, list[int]]:
    """simulated_orders, moved so that they end before now."""
    shift = to_epoch(now_utc()) - 86_400 - to_epoch(dt.datetime(2026, 6, 1, tzinfo=dt.UTC))
    return {c: [t + shift for t in times] for c, times in simulated_orders(clients).items()}


def test_the_daemon_refits_the_model_at_its_time(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path
) -> None:
    load(sqlite_engine, recent_orders(300))
    at = ten_minutes_ago()
    daemon = DaemonProcess(refit_config(tmp_path, sqlite_url, at), "w1")
    try:
        wait_for(lambda: fits(sqlite_engine), 60, "the refit")
        time.sleep(2)  # and no second one
    finally:
        assert daemon.stop() == 0, daemon.log()
    assert fits(sqlite_engine) == [(to_epoch(at), "days", 300)]
    assert model_fires(sqlite_engine) == [(at.astimezone(dt.UTC), "w1")]
    assert "model refit" in daemon.log() and "300 clients" in daemon.log()


def test_a_refit_that_cannot_converge_stores_nothing(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path
) -> None:
    day_ago = to_epoch(now_utc()) - 86_400
    load(sqlite_engine, {1: [day_ago - 86_400 * 30], 2: [day_ago]})  # no repeat purchase
    daemon = DaemonProcess(refit_config(tmp_path, sqlite_url, ten_minutes_ago()), "w1")
    try:
        wait_for(lambda: "no client has a repeat purchase" in daemon.log(), 60, "the refit")
        assert daemon.alive()
    finally:
        assert daemon.stop() == 0, daemon.log()
    assert fits(sqlite_engine) == []
    assert len(model_fires(sqlite_engine)) == 1  # the time was run, not to be tried again


def test_two_workers_fit_once(server_engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    load(server_engine, recent_orders(300))
    at = ten_minutes_ago()
    url = server_engine.url.render_as_string(hide_password=False)
    cfg = refit_config(tmp_path, url, at)
    daemons = [DaemonProcess(cfg, f"w{i}") for i in (1, 2)]
    try:
        wait_for(lambda: fits(server_engine), 60, "the refit")
        wait_for(lambda: all("started" in d.log() for d in daemons), 30, "both daemons")
        time.sleep(3)
    finally:
        for d in daemons:
            assert d.stop() == 0, d.log()
    assert fits(server_engine) == [(to_epoch(at), "days", 300)]
    assert [f[0] for f in model_fires(server_engine)] == [at.astimezone(dt.UTC)]
