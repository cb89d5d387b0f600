"""initial schema: the CRM tables and winback's log

Timestamps are integer Unix seconds (UTC), money integer minor units: see
winback/models.py for why.

Revision ID: 0001
Revises: (none)
Create Date: 2026-12-01 07:12:35.657242
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# MySQL/MariaDB: binary collation, so keys compare and collide as on the others.
MYSQL_TABLE = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaign_runs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("campaign", sa.String(length=128), nullable=False),
        sa.Column("cycle", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("open_slot", sa.SmallInteger(), nullable=True),
        sa.Column("as_of", sa.BigInteger(), nullable=False),
        sa.Column("planned_at", sa.BigInteger(), nullable=False),
        sa.Column("finished_at", sa.BigInteger(), nullable=True),
        sa.Column("planned_by", sa.String(length=128), nullable=True),
        sa.Column("config_digest", sa.String(length=64), nullable=True),
        sa.Column("selected", sa.Integer(), nullable=False),
        sa.Column("holdout", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.CheckConstraint("status IN ('open', 'finished')", name=op.f("ck_campaign_runs_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_runs")),
        sa.UniqueConstraint("campaign", "cycle", name=op.f("uq_campaign_runs_campaign_cycle")),
        sa.UniqueConstraint(
            "campaign", "open_slot", name=op.f("uq_campaign_runs_campaign_open_slot")
        ),
        **MYSQL_TABLE,
    )
    op.create_table(
        "clients",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("telegram_chat_id", sa.String(length=64), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("locale", sa.String(length=16), nullable=True),
        sa.Column("manager", sa.String(length=255), nullable=True),
        sa.Column("email_consent", sa.Boolean(), nullable=True),
        sa.Column("sms_consent", sa.Boolean(), nullable=True),
        sa.Column("telegram_consent", sa.Boolean(), nullable=True),
        sa.Column("consent_updated_at", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("external_id", name=op.f("uq_clients_external_id")),
        **MYSQL_TABLE,
    )
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("campaign", sa.String(length=128), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("group_name", sa.String(length=16), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.String(length=255), nullable=False),
        sa.Column("revenue_minor", sa.BigInteger(), nullable=False),
        sa.Column("orders_count", sa.Integer(), nullable=False),
        sa.Column("last_order_at", sa.BigInteger(), nullable=True),
        sa.Column("abc", sa.String(length=1), nullable=True),
        sa.Column("xyz", sa.String(length=1), nullable=True),
        sa.Column("offer_code", sa.String(length=32), nullable=True),
        sa.Column("offer_valid_until", sa.BigInteger(), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "group_name IN ('treatment', 'holdout')", name=op.f("ck_assignments_group_name")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_assignments_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["campaign_runs.id"],
            name=op.f("fk_assignments_run_id_campaign_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
        sa.UniqueConstraint("offer_code", name=op.f("uq_assignments_offer_code")),
        sa.UniqueConstraint("run_id", "client_id", name=op.f("uq_assignments_run_id_client_id")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assignments_campaign_client_id_created_at"),
            ["campaign", "client_id", "created_at"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_assignments_client_id"), ["client_id"], unique=False)

    op.create_table(
        "client_tags",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_tags_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", "tag", name=op.f("pk_client_tags")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("client_tags", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_tags_tag_client_id"), ["tag", "client_id"], unique=False
        )

    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("occurred_at", sa.BigInteger(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.String(length=255), nullable=True),
        sa.CheckConstraint(
            "kind IN ('complaint', 'conflict', 'inquiry', 'contact_attempt')",
            name=op.f("ck_incidents_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_incidents_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incidents")),
        sa.UniqueConstraint(
            "client_id", "kind", "occurred_at", name=op.f("uq_incidents_client_id_kind_occurred_at")
        ),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("incidents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_incidents_client_id_occurred_at"),
            ["client_id", "occurred_at"],
            unique=False,
        )

    op.create_table(
        "nps_answers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.SmallInteger(), nullable=False),
        sa.Column("answered_at", sa.BigInteger(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.CheckConstraint("score >= 0 AND score <= 10", name=op.f("ck_nps_answers_score_range")),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_nps_answers_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nps_answers")),
        sa.UniqueConstraint(
            "client_id", "answered_at", name=op.f("uq_nps_answers_client_id_answered_at")
        ),
        **MYSQL_TABLE,
    )
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("placed_at", sa.BigInteger(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("category", sa.String(length=128), nullable=True),
        sa.Column("promo_code", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_orders_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("external_id", name=op.f("uq_orders_external_id")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_orders_client_id_placed_at_amount_minor"),
            ["client_id", "placed_at", "amount_minor"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_orders_placed_at"), ["placed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_promo_code"), ["promo_code"], unique=False)

    op.create_table(
        "suppressions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=320), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=255), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.CheckConstraint(
            "channel IN ('email', 'sms', 'telegram')", name=op.f("ck_suppressions_channel")
        ),
        sa.CheckConstraint("kind IN ('opt_out', 'suppression')", name=op.f("ck_suppressions_kind")),
        sa.CheckConstraint(
            "client_id IS NOT NULL OR address IS NOT NULL", name=op.f("ck_suppressions_target")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_suppressions_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suppressions")),
        sa.UniqueConstraint("channel", "address", name=op.f("uq_suppressions_channel_address")),
        sa.UniqueConstraint("channel", "client_id", name=op.f("uq_suppressions_channel_client_id")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("suppressions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suppressions_client_id"), ["client_id"], unique=False)

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("campaign", sa.String(length=128), nullable=False),
        sa.Column("idempotency_key", sa.String(length=128), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("recipient", sa.String(length=320), nullable=True),
        sa.Column("tried_channels", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("not_before", sa.BigInteger(), nullable=True),
        sa.Column("claimed_by", sa.String(length=128), nullable=True),
        sa.Column("claimed_at", sa.BigInteger(), nullable=True),
        sa.Column("provider_id", sa.String(length=128), nullable=True),
        sa.Column("error", sa.String(length=512), nullable=True),
        sa.Column("error_reason", sa.String(length=32), nullable=True),
        sa.Column("error_permanent", sa.Boolean(), nullable=True),
        sa.Column("segments", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.Column("sent_at", sa.BigInteger(), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'sending', 'sent', 'failed', 'deferred', 'no_channel', 'unknown')",
            name=op.f("ck_messages_status"),
        ),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f("fk_messages_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_messages_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["run_id"],
            ["campaign_runs.id"],
            name=op.f("fk_messages_run_id_campaign_runs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("assignment_id", name=op.f("uq_messages_assignment_id")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_messages_idempotency_key")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_client_id"), ["client_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_messages_run_id_status_not_before"),
            ["run_id", "status", "not_before"],
            unique=False,
        )

    op.create_table(
        "message_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=True),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("detail", sa.String(length=512), nullable=True),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
            name=op.f("fk_message_events_message_id_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_events")),
        **MYSQL_TABLE,
    )
    with op.batch_alter_table("message_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_message_events_message_id"), ["message_id"], unique=False
        )


def downgrade() -> None:
    # Dropping a table drops its indexes; dropping an index first fails on
    # MariaDB when a foreign key uses it.
    op.drop_table("message_events")
    op.drop_table("messages")
    op.drop_table("suppressions")
    op.drop_table("orders")
    op.drop_table("nps_answers")
    op.drop_table("incidents")
    op.drop_table("client_tags")
    op.drop_table("assignments")
    op.drop_table("clients")
    op.drop_table("campaign_runs")
