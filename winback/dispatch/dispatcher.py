"""Sending: a loop that claims due messages, sends them, records each result.

Everything channels have in common lives here, once: the choice of channel at
the moment of sending (address, consent, no suppression), quiet hours,
rendering, the SMS length limit, per-channel rate limits and concurrency,
retries with exponential backoff and jitter for transient failures only,
``Retry-After``, deferral when the wait is too long, fallback to the next
channel, and suppression after a permanent "blocked"/"unknown user".

The loop is the unit a daemon worker will run: it only ever works on the
messages it claimed, so several of them can share one database.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import functools
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NoReturn, TypeVar

from sqlalchemy import Connection, Engine

from winback import outcomes
from winback.channels import unexpected_error
from winback.channels.base import Channel, OutboundMessage, SendResult, clamp_retry_after
from winback.config import Campaign, ChannelSettings, Settings
from winback.db import retry_transient
from winback.errors import ChannelConfigError, ChannelError, TemplateError
from winback.logs import mask_address
from winback.outcomes import Change, Task
from winback.quiet import client_zone, quiet_until
from winback.selection import first_usable_channel
from winback.timeutil import now_utc

log = logging.getLogger(__name__)


UNLIMITED_RATE = 1e9


def _limited(channel: Channel) -> bool:
    from winback.channels.file import FileChannel

    return not isinstance(channel, FileChannel)


class RateLimiter:
    """Evenly spaced sends: at most `rate` per second, no bursts."""

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / rate
        self.clock = clock
        self.next = clock()

    async def wait(self) -> None:
        now = self.clock()
        if self.next < now:
            self.next = now
        delay = self.next - now
        self.next += self.interval
        if delay > 0:
            await asyncio.sleep(delay)


T = TypeVar("T")


class DatabaseThread:
    """One thread and one connection for a run's claims and writes.

    Every transaction of the send loop runs here, one after the other, on a
    connection kept open for the run: no connection is opened and closed per
    transaction (on SQLite that is a connect, four PRAGMAs and, when the last
    connection closes, a WAL checkpoint with fsync), claims never wait for the
    process's own writes to release SQLite's write lock, and the connection
    never changes threads. A connection that failed is closed and a fresh one
    opened for the next transaction.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="winback-db"
        )
        self._conn: Connection | None = None

    def _call(self, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
        # Every function run here is one transaction: one that lost a
        # deadlock or serialization race with another worker (several on one
        # PostgreSQL or MariaDB) is run again whole, on a fresh connection.
        def once() -> T:
            if self._conn is None:
                self._conn = self.engine.connect()
            try:
                return fn(self._conn, *args, **kwargs)
            except BaseException:
                self._drop()
                raise

        return retry_transient(once)

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # already broken; the next call reconnects
                log.debug("closing a failed database connection failed", exc_info=True)

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(connection, *args, **kwargs)`` in the database thread."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(
            self._executor, functools.partial(self._call, fn, args, kwargs)
        )

    async def close(self) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._drop)
        self._executor.shutdown(wait=True)


class GroupWriter:
    """Group commit: changes queued by many coroutines are written together.

    ``await write(change)`` returns once the change is durable, so "mark
    sending, then send" holds for each message while the database sees one
    transaction per batch instead of one per message.
    """

    def __init__(
        self, engine: Engine, max_batch: int = 500, db: DatabaseThread | None = None
    ) -> None:
        self.engine = engine
        self.max_batch = max_batch
        self.db = db
        self._own_db = db is None
        self.queue: list[tuple[Change, asyncio.Future[None]]] = []
        self.wakeup = asyncio.Event()
        self.task: asyncio.Task[None] | None = None
        self.closed = False

    def start(self) -> None:
        if self.db is None:
            self.db = DatabaseThread(self.engine)
        self.task = asyncio.create_task(self._run())

    async def write(self, change: Change) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.queue.append((change, future))
        self.wakeup.set()
        await future

    async def _run(self) -> None:
        assert self.db is not None
        while not (self.closed and not self.queue):
            await self.wakeup.wait()
            self.wakeup.clear()
            await asyncio.sleep(0)  # let the other ready coroutines queue theirs
            while self.queue:
                batch, self.queue = self.queue[: self.max_batch], self.queue[self.max_batch :]
                try:
                    await self.db.call(outcomes.apply_changes, [c for c, _ in batch])
                except BaseException as exc:  # every waiter learns the write failed
                    for _, fut in batch:
                        if not fut.done():
                            fut.set_exception(exc)
                    if not isinstance(exc, Exception):
                        raise
                else:
                    for _, fut in batch:
                        if not fut.done():
                            fut.set_result(None)

    async def close(self) -> None:
        self.closed = True
        self.wakeup.set()
        try:
            if self.task:
                await self.task
        finally:
            if self._own_db and self.db is not None:
                await self.db.close()


@dataclass
class Counters:
    sent: int = 0
    failed: int = 0
    deferred: int = 0
    no_channel: int = 0
    attempts: int = 0
    by_channel: dict[str, int] = field(default_factory=dict)


Renderer = Callable[[Task, str], OutboundMessage]

# Failures that say the channel itself is unusable, not this message.
CHANNEL_WIDE = frozenset({"auth", "tls", "account"})
# Failures after the request may have reached the provider: no answer, or an
# exception the channel did not expect (perhaps while reading the answer).
MAY_HAVE_GONE = frozenset({"timeout", "unexpected"})


def _unbuildable(exc: Exception) -> ChannelError:
    """A message that could not be rendered or built: permanent, whatever the kind."""
    return ChannelError(str(unexpected_error(exc)), permanent=True, reason="unexpected")


def backoff_delay(settings: ChannelSettings, attempt: int, rnd: random.Random) -> float:
    """Exponential backoff with full jitter around the nominal delay."""
    nominal = settings.backoff_seconds * (2 ** (attempt - 1))
    return nominal * (0.5 + rnd.random())


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
        sms_max_segments: int = 3,
        segments_of: Callable[[str], int] | None = None,
        sleep: Callable[[float], Any] = asyncio.sleep,
    ) -> None:
        self.engine = engine
        self.settings = settings
        self.campaign = campaign
        self.channels = channels
        self.render = render
        self.worker = worker
        self.batch_size = batch_size
        self.sms_max_segments = sms_max_segments
        self.segments_of = segments_of
        self.sleep = sleep
        self.rnd = random.Random()
        self.counters = Counters()
        # The file outbox protects no provider: rate limits apply to real
        # transports only, so a demo or a dry rehearsal is not slowed down.
        self.limiters = {
            name: RateLimiter(
                self._settings(name).rate_per_second if _limited(impl) else UNLIMITED_RATE
            )
            for name, impl in channels.items()
        }
        self.slots = {
            name: asyncio.Semaphore(self._settings(name).concurrency) for name in channels
        }

    def _settings(self, channel: str) -> ChannelSettings:
        return self.settings.channels.get(channel) or ChannelSettings()

    async def run(self, run_id: int) -> Counters:
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
        self.db = DatabaseThread(self.engine)
        self.writer = GroupWriter(self.engine, db=self.db)
        self.writer.start()
        low_water = self.batch_size // 2
        inflight: set[asyncio.Task[None]] = set()
        failure: BaseException | None = None
        # Set when a delivery ends; the loop re-checks its condition. (Not
        # asyncio.wait: that re-registers a callback on every task in flight
        # for every message that finishes.)
        changed = asyncio.Event()

        def finished(t: asyncio.Task[None]) -> None:
            nonlocal failure
            inflight.discard(t)
            exc = None if t.cancelled() else t.exception()
            if exc is not None and failure is None:
                failure = exc
            changed.set()

        def room() -> bool:
            return len(inflight) <= low_water or failure is not None

        def idle() -> bool:
            return not inflight

        async def until(condition: Callable[[], bool]) -> None:
            while not condition():
                changed.clear()
                await changed.wait()

        try:
            try:
                while failure is None:
                    try:
                        tasks = await self.db.call(
                            outcomes.claim_due, run_id, self.worker, limit=self.batch_size
                        )
                    except Exception as exc:
                        failure = exc
                        break
                    if failure is not None:  # failed while this batch was claimed
                        for t in tasks:
                            await self.db.call(outcomes.release_claim, t.message_id, self.worker)
                        break
                    if not tasks:
                        if not inflight:
                            break
                        await until(idle)
                        continue
                    for t in tasks:
                        delivery = asyncio.create_task(self.deliver(t))
                        inflight.add(delivery)
                        delivery.add_done_callback(finished)
                    await until(room)
                await until(idle)
            except BaseException:  # cancelled or interrupted: stop what is in flight
                pending = list(inflight)
                for delivery in pending:
                    delivery.cancel()
                await asyncio.gather(*pending, return_exceptions=True)
                raise
        finally:
            try:
                await self.writer.close()
            finally:
                await self.db.close()
        if failure is not None:
            raise failure
        return self.counters

    # -------------------------------------------------------------- one message

    def _usable(self, task: Task, skip: set[str]) -> str | None:
        addresses = {
            "email": task.client.get("email"),
            "sms": task.client.get("phone"),
            "telegram": task.client.get("telegram_chat_id"),
        }
        available = tuple(ch for ch in self.campaign.channels if ch in self.channels)
        return first_usable_channel(
            available, addresses, task.client["consent"], task.suppressed, skip=frozenset(skip)
        )

    async def deliver(self, task: Task) -> None:
        tried = set(task.tried)
        # Re-decided at the moment of sending: an opt-out or a consent
        # withdrawn since the plan is honoured at once.
        usable = self._usable_set(task, tried)
        channel = task.channel if task.channel in usable else self._usable(task, tried)
        attempt = task.attempts if channel == task.channel else 0
        last_error: ChannelError | None = None
        while True:
            if channel is None:
                await self._final_no_channel(task, tried, last_error)
                return
            tz = client_zone(task.client.get("timezone"), self.settings.tz)
            wake = quiet_until(now_utc(), self.campaign.quiet_hours, tz)
            if wake is not None:
                await self._write(
                    task,
                    "deferred",
                    channel,
                    attempt,
                    tried,
                    not_before=wake,
                    detail="quiet hours in the client's time zone",
                )
                self.counters.deferred += 1
                return
            prepared = self._prepare(task, channel)
            if isinstance(prepared, ChannelError):  # never handed over, never marked `sending`
                last_error = prepared
                channel, attempt = await self._after_permanent(
                    task, channel, attempt, tried, last_error
                )
                continue
            message, segments = prepared
            outcome = await self._attempt(task, channel, attempt, tried, message, segments)
            if outcome is None:  # sent, or parked as deferred
                return
            channel, attempt, last_error = outcome

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
        try:
            message = self.render(task, channel)
        except TemplateError as exc:
            return ChannelError(str(exc), permanent=True, reason="template_error")
        except Exception as exc:  # one client's data must not stop the run
            return _unbuildable(exc)
        segments = None
        if channel == "sms" and self.segments_of is not None:
            segments = self.segments_of(message.text)
            if segments > self.sms_max_segments:
                return ChannelError(
                    f"{segments} SMS segments > sms_max_segments {self.sms_max_segments}",
                    permanent=True,
                    reason="too_long",
                )
        try:
            self.channels[channel].check(message)
        except ChannelError as exc:
            return exc
        except Exception as exc:
            return _unbuildable(exc)
        return message, segments

    async def _attempt(
        self,
        task: Task,
        channel: str,
        attempt: int,
        tried: set[str],
        message: OutboundMessage,
        segments: int | None,
    ) -> tuple[str | None, int, ChannelError] | None:
        """Try one channel until sent (None), parked (None) or given up (next channel)."""
        cfg = self._settings(channel)
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
            if error.reason in CHANNEL_WIDE:
                await self._stop_channel(task, channel, attempt, tried, error)
            if error.reason in MAY_HAVE_GONE and not self.channels[channel].idempotent:
                await self._unknown(task, channel, attempt, tried, error)
                return None
            if error.permanent or attempt >= cfg.max_attempts:
                nxt, nxt_attempt = await self._after_permanent(
                    task, channel, attempt, tried, error, exhausted=not error.permanent
                )
                return nxt, nxt_attempt, error
            if not await self._wait_to_retry(task, channel, attempt, tried, error, cfg):
                return None  # parked as deferred

    async def _send_once(
        self, task: Task, channel: str, attempt: int, tried: set[str], message: OutboundMessage
    ) -> SendResult | ChannelError:
        """One provider call, marked ``sending`` durably first; a failure is
        returned. The slot is free for the next message once the call is over,
        while the caller records the result."""
        impl = self.channels[channel]
        async with self.slots[channel]:
            await self.limiters[channel].wait()
            # Durable before the side effect: a crash from here on leaves
            # "sending", which recovery treats as "may have been sent".
            await self._write(task, "sending", channel, attempt, tried, recipient=message.recipient)
            self.counters.attempts += 1
            try:
                async with asyncio.timeout(self._settings(channel).timeout_seconds + 5):
                    return await impl.send(message)
            except ChannelError as exc:
                return exc
            except TimeoutError:
                return ChannelError("send timed out", permanent=False, reason="timeout")
            except Exception as exc:  # a channel's bug fails this message, not the whole run
                return unexpected_error(exc)

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

    async def _unknown(
        self, task: Task, channel: str, attempt: int, tried: set[str], error: ChannelError
    ) -> None:
        """The request went out and no answer (or one the channel could not
        read) came back: the provider may have the message. Without
        deduplication a retry could deliver it twice, so it ends "unknown"."""
        await self._write(
            task,
            "unknown",
            channel,
            attempt,
            tried,
            error=str(error),
            error_reason=error.reason,
            permanent=False,
            detail=f"{'no answer' if error.reason == 'timeout' else 'unexpected error'} "
            "after the request went out; not re-sent",
        )
        self.counters.failed += 1

    async def _wait_to_retry(
        self,
        task: Task,
        channel: str,
        attempt: int,
        tried: set[str],
        error: ChannelError,
        cfg: ChannelSettings,
    ) -> bool:
        """Wait for the next attempt (True), or park the message as deferred
        (False) when the wait is beyond max_retry_wait_seconds."""
        if error.retry_after is not None:  # any channel's: at most a day
            wait = clamp_retry_after(error.retry_after)
        else:
            wait = backoff_delay(cfg, attempt, self.rnd)
        if wait > cfg.max_retry_wait_seconds:
            await self._write(
                task,
                "deferred",
                channel,
                attempt,
                tried,
                not_before=now_utc() + dt.timedelta(seconds=wait),
                error=str(error),
                error_reason=error.reason,
                permanent=False,
                detail=f"retry in {wait:.0f}s exceeds max_retry_wait_seconds",
            )
            self.counters.deferred += 1
            return False
        await self._write(
            task,
            "pending",
            channel,
            attempt,
            tried,
            error=str(error),
            error_reason=error.reason,
            permanent=False,
            detail=f"transient ({error.reason}); retry in {wait:.1f}s",
        )
        await self.sleep(wait)
        return True

    async def _after_permanent(
        self,
        task: Task,
        channel: str,
        attempt: int,
        tried: set[str],
        error: ChannelError,
        exhausted: bool = False,
    ) -> tuple[str | None, int]:
        """Suppress if told to; fall back to the next channel if the campaign allows."""
        suppress = (channel, error.reason) if error.suppress else None
        tried.add(channel)  # never this channel again for this message
        nxt = self._usable(task, tried) if self.campaign.fallback else None
        status = "pending" if nxt else "failed"
        await self._write(
            task,
            status,
            nxt or channel,
            attempt if not nxt else 0,
            tried,
            error=str(error),
            error_reason=(
                "attempts_exhausted"
                if exhausted and not nxt and not error.permanent
                else error.reason
            ),
            permanent=error.permanent,
            suppress=suppress,
            detail=f"falling back to {nxt}" if nxt else None,
        )
        if not nxt:
            self.counters.failed += 1
        return nxt, 0

    async def _final_no_channel(
        self, task: Task, tried: set[str], error: ChannelError | None
    ) -> None:
        if error is not None:  # everything usable was tried and failed: already recorded failed
            return
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
                client_id=task.client["client_id"],
                **extra,
            )
        )
