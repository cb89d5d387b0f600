"""Email: a multipart/alternative message sent over SMTP (``transport =
"smtp"``) or written as an ``.eml`` (``transport = "file"``).

The message: a text and an HTML part (text only when there is no HTML), then
any attachments (``multipart/mixed``, base64; the digest's report), ``From``,
``To``, ``Subject``, ``Date``, optional ``Reply-To``, and a
``Message-ID`` derived from the idempotency key, so a retry carries the same
id and the recipient's mail system can spot the duplicate. With an
unsubscribe URL it gets ``List-Unsubscribe`` and, for an HTTPS URL,
``List-Unsubscribe-Post: List-Unsubscribe=One-Click`` (RFC 8058).

Sending uses the standard library's smtplib in a worker thread, one
connection per message (``tls`` = ``none`` | ``starttls`` | ``ssl``, login when
``username`` is set, ``timeout_seconds`` for each network operation).

How failures map (one attempt; retrying is the dispatcher's job):

- connection refused or timed out before the message went out, a 4xx
  greeting → transient ``unavailable``;
- SMTP 4xx to MAIL, RCPT or DATA (421, 450, 451, 452, greylisting) →
  transient ``deferred``;
- no answer to DATA in time, or the server hung up after it → transient
  ``timeout`` (the server may have accepted it: SMTP cannot deduplicate, so
  the channel is not idempotent);
- 5xx → permanent ``rejected``; ``suppress=True`` for a hard bounce (550, 551,
  553 with an enhanced status 5.1.x, or without one a "user unknown" text),
  not for policy refusals such as 550 5.7.1;
- login refused (535) or not offered → permanent ``auth``; STARTTLS not
  offered or the certificate not trusted → permanent ``tls``: both hit every
  message, so the dispatcher may stop the channel.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.policy
import email.utils
import hashlib
import logging
import re
import smtplib
import ssl
from email.message import EmailMessage

from winback.channels import excerpt
from winback.channels.base import OutboundMessage, Prepared, SendResult
from winback.channels.file import FileChannel
from winback.config import EmailSettings, Settings
from winback.errors import ChannelError
from winback.logs import mask_email

log = logging.getLogger(__name__)

# CRLF line ends; non-ASCII bodies as base64/quoted-printable, since we do
# not ask the server for 8BITMIME.
_POLICY = email.policy.SMTP.clone(cte_type="7bit")
_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]+$")
_ENHANCED = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")
_UNKNOWN_USER = re.compile(
    r"user unknown|unknown user|no such (user|mailbox|recipient)|does not exist|"
    r"mailbox (unavailable|not found)|invalid (recipient|mailbox)|recipient unknown",
    re.IGNORECASE,
)


def build(settings: Settings) -> FileChannel | SmtpChannel:
    cfg = settings.channels.email or EmailSettings.model_validate({})
    if cfg.transport == "file":
        return FileChannel(
            "email",
            settings.outbox_dir("email"),
            render=lambda message: (".eml", build_message(message, cfg).as_bytes()),
            validate=_validate,
        )
    password = settings.secret(cfg.password_env) if cfg.username and cfg.password_env else None
    return SmtpChannel(cfg, password=password)


def build_message(message: OutboundMessage, cfg: EmailSettings) -> EmailMessage:
    """The MIME message for ``message``, as the SMTP channel sends it."""
    mime = EmailMessage(policy=_POLICY)
    mime["From"] = cfg.from_
    mime["To"] = _ascii_address(message.recipient)
    mime["Subject"] = _one_line(message.subject or "")
    mime["Date"] = email.utils.format_datetime(dt.datetime.now(dt.UTC))
    mime["Message-ID"] = message_id(message.idempotency_key, cfg.from_)
    if cfg.reply_to:
        mime["Reply-To"] = cfg.reply_to
    if message.unsubscribe_url:
        mime["List-Unsubscribe"] = f"<{message.unsubscribe_url}>"
        # RFC 8058 one-click needs an HTTPS URI; a mail client would not POST elsewhere.
        if message.unsubscribe_url.startswith("https://"):
            mime["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    for name, value in message.headers.items():
        if name not in mime:
            mime[name] = _one_line(value)
    mime.set_content(message.text)
    if message.html:
        mime.add_alternative(message.html, subtype="html")
    for attachment in message.attachments:  # the body becomes the first part of multipart/mixed
        kind, *params = (part.strip() for part in attachment.mime_type.split(";"))
        maintype, _, subtype = kind.partition("/")
        mime.add_attachment(
            attachment.content,
            maintype,
            subtype or "octet-stream",
            filename=attachment.filename,
            params=dict(p.partition("=")[::2] for p in params if "=" in p),
        )
    return mime


def message_id(key: str, from_: str) -> str:
    """``<hash-of-key@from-domain>``: ``email.utils.make_msgid`` adds the time
    and a random number, and a retry must carry the same id."""
    domain = email.utils.parseaddr(from_)[1].rpartition("@")[2] or "localhost"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"<{digest}.winback@{domain}>"


class SmtpChannel:
    """One SMTP connection and one message per :meth:`send`."""

    name = "email"
    idempotent = False
    rate_limited = True
    max_segments = None
    per_recipient_interval = 0.0

    def __init__(
        self,
        cfg: EmailSettings,
        *,
        password: str | None = None,
        tls_context: ssl.SSLContext | None = None,
    ) -> None:
        self._cfg = cfg
        self._password = password
        self._sender = email.utils.parseaddr(cfg.from_)[1]
        # Tests pass a context trusting their own certificate; in production
        # the system's trust store applies.
        self._tls_context = tls_context
        self._prepared = Prepared(self._data)

    def check(self, message: OutboundMessage) -> None:
        self._prepared.check(message)

    def _data(self, message: OutboundMessage) -> bytes:
        _validate(message)
        return build_message(message, self._cfg).as_bytes()  # folding and encoding can raise

    async def send(self, message: OutboundMessage) -> SendResult:
        data = self._prepared.take(message)
        recipient = _ascii_address(message.recipient)
        try:
            await asyncio.to_thread(self._deliver, data, recipient)
        except ChannelError as exc:
            log.debug(
                "email to %s failed: %s (%s)", mask_email(recipient), exc.reason, exc.permanent
            )
            raise
        log.debug("email to %s accepted", mask_email(recipient))
        return SendResult(provider_id=message_id(message.idempotency_key, self._cfg.from_))

    async def aclose(self) -> None:
        return None

    # -------------------------------------------------------- in the worker thread

    def _deliver(self, data: bytes, recipient: str) -> None:
        cfg = self._cfg
        context = self._tls_context or ssl.create_default_context()
        stage = "connect"
        try:
            smtp: smtplib.SMTP
            if cfg.tls == "ssl":
                smtp = smtplib.SMTP_SSL(
                    cfg.host, cfg.port, timeout=cfg.timeout_seconds, context=context
                )
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
        except smtplib.SMTPConnectError as exc:
            raise _from_reply(exc.smtp_code, exc.smtp_error, "connect") from exc
        except (ssl.SSLCertVerificationError, smtplib.SMTPException, OSError) as exc:
            raise _from_exception(exc, stage) from exc
        try:
            if cfg.tls == "starttls":
                stage = "tls"
                smtp.starttls(context=context)
            if cfg.username:
                stage = "auth"
                smtp.login(cfg.username, self._password or "")
            stage = "hello"
            smtp.ehlo_or_helo_if_needed()
            stage = "mail"
            code, reply = smtp.mail(self._sender)
            if code != 250:
                raise _from_reply(code, reply, stage)
            stage = "rcpt"
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise _from_reply(code, reply, stage)
            stage = "data"
            code, reply = smtp.data(data)  # raises SMTPDataError unless 354 first
            if code != 250:
                raise _from_reply(code, reply, stage)
        except ChannelError:
            smtp.close()
            raise
        except smtplib.SMTPResponseException as exc:
            smtp.close()
            raise _from_reply(exc.smtp_code, exc.smtp_error, stage) from exc
        except (smtplib.SMTPException, OSError) as exc:
            smtp.close()
            raise _from_exception(exc, stage) from exc
        # Accepted: a slow or failing QUIT must not turn that into an error (and
        # a retry into a duplicate).
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()


def _from_reply(code: int, reply: bytes | str, stage: str) -> ChannelError:
    text = excerpt(reply)
    message = f"SMTP {code} at {stage}: {text}"
    if stage == "auth" and code in (530, 534, 535, 538):
        return ChannelError(message, permanent=True, reason="auth")
    if 400 <= code < 500:
        reason = "unavailable" if stage == "connect" else "deferred"
        return ChannelError(message, permanent=False, reason=reason)
    if code >= 500:
        return ChannelError(
            message,
            permanent=True,
            reason="rejected",
            suppress=stage == "rcpt" and _hard_bounce(code, text),
        )
    return ChannelError(message, permanent=False, reason="unavailable")


def _hard_bounce(code: int, text: str) -> bool:
    if code not in (550, 551, 553):
        return False
    enhanced = _ENHANCED.search(text)
    if enhanced:  # 5.1.x: bad destination mailbox or system; 5.7.x is policy
        return enhanced.group(1) == "5" and enhanced.group(2) == "1"
    return bool(_UNKNOWN_USER.search(text))


def _from_exception(exc: BaseException, stage: str) -> ChannelError:
    detail = excerpt(str(exc) or type(exc).__name__)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ChannelError(f"TLS certificate not trusted: {detail}", permanent=True, reason="tls")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        reason = "tls" if stage == "tls" else "auth" if stage == "auth" else "rejected"
        return ChannelError(
            f"SMTP server does not support it: {detail}", permanent=True, reason=reason
        )
    if isinstance(exc, smtplib.SMTPException) and stage == "auth":
        return ChannelError(f"SMTP login failed: {detail}", permanent=True, reason="auth")
    # Until DATA the message has not been handed over; after it, silence
    # means the server may have taken it.
    reason = "timeout" if stage == "data" else "unavailable"
    kind = "timed out" if isinstance(exc, TimeoutError) else "failed"
    return ChannelError(f"SMTP {kind} at {stage}: {detail}", permanent=False, reason=reason)


def _validate(message: OutboundMessage) -> None:
    if not _ADDRESS.match(message.recipient or ""):
        raise ChannelError("not an email address", permanent=True, reason="bad_address")
    _ascii_address(message.recipient)


def _ascii_address(address: str) -> str:
    """The address with an internationalised domain in its IDNA form (no
    SMTPUTF8 needed); a non-ASCII local part is refused."""
    local, _, domain = address.partition("@")
    if not local.isascii():
        raise ChannelError(
            "non-ASCII local part (needs SMTPUTF8)", permanent=True, reason="bad_address"
        )
    if domain.isascii():
        return address
    try:
        return f"{local}@{domain.encode('idna').decode('ascii')}"
    except UnicodeError as exc:
        raise ChannelError("malformed email domain", permanent=True, reason="bad_address") from exc


def _one_line(value: str) -> str:
    # A template's trailing newline would otherwise make the header invalid.
    return " ".join(value.split())
