"""indexes that let selection skip reading every client and sorting the counts

* ``clients``: ``lower(email)`` (SQLite and PostgreSQL: MariaDB cannot index an
  expression), ``phone`` and ``telegram_chat_id``, so that the clients an
  address suppression names are found by index instead of by reading them all.
* ``client_order_stats (orders_count)``: the histogram of order counts behind
  the frequency PERCENT_RANK, read in order instead of sorted.
* PostgreSQL: ``ix_client_order_stats_revenue`` also carries ``client_id``
  (INCLUDE), so the revenue rank is an index-only scan (on SQLite the index
  entries end with the row id, which is the client id).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 15:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REVENUE_COLUMNS = ["revenue_minor", "orders_count", "last_order_at", "median_gap2"]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        op.create_index("ix_clients_email_lower", "clients", [sa.text("lower(email)")])
    op.create_index(op.f("ix_clients_phone"), "clients", ["phone"])
    op.create_index(op.f("ix_clients_telegram_chat_id"), "clients", ["telegram_chat_id"])
    op.create_index(
        op.f("ix_client_order_stats_orders_count"), "client_order_stats", ["orders_count"]
    )
    if dialect == "postgresql":
        op.drop_index("ix_client_order_stats_revenue", table_name="client_order_stats")
        op.create_index(
            "ix_client_order_stats_revenue",
            "client_order_stats",
            REVENUE_COLUMNS,
            postgresql_include=["client_id"],
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.drop_index("ix_client_order_stats_revenue", table_name="client_order_stats")
        op.create_index("ix_client_order_stats_revenue", "client_order_stats", REVENUE_COLUMNS)
    op.drop_index(op.f("ix_client_order_stats_orders_count"), table_name="client_order_stats")
    op.drop_index(op.f("ix_clients_telegram_chat_id"), table_name="clients")
    op.drop_index(op.f("ix_clients_phone"), table_name="clients")
    if dialect in ("sqlite", "postgresql"):
        op.drop_index("ix_clients_email_lower", table_name="clients")
