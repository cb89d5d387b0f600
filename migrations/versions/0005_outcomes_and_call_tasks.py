"""attribution outcomes, the clients whose orders changed since, call tasks

* ``assignment_outcomes``: one verdict per assignment (returned, not_returned,
  pending), with the first qualifying order, the returned revenue and how it
  was attributed (code or time), as of the moment in ``as_of``.
* ``attribution_state``: the as-of moment of the last ``winback attribute``.
* ``attribution_stale``: clients whose orders changed since, marked by
  triggers on ``orders`` on SQLite and PostgreSQL (statement-level there),
  the same way ``client_order_stats_stale`` is. MariaDB has none: there each
  ``attribute`` re-judges every assignment.
* ``call_tasks``: the calls managers are asked to make (channel "call").

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 02:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MYSQL_TABLE = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STALE = "attribution_stale"

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER trg_orders_attr_insert AFTER INSERT ON orders
        BEGIN INSERT OR IGNORE INTO {STALE} (client_id, marks) VALUES (NEW.client_id, 1); END""",
    f"""CREATE TRIGGER trg_orders_attr_delete AFTER DELETE ON orders
        BEGIN INSERT OR IGNORE INTO {STALE} (client_id, marks) VALUES (OLD.client_id, 1); END""",
    f"""CREATE TRIGGER trg_orders_attr_update
        AFTER UPDATE OF client_id, placed_at, amount_minor, promo_code ON orders
        BEGIN
            INSERT OR IGNORE INTO {STALE} (client_id, marks) VALUES (OLD.client_id, 1);
            INSERT OR IGNORE INTO {STALE} (client_id, marks) VALUES (NEW.client_id, 1);
        END""",
]


def _pg_function(name: str, source: str) -> str:
    return f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {STALE} (client_id, marks)
            SELECT DISTINCT client_id, 1 FROM {source}
            ON CONFLICT (client_id) DO UPDATE SET marks = {STALE}.marks + 1;
            RETURN NULL;
        END $$"""


PG_TRIGGERS = [
    _pg_function("winback_attr_new", "new_rows"),
    _pg_function("winback_attr_old", "old_rows"),
    """CREATE TRIGGER trg_orders_attr_insert AFTER INSERT ON orders
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_attr_new()""",
    """CREATE TRIGGER trg_orders_attr_delete AFTER DELETE ON orders
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_attr_old()""",
    """CREATE TRIGGER trg_orders_attr_update_new AFTER UPDATE ON orders
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_attr_new()""",
    """CREATE TRIGGER trg_orders_attr_update_old AFTER UPDATE ON orders
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_attr_old()""",
    # TRUNCATE has no row events: forget the state, so the next run judges all.
    """CREATE FUNCTION winback_attr_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM attribution_state;
            RETURN NULL;
        END $$""",
    """CREATE TRIGGER trg_orders_attr_truncate AFTER TRUNCATE ON orders
        FOR EACH STATEMENT EXECUTE FUNCTION winback_attr_truncate()""",
]


def upgrade() -> None:
    op.create_table(
        "assignment_outcomes",
        sa.Column("assignment_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("campaign", sa.String(length=128), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("group_name", sa.String(length=16), nullable=False),
        sa.Column("assigned_at", sa.BigInteger(), nullable=False),
        sa.Column("window_end", sa.BigInteger(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("returned_at", sa.BigInteger(), nullable=True),
        sa.Column("revenue_minor", sa.BigInteger(), nullable=False),
        sa.Column("attributed_by", sa.String(length=8), nullable=True),
        sa.Column("as_of", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('returned', 'not_returned', 'pending')",
            name=op.f("ck_assignment_outcomes_outcome"),
        ),
        sa.CheckConstraint(
            "attributed_by IS NULL OR attributed_by IN ('code', 'time')",
            name=op.f("ck_assignment_outcomes_attributed_by"),
        ),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f("fk_assignment_outcomes_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("assignment_id", name=op.f("pk_assignment_outcomes")),
        **MYSQL_TABLE,
    )
    op.create_index(
        op.f("ix_assignment_outcomes_campaign_assigned_at"),
        "assignment_outcomes",
        ["campaign", "assigned_at"],
    )
    op.create_index(op.f("ix_assignment_outcomes_client_id"), "assignment_outcomes", ["client_id"])
    op.create_index(op.f("ix_assignment_outcomes_outcome"), "assignment_outcomes", ["outcome"])
    op.create_table(
        "attribution_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("as_of", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attribution_state")),
        **MYSQL_TABLE,
    )
    op.create_table(
        STALE,
        sa.Column("client_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("marks", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_attribution_stale")),
        **MYSQL_TABLE,
    )
    _create_call_tasks()
    dialect = op.get_bind().dialect.name
    for sql in {"sqlite": SQLITE_TRIGGERS, "postgresql": PG_TRIGGERS}.get(dialect, []):
        op.execute(sql)


def _create_call_tasks() -> None:
    op.create_table(
        "call_tasks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("campaign", sa.String(length=128), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("manager", sa.String(length=255), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("reasons", sa.String(length=255), nullable=False),
        sa.Column("offer_code", sa.String(length=32), nullable=True),
        sa.Column("due_at", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("done_at", sa.BigInteger(), nullable=True),
        sa.CheckConstraint("status IN ('open', 'done')", name=op.f("ck_call_tasks_status")),
        sa.CheckConstraint(
            "result IS NULL OR result IN ('reached', 'no_answer', 'refused')",
            name=op.f("ck_call_tasks_result"),
        ),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f("fk_call_tasks_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_call_tasks_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_call_tasks_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_tasks")),
        sa.UniqueConstraint("message_id", name=op.f("uq_call_tasks_message_id")),
        **MYSQL_TABLE,
    )
    op.create_index(op.f("ix_call_tasks_status_manager"), "call_tasks", ["status", "manager"])
    op.create_index(op.f("ix_call_tasks_client_id"), "call_tasks", ["client_id"])


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_orders_attr_{name}")
    elif dialect == "postgresql":
        for name in ("insert", "delete", "update_new", "update_old", "truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_orders_attr_{name} ON orders")
        for name in ("new", "old", "truncate"):
            op.execute(f"DROP FUNCTION IF EXISTS winback_attr_{name}()")
    op.drop_table("call_tasks")
    op.drop_table(STALE)
    op.drop_table("attribution_state")
    op.drop_table("assignment_outcomes")
