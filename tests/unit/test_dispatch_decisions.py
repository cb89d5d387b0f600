"""dispatch.decisions.decide: every branch, from facts alone (no database, no
channel, no clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from winback.config import ChannelSettings
from winback.dispatch.decisions import (
    QUIET_HOURS,
    Decision,
    Defer,
    Facts,
    Fail,
    Failure,
    Fallback,
    NoChannel,
    Retry,
    Send,
    StopChannel,
    Unknown,
    backoff_delay,
    decide,
)
from winback.errors import ChannelError

NOW = dt.datetime(2026, 5, 1, 12, 0, tzinfo=dt.UTC)
WAKE = dt.datetime(2026, 5, 2, 6, 0, tzinfo=dt.UTC)
POLICY = ChannelSettings(max_attempts=3, backoff_seconds=2.0, max_retry_wait_seconds=60.0)


def later(seconds: float) -> dt.datetime:
    return NOW + dt.timedelta(seconds=seconds)


def transient(reason: str = "unavailable", retry_after: float | None = None) -> Failure:
    return Failure(reason, permanent=False, retry_after=retry_after)


def permanent(reason: str = "rejected") -> Failure:
    return Failure(reason, permanent=True)


def not_built(reason: str = "template_error", permanent: bool = True) -> Failure:
    return Failure(reason, permanent=permanent, handed_over=False)


def facts(failure: Failure | None = None, **kw: object) -> Facts:
    values: dict[str, object] = {
        "now": NOW,
        "channel": "sms",
        "policy": POLICY,
        "failure": failure,
        "attempt": 1,
        "jitter": 0.5,
    }
    return Facts(**(values | kw))  # type: ignore[arg-type]


RETRY_IN_2 = Retry(2.0, "transient (unavailable); retry in 2.0s")

CASES: dict[str, tuple[Facts, Decision]] = {
    # ---------------------------------------------------------- before sending
    "no usable channel": (facts(channel=None), NoChannel()),
    "no channel wins over quiet hours": (facts(channel=None, quiet_until=WAKE), NoChannel()),
    "quiet hours defer to their end": (facts(quiet_until=WAKE), Defer(WAKE, QUIET_HOURS)),
    "a channel, not quiet: send": (facts(), Send()),
    # ------------------------------------------------- the channel is unusable
    "auth stops the channel": (facts(permanent("auth"), fallback="email"), StopChannel()),
    "tls stops the channel": (facts(transient("tls")), StopChannel()),
    "account stops the channel": (facts(permanent("account")), StopChannel()),
    # ------------------------------------------------ it may have gone out
    "timeout, not idempotent: unknown": (
        facts(transient("timeout")),
        Unknown("no answer after the request went out; not re-sent"),
    ),
    "unexpected, not idempotent: unknown": (
        facts(permanent("unexpected")),
        Unknown("unexpected error after the request went out; not re-sent"),
    ),
    "unknown even on the last attempt with a fallback": (
        facts(transient("timeout"), attempt=3, fallback="email"),
        Unknown("no answer after the request went out; not re-sent"),
    ),
    "timeout, idempotent: retried with the same key": (
        facts(transient("timeout"), idempotent=True),
        Retry(2.0, "transient (timeout); retry in 2.0s"),
    ),
    "unexpected permanent, idempotent: fails": (
        facts(permanent("unexpected"), idempotent=True),
        Fail("unexpected"),
    ),
    # ------------------------------------------------------------- permanent
    "permanent, no fallback: fails with its reason": (facts(permanent("blocked")), Fail("blocked")),
    "permanent with a fallback: falls back": (
        facts(permanent("blocked"), fallback="email"),
        Fallback("email"),
    ),
    "permanent on the first attempt is not retried": (
        facts(permanent("bad_address"), attempt=1),
        Fail("bad_address"),
    ),
    # ----------------------------------------------------- attempts exhausted
    "transient on the last attempt: attempts exhausted": (
        facts(transient(), attempt=3),
        Fail("attempts_exhausted"),
    ),
    "transient past the last attempt: attempts exhausted": (
        facts(transient(), attempt=4),
        Fail("attempts_exhausted"),
    ),
    "permanent on the last attempt: its own reason, not exhausted": (
        facts(permanent("blocked"), attempt=3),
        Fail("blocked"),
    ),
    "transient on the last attempt with a fallback: falls back": (
        facts(transient(), attempt=3, fallback="telegram"),
        Fallback("telegram"),
    ),
    "transient before the last attempt: retried": (
        facts(transient(), attempt=2),
        Retry(4.0, "transient (unavailable); retry in 4.0s"),
    ),
    # -------------------------------------------------- never handed over
    "not built: fails with its reason, whatever the attempt": (
        facts(not_built(), attempt=0),
        Fail("template_error"),
    ),
    "not built, transient kind: fails, not retried, not exhausted": (
        facts(not_built("io", permanent=False), attempt=0),
        Fail("io"),
    ),
    "not built after the last attempt: its own reason, not exhausted": (
        facts(not_built("io", permanent=False), attempt=3),
        Fail("io"),
    ),
    "not built with auth: fails, does not stop the channel": (
        facts(not_built("auth")),
        Fail("auth"),
    ),
    "not built with unexpected: fails, not unknown": (
        facts(not_built("unexpected")),
        Fail("unexpected"),
    ),
    "not built with a fallback: falls back": (
        facts(not_built("too_long"), fallback="email"),
        Fallback("email"),
    ),
    # --------------------------------------------------------- waiting
    "backoff: the nominal delay at jitter 0.5": (facts(transient()), RETRY_IN_2),
    "backoff doubles per attempt": (
        facts(transient(), attempt=3, policy=ChannelSettings(backoff_seconds=2.0, max_attempts=5)),
        Retry(8.0, "transient (unavailable); retry in 8.0s"),
    ),
    "backoff at jitter 0 is half the nominal": (
        facts(transient(), jitter=0.0),
        Retry(1.0, "transient (unavailable); retry in 1.0s"),
    ),
    "backoff at jitter 0.75": (
        facts(transient(), jitter=0.75),
        Retry(2.5, "transient (unavailable); retry in 2.5s"),
    ),
    "backoff beyond max_retry_wait_seconds defers": (
        facts(transient(), policy=ChannelSettings(backoff_seconds=100.0, max_attempts=5)),
        Defer(later(100.0), "retry in 100s exceeds max_retry_wait_seconds"),
    ),
    "Retry-After replaces the backoff": (
        facts(transient("rate_limited", retry_after=7.0), jitter=0.0),
        Retry(7.0, "transient (rate_limited); retry in 7.0s"),
    ),
    "Retry-After exactly max_retry_wait_seconds still waits": (
        facts(transient("rate_limited", retry_after=60.0)),
        Retry(60.0, "transient (rate_limited); retry in 60.0s"),
    ),
    "Retry-After beyond max_retry_wait_seconds defers": (
        facts(transient("rate_limited", retry_after=61.0)),
        Defer(later(61.0), "retry in 61s exceeds max_retry_wait_seconds"),
    ),
    "an absurd Retry-After counts as a day": (
        facts(transient("rate_limited", retry_after=1e15)),
        Defer(later(86_400.0), "retry in 86400s exceeds max_retry_wait_seconds"),
    ),
    "a negative Retry-After counts as none": (
        facts(transient("rate_limited", retry_after=-5.0)),
        Retry(0.0, "transient (rate_limited); retry in 0.0s"),
    ),
    "max_retry_wait_seconds 0 defers any wait": (
        facts(transient(), policy=ChannelSettings(max_retry_wait_seconds=0.0)),
        Defer(later(2.0), "retry in 2s exceeds max_retry_wait_seconds"),
    ),
}


@pytest.mark.parametrize(("given", "expected"), list(CASES.values()), ids=list(CASES))
def test_decide(given: Facts, expected: Decision) -> None:
    assert decide(given) == expected


def test_failure_of_a_channel_error_keeps_what_decide_reads() -> None:
    error = ChannelError("slow down", permanent=False, reason="rate_limited", retry_after=3.0)
    assert Failure.of(error) == Failure("rate_limited", False, 3.0, handed_over=True)
    assert Failure.of(error, handed_over=False).handed_over is False


def test_decisions_are_frozen_values() -> None:
    decision = decide(facts(permanent("blocked"), fallback="email"))
    with pytest.raises(AttributeError):
        decision.channel = "telegram"  # type: ignore[union-attr,misc]
    assert decision == Fallback("email") and hash(decision) == hash(Fallback("email"))


def test_backoff_delay_draws_its_jitter() -> None:
    class Fixed:
        def random(self) -> float:
            return 0.25

    assert backoff_delay(POLICY, 3, Fixed()) == 2.0 * 4 * 0.75  # type: ignore[arg-type]
