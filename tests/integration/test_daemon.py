"""`winback daemon` as a real process: schedules, status, HTTP, signals, logs."""

from __future__ import annotations

import datetime as dt
import json
import signal
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select

from tests.conftest import write_config
from tests.daemons import DaemonProcess, http_get, status_json, wait_for
from tests.integration.test_run_once import add_clients, campaign_toml, everyone, messages
from tests.servers import SmsGateway, free_port
from winback.models import CampaignRun, Client, Message
from winback.timeutil import now_utc
from winback.workers import fire_once

pytestmark = pytest.mark.slow


def sms_clients(engine: Engine, n: int) -> None:
    add_clients(
        engine,
        [{"external_id": f"c{i:04d}", "phone": f"+7999{i:07d}", **everyone()} for i in range(n)],
    )


def cycles(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(CampaignRun)).scalar_one())


def statuses(engine: Engine) -> dict[str, int]:
    out: dict[str, int] = {}
    for m in messages(engine):
        out[m["status"]] = out.get(m["status"], 0) + 1
    return out


def daemon_config(
    tmp_path: Path,
    url: str,
    gateway: SmsGateway,
    *,
    schedule: str | None = "* * * * *",
    grace: int = 3600,
    http_port: int | None = None,
    log_format: str = "text",
    shutdown: int = 10,
    sms_timeout: float = 2.0,
    **campaign: object,
) -> Path:
    extra = campaign | ({"schedule": schedule} if schedule else {})
    http = f'[http]\nlisten = "127.0.0.1:{http_port}"\n' if http_port else ""
    return write_config(
        tmp_path,
        url,
        f'[logging]\nformat = "{log_format}"\n'
        + http
        + gateway.toml(concurrency=4, rate_per_second=500, timeout_seconds=sms_timeout)
        + campaign_toml(["sms"], **extra),
        scheduler=(
            f"misfire_grace_seconds = {grace}\nsend_interval_seconds = 1\n"
            f"heartbeat_seconds = 1\nshutdown_timeout_seconds = {shutdown}\n"
        ),
    )


def test_a_scheduled_campaign_runs_on_its_cron_time_and_status_and_http_show_it(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    """No catch-up (grace 0): the run comes from the cron trigger itself."""
    sms_clients(sqlite_engine, 20)
    port = free_port()
    cfg = daemon_config(tmp_path, sqlite_url, sms_gateway, grace=0, http_port=port)
    started = time.monotonic()
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        wait_for(lambda: len(sms_gateway.messages) == 20, 75, "20 SMS from the cron tick")
        assert time.monotonic() - started < 75
        status, body = http_get(f"http://127.0.0.1:{port}/healthz")
        assert status == 200, body
        assert json.loads(body) == {
            "status": "ok",
            "database": "ok",
            "scheduler": "running",
            "worker": "w1",
        }
        status, metrics = http_get(f"http://127.0.0.1:{port}/metrics")
        assert status == 200
        assert 'winback_messages_total{campaign="winback",channel="sms",status="sent"} 20.0' in (
            metrics
        )
        assert "winback_database_up 1.0" in metrics
        report = status_json(cfg)
        (campaign,) = report["campaigns"]
        assert campaign["schedule"] == "* * * * *"
        next_run = dt.datetime.fromisoformat(campaign["next_run"])
        assert next_run.utcoffset() == dt.timedelta(hours=3)  # Europe/Moscow
        assert dt.timedelta(0) < next_run - now_utc() <= dt.timedelta(seconds=61)
        assert campaign["last_cycle"]["sent"] == 20
        (worker,) = report["workers"]
        assert worker["id"] == "w1" and worker["alive"] and worker["sent_24h"] == 20
    finally:
        code = daemon.stop()
    assert code == 0, daemon.log()
    assert statuses(sqlite_engine) == {"sent": 20}
    assert status_json(cfg)["workers"][0]["alive"] is False  # retired at a clean exit


def test_missed_times_are_coalesced_into_one_run_at_start(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    sms_clients(sqlite_engine, 5)
    ten_minutes_ago = now_utc().replace(second=0, microsecond=0) - dt.timedelta(minutes=10)
    assert fire_once(sqlite_engine, "winback", ten_minutes_ago, "earlier-daemon")
    # every minute since was missed; the hourly one has its last time out of grace
    cfg = daemon_config(tmp_path, sqlite_url, sms_gateway, schedule="*/1 * * * *")
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        wait_for(lambda: len(sms_gateway.messages) == 5, 30, "the coalesced run")
        time.sleep(2)
        assert cycles(sqlite_engine) == 1
    finally:
        assert daemon.stop() == 0, daemon.log()
    assert "running the missed scheduled time" in daemon.log()


def test_a_missed_time_beyond_the_grace_is_not_run_at_start(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    sms_clients(sqlite_engine, 5)
    two_hours_ago = now_utc().astimezone(dt.timezone(dt.timedelta(hours=3))) - dt.timedelta(hours=2)
    daily = f"{two_hours_ago.minute} {two_hours_ago.hour} * * *"  # Moscow time, daily
    cfg = daemon_config(tmp_path, sqlite_url, sms_gateway, schedule=daily, grace=3600)
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        wait_for(lambda: "started" in daemon.log(), 30, "the daemon to start")
        time.sleep(3)  # the send job has run twice by now
        assert cycles(sqlite_engine) == 0
    finally:
        assert daemon.stop() == 0, daemon.log()


def test_a_second_daemon_on_sqlite_exits_2_naming_the_live_one(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    cfg = daemon_config(tmp_path, sqlite_url, sms_gateway, schedule=None)
    env = {sms_gateway.token_env: sms_gateway.token}
    first = DaemonProcess(cfg, "first-worker", env)
    try:
        wait_for(lambda: "started" in first.log(), 30, "the first daemon to start")
        second = DaemonProcess(cfg, "second-worker", env)
        assert second.wait(30) == 2
        assert "first-worker" in second.log()
        assert "Traceback" not in second.log()
        assert first.alive()
    finally:
        assert first.stop() == 0, first.log()
    third = DaemonProcess(cfg, "third-worker", env)  # the first retired: the slot is free
    try:
        wait_for(lambda: "started" in third.log(), 30, "the third daemon to start")
    finally:
        assert third.stop() == 0, third.log()


def claimed(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).select_from(Message).where(Message.claimed_by.is_not(None))
            ).scalar_one()
        )


def test_sigterm_lets_sends_in_flight_finish_and_starts_no_more(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    sms_clients(sqlite_engine, 40)
    sms_gateway.fail("hang", times=None, seconds=1.0)  # every SMS takes 1 s to be accepted
    cfg = daemon_config(tmp_path, sqlite_url, sms_gateway)
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        wait_for(lambda: len(sms_gateway.requests) >= 4, 30, "sends in flight")
    finally:
        daemon.signal(signal.SIGTERM)
        stopped = time.monotonic()
        code = daemon.wait(30)
    assert code == 0, daemon.log()
    assert time.monotonic() - stopped < 8  # well before the 10 s shutdown timeout
    counts = statuses(sqlite_engine)
    assert set(counts) == {"sent", "pending"}, counts
    assert counts["sent"] == len(sms_gateway.messages) >= 4  # in flight: finished and recorded
    assert claimed(sqlite_engine) == 0  # the rest handed back, unclaimed


def test_sigterm_at_the_timeout_hands_back_what_is_still_in_flight(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    sms_clients(sqlite_engine, 10)
    sms_gateway.fail("hang", times=None, seconds=6.0)
    cfg = daemon_config(tmp_path, sqlite_url, sms_gateway, shutdown=1, sms_timeout=10.0)
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        wait_for(lambda: len(sms_gateway.requests) >= 4, 30, "sends in flight")
    finally:
        daemon.signal(signal.SIGTERM)
        stopped = time.monotonic()
        code = daemon.wait(30)
    assert code == 0, daemon.log()
    assert time.monotonic() - stopped < 5
    # Requests went out without an answer: the gateway deduplicates on the
    # key, so they go back to pending to be sent again with the same key.
    assert statuses(sqlite_engine) == {"pending": 10}
    assert claimed(sqlite_engine) == 0
    assert "4 to retry with the same key" in daemon.log()


def test_sighup_applies_a_good_config_and_keeps_the_old_one_on_a_bad_one(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    sms_clients(sqlite_engine, 3)
    port = free_port()
    cfg = daemon_config(tmp_path, sqlite_url, sms_gateway, schedule=None, http_port=port)
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        wait_for(lambda: "started" in daemon.log(), 30, "start")
        good = cfg.read_text(encoding="utf-8")
        cfg.write_text(good + "unknown_key = 1\n", encoding="utf-8")
        daemon.signal(signal.SIGHUP)
        wait_for(lambda: "reload refused" in daemon.log(), 30, "the refused reload")
        assert "unknown_key" in daemon.log()
        assert daemon.alive()
        assert http_get(f"http://127.0.0.1:{port}/healthz")[0] == 200
        # a schedule added by a good reload applies from then on
        cfg.write_text(
            daemon_config(tmp_path, sqlite_url, sms_gateway, http_port=port, grace=0).read_text(
                encoding="utf-8"
            ),
            encoding="utf-8",
        )
        daemon.signal(signal.SIGHUP)
        wait_for(lambda: "configuration reloaded" in daemon.log(), 30, "the good reload")
        wait_for(lambda: len(sms_gateway.messages) == 3, 75, "the newly scheduled run")
    finally:
        assert daemon.stop() == 0, daemon.log()


def test_json_logs_parse_and_carry_no_address(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    sms_clients(sqlite_engine, 5)
    with sqlite_engine.begin() as conn:
        conn.execute(
            insert(Client).values(
                external_id="mail1", email="anna.secret@example.com", **everyone()
            )
        )
    sms_gateway.fail("server_error", times=2)  # failures are logged with their recipient's key
    cfg = daemon_config(tmp_path, sqlite_url, sms_gateway, log_format="json")
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        wait_for(lambda: len(sms_gateway.messages) == 5, 60, "the run")
    finally:
        assert daemon.stop() == 0, daemon.log()
    lines = [line for line in daemon.log().splitlines() if line.strip()]
    assert lines
    records = [json.loads(line) for line in lines]
    for r in records:
        assert {"time", "level", "logger", "message"} <= r.keys()
        assert r["time"].endswith(("Z", "+00:00"))
    assert any(r.get("campaign") == "winback" and r.get("worker") == "w1" for r in records)
    text = daemon.log()
    assert "anna.secret@example.com" not in text
    assert not any(f"+7999{i:07d}" in text for i in range(5))


def test_cron_semantics_seen_through_status_next_run(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    """Sunday as 0 and 7, names, and day-of-month OR day-of-week, as `status`
    reports the next run in the scheduler's zone (Europe/Moscow)."""
    schedules = {
        "sun0": "0 3 * * 0",
        "sun7": "0 3 * * 7",
        "named": "0 3 * * SUN",
        "either": "0 9 13 * fri",
    }
    toml = "".join(
        campaign_toml(["sms"], name=name, schedule=expr) for name, expr in schedules.items()
    )
    cfg = write_config(tmp_path, sqlite_url, sms_gateway.toml() + toml)
    report = {c["name"]: c for c in status_json(cfg)["campaigns"]}
    now = now_utc()
    for name in ("sun0", "sun7", "named"):
        nxt = dt.datetime.fromisoformat(report[name]["next_run"])
        assert nxt.isoweekday() == 7, (name, nxt)  # Sunday, not Monday
        assert (nxt.hour, nxt.minute) == (3, 0) and nxt.utcoffset() == dt.timedelta(hours=3)
        assert dt.timedelta(0) < nxt - now <= dt.timedelta(days=7)
    either = dt.datetime.fromisoformat(report["either"]["next_run"])
    assert either.day == 13 or either.isoweekday() == 5, either
    assert (either.hour, either.minute) == (9, 0)
    here = now.astimezone(either.tzinfo)
    friday = here.replace(hour=9, minute=0, second=0, microsecond=0) + dt.timedelta(
        days=(5 - here.isoweekday()) % 7
    )
    if friday <= here:
        friday += dt.timedelta(days=7)
    assert either <= friday  # the next Friday at the latest: never waits for both to match
