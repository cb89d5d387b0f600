"""The data model: the CRM side (clients, orders, NPS answers, incidents) and
winback's own log (campaign runs, assignments, messages, suppressions).

Conventions that hold in every table, on every database:

* Timestamps are stored as integer seconds since the Unix epoch, UTC
  (:class:`Epoch`). Python sees aware ``datetime`` objects. Integers compare,
  subtract and index the same way on SQLite, PostgreSQL and MariaDB, so
  "days since the last order" is one integer expression everywhere, and the
  covering index on orders is as compact as it can be.
* Money is an integer number of minor units (kopecks, cents): SQLite has no
  exact decimal type, so only integers sum exactly on all three databases.
* Keys that are indexed are bounded ``VARCHAR`` (MariaDB indexes ``TEXT`` only
  by a prefix).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, cast

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

UTC = dt.UTC

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CHANNELS = ("email", "sms", "telegram")
INCIDENT_KINDS = ("complaint", "conflict", "inquiry", "contact_attempt")
GROUPS = ("treatment", "holdout")
# Message life cycle. Final statuses close a cycle; deferred keeps it open.
MESSAGE_STATUSES = ("pending", "sending", "sent", "failed", "deferred", "no_channel", "unknown")
FINAL_MESSAGE_STATUSES = ("sent", "failed", "no_channel", "unknown")
RUN_STATUSES = ("open", "finished")


def to_epoch(value: dt.datetime) -> int:
    if value.tzinfo is None:
        raise ValueError("naive datetime: winback stores only aware timestamps")
    return int(value.timestamp())


def from_epoch(value: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(value, tz=UTC)


class Epoch(TypeDecorator[dt.datetime]):
    """An aware datetime stored as integer Unix seconds (UTC)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, int):
            return value
        return to_epoch(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return from_epoch(int(value))


intpk = Annotated[int, mapped_column(Integer, primary_key=True, autoincrement=True)]
ExternalId = Annotated[str, mapped_column(String(64))]
Timestamp = Annotated[dt.datetime, mapped_column(Epoch())]
Money = Annotated[int, mapped_column(BigInteger)]
Channel = Annotated[str, mapped_column(String(16))]


# MySQL/MariaDB: binary collation, so keys compare, sort and collide exactly as
# on SQLite and PostgreSQL ("C1" and "c1" are two clients everywhere).
MYSQL_TABLE = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --------------------------------------------------------------------------- CRM


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[intpk]
    external_id: Mapped[ExternalId] = mapped_column(unique=True)
    name: Mapped[str | None] = mapped_column(String(255))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))  # E.164
    telegram_chat_id: Mapped[str | None] = mapped_column(String(64))
    timezone: Mapped[str | None] = mapped_column(String(64))  # IANA name
    locale: Mapped[str | None] = mapped_column(String(16))
    manager: Mapped[str | None] = mapped_column(String(255))
    # Consent is data (38-FZ art. 18, GDPR): NULL = never recorded = no marketing.
    email_consent: Mapped[bool | None] = mapped_column(Boolean)
    sms_consent: Mapped[bool | None] = mapped_column(Boolean)
    telegram_consent: Mapped[bool | None] = mapped_column(Boolean)
    consent_updated_at: Mapped[dt.datetime | None] = mapped_column(Epoch())
    created_at: Mapped[dt.datetime | None] = mapped_column(Epoch())
    updated_at: Mapped[dt.datetime | None] = mapped_column(Epoch())

    __table_args__ = (
        # Address suppressions are found among the clients through these (and
        # ix_clients_email_lower below), not by reading every client.
        Index(None, "phone"),
        Index(None, "telegram_chat_id"),
        MYSQL_TABLE,
    )


# Emails compare lower-cased. MariaDB cannot index an expression: there the
# clients are read.
def _indexes_expressions(
    ddl: Any,
    target: Any,
    bind: Any,
    tables: Any = None,
    state: Any = None,
    *,
    dialect: Dialect,
    compiler: Any = None,
    checkfirst: bool = False,
) -> bool:
    """ddl_if: the databases that can index an expression."""
    return dialect.name in ("sqlite", "postgresql")


Index("ix_clients_email_lower", func.lower(Client.__table__.c.email)).ddl_if(
    callable_=_indexes_expressions
)


class ClientTag(Base):
    """Tags in their own table so selection can filter on them with an index."""

    __tablename__ = "client_tags"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(64), primary_key=True)

    __table_args__ = (Index(None, "tag", "client_id"), MYSQL_TABLE)


class Order(Base):
    __tablename__ = "orders"

    id: Mapped[intpk]
    external_id: Mapped[ExternalId] = mapped_column(unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    placed_at: Mapped[Timestamp]
    amount_minor: Mapped[Money]
    currency: Mapped[str | None] = mapped_column(String(3))
    category: Mapped[str | None] = mapped_column(String(128))
    # An offer code redeemed with this order: how returns are attributed to a campaign.
    promo_code: Mapped[str | None] = mapped_column(String(32))

    __table_args__ = (
        # Covering index: selection's per-client aggregate is one index scan.
        Index(None, "client_id", "placed_at", "amount_minor"),
        Index(None, "placed_at"),
        Index(None, "promo_code"),
        MYSQL_TABLE,
    )


class ClientOrderStats(Base):
    """Per-client aggregates of all of a client's orders, kept by winback
    (`winback/order_stats.py`): what selection reads instead of every order.

    Derived data, never the source of truth. A trigger on ``orders`` (SQLite
    and PostgreSQL) marks a client stale in ``client_order_stats_stale`` on
    every insert, update or delete of its orders, whoever writes them; a stale
    client's row is ignored until the next refresh rebuilds it. Times are
    plain epoch seconds.
    """

    __tablename__ = "client_order_stats"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    orders_count: Mapped[int] = mapped_column(Integer)
    first_order_at: Mapped[int] = mapped_column(BigInteger)
    last_order_at: Mapped[int] = mapped_column(BigInteger)
    revenue_minor: Mapped[int] = mapped_column(BigInteger)
    # Twice the median of the gaps between consecutive orders, in seconds: an
    # exact integer (the median of an even count is a half). NULL under 2 orders.
    median_gap2: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        # The revenue rank is one scan of this index, in order, with no sort.
        # On PostgreSQL with the client id too, so the scan reads no table row
        # (SQLite's index entries end with the row id, which is client_id).
        Index(
            "ix_client_order_stats_revenue",
            "revenue_minor",
            "orders_count",
            "last_order_at",
            "median_gap2",
            postgresql_include=["client_id"],
        ),
        Index(None, "last_order_at"),
        # The order-count histogram (PERCENT_RANK of frequency) without a sort.
        Index(None, "orders_count"),
        MYSQL_TABLE,
    )


class ClientOrderStatsStale(Base):
    """Clients whose orders changed since their ``client_order_stats`` row was
    built (or who have none yet). No foreign key: a client being deleted
    cascades to its orders, whose trigger still writes here."""

    __tablename__ = "client_order_stats_stale"

    client_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # Bumped by PostgreSQL's upsert, whose row lock orders a refresh after the
    # writer's commit (see order_stats.refresh).
    marks: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (MYSQL_TABLE,)


class NpsAnswer(Base):
    __tablename__ = "nps_answers"

    id: Mapped[intpk]
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    score: Mapped[int] = mapped_column(SmallInteger)
    answered_at: Mapped[Timestamp]
    comment: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("client_id", "answered_at"),
        CheckConstraint("score >= 0 AND score <= 10", name="score_range"),
        MYSQL_TABLE,
    )


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[intpk]
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[Timestamp]
    outcome: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(String(255))

    __table_args__ = (
        UniqueConstraint("client_id", "kind", "occurred_at"),
        CheckConstraint(_in("kind", INCIDENT_KINDS), name="kind"),
        Index(None, "client_id", "occurred_at"),
        MYSQL_TABLE,
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
    run_id: Mapped[int] = mapped_column(ForeignKey("campaign_runs.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
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


def table_of(model: type[Base]) -> Table:
    """A model's Core table, typed as one (``__table__`` is typed FromClause)."""
    return cast(Table, model.__table__)
