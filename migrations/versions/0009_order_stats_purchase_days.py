"""client_order_stats.purchase_days, .day_offset: the BG/NBD model's x without the orders

Distinct purchase days of each client (days as the model counts them: the
business timezone's standard time, ``floor((placed_at + day_offset) / 86400)``)
and the offset they were counted with. Selection computes P(alive) from this
row instead of a grouped pass over every order when every row was counted with
the offset of the moment asked (README "Who is lost"). NULL until the next
refresh with a timezone; such rows send the model back to the orders.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 05:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("client_order_stats", sa.Column("purchase_days", sa.Integer(), nullable=True))
    op.add_column("client_order_stats", sa.Column("day_offset", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("client_order_stats", "day_offset")
    op.drop_column("client_order_stats", "purchase_days")
