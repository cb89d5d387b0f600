"""The send loop's plumbing: pacing (per channel, per recipient), the database
thread its transactions run in, and the group writer of its changes."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy import Connection, Engine

from winback import outcomes
from winback.db import is_disconnect, retry_transient
from winback.outcomes import Change

log = logging.getLogger(__name__)


UNLIMITED_RATE = 1e9


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


class RecipientPacer:
    """At least `interval` seconds between the starts of two sends to one
    recipient (Telegram allows about one message a second per chat).

    A send holds its recipient's turn from before it takes a channel slot
    until its request is over, so two messages to one recipient never
    overlap, and the next starts no sooner than `interval` after the previous
    one started. Starts older than `interval` are forgotten as new ones come.
    """

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self.clock = clock
        self._locks: dict[str, asyncio.Lock] = {}
        self._waiting: dict[str, int] = {}
        # recipient → when its last send started, oldest first
        self._started: dict[str, float] = {}

    @contextlib.asynccontextmanager
    async def turn(self, recipient: str) -> AsyncIterator[None]:
        if self.interval <= 0:
            yield
            return
        lock = self._locks.setdefault(recipient, asyncio.Lock())
        self._waiting[recipient] = self._waiting.get(recipient, 0) + 1
        try:
            async with lock:
                last = self._started.get(recipient)
                if last is not None and (delay := last + self.interval - self.clock()) > 0:
                    await asyncio.sleep(delay)
                yield
        finally:
            self._waiting[recipient] -= 1
            if not self._waiting[recipient]:
                del self._waiting[recipient], self._locks[recipient]

    def started(self, recipient: str) -> None:
        """The request to `recipient` is going out now (inside its turn)."""
        if self.interval <= 0:
            return
        now = self.clock()
        self._started.pop(recipient, None)
        self._started[recipient] = now
        while (oldest := next(iter(self._started.items())))[1] <= now - self.interval:
            del self._started[oldest[0]]


T = TypeVar("T")


class Stopped(Exception):
    """The worker is stopping before this message was handed over."""


async def stopped_during(stop: asyncio.Event, wait: Coroutine[Any, Any, Any]) -> bool:
    """Await ``wait`` (a retry's pause) unless ``stop`` is set first: whether it was."""
    if stop.is_set():
        wait.close()
        return True
    stopped = asyncio.ensure_future(stop.wait())
    waited = asyncio.ensure_future(wait)
    await asyncio.wait({stopped, waited}, return_when=asyncio.FIRST_COMPLETED)
    for pending in (stopped, waited):
        pending.cancel()
    return stop.is_set()


class OutagePolicy(Protocol):
    """What a database thread does when the database is unreachable: the
    daemon's watch (winback.daemon.outage) logs it once and says how long to
    wait; without one, the error propagates at once, as in ``run-once``."""

    def failed(self, what: str, exc: BaseException) -> None: ...
    def ok(self) -> None: ...
    def backoff(self) -> float: ...


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

    def __init__(self, engine: Engine, outage: OutagePolicy | None = None) -> None:
        self.engine = engine
        self.outage = outage
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="winback-db"
        )
        self._conn: Connection | None = None
        self._closing = threading.Event()

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

        if self.outage is None:
            return retry_transient(once)
        return self._riding_out(once, self.outage)

    def _riding_out(self, once: Callable[[], T], outage: OutagePolicy) -> T:
        """Run ``once`` until the database answers: a lost connection or an
        unreachable server is waited out (capped backoff) rather than failing
        the run, so a change already sent to a provider is still recorded when
        the database is back. Every transaction here is safe to run again
        (claims are conditional; a change re-applied sets the same status)."""
        while True:
            try:
                result = retry_transient(once)
            except Exception as exc:
                if not is_disconnect(exc) or self._closing.is_set():
                    raise
                outage.failed("send loop", exc)
                if self._closing.wait(outage.backoff()):
                    raise
                continue
            outage.ok()
            return result

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
        self._closing.set()  # a wait for the database ends now
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(self._executor, self._drop)
        self._executor.shutdown(wait=True)


class GroupWriter:
    """Group commit: changes queued by many coroutines are written together.

    ``await write(change)`` returns once the change is durable, so "mark
    sending, then send" holds for each message while the database sees one
    transaction per batch instead of one per message. ``on_recorded`` is
    told each group once it is committed (the metrics count them there).
    """

    def __init__(
        self,
        engine: Engine,
        max_batch: int = 500,
        db: DatabaseThread | None = None,
        on_recorded: Callable[[Sequence[Change]], None] | None = None,
    ) -> None:
        self.engine = engine
        self.max_batch = max_batch
        self.db = db
        self.on_recorded = on_recorded
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
                    self._recorded([c for c, _ in batch])
                    for _, fut in batch:
                        if not fut.done():
                            fut.set_result(None)

    def _recorded(self, changes: list[Change]) -> None:
        if self.on_recorded is None:
            return
        try:
            self.on_recorded(changes)
        except Exception:  # counting must never stop sending
            log.exception("could not count %d recorded change(s)", len(changes))

    async def close(self) -> None:
        self.closed = True
        self.wakeup.set()
        try:
            if self.task:
                await self.task
        finally:
            if self._own_db and self.db is not None:
                await self.db.close()


class InFlight:
    """The deliveries a run has started and not seen finish, and the first
    failure among them.

    A finished delivery sets an event and the waiting loop re-checks its
    condition (not asyncio.wait: that re-registers a callback on every task in
    flight for every message that finishes).
    """

    def __init__(self, low_water: int) -> None:
        self.low_water = low_water
        self.tasks: set[asyncio.Task[None]] = set()
        self.failure: BaseException | None = None
        self._changed = asyncio.Event()

    def start(self, delivery: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(delivery)
        self.tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        exc = None if task.cancelled() else task.exception()
        if exc is not None and self.failure is None:
            self.failure = exc
        self._changed.set()

    def room(self) -> bool:
        """Few enough in flight to claim the next batch (or a failure to stop at)."""
        return len(self.tasks) <= self.low_water or self.failure is not None

    def idle(self) -> bool:
        return not self.tasks

    async def until(self, condition: Callable[[], bool]) -> None:
        while not condition():
            self._changed.clear()
            await self._changed.wait()

    async def cancel(self) -> None:
        pending = list(self.tasks)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
