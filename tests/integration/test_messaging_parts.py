"""Pure parts of messaging: quiet hours, offer codes, tokens, rate limiting, backoff."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import hmac
import random
import re
import zoneinfo
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select

from tests.conftest import run_cli, write_config
from winback.config import ChannelSettings, QuietHours
from winback.dispatch import decisions, plumbing
from winback.errors import TokenError
from winback.models import Client
from winback.offers import ALPHABET, new_code, new_codes
from winback.quiet import client_zone, quiet_until
from winback.rendering.context import SAMPLE_TOKEN
from winback.suppressions import add_suppression, list_suppressions, remove_suppression
from winback.unsubscribe import make_token, parse_token, sample_token, unsubscribe

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
    ids = {42: "C-42", 43: "C-43"}
    token = make_token("s3cret", 42, "C-42", "email")
    claims = parse_token("s3cret", token, ids.get)
    assert (claims.client_external_id, claims.channel) == ("C-42", "email")
    with pytest.raises(TokenError, match="signature"):
        parse_token("other-secret", token, ids.get)
    body, sig = token.split(".")
    forged = make_token("s3cret", 43, "C-43", "email").split(".")[0] + "." + sig
    with pytest.raises(TokenError, match="signature"):
        parse_token("s3cret", forged, ids.get)
    # A client id that no longer exists fails like a forgery (no oracle of ids).
    with pytest.raises(TokenError, match="signature"):
        parse_token("s3cret", token, {}.get)
    for bad in ("", "abc", "a.b.c", "!!!.???", body, "Ag.AAAA", body + "A." + sig):
        with pytest.raises(TokenError):
            parse_token("s3cret", bad, ids.get)
    assert "C-42" not in token  # the external id is not in it, nor any address


def test_unsubscribe_token_is_short_whatever_the_external_id() -> None:
    """A v2 token carries the row id, not the external id: a UUID external id
    made a v1 token 79 characters, more than a Cyrillic SMS segment."""
    uuid_id = "3f2b8c1e-9d4a-4e7b-a6f0-1c2d3e4f5a6b"
    assert len(make_token("k", 1_999_999, uuid_id, "sms")) == 24
    assert len(make_token("k", 7, uuid_id, "sms")) == 21
    assert len(sample_token()) == len(make_token("k", 2**31 - 1, uuid_id, "telegram")) == 27
    assert all(len(make_token("k", n, uuid_id, "email")) <= 27 for n in (0, 2**21, 2**31 - 1))
    assert sample_token() == SAMPLE_TOKEN  # what `winback check` measures SMS with


def test_unsubscribe_token_of_a_reassigned_row_id_is_refused() -> None:
    """If a reloaded copy of the CRM tables gives row id 42 to another client,
    an old link must not opt that other client out."""
    token = make_token("k", 42, "C-42", "sms")
    with pytest.raises(TokenError, match="signature"):
        parse_token("k", token, {42: "C-77"}.get)


def test_unsubscribe_links_sent_before_still_work(engine: Engine) -> None:
    """v1 tokens (external id inside, 128-bit tag) in messages already sent."""
    with engine.begin() as conn:
        conn.execute(insert(Client).values(external_id="C-9", email="a@b.ru"))
    payload = b"1\x1fC-9\x1femail"
    tag = hmac.new(b"k", payload, hashlib.sha256).digest()[:16]

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    legacy = f"{b64(payload)}.{b64(tag)}"
    claims, created = unsubscribe(engine, "k", legacy)
    assert (claims.client_external_id, claims.channel, created) == ("C-9", "email", True)
    with pytest.raises(TokenError, match="signature"):
        parse_token("other", legacy, {}.get)
    wrong = f"{b64(payload.replace(b'email', b'sms'))}.{b64(tag)}"
    with pytest.raises(TokenError, match="signature"):
        parse_token("k", wrong, {}.get)


def _client_id(engine: Engine, external_id: str) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(select(Client.id).where(Client.external_id == external_id)).scalar_one()
        )


def test_unsubscribe_records_an_opt_out_once(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(insert(Client).values(external_id="C-42", email="a@b.ru"))
    token = make_token("k", _client_id(engine, "C-42"), "C-42", "sms")
    assert unsubscribe(engine, "k", token)[1] is True
    assert unsubscribe(engine, "k", token)[1] is False
    rows = list(list_suppressions(engine))
    assert [(r.channel, r.client, r.kind) for r in rows] == [("sms", "C-42", "opt_out")]


def _token_for_raw_id(varint: bytes) -> str:
    """A v2 token whose client id is these varint bytes (make_token refuses such ids)."""
    b64 = base64.urlsafe_b64encode
    body, tag = bytes([2]) + varint + bytes([1]), bytes(12)
    return f"{b64(body).rstrip(b'=').decode()}.{b64(tag).rstrip(b'=').decode()}"


# ids beyond clients.id's 32-bit range, and varints longer than such an id needs
OUT_OF_RANGE_IDS = [
    _token_for_raw_id(b"\x80\x80\x80\x80\x08"),  # 2^31
    _token_for_raw_id(b"\xff\xff\xff\xff\x0f"),  # 2^35 - 1: 5 bytes, over the bound
    _token_for_raw_id(b"\x80" * 9 + b"\x01"),  # 2^63
    _token_for_raw_id(b"\x80" * 18 + b"\x01"),  # 2^126
    _token_for_raw_id(b"\x81\x80\x80\x80\x80\x00"),  # 1, padded to 6 bytes
]
UNSUBSCRIBE_SECRET = "a-test-secret-of-more-than-32-characters"


def test_a_token_with_an_out_of_range_client_id_is_malformed(engine: Engine) -> None:
    """Unauthenticated input: the id is bounded before any query, which on
    PostgreSQL (integer out of range) and SQLite (over 2^63) used to raise."""
    with engine.begin() as conn:
        conn.execute(insert(Client).values(external_id="C-1", email="x@y.ru"))
    for token in OUT_OF_RANGE_IDS:
        with pytest.raises(TokenError, match="malformed"):
            unsubscribe(engine, UNSUBSCRIBE_SECRET, token)
    largest = make_token(UNSUBSCRIBE_SECRET, 2**31 - 1, "C-1", "email")
    with pytest.raises(TokenError, match="signature"):  # in range: looked up, no such client
        unsubscribe(engine, UNSUBSCRIBE_SECRET, largest)
    with pytest.raises(ValueError, match="between 0 and"):
        make_token(UNSUBSCRIBE_SECRET, 2**31, "C-1", "email")


def test_unsubscribe_cli_says_malformed_for_an_out_of_range_client_id(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    cfg = write_config(tmp_path, db_url)
    env = {"WINBACK_UNSUBSCRIBE_SECRET": UNSUBSCRIBE_SECRET}
    for token in (OUT_OF_RANGE_IDS[0], OUT_OF_RANGE_IDS[2]):
        done = run_cli("--config", str(cfg), "unsubscribe", token, env=env)
        assert done.returncode == 2, done.stderr
        assert "malformed" in done.stderr and "Traceback" not in done.stderr


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
    env = {"WINBACK_UNSUBSCRIBE_SECRET": UNSUBSCRIBE_SECRET}
    cid = _client_id(sqlite_engine, "C-1")
    token = make_token(UNSUBSCRIBE_SECRET, cid, "C-1", "email")
    done = run_cli("--config", str(cfg), "unsubscribe", token, env=env)
    assert done.returncode == 0, done.stderr
    assert "recorded" in done.stdout
    forged = run_cli(
        "--config", str(cfg), "unsubscribe", make_token("x", cid, "C-1", "email"), env=env
    )
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

    monkeypatch.setattr(plumbing.asyncio, "sleep", fake_sleep)
    limiter = plumbing.RateLimiter(4.0, clock=lambda: clock[0])

    async def go() -> None:
        for _ in range(9):
            await limiter.wait()

    asyncio.run(go())
    # the first goes at once, then one every 0.25 s: 9 sends span exactly 2 s
    assert slept == pytest.approx([0.25] * 8)
    assert clock[0] == pytest.approx(102.0)


def test_recipient_pacer_spaces_sends_to_one_recipient_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = [100.0]
    starts: list[tuple[str, float]] = []

    async def fake_sleep(delay: float) -> None:
        clock[0] += delay

    monkeypatch.setattr(plumbing.asyncio, "sleep", fake_sleep)
    pacer = plumbing.RecipientPacer(1.0, clock=lambda: clock[0])

    async def send(chat: str, takes: float) -> None:
        async with pacer.turn(chat):
            pacer.started(chat)
            starts.append((chat, clock[0]))
            clock[0] += takes

    async def go() -> None:
        await send("A", 0.25)
        await send("B", 0.0)  # another chat: at once
        await send("A", 0.0)  # 1 s after A's first start, not after it ended
        clock[0] += 5.0
        await send("A", 0.0)  # long after: at once, and A's old start is forgotten

    asyncio.run(go())
    assert starts == [("A", 100.0), ("B", 100.25), ("A", 101.0), ("A", 106.0)]
    assert list(pacer._started) == ["A"]
    assert not pacer._locks and not pacer._waiting


def test_backoff_grows_exponentially_with_jitter() -> None:
    cfg = ChannelSettings(backoff_seconds=2.0)
    rnd = random.Random(1)
    delays = [decisions.backoff_delay(cfg, n, rnd) for n in (1, 2, 3, 4)]
    for n, d in enumerate(delays, 1):
        nominal = 2.0 * 2 ** (n - 1)
        assert 0.5 * nominal <= d <= 1.5 * nominal
    assert (
        len({round(d / (2.0 * 2 ** (n - 1)), 6) for n, d in enumerate(delays, 1)}) > 1
    )  # jittered
