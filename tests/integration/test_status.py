"""`winback status`: the JSON's keys and counts, and the table, on a database
with an open cycle, a finished one, a disabled campaign and two workers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, update

from tests.conftest import run_cli, write_config
from tests.integration.test_run_once import SECRET, campaign_toml
from tests.integration.test_workers import add_sms_clients, age
from tests.servers import SmsGateway
from winback import workers
from winback.models import Message

pytestmark = pytest.mark.slow

CAMPAIGN_KEYS = {
    "name",
    "enabled",
    "schedule",
    "next_run",
    "open_cycle",
    "counts",
    "last_cycle",
}
COUNT_KEYS = {"pending", "deferred", "sending", "sent", "failed", "unknown"}
WORKER_KEYS = {"id", "started_at", "last_seen", "alive", "sent_24h"}


def three_campaigns() -> str:
    """`winback` on a schedule, `manual` without one, `paused` disabled with one."""
    first = campaign_toml(["sms"], schedule="30 9 * * 1")
    manual = campaign_toml(["sms"]).replace('name = "winback"', 'name = "manual"')
    paused = campaign_toml(["sms"], enabled=False, schedule="0 10 * * *").replace(
        'name = "winback"', 'name = "paused"'
    )
    return first + manual + paused


def parse(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    assert moment.utcoffset() == dt.timedelta(hours=3)  # Europe/Moscow, the config's zone
    return moment


def test_status_json_and_table(
    engine: Engine, db_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    add_sms_clients(engine, 4, 900)
    sms_gateway.fail("reject", times=None, recipient="+79999000003")
    cfg = write_config(tmp_path, db_url, sms_gateway.toml() + three_campaigns())
    env = {sms_gateway.token_env: sms_gateway.token, "WINBACK_UNSUBSCRIBE_SECRET": SECRET}
    cli = ["--config", str(cfg)]
    # manual: one finished cycle (3 sent, 1 rejected), then a second planned only
    done = run_cli(*cli, "run-once", "manual", env=env)
    assert done.returncode == 0, done.stderr
    workers.register(engine, "daemon-a", 10)
    workers.register(engine, "daemon-b", 10)
    age(engine, "daemon-b", 60)
    # winback: planned only, one message marked as a worker would leave it mid-send
    planned = run_cli(*cli, "run-once", "winback", "--plan-only", env=env)
    assert planned.returncode == 0, planned.stderr
    with engine.begin() as conn:
        conn.execute(
            update(Message)
            .where(Message.campaign == "winback", Message.client_id == 1)
            .values(status="sending", claimed_by="daemon-a")
        )
        conn.execute(
            update(Message)
            .where(Message.campaign == "manual", Message.status == "sent")
            .values(sent_by="daemon-a")
        )

    shown = run_cli(*cli, "status", "--format", "json", env=env)
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout)
    assert set(report) == {"campaigns", "workers", "open_call_tasks"}
    by_name = {c["name"]: c for c in report["campaigns"]}
    assert list(by_name) == ["winback", "manual", "paused"]
    for c in report["campaigns"]:
        assert set(c) == CAMPAIGN_KEYS and set(c["counts"]) == COUNT_KEYS

    winback = by_name["winback"]
    assert (winback["enabled"], winback["schedule"]) == (True, "30 9 * * 1")
    nxt = parse(winback["next_run"])
    assert (nxt.weekday(), nxt.hour, nxt.minute) == (0, 9, 30)  # cron's 1 is Monday
    assert winback["open_cycle"]["number"] == 1 and parse(winback["open_cycle"]["planned_at"])
    assert winback["counts"] == {
        "pending": 3,
        "deferred": 0,
        "sending": 1,
        "sent": 0,
        "failed": 0,
        "unknown": 0,
    }
    assert winback["last_cycle"] is None

    manual = by_name["manual"]
    assert (manual["schedule"], manual["next_run"], manual["open_cycle"]) == (None, None, None)
    assert manual["counts"] == dict.fromkeys(COUNT_KEYS, 0)
    last = manual["last_cycle"]
    assert set(last) == {"number", "finished_at", "sent", "failed"}
    assert (last["number"], last["sent"], last["failed"]) == (1, 3, 1)
    parse(last["finished_at"])

    paused = by_name["paused"]
    assert (paused["enabled"], paused["schedule"], paused["next_run"]) == (
        False,
        "0 10 * * *",
        None,
    )

    assert [w["id"] for w in report["workers"]] == ["daemon-a", "daemon-b"]
    for w in report["workers"]:
        assert set(w) == WORKER_KEYS
        parse(w["started_at"]) and parse(w["last_seen"])
    assert [(w["alive"], w["sent_24h"]) for w in report["workers"]] == [(True, 3), (False, 0)]

    table = run_cli(*cli, "status", env=env)
    assert table.returncode == 0, table.stderr
    assert "daemon-a" in table.stdout and "30 9 * * 1" in table.stdout
    assert "3 sent, 1 failed" in table.stdout and "…" not in table.stdout  # nothing cut


def test_status_on_an_empty_database(engine: Engine, db_url: str, tmp_path: Path) -> None:
    cfg = write_config(tmp_path, db_url, "")
    shown = run_cli("--config", str(cfg), "status", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout) == {"campaigns": [], "workers": [], "open_call_tasks": 0}
    table = run_cli("--config", str(cfg), "status")
    assert table.returncode == 0 and "no worker seen" in table.stdout
    # a worker id is data (--worker-id): printed as it is, never as markup
    workers.register(engine, "[bold]w[/bold]\x1b[2J", 10)
    table = run_cli("--config", str(cfg), "status")
    assert table.returncode == 0, table.stderr
    assert "[bold]w[/bold]\\x1b[2J" in table.stdout and "\x1b" not in table.stdout
