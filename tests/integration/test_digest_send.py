"""`winback digest --send` and the daemon's digest: the figures by email (the
HTML report attached, over real SMTP) and by Telegram (a document, to the Bot
API stand-in), addresses masked in the log, exit 2 without [digest]."""

from __future__ import annotations

import asyncio
import datetime as dt
import email.policy
import logging
from email.parser import BytesParser
from pathlib import Path

import pytest

from tests.conftest import run_cli, write_config
from tests.report_sample import sample_report
from tests.servers import SmtpServer, TelegramServer
from winback.config import Settings
from winback.digest import DigestNotSent, check_sent, compose, send_digest
from winback.reports.html import render_html

AS_OF = dt.datetime.fromisoformat("2026-12-07T09:00:00+03:00")
BOSSES = ("boss@shop.example", "ceo@shop.example")


def digest_settings(smtp: SmtpServer, telegram: TelegramServer, **digest: object) -> Settings:
    return Settings.model_validate(
        {
            "channels": {"email": smtp.config(), "telegram": telegram.config()},
            "report": {"locale": "en"},
            "digest": {
                "channels": ["email", "telegram"],
                "email_to": list(BOSSES),
                "telegram_chat_ids": ["-100200300"],
                **digest,
            },
        }
    )


def test_send_by_email_and_telegram(
    smtp_server: SmtpServer, telegram_server: TelegramServer, caplog: pytest.LogCaptureFixture
) -> None:
    report = sample_report()
    digest = compose(report, report, "en", AS_OF, render_html(report, "en"))
    settings = digest_settings(smtp_server, telegram_server)
    with caplog.at_level(logging.INFO, logger="winback.digest"):
        outcomes = asyncio.run(send_digest(digest, settings, "digest:2026-12-07T09:00:00+03:00"))
    assert [(o.channel, o.error) for o in outcomes] == [
        ("email", None),
        ("email", None),
        ("telegram", None),
    ]
    check_sent(outcomes)

    assert sorted(m.rcpt_tos for m in smtp_server.messages) == [(b,) for b in sorted(BOSSES)]
    mail = BytesParser(policy=email.policy.default).parsebytes(smtp_server.messages[0].data)
    assert mail["Subject"] == "winback: weekly digest, 2026-12-07"
    body = mail.get_body(("plain",))
    assert body is not None and "Churn in November 2026: 10.0%" in body.get_content()
    (attached,) = list(mail.iter_attachments())
    assert attached.get_filename() == "report.html"
    assert attached.get_payload(decode=True) == digest.report_html.encode("utf-8")

    (doc,) = telegram_server.documents
    assert (doc.chat_id, doc.filename) == ("-100200300", "report.html")
    assert doc.content == digest.report_html.encode("utf-8")
    (text,) = telegram_server.messages  # the digest is longer than a caption
    assert text.text == digest.telegram_text() and text.parse_mode == "HTML"

    logged = caplog.text
    assert "boss@shop.example" not in logged and "ceo@shop.example" not in logged
    assert "-100200300" not in logged
    assert logged.count("digest sent by") == 3


def test_a_failed_recipient_does_not_stop_the_others(
    smtp_server: SmtpServer, telegram_server: TelegramServer
) -> None:
    report = sample_report()
    digest = compose(report, report, "en", AS_OF, "<html></html>")
    smtp_server.fail("user_unknown", recipient=BOSSES[0])
    outcomes = asyncio.run(
        send_digest(digest, digest_settings(smtp_server, telegram_server), "digest:x")
    )
    assert [o.error is None for o in outcomes] == [False, True, True]
    assert outcomes[0].recipient != BOSSES[0]  # masked
    with pytest.raises(DigestNotSent, match="1 of 3 send"):
        check_sent(outcomes)


def test_send_without_a_digest_section_exits_2(tmp_path: Path, sqlite_url: str) -> None:
    cfg = write_config(tmp_path, sqlite_url)
    done = run_cli("--config", str(cfg), "digest", "--send")
    assert done.returncode == 2, done.stderr
    assert "no [digest] section in" in done.stderr and "Traceback" not in done.stderr
