"""the clients' spells of activity and the revenue per day, kept for the report

``client_activity_spells``: per client, each run of time they count as
active (from an order until the inactive period after the last order of the
run), so the report's churn, CRR and loss figures read one row per spell
instead of every order. Kept by ``order_stats.refresh`` with
``client_order_stats`` for the clients the triggers of 0002 mark stale;
``report_summary_state`` says the spells were built (every client) and for
which inactive period. Empty until the first refresh that knows the period
(the first ``winback report``, or ``winback db refresh-stats``): until then
the report reads the orders, as before. On MySQL/MariaDB the tables exist
and stay empty (no triggers): the report reads the orders there.

``order_revenue_days``: the orders' revenue per UTC day, for the report's
LTV; triggers on ``orders`` (SQLite, PostgreSQL) append every change to
``order_revenue_deltas``, which refreshes fold in. Built whole with the
spells (``report_summary_state``'s row says both were).

On PostgreSQL, TRUNCATE of ``orders`` now empties these too (it already
emptied ``client_order_stats``).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 05:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

MYSQL_TABLE = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


DELTAS = "order_revenue_deltas"


def _day(column: str) -> str:
    """⌊column ÷ 86,400⌋, also before 1970 (% and / truncate toward zero)."""
    return f"(({column} - (({column} % 86400) + 86400) % 86400) / 86400)"


SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER trg_orders_revenue_insert AFTER INSERT ON orders
        BEGIN INSERT INTO {DELTAS} (day, revenue_minor)
              VALUES ({_day("NEW.placed_at")}, NEW.amount_minor); END""",
    f"""CREATE TRIGGER trg_orders_revenue_delete AFTER DELETE ON orders
        BEGIN INSERT INTO {DELTAS} (day, revenue_minor)
              VALUES ({_day("OLD.placed_at")}, -OLD.amount_minor); END""",
    f"""CREATE TRIGGER trg_orders_revenue_update AFTER UPDATE OF placed_at, amount_minor ON orders
        BEGIN
            INSERT INTO {DELTAS} (day, revenue_minor)
            VALUES ({_day("OLD.placed_at")}, -OLD.amount_minor);
            INSERT INTO {DELTAS} (day, revenue_minor)
            VALUES ({_day("NEW.placed_at")}, NEW.amount_minor);
        END""",
]


def _pg_function(name: str, source: str, sign: str) -> str:
    # Statement-level, one appended row per day a statement touched: no
    # upsert, so concurrent writers never wait on each other's rows.
    return f"""CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO {DELTAS} (day, revenue_minor)
            SELECT {_day("placed_at")}, {sign}sum(amount_minor) FROM {source}
            GROUP BY 1;
            RETURN NULL;
        END $$"""


PG_TRIGGERS = [
    _pg_function("winback_revenue_new", "new_rows", ""),
    _pg_function("winback_revenue_old", "old_rows", "-"),
    """CREATE TRIGGER trg_orders_revenue_insert AFTER INSERT ON orders
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_revenue_new()""",
    """CREATE TRIGGER trg_orders_revenue_delete AFTER DELETE ON orders
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_revenue_old()""",
    """CREATE TRIGGER trg_orders_revenue_update_new AFTER UPDATE ON orders
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_revenue_new()""",
    """CREATE TRIGGER trg_orders_revenue_update_old AFTER UPDATE ON orders
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION winback_revenue_old()""",
]


def _pg_truncate(also: str) -> str:
    return f"""CREATE OR REPLACE FUNCTION winback_order_stats_truncate()
        RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM client_order_stats;{also}
            RETURN NULL;
        END $$"""


def upgrade() -> None:
    op.create_table(
        "client_activity_spells",
        sa.Column("client_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("start_at", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("last_at", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_activity_spells_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", "start_at", name=op.f("pk_client_activity_spells")),
        sqlite_with_rowid=False,
        **MYSQL_TABLE,
    )
    op.create_table(
        "report_summary_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("inactive_seconds", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_summary_state")),
        **MYSQL_TABLE,
    )
    op.create_table(
        "order_revenue_days",
        sa.Column("day", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("revenue_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_order_revenue_days")),
        **MYSQL_TABLE,
    )
    op.create_table(
        DELTAS,
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("day", sa.BigInteger(), nullable=False),
        sa.Column("revenue_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_revenue_deltas")),
        **MYSQL_TABLE,
    )
    dialect = op.get_bind().dialect.name
    for sql in {"sqlite": SQLITE_TRIGGERS, "postgresql": PG_TRIGGERS}.get(dialect, []):
        op.execute(sql)
    if dialect == "postgresql":
        op.execute(
            _pg_truncate(
                "\n            DELETE FROM client_activity_spells;"
                "\n            DELETE FROM order_revenue_days;"
                f"\n            DELETE FROM {DELTAS};"
            )
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_orders_revenue_{name}")
    elif dialect == "postgresql":
        op.execute(_pg_truncate(""))
        for name in ("insert", "delete", "update_new", "update_old"):
            op.execute(f"DROP TRIGGER IF EXISTS trg_orders_revenue_{name} ON orders")
        for name in ("new", "old"):
            op.execute(f"DROP FUNCTION IF EXISTS winback_revenue_{name}()")
    op.drop_table(DELTAS)
    op.drop_table("order_revenue_days")
    op.drop_table("report_summary_state")
    op.drop_table("client_activity_spells")
