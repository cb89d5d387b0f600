"""The daemon's digest: sent at its [digest] schedule as of that time, once
across workers (``schedule_fires`` under ``@digest``), and `winback digest`
itself on a real database. Real daemon processes and a real SMTP server."""

from __future__ import annotations

import datetime as dt
import email.policy
import time
from collections.abc import Iterator
from email.parser import BytesParser
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from tests.conftest import fresh_database_url, run_cli, write_config
from tests.daemons import DaemonProcess, wait_for, winback_env
from tests.servers import SmtpServer
from winback import migrate
from winback.db import make_engine
from winback.models import ScheduleFire
from winback.timeutil import now_utc
from winback.workers import fire_once

pytestmark = pytest.mark.slow

MOSCOW = dt.timezone(dt.timedelta(hours=3))  # write_config's [scheduler] timezone, no DST


@pytest.fixture(params=["postgresql", "mysql"])
def server_engine(
    request: pytest.FixtureRequest, tmp_path: Path, _servers: dict[str, Engine]
) -> Iterator[Engine]:
    for url in fresh_database_url(request.param, tmp_path / "db", _servers):
        eng = make_engine(url)
        migrate.upgrade(eng)
        yield eng
        eng.dispose()


def ten_minutes_ago() -> dt.datetime:
    """A daily digest time 10 minutes ago, in Moscow, to the minute: within
    the misfire grace, so a starting daemon sends it (once)."""
    return (now_utc().astimezone(MOSCOW) - dt.timedelta(minutes=10)).replace(
        second=0, microsecond=0
    )


def digest_config(tmp_path: Path, url: str, smtp: SmtpServer, at: dt.datetime) -> Path:
    return write_config(
        tmp_path,
        url,
        smtp.toml() + f'[digest]\nschedule = "{at.minute} {at.hour} * * *"\n'
        'channels = ["email"]\nemail_to = ["boss@shop.example"]\n',
        scheduler="misfire_grace_seconds = 3600\nsend_interval_seconds = 1\nheartbeat_seconds = 1\n",
    )


def fires(engine: Engine) -> list[tuple[dt.datetime, str]]:
    t = ScheduleFire.__table__
    with engine.connect() as conn:
        rows = conn.execute(select(t.c.scheduled_at, t.c.worker).where(t.c.campaign == "@digest"))
        return [(r.scheduled_at, r.worker) for r in rows]


def test_the_daemon_sends_the_digest_at_its_time(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    at = ten_minutes_ago()
    daemon = DaemonProcess(digest_config(tmp_path, sqlite_url, smtp_server, at), "w1")
    try:
        wait_for(lambda: smtp_server.messages, 60, "the digest")
        time.sleep(2)  # and no second one
    finally:
        assert daemon.stop() == 0, daemon.log()
    (mail,) = smtp_server.messages
    parsed = BytesParser(policy=email.policy.default).parsebytes(mail.data)
    assert parsed["Subject"] == f"winback: weekly digest, {at:%Y-%m-%d}"
    body = parsed.get_body(("plain",))
    assert body is not None
    # as of the scheduled time: the week ends there
    assert f"– {at:%Y-%m-%d %H:%M} +03:00)" in body.get_content().splitlines()[0]
    assert [a.get_filename() for a in parsed.iter_attachments()] == ["report.html"]
    assert fires(sqlite_engine) == [(at.astimezone(dt.UTC), "w1")]
    log = daemon.log()
    assert "digest " in log and "1 sent, 0 failed" in log
    assert "boss@shop.example" not in log


def test_a_digest_time_another_worker_recorded_is_not_sent_again(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    at = ten_minutes_ago()
    assert fire_once(sqlite_engine, "@digest", at, "earlier-daemon")
    daemon = DaemonProcess(digest_config(tmp_path, sqlite_url, smtp_server, at), "w1")
    try:
        wait_for(lambda: "started" in daemon.log(), 30, "the daemon to start")
        time.sleep(3)
    finally:
        assert daemon.stop() == 0, daemon.log()
    assert smtp_server.messages == []


def test_two_workers_send_one_digest(
    server_engine: Engine, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    at = ten_minutes_ago()
    url = server_engine.url.render_as_string(hide_password=False)
    cfg = digest_config(tmp_path, url, smtp_server, at)
    daemons = [DaemonProcess(cfg, f"w{i}") for i in (1, 2)]
    try:
        wait_for(lambda: smtp_server.messages, 60, "the digest")
        wait_for(lambda: all("started" in d.log() for d in daemons), 30, "both daemons")
        time.sleep(3)
    finally:
        for d in daemons:
            assert d.stop() == 0, d.log()
    assert len(smtp_server.messages) == 1
    assert [f[0] for f in fires(server_engine)] == [at.astimezone(dt.UTC)]


def test_digest_prints_the_figures_of_a_real_database(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, smtp_server: SmtpServer
) -> None:
    cfg = digest_config(tmp_path, sqlite_url, smtp_server, ten_minutes_ago())
    as_of = "2026-12-07T09:00:00+03:00"
    printed = run_cli("--config", str(cfg), "digest", "--as-of", as_of, env=winback_env())
    assert printed.returncode == 0, printed.stderr
    lines = printed.stdout.splitlines()
    assert lines[0] == "winback: weekly digest, 2026-12-07"
    assert lines[2] == (
        "Assigned in the last 7 days (2026-11-30 09:00 +03:00 – 2026-12-07 09:00 +03:00)"
    )
    assert "Results of the last 12 months (as of 2026-12-07 09:00 +03:00)" in lines
    sent = run_cli("--config", str(cfg), "digest", "--send", "--as-of", as_of, env=winback_env())
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.splitlines() == ["email to b***@s***.example: sent"]
    assert len(smtp_server.messages) == 1
