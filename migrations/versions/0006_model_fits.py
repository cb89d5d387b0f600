"""model_fits: the BG/NBD parameters `winback model fit` stores

One row per fit (parameters in the fit's unit, the data's as-of moment, the
number of clients, log-likelihood, fit time); the newest is the one used.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 05:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MYSQL_TABLE = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "model_fits",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fitted_at", sa.BigInteger(), nullable=False),
        sa.Column("as_of", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=8), nullable=False),
        sa.Column("clients", sa.Integer(), nullable=False),
        sa.Column("r", sa.Double(), nullable=False),
        sa.Column("alpha", sa.Double(), nullable=False),
        sa.Column("a", sa.Double(), nullable=False),
        sa.Column("b", sa.Double(), nullable=False),
        sa.Column("log_likelihood", sa.Double(), nullable=False),
        sa.Column("seconds", sa.Double(), nullable=False),
        sa.Column("iterations", sa.Integer(), nullable=False),
        sa.CheckConstraint("unit IN ('days', 'weeks')", name=op.f("ck_model_fits_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_model_fits")),
        **MYSQL_TABLE,
    )
    op.create_index(op.f("ix_model_fits_fitted_at"), "model_fits", ["fitted_at"])


def downgrade() -> None:
    op.drop_table("model_fits")
