"""`run-once --plan-only` and `send-due`: a plan reviewed, then sent once by
the same claim → send → record loop as run-once; disabled campaigns and
campaigns whose channel cannot run are left alone."""

from __future__ import annotations

import asyncio
import collections
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from tests.conftest import run_cli, write_config
from tests.integration.test_run_once import SECRET, add_clients, campaign_toml, everyone
from tests.integration.test_workers import add_sms_clients
from tests.servers import SmsGateway, TelegramServer
from winback import runner, workers
from winback.config import load_config
from winback.metrics import Metrics
from winback.models import Message
from winback.runner import CampaignRuntime, RunOptions
from winback.timeutil import now_utc

pytestmark = pytest.mark.slow


def two_campaigns(first: list[str], second: list[str], *, second_enabled: bool = True) -> str:
    """`winback` and `second`, each taking every lost client on its channels."""
    other = campaign_toml(second, enabled=second_enabled).replace(
        'name = "winback"', 'name = "second"'
    )
    return campaign_toml(first) + other


def by_campaign(engine: Engine) -> dict[str, collections.Counter[str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(Message.campaign, Message.status)).all()
    out: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for campaign, status in rows:
        out[campaign][status] += 1
    return dict(out)


def test_a_plan_only_cycle_is_sent_once_by_send_due(
    engine: Engine, db_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    add_sms_clients(engine, 5, 500)
    cfg = write_config(tmp_path, db_url, sms_gateway.toml() + campaign_toml(["sms"]))
    env = {sms_gateway.token_env: sms_gateway.token, "WINBACK_UNSUBSCRIBE_SECRET": SECRET}

    planned = run_cli("--config", str(cfg), "run-once", "winback", "--plan-only", env=env)
    assert planned.returncode == 0, planned.stderr
    assert "plan (nothing sent)" in planned.stdout and "selected" in planned.stdout
    assert sms_gateway.requests == [] and by_campaign(engine) == {"winback": {"pending": 5}}
    again = run_cli("--config", str(cfg), "run-once", "winback", "--plan-only", env=env)
    assert again.returncode == 0 and "resumed" in again.stdout  # the open cycle is kept
    assert by_campaign(engine) == {"winback": {"pending": 5}}

    sent = run_cli("--config", str(cfg), "send-due", env=env)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.strip() == (
        "winback: cycle 1 (finished): sent 5, failed 0, deferred 0, unknown 0, pending 0"
    )
    assert sorted(m.to for m in sms_gateway.messages) == [f"+7999500{i:04d}" for i in range(5)]
    assert by_campaign(engine) == {"winback": {"sent": 5}}
    with engine.connect() as conn:
        senders = set(conn.execute(select(Message.sent_by)).scalars())
    assert len(senders) == 1 and None not in senders  # the send-due's worker id

    nothing = run_cli("--config", str(cfg), "send-due", env=env)
    assert nothing.returncode == 0, nothing.stderr
    assert "nothing due" in nothing.stdout
    assert len(sms_gateway.messages) == 5  # nobody twice


def test_send_due_leaves_disabled_campaigns_alone(
    engine: Engine, db_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    add_sms_clients(engine, 3, 600)
    env = {sms_gateway.token_env: sms_gateway.token, "WINBACK_UNSUBSCRIBE_SECRET": SECRET}
    cfg = write_config(tmp_path, db_url, sms_gateway.toml() + two_campaigns(["sms"], ["sms"]))
    for name in ("winback", "second"):
        done = run_cli("--config", str(cfg), "run-once", name, "--plan-only", env=env)
        assert done.returncode == 0, done.stderr
    # the second is disabled after it was planned: its open cycle must wait
    cfg = write_config(
        tmp_path,
        db_url,
        sms_gateway.toml() + two_campaigns(["sms"], ["sms"], second_enabled=False),
    )
    sent = run_cli("--config", str(cfg), "send-due", env=env)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.startswith("winback: cycle 1 (finished): sent 3")
    assert "second" not in sent.stdout
    assert by_campaign(engine) == {"winback": {"sent": 3}, "second": {"pending": 3}}
    assert len(sms_gateway.messages) == 3


def test_send_due_skips_a_campaign_whose_channel_cannot_run_and_sends_the_others(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    sms_gateway: SmsGateway,
    telegram_server: TelegramServer,
) -> None:
    add_clients(
        engine,
        [
            {
                "external_id": f"c{i}",
                "phone": f"+7999700{i:04d}",
                "telegram_chat_id": f"70{i}",
                **everyone(),
            }
            for i in range(3)
        ],
    )
    cfg = write_config(
        tmp_path,
        db_url,
        sms_gateway.toml() + telegram_server.toml() + two_campaigns(["telegram"], ["sms"]),
    )
    env = {
        sms_gateway.token_env: sms_gateway.token,
        telegram_server.token_env: telegram_server.token,
        "WINBACK_UNSUBSCRIBE_SECRET": SECRET,
    }
    for name in ("winback", "second"):
        done = run_cli("--config", str(cfg), "run-once", name, "--plan-only", env=env)
        assert done.returncode == 0, done.stderr
    del env[telegram_server.token_env]  # the telegram campaign cannot run now
    sent = run_cli("--config", str(cfg), "send-due", env=env)
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.startswith("second: cycle 1 (finished): sent 3")
    assert "campaign winback skipped" in sent.stderr
    assert by_campaign(engine) == {"winback": {"pending": 3}, "second": {"sent": 3}}
    assert telegram_server.messages == []


def test_send_due_reuses_the_runtimes_it_is_given_and_records_the_worker(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    sms_gateway: SmsGateway,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the daemon does: one runtime per campaign kept open across runs, a
    worker id of its own and its metrics; `sent_24h` of that worker counted."""
    add_sms_clients(sqlite_engine, 4, 800)
    monkeypatch.setenv("WINBACK_UNSUBSCRIBE_SECRET", SECRET)
    settings = load_config(
        write_config(tmp_path, sqlite_url, sms_gateway.toml() + campaign_toml(["sms"]))
    )
    campaign = settings.campaign("winback")
    workers.register(sqlite_engine, "daemon-1", 10)

    metrics = Metrics()

    async def daemon_like() -> dict[str, runner.RunSummary]:
        runtime = CampaignRuntime.build(settings, campaign, metrics=metrics)
        try:
            planned = await runner.run_cycle(
                sqlite_engine, runtime, RunOptions(plan_only=True), worker="daemon-1"
            )
            assert planned is not None and planned.pending == 4
            done = await runner.send_due(
                sqlite_engine, settings, worker="daemon-1", runtimes={"winback": runtime}
            )
            # still open: the daemon's runtime is not closed by send_due
            assert not runtime.channels["sms"]._client.is_closed  # type: ignore[attr-defined]
            return done
        finally:
            await runtime.aclose()

    done = asyncio.run(daemon_like())
    assert done["winback"].sent == {"sms": 4} and done["winback"].finished
    with sqlite_engine.connect() as conn:
        [info] = workers.list_workers(conn, now_utc())
    assert (info.id, info.alive, info.sent_24h) == ("daemon-1", True, 4)
    sent = {"campaign": "winback", "channel": "sms", "status": "sent"}
    assert metrics.registry.get_sample_value("winback_messages_total", sent) == 4
