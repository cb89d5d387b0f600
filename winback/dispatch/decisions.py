"""What to do with a message next, decided from facts alone: no database, no
channel, no clock, no randomness (the caller passes the time and the jitter).

:func:`decide` is asked before each send (is there a channel, is it quiet
hours) and after each failure (stop the channel, give up as unknown, fall
back, fail, wait and retry, or park the message as deferred); the
:class:`~winback.dispatch.dispatcher.Dispatcher` applies the answer.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from winback.channels.base import clamp_retry_after
from winback.config import ChannelSettings
from winback.errors import ChannelError

# Failures that say the channel itself is unusable, not this message.
CHANNEL_WIDE = frozenset({"auth", "tls", "account"})
# Failures after the request may have reached the provider: no answer, or an
# exception the channel did not expect (perhaps while reading the answer).
MAY_HAVE_GONE = frozenset({"timeout", "unexpected"})

QUIET_HOURS = "quiet hours in the client's time zone"


@dataclass(frozen=True)
class Failure:
    """How one attempt failed, as the channel (or the dispatcher) said."""

    reason: str
    permanent: bool
    retry_after: float | None = None
    # False when the message was never handed to the channel (it could not be
    # rendered or built): nothing can have gone out, and building it again
    # would fail the same way.
    handed_over: bool = True

    @classmethod
    def of(cls, error: ChannelError, *, handed_over: bool = True) -> Failure:
        return cls(error.reason, error.permanent, error.retry_after, handed_over)


@dataclass(frozen=True)
class Facts:
    """Everything a decision depends on, computed by the caller."""

    now: dt.datetime
    channel: str | None  # the channel to use; None when none is usable
    # the channel's max_attempts, backoff_seconds, max_retry_wait_seconds
    policy: ChannelSettings = field(default_factory=ChannelSettings)
    quiet_until: dt.datetime | None = None  # the end of the client's quiet hours, if now
    failure: Failure | None = None  # None: nothing has failed (yet) on this channel
    attempt: int = 0  # attempts made on this channel, counting the failed one
    idempotent: bool = False  # the provider deduplicates on the idempotency key
    fallback: str | None = None  # the next usable channel, if the campaign falls back
    jitter: float = 0.5  # uniform in [0, 1): where the backoff falls around its nominal


# ------------------------------------------------------------------ decisions


@dataclass(frozen=True)
class Send:
    """Hand the message to the channel."""


@dataclass(frozen=True)
class NoChannel:
    """No campaign channel has an address with consent and no suppression."""


@dataclass(frozen=True)
class Defer:
    """Park the message until ``until``; a later run sends it."""

    until: dt.datetime
    detail: str


@dataclass(frozen=True)
class Retry:
    """Wait ``wait`` seconds, then try the same channel again."""

    wait: float
    detail: str


@dataclass(frozen=True)
class Fallback:
    """Give this channel up for the message and try ``channel`` next."""

    channel: str


@dataclass(frozen=True)
class Fail:
    """The message failed for good; ``reason`` is recorded."""

    reason: str


@dataclass(frozen=True)
class Unknown:
    """The provider may have the message: never re-sent, recorded unknown."""

    detail: str


@dataclass(frozen=True)
class StopChannel:
    """The channel cannot send at all: hand the message back and stop the run."""


Decision = Send | NoChannel | Defer | Retry | Fallback | Fail | Unknown | StopChannel


def decide(facts: Facts) -> Decision:
    """The next step for a message, from :class:`Facts` alone."""
    if facts.failure is None:
        if facts.channel is None:
            return NoChannel()
        if facts.quiet_until is not None:
            return Defer(facts.quiet_until, QUIET_HOURS)
        return Send()
    return _after_failure(facts, facts.failure)


def _after_failure(facts: Facts, failure: Failure) -> Decision:
    if failure.handed_over:
        if failure.reason in CHANNEL_WIDE:
            return StopChannel()
        if failure.reason in MAY_HAVE_GONE and not facts.idempotent:
            what = "no answer" if failure.reason == "timeout" else "unexpected error"
            return Unknown(f"{what} after the request went out; not re-sent")
    exhausted = failure.handed_over and facts.attempt >= facts.policy.max_attempts
    if failure.permanent or not failure.handed_over or exhausted:
        if facts.fallback is not None:
            return Fallback(facts.fallback)
        return Fail("attempts_exhausted" if exhausted and not failure.permanent else failure.reason)
    if failure.retry_after is not None:  # any channel's: at most a day
        wait = clamp_retry_after(failure.retry_after)
    else:
        wait = _backoff(facts.policy, facts.attempt, facts.jitter)
    if wait > facts.policy.max_retry_wait_seconds:
        return Defer(
            facts.now + dt.timedelta(seconds=wait),
            f"retry in {wait:.0f}s exceeds max_retry_wait_seconds",
        )
    return Retry(wait, f"transient ({failure.reason}); retry in {wait:.1f}s")


def _backoff(policy: ChannelSettings, attempt: int, jitter: float) -> float:
    nominal = policy.backoff_seconds * (2 ** (attempt - 1))
    return nominal * (0.5 + jitter)


def backoff_delay(settings: ChannelSettings, attempt: int, rnd: random.Random) -> float:
    """Exponential backoff with full jitter around the nominal delay."""
    return _backoff(settings, attempt, rnd.random())
