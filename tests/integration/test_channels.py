"""Channels against real servers on loopback: one table of scenarios every
channel goes through, then what is particular to each."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import email.policy
import logging
import subprocess
import sys
from collections.abc import Callable
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests import servers
from tests.servers import (
    SmsGateway,
    SmtpServer,
    TelegramServer,
    TlsFiles,
    settings_with,
)
from winback.channels import Channel, OutboundMessage, SendResult, build_channel
from winback.channels.email import SmtpChannel, _hard_bounce, build_message, message_id
from winback.channels.file import FileChannel, safe_filename
from winback.channels.sms import HttpSmsChannel, retry_after
from winback.channels.telegram import BotChannel, _seconds
from winback.config import EmailSettings, Settings
from winback.errors import ChannelConfigError, ChannelError

# Fixtures from tests/servers.py: pytest finds a fixture by its name in the module.
smtp_server = servers.smtp_server
sms_gateway = servers.sms_gateway
telegram_server = servers.telegram_server
tls_files = servers.tls_files

PHONE = "+79161234567"
CHAT = "123456789"
ADDRESS = "anna.petrova@mail.example"
RECIPIENTS = {"email": ADDRESS, "sms": PHONE, "telegram": CHAT}
TEXTS = {
    "email": "Анна, мы скучаем! Скидка 15% по коду BACK15.",
    "sms": "Анна, скидка 15% по коду BACK15 до 31.03",
    "telegram": "<b>Анна</b>, скидка 15% по коду <code>BACK15</code>",
}


def body(mime: EmailMessage, kind: str) -> str:
    part = mime.get_body((kind,))
    assert part is not None, f"no {kind} part"
    return str(part.get_content())


def outbound(channel: str, **fields: Any) -> OutboundMessage:
    values: dict[str, Any] = {
        "idempotency_key": f"spring:C-42:2026-03:{channel}",
        "channel": channel,
        "recipient": RECIPIENTS[channel],
        "text": TEXTS[channel],
        "campaign": "spring",
        "client_external_id": "C-42",
    }
    if channel == "email":
        values |= {
            "subject": "Мы скучаем по вам",
            "html": "<p>Анна, мы скучаем! Скидка <b>15%</b> по коду BACK15.</p>",
            "unsubscribe_url": "https://shop.example/winback/u/abc123",
        }
    return OutboundMessage(**(values | fields))


async def _send(channel: Channel, *messages: OutboundMessage) -> list[SendResult | ChannelError]:
    try:
        results = await asyncio.gather(*(channel.send(m) for m in messages), return_exceptions=True)
    finally:
        await channel.aclose()
    for result in results:
        if not isinstance(result, SendResult | ChannelError):
            raise result
    return list(results)  # type: ignore[arg-type]


def send(channel: Channel, *messages: OutboundMessage) -> list[SendResult | ChannelError]:
    return asyncio.run(_send(channel, *messages))


def send_one(channel: Channel, message: OutboundMessage) -> SendResult:
    (result,) = send(channel, message)
    if isinstance(result, ChannelError):
        raise result
    return result


def fails(channel: Channel, message: OutboundMessage) -> ChannelError:
    (result,) = send(channel, message)
    assert isinstance(result, ChannelError), f"expected a ChannelError, got {result!r}"
    return result


# ------------------------------------------------------------ the shared table


@dataclasses.dataclass(frozen=True)
class Expect:
    permanent: bool
    reason: str
    suppress: bool = False
    retry_after: float | None = None


TRANSIENT = {
    "hang": Expect(False, "timeout"),
    "unreachable": Expect(False, "unavailable"),
}


@dataclasses.dataclass(frozen=True)
class Target:
    id: str
    channel: str
    server: Callable[[pytest.MonkeyPatch], Any]  # a started-on-enter server of tests.servers
    expect: dict[str, Expect]

    def received(self, server: Any) -> list[Any]:
        return server.messages

    def __str__(self) -> str:
        return self.id


def _smtp(monkeypatch: pytest.MonkeyPatch) -> SmtpServer:
    return SmtpServer()


def _gateway(profile: str) -> Callable[[pytest.MonkeyPatch], SmsGateway]:
    def start(monkeypatch: pytest.MonkeyPatch) -> SmsGateway:
        gateway = SmsGateway(profile)
        monkeypatch.setenv(gateway.token_env, gateway.token)
        return gateway

    return start


def _telegram(monkeypatch: pytest.MonkeyPatch) -> TelegramServer:
    server = TelegramServer()
    monkeypatch.setenv(server.token_env, server.token)
    return server


TARGETS = [
    Target(
        "email-smtp",
        "email",
        _smtp,
        {
            "rate_limit": Expect(False, "deferred"),
            "server_error": Expect(False, "deferred"),
            "reject": Expect(True, "rejected"),
            **TRANSIENT,
        },
    ),
    Target(
        "sms-generic",
        "sms",
        _gateway("generic"),
        {
            "rate_limit": Expect(False, "rate_limited", retry_after=3),
            "server_error": Expect(False, "unavailable"),
            "reject": Expect(True, "rejected"),
            **TRANSIENT,
        },
    ),
    Target(
        "sms-twilio",
        "sms",
        _gateway("twilio"),
        {
            "rate_limit": Expect(False, "rate_limited", retry_after=3),
            "server_error": Expect(False, "unavailable"),
            "reject": Expect(True, "bad_address", suppress=True),  # 21211
            **TRANSIENT,
        },
    ),
    Target(
        "sms-smsru",
        "sms",
        _gateway("smsru"),
        {
            "rate_limit": Expect(False, "rate_limited", retry_after=60),  # code 231
            "server_error": Expect(False, "unavailable"),  # code 220
            "reject": Expect(True, "bad_address", suppress=True),  # code 207
            **TRANSIENT,
        },
    ),
    Target(
        "telegram-bot",
        "telegram",
        _telegram,
        {
            "rate_limit": Expect(False, "rate_limited", retry_after=3),
            "server_error": Expect(False, "unavailable"),
            "reject": Expect(True, "rejected"),
            **TRANSIENT,
        },
    ),
]


@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_accepted(target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    with target.server(monkeypatch) as server:
        channel = build_channel(target.channel, server.settings())
        assert isinstance(channel, Channel)
        result = send_one(channel, outbound(target.channel))
        received = target.received(server)
    assert len(received) == 1
    assert result.provider_id
    if target.channel == "email":
        assert received[0].rcpt_tos == (ADDRESS,)
        assert body(received[0].message, "plain").strip() == TEXTS["email"]
    else:
        assert received[0].text == TEXTS[target.channel]


@pytest.mark.parametrize("scenario", ["rate_limit", "server_error", "reject", "hang"])
@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_failure(target: Target, scenario: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expect = target.expect[scenario]
    with target.server(monkeypatch) as server:
        server.fail(scenario, retry_after=3, seconds=3)
        channel = build_channel(target.channel, server.settings(timeout_seconds=0.5))
        first, second = send(channel, outbound(target.channel), outbound(target.channel))
    # gather starts both; the fault hits exactly one of them, the other goes through
    error, result = (first, second) if isinstance(first, ChannelError) else (second, first)
    assert isinstance(error, ChannelError), (first, second)
    assert isinstance(result, SendResult), (first, second)
    assert (error.permanent, error.reason, error.suppress) == (
        expect.permanent,
        expect.reason,
        expect.suppress,
    ), str(error)
    assert error.retry_after == expect.retry_after


@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_check_builds_the_message_and_sends_nothing(
    target: Target, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dispatcher calls check() before marking a message `sending`: it
    refuses what send() would refuse before any request, and sends nothing."""
    with target.server(monkeypatch) as server:
        channel = build_channel(target.channel, server.settings())
        channel.check(outbound(target.channel))
        with pytest.raises(ChannelError) as refused:
            channel.check(outbound(target.channel, recipient="not an address"))
        asyncio.run(channel.aclose())
        assert target.received(server) == []
        assert getattr(server, "requests", []) == []
    assert (refused.value.permanent, refused.value.reason) == (True, "bad_address")


@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_unreachable(target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    with target.server(monkeypatch) as server:
        settings = server.settings(timeout_seconds=0.5)
    error = fails(build_channel(target.channel, settings), outbound(target.channel))
    expect = target.expect["unreachable"]
    assert (error.permanent, error.reason) == (expect.permanent, expect.reason), str(error)


@pytest.mark.parametrize("target", TARGETS, ids=str)
def test_fault_for_one_recipient_only(target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    other = {"email": "boris@mail.example", "sms": "+79169876543", "telegram": "555"}
    with target.server(monkeypatch) as server:
        server.fail("reject", times=None, recipient=RECIPIENTS[target.channel])
        channel = build_channel(target.channel, server.settings())
        results = send(
            channel,
            outbound(target.channel),
            outbound(target.channel, recipient=other[target.channel]),
            outbound(target.channel),
        )
    assert [type(r).__name__ for r in results] == ["ChannelError", "SendResult", "ChannelError"]


# ----------------------------------------------------------------- registry


def test_default_settings_give_file_channels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("email", "sms", "telegram"):
        channel = build_channel(name, Settings.model_validate({}))
        assert isinstance(channel, FileChannel) and isinstance(channel, Channel)
        assert channel.name == name and channel.idempotent
        assert channel.folder == tmp_path / "outbox"


def test_transport_picks_the_implementation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("T_SECRET", "secret")
    built = {
        "email": build_channel("email", settings_with("email", {"transport": "smtp"})),
        "sms": build_channel(
            "sms",
            settings_with(
                "sms", {"transport": "http", "url": "http://127.0.0.1:9/", "token_env": "T_SECRET"}
            ),
        ),
        "telegram": build_channel(
            "telegram", settings_with("telegram", {"transport": "bot", "token_env": "T_SECRET"})
        ),
    }
    assert isinstance(built["email"], SmtpChannel) and not built["email"].idempotent
    assert isinstance(built["sms"], HttpSmsChannel) and built["sms"].idempotent
    assert isinstance(built["telegram"], BotChannel) and not built["telegram"].idempotent
    for channel in built.values():
        assert isinstance(channel, Channel)
        asyncio.run(channel.aclose())


def test_missing_secret_and_unknown_channel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("T_MISSING", raising=False)
    settings = settings_with("telegram", {"transport": "bot", "token_env": "T_MISSING"})
    with pytest.raises(ChannelConfigError, match="T_MISSING"):
        build_channel("telegram", settings)
    with pytest.raises(ChannelConfigError, match="unknown channel 'fax'"):
        build_channel("fax", settings)


def test_file_transport_does_not_import_telegram(tmp_path: Path) -> None:
    code = (
        "import sys; from winback.channels import build_channel; from winback.config import Settings;"
        "build_channel('telegram', Settings()); assert 'telegram' not in sys.modules, 'imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=tmp_path, timeout=60)


# ----------------------------------------------------------- file transport


def _file_settings(tmp_path: Path, name: str, **values: Any) -> Settings:
    return settings_with(name, {"transport": "file", "outbox_dir": str(tmp_path / name), **values})


@pytest.mark.parametrize("name", ["sms", "telegram"])
def test_file_transport_text(tmp_path: Path, name: str) -> None:
    channel = build_channel(name, _file_settings(tmp_path, name))
    message = outbound(name)
    first = send_one(channel, message)
    second = send_one(channel, dataclasses.replace(message, text="second version"))
    files = sorted(p.name for p in (tmp_path / name).iterdir())
    assert files == [f"{safe_filename(message.idempotency_key)}.txt"]  # overwritten, no temp files
    assert first.provider_id == second.provider_id == files[0]
    content = (tmp_path / name / files[0]).read_text(encoding="utf-8")
    header, _, body = content.partition("\n\n")
    assert f"To: {RECIPIENTS[name]}" in header
    assert f"Channel: {name}" in header
    assert f"Key: {message.idempotency_key}" in header
    assert body == "second version\n"


def test_file_transport_email_is_the_smtp_message(tmp_path: Path, smtp_server: SmtpServer) -> None:
    message = outbound("email")
    send_one(
        build_channel(
            "email", _file_settings(tmp_path, "email", **{"from": "Shop <shop@shop.example>"})
        ),
        message,
    )
    send_one(build_channel("email", smtp_server.settings()), message)
    (eml,) = (tmp_path / "email").iterdir()
    assert eml.name == f"{safe_filename(message.idempotency_key)}.eml"
    written = BytesParser(policy=email.policy.default).parsebytes(eml.read_bytes())
    sent = smtp_server.messages[0].message
    for header in ("From", "To", "Subject", "Message-ID", "List-Unsubscribe", "Content-Type"):
        assert str(written[header]).split(";")[0] == str(sent[header]).split(";")[0], header
    for kind in ("plain", "html"):
        assert body(written, kind) == body(sent, kind)


def test_file_transport_refuses_what_the_real_one_would(tmp_path: Path) -> None:
    results = [
        *send(
            build_channel("sms", _file_settings(tmp_path, "sms")),
            outbound("sms", recipient="8 916 123-45-67"),
        ),
        *send(
            build_channel("email", _file_settings(tmp_path, "email")),
            outbound("email", recipient="anna"),
        ),
        *send(
            build_channel("telegram", _file_settings(tmp_path, "telegram")),
            outbound("telegram", recipient="anna"),
        ),
    ]
    for result in results:
        assert isinstance(result, ChannelError)
        assert (result.permanent, result.reason) == (True, "bad_address")
    assert list(tmp_path.iterdir()) == []


def test_a_checked_message_is_built_once(tmp_path: Path) -> None:
    """check() builds the message (an email takes ~2 ms); send() uses that build."""
    renders: list[str] = []

    def render(message: OutboundMessage) -> tuple[str, bytes]:
        renders.append(message.idempotency_key)
        return ".txt", message.text.encode()

    channel = FileChannel("sms", tmp_path, render=render)
    checked, unchecked = outbound("sms"), outbound("sms", idempotency_key="other")
    channel.check(checked)
    send(channel, checked, unchecked)
    send(channel, checked)  # a retry builds afresh
    assert renders == [checked.idempotency_key, "other", checked.idempotency_key]


def test_safe_filename() -> None:
    assert safe_filename("spring-C42.2026_03") == "spring-C42.2026_03"
    unsafe = safe_filename("spring/../C 42:email")
    assert "/" not in unsafe and " " not in unsafe and not unsafe.startswith(".")
    assert safe_filename("a:b") != safe_filename(
        "a/b"
    )  # both become a_b, the hash tells them apart
    assert safe_filename(".hidden") != ".hidden"
    assert len(safe_filename("x" * 500)) < 130


def test_file_transport_unwritable_outbox_is_transient(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file, not a folder")
    channel = FileChannel("sms", tmp_path / "taken")
    error = fails(channel, outbound("sms"))
    assert (error.permanent, error.reason) == (False, "io")


# -------------------------------------------------------------------- email


def test_email_headers_and_parts(smtp_server: SmtpServer) -> None:
    settings = smtp_server.settings(reply_to="help@shop.example")
    message = outbound("email", subject="Мы скучаем\n", headers={"X-Campaign": "spring"})
    result = send_one(build_channel("email", settings), message)
    (received,) = smtp_server.messages
    assert received.mail_from == "shop@shop.example"
    mime = received.message
    assert mime["From"].addresses[0].addr_spec == "shop@shop.example"
    assert mime["To"] == ADDRESS
    assert mime["Subject"] == "Мы скучаем"
    assert mime["Reply-To"] == "help@shop.example"
    assert mime["X-Campaign"] == "spring"
    assert mime["List-Unsubscribe"] == "<https://shop.example/winback/u/abc123>"
    assert mime["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert (
        mime["Message-ID"]
        == result.provider_id
        == message_id(message.idempotency_key, "shop@shop.example")
    )
    assert mime["Message-ID"].endswith("@shop.example>")
    assert mime["Date"].datetime.tzinfo is not None
    assert mime.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in mime.iter_parts()] == ["text/plain", "text/html"]
    assert body(mime, "plain").strip() == TEXTS["email"]
    assert "<b>15%</b>" in body(mime, "html")


def test_email_message_id_is_stable_and_text_only_without_html() -> None:
    cfg = EmailSettings.model_validate({"from": "Shop <shop@shop.example>"})
    a = build_message(outbound("email"), cfg)
    b = build_message(outbound("email"), cfg)
    other = build_message(outbound("email", idempotency_key="other"), cfg)
    assert a["Message-ID"] == b["Message-ID"] != other["Message-ID"]
    plain = build_message(outbound("email", html=None, unsubscribe_url=None), cfg)
    assert plain.get_content_type() == "text/plain"
    assert "List-Unsubscribe" not in plain
    http_only = build_message(outbound("email", unsubscribe_url="http://shop.example/u"), cfg)
    assert "List-Unsubscribe-Post" not in http_only  # RFC 8058 one-click needs HTTPS


def test_email_user_unknown_is_a_hard_bounce(smtp_server: SmtpServer) -> None:
    smtp_server.fail("user_unknown")
    error = fails(build_channel("email", smtp_server.settings()), outbound("email"))
    assert (error.permanent, error.reason, error.suppress) == (True, "rejected", True)
    assert ADDRESS not in str(error)  # the server echoed it; the error masks it
    assert smtp_server.messages == []


@pytest.mark.parametrize(
    ("code", "text", "hard"),
    [
        (550, "5.1.1 <a@b.example>: Recipient address rejected: User unknown", True),
        (550, "5.7.1 Recipient address rejected: Access denied", False),
        (553, "mailbox name not allowed: no such user", True),
        (552, "5.2.2 Mailbox full", False),
        (550, "Message rejected as spam", False),
    ],
)
def test_email_hard_bounce_rule(code: int, text: str, hard: bool) -> None:
    assert _hard_bounce(code, text) is hard


def test_email_bad_address_sends_nothing(smtp_server: SmtpServer) -> None:
    results = send(
        build_channel("email", smtp_server.settings()),
        outbound("email", recipient="not an address"),
        outbound("email", recipient="anna@mail.example\r\nBcc: x@evil.example"),
    )
    assert all(isinstance(r, ChannelError) and r.reason == "bad_address" for r in results)
    assert smtp_server.messages == []


def test_email_international_domain(smtp_server: SmtpServer) -> None:
    send_one(
        build_channel("email", smtp_server.settings()),
        outbound("email", recipient="anna@пример.рф"),
    )
    assert smtp_server.messages[0].rcpt_tos == ("anna@xn--e1afmkfd.xn--p1ai",)


@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_email_tls_and_login(
    tls: str, tls_files: TlsFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SmtpServer(tls=tls, tls_files=tls_files, username="shop", password="pw") as server:
        cfg = server.settings().channels.email
        assert cfg is not None
        trusted = tls_files.client_context()
        send_one(SmtpChannel(cfg, password="pw", tls_context=trusted), outbound("email"))
        untrusted = fails(SmtpChannel(cfg, password="pw"), outbound("email"))
        # through the registry: the password from its environment variable, the
        # certificate trusted through the system's trust store
        monkeypatch.setenv(server.password_env, "pw")
        monkeypatch.setenv("SSL_CERT_FILE", str(tls_files.cert))
        send_one(build_channel("email", server.settings()), outbound("email"))
    assert len(server.messages) == 2
    assert (untrusted.permanent, untrusted.reason) == (True, "tls")


def test_email_login_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with SmtpServer(username="shop", password="pw") as server:
        monkeypatch.setenv(server.password_env, "wrong")
        error = fails(build_channel("email", server.settings()), outbound("email"))
    assert (error.permanent, error.reason) == (True, "auth")
    assert server.messages == []


def test_email_starttls_not_offered(smtp_server: SmtpServer) -> None:
    error = fails(build_channel("email", smtp_server.settings(tls="starttls")), outbound("email"))
    assert (error.permanent, error.reason) == (True, "tls")


# ---------------------------------------------------------------------- SMS


def test_sms_generic_request(sms_gateway: SmsGateway) -> None:
    result = send_one(build_channel("sms", sms_gateway.settings()), outbound("sms"))
    (request,) = sms_gateway.requests
    assert request.method == "POST" and request.path == "/send"
    assert request.headers["authorization"] == f"Bearer {sms_gateway.token}"
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {
        "to": PHONE,
        "text": TEXTS["sms"],
        "sender": "SHOP",
        "id": "spring:C-42:2026-03:sms",
    }
    assert result == SendResult(provider_id="gw-1")


def test_sms_checks_the_number_before_any_request(sms_gateway: SmsGateway) -> None:
    results = send(
        build_channel("sms", sms_gateway.settings()),
        outbound("sms", recipient="89161234567"),
        outbound("sms", recipient="+7916"),
        outbound("sms", recipient="+7 916 123-45-67"),
    )
    assert all(isinstance(r, ChannelError) and r.reason == "bad_address" for r in results)
    assert sms_gateway.requests == []


def test_sms_wrong_token_is_auth(sms_gateway: SmsGateway, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(sms_gateway.token_env, "wrong")
    error = fails(build_channel("sms", sms_gateway.settings()), outbound("sms"))
    assert (error.permanent, error.reason) == (True, "auth")
    assert "HTTP 401" in str(error)


def test_sms_retry_after_as_http_date() -> None:
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
    date = when.strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert 25 <= (retry_after(httpx.Response(429, headers={"Retry-After": date})) or 0) <= 31
    assert retry_after(httpx.Response(429, headers={"Retry-After": "7"})) == 7
    assert retry_after(httpx.Response(429, headers={"Retry-After": "soon"})) is None
    assert retry_after(httpx.Response(503)) is None


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("1e15", 86_400.0),
        ("99999999999999999999", 86_400.0),
        ("inf", 86_400.0),
        ("Fri, 31 Dec 9999 23:59:59 GMT", 86_400.0),
        ("-5", 0.0),
        ("nan", None),
    ],
)
def test_sms_retry_after_is_at_most_a_day(header: str, seconds: float | None) -> None:
    assert retry_after(httpx.Response(429, headers={"Retry-After": header})) == seconds


def test_sms_twilio_request_and_unsubscribed(monkeypatch: pytest.MonkeyPatch) -> None:
    with _gateway("twilio")(monkeypatch) as gateway:
        gateway.fail("unsubscribed", recipient="+79169876543")
        channel = build_channel("sms", gateway.settings())
        ok, stopped = send(channel, outbound("sms"), outbound("sms", recipient="+79169876543"))
    assert isinstance(ok, SendResult) and ok.provider_id and ok.provider_id.startswith("SM")
    assert isinstance(stopped, ChannelError)
    assert (stopped.permanent, stopped.reason, stopped.suppress) == (True, "unsubscribed", True)
    (request,) = [r for r in gateway.requests if r.form()["To"] == PHONE]
    assert request.path == f"/2010-04-01/Accounts/{gateway.account_sid}/Messages.json"
    assert request.headers["authorization"].startswith("Basic ")
    assert request.form() == {"To": PHONE, "From": "SHOP", "Body": TEXTS["sms"]}


def test_sms_smsru_request_stop_list_and_wrong_key(monkeypatch: pytest.MonkeyPatch) -> None:
    with _gateway("smsru")(monkeypatch) as gateway:
        gateway.fail("unsubscribed")
        stopped = fails(build_channel("sms", gateway.settings()), outbound("sms"))
        ok = send_one(build_channel("sms", gateway.settings()), outbound("sms"))
        monkeypatch.setenv(gateway.token_env, "wrong")
        wrong = fails(build_channel("sms", gateway.settings()), outbound("sms"))
    assert (stopped.permanent, stopped.reason, stopped.suppress) == (True, "unsubscribed", True)
    assert ok.provider_id == "000000-00000001"
    assert (wrong.permanent, wrong.reason) == (True, "auth")
    assert gateway.requests[0].path == "/sms/send"
    assert gateway.requests[0].form() == {
        "api_id": gateway.token,
        "to": PHONE[1:],
        "msg": TEXTS["sms"],
        "from": "SHOP",
        "json": "1",
    }


# ----------------------------------------------------------------- Telegram


def test_telegram_request(telegram_server: TelegramServer) -> None:
    channel = build_channel("telegram", telegram_server.settings())
    first, second = send(
        channel, outbound("telegram"), outbound("telegram", recipient="@shop_news")
    )
    assert isinstance(first, SendResult) and isinstance(second, SendResult)
    assert first.provider_id == f"{CHAT}:1" or first.provider_id == f"{CHAT}:2"
    sent = {m.chat_id: m for m in telegram_server.messages}
    assert sent[CHAT].text == TEXTS["telegram"]
    assert sent[CHAT].parse_mode == "HTML"
    assert '"is_disabled": true' in sent[CHAT].params["link_preview_options"]
    assert "@shop_news" in sent
    methods = [r.path.rsplit("/", 1)[1] for r in telegram_server.requests]
    assert methods.count("getMe") == 1  # initialised once, for both sends


@pytest.mark.parametrize(
    ("kind", "reason"),
    [("blocked", "blocked"), ("chat_not_found", "chat_not_found")],
)
def test_telegram_unreachable_chat_is_suppressed(
    telegram_server: TelegramServer, kind: str, reason: str
) -> None:
    telegram_server.fail(kind)
    error = fails(build_channel("telegram", telegram_server.settings()), outbound("telegram"))
    assert (error.permanent, error.reason, error.suppress) == (True, reason, True)


def test_telegram_refused_html_and_long_text(telegram_server: TelegramServer) -> None:
    bad_html, too_long, no_chat = send(
        build_channel("telegram", telegram_server.settings()),
        outbound("telegram", text="<div>Анна</div>"),
        outbound("telegram", text="<b>x</b>" + "я" * 4097),
        outbound("telegram", recipient="anna petrova"),
    )
    assert isinstance(bad_html, ChannelError) and (bad_html.reason, bad_html.suppress) == (
        "rejected",
        False,
    )
    assert "unsupported start tag" in str(bad_html).lower()
    assert isinstance(too_long, ChannelError) and too_long.reason == "too_long"
    assert isinstance(no_chat, ChannelError) and no_chat.reason == "bad_address"
    assert telegram_server.messages == []


def test_telegram_wrong_token_does_not_leak(
    telegram_server: TelegramServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "111111:SECRET-wrong-token-value"
    monkeypatch.setenv(telegram_server.token_env, secret)
    error = fails(build_channel("telegram", telegram_server.settings()), outbound("telegram"))
    assert (error.permanent, error.reason) == (True, "auth")
    assert secret not in str(error)
    assert error.__cause__ is None and error.__suppress_context__


def test_telegram_retry_after_int_or_timedelta() -> None:
    class Flood:
        def __init__(self, value: object) -> None:
            self.retry_after = value

    assert _seconds(Flood(3)) == 3.0
    assert _seconds(Flood(dt.timedelta(seconds=4.5))) == 4.5
    assert _seconds(Flood(10**12)) == _seconds(Flood(dt.timedelta(days=999))) == 86_400.0


# ---------------------------------------------------------------------- logs


def test_logs_show_no_addresses_bodies_or_tokens(
    smtp_server: SmtpServer,
    sms_gateway: SmsGateway,
    telegram_server: TelegramServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    smtp_server.fail("user_unknown")
    sms_gateway.fail("reject")
    telegram_server.fail("blocked")
    for name, server in (
        ("email", smtp_server),
        ("sms", sms_gateway),
        ("telegram", telegram_server),
    ):
        send(build_channel(name, server.settings()), outbound(name), outbound(name))
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("winback"))
    assert "accepted" in ours
    assert "failed" in ours or "refused" in ours
    for secret in [
        ADDRESS,
        PHONE,
        PHONE[1:],
        CHAT,
        telegram_server.token,
        sms_gateway.token,
        *TEXTS.values(),
    ]:
        assert secret not in ours
