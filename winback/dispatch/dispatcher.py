"""Sending: a loop that claims due messages, sends them, records each result.

Everything channels have in common lives here, once: the choice of channel at
the moment of sending (address, consent, no suppression), quiet hours,
rendering, the SMS length limit, per-channel rate limits and concurrency,
pacing per recipient, and applying what :func:`~winback.dispatch.decisions.decide`
says after a failure (retry, defer, fall back, fail, unknown, stop the channel).
The loop only ever works on the messages it claimed: workers share one database.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NoReturn

from sqlalchemy import Engine

from winback import outcomes
from winback.channels import unexpected_error
from winback.channels.base import Channel, OutboundMessage, SendResult
from winback.config import Campaign, ChannelSettings, Settings
from winback.contacts import CALL
from winback.dispatch.decisions import (
    Decision,
    Defer,
    Facts,
    Fail,
    Failure,
    Fallback,
    NoChannel,
    Retry,
    StopChannel,
    Unknown,
    decide,
)
from winback.dispatch.plumbing import (
    UNLIMITED_RATE,
    DatabaseThread,
    GroupWriter,
    InFlight,
    OutagePolicy,
    RateLimiter,
    RecipientPacer,
    Stopped,
    stopped_during,
)
from winback.errors import ChannelConfigError, ChannelError, TemplateError
from winback.logs import mask_address
from winback.outcomes import Change, Task
from winback.quiet import client_zone, quiet_until
from winback.rendering.gsm import sms_parts
from winback.timeutil import now_utc

if TYPE_CHECKING:
    from winback.metrics import Metrics

log = logging.getLogger(__name__)


@dataclass
class Counters:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    no_channel: int = 0
    attempts: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)


Renderer = Callable[[Task, str], OutboundMessage]


def _unbuildable(exc: Exception) -> ChannelError:
    """A message that could not be rendered or built: permanent, whatever the kind."""
    return ChannelError(str(unexpected_error(exc)), permanent=True, reason="unexpected")


def _error_fields(error: ChannelError) -> dict[str, Any]:
    return {"error": str(error), "error_reason": error.reason, "permanent": error.permanent}


class Dispatcher:
    def __init__(
        self,
        *,
        engine: Engine,
        settings: Settings,
        campaign: Campaign,
        channels: dict[str, Channel],
        render: Renderer,
        worker: str,
        batch_size: int = 200,
        sleep: Callable[[float], Any] = asyncio.sleep,
        metrics: Metrics | None = None,
        stop: asyncio.Event | None = None,
        outage: OutagePolicy | None = None,
    ) -> None:
        self.engine = engine
        self.metrics = metrics
        self.settings = settings
        self.campaign = campaign
        self.channels = channels
        self.render = render
        self.worker = worker
        self.batch_size = batch_size
        self.sleep = sleep
        # Set by a daemon shutting down: nothing more is claimed, what is in
        # flight is finished and recorded.
        self.stop = stop or asyncio.Event()
        self.outage = outage
        self.rnd = random.Random()
        self.counters = Counters()
        # The file outbox protects no provider: rate limits apply to real
        # transports only, so a demo or a dry rehearsal is not slowed down.
        self.limiters = {
            name: RateLimiter(
                self._settings(name).rate_per_second if impl.rate_limited else UNLIMITED_RATE
            )
            for name, impl in channels.items()
        }
        self.pacers = {
            name: RecipientPacer(impl.per_recipient_interval) for name, impl in channels.items()
        }
        self.slots = {
            name: asyncio.Semaphore(self._settings(name).concurrency) for name in channels
        }

    def _settings(self, channel: str) -> ChannelSettings:
        return self.settings.channels.get(channel) or ChannelSettings()

    async def run(self, cycle_id: int) -> Counters:
        """Send until nothing this worker can claim is due.

        A pipeline, not batch after batch: the next batch is claimed while the
        current one is still being sent (once no more than half a batch is
        left), so the channels never idle at a barrier waiting for a batch's
        slowest message and then for the claim. A claim only takes messages
        nobody holds, so it never takes one that is still on its way here.
        When a claim finds nothing, everything in flight is awaited and the
        claim is tried once more (a failed message may have been handed back);
        only an empty claim with nothing in flight ends the run.

        After a failure nothing more is claimed and a batch claimed meanwhile
        is handed back unsent; messages already started are finished (or
        handed back by their own failure), then the failure is raised.
        """
        self.db = DatabaseThread(self.engine, self.outage)
        self.writer = GroupWriter(self.engine, db=self.db, on_recorded=self._on_recorded())
        self.writer.start()
        flight = InFlight(low_water=self.batch_size // 2)
        try:
            try:
                await self._pump(cycle_id, flight)
            except BaseException:  # cancelled or interrupted: stop what is in flight
                await flight.cancel()
                raise
        finally:
            try:
                await self.writer.close()
            finally:
                await self.db.close()
        if flight.failure is not None:
            raise flight.failure
        return self.counters

    def _on_recorded(self) -> Callable[[Sequence[Change]], None] | None:
        metrics, name = self.metrics, self.campaign.name
        if metrics is None:
            return None
        return lambda changes: metrics.record_changes(name, changes)

    async def _pump(self, cycle_id: int, flight: InFlight) -> None:
        """Claim and start deliveries until nothing is due or something failed."""
        while flight.failure is None and not self.stop.is_set():
            try:
                tasks = await self.db.call(
                    outcomes.claim_due, cycle_id, self.worker, limit=self.batch_size
                )
            except Exception as exc:
                flight.failure = exc
                break
            if flight.failure is not None:  # failed while this batch was claimed
                for t in tasks:
                    await self._release(t)
                break
            if not tasks:
                if flight.idle():
                    break
                await flight.until(flight.idle)
                continue
            for t in tasks:
                flight.start(self.deliver(t))
            await flight.until(flight.room)
        await flight.until(flight.idle)

    # -------------------------------------------------------------- one message

    def _usable(self, task: Task, skip: set[str]) -> str | None:
        available = tuple(ch for ch in self.campaign.channels if ch in self.channels)
        return task.contact.usable_channel(available, task.suppressed, skip=frozenset(skip))

    async def deliver(self, task: Task) -> None:
        try:
            await self._deliver(task)
        except Stopped:  # never handed to the provider this time: back to the queue
            await self._release(task)

    async def _deliver(self, task: Task) -> None:
        tried = set(task.tried)
        # Re-decided at the moment of sending: an opt-out or a consent
        # withdrawn since the plan is honoured at once.
        usable = self._usable_set(task, tried)
        channel = task.channel if task.channel in usable else self._usable(task, tried)
        attempt = task.attempts if channel == task.channel else 0
        while True:
            now = now_utc()
            wake = None
            if channel not in (None, CALL):  # a call is a manager's task: it wakes no one
                zone = client_zone(task.contact.timezone, self.settings.tz)
                wake = quiet_until(now, self.campaign.quiet_hours, zone)
            decision = decide(Facts(now, channel, quiet_until=wake))
            if isinstance(decision, NoChannel):
                await self._no_channel(task, tried)
                return
            if isinstance(decision, Defer):
                await self._defer(task, channel, attempt, tried, decision)
                return
            assert channel is not None
            fallback = await self._on_channel(task, channel, attempt, tried)
            if fallback is None:  # sent, parked or failed for good
                return
            channel, attempt = fallback, 0

    def _usable_set(self, task: Task, tried: set[str]) -> set[str]:
        out = set()
        skip = set(tried)
        while (ch := self._usable(task, skip)) is not None:
            out.add(ch)
            skip.add(ch)
        return out

    def _prepare(
        self, task: Task, channel: str
    ) -> tuple[OutboundMessage, int | None] | ChannelError:
        """The rendered message and its SMS segments, or why it cannot go: a
        template error, over the SMS length limit, refused by the channel's
        own check (an address it would refuse, a message it cannot build).
        Whatever the cause, building it again would fail the same way."""
        impl = self.channels[channel]
        try:
            message = self.render(task, channel)
        except TemplateError as exc:
            return ChannelError(str(exc), permanent=True, reason="template_error")
        except Exception as exc:  # one client's data must not stop the run
            return _unbuildable(exc)
        segments = None
        if impl.max_segments is not None:
            segments = sms_parts(message.text).segments
            if segments > impl.max_segments:
                return ChannelError(
                    f"{segments} SMS segments > sms_max_segments {impl.max_segments}",
                    permanent=True,
                    reason="too_long",
                )
        try:
            impl.check(message)
        except ChannelError as exc:
            return exc
        except Exception as exc:
            return _unbuildable(exc)
        return message, segments

    async def _on_channel(
        self, task: Task, channel: str, attempt: int, tried: set[str]
    ) -> str | None:
        """Try one channel until the message is sent, parked or given up:
        the channel to fall back to, or None."""
        prepared = self._prepare(task, channel)
        if isinstance(prepared, ChannelError):  # never handed over, never marked `sending`
            failure = Failure.of(prepared, handed_over=False)
            decision = decide(self._facts(task, channel, attempt, tried, failure))
            return await self._apply(task, channel, attempt, tried, prepared, decision)
        message, segments = prepared
        while True:
            attempt += 1
            result = await self._send_once(task, channel, attempt, tried, message)
            if not isinstance(result, ChannelError):
                await self._record_sent(task, channel, attempt, tried, message, result, segments)
                return None
            error = result
            log.info(
                "%s via %s attempt %d failed (%s, %s): %s",
                task.key,
                channel,
                attempt,
                error.reason,
                "permanent" if error.permanent else "transient",
                error,
            )
            decision = decide(self._facts(task, channel, attempt, tried, Failure.of(error)))
            if not isinstance(decision, Retry):
                return await self._apply(task, channel, attempt, tried, error, decision)
            failed = _error_fields(error) | {"permanent": False, "detail": decision.detail}
            await self._write(task, "pending", channel, attempt, tried, **failed)
            if await stopped_during(self.stop, self.sleep(decision.wait)):
                raise Stopped

    def _facts(
        self, task: Task, channel: str, attempt: int, tried: set[str], failure: Failure
    ) -> Facts:
        return Facts(
            now=now_utc(),
            channel=channel,
            policy=self._settings(channel),
            failure=failure,
            attempt=attempt,
            idempotent=self.channels[channel].idempotent,
            fallback=self._usable(task, tried | {channel}) if self.campaign.fallback else None,
            jitter=self.rnd.random(),
        )

    async def _send_once(
        self, task: Task, channel: str, attempt: int, tried: set[str], message: OutboundMessage
    ) -> SendResult | ChannelError:
        """One provider call, marked ``sending`` durably first; a failure is
        returned. The slot is free for the next message once the call is over,
        while the caller records the result."""
        impl = self.channels[channel]
        pacer = self.pacers[channel]
        async with pacer.turn(message.recipient), self.slots[channel]:
            await self.limiters[channel].wait()
            if self.stop.is_set():  # stopping: what has not started does not start
                raise Stopped
            # Durable before the side effect: a crash from here on leaves
            # "sending", which recovery treats as "may have been sent".
            await self._write(task, "sending", channel, attempt, tried, recipient=message.recipient)
            self.counters.attempts += 1
            pacer.started(message.recipient)
            try:
                async with asyncio.timeout(self._settings(channel).timeout_seconds + 5):
                    return await impl.send(message)
            except ChannelError as exc:
                return exc
            except TimeoutError:
                return ChannelError("send timed out", permanent=False, reason="timeout")
            except Exception as exc:  # a channel's bug fails this message, not the whole run
                return unexpected_error(exc)

    async def _apply(
        self,
        task: Task,
        channel: str,
        attempt: int,
        tried: set[str],
        error: ChannelError,
        decision: Decision,
    ) -> str | None:
        """Record what was decided after ``error``: the channel to fall back to, or None."""
        failed = _error_fields(error)
        suppress = (channel, error.reason) if error.suppress else None
        match decision:
            case StopChannel():
                await self._stop_channel(task, channel, attempt, tried, error)
            case Unknown(detail=detail):
                # The request went out and no answer (or one the channel could
                # not read) came back: the provider may have the message.
                # Without deduplication a retry could deliver it twice.
                failed |= {"permanent": False, "detail": detail}
                await self._write(task, "unknown", channel, attempt, tried, **failed)
                self.counters.failed += 1
            case Defer():
                failed["permanent"] = False
                await self._defer(task, channel, attempt, tried, decision, **failed)
            case Fallback(channel=nxt):
                tried.add(channel)  # never this channel again for this message
                failed |= {"suppress": suppress, "detail": f"falling back to {nxt}"}
                await self._write(task, "pending", nxt, 0, tried, **failed)
                return nxt
            case Fail(reason=reason):
                tried.add(channel)
                failed |= {"error_reason": reason, "suppress": suppress}
                await self._write(task, "failed", channel, attempt, tried, **failed)
                self.counters.failed += 1
            case _:
                raise AssertionError(f"not a decision after a failure: {decision!r}")
        return None

    async def _defer(
        self,
        task: Task,
        channel: str | None,
        attempt: int,
        tried: set[str],
        decision: Defer,
        **failed: Any,
    ) -> None:
        await self._write(
            task,
            "deferred",
            channel,
            attempt,
            tried,
            not_before=decision.until,
            detail=decision.detail,
            **failed,
        )
        self.counters.deferred += 1

    async def _record_sent(
        self,
        task: Task,
        channel: str,
        attempt: int,
        tried: set[str],
        message: OutboundMessage,
        result: SendResult,
        segments: int | None,
    ) -> None:
        await self._write(
            task,
            "sent",
            channel,
            attempt,
            tried,
            recipient=message.recipient,
            provider_id=result.provider_id,
            segments=result.segments or segments,
            task_due_days=result.task_due_days,
        )
        self.counters.sent += 1
        self.counters.by_channel[channel] = self.counters.by_channel.get(channel, 0) + 1
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "sent %s to %s via %s", task.key, mask_address(channel, message.recipient), channel
            )

    async def _stop_channel(
        self, task: Task, channel: str, attempt: int, tried: set[str], error: ChannelError
    ) -> NoReturn:
        """Login refused, TLS broken, account blocked: every message on this
        channel would fail the same way. Hand this one back unsent and stop the
        run (exit 1) for the operator to fix."""
        await self._write(
            task,
            "pending",
            channel,
            attempt - 1,
            tried,
            error=str(error),
            error_reason=error.reason,
            permanent=True,
            detail="channel failure: run stopped, message not sent",
        )
        await self._release(task)
        raise ChannelConfigError(f"channel {channel} cannot send: {error} ({error.reason})")

    async def _no_channel(self, task: Task, tried: set[str]) -> None:
        await self._write(
            task,
            "no_channel",
            None,
            0,
            tried,
            error_reason="no_channel",
            error="no address with consent and without suppression on any campaign channel",
        )
        self.counters.no_channel += 1

    async def _release(self, task: Task) -> None:
        await self.db.call(outcomes.release_claim, task.message_id, self.worker)

    async def _write(
        self,
        task: Task,
        status: str,
        channel: str | None,
        attempt: int,
        tried: set[str],
        **extra: Any,
    ) -> None:
        await self.writer.write(
            Change(
                message_id=task.message_id,
                assignment_id=task.assignment_id,
                status=status,
                channel=channel,
                attempt=attempt,
                worker=self.worker,
                tried=tuple(sorted(tried)),
                client_id=task.contact.client_id,
                **extra,
            )
        )
