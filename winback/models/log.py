"""winback's own log: campaign cycles, assignments, messages and their events,
suppressions, workers and fired schedule times."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Double,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from winback.models.base import (
    CHANNELS,
    GROUPS,
    MESSAGE_STATUSES,
    MYSQL_TABLE,
    RUN_STATUSES,
    Base,
    Channel,
    Epoch,
    Money,
    Timestamp,
    _in,
    intpk,
)

# ----------------------------------------------------------------- winback's log


class CampaignRun(Base):
    """One cycle of a campaign: planned once, then sent (possibly over several runs)."""

    __tablename__ = "campaign_runs"

    id: Mapped[intpk]
    campaign: Mapped[str] = mapped_column(String(128))
    cycle: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="open")
    # 1 while the cycle is unfinished, NULL after: a unique index on
    # (campaign, open_slot) lets at most one unfinished cycle exist, because NULLs
    # never collide in a unique index on any of the three databases.
    open_slot: Mapped[int | None] = mapped_column(SmallInteger, default=1)
    as_of: Mapped[Timestamp]
    planned_at: Mapped[Timestamp]
    finished_at: Mapped[dt.datetime | None] = mapped_column(Epoch())
    planned_by: Mapped[str | None] = mapped_column(String(128))  # host:pid
    config_digest: Mapped[str | None] = mapped_column(String(64))
    selected: Mapped[int] = mapped_column(Integer, default=0)
    holdout: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str | None] = mapped_column(Text)  # JSON: criteria/exclusion counts

    __table_args__ = (
        UniqueConstraint("campaign", "cycle"),
        UniqueConstraint("campaign", "open_slot"),
        CheckConstraint(_in("status", RUN_STATUSES), name="status"),
        MYSQL_TABLE,
    )


class Assignment(Base):
    """A selected client in a cycle: the group, why they were picked, the offer."""

    __tablename__ = "assignments"

    id: Mapped[intpk]
    run_id: Mapped[int] = mapped_column(ForeignKey("campaign_runs.id", ondelete="CASCADE"))
    campaign: Mapped[str] = mapped_column(String(128))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    group_name: Mapped[str] = mapped_column(String(16))  # treatment | holdout
    rank: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[str] = mapped_column(String(255))  # comma separated
    revenue_minor: Mapped[Money]
    orders_count: Mapped[int] = mapped_column(Integer)
    last_order_at: Mapped[dt.datetime | None] = mapped_column(Epoch())
    abc: Mapped[str | None] = mapped_column(String(1))
    xyz: Mapped[str | None] = mapped_column(String(1))
    # The BG/NBD model's, when the campaign uses it (migration 0007).
    p_alive: Mapped[float | None] = mapped_column(Double)
    expected_purchases: Mapped[float | None] = mapped_column(Double)
    offer_code: Mapped[str | None] = mapped_column(String(32), unique=True)
    offer_valid_until: Mapped[dt.datetime | None] = mapped_column(Epoch())
    # Final outcome of this client in the cycle: sent, failed, no_channel, unknown,
    # held_out; NULL while a message is still on its way.
    outcome: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[Timestamp]

    __table_args__ = (
        UniqueConstraint("run_id", "client_id"),
        CheckConstraint(_in("group_name", GROUPS), name="group_name"),
        # cooldown: "did this campaign assign this client recently?"
        Index(None, "campaign", "client_id", "created_at"),
        Index(None, "client_id"),
        MYSQL_TABLE,
    )


class Message(Base):
    """One message to one treatment client in one cycle.

    The row is written (``pending``) before anything is sent and updated after
    every attempt, so a crash leaves a trace: ``sending`` means "we may have
    handed it to the provider".
    """

    __tablename__ = "messages"

    id: Mapped[intpk]
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), unique=True
    )
    # The assignment's run and client, copied for the claim index and per-client
    # look-ups. No foreign keys of their own: the assignment's tie them to
    # their parents and cascade to the message (migration 0011).
    run_id: Mapped[int] = mapped_column(Integer)
    client_id: Mapped[int] = mapped_column(Integer)
    campaign: Mapped[str] = mapped_column(String(128))
    # Derived from (campaign, client, cycle); given to providers that deduplicate.
    idempotency_key: Mapped[str] = mapped_column(String(128), unique=True)
    channel: Mapped[str | None] = mapped_column(String(16))
    recipient: Mapped[str | None] = mapped_column(String(320))
    tried_channels: Mapped[str | None] = mapped_column(String(64))  # comma separated
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[dt.datetime | None] = mapped_column(Epoch())  # deferred until
    claimed_by: Mapped[str | None] = mapped_column(String(128))
    claimed_at: Mapped[dt.datetime | None] = mapped_column(Epoch())
    provider_id: Mapped[str | None] = mapped_column(String(128))
    error: Mapped[str | None] = mapped_column(String(512))
    # short code for reports: too_long, blocked, rejected, timeout, opted_out, ...
    error_reason: Mapped[str | None] = mapped_column(String(32))
    error_permanent: Mapped[bool | None] = mapped_column(Boolean)
    segments: Mapped[int | None] = mapped_column(Integer)  # SMS parts, for cost reports
    created_at: Mapped[Timestamp]
    updated_at: Mapped[Timestamp]
    sent_at: Mapped[dt.datetime | None] = mapped_column(Epoch())
    # The worker that recorded the message sent (`status`'s "sent in 24 h").
    sent_by: Mapped[str | None] = mapped_column(String(128))

    __table_args__ = (
        CheckConstraint(_in("status", MESSAGE_STATUSES), name="status"),
        # the sender's claim query: due messages of a run
        Index(None, "run_id", "status", "not_before"),
        Index(None, "client_id"),
        Index(None, "sent_by", "sent_at"),
        MYSQL_TABLE,
    )


class MessageEvent(Base):
    """Every status change of a message, for audit and reports."""

    __tablename__ = "message_events"

    id: Mapped[intpk]
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    at: Mapped[Timestamp]
    status: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str | None] = mapped_column(String(16))
    attempt: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str | None] = mapped_column(String(512))

    __table_args__ = (Index(None, "message_id"), MYSQL_TABLE)


class Suppression(Base):
    """An opt-out or suppression on one channel, of a client or of an address.

    ``kind`` is ``opt_out`` (the client asked: unsubscribe link, STOP) or
    ``suppression`` (we decided: bounce, blocked bot, manual entry).
    """

    __tablename__ = "suppressions"

    id: Mapped[intpk]
    channel: Mapped[Channel]
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    address: Mapped[str | None] = mapped_column(String(320))  # normalised
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(255))
    source: Mapped[str | None] = mapped_column(String(64))  # cli, unsubscribe, channel, import
    created_at: Mapped[Timestamp]

    __table_args__ = (
        UniqueConstraint("channel", "client_id"),
        UniqueConstraint("channel", "address"),
        CheckConstraint("client_id IS NOT NULL OR address IS NOT NULL", name="target"),
        CheckConstraint(_in("channel", CHANNELS), name="channel"),
        CheckConstraint(_in("kind", ("opt_out", "suppression")), name="kind"),
        Index(None, "client_id"),
        MYSQL_TABLE,
    )


class Worker(Base):
    """A worker (daemon) and its heartbeat: how the others judge it alive.

    ``heartbeat_seconds`` is the worker's own interval, so a worker with a
    longer one is not taken for dead by one with a shorter one.
    """

    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)  # host:pid:random
    host: Mapped[str] = mapped_column(String(64))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[Timestamp]
    last_seen: Mapped[Timestamp]
    stopped_at: Mapped[dt.datetime | None] = mapped_column(Epoch())  # NULL while running
    heartbeat_seconds: Mapped[int] = mapped_column(Integer)

    __table_args__ = (MYSQL_TABLE,)


class ScheduleFire(Base):
    """A scheduled time of a campaign that a worker ran: the primary key lets
    each one fire once across all workers."""

    __tablename__ = "schedule_fires"

    campaign: Mapped[str] = mapped_column(String(128), primary_key=True)
    scheduled_at: Mapped[dt.datetime] = mapped_column(
        Epoch(), primary_key=True, autoincrement=False
    )
    worker: Mapped[str] = mapped_column(String(128))
    fired_at: Mapped[Timestamp]

    __table_args__ = (MYSQL_TABLE,)
