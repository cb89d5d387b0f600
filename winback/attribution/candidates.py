"""Which assignments a run re-judges: all of them, or only those whose
verdict can have changed since the last run (see the package's doc)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from sqlalchemy import Connection, bindparam, text

from winback import order_stats
from winback.attribution.judge import window_sql

# Where the triggers of migration 0005 exist, by their names.
TRIGGERS = {
    "sqlite": frozenset(
        {"trg_orders_attr_insert", "trg_orders_attr_delete", "trg_orders_attr_update"}
    ),
    "postgresql": frozenset(
        {
            "trg_orders_attr_insert",
            "trg_orders_attr_delete",
            "trg_orders_attr_update_new",
            "trg_orders_attr_update_old",
            "trg_orders_attr_truncate",
        }
    ),
}
# More stale clients than this (a large import): one pass over everything is cheaper.
STALE_FULL = 50_000
CLIENT_BATCH = 2_000


def triggers_active(conn: Connection) -> bool:
    """Are the triggers that mark clients in ``attribution_stale`` present and enabled?"""
    return order_stats.triggers_enabled(conn, TRIGGERS)


def mode_of(conn: Connection, previous: int | None, as_of: int) -> Literal["full", "incremental"]:
    if previous is None or as_of < previous or not triggers_active(conn):
        return "full"
    stale = conn.execute(text("SELECT COUNT(*) FROM attribution_stale")).scalar_one()
    return "full" if int(stale) > STALE_FULL else "incremental"


def candidates(conn: Connection, previous: int, as_of: int, days: Mapping[str, int]) -> set[int]:
    """The ids of the assignments to re-judge; consumes the stale marks.

    The marks go first (DELETE … RETURNING), before any order is read: on
    PostgreSQL a writer's trigger holds its mark's row lock until it commits,
    so the removal waits for it and the judging that follows sees its
    orders; a writer that commits later marks its client again for the next
    run. SQLite has one writer at a time."""
    stale = list(conn.execute(text("DELETE FROM attribution_stale RETURNING client_id")).scalars())
    ids: set[int] = set()
    by_client = text("SELECT id FROM assignments WHERE client_id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    for i in range(0, len(stale), CLIENT_BATCH):
        ids.update(conn.execute(by_client, {"ids": stale[i : i + CLIENT_BATCH]}).scalars())
    span, params = window_sql(days, "campaign")
    queries = (
        # new assignments: no verdict yet
        "SELECT a.id FROM assignments a LEFT JOIN assignment_outcomes o "
        "ON o.assignment_id = a.id WHERE o.assignment_id IS NULL",
        # pending ones whose window has closed since
        "SELECT assignment_id FROM assignment_outcomes "
        "WHERE outcome = 'pending' AND window_end <= :as_of",
        # clients with orders placed after the last as-of (not counted then)
        "SELECT a.id FROM assignments a WHERE a.client_id IN (SELECT o.client_id FROM orders o "
        "WHERE o.placed_at > :previous AND o.placed_at <= :as_of)",
        # the campaign's attribution_days changed in the config
        f"SELECT assignment_id FROM assignment_outcomes WHERE window_end <> assigned_at + {span}",
    )
    values = {"as_of": as_of, "previous": previous, **params}
    for sql in queries:
        ids.update(conn.execute(text(sql), values).scalars())
    return ids
