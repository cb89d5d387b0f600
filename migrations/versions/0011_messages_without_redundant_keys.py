"""messages.run_id and messages.client_id without their own foreign keys

A message's run and client are its assignment's (copied for the sender's
claim index and per-client look-ups); the assignment's foreign keys already
tie them to campaign_runs and clients, and deleting a run or a client
reaches the message through the assignment's cascade. Checking the two
copies again cost every planned message two look-ups: on PostgreSQL, where
each check is a row-level trigger that also locks the parent row, about 1 s
of the COPY of a 50,000-client plan's messages, 0.4 s of its whole write on
average (BENCHMARKS.md, "Rows taken").

On SQLite the table is rebuilt (batch mode) with foreign keys off for the
migration (winback.migrate.migrating), so that dropping the old
table does not cascade into message_events and call_tasks.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 19:30:00
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator, Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (name, column, parent table)
KEYS = [
    ("fk_messages_client_id_clients", "client_id", "clients"),
    ("fk_messages_run_id_campaign_runs", "run_id", "campaign_runs"),
]


@contextlib.contextmanager
def _quiet_reflection() -> Iterator[None]:
    """SQLite's batch mode reflects the tables messages refers to; SQLAlchemy
    cannot reflect clients' expression index (lower(email)), which the copy
    does not need."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection")
        yield


def upgrade() -> None:
    with _quiet_reflection(), op.batch_alter_table("messages") as batch:
        for name, _, _ in KEYS:
            batch.drop_constraint(name, type_="foreignkey")


def downgrade() -> None:
    with _quiet_reflection(), op.batch_alter_table("messages") as batch:
        for name, column, parent in KEYS:
            batch.create_foreign_key(name, parent, [column], ["id"], ondelete="CASCADE")
