"""Metrics from real runs: the send loop's committed changes counted, the
queue read from a real database on each backend, its cache, the exposition."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import Engine, func, select, update

from tests.conftest import write_config
from tests.integration.test_run_once import SECRET, add_clients, campaign_toml, everyone
from tests.servers import SmsGateway
from winback import runner
from winback.config import Settings, load_config
from winback.dispatch.dispatcher import Dispatcher
from winback.metrics import Metrics
from winback.models import CampaignRun, Message, MessageEvent
from winback.outcomes import worker_id
from winback.runner import CampaignRuntime, RunOptions
from winback.suppressions import add_suppression


def settings_for(tmp_path: Path, db_url: str, channels: str, mp: pytest.MonkeyPatch) -> Settings:
    mp.setenv("WINBACK_UNSUBSCRIBE_SECRET", SECRET)
    cfg = write_config(tmp_path, db_url, channels + campaign_toml(["sms"]))
    return load_config(cfg, check_secrets=True)


def outbox(tmp_path: Path) -> str:
    return f'[channels.sms]\ntransport = "file"\noutbox_dir = "{tmp_path / "outbox"}"\n'


def sms_clients(engine: Engine, n: int) -> None:
    add_clients(
        engine,
        [{"external_id": f"c{i}", "phone": f"+7999000{i:04d}", **everyone()} for i in range(n)],
    )


def plan(engine: Engine, runtime: CampaignRuntime) -> Any:
    """A planned cycle, nothing sent yet (what `run-once` does before sending)."""
    return runner._open_or_plan(engine, runtime, RunOptions(), worker_id())


def dispatch(
    engine: Engine, runtime: CampaignRuntime, metrics: Metrics | None, cycle: Any = None
) -> Any:
    cycle = cycle or plan(engine, runtime)

    async def go() -> Any:
        try:
            return await Dispatcher(
                engine=engine,
                settings=runtime.settings,
                campaign=runtime.campaign,
                channels=runtime.channels,
                render=runtime.render,
                worker=worker_id(),
                metrics=metrics,
            ).run(cycle.id)
        finally:
            await runtime.aclose()

    return asyncio.run(go())


def events(engine: Engine) -> dict[tuple[str, str], int]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(MessageEvent.channel, MessageEvent.status, func.count()).group_by(
                MessageEvent.channel, MessageEvent.status
            )
        ).all()
    return {(ch or "none", st): n for ch, st, n in rows}


def counted(metrics: Metrics) -> dict[tuple[str, str], float]:
    out = {}
    for family in metrics.registry.collect():
        for s in family.samples:
            if s.name == "winback_messages_total":
                assert s.labels["campaign"] == "winback"
                out[(s.labels["channel"], s.labels["status"])] = s.value
    return out


def test_a_dispatcher_run_counts_every_change_it_recorded(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sms_clients(engine, 9)
    settings = settings_for(tmp_path, db_url, outbox(tmp_path), monkeypatch)
    runtime = CampaignRuntime.build(settings, settings.campaign("winback"))
    cycle = plan(engine, runtime)
    for who in ("c0", "c1"):  # opted out after the plan: no channel left at sending time
        add_suppression(engine, channel="sms", client_external_id=who, kind="opt_out")
    metrics = Metrics()
    counters = dispatch(engine, runtime, metrics, cycle)
    assert (counters.sent, counters.no_channel) == (7, 2)
    assert counted(metrics) == {
        ("sms", "sending"): 7,
        ("sms", "sent"): 7,
        ("none", "no_channel"): 2,
    }
    assert counted(metrics) == events(engine)  # exactly what the database recorded
    # its own registry: the process-wide one holds none of it
    assert REGISTRY.get_sample_value("winback_messages_total", {"campaign": "winback"}) is None


def test_retries_through_a_loopback_gateway_are_counted(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    sms_clients(sqlite_engine, 3)
    sms_gateway.fail("server_error", times=2)
    channels = sms_gateway.toml().replace(
        "[channels.sms]\n", "[channels.sms]\nbackoff_seconds = 0.01\n"
    )
    settings = settings_for(tmp_path, sqlite_url, channels, monkeypatch)
    metrics = Metrics()
    runtime = CampaignRuntime.build(settings, settings.campaign("winback"))
    assert dispatch(sqlite_engine, runtime, metrics).sent == 3
    got = counted(metrics)
    assert got[("sms", "sent")] == 3 and got[("sms", "sending")] == 5
    assert got[("sms", "pending")] == 2  # the two failures, handed back for a retry
    assert got == events(sqlite_engine)


def test_without_metrics_a_run_is_as_before(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sms_clients(sqlite_engine, 2)
    settings = settings_for(tmp_path, sqlite_url, outbox(tmp_path), monkeypatch)
    runtime = CampaignRuntime.build(settings, settings.campaign("winback"))
    assert dispatch(sqlite_engine, runtime, None).sent == 2


def gauges(metrics: Metrics) -> dict[tuple[str, str], float]:
    return {
        (s.labels["campaign"], s.labels["status"]): s.value
        for family in metrics.registry.collect()
        for s in family.samples
        if s.name == "winback_queue_messages"
    }


def test_the_queue_gauge_counts_open_cycles_and_is_read_every_15_seconds(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sms_clients(engine, 6)
    settings = settings_for(tmp_path, db_url, outbox(tmp_path), monkeypatch)
    runtime = CampaignRuntime.build(settings, settings.campaign("winback"), channels=False)
    cycle = plan(engine, runtime)
    metrics = Metrics()
    metrics.refresh_queue(engine, now=1000.0)
    assert gauges(metrics) == {("winback", "pending"): 6}
    with engine.begin() as conn:
        ids = [i for (i,) in conn.execute(select(Message.id).order_by(Message.id))]
        conn.execute(update(Message).where(Message.id.in_(ids[:2])).values(status="deferred"))
        conn.execute(update(Message).where(Message.id == ids[2]).values(status="sending"))
        conn.execute(update(Message).where(Message.id == ids[3]).values(status="sent"))
    metrics.refresh_queue(engine, now=1014.9)  # cached: the database is not asked
    assert gauges(metrics) == {("winback", "pending"): 6}
    metrics.refresh_queue(engine, now=1015.0)
    assert gauges(metrics) == {
        ("winback", "pending"): 2,
        ("winback", "deferred"): 2,
        ("winback", "sending"): 1,
    }
    with engine.begin() as conn:  # the cycle closes: its messages are no queue any more
        conn.execute(
            update(CampaignRun).where(CampaignRun.id == cycle.id).values(status="finished")
        )
    metrics.refresh_queue(engine, now=1030.0)
    assert gauges(metrics) == {
        ("winback", "pending"): 0,
        ("winback", "deferred"): 0,
        ("winback", "sending"): 0,
    }


def test_runs_and_the_exposition(engine: Engine) -> None:
    metrics = Metrics()
    metrics.observe_run("a", 3.0, ok=True)
    metrics.observe_run("a", 40.0, ok=False)
    metrics.observe_run("b", 1.0, ok=False)
    metrics.database_up.set(1)
    payload, content_type = metrics.render()
    assert content_type.startswith("text/plain; version=")
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for f in text_string_to_metric_families(payload.decode())
        for s in f.samples
    }
    assert samples[("winback_campaign_run_duration_seconds_count", (("campaign", "a"),))] == 2
    assert samples[("winback_campaign_run_duration_seconds_sum", (("campaign", "a"),))] == 43.0
    assert (
        samples[
            ("winback_campaign_run_duration_seconds_bucket", (("campaign", "a"), ("le", "5.0")))
        ]
        == 1
    )
    last = "winback_campaign_last_success_timestamp_seconds"
    assert (last, (("campaign", "a"),)) in samples
    assert (last, (("campaign", "b"),)) not in samples  # never succeeded
    assert samples[("winback_database_up", ())] == 1
    # two instances never share a registry (a test's counts stay its own)
    assert Metrics().registry is not metrics.registry
