"""ix_client_order_stats_revenue also carries purchase_days and first_order_at

Selection scans this index in revenue order (the ``scored`` stage). A campaign
that uses the BG/NBD model needs each client's purchase days and first order
too; with them in the index the scan answers for the model as well, instead
of looking every client's row up in the table (on SQLite about 1 s of a
preview on 1,000,000 clients: BENCHMARKS.md, "Model (issue 15)").

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 06:25:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "ix_client_order_stats_revenue"
REVENUE_COLUMNS = ["revenue_minor", "orders_count", "last_order_at", "median_gap2"]
MODEL_COLUMNS = ["purchase_days", "first_order_at"]


def _recreate(columns: list[str]) -> None:
    op.drop_index(NAME, table_name="client_order_stats")
    # PostgreSQL: with client_id (INCLUDE), so the scan reads no table row
    # (0003); SQLite's index entries end with the row id, the client id.
    op.create_index(NAME, "client_order_stats", columns, postgresql_include=["client_id"])


def upgrade() -> None:
    _recreate(REVENUE_COLUMNS + MODEL_COLUMNS)


def downgrade() -> None:
    _recreate(REVENUE_COLUMNS)
