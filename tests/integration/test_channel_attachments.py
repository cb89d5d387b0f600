"""Attachments (the digest's HTML report): an email part over real SMTP
(aiosmtpd), a Telegram document (sendDocument, multipart) to the Bot API
stand-in; a message without attachments is sent as before."""

from __future__ import annotations

import asyncio
import email.policy
from email.parser import BytesParser

import pytest

from tests.servers import SmtpServer, TelegramServer
from winback.channels import OutboundMessage, build_channel
from winback.channels.base import Attachment
from winback.channels.telegram import CAPTION_LIMIT
from winback.errors import ChannelError

REPORT = "<!DOCTYPE html><p>Отчёт — ü &amp; <b>42</b></p>".encode()
ATTACHMENT = Attachment("report.html", REPORT, "text/html; charset=utf-8")


def message(channel: str, recipient: str, text: str, **extra: object) -> OutboundMessage:
    return OutboundMessage(
        idempotency_key=f"digest:2026-12-07T09:00:00+03:00:{channel}:{recipient}",
        channel=channel,
        recipient=recipient,
        text=text,
        attachments=(ATTACHMENT,),
        **extra,  # type: ignore[arg-type]
    )


async def _send(channel_name: str, settings: object, *messages: OutboundMessage) -> list[object]:
    channel = build_channel(channel_name, settings)  # type: ignore[arg-type]
    try:
        results: list[object] = []
        for m in messages:
            channel.check(m)
            try:
                results.append(await channel.send(m))
            except ChannelError as exc:
                results.append(exc)
        return results
    finally:
        await channel.aclose()


def test_email_with_attachment(smtp_server: SmtpServer) -> None:
    text = "Returned clients: 121\nUplift +20.0 pp"
    sent = asyncio.run(
        _send(
            "email",
            smtp_server.settings(),
            message("email", "boss@shop.example", text, subject="winback: weekly digest"),
        )
    )
    assert len(sent) == 1 and not isinstance(sent[0], ChannelError)
    (mail,) = smtp_server.messages
    parsed = BytesParser(policy=email.policy.default).parsebytes(mail.data)
    assert parsed.get_content_type() == "multipart/mixed"
    assert parsed["Subject"] == "winback: weekly digest"
    body = parsed.get_body(("plain",))
    assert body is not None
    assert body.get_content().replace("\r\n", "\n").strip() == text  # SMTP's CRLF line ends
    (part,) = list(parsed.iter_attachments())
    assert part.get_filename() == "report.html"
    assert part.get_content_type() == "text/html"
    assert part.get_payload(decode=True) == REPORT
    assert part["Content-Transfer-Encoding"] == "base64"


def test_email_without_attachment_is_unchanged(smtp_server: SmtpServer) -> None:
    plain = OutboundMessage("k1", "email", "anna@mail.example", "Hello", subject="Hi")
    asyncio.run(_send("email", smtp_server.settings(), plain))
    parsed = BytesParser(policy=email.policy.default).parsebytes(smtp_server.messages[0].data)
    assert parsed.get_content_type() == "text/plain"
    assert list(parsed.iter_attachments()) == []


def test_telegram_document_with_caption(telegram_server: TelegramServer) -> None:
    caption = "<b>winback</b> digest: <pre>121 returned</pre>"
    (result,) = asyncio.run(
        _send("telegram", telegram_server.settings(), message("telegram", "-100200300", caption))
    )
    assert not isinstance(result, ChannelError)
    assert telegram_server.messages == []
    (doc,) = telegram_server.documents
    assert (doc.chat_id, doc.filename, doc.content) == ("-100200300", "report.html", REPORT)
    assert (doc.caption, doc.parse_mode) == (caption, "HTML")


def test_telegram_long_text_goes_before_the_document(telegram_server: TelegramServer) -> None:
    text = "<pre>" + "x" * CAPTION_LIMIT + "</pre>"
    asyncio.run(_send("telegram", telegram_server.settings(), message("telegram", "42", text)))
    (sent,) = telegram_server.messages
    (doc,) = telegram_server.documents
    assert sent.text == text and sent.chat_id == "42"
    assert doc.caption is None and doc.content == REPORT


@pytest.mark.parametrize(
    ("fault", "reason"), [("blocked", "blocked"), ("server_error", "unavailable")]
)
def test_telegram_document_failures(
    telegram_server: TelegramServer, fault: str, reason: str
) -> None:
    telegram_server.fail(fault, recipient="42")
    results = asyncio.run(
        _send(
            "telegram",
            telegram_server.settings(),
            message("telegram", "42", "digest"),
            message("telegram", "43", "digest"),
        )
    )
    assert isinstance(results[0], ChannelError) and results[0].reason == reason
    assert not isinstance(results[1], ChannelError)
    assert [d.chat_id for d in telegram_server.documents] == ["43"]
