"""Telegram through a bot (``transport = "bot"``, python-telegram-bot 22) or to
files (``transport = "file"``).

The recipient is a chat id (``123456``, ``-100…``) or a public ``@username``;
anything else is a permanent ``bad_address`` without a request. The text is
sent with ``parse_mode="HTML"`` and link previews off. The bot is initialised
(``getMe``) on the first send and shut down in :meth:`BotChannel.aclose`; its
HTTP timeouts are ``timeout_seconds``. ``base_url`` points the bot at a local
Bot API server (``http://host:port/bot``; the token is appended).

How failures map (one attempt; the dispatcher retries and paces, since a
plain ``Bot`` has no rate limiter: ``rate_per_second`` for the bot, and
``per_chat_interval_seconds`` between two sends to one chat, declared here as
``per_recipient_interval``):

- ``Forbidden`` (the user blocked the bot, deleted the account, never
  started it) → permanent ``blocked``, suppress;
- ``BadRequest`` "chat not found" → permanent ``chat_not_found``, suppress;
  "message is too long" → permanent ``too_long``; any other ``BadRequest``
  (e.g. "can't parse entities") → permanent ``rejected``;
- ``RetryAfter`` (flood control) → transient ``rate_limited`` with
  ``retry_after`` seconds (an int or a ``timedelta``, whichever PTB gives),
  at most a day (clamped before PTB reads it: PTB's ``timedelta`` overflows
  past about 10^13 s);
- ``TimedOut`` → transient ``timeout`` (``unavailable`` when it timed out
  connecting); ``NetworkError`` → transient ``unavailable``;
- ``InvalidToken`` → permanent ``auth``; ``ChatMigrated`` → permanent
  ``chat_migrated``.

The token is part of every request URL and of some PTB error messages: it is
scrubbed from error messages, and errors are raised without PTB's exception
chained, so a logged traceback cannot show it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import re
from typing import TYPE_CHECKING, Any

from winback.channels import excerpt, unexpected_error
from winback.channels.base import (
    MAX_RETRY_AFTER_SECONDS,
    OutboundMessage,
    SendResult,
    clamp_retry_after,
)
from winback.channels.file import FileChannel
from winback.config import Settings, TelegramSettings
from winback.errors import ChannelConfigError, ChannelError
from winback.logs import mask_address

if TYPE_CHECKING:
    from telegram import Bot, Message
    from telegram.error import TelegramError
    from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

_CHAT_ID = re.compile(r"^-?\d{1,20}$")
_USERNAME = re.compile(r"^@[A-Za-z][A-Za-z0-9_]{3,31}$")
CAPTION_LIMIT = 1024  # a document's caption, in characters (a message's text: 4096)


def build(settings: Settings) -> FileChannel | BotChannel:
    cfg = settings.channels.telegram or TelegramSettings()
    if cfg.transport == "file":
        return FileChannel("telegram", settings.outbox_dir("telegram"), validate=_validate)
    if not cfg.token_env:
        raise ChannelConfigError("channel telegram: transport 'bot' needs token_env")
    return BotChannel(cfg, token=settings.secret(cfg.token_env))


def _chat_id(recipient: str) -> int | str:
    if _CHAT_ID.match(recipient or ""):
        return int(recipient)
    if _USERNAME.match(recipient or ""):
        return recipient
    raise ChannelError("not a Telegram chat id or @username", permanent=True, reason="bad_address")


def _validate(message: OutboundMessage) -> None:
    _chat_id(message.recipient)


class BotChannel:
    """One ``sendMessage`` per :meth:`send`; a message with attachments is
    sent as documents (see :meth:`_send_documents`)."""

    name = "telegram"
    idempotent = False
    rate_limited = True
    max_segments = None

    def __init__(self, cfg: TelegramSettings, *, token: str) -> None:
        from telegram import Bot, LinkPreviewOptions

        # PTB 22.2+ warns on every RetryAfter unless told to give time periods as
        # timedelta (the coming default); _seconds() accepts either.
        os.environ.setdefault("PTB_TIMEDELTA", "true")
        timeout = cfg.timeout_seconds
        self.per_recipient_interval = cfg.per_chat_interval_seconds
        self._token = token
        self._requests: list[HTTPXRequest] = [_request(timeout) for _ in range(2)]
        extra: dict[str, Any] = {"base_url": cfg.base_url} if cfg.base_url else {}
        self._bot: Bot = Bot(
            token, request=self._requests[0], get_updates_request=self._requests[1], **extra
        )
        self._no_preview = LinkPreviewOptions(is_disabled=True)
        self._ready = False
        self._ready_lock = asyncio.Lock()

    def check(self, message: OutboundMessage) -> None:
        _chat_id(message.recipient)

    async def send(self, message: OutboundMessage) -> SendResult:
        from telegram.constants import ParseMode
        from telegram.error import TelegramError

        chat_id = _chat_id(message.recipient)
        who = mask_address("telegram", message.recipient)
        try:
            await self._initialize()
            if message.attachments:
                sent = await self._send_documents(chat_id, message)
            else:
                sent = await self._bot.send_message(
                    chat_id=chat_id,
                    text=message.text,
                    parse_mode=ParseMode.HTML,
                    link_preview_options=self._no_preview,
                )
        except TelegramError as exc:
            error = _channel_error(exc, self._token)
            log.debug("telegram to %s failed: %s", who, error.reason)
            raise error from None  # PTB's chain can carry the token (see the docstring)
        except Exception as exc:  # not PTB's own: still no token in the text or the chain
            raise unexpected_error(exc, secret=self._token) from None
        log.debug("telegram to %s accepted", who)
        return SendResult(provider_id=f"{sent.chat.id}:{sent.message_id}")

    async def _send_documents(self, chat_id: int | str, message: OutboundMessage) -> Message:
        """Each attachment as a document (``sendDocument``, multipart); the
        text is the first one's caption when it fits, else a message before them."""
        from telegram.constants import ParseMode

        caption: str | None = message.text
        if len(message.text) > CAPTION_LIMIT:
            await self._bot.send_message(
                chat_id=chat_id,
                text=message.text,
                parse_mode=ParseMode.HTML,
                link_preview_options=self._no_preview,
            )
            caption = None
        sent = None
        for attachment in message.attachments:
            sent = await self._bot.send_document(
                chat_id=chat_id,
                document=attachment.content,
                filename=attachment.filename,
                caption=caption,
                parse_mode=ParseMode.HTML if caption else None,
            )
            caption = None
        assert sent is not None
        return sent

    async def _initialize(self) -> None:
        async with self._ready_lock:
            if not self._ready:
                await self._bot.initialize()
                self._ready = True

    async def aclose(self) -> None:
        await self._bot.shutdown()
        for request in self._requests:  # never initialised → the bot left them open
            await request.shutdown()
        self._ready = False


def _channel_error(exc: TelegramError, token: str) -> ChannelError:
    import httpx
    from telegram import error as tg

    text = excerpt(str(exc.message).replace(token, "***"))
    lowered = text.lower()
    if isinstance(exc, tg.RetryAfter):
        return ChannelError(
            f"Telegram flood control: {text}",
            permanent=False,
            reason="rate_limited",
            retry_after=_seconds(exc),
        )
    if isinstance(exc, tg.Forbidden):
        return ChannelError(f"Telegram: {text}", permanent=True, reason="blocked", suppress=True)
    if isinstance(exc, tg.InvalidToken):
        return ChannelError("Telegram rejected the bot token", permanent=True, reason="auth")
    if isinstance(exc, tg.ChatMigrated):
        return ChannelError(
            f"Telegram: the group moved to chat {exc.new_chat_id}",
            permanent=True,
            reason="chat_migrated",
        )
    if isinstance(exc, tg.BadRequest):  # before NetworkError: it is a subclass
        if "chat not found" in lowered or "peer_id_invalid" in lowered:
            return ChannelError(
                f"Telegram: {text}", permanent=True, reason="chat_not_found", suppress=True
            )
        if "too long" in lowered:
            return ChannelError(f"Telegram: {text}", permanent=True, reason="too_long")
        return ChannelError(f"Telegram: {text}", permanent=True, reason="rejected")
    cause = exc.__cause__
    not_sent = isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
    if isinstance(exc, tg.TimedOut):
        reason = "unavailable" if not_sent else "timeout"
        return ChannelError(f"Telegram timed out: {text}", permanent=False, reason=reason)
    if isinstance(exc, tg.NetworkError) and isinstance(cause, httpx.HTTPError) and not not_sent:
        # The connection dropped after the request went out: it may have been sent.
        return ChannelError(f"Telegram: {text}", permanent=False, reason="timeout")
    # Not reached, or the API answered with an error status (5xx): nothing was sent.
    return ChannelError(f"Telegram: {text}", permanent=False, reason="unavailable")


def _seconds(exc: Any) -> float:
    value = exc.retry_after
    if isinstance(value, dt.timedelta):
        return clamp_retry_after(value.total_seconds())
    return clamp_retry_after(float(value))


def _request(timeout: float) -> HTTPXRequest:
    from telegram.request import HTTPXRequest

    class ClampedRequest(HTTPXRequest):
        """Flood control's ``retry_after`` clamped to a day as the answer is read:
        PTB makes it a ``timedelta``, which overflows (an OverflowError, not a
        TelegramError) for a value such as 10^15."""

        @staticmethod
        def parse_json_payload(payload: bytes) -> dict[str, Any]:
            data = HTTPXRequest.parse_json_payload(payload)
            parameters = data.get("parameters") if isinstance(data, dict) else None
            if isinstance(parameters, dict):
                wait = parameters.get("retry_after")
                if isinstance(wait, int | float) and wait > MAX_RETRY_AFTER_SECONDS:
                    parameters["retry_after"] = int(MAX_RETRY_AFTER_SECONDS)
            return data

    return ClampedRequest(
        connect_timeout=timeout, read_timeout=timeout, write_timeout=timeout, pool_timeout=timeout
    )
