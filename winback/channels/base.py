"""What every channel shares: the message, the result, the interface.

A channel is one small module that makes ONE delivery attempt and says how
it went: it returns a :class:`SendResult` or raises
:class:`~winback.errors.ChannelError` saying whether the failure is permanent.
Rate limits, retries with backoff, fallback to the next channel and the
outcome log live once, in :mod:`winback.dispatch`, never in a channel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar, runtime_checkable

# The longest wait a provider's Retry-After (or Telegram's retry_after) is
# taken at: a larger one (1e15 s) overflowed datetime arithmetic and stopped
# the run. Anything beyond max_retry_wait_seconds defers the message anyway.
MAX_RETRY_AFTER_SECONDS = 86_400.0


def clamp_retry_after(seconds: float) -> float:
    """A provider's requested wait, within 0 … MAX_RETRY_AFTER_SECONDS."""
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


@dataclass(frozen=True)
class Attachment:
    """A file sent with a message: attached to an email, a document in Telegram."""

    filename: str
    content: bytes
    mime_type: str = "application/octet-stream"  # "type/subtype[; charset=utf-8]"


@dataclass(frozen=True)
class OutboundMessage:
    """One rendered message, ready for a channel."""

    idempotency_key: str  # stable per (campaign, client, cycle, channel)
    channel: str  # "email" | "sms" | "telegram" | ...
    recipient: str  # email address, E.164 phone, Telegram chat id
    text: str  # plain text: the SMS, the Telegram HTML, the email's text part
    subject: str | None = None  # email
    html: str | None = None  # email HTML part
    unsubscribe_url: str | None = None  # List-Unsubscribe (RFC 8058) for email
    client_external_id: str = ""
    campaign: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    # Files (the digest's HTML report): email and Telegram bots send them;
    # clients' messages have none.
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class SendResult:
    """The provider accepted the message."""

    provider_id: str | None = None
    segments: int | None = None  # SMS parts billed
    # A call: the outcome log opens the manager's task, due this many days
    # after the cycle was planned, with the "sent" record (winback.calls).
    task_due_days: int | None = None


@runtime_checkable
class Channel(Protocol):
    """One delivery attempt per call; raise ChannelError on failure."""

    name: str
    # Whether the provider deduplicates on OutboundMessage.idempotency_key:
    # then a message whose fate is unknown after a crash can be sent again
    # with the same key; otherwise it is marked `unknown`, never re-sent.
    idempotent: bool
    # Limits the dispatcher enforces, declared by the channel rather than
    # guessed from its name or class. Paced by rate_per_second: a provider is
    # behind it (the file outbox protects none, so a demo is not slowed down).
    rate_limited: bool
    # The most SMS segments a message may take (sms_max_segments); a longer
    # one fails too_long before it is sent. None: no segments to count.
    max_segments: int | None
    # The least time between the starts of two sends to one recipient, in
    # seconds (Telegram's per-chat limit); 0 for none.
    per_recipient_interval: float

    def check(self, message: OutboundMessage) -> None:
        """Validate and build ``message`` without sending it: raise ChannelError
        (or anything else) for a message :meth:`send` could never hand over. The
        dispatcher calls it before marking the message ``sending``."""
        ...

    async def send(self, message: OutboundMessage) -> SendResult: ...

    async def aclose(self) -> None: ...


T = TypeVar("T")


class Prepared(Generic[T]):
    """What a channel's check() built for a message, kept for the send() that
    follows, so a message is built once (an email's MIME encoding is a
    noticeable part of sending it). send() takes it out; a retry builds
    afresh."""

    def __init__(self, build: Callable[[OutboundMessage], T]) -> None:
        self._build = build
        self._built: dict[str, T] = {}

    def check(self, message: OutboundMessage) -> None:
        self._built[message.idempotency_key] = self._build(message)

    def take(self, message: OutboundMessage) -> T:
        if message.idempotency_key in self._built:
            return self._built.pop(message.idempotency_key)
        return self._build(message)
