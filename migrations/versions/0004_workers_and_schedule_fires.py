"""workers' heartbeats, scheduled times fired once, and who sent a message

* ``workers``: one row per worker (daemon), its heartbeat (``last_seen``) and
  its own interval, so the others can tell a dead one on any host.
* ``schedule_fires``: (campaign, scheduled time) as the primary key, so each
  scheduled time of a campaign fires once across all workers.
* ``messages.sent_by``: the worker that recorded the message sent, indexed
  with ``sent_at`` for "sent by this worker in the last 24 hours".

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 22:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MYSQL_TABLE = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "workers",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("host", sa.String(length=64), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.BigInteger(), nullable=False),
        sa.Column("last_seen", sa.BigInteger(), nullable=False),
        sa.Column("stopped_at", sa.BigInteger(), nullable=True),
        sa.Column("heartbeat_seconds", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workers")),
        **MYSQL_TABLE,
    )
    op.create_table(
        "schedule_fires",
        sa.Column("campaign", sa.String(length=128), nullable=False),
        sa.Column("scheduled_at", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("worker", sa.String(length=128), nullable=False),
        sa.Column("fired_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("campaign", "scheduled_at", name=op.f("pk_schedule_fires")),
        **MYSQL_TABLE,
    )
    # Plain ALTER TABLE, also on SQLite (ADD COLUMN; DROP COLUMN since 3.35):
    # no batch copy of the largest table.
    op.add_column("messages", sa.Column("sent_by", sa.String(length=128), nullable=True))
    op.create_index(op.f("ix_messages_sent_by_sent_at"), "messages", ["sent_by", "sent_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_messages_sent_by_sent_at"), table_name="messages")
    op.drop_column("messages", "sent_by")
    op.drop_table("schedule_fires")
    op.drop_table("workers")
