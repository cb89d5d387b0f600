"""A channel failing in a way nobody planned for fails that one message: the run
goes on, and every message ends with a recorded outcome (none left `sending`).

Against the loopback SMS gateway and Bot API stand-in; where a test needs a
channel that raises what no real channel raises today, it wraps the real one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from tests.integration.test_run_once import (
    add_clients,
    campaign_toml,
    everyone,
    messages,
    run,
    settings_for,
)
from tests.servers import SmsGateway, TelegramServer
from winback import runner
from winback.channels.base import Channel, OutboundMessage, SendResult
from winback.config import Campaign, Settings
from winback.models import Client, Message, MessageEvent
from winback.timeutil import now_utc

DAY = dt.timedelta(days=1)


def phones(n: int) -> list[dict[str, Any]]:
    return [{"external_id": f"s{i}", "phone": f"+7999300{i:04d}", **everyone()} for i in range(n)]


def chats(first: int, n: int) -> list[dict[str, Any]]:
    return [
        {"external_id": f"t{i}", "telegram_chat_id": str(first + i), **everyone()} for i in range(n)
    ]


def assert_every_outcome_recorded(engine: Engine, expected: int) -> None:
    rows = messages(engine)
    assert len(rows) == expected
    assert not [r for r in rows if r["status"] in ("sending", "pending")]


@pytest.mark.parametrize("retry_after", ["1e15", "inf", "99999999999999999999"])
def test_an_absurd_retry_after_defers_one_message_and_the_run_completes(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
    retry_after: str,
) -> None:
    """A 429 with `Retry-After: 1e15` overflowed `timedelta` and stopped the run
    with 8 messages left `sending`; the wait is now clamped to a day, which is
    beyond max_retry_wait_seconds, so that message is deferred."""
    add_clients(engine, phones(8))
    sms_gateway.fail("rate_limit", times=1, retry_after=retry_after)
    settings = settings_for(
        tmp_path, db_url, sms_gateway.toml(), campaign_toml(["sms"]), monkeypatch
    )

    report = run(engine, settings)

    assert report.sent == {"sms": 7} and report.deferred == 1 and not report.finished
    assert_every_outcome_recorded(engine, 8)
    [deferred] = [r for r in messages(engine) if r["status"] == "deferred"]
    assert deferred["error_reason"] == "rate_limited"
    wake = deferred["not_before"] - now_utc()
    assert DAY - dt.timedelta(minutes=5) < wake <= DAY


def test_telegram_flood_control_beyond_a_timedelta_defers_the_message(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    telegram_server: TelegramServer,
) -> None:
    """python-telegram-bot turns retry_after into a timedelta and raised
    OverflowError (not a TelegramError) for 10^15 s: clamped as it is read."""
    add_clients(sqlite_engine, chats(70, 3))
    telegram_server.fail("rate_limit", times=1, recipient="70", retry_after=10**15)
    settings = settings_for(
        tmp_path, sqlite_url, telegram_server.toml(), campaign_toml(["telegram"]), monkeypatch
    )

    report = run(sqlite_engine, settings)

    assert report.sent == {"telegram": 2} and report.deferred == 1
    assert_every_outcome_recorded(sqlite_engine, 3)
    [deferred] = [r for r in messages(sqlite_engine) if r["status"] == "deferred"]
    assert deferred["external_id"] == "t0" and deferred["not_before"] - now_utc() <= DAY


class Faulty:
    """A real channel that also raises what its recipient is told to: in
    ``check`` (building the message) or in ``send`` (before or after the
    real call)."""

    def __init__(self, inner: Channel, faults: dict[str, tuple[str, Exception]]) -> None:
        self.inner = inner
        self.name = inner.name
        self.idempotent = inner.idempotent
        self.rate_limited = inner.rate_limited
        self.max_segments = inner.max_segments
        self.per_recipient_interval = inner.per_recipient_interval
        self.faults = faults  # recipient → (where: check|before|after, exception)

    def _raise(self, message: OutboundMessage, where: str) -> None:
        fault = self.faults.get(message.recipient)
        if fault is not None and fault[0] == where:
            if where == "before":  # once: the retry goes through
                del self.faults[message.recipient]
            raise fault[1]

    def check(self, message: OutboundMessage) -> None:
        self._raise(message, "check")
        self.inner.check(message)

    async def send(self, message: OutboundMessage) -> SendResult:
        self._raise(message, "before")
        result = await self.inner.send(message)
        self._raise(message, "after")
        return result

    async def aclose(self) -> None:
        await self.inner.aclose()


def faulty_channels(
    monkeypatch: pytest.MonkeyPatch, faults: dict[str, tuple[str, Exception]]
) -> None:
    real: Callable[[Settings, Campaign], dict[str, Channel]] = runner.build_channels

    def build(settings: Settings, campaign: Campaign) -> dict[str, Channel]:
        return {name: Faulty(ch, faults) for name, ch in real(settings, campaign).items()}

    monkeypatch.setattr(runner, "build_channels", build)


def statuses(engine: Engine) -> dict[str, tuple[str, str | None, int]]:
    return {
        r["external_id"]: (r["status"], r["error_reason"], r["attempts"]) for r in messages(engine)
    }


def test_an_unexpected_exception_fails_that_message_and_the_others_go_out(
    engine: Engine,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    """By its kind: a ValueError building the message or a TypeError sending it
    is permanent (failed, not retried); an OSError is transient (retried, here
    with the same key on a gateway that deduplicates)."""
    add_clients(engine, phones(6))
    faulty_channels(
        monkeypatch,
        {
            "+79993000000": ("check", UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogate")),
            "+79993000001": ("before", TypeError("unsupported operand")),
            "+79993000002": ("before", ConnectionResetError("reset by peer")),
        },
    )
    settings = settings_for(
        tmp_path,
        db_url,
        sms_gateway.toml(backoff_seconds=0.01),
        campaign_toml(["sms"]),
        monkeypatch,
    )

    report = run(engine, settings)

    assert statuses(engine) == {
        "s0": ("failed", "unexpected", 0),  # never marked `sending`: it could not be built
        "s1": ("failed", "unexpected", 1),
        "s2": ("sent", None, 2),
        "s3": ("sent", None, 1),
        "s4": ("sent", None, 1),
        "s5": ("sent", None, 1),
    }
    assert report.sent == {"sms": 4} and report.failed == {"unexpected": 2} and report.finished
    assert sorted(m.to for m in sms_gateway.messages) == [f"+7999300000{i}" for i in (2, 3, 4, 5)]
    with engine.connect() as conn:
        s0_events = (
            conn.execute(
                select(MessageEvent.status)
                .join(Message, Message.id == MessageEvent.message_id)
                .join(Client, Client.id == Message.client_id)
                .where(Client.external_id == "s0")
            )
            .scalars()
            .all()
        )
    assert "failed" in s0_events and "sending" not in s0_events
    assert_every_outcome_recorded(engine, 6)


def test_an_unexpected_exception_after_the_request_on_telegram_is_unknown_not_resent(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    telegram_server: TelegramServer,
) -> None:
    """The Bot API has no deduplication: an exception once the request may have
    gone out (here: after the message was accepted) ends `unknown`, never a
    second send, and the other messages still go out."""
    add_clients(sqlite_engine, chats(80, 3))
    faulty_channels(monkeypatch, {"80": ("after", OSError("answer unreadable"))})
    settings = settings_for(
        tmp_path, sqlite_url, telegram_server.toml(), campaign_toml(["telegram"]), monkeypatch
    )

    report = run(sqlite_engine, settings)

    assert statuses(sqlite_engine) == {
        "t0": ("unknown", "unexpected", 1),
        "t1": ("sent", None, 1),
        "t2": ("sent", None, 1),
    }
    assert sorted(m.chat_id for m in telegram_server.messages) == ["80", "81", "82"]
    assert report.unknown == 1 and report.finished


def test_a_message_that_cannot_be_rendered_fails_alone(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sms_gateway: SmsGateway,
) -> None:
    """SQLite's row ids go past clients.id's 32-bit range on PostgreSQL and
    MariaDB; no unsubscribe token can name such a client (make_token refuses
    it), so its message fails, and the others go out."""
    clients = phones(3)
    clients[2]["id"] = 2**31  # the last one: the others keep small ids
    add_clients(sqlite_engine, clients)
    settings = settings_for(
        tmp_path, sqlite_url, sms_gateway.toml(), campaign_toml(["sms"]), monkeypatch
    )

    report = run(sqlite_engine, settings)

    assert statuses(sqlite_engine) == {
        "s0": ("sent", None, 1),
        "s1": ("sent", None, 1),
        "s2": ("failed", "unexpected", 0),
    }
    assert report.failed == {"unexpected": 1} and report.finished
