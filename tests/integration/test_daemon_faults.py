"""Several daemons on one server database, and the faults a daemon survives:
a worker SIGKILLed mid-send, the database cut for 20 s, the SMS gateway down
for a minute, a channel refusing its login. Real processes throughout."""

from __future__ import annotations

import collections
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.engine import make_url

from tests.conftest import fresh_database_url, write_config
from tests.daemons import DaemonProcess, wait_for, winback_env
from tests.integration.test_daemon import cycles, daemon_config, sms_clients, statuses
from tests.integration.test_run_once import campaign_toml
from tests.netproxy import TcpProxy
from tests.servers import SmsGateway, SmtpServer
from winback import migrate
from winback.db import make_engine
from winback.models import Client, Message

pytestmark = pytest.mark.slow


@pytest.fixture(params=["postgresql", "mysql"])
def server_url(
    request: pytest.FixtureRequest, tmp_path: Path, _servers: dict[str, Engine]
) -> Iterator[str]:
    yield from fresh_database_url(request.param, tmp_path / "db", _servers)


@pytest.fixture
def pg_url(tmp_path: Path, _servers: dict[str, Engine]) -> Iterator[str]:
    yield from fresh_database_url("postgresql", tmp_path / "db", _servers)


@pytest.fixture
def server_engine(server_url: str) -> Iterator[Engine]:
    eng = make_engine(server_url)
    migrate.upgrade(eng)
    yield eng
    eng.dispose()


def once_each(gateway: SmsGateway) -> dict[str, set[str | None]]:
    """Per phone, the distinct message ids the gateway accepted for it."""
    ids = collections.defaultdict(set)
    for sms in gateway.messages:
        ids[sms.to].add(sms.id)
    return ids


def test_three_daemons_share_a_cycle_each_client_once_one_killed(
    pg_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    n = 3000
    engine = make_engine(pg_url)
    migrate.upgrade(engine)
    sms_clients(engine, n)
    sms_gateway.fail("hang", times=None, seconds=0.01)
    cfg = daemon_config(tmp_path, pg_url, sms_gateway, max_per_run=n)
    env = {sms_gateway.token_env: sms_gateway.token}
    daemons = [DaemonProcess(cfg, f"w{i}", env) for i in (1, 2, 3)]
    try:
        wait_for(lambda: len(sms_gateway.messages) >= 600, 120, "600 SMS")
        daemons[1].kill()  # SIGKILL mid-send: its claims are recovered by the others
        wait_for(lambda: len(once_each(sms_gateway)) == n, 240, f"{n} phones", step=0.5)
        wait_for(lambda: statuses(engine) == {"sent": n}, 60, "every message recorded sent")
    finally:
        codes = [d.stop() for d in (daemons[0], daemons[2])]
        daemons[1].kill()
    assert codes == [0, 0], daemons[0].log() + daemons[2].log()
    ids = once_each(sms_gateway)
    assert all(len(v) == 1 for v in ids.values())  # never a second, different message
    with engine.connect() as conn:
        by_worker = dict(
            conn.execute(select(Message.sent_by, func.count()).group_by(Message.sent_by)).all()
        )
    assert sum(by_worker.values()) == n
    assert len([w for w, c in by_worker.items() if c > 0]) >= 2, by_worker
    planned = sum("planned cycle" in d.log() for d in daemons)
    assert planned == 1  # one worker planned; the others sent its plan
    engine.dispose()


def test_the_database_cut_for_20_seconds_mid_send(
    server_url: str, server_engine: Engine, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    n = 300
    sms_clients(server_engine, n)
    sms_gateway.fail("hang", times=None, seconds=0.05)
    url = make_url(server_url)
    with TcpProxy(url.port or 5432) as proxy:
        via_proxy = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        cfg = daemon_config(tmp_path, via_proxy, sms_gateway, max_per_run=n)
        daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
        try:
            wait_for(lambda: len(sms_gateway.messages) >= 60, 60, "the send to be under way")
            proxy.cut()
            cut_at = len(sms_gateway.messages)
            time.sleep(20)
            assert daemon.alive()
            assert len(sms_gateway.messages) <= cut_at + 8  # nothing sent unrecorded
            proxy.restore()
            wait_for(lambda: len(once_each(sms_gateway)) == n, 120, f"{n} phones", step=0.5)
            wait_for(lambda: statuses(server_engine) == {"sent": n}, 60, "all recorded")
            assert daemon.alive()
        finally:
            code = daemon.stop()
    assert code == 0, daemon.log()
    assert all(len(v) == 1 for v in once_each(sms_gateway).values())
    log = daemon.log()
    assert log.count("database unreachable") == 1, log  # once per outage
    assert "database reachable again" in log
    assert "Traceback" not in log


def test_a_gateway_down_for_a_minute_fails_nothing_with_the_defaults(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    sms_clients(sqlite_engine, 5)
    sms_gateway.fail("server_error", times=None)
    cfg = write_config(
        tmp_path,
        sqlite_url,
        sms_gateway.toml() + campaign_toml(["sms"], schedule="* * * * *"),
        scheduler="send_interval_seconds = 5\nheartbeat_seconds = 1\n",
    )
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        wait_for(lambda: len(sms_gateway.requests) >= 5, 30, "the first attempts")
        time.sleep(60)
        sms_gateway.clear_faults()
        wait_for(lambda: len(sms_gateway.messages) == 5, 120, "the sends after recovery")
        wait_for(lambda: statuses(sqlite_engine) == {"sent": 5}, 30, "all recorded sent")
    finally:
        assert daemon.stop() == 0, daemon.log()
    assert all(len(v) == 1 for v in once_each(sms_gateway).values())


def test_a_refused_login_stops_that_campaign_until_its_next_tick_others_go_on(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    sms_clients(sqlite_engine, 5)
    with sqlite_engine.begin() as conn:
        conn.execute(
            Client.__table__.update().values(email=func.lower(Client.external_id) + "@ex.ru")
        )
    with SmtpServer(username="shop", password="right") as smtp:
        cfg = write_config(
            tmp_path,
            sqlite_url,
            smtp.toml()
            + sms_gateway.toml()
            + campaign_toml(["sms"], schedule="* * * * *")
            + campaign_toml(["email"], name="mail", schedule="0 0 1 1 *"),
            scheduler="send_interval_seconds = 1\nheartbeat_seconds = 1\n",
        )
        env = {sms_gateway.token_env: sms_gateway.token, smtp.password_env: "wrong"}
        planned = subprocess.run(
            [
                sys.executable,
                "-m",
                "winback",
                "--config",
                str(cfg),
                "run-once",
                "mail",
                "--plan-only",
            ],
            env=winback_env(env),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert planned.returncode == 0, planned.stderr
        daemon = DaemonProcess(cfg, "w1", env)
        try:
            wait_for(lambda: len(sms_gateway.messages) == 5, 60, "the other campaign's SMS")
            wait_for(lambda: "sending stops until its next tick" in daemon.log(), 30, "the stop")
            time.sleep(4)  # four send intervals: the stopped campaign is not retried
        finally:
            assert daemon.stop() == 0, daemon.log()
        assert daemon.log().count("sending stops until its next tick") == 1
        assert not smtp.messages


def test_a_tick_waits_for_no_other_workers_tick_of_the_campaign(
    server_url: str, server_engine: Engine, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    """A campaign never has two ticks running at once, across workers: while
    another worker holds the campaign's tick lock, a tick is skipped."""
    from winback.planlock import PlanningLock

    sms_clients(server_engine, 3)
    other = PlanningLock(server_engine, "tick:winback")  # another worker's tick, running
    assert other.try_acquire()
    cfg = daemon_config(tmp_path, server_url, sms_gateway)
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        wait_for(lambda: "still running" in daemon.log(), 30, "the skipped tick")
        time.sleep(2)
        assert cycles(server_engine) == 0 and not sms_gateway.requests
    finally:
        other.release()
        assert daemon.stop() == 0, daemon.log()
    assert "another worker's tick of winback is still running" in daemon.log()
