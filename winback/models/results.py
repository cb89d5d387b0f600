"""What came of the campaigns: each assignment's outcome (did the client come
back, with what revenue) and the call tasks handed to managers.

Outcomes are derived data: ``winback attribute`` recomputes them from the
orders as of a moment, incrementally. ``attribution_stale`` lists the clients
whose orders changed since (filled by triggers on ``orders`` on SQLite and
PostgreSQL, like ``client_order_stats_stale``); ``attribution_state`` holds
the moment the outcomes were last brought up to date.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from winback.models.base import MYSQL_TABLE, Base, Epoch, Money, Timestamp, _in, intpk

OUTCOMES = ("returned", "not_returned", "pending")
ATTRIBUTED_BY = ("code", "time")
TASK_STATUSES = ("open", "done")
CALL_RESULTS = ("reached", "no_answer", "refused")


class AssignmentOutcome(Base):
    """The verdict on one assignment (treatment or holdout) as of ``as_of``."""

    __tablename__ = "assignment_outcomes"

    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("assignments.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    campaign: Mapped[str] = mapped_column(String(128))
    client_id: Mapped[int] = mapped_column(Integer)
    group_name: Mapped[str] = mapped_column(String(16))
    assigned_at: Mapped[Timestamp]
    # assigned_at + attribution_days × 24 h: the window is [assigned_at, window_end)
    window_end: Mapped[Timestamp]
    outcome: Mapped[str] = mapped_column(String(16))
    returned_at: Mapped[dt.datetime | None] = mapped_column(Epoch())  # first qualifying order
    revenue_minor: Mapped[Money] = mapped_column(default=0)
    attributed_by: Mapped[str | None] = mapped_column(String(8))  # code | time
    as_of: Mapped[Timestamp]  # the moment this verdict holds for

    __table_args__ = (
        CheckConstraint(_in("outcome", OUTCOMES), name="outcome"),
        CheckConstraint(
            f"attributed_by IS NULL OR {_in('attributed_by', ATTRIBUTED_BY)}", name="attributed_by"
        ),
        Index(None, "campaign", "assigned_at"),
        Index(None, "client_id"),
        Index(None, "outcome"),
        MYSQL_TABLE,
    )


class AttributionState(Base):
    """One row (id 1): the as-of moment of the last ``attribute`` run."""

    __tablename__ = "attribution_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    as_of: Mapped[Timestamp]
    updated_at: Mapped[Timestamp]

    __table_args__ = (MYSQL_TABLE,)


class AttributionStale(Base):
    """Clients whose orders changed since the last ``attribute`` run."""

    __tablename__ = "attribution_stale"

    client_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    marks: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (MYSQL_TABLE,)


class CallTask(Base):
    """A call a manager is asked to make instead of a message (channel "call")."""

    __tablename__ = "call_tasks"

    id: Mapped[intpk]
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), unique=True
    )
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    campaign: Mapped[str] = mapped_column(String(128))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    manager: Mapped[str | None] = mapped_column(String(255))
    phone: Mapped[str] = mapped_column(String(32))
    reasons: Mapped[str] = mapped_column(String(255))
    offer_code: Mapped[str | None] = mapped_column(String(32))
    due_at: Mapped[Timestamp]
    created_at: Mapped[Timestamp]
    status: Mapped[str] = mapped_column(String(16), default="open")
    result: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    done_at: Mapped[dt.datetime | None] = mapped_column(Epoch())

    __table_args__ = (
        CheckConstraint(_in("status", TASK_STATUSES), name="status"),
        CheckConstraint(f"result IS NULL OR {_in('result', CALL_RESULTS)}", name="result"),
        Index(None, "status", "manager"),
        Index(None, "client_id"),
        MYSQL_TABLE,
    )


__all__ = [
    "ATTRIBUTED_BY",
    "CALL_RESULTS",
    "OUTCOMES",
    "TASK_STATUSES",
    "AssignmentOutcome",
    "AttributionStale",
    "AttributionState",
    "CallTask",
]
