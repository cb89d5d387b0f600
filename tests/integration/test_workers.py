"""Workers in the database: heartbeats, recovery of a dead worker's claims on
another host, scheduled times fired once, the SQLite daemon slot, and the
planning lock that spares other workers the selection."""

from __future__ import annotations

import datetime as dt
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import Engine, func, select, update

from tests.conftest import fresh_database_url, write_config
from tests.integration.test_crash_and_concurrency import spawn
from tests.integration.test_run_once import SECRET, add_clients, campaign_toml, everyone
from tests.servers import SmsGateway
from winback import migrate, outcomes, runner, workers
from winback.config import Settings, load_config
from winback.db import make_engine
from winback.models import CampaignRun, Message, Worker
from winback.planlock import planning_lock
from winback.runner import RunOptions
from winback.timeutil import now_utc

T = TypeVar("T")
OTHER_HOST = "another-host.example:4242:0123abcd"


def at_once(n: int, call: Callable[[int], T]) -> list[T | BaseException]:
    """``call(i)`` in n threads released together; results (or errors) by i."""
    barrier = threading.Barrier(n)
    results: list[T | BaseException] = [RuntimeError("not run")] * n

    def one(i: int) -> None:
        barrier.wait()
        try:
            results[i] = call(i)
        except BaseException as exc:  # reported to the test
            results[i] = exc

    threads = [threading.Thread(target=one, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def add_sms_clients(engine: Engine, n: int, series: int) -> None:
    """n lost clients with SMS consent, phones +7999{series}0000, +7999{series}0001..."""
    add_clients(
        engine,
        [
            {"external_id": f"c{i}", "phone": f"+7999{series}{i:04d}", **everyone()}
            for i in range(n)
        ],
    )


def age(engine: Engine, worker: str, seconds: int) -> None:
    """Make the worker's last heartbeat `seconds` old."""
    with engine.begin() as conn:
        conn.execute(
            update(Worker)
            .where(Worker.id == worker)
            .values(last_seen=now_utc() - dt.timedelta(seconds=seconds))
        )


def alive(engine: Engine) -> dict[str, bool]:
    with engine.connect() as conn:
        return {w.id: w.alive for w in workers.list_workers(conn, now_utc())}


# ------------------------------------------------------------------ heartbeats


def test_a_worker_is_alive_while_it_beats_and_dead_after_three_missed_or_retired(
    engine: Engine,
) -> None:
    workers.register(engine, "w1", 10)
    workers.register(engine, "w2", 60)  # a slower heartbeat is judged by its own interval
    assert alive(engine) == {"w1": True, "w2": True}
    age(engine, "w1", 29)
    age(engine, "w2", 60 * 3 - 5)
    assert alive(engine) == {"w1": True, "w2": True}
    age(engine, "w1", 31)
    assert alive(engine) == {"w1": False, "w2": True}
    assert workers.beat(engine, "w1") is True
    assert alive(engine) == {"w1": True, "w2": True}
    workers.retire(engine, "w2")
    assert alive(engine) == {"w1": True, "w2": False}
    workers.register(engine, "w2", 60)  # a restart under the same id runs again
    assert alive(engine) == {"w1": True, "w2": True}
    assert workers.beat(engine, "never-registered") is False


def test_workers_unseen_for_a_day_are_not_listed(engine: Engine) -> None:
    workers.register(engine, "old", 10)
    workers.register(engine, "new", 10)
    age(engine, "old", 25 * 3600)
    assert alive(engine) == {"new": True}


# ---------------------------------------------------- recovery of dead claims


def plan_one_cycle(
    engine: Engine, db_url: str, tmp_path: Path, gateway: SmsGateway, n: int = 6
) -> tuple[Settings, outcomes.Cycle]:
    add_sms_clients(engine, n, 300)
    cfg = write_config(tmp_path, db_url, gateway.toml() + campaign_toml(["sms"]))
    settings = load_config(cfg)
    cycle = runner._plan(engine, settings, settings.campaign("winback"), RunOptions(), "planner")
    assert cycle is not None
    return settings, cycle


def left_sending(engine: Engine, cycle: outcomes.Cycle, worker: str, claimed_ago: int) -> None:
    """As if `worker` had marked every message of the cycle `sending` and died."""
    with engine.begin() as conn:
        conn.execute(
            update(Message)
            .where(Message.run_id == cycle.id)
            .values(
                status="sending",
                claimed_by=worker,
                claimed_at=now_utc() - dt.timedelta(seconds=claimed_ago),
            )
        )


def statuses(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(Message.status).order_by(Message.id)).scalars())


def test_a_dead_worker_on_another_host_has_its_sending_messages_recovered(
    engine: Engine, db_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    _, cycle = plan_one_cycle(engine, db_url, tmp_path, sms_gateway)
    workers.register(engine, OTHER_HOST, 10)
    # claimed a minute ago: within the claim lease, which alone would wait
    left_sending(engine, cycle, OTHER_HOST, claimed_ago=60)
    assert outcomes.recover_stale(engine, cycle.id, {"sms"}) == {
        "retried": 0,
        "unknown": 0,
        "released": 0,
    }  # its heartbeat is fresh: alive, wherever it runs
    age(engine, OTHER_HOST, 31)  # three heartbeats missed
    assert outcomes.recover_stale(engine, cycle.id, {"sms"})["retried"] == 6
    assert statuses(engine) == ["pending"] * 6  # same key again: the provider deduplicates
    left_sending(engine, cycle, OTHER_HOST, claimed_ago=60)
    assert outcomes.recover_stale(engine, cycle.id, set())["unknown"] == 6
    assert statuses(engine) == ["unknown"] * 6  # no deduplication: never re-sent blindly


def test_a_live_worker_on_another_host_keeps_an_old_claim(
    engine: Engine, db_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    _, cycle = plan_one_cycle(engine, db_url, tmp_path, sms_gateway)
    workers.register(engine, OTHER_HOST, 10)
    # claimed 20 minutes ago, past the lease that covers workers without a heartbeat row
    left_sending(engine, cycle, OTHER_HOST, claimed_ago=20 * 60)
    assert sum(outcomes.recover_stale(engine, cycle.id, {"sms"}).values()) == 0
    assert statuses(engine) == ["sending"] * 6
    workers.retire(engine, OTHER_HOST)  # a clean stop: dead at once
    assert outcomes.recover_stale(engine, cycle.id, {"sms"})["retried"] == 6


def test_a_worker_without_a_heartbeat_row_keeps_the_lease_rule(
    engine: Engine, db_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    _, cycle = plan_one_cycle(engine, db_url, tmp_path, sms_gateway)
    left_sending(engine, cycle, OTHER_HOST, claimed_ago=60)
    assert sum(outcomes.recover_stale(engine, cycle.id, {"sms"}).values()) == 0
    left_sending(engine, cycle, OTHER_HOST, claimed_ago=20 * 60)
    assert outcomes.recover_stale(engine, cycle.id, {"sms"})["retried"] == 6


# ------------------------------------------------------------- schedule fires


def test_a_scheduled_time_fires_once_among_concurrent_workers(engine: Engine) -> None:
    moment = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
    assert workers.last_fired(engine, "winback") is None
    results = at_once(6, lambda i: workers.fire_once(engine, "winback", moment, f"w{i}"))
    assert sorted(results, key=str) == [False] * 5 + [True]  # type: ignore[comparison-overlap]
    assert workers.fire_once(engine, "winback", moment, "late") is False
    assert workers.fire_once(engine, "other", moment, "w0") is True  # per campaign
    later = moment + dt.timedelta(hours=1)
    assert workers.fire_once(engine, "winback", later, "w1") is True
    assert workers.last_fired(engine, "winback") == later


# ---------------------------------------------------------------- SQLite slot


def test_sqlite_allows_one_live_daemon(sqlite_engine: Engine) -> None:
    workers.claim_sqlite_slot(sqlite_engine, "first", 10)
    with pytest.raises(workers.DaemonRunning) as refused:
        workers.claim_sqlite_slot(sqlite_engine, "second", 10)
    assert refused.value.worker_id == "first"
    assert refused.value.exit_code == 2 and "first" in str(refused.value)
    workers.retire(sqlite_engine, "first")
    workers.claim_sqlite_slot(sqlite_engine, "second", 10)  # granted after a clean exit
    age(sqlite_engine, "second", 31)
    workers.claim_sqlite_slot(sqlite_engine, "third", 10)  # and after a stale heartbeat
    assert alive(sqlite_engine) == {"first": False, "second": False, "third": True}


def test_sqlite_slot_of_a_crashed_daemon_on_this_host_is_free_at_once(
    sqlite_engine: Engine,
) -> None:
    proc = subprocess.Popen(["true"])
    proc.wait()  # its pid no longer runs
    crashed = f"{workers.HOST}:{proc.pid}:deadbeef"
    with sqlite_engine.begin() as conn:
        now = now_utc()
        conn.execute(
            Worker.__table__.insert().values(
                id=crashed,
                host=workers.HOST,
                pid=proc.pid,
                started_at=now,
                last_seen=now,
                heartbeat_seconds=10,
            )
        )
    workers.claim_sqlite_slot(sqlite_engine, "restarted", 10)


def test_two_daemons_starting_at_once_on_sqlite_get_one_slot(sqlite_engine: Engine) -> None:
    results = at_once(2, lambda i: workers.claim_sqlite_slot(sqlite_engine, f"d{i}", 10))
    refused = [r for r in results if isinstance(r, workers.DaemonRunning)]
    assert len(refused) == 1 and results.count(None) == 1


def test_other_databases_register_every_daemon(server_engine: Engine) -> None:
    engine = server_engine
    workers.claim_sqlite_slot(engine, "a", 10)
    workers.claim_sqlite_slot(engine, "b", 10)
    assert alive(engine) == {"a": True, "b": True}


# ----------------------------------------------------------- the planning lock


# SQLite has no planning lock (one writer at a time) and takes one daemon:
# these tests run on the servers only.
@pytest.fixture(params=["postgresql", "mysql"])
def server_url(
    request: pytest.FixtureRequest, tmp_path: Path, _servers: dict[str, Engine]
) -> Iterator[str]:
    yield from fresh_database_url(request.param, tmp_path / "db", _servers)


@pytest.fixture
def server_engine(server_url: str) -> Iterator[Engine]:
    eng = make_engine(server_url)
    migrate.upgrade(eng)
    yield eng
    eng.dispose()


def test_the_planning_lock_is_held_by_one_connection_at_a_time(server_engine: Engine) -> None:
    engine = server_engine
    with planning_lock(engine, "winback") as first, planning_lock(engine, "winback") as second:
        assert first.try_acquire() is True
        assert second.try_acquire() is False
        with planning_lock(engine, "another") as third:
            assert third.try_acquire() is True  # one lock per campaign
        first.release()
        assert second.try_acquire() is True


def test_workers_that_find_the_campaign_being_planned_do_not_select(
    server_engine: Engine, server_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    """The test holds the planning lock as a planner would; two `run-once
    --plan-only` started meanwhile wait, run no selection, and resume the
    plan the holder writes."""
    engine = server_engine
    add_sms_clients(engine, 8, 400)
    cfg = write_config(tmp_path, server_url, sms_gateway.toml() + campaign_toml(["sms"]))
    settings = load_config(cfg)
    env = {sms_gateway.token_env: sms_gateway.token, "WINBACK_UNSUBSCRIBE_SECRET": SECRET}
    with planning_lock(engine, "winback") as lock:
        assert lock.try_acquire()
        procs = [spawn(cfg, env, "run-once", "winback", "--plan-only") for _ in range(2)]
        time.sleep(4)  # both started and found the lock taken
        assert all(p.poll() is None for p in procs)  # waiting, not done
        cycle = runner._select_and_plan(
            engine, settings, settings.campaign("winback"), RunOptions(), "holder"
        )
    outs = [p.communicate(timeout=60) for p in procs]
    for proc, (out, err) in zip(procs, outs, strict=True):
        assert proc.returncode == 0, err
        assert "selecting the clients" not in err
        assert "another worker is planning winback" in err
        assert f"cycle {cycle.cycle}" in err and "plan (nothing sent)" in out
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(CampaignRun)).scalar() == 1
        assert conn.execute(select(func.count()).select_from(Message)).scalar() == 8
    assert statuses(engine) == ["pending"] * 8 and sms_gateway.messages == []


def test_a_waiting_worker_gives_up_when_the_lock_frees_without_a_plan(
    server_engine: Engine, server_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    engine = server_engine
    cfg = write_config(tmp_path, server_url, sms_gateway.toml() + campaign_toml(["sms"]))
    settings = load_config(cfg)
    campaign = settings.campaign("winback")
    with planning_lock(engine, "winback") as lock:
        assert lock.try_acquire()
        result: list[Any] = []
        waiter = threading.Thread(
            target=lambda: result.append(
                runner._plan(engine, settings, campaign, RunOptions(), "w")
            )
        )
        waiter.start()
        time.sleep(1.5)
        assert waiter.is_alive()  # waiting for the holder's plan
    waiter.join(10)  # the holder ended without a plan: nothing to send, no second plan
    assert result == [None]
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(CampaignRun)).scalar() == 0
