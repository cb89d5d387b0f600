"""Call tasks: channel "call" opens a task for the client's manager instead of
sending a message; `winback tasks` lists them and `tasks done` closes one,
recording a contact attempt the unreachable criterion reads."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select, update

from tests.conftest import run_cli, write_config
from tests.integration.test_run_once import (
    SECRET,
    add_clients,
    campaign_toml,
    everyone,
    messages,
    run,
    settings_for,
)
from tests.servers import SmsGateway, SmtpServer
from winback import outcomes
from winback.config import load_config
from winback.errors import ConfigError, UsageError
from winback.models import (
    Assignment,
    CallTask,
    CampaignRun,
    Client,
    Incident,
    Message,
    MessageEvent,
    Suppression,
)
from winback.selection import select_candidates
from winback.timeutil import now_utc

ANNA = {"manager": "Anna", **everyone()}


def tasks(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(CallTask.__table__, Client.external_id)
            .join(Client, Client.id == CallTask.client_id)
            .order_by(Client.external_id)
        ).mappings()
        return [dict(r) for r in rows]


def provider_ids(engine: Engine) -> dict[str, str | None]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(Client.external_id, Message.provider_id).join(
                Client, Client.id == Message.client_id
            )
        ).all()
    return dict(rows)  # type: ignore[arg-type]


def suppress(engine: Engine, external_id: str, channel: str, kind: str) -> None:
    with engine.begin() as conn:
        cid = conn.execute(select(Client.id).where(Client.external_id == external_id)).scalar()
        conn.execute(
            insert(Suppression).values(
                channel=channel, client_id=cid, kind=kind, created_at=now_utc()
            )
        )


def call_change(task: outcomes.Task, status: str, worker: str, **extra: Any) -> outcomes.Change:
    """A change of a call to +79990000001, as the dispatcher writes it."""
    return outcomes.Change(
        message_id=task.message_id,
        assignment_id=task.assignment_id,
        status=status,
        channel="call",
        attempt=1,
        worker=worker,
        recipient="+79990000001",
        **extra,
    )


def test_a_call_campaign_opens_one_task_per_client_and_sends_nothing(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    add_clients(
        engine,
        [
            {"external_id": "call-me", "phone": "+79990000001", **ANNA},
            {"external_id": "no-consent", "phone": "+79990000002", **everyone(sms=False)},
            {"external_id": "no-phone", "email": "np@ex.ru", **everyone()},
            {"external_id": "email-opt-out", "phone": "+79990000004", **ANNA},
            {"external_id": "bounced", "phone": "+79990000005", "email": "b@ex.ru", **ANNA},
            {"external_id": "no-manager", "phone": "+79990000006", **everyone()},
        ],
    )
    # Any suppression or opt-out, on any channel, rules a call out.
    suppress(engine, "email-opt-out", "email", "opt_out")
    suppress(engine, "bounced", "email", "suppression")
    settings = settings_for(
        tmp_path,
        db_url,
        sms_gateway.toml() + "[channels.call]\ndue_days = 5\n",
        campaign_toml(["call"]),
        monkeypatch,
    )
    report = run(engine, settings)
    assert report.sent == {"call": 2}
    assert sms_gateway.messages == []
    got = {m["external_id"]: (m["status"], m["channel"], m["recipient"]) for m in messages(engine)}
    assert got == {
        "call-me": ("sent", "call", "+79990000001"),
        "no-consent": ("no_channel", None, None),
        "no-phone": ("no_channel", None, None),
        "no-manager": ("sent", "call", "+79990000006"),
    }
    with engine.connect() as conn:
        planned_at = conn.execute(select(CampaignRun.planned_at)).scalar_one()
        codes = dict(conn.execute(select(Assignment.client_id, Assignment.offer_code)).all())
    made = tasks(engine)
    assert [(t["external_id"], t["manager"], t["phone"]) for t in made] == [
        ("call-me", "Anna", "+79990000001"),
        ("no-manager", None, "+79990000006"),
    ]
    for t in made:
        assert t["status"] == "open" and t["result"] is None and t["done_at"] is None
        assert t["due_at"] == planned_at + dt.timedelta(days=5)
        assert t["reasons"] == "recency"
        assert t["offer_code"] == codes[t["client_id"]] and t["offer_code"].startswith("BACK")
    assert provider_ids(engine) == {
        "call-me": f"task:{made[0]['id']}",
        "no-consent": None,
        "no-phone": None,
        "no-manager": f"task:{made[1]['id']}",
    }
    # Running again: the clients are in cooldown; nothing is opened twice.
    run(engine, settings)
    assert len(tasks(engine)) == 2


def test_a_sent_call_recorded_again_opens_no_second_task(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch written twice (a retried transaction, a second worker holding
    the message after a lost claim): the task of the first write is found."""
    add_clients(engine, [{"external_id": "call-me", "phone": "+79990000001", **ANNA}])
    settings = settings_for(
        tmp_path, db_url, "", campaign_toml(["call"], max_per_run=5), monkeypatch
    )
    run(engine, settings, plan_only=True)
    with engine.connect() as conn:
        cycle_id = conn.execute(select(CampaignRun.id)).scalar_one()
    (task,) = outcomes.claim_due(engine, cycle_id, "w1")

    def sent(worker: str) -> outcomes.Change:
        return call_change(task, "sent", worker, task_due_days=3)

    first = sent("w1")
    outcomes.apply_changes(engine, [first])
    assert len(tasks(engine)) == 1
    assert first.provider_id == f"task:{tasks(engine)[0]['id']}"
    # The same change again, and another worker's: the one task is reused.
    again, other = sent("w1"), sent("w2")
    outcomes.apply_changes(engine, [again])
    outcomes.apply_changes(engine, [other])
    assert len(tasks(engine)) == 1
    assert again.provider_id == other.provider_id == first.provider_id


def test_a_call_left_sending_by_a_dead_worker_is_recorded_once(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker died after marking the call `sending`: no task was written
    with it (task and "sent" are one transaction), so the call is made again
    with the same key and its one task opened then."""
    add_clients(engine, [{"external_id": "call-me", "phone": "+79990000001", **ANNA}])
    settings = settings_for(tmp_path, db_url, "", campaign_toml(["call"]), monkeypatch)
    run(engine, settings, plan_only=True)
    with engine.connect() as conn:
        cycle_id = conn.execute(select(CampaignRun.id)).scalar_one()
    dead = "ghost-host:1:dead"
    (task,) = outcomes.claim_due(engine, cycle_id, dead)
    outcomes.apply_changes(engine, [call_change(task, "sending", dead)])
    with engine.begin() as conn:  # the claim is older than the lease: its worker is gone
        conn.execute(update(Message).values(claimed_at=now_utc() - outcomes.CLAIM_LEASE * 2))
    report = run(engine, settings)
    assert report.sent == {"call": 1}
    assert len(tasks(engine)) == 1
    assert messages(engine)[0]["status"] == "sent"
    with engine.connect() as conn:
        details = list(conn.execute(select(MessageEvent.detail)).scalars())
    assert "worker died while sending; retry with the same key" in details


def test_fallback_from_email_to_call(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    smtp_server: SmtpServer,
) -> None:
    add_clients(
        engine,
        [
            {"external_id": "mail", "email": "mail@ex.ru", "phone": "+79990000001", **ANNA},
            {"external_id": "phone-only", "phone": "+79990000002", **ANNA},
            {"external_id": "rejected", "email": "rej@ex.ru", "phone": "+79990000003", **ANNA},
            {"external_id": "opted-out", "email": "o@ex.ru", "phone": "+79990000004", **ANNA},
        ],
    )
    suppress(engine, "opted-out", "email", "opt_out")
    smtp_server.fail("reject", recipient="rej@ex.ru")
    settings = settings_for(
        tmp_path,
        db_url,
        smtp_server.toml(),
        campaign_toml(["email", "call"], fallback=True),
        monkeypatch,
    )
    report = run(engine, settings)
    assert report.sent == {"email": 1, "call": 2}
    got = {m["external_id"]: (m["status"], m["channel"]) for m in messages(engine)}
    # opted-out: suppressed on every messaging channel of the campaign, so
    # excluded by selection (a call needs no suppression on any channel).
    assert got == {
        "mail": ("sent", "email"),
        "phone-only": ("sent", "call"),
        "rejected": ("sent", "call"),
    }
    assert [t["external_id"] for t in tasks(engine)] == ["phone-only", "rejected"]
    assert sorted(r for m in smtp_server.messages for r in m.rcpt_tos) == ["mail@ex.ru"]


# ------------------------------------------------------------------ the CLI


def two_campaigns(tmp_path: Path, db_url: str) -> tuple[Path, dict[str, str]]:
    """A config with two call campaigns; "calls" has no template folder."""
    extra = (
        "[channels.call]\ndue_days = 2\n"
        + campaign_toml(["call"])
        + campaign_toml(["call"], name="calls", templates=None).replace("templates = null\n", "")
    )
    cfg = write_config(tmp_path / "cfg", db_url, extra)
    return cfg, {"WINBACK_UNSUBSCRIBE_SECRET": SECRET}


def cli(cfg: Path, env: dict[str, str], *args: str) -> Any:
    return run_cli("--config", str(cfg), *args, env=env)


def test_tasks_list_filter_formats_and_done(engine: Engine, db_url: str, tmp_path: Path) -> None:
    add_clients(
        engine,
        [
            {"external_id": "A1", "name": "Ivan", "phone": "+79990000001", **ANNA},
            {"external_id": "B2", "phone": "+79990000002", "manager": "Boris", **everyone()},
        ],
    )
    cfg, env = two_campaigns(tmp_path, db_url)
    for name in ("winback", "calls"):
        done = cli(cfg, env, "run-once", name)
        assert done.returncode == 0, done.stderr
    with engine.connect() as conn:
        planned = dict(conn.execute(select(CampaignRun.campaign, CampaignRun.planned_at)).all())
        assigned = conn.execute(
            select(Assignment.campaign, Client.external_id, Assignment.offer_code).join(
                Client, Client.id == Assignment.client_id
            )
        ).all()
    codes = {f"{campaign}/{client}": code for campaign, client, code in assigned}
    listed = cli(cfg, env, "tasks", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    tz = dt.timezone(dt.timedelta(hours=3))  # Europe/Moscow, the test config's zone

    def due(campaign: str) -> str:
        moment = planned[campaign] + dt.timedelta(days=2)
        return moment.astimezone(tz).isoformat(timespec="minutes")

    expected = [
        {
            "id": r["id"],
            "due_at": due(r["campaign"]),
            "manager": {"A1": "Anna", "B2": "Boris"}[r["client"]],
            "client": r["client"],
            "name": {"A1": "Ivan", "B2": "Клиент 2"}[r["client"]],
            "phone": {"A1": "+79990000001", "B2": "+79990000002"}[r["client"]],
            "reasons": ["recency"],
            "offer_code": codes[f"{r['campaign']}/{r['client']}"],
            "campaign": r["campaign"],
        }
        for r in rows
    ]
    assert rows == expected
    assert sorted((r["campaign"], r["client"]) for r in rows) == [
        ("calls", "A1"),
        ("calls", "B2"),
        ("winback", "A1"),
        ("winback", "B2"),
    ]
    assert [r["due_at"] for r in rows] == sorted(r["due_at"] for r in rows)

    anna = json.loads(cli(cfg, env, "tasks", "--manager", "Anna", "--format", "json").stdout)
    assert sorted((r["campaign"], r["client"]) for r in anna) == [
        ("calls", "A1"),
        ("winback", "A1"),
    ]
    shown = cli(cfg, env, "tasks", "--campaign", "calls", "--format", "csv")
    assert shown.returncode == 0, shown.stderr
    table = list(csv.DictReader(io.StringIO(shown.stdout)))
    assert list(table[0]) == [
        "id", "due_at", "manager", "client", "name", "phone", "reasons", "offer_code", "campaign"
    ]  # fmt: skip
    assert sorted((r["client"], r["phone"], r["reasons"]) for r in table) == [
        ("A1", "'+79990000001", "recency"),  # a CSV cell starting with + is kept text
        ("B2", "'+79990000002", "recency"),
    ]
    pretty = cli(cfg, env, "tasks", "--manager", "Boris")
    assert pretty.returncode == 0, pretty.stderr
    assert "+79990000002" in pretty.stdout and "+79990000001" not in pretty.stdout
    assert "open call tasks (2;" in pretty.stdout
    nobody = json.loads(cli(cfg, env, "tasks", "--manager", "Nobody", "--format", "json").stdout)
    assert nobody == []

    # Closing: A1's two tasks, no answer then reached; B2's one, refused.
    ids = {(r["campaign"], r["client"]): r["id"] for r in rows}
    closed = cli(
        cfg, env, "tasks", "done", str(ids["winback", "A1"]), "--result", "no_answer",
        "--note", "voicemail",
    )  # fmt: skip
    assert closed.returncode == 0, closed.stderr
    assert f"call task {ids['winback', 'A1']} done: no_answer (client A1)" in closed.stdout
    status = json.loads(cli(cfg, env, "status", "--format", "json").stdout)
    assert status["open_call_tasks"] == 3
    with engine.connect() as conn:
        task = conn.execute(
            select(CallTask.__table__).where(CallTask.id == ids["winback", "A1"])
        ).one()
    assert (task.status, task.result, task.note) == ("done", "no_answer", "voicemail")
    assert abs((task.done_at - now_utc()).total_seconds()) < 60

    # Exit 2, and nothing changed: already done, unknown id, a bad result.
    twice = cli(cfg, env, "tasks", "done", str(ids["winback", "A1"]), "--result", "reached")
    assert twice.returncode == 2
    assert f"call task {ids['winback', 'A1']} is already done (no_answer" in twice.stderr
    unknown = cli(cfg, env, "tasks", "done", "99999", "--result", "reached")
    assert unknown.returncode == 2 and "no call task 99999" in unknown.stderr
    bad = cli(cfg, env, "tasks", "done", str(ids["calls", "B2"]), "--result", "maybe")
    assert bad.returncode == 2 and "'maybe' is not one of" in bad.stderr
    for out in (twice, unknown, bad):
        assert "Traceback" not in out.stderr

    left = json.loads(cli(cfg, env, "tasks", "--format", "json").stdout)
    assert sorted(ids[r["campaign"], r["client"]] for r in left) == sorted(
        v for k, v in ids.items() if k != ("winback", "A1")
    )
    with engine.connect() as conn:
        attempts = conn.execute(
            select(Client.external_id, Incident.kind, Incident.outcome).join(
                Client, Client.id == Incident.client_id
            )
        ).all()
    assert [tuple(a) for a in attempts] == [("A1", "contact_attempt", "no_answer")]


def test_closed_tasks_feed_the_unreachable_criterion(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """unreachable_attempts = 2: the last two attempts not `reached`.
    no_answer and refused count; reached breaks the run."""
    from winback.calls import close_task

    add_clients(
        engine,
        [
            {"external_id": "never", "phone": "+79990000001", **ANNA},
            {"external_id": "refuses", "phone": "+79990000002", **ANNA},
            {"external_id": "answered", "phone": "+79990000003", **ANNA},
            {"external_id": "once", "phone": "+79990000004", **ANNA},
        ],
    )
    settings = settings_for(
        tmp_path,
        db_url,
        "",
        campaign_toml(["call"], cooldown_days=0) + campaign_toml(["call"], name="again"),
        monkeypatch,
    )
    run(engine, settings)
    run_campaign_again = settings.campaign("again")
    from winback.runner import RunOptions, run_campaign

    run_campaign(engine, settings, run_campaign_again, RunOptions())
    by_client: dict[str, list[int]] = {}
    for t in tasks(engine):
        by_client.setdefault(t["external_id"], []).append(t["id"])
    assert {k: len(v) for k, v in by_client.items()} == dict.fromkeys(
        ("never", "refuses", "answered", "once"), 2
    )
    now = now_utc().replace(microsecond=0)
    results = {
        "never": ("no_answer", "no_answer"),
        "refuses": ("no_answer", "refused"),
        "answered": ("no_answer", "reached"),
        "once": ("no_answer",),
    }
    for client, outcomes_ in results.items():
        for task_id, result in zip(by_client[client], outcomes_, strict=False):
            close_task(engine, task_id, result, now=now)  # the same second: made distinct
    with engine.connect() as conn:
        times = conn.execute(
            select(Incident.occurred_at)
            .join(Client, Client.id == Incident.client_id)
            .where(Client.external_id == "never")
            .order_by(Incident.occurred_at)
        ).scalars()
        assert list(times) == [now, now + dt.timedelta(seconds=1)]
    with pytest.raises(UsageError, match="already done"):
        close_task(engine, by_client["never"][0], "reached")
    with pytest.raises(UsageError, match="no call task"):
        close_task(engine, 10**9, "reached")
    with pytest.raises(UsageError, match="is not one of"):
        close_task(engine, by_client["once"][1], "busy")

    cfg = write_config(
        tmp_path / "sel",
        db_url,
        campaign_toml(["call"], name="unreachable").replace(
            "last_order_days_min = 30", "unreachable_attempts = 2"
        ),
    )
    unreachable = load_config(cfg).campaign("unreachable")
    with engine.connect() as conn:
        _, rows = select_candidates(
            conn, unreachable, as_of=now + dt.timedelta(seconds=5), tz=settings.tz
        )
        found = sorted((c.external_id, c.reasons) for c in rows)
    assert found == [("never", ("unreachable",)), ("refuses", ("unreachable",))]


# ------------------------------------------------------------------ config


def test_call_settings_and_a_campaign_that_only_calls(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path
) -> None:
    templates = tmp_path / "no-templates"
    templates.mkdir()
    calls_only = campaign_toml(["call"], name="calls", templates=None).replace(
        "templates = null\n", ""
    )
    cfg = write_config(tmp_path / "ok", sqlite_url, calls_only, templates=False)
    settings = load_config(cfg)
    assert settings.channels.call.due_days == 3  # the section may be left out
    assert settings.campaign("calls").channels == ("call",)
    env = {"WINBACK_UNSUBSCRIBE_SECRET": SECRET}
    checked = run_cli("--config", str(cfg), "check", env=env)
    assert checked.returncode == 0, checked.stderr
    add_clients(sqlite_engine, [{"external_id": "A1", "phone": "+79990000001", **ANNA}])
    dry = run_cli("--config", str(cfg), "run-once", "calls", "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    assert "=== client A1 via call to +79990000001" in dry.stdout
    assert "call Клиент 1 (manager: Anna)" in dry.stdout

    # Another channel beside the call still needs its templates.
    mixed = campaign_toml(["email", "call"], name="mixed", templates=None).replace(
        "templates = null\n", ""
    )
    cfg = write_config(tmp_path / "mixed", sqlite_url, mixed, templates=False)
    with pytest.raises(ConfigError) as exc:
        load_config(cfg)
    assert "template folder 'mixed' not found" in str(exc.value.problems)

    for section, reason in (
        ("[channels.call]\ndue_days = 91\n", "less than or equal to 90 (got 91)"),
        ("[channels.call]\ndue_days = -1\n", "greater than or equal to 0 (got -1)"),
        ('[channels.call]\ntransport = "file"\n', "unknown key"),
    ):
        cfg = write_config(tmp_path / "bad", sqlite_url, section + calls_only, templates=False)
        shown = run_cli("--config", str(cfg), "check", env=env)
        assert shown.returncode == 2, shown.stderr
        assert "channels.call." in shown.stderr and reason in shown.stderr
        assert "Traceback" not in shown.stderr
