"""Prometheus metrics of one worker, served at ``GET /metrics``.

Every :class:`Metrics` has a registry of its own (prometheus-client's global
one would be shared by everything in the process, tests included). The
counter of message status changes is fed by the send loop's group writer as
changes are committed; the queue gauge is read from the database, at most
every :data:`QUEUE_REFRESH_SECONDS`, because every worker of a fleet is
scraped and the count is the same from each.
"""

from __future__ import annotations

import time
from collections import Counter as Tally
from collections.abc import Iterable

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from sqlalchemy import Engine, func, select

from winback.db import read_engine
from winback.models import CampaignRun, Message, table_of
from winback.outcomes import Change

QUEUE_STATUSES = ("pending", "deferred", "sending")
QUEUE_REFRESH_SECONDS = 15.0
NO_CHANNEL = "none"  # the channel label of a change without one (no_channel)
# A cycle's run: from a second (a small plan) to hours (a large send, paced).
RUN_BUCKETS = (1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 7200, 14400)


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry()
        self.messages_total = Counter(
            "winback_messages",
            "Message status changes this worker recorded.",
            ["campaign", "channel", "status"],
            registry=self.registry,
        )
        self.queue_messages = Gauge(
            "winback_queue_messages",
            "Messages of open cycles waiting (pending, deferred) or in flight (sending).",
            ["campaign", "status"],
            registry=self.registry,
        )
        self.campaign_last_success = Gauge(
            "winback_campaign_last_success_timestamp_seconds",
            "When a run of the campaign last ended without an error (Unix time).",
            ["campaign"],
            registry=self.registry,
        )
        self.run_duration = Histogram(
            "winback_campaign_run_duration_seconds",
            "How long the campaign's runs took.",
            ["campaign"],
            buckets=RUN_BUCKETS,
            registry=self.registry,
        )
        self.database_up = Gauge(
            "winback_database_up",
            "1 when the database answered the last health check, else 0.",
            registry=self.registry,
        )
        self._queue_read_at: float | None = None
        self._queue_labels: set[tuple[str, str]] = set()

    def record_changes(self, campaign: str, changes: Iterable[Change]) -> None:
        """Count changes the send loop has just committed."""
        tally = Tally((c.channel or NO_CHANNEL, c.status) for c in changes)
        for (channel, status), n in tally.items():
            self.messages_total.labels(campaign, channel, status).inc(n)

    def refresh_queue(self, engine: Engine, *, now: float | None = None) -> None:
        """Read the queue's counts unless they were read less than 15 s ago.

        Blocking (a query): call it from a thread, not the event loop. A
        campaign/status seen before and gone now is set to 0, not left stale.
        """
        now = time.monotonic() if now is None else now
        if self._queue_read_at is not None and now - self._queue_read_at < QUEUE_REFRESH_SECONDS:
            return
        counts = queue_counts(engine)
        for campaign, status in self._queue_labels - counts.keys():
            self.queue_messages.labels(campaign, status).set(0)
        for (campaign, status), n in counts.items():
            self.queue_messages.labels(campaign, status).set(n)
        self._queue_labels |= counts.keys()
        self._queue_read_at = now

    def observe_run(self, campaign: str, seconds: float, ok: bool) -> None:
        """A run (tick) of the campaign ended after `seconds`; ok: without an error."""
        self.run_duration.labels(campaign).observe(seconds)
        if ok:
            self.campaign_last_success.labels(campaign).set(time.time())

    def render(self) -> tuple[bytes, str]:
        """The exposition in Prometheus text format, and its content type."""
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


def queue_counts(engine: Engine) -> dict[tuple[str, str], int]:
    """(campaign, status) → messages of open cycles in a queue status."""
    messages, runs = table_of(Message), table_of(CampaignRun)
    query = (
        select(messages.c.campaign, messages.c.status, func.count())
        .select_from(messages.join(runs, runs.c.id == messages.c.run_id))
        .where(runs.c.status == "open", messages.c.status.in_(QUEUE_STATUSES))
        .group_by(messages.c.campaign, messages.c.status)
    )
    with read_engine(engine).connect() as conn:
        return {(str(c), str(s)): int(n) for c, s, n in conn.execute(query)}
