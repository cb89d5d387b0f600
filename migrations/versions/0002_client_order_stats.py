"""per-client order aggregates kept for selection, and the triggers that keep them honest

``client_order_stats`` holds, per client, what selection needs from all of its
orders; ``client_order_stats_stale`` lists the clients whose orders changed
since (triggers on ``orders``, on SQLite and PostgreSQL, whoever writes).
Every client that already has orders starts stale: the first refresh
(``winback db refresh-stats``, or any import or run) builds the rows; until
then selection reads the orders, as before.

On MySQL/MariaDB the tables exist but no trigger is created (creating one
needs SUPER where binary logging is on) and selection always reads the
orders there.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 13:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MYSQL_TABLE = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STALE = "client_order_stats_stale"

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER trg_orders_stats_insert AFTER INSERT ON orders
        BEGIN INSERT OR IGNORE INTO {STALE} (client_id, marks) VALUES (NEW.client_id, 1); END""",
    f"""CREATE TRIGGER trg_orders_stats_delete AFTER DELETE ON orders
        BEGIN INSERT OR IGNORE INTO {STALE} (client_id, marks) VALUES (OLD.client_id, 1); END""",
    f"""CREATE TRIGGER trg_orders_stats_update
        AFTER UPDATE OF client_id, placed_at, amount_minor ON orders
        BEGIN
            INSERT OR IGNORE INTO {STALE} (client_id, marks) VALUES (OLD.client_id, 1);
            INSERT OR IGNORE INTO {STALE} (client_id, marks) VALUES (NEW.client_id, 1);
        END""",
]


def _pg_function(name: str, source: str) -> str:
    # Statement-level with a transition table: one upsert per statement, not
    # per row, so bulk loads pay little. DO UPDATE (not DO NOTHING) takes the
    # row lock that orders a concurrent refresh after this transaction.
    return f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {STALE} (client_id, marks)
            SELECT DISTINCT client_id, 1 FROM {source}
            ON CONFLICT (client_id) DO UPDATE SET marks = {STALE}.marks + 1;
            RETURN NULL;
        END $$"""


PG_TRIGGERS = [
    _pg_function("winback_order_stats_new", "new_rows"),
    _pg_function("winback_order_stats_old", "old_rows"),
    """CREATE TRIGGER trg_orders_stats_insert AFTER INSERT ON orders
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_order_stats_new()""",
    """CREATE TRIGGER trg_orders_stats_delete AFTER DELETE ON orders
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_order_stats_old()""",
    # PostgreSQL allows no column list with transition tables: any update marks.
    """CREATE TRIGGER trg_orders_stats_update_new AFTER UPDATE ON orders
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_order_stats_new()""",
    """CREATE TRIGGER trg_orders_stats_update_old AFTER UPDATE ON orders
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_order_stats_old()""",
    # TRUNCATE removes rows without row events: start over from the orders.
    """CREATE FUNCTION winback_order_stats_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM client_order_stats;
            RETURN NULL;
        END $$""",
    """CREATE TRIGGER trg_orders_stats_truncate AFTER TRUNCATE ON orders
        FOR EACH STATEMENT EXECUTE FUNCTION winback_order_stats_truncate()""",
]


def upgrade() -> None:
    op.create_table(
        "client_order_stats",
        sa.Column("client_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("orders_count", sa.Integer(), nullable=False),
        sa.Column("first_order_at", sa.BigInteger(), nullable=False),
        sa.Column("last_order_at", sa.BigInteger(), nullable=False),
        sa.Column("revenue_minor", sa.BigInteger(), nullable=False),
        sa.Column("median_gap2", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_order_stats_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_order_stats")),
        **MYSQL_TABLE,
    )
    op.create_index(
        "ix_client_order_stats_revenue",
        "client_order_stats",
        ["revenue_minor", "orders_count", "last_order_at", "median_gap2"],
    )
    op.create_index(
        op.f("ix_client_order_stats_last_order_at"), "client_order_stats", ["last_order_at"]
    )
    op.create_table(
        STALE,
        sa.Column("client_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("marks", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_order_stats_stale")),
        **MYSQL_TABLE,
    )
    dialect = op.get_bind().dialect.name
    for sql in {"sqlite": SQLITE_TRIGGERS, "postgresql": PG_TRIGGERS}.get(dialect, []):
        op.execute(sql)
    op.execute(f"INSERT INTO {STALE} (client_id, marks) SELECT DISTINCT client_id, 1 FROM orders")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_orders_stats_{name}")
    elif dialect == "postgresql":
        for name in ("insert", "delete", "update_new", "update_old", "truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_orders_stats_{name} ON orders")
        for name in ("new", "old", "truncate"):
            op.execute(f"DROP FUNCTION IF EXISTS winback_order_stats_{name}()")
    op.drop_table(STALE)
    op.drop_index(op.f("ix_client_order_stats_last_order_at"), table_name="client_order_stats")
    op.drop_index("ix_client_order_stats_revenue", table_name="client_order_stats")
    op.drop_table("client_order_stats")
