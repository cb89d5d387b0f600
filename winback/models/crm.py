"""The CRM side: clients, their tags, orders, per-client order aggregates, NPS
answers and incidents. Conventions: :mod:`winback.models.base`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from winback.models.base import (
    INCIDENT_KINDS,
    MYSQL_TABLE,
    Base,
    Epoch,
    ExternalId,
    Money,
    Timestamp,
    _in,
    intpk,
)

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
    # Distinct purchase days, counted with day_offset (seconds added before
    # dividing into days): the BG/NBD model's x + 1. NULL when the refresh
    # was given no timezone (migration 0009).
    purchase_days: Mapped[int | None] = mapped_column(Integer)
    day_offset: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        # The revenue rank is one scan of this index, in order, with no sort.
        # On PostgreSQL with the client id too, so the scan reads no table row
        # (SQLite's index entries end with the row id, which is client_id).
        # The purchase days and the first order: what the BG/NBD model needs
        # of each row, read by the same scan (migration 0010).
        Index(
            "ix_client_order_stats_revenue",
            "revenue_minor",
            "orders_count",
            "last_order_at",
            "median_gap2",
            "purchase_days",
            "first_order_at",
            postgresql_include=["client_id"],
        ),
        Index(None, "last_order_at"),
        # The order-count histogram (PERCENT_RANK of frequency) without a sort.
        Index(None, "orders_count"),
        MYSQL_TABLE,
    )


class ClientActivitySpell(Base):
    """A client's spells of activity, kept with ``client_order_stats`` (the
    same stale marks, the same refresh; `winback/order_stats.py`), for the
    report's churn: a client is active at t with an order in (t − D, t], D
    the inactive period, so the moments they are active are the union of
    [placed_at, placed_at + D) over their orders; a spell is one run of it,
    from its first order ``start_at`` to its last ``last_at`` (active until
    ``last_at`` + D). Orders less than or exactly D apart share a spell. D
    is ``ReportSummaryState.inactive_seconds``; epoch seconds."""

    __tablename__ = "client_activity_spells"

    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    start_at: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    last_at: Mapped[int] = mapped_column(BigInteger)

    # SQLite: the rows themselves in key order (the report reads them grouped by client)
    __table_args__ = ({**MYSQL_TABLE, "sqlite_with_rowid": False},)


class OrderRevenueDay(Base):
    """The revenue of all orders per UTC day (``day`` = ⌊placed_at ÷ 86,400⌋),
    for the report's LTV (revenue before each month's end) without reading
    the orders: the days before it, plus the orders of its own day read
    directly. Built whole by a full ``order_stats.refresh``; since, triggers
    on ``orders`` append each change to ``order_revenue_deltas`` (appends
    only: concurrent writers never wait on each other), which every refresh
    folds in here. Valid while ``ReportSummaryState`` has its row."""

    __tablename__ = "order_revenue_days"

    day: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    revenue_minor: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (MYSQL_TABLE,)


class OrderRevenueDelta(Base):
    """A change to ``order_revenue_days`` not folded in yet (by trigger)."""

    __tablename__ = "order_revenue_deltas"

    id: Mapped[intpk]
    day: Mapped[int] = mapped_column(BigInteger)
    revenue_minor: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (MYSQL_TABLE,)


class ReportSummaryState(Base):
    """One row (id 1) once ``client_activity_spells`` and
    ``order_revenue_days`` have been built whole: the inactive period D
    (seconds) the spells were cut with."""

    __tablename__ = "report_summary_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    inactive_seconds: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (MYSQL_TABLE,)


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
