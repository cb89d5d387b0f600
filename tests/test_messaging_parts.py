"""Pure parts of messaging: quiet hours, offer codes, tokens, rate limiting, backoff."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import re
import zoneinfo
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert

from tests.conftest import run_cli, write_config
from winback import dispatch
from winback.config import ChannelSettings, QuietHours
from winback.errors import TokenError
from winback.models import Client
from winback.offers import ALPHABET, new_code, new_codes
from winback.quiet import client_zone, quiet_until
from winback.suppressions import add_suppression, list_suppressions, remove_suppression
from winback.unsubscribe import make_token, parse_token, unsubscribe

MSK = zoneinfo.ZoneInfo("Europe/Moscow")
LONDON = zoneinfo.ZoneInfo("Europe/London")
NIGHT = QuietHours(start="21:00", end="09:00")


def at(tz: zoneinfo.ZoneInfo, *args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=tz).astimezone(dt.UTC)


@pytest.mark.parametrize(
    ("local", "wake"),
    [
        ((2024, 5, 1, 20, 59), None),
        ((2024, 5, 1, 21, 0), (2024, 5, 2, 9, 0)),
        ((2024, 5, 1, 23, 30), (2024, 5, 2, 9, 0)),
        ((2024, 5, 2, 3, 0), (2024, 5, 2, 9, 0)),
        ((2024, 5, 2, 8, 59), (2024, 5, 2, 9, 0)),
        ((2024, 5, 2, 9, 0), None),
        ((2024, 12, 31, 22, 0), (2025, 1, 1, 9, 0)),
    ],
)
def test_quiet_hours_wrapping_midnight(
    local: tuple[int, ...], wake: tuple[int, ...] | None
) -> None:
    got = quiet_until(at(MSK, *local), NIGHT, MSK)
    assert got == (at(MSK, *wake) if wake else None)


def test_quiet_hours_within_a_day_and_none() -> None:
    lunch = QuietHours(start="13:00", end="14:30")
    assert quiet_until(at(MSK, 2024, 5, 1, 13, 10), lunch, MSK) == at(MSK, 2024, 5, 1, 14, 30)
    assert quiet_until(at(MSK, 2024, 5, 1, 14, 30), lunch, MSK) is None
    assert quiet_until(at(MSK, 2024, 5, 1, 3, 0), None, MSK) is None


def test_quiet_hours_across_a_dst_change() -> None:
    # London springs forward on 2024-03-31 at 01:00 → 02:00: the wake-up is
    # 09:00 BST, which is 08:00 UTC, not 09:00 UTC.
    got = quiet_until(at(LONDON, 2024, 3, 30, 23, 0), NIGHT, LONDON)
    assert got == dt.datetime(2024, 3, 31, 8, 0, tzinfo=dt.UTC)


def test_client_zone_falls_back_on_unusable_names() -> None:
    assert client_zone("Asia/Vladivostok", MSK).key == "Asia/Vladivostok"
    assert client_zone("Mars/Olympus", MSK) is MSK
    assert client_zone(None, MSK) is MSK


def test_offer_codes_are_typable_and_unique() -> None:
    code = new_code("BACK")
    assert re.fullmatch(rf"BACK-[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}", code)
    assert not set("015BILOS") & set(ALPHABET)
    codes = new_codes("X", 5000, taken={"X-2222-2222"})
    assert len(set(codes)) == 5000
    assert "X-2222-2222" not in codes


def test_unsubscribe_token_round_trip_and_forgery() -> None:
    token = make_token("s3cret", "C-42", "email")
    claims = parse_token("s3cret", token)
    assert (claims.client_external_id, claims.channel) == ("C-42", "email")
    with pytest.raises(TokenError, match="signature"):
        parse_token("other-secret", token)
    body, sig = token.split(".")
    forged = make_token("s3cret", "C-43", "email").split(".")[0] + "." + sig
    with pytest.raises(TokenError, match="signature"):
        parse_token("s3cret", forged)
    for bad in ("", "abc", "a.b.c", "!!!.???", body):
        with pytest.raises(TokenError):
            parse_token("s3cret", bad)
    assert "C-42" not in token  # the external id is encoded, and no address is in it


def test_unsubscribe_records_an_opt_out_once(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(insert(Client).values(external_id="C-42", email="a@b.ru"))
    token = make_token("k", "C-42", "sms")
    assert unsubscribe(engine, "k", token)[1] is True
    assert unsubscribe(engine, "k", token)[1] is False
    rows = list(list_suppressions(engine))
    assert [(r.channel, r.client, r.kind) for r in rows] == [("sms", "C-42", "opt_out")]


def test_manual_suppressions_by_address_are_normalised(engine: Engine) -> None:
    assert add_suppression(engine, channel="sms", address="8 (999) 123-45-67")
    assert not add_suppression(engine, channel="sms", address="+7 999 123 45 67")
    assert add_suppression(engine, channel="email", address="Some.One@Example.COM")
    rows = {(r.channel, r.address) for r in list_suppressions(engine)}
    assert rows == {("sms", "+79991234567"), ("email", "some.one@example.com")}
    assert remove_suppression(engine, channel="sms", address="+79991234567") == 1
    assert {r.channel for r in list_suppressions(engine)} == {"email"}


def test_unsubscribe_and_suppress_cli(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path
) -> None:
    with sqlite_engine.begin() as conn:
        conn.execute(insert(Client).values(external_id="C-1", email="x@y.ru"))
    cfg = write_config(tmp_path, sqlite_url)
    env = {"WINBACK_UNSUBSCRIBE_SECRET": "k"}
    done = run_cli("--config", str(cfg), "unsubscribe", make_token("k", "C-1", "email"), env=env)
    assert done.returncode == 0, done.stderr
    assert "recorded" in done.stdout
    forged = run_cli("--config", str(cfg), "unsubscribe", make_token("x", "C-1", "email"), env=env)
    assert (
        forged.returncode == 2 and "signature" in forged.stderr and "Traceback" not in forged.stderr
    )
    done = run_cli(
        "--config",
        str(cfg),
        "suppress",
        "add",
        "--channel",
        "telegram",
        "--client",
        "C-1",
        "--reason",
        "asked by phone",
    )
    assert done.returncode == 0, done.stderr
    done = run_cli("--config", str(cfg), "suppress", "list", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert "asked by phone" in done.stdout and '"unsubscribe"' not in done.stdout
    bad = run_cli(
        "--config", str(cfg), "suppress", "add", "--channel", "email", "--client", "nobody"
    )
    assert bad.returncode == 2 and "no client with external id 'nobody'" in bad.stderr
    both = run_cli(
        "--config", str(cfg), "suppress", "add", "--channel", "email", "--client", "C-1", "a@b.c"
    )
    assert both.returncode == 2
    done = run_cli(
        "--config", str(cfg), "suppress", "remove", "--channel", "telegram", "--client", "C-1"
    )
    assert done.returncode == 0 and "removed 1" in done.stdout


def test_rate_limiter_spaces_sends_evenly(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    slept: list[float] = []

    async def fake_sleep(delay: float) -> None:
        slept.append(delay)
        clock[0] += delay

    monkeypatch.setattr(dispatch.asyncio, "sleep", fake_sleep)
    limiter = dispatch.RateLimiter(4.0, clock=lambda: clock[0])

    async def go() -> None:
        for _ in range(9):
            await limiter.wait()

    asyncio.run(go())
    # the first goes at once, then one every 0.25 s: 9 sends span exactly 2 s
    assert slept == pytest.approx([0.25] * 8)
    assert clock[0] == pytest.approx(102.0)


def test_backoff_grows_exponentially_with_jitter() -> None:
    cfg = ChannelSettings(backoff_seconds=2.0)
    rnd = random.Random(1)
    delays = [dispatch.backoff_delay(cfg, n, rnd) for n in (1, 2, 3, 4)]
    for n, d in enumerate(delays, 1):
        nominal = 2.0 * 2 ** (n - 1)
        assert 0.5 * nominal <= d <= 1.5 * nominal
    assert (
        len({round(d / (2.0 * 2 ** (n - 1)), 6) for n, d in enumerate(delays, 1)}) > 1
    )  # jittered
