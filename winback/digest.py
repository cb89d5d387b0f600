"""The weekly digest for managers: the week's headline figures as text, the
HTML report attached, sent to staff through the existing channels (email to
``[digest] email_to``, Telegram to ``telegram_chat_ids``).

Two reports, both as of the same moment (now, or the scheduled time the
daemon fires for): the assignments of the last 7 days (their windows are
mostly still open, so returns show only once they close) and the last 12
months, whose campaigns' results and last complete month's churn the text
gives and whose HTML is attached. The recipients are staff, not clients: no
consent or suppression applies, and their addresses are masked in the log
like any other.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from winback.channels import OutboundMessage, build_channel
from winback.channels.base import Attachment
from winback.config import DigestSettings, Settings
from winback.errors import ChannelConfigError, ChannelError, UsageError, WinbackError
from winback.logs import mask_address
from winback.reports.i18n import Words

log = logging.getLogger(__name__)

WEEK = dt.timedelta(days=7)
REPORT_FILE = "report.html"
TELEGRAM_TEXT_LIMIT = 4096


@dataclass(frozen=True)
class Digest:
    as_of: dt.datetime
    subject: str
    text: str  # plain text: printed, the email's body
    report_html: str  # attached

    def telegram_text(self) -> str:
        """The text for Telegram's HTML mode: the subject in bold, the
        figures as a preformatted block (their columns line up)."""
        head = f"<b>{html.escape(self.subject)}</b>\n"
        body = html.escape(self.text)
        room = TELEGRAM_TEXT_LIMIT - len(head) - len("<pre></pre>") - 1
        if len(body) > room:
            body = body[: room - 1].rsplit("\n", 1)[0] + "\n…"
        return f"{head}<pre>{body}</pre>"


class DigestNotConfigured(UsageError):
    """No [digest] section: it says whom to send the digest to."""


def digest_settings(settings: Settings) -> DigestSettings:
    if settings.digest is None:
        where = f" in {settings.source}" if settings.source else ""
        raise DigestNotConfigured(
            f"no [digest] section{where}: add one with channels and email_to and/or "
            "telegram_chat_ids (see config.example.toml)"
        )
    return settings.digest


def periods(as_of: dt.datetime, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """(the week's start, the year's start): 7 days before ``as_of``, and the
    first day of the month 12 months before ``as_of``'s month, 00:00 local."""
    local = as_of.astimezone(tz)
    month = local.year * 12 + local.month - 1 - 12
    year_start = dt.datetime(month // 12, month % 12 + 1, 1, tzinfo=tz)
    return as_of - WEEK, year_start


def build_digest(engine: Engine, settings: Settings, as_of: dt.datetime) -> Digest:
    """The digest as of ``as_of`` (aware), from two reports on the database."""
    from winback.reports import ReportRequest, build_report, prepare
    from winback.reports.html import render_html

    prepare(engine, settings)
    week_start, year_start = periods(as_of, settings.tz)
    week = build_report(
        engine,
        settings,
        ReportRequest(campaigns=(), since=week_start, until=as_of, as_of=as_of, by=()),
    )
    year = build_report(
        engine,
        settings,
        ReportRequest(campaigns=(), since=year_start, until=as_of, as_of=as_of, by=()),
    )
    locale = settings.report.locale
    return compose(week, year, locale, as_of.astimezone(settings.tz), render_html(year, locale))


def compose(
    week: Mapping[str, Any],
    year: Mapping[str, Any],
    locale: str,
    as_of: dt.datetime,
    report_html: str,
) -> Digest:
    """The digest's text from the week's and the year's report dicts."""
    w = Words(locale, str(year.get("currency") or week.get("currency") or "RUB"))
    days = sorted({int(d) for d in (week.get("attribution_days") or {}).values()}) or [30]
    lines = [
        w("digest_week", since=w.moment(week.get("since")), until=w.moment(week.get("until"))),
        *_campaign_table(week.get("campaigns") or [], w),
        w("digest_pending", days="/".join(str(d) for d in days)),
        "",
        w("digest_year", as_of=w.moment(year.get("as_of"))),
        *_campaign_table(year.get("campaigns") or [], w),
        "",
        _churn_line(year.get("churn") or [], w),
        "",
        w("digest_attached"),
    ]
    subject = w("digest_subject", date=as_of.strftime("%Y-%m-%d"))
    return Digest(as_of, subject, "\n".join(lines) + "\n", report_html)


def _campaign_table(campaigns: Sequence[Mapping[str, Any]], w: Words) -> list[str]:
    if not campaigns:
        return ["  " + w("no_campaigns")]
    head = [
        w("campaign"),
        w("assigned_th"),
        w("contacted"),
        w("returned"),
        w("return_rate"),
        w("uplift"),
        w("incremental_revenue"),
    ]
    rows = [head]
    for c in campaigns:
        t, h = c.get("treatment") or {}, c.get("holdout") or {}
        rows.append(
            [
                str(c["campaign"]),
                f"{w.count(t.get('assigned'))}/{w.count(h.get('assigned'))}",
                w.count(t.get("contacted")),
                w.count(t.get("returned")),
                w.rate(t.get("return_rate")),
                w.points((c.get("uplift") or {}).get("value")),
                w.money(c.get("incremental_revenue")),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    return [
        "  "
        + "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]


def _churn_line(months: Sequence[Mapping[str, Any]], w: Words) -> str:
    last = next((m for m in reversed(months) if m.get("active_start")), None)
    if last is None:
        return w("digest_no_churn")
    return w(
        "digest_churn",
        month=w.month(last["month"]),
        rate=w.rate(last.get("churn_rate")),
        lost=w.count(last.get("lost")),
        start=w.count(last.get("active_start")),
        crr=w.rate(last.get("crr")),
        lost_revenue=w.money(last.get("lost_revenue")),
    )


# ------------------------------------------------------------------ sending


@dataclass(frozen=True)
class SendOutcome:
    channel: str
    recipient: str  # masked
    error: str | None  # None: accepted


async def send_digest(digest: Digest, settings: Settings, key: str) -> list[SendOutcome]:
    """Send ``digest`` to every [digest] recipient on every [digest] channel,
    one attempt each (a failed one is logged and reported, the rest go on).
    ``key`` names this digest (its scheduled time): an email's Message-ID
    is derived from it, so a repeat is recognisable."""
    cfg = digest_settings(settings)
    attachment = Attachment(
        REPORT_FILE, digest.report_html.encode("utf-8"), "text/html; charset=utf-8"
    )
    outcomes: list[SendOutcome] = []
    for name in cfg.channels:
        recipients = cfg.email_to if name == "email" else cfg.telegram_chat_ids
        text = digest.text if name == "email" else digest.telegram_text()
        messages = [
            OutboundMessage(
                idempotency_key=f"{key}:{name}:{recipient}",
                channel=name,
                recipient=recipient,
                text=text,
                subject=digest.subject,
                attachments=(attachment,),
            )
            for recipient in recipients
        ]
        outcomes.extend(await _send_on(name, settings, messages))
    return outcomes


async def _send_on(
    name: str, settings: Settings, messages: Sequence[OutboundMessage]
) -> list[SendOutcome]:
    try:
        channel = build_channel(name, settings)
    except ChannelConfigError as exc:
        log.error("digest: channel %s cannot send: %s", name, exc)
        return [SendOutcome(name, mask_address(name, m.recipient), str(exc)) for m in messages]
    outcomes = []
    try:
        for message in messages:
            who = mask_address(name, message.recipient)
            try:
                channel.check(message)
                await channel.send(message)
            except ChannelError as exc:
                log.error("digest by %s to %s failed: %s", name, who, exc)
                outcomes.append(SendOutcome(name, who, str(exc)))
                continue
            log.info("digest sent by %s to %s", name, who)
            outcomes.append(SendOutcome(name, who, None))
    finally:
        await channel.aclose()
    return outcomes


class DigestNotSent(WinbackError):
    """The digest could not be sent to every recipient."""


def check_sent(outcomes: Sequence[SendOutcome]) -> None:
    failed = [o for o in outcomes if o.error]
    if failed:
        raise DigestNotSent(
            f"digest: {len(failed)} of {len(outcomes)} send(s) failed: "
            + "; ".join(f"{o.channel} to {o.recipient}: {o.error}" for o in failed)
        )
