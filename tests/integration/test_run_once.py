"""`run-once` end to end against real servers on loopback: SMTP (aiosmtpd), an
HTTP SMS gateway and a Telegram Bot API stand-in."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, insert, select

from tests.conftest import run_cli, write_config
from tests.servers import SmsGateway, SmtpServer, TelegramServer
from winback import runner
from winback.config import load_config
from winback.models import Assignment, CampaignRun, Client, Message, Order, Suppression
from winback.runner import CampaignRuntime, RunOptions, run_campaign, run_cycle
from winback.timeutil import now_utc
from winback.unsubscribe import unsubscribe

SECRET = "test-unsubscribe-secret-of-32-characters-or-more"
DAY = 86_400


def campaign_toml(channels: list[str], **extra: Any) -> str:
    """A campaign "winback" on those channels; ``extra`` adds or overrides keys."""
    values: dict[str, Any] = {
        "name": "winback",
        "templates": "lapsed-regulars",
        "channels": channels,
        "max_per_run": 100,
        "cooldown_days": 30,
        "holdout_percent": 0,
    }
    lines = ["[[campaigns]]"]
    for key, value in (values | extra).items():
        if isinstance(value, dict):  # a TOML inline table
            value_toml = "{ " + ", ".join(f"{k} = {json.dumps(v)}" for k, v in value.items()) + " }"
        elif isinstance(value, bool):
            value_toml = str(value).lower()
        else:
            value_toml = json.dumps(value)
        lines.append(f"{key} = {value_toml}")
    lines += [
        "[campaigns.select]",
        "last_order_days_min = 30",
        "[campaigns.offer]",
        "discount_percent = 15",
        'code_prefix = "BACK"',
        "valid_days = 14",
    ]
    return "\n".join(lines) + "\n"


def add_clients(engine: Engine, clients: list[dict[str, Any]], first: int = 1) -> None:
    """Clients who last bought 60 days ago: lost for the campaign above
    (numbered from `first`, which names their orders)."""
    now = now_utc()
    with engine.begin() as conn:
        for i, c in enumerate(clients, first):
            row = {
                "external_id": c.pop("external_id", f"C{i:03d}"),
                "name": c.pop("name", f"Клиент {i}"),
                "locale": c.pop("locale", "ru"),
                "timezone": c.pop("timezone", "UTC"),
                **c,
            }
            cid = conn.execute(insert(Client).values(**row)).inserted_primary_key[0]
            conn.execute(
                insert(Order).values(
                    external_id=f"O{i}",
                    client_id=cid,
                    placed_at=now - dt.timedelta(days=60 + i),
                    amount_minor=150000,
                    category="tea",
                )
            )


def everyone(**consent: bool) -> dict[str, Any]:
    return {
        "email_consent": consent.get("email", True),
        "sms_consent": consent.get("sms", True),
        "telegram_consent": consent.get("telegram", True),
    }


def settings_for(
    tmp_path: Path, db_url: str, channels_toml: str, campaign: str, monkeypatch: pytest.MonkeyPatch
) -> Any:
    monkeypatch.setenv("WINBACK_UNSUBSCRIBE_SECRET", SECRET)
    cfg = write_config(tmp_path, db_url, channels_toml + campaign)
    return load_config(cfg, check_secrets=True)


def run(engine: Engine, settings: Any, **options: Any) -> Any:
    return run_campaign(engine, settings, settings.campaign("winback"), RunOptions(**options))


def messages(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = (
            conn.execute(
                select(
                    Client.external_id,
                    Message.channel,
                    Message.status,
                    Message.error_reason,
                    Message.attempts,
                    Message.recipient,
                    Message.not_before,
                    Assignment.outcome,
                    Assignment.offer_code,
                )
                .join(Client, Client.id == Message.client_id)
                .join(Assignment, Assignment.id == Message.assignment_id)
                .order_by(Client.external_id)
            )
            .mappings()
            .all()
        )
    return [dict(r) for r in rows]


def test_channel_per_client_consent_and_suppression(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    smtp_server: SmtpServer,
    sms_gateway: SmsGateway,
    telegram_server: TelegramServer,
) -> None:
    add_clients(
        engine,
        [
            {"external_id": "tg", "telegram_chat_id": "1001", "email": "tg@ex.ru", **everyone()},
            {"external_id": "mail", "email": "mail@ex.ru", "phone": "+79990000002", **everyone()},
            {
                "external_id": "no-tg-consent",
                "telegram_chat_id": "1003",
                "phone": "+79990000003",
                **everyone(telegram=False),
            },
            {
                "external_id": "nothing",
                "telegram_chat_id": "1004",
                "email": "n@ex.ru",
                **everyone(telegram=False, email=False, sms=False),
            },
            {
                "external_id": "opted-out-tg",
                "telegram_chat_id": "1005",
                "email": "o@ex.ru",
                **everyone(),
            },
            {
                "external_id": "all-suppressed",
                "telegram_chat_id": "1006",
                "email": "s@ex.ru",
                "phone": "+79990000006",
                **everyone(),
            },
        ],
    )
    with engine.begin() as conn:
        ids = dict(conn.execute(select(Client.external_id, Client.id)).all())
        conn.execute(
            insert(Suppression),
            [
                {
                    "channel": "telegram",
                    "client_id": ids["opted-out-tg"],
                    "kind": "opt_out",
                    "created_at": now_utc(),
                },
                *(
                    {
                        "channel": ch,
                        "client_id": ids["all-suppressed"],
                        "kind": "suppression",
                        "created_at": now_utc(),
                    }
                    for ch in ("telegram", "email", "sms")
                ),
            ],
        )
    settings = settings_for(
        tmp_path,
        db_url,
        smtp_server.toml() + sms_gateway.toml() + telegram_server.toml(),
        campaign_toml(["telegram", "email", "sms"]),
        monkeypatch,
    )
    report = run(engine, settings)
    got = {m["external_id"]: (m["status"], m["channel"]) for m in messages(engine)}
    assert got == {
        "tg": ("sent", "telegram"),
        "mail": ("sent", "email"),
        "no-tg-consent": ("sent", "sms"),
        "nothing": ("no_channel", None),
        "opted-out-tg": ("sent", "email"),
    }  # all-suppressed was excluded by selection: no assignment at all
    assert [m.chat_id for m in telegram_server.messages] == ["1001"]
    assert sorted(r for m in smtp_server.messages for r in m.rcpt_tos) == ["mail@ex.ru", "o@ex.ru"]
    assert [m.to for m in sms_gateway.messages] == ["+79990000003"]
    assert report.sent == {"telegram": 1, "email": 2, "sms": 1}
    assert report.no_channel == 1 and report.excluded_opted_out == 1 and report.finished
    mail = smtp_server.messages[0].message
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert str(mail["List-Unsubscribe"]).strip().startswith("<https://example.com/winback/u/")
    # the link opts out the very client it was sent to, on that channel
    token = str(mail["List-Unsubscribe"]).strip().strip("<>").rsplit("/u/", 1)[1]
    claims, created = unsubscribe(engine, SECRET, token)
    owner = {"mail@ex.ru": "mail", "o@ex.ru": "opted-out-tg"}[smtp_server.messages[0].rcpt_tos[0]]
    assert (claims.client_external_id, claims.channel, created) == (owner, "email", True)
    # every treatment client has its own unique offer code, shown in the message
    codes = [m["offer_code"] for m in messages(engine)]
    assert len(set(codes)) == len(codes) == 5
    tg_code = next(m["offer_code"] for m in messages(engine) if m["external_id"] == "tg")
    assert tg_code in telegram_server.messages[0].text


def test_messages_to_one_telegram_chat_are_spaced_by_per_chat_interval(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    telegram_server: TelegramServer,
) -> None:
    """Two clients in one group chat: Telegram allows about one message a
    second per chat, so the second request goes out per_chat_interval_seconds
    after the first (the bot's rate, 25/s, alone would allow 40 ms), while a
    message to another chat is not held back."""
    group = "-1001234500"
    add_clients(
        sqlite_engine,
        [
            {"external_id": "g1", "telegram_chat_id": group, **everyone()},
            {"external_id": "g2", "telegram_chat_id": group, **everyone()},
            {"external_id": "p1", "telegram_chat_id": "5001", **everyone()},
        ],
    )
    settings = settings_for(
        tmp_path,
        sqlite_url,
        telegram_server.toml(per_chat_interval_seconds=0.8),
        campaign_toml(["telegram"]),
        monkeypatch,
    )

    report = run(sqlite_engine, settings)

    assert report.sent == {"telegram": 3}
    sends = [r for r in telegram_server.requests if r.path.lower().endswith("/sendmessage")]
    at: dict[str, list[float]] = {}
    for request in sends:
        at.setdefault(str(request.params()["chat_id"]), []).append(request.at)
    assert len(at[group]) == 2
    # A few ms of slack: the first send also asked getMe before its request.
    assert at[group][1] - at[group][0] >= 0.8 - 0.05
    assert at["5001"][0] < at[group][1]


def test_blocked_bot_suppresses_and_falls_back(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    smtp_server: SmtpServer,
    telegram_server: TelegramServer,
) -> None:
    add_clients(
        engine,
        [
            {"external_id": "blocker", "telegram_chat_id": "42", "email": "b@ex.ru", **everyone()},
            {"external_id": "fine", "telegram_chat_id": "43", "email": "f@ex.ru", **everyone()},
        ],
    )
    telegram_server.fail("blocked", times=None, recipient="42")
    settings = settings_for(
        tmp_path,
        db_url,
        smtp_server.toml() + telegram_server.toml(),
        campaign_toml(["telegram", "email"], fallback=True),
        monkeypatch,
    )
    run(engine, settings)
    got = {m["external_id"]: (m["status"], m["channel"]) for m in messages(engine)}
    assert got == {"blocker": ("sent", "email"), "fine": ("sent", "telegram")}
    with engine.connect() as conn:
        supp = conn.execute(
            select(Suppression.channel, Suppression.reason, Client.external_id).join(
                Client, Client.id == Suppression.client_id
            )
        ).all()
    assert [tuple(s) for s in supp] == [("telegram", "blocked", "blocker")]


def test_without_fallback_a_permanent_failure_ends_failed_and_is_not_retried(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    add_clients(engine, [{"external_id": "r", "phone": "+79990000001", **everyone()}])
    sms_gateway.fail("reject", times=None)
    settings = settings_for(
        tmp_path, db_url, sms_gateway.toml(max_attempts=5), campaign_toml(["sms"]), monkeypatch
    )
    report = run(engine, settings)
    [m] = messages(engine)
    assert (m["status"], m["error_reason"], m["outcome"]) == ("failed", "rejected", "failed")
    assert len(sms_gateway.requests) == 1  # a permanent 4xx is never retried
    assert report.failed == {"rejected": 1} and report.finished


def test_rate_limit_retry_after_is_honoured(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    add_clients(sqlite_engine, [{"external_id": "r", "phone": "+79990000001", **everyone()}])
    sms_gateway.fail("rate_limit", times=2, retry_after=1)
    settings = settings_for(
        tmp_path,
        sqlite_url,
        sms_gateway.toml(max_attempts=5, backoff_seconds=0.01),
        campaign_toml(["sms"]),
        monkeypatch,
    )
    started = now_utc()
    run(sqlite_engine, settings)
    elapsed = (now_utc() - started).total_seconds()
    [m] = messages(sqlite_engine)
    assert (m["status"], m["attempts"]) == ("sent", 3)
    assert len(sms_gateway.requests) == 3 and len(sms_gateway.messages) == 1
    assert elapsed >= 1.5  # waited Retry-After (1 s) twice, not the 0.01 s backoff


def test_a_long_retry_after_defers_and_the_next_run_sends(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    add_clients(sqlite_engine, [{"external_id": "r", "phone": "+79990000001", **everyone()}])
    sms_gateway.fail("rate_limit", times=1, retry_after=3600)
    settings = settings_for(
        tmp_path,
        sqlite_url,
        sms_gateway.toml(max_retry_wait_seconds=5),
        campaign_toml(["sms"]),
        monkeypatch,
    )
    report = run(sqlite_engine, settings)
    [m] = messages(sqlite_engine)
    assert m["status"] == "deferred" and m["not_before"] > now_utc() + dt.timedelta(minutes=50)
    assert report.deferred == 1 and not report.finished
    # not due yet: a second run sends nothing and plans nothing new
    report = run(sqlite_engine, settings)
    assert report.cycle == 1 and not report.planned_now and report.deferred == 1
    with sqlite_engine.begin() as conn:  # time passes
        conn.execute(
            Message.__table__.update().values(not_before=now_utc() - dt.timedelta(seconds=1))
        )
    report = run(sqlite_engine, settings)
    assert report.finished and report.sent == {"sms": 1}
    assert len(sms_gateway.messages) == 1


def test_transient_failures_exhausted_fall_back(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
    smtp_server: SmtpServer,
) -> None:
    add_clients(
        sqlite_engine,
        [{"external_id": "x", "phone": "+79990000001", "email": "x@ex.ru", **everyone()}],
    )
    sms_gateway.fail("server_error", times=None)
    settings = settings_for(
        tmp_path,
        sqlite_url,
        sms_gateway.toml(max_attempts=3, backoff_seconds=0.01) + smtp_server.toml(),
        campaign_toml(["sms", "email"], fallback=True),
        monkeypatch,
    )
    run(sqlite_engine, settings)
    [m] = messages(sqlite_engine)
    assert (m["status"], m["channel"]) == ("sent", "email")
    assert len(sms_gateway.requests) == 3


def test_quiet_hours_defer_to_the_end_of_the_night(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    import zoneinfo

    # A 3-hour quiet period around "now" in Vladivostok (UTC+10); a client in
    # Etc/GMT+2 (UTC-2) is 12 hours away from it, so outside it.
    night_tz = zoneinfo.ZoneInfo("Asia/Vladivostok")
    local = now_utc().astimezone(night_tz)
    start = (local - dt.timedelta(hours=1)).strftime("%H:%M")
    end = (local + dt.timedelta(hours=2)).strftime("%H:%M")
    add_clients(
        sqlite_engine,
        [
            {
                "external_id": "night",
                "phone": "+79990000001",
                "timezone": "Asia/Vladivostok",
                **everyone(),
            },
            {"external_id": "day", "phone": "+79990000002", "timezone": "Etc/GMT+2", **everyone()},
        ],
    )
    campaign = campaign_toml(["sms"], quiet_hours={"start": start, "end": end})
    settings = settings_for(tmp_path, sqlite_url, sms_gateway.toml(), campaign, monkeypatch)
    report = run(sqlite_engine, settings)
    got = {m["external_id"]: m for m in messages(sqlite_engine)}
    assert got["night"]["status"] == "deferred"
    wake = got["night"]["not_before"].astimezone(night_tz)
    assert wake.strftime("%H:%M") == end and now_utc() < wake <= now_utc() + dt.timedelta(hours=2)
    assert got["day"]["status"] == "sent"
    assert [m.to for m in sms_gateway.messages] == ["+79990000002"]
    assert not report.finished and report.deferred == 1


def test_sms_over_the_segment_limit_is_not_sent(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    add_clients(sqlite_engine, [{"external_id": "x", "phone": "+79990000001", **everyone()}])
    settings = settings_for(
        tmp_path,
        sqlite_url,
        sms_gateway.toml(sms_max_segments=1),
        campaign_toml(["sms"]),
        monkeypatch,
    )
    report = run(sqlite_engine, settings)
    [m] = messages(sqlite_engine)
    assert (m["status"], m["error_reason"]) == ("failed", "too_long")
    assert sms_gateway.requests == [] and report.failed == {"too_long": 1}


def test_dry_run_writes_nothing(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
    capsys: pytest.CaptureFixture[str],
) -> None:
    add_clients(sqlite_engine, [{"external_id": "x", "phone": "+79990000001", **everyone()}])
    settings = settings_for(
        tmp_path, sqlite_url, sms_gateway.toml(), campaign_toml(["sms"]), monkeypatch
    )
    assert run(sqlite_engine, settings, dry_run=True) is None
    out = capsys.readouterr().out
    assert "would plan a new cycle" in out and "+79990000001" in out
    assert "# dry run: 1 selected, 0 holdout, 1 message(s) above" in out
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(CampaignRun)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(Message)).scalar() == 0
    assert sms_gateway.requests == []


def test_a_finished_cycle_is_not_repeated_and_cooldown_holds(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    add_clients(
        engine,
        [{"external_id": f"c{i}", "phone": f"+7999000000{i}", **everyone()} for i in range(5)],
    )
    settings = settings_for(
        tmp_path, db_url, sms_gateway.toml(), campaign_toml(["sms"]), monkeypatch
    )
    first = run(engine, settings)
    second = run(engine, settings)
    assert first.sent == {"sms": 5} and first.finished
    assert second.cycle == 2 and second.selected == 0  # everyone is in cooldown
    assert len(sms_gateway.messages) == 5


def test_one_runtime_runs_cycle_after_cycle_on_one_event_loop(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    """What a scheduler does: templates and channels built once, then a cycle
    whenever it likes, all on one event loop, the channels open in between."""
    add_clients(
        engine,
        [{"external_id": f"c{i}", "phone": f"+7999000000{i}", **everyone()} for i in range(5)],
    )
    settings = settings_for(
        tmp_path, db_url, sms_gateway.toml(), campaign_toml(["sms"]), monkeypatch
    )
    runtime = CampaignRuntime.build(settings, settings.campaign("winback"))
    built: list[str] = []
    monkeypatch.setattr(runner, "build_channels", lambda *a: built.append("channels"))
    monkeypatch.setattr(runner, "make_renderer", lambda *a: built.append("templates"))

    async def scheduler() -> list[Any]:
        first = await run_cycle(engine, runtime, RunOptions())
        add_clients(  # lost since the first cycle: the second one takes them
            engine,
            [{"external_id": f"n{i}", "phone": f"+7999000001{i}", **everyone()} for i in range(3)],
            first=10,
        )
        second = await run_cycle(engine, runtime, RunOptions())
        await runtime.aclose()
        return [first, second]

    first, second = asyncio.run(scheduler())
    assert (first.cycle, first.sent, first.finished) == (1, {"sms": 5}, True)
    assert (second.cycle, second.sent, second.finished) == (2, {"sms": 3}, True)
    assert second.selected == 3  # the first five are in cooldown
    assert len(sms_gateway.messages) == 8
    assert built == []  # run_cycle builds neither templates nor channels


def add_email_clients(engine: Engine, n: int) -> None:
    add_clients(
        engine,
        [{"external_id": f"c{i}", "email": f"c{i}@ex.ru", **everyone()} for i in range(n)],
    )


def wrong_password(
    server: SmtpServer, tmp_path: Path, url: str, monkeypatch: pytest.MonkeyPatch
) -> Any:
    """Settings for an email campaign whose SMTP login will be refused."""
    monkeypatch.setenv(server.password_env, "wrong")
    return settings_for(tmp_path, url, server.toml(), campaign_toml(["email"]), monkeypatch)


def test_login_refused_stops_the_run_and_sends_nothing(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from winback.errors import ChannelConfigError

    add_email_clients(sqlite_engine, 3)
    with SmtpServer(username="shop", password="right") as server:
        settings = wrong_password(server, tmp_path, sqlite_url, monkeypatch)
        with pytest.raises(ChannelConfigError, match="auth"):
            run(sqlite_engine, settings)
        assert server.messages == []
        assert {m["status"] for m in messages(sqlite_engine)} == {"pending"}
        monkeypatch.setenv(server.password_env, "right")
        report = run(sqlite_engine, settings)
        assert report.sent == {"email": 3} and report.finished and not report.planned_now
        assert len(server.messages) == 3


def test_no_answer_on_a_channel_without_dedup_is_unknown_not_resent(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    telegram_server: TelegramServer,
) -> None:
    add_clients(sqlite_engine, [{"external_id": "t", "telegram_chat_id": "7", **everyone()}])
    telegram_server.fail("hang", times=None, seconds=3)
    settings = settings_for(
        tmp_path,
        sqlite_url,
        telegram_server.toml(timeout_seconds=0.5, max_attempts=5),
        campaign_toml(["telegram"]),
        monkeypatch,
    )
    report = run(sqlite_engine, settings)
    [m] = messages(sqlite_engine)
    assert (m["status"], m["error_reason"]) == ("unknown", "timeout")
    sends = [r for r in telegram_server.requests if r.path.endswith("/sendMessage")]
    assert len(sends) == 1  # never a second try that could deliver it twice
    assert report.unknown == 1 and report.finished


def test_a_plan_larger_than_one_chunk_is_written_whole(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    """The plan is spooled and written CHUNK rows at a time (memory stays flat
    for big cycles): every selected client still gets exactly one assignment,
    in rank order, treatment clients one message and a distinct code."""
    from winback.outcomes import PlanSpool

    monkeypatch.setattr(PlanSpool, "CHUNK", 4)
    clients = [
        {"external_id": f"k{i:02d}", "phone": f"+7999100{i:04d}", **everyone()} for i in range(20)
    ]
    clients += [{"external_id": f"n{i}", **everyone()} for i in range(3)]  # no address
    add_clients(engine, clients)
    campaign = campaign_toml(["sms"]).replace("holdout_percent = 0", "holdout_percent = 30")
    settings = settings_for(tmp_path, db_url, sms_gateway.toml(), campaign, monkeypatch)

    result = run(engine, settings)

    with engine.connect() as conn:
        assigned = conn.execute(
            select(Assignment.rank, Assignment.group_name, Assignment.offer_code).order_by(
                Assignment.id
            )
        ).all()
        selected, holdout = conn.execute(select(CampaignRun.selected, CampaignRun.holdout)).one()
    treatment = [a for a in assigned if a.group_name == "treatment"]
    assert [a.rank for a in assigned] == list(range(1, 24))
    assert (selected, holdout) == (23, len(assigned) - len(treatment))
    assert 0 < holdout < 23
    codes = [a.offer_code for a in treatment]
    assert None not in codes and len(set(codes)) == len(codes)
    rows = messages(engine)
    assert len(rows) == len(treatment)
    sent_to = [r["recipient"] for r in rows if r["status"] == "sent"]
    assert len(sent_to) == len(set(sent_to)) == len(sms_gateway.messages)
    assert sorted(r["status"] for r in rows if r["external_id"].startswith("n")) == [
        "no_channel"
    ] * sum(1 for r in rows if r["external_id"].startswith("n"))
    assert result.finished


def test_a_plan_is_written_with_the_larger_page_cache_on_sqlite(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    """SQLite's default 2 MB page cache spills a big plan's dirty pages to the
    WAL before the commit: the plan's rows are written with
    SQLITE_WRITE_CACHE_KIB, and the connection's own cache comes back after."""
    from sqlalchemy import event

    from winback.db import SQLITE_WRITE_CACHE_KIB

    add_clients(
        sqlite_engine,
        [{"external_id": f"k{i}", "phone": f"+7999100{i:04d}", **everyone()} for i in range(5)],
    )
    settings = settings_for(
        tmp_path, sqlite_url, sms_gateway.toml(), campaign_toml(["sms"]), monkeypatch
    )
    seen: list[tuple[str, int]] = []

    def record(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith(("INSERT INTO", "PRAGMA cache_size")):
            # the cache in force as the statement starts
            size = cursor.connection.execute("PRAGMA cache_size").fetchone()[0]
            seen.append((statement.split("(")[0].strip(), size))

    event.listen(sqlite_engine, "before_cursor_execute", record)
    run(sqlite_engine, settings)
    inserts = {name: size for name, size in seen if name.startswith("INSERT INTO")}
    assert inserts["INSERT INTO assignments"] == -SQLITE_WRITE_CACHE_KIB
    assert inserts["INSERT INTO messages"] == -SQLITE_WRITE_CACHE_KIB
    restore = [name for name, _ in seen if name.startswith("PRAGMA")][-1]
    assert restore == "PRAGMA cache_size=-2000"  # SQLite's default, the connection's own


def test_write_cache_restores_the_cache_after_an_error(sqlite_engine: Engine) -> None:
    from winback.db import SQLITE_WRITE_CACHE_KIB, write_cache

    with sqlite_engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA cache_size=-1234")
        with pytest.raises(ZeroDivisionError), write_cache(conn):
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -SQLITE_WRITE_CACHE_KIB
            1 / 0  # noqa: B018
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -1234


def test_the_next_batch_is_claimed_while_a_slow_message_is_in_flight(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    """Claims are pipelined, not batch, barrier, claim: with batches of 4 and
    the first message held by the gateway until the other fifteen have
    arrived (30 s at most), every other message (three more batches) is sent
    before the slow one is answered, and each once. (A fixed hold of 1.5 s
    was too short on a loaded host: fifteen sends took longer.) Were the
    batches a barrier, only its three batch-mates would arrive during the
    hold, and the slow one would not be last."""
    clients = [
        {"external_id": f"p{i:02d}", "phone": f"+7999200{i:04d}", **everyone()} for i in range(16)
    ]
    add_clients(engine, clients)
    settings = settings_for(
        tmp_path, db_url, sms_gateway.toml(), campaign_toml(["sms"]), monkeypatch
    )
    # Ranks follow revenue then external id: all equal, so p00 is sent first.
    others_arrived = lambda: len(sms_gateway.messages) >= len(clients) - 1  # noqa: E731
    sms_gateway.fail("hang", times=1, recipient="+79992000000", seconds=30, until=others_arrived)

    result = run(engine, settings, batch_size=4)

    arrived = [m.to for m in sms_gateway.messages]  # in the order they were accepted
    assert sorted(arrived) == sorted(c["phone"] for c in clients)
    assert arrived[-1] == "+79992000000"
    assert result.sent == {"sms": 16} and result.finished
    assert all(r["status"] == "sent" and r["attempts"] == 1 for r in messages(engine))


def test_dry_run_of_an_open_cycle_lists_what_is_due_and_changes_nothing(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from winback.errors import ChannelConfigError
    from winback.models import MessageEvent

    add_email_clients(sqlite_engine, 3)
    with SmtpServer(username="shop", password="right") as server:
        settings = wrong_password(server, tmp_path, sqlite_url, monkeypatch)
        with pytest.raises(ChannelConfigError):
            run(sqlite_engine, settings)  # plans, then stops: all three stay pending
        capsys.readouterr()
        before = messages(sqlite_engine)
        with sqlite_engine.connect() as conn:
            events = conn.execute(select(func.count()).select_from(MessageEvent)).scalar()

        assert run(sqlite_engine, settings, dry_run=True) is None

        out = capsys.readouterr().out
        assert out.startswith("# dry run: would resume cycle 1 of winback")
        assert [f"c{i}@ex.ru" in out for i in range(3)] == [True] * 3
        assert out.count("=== client") == 3
        assert "# dry run: 3 message(s) due now; nothing was written or sent" in out
        assert messages(sqlite_engine) == before
        with sqlite_engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(MessageEvent)).scalar() == events
        assert server.messages == []


def test_run_once_refuses_a_disabled_campaign(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path
) -> None:
    add_clients(sqlite_engine, [{"external_id": "x", "email": "x@shop.example", **everyone()}])
    channel = f'[channels.email]\ntransport = "file"\noutbox_dir = "{tmp_path / "outbox"}"\n'
    cfg = write_config(tmp_path, sqlite_url, channel + campaign_toml(["email"], enabled=False))
    env = {"WINBACK_UNSUBSCRIBE_SECRET": SECRET}
    done = run_cli("--config", str(cfg), "run-once", "winback", env=env)
    assert done.returncode == 2, done.stderr
    assert "campaign 'winback' is disabled (enabled = false)" in done.stderr
    assert done.stdout == ""
    dry = run_cli("--config", str(cfg), "run-once", "winback", "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr  # a dry run writes nothing: still allowed
    assert "x@shop.example" in dry.stdout
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(CampaignRun)).scalar() == 0
    assert not (tmp_path / "outbox").exists() or not any((tmp_path / "outbox").iterdir())
