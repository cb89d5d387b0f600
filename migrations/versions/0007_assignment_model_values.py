"""assignments.p_alive, assignments.expected_purchases: the BG/NBD values a plan recorded

A campaign that uses the model (p_alive_max, expected_purchases_max,
value_at_risk_weight) records each client's P(alive) and expected purchases in
the horizon with its assignment, as it records revenue and orders, so that
templates see the figures the selection saw (client.p_alive). NULL for other
campaigns and for assignments made before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 05:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, also on SQLite: no batch copy.
    op.add_column("assignments", sa.Column("p_alive", sa.Double(), nullable=True))
    op.add_column("assignments", sa.Column("expected_purchases", sa.Double(), nullable=True))


def downgrade() -> None:
    op.drop_column("assignments", "expected_purchases")
    op.drop_column("assignments", "p_alive")
