"""`attribute` on a hand-built history, against values computed by hand.

Campaign "spring" (configured, attribution_days = 10) assigned its clients at
T; its windows are [T, T + 10 d). Campaign "summer" is no longer configured
(30 days) and assigned c9 and c11 at T + 5 d: [T + 5 d, T + 35 d).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select, update

from tests.conftest import write_config
from winback.attribution import attribute
from winback.config import Settings, load_config
from winback.models import (
    Assignment,
    AssignmentOutcome,
    CampaignRun,
    Client,
    Message,
    Order,
    from_epoch,
)

DAY = 86_400
T = 1_772_323_200  # 2026-03-01 00:00 UTC
SPRING_END = T + 10 * DAY
SUMMER_AT = T + 5 * DAY
SUMMER_END = SUMMER_AT + 30 * DAY

SPRING_TOML = """
[[campaigns]]
name = "spring"
templates = "lapsed-regulars"
channels = ["email"]
attribution_days = 10
[campaigns.select]
last_order_days_min = 30
[campaigns.offer]
discount_percent = 15
code_prefix = "SPR"
valid_days = 14
"""

# (client, group, offer code) of each campaign's assignments
SPRING = [
    ("c1", "treatment", "SPR-1"),
    ("c2", "treatment", "SPR-2"),
    ("c3", "treatment", "SPR-3"),
    ("c4", "treatment", "SPR-4"),
    ("c5", "holdout", None),
    ("c6", "holdout", None),
    ("c7", "treatment", "SPR-7"),
    ("c8", "treatment", "SPR-8"),
    ("c9", "treatment", "SPR-9"),
    ("c10", "holdout", None),
]
SUMMER = [("c9", "treatment", "SUM-9"), ("c11", "holdout", None)]

# (client, placed_at, amount_minor, promo_code)
ORDERS = [
    ("c1", T - 1, 99_900, None),  # just before assigned_at: not counted
    ("c1", T + 2 * DAY, 10_000, None),
    ("c1", T + 6 * DAY, 5_000, None),
    ("c2", SPRING_END, 7_000, None),  # exactly at window_end: excluded
    ("c3", T + 3 * DAY, 4_000, None),
    ("c3", T + 15 * DAY, 6_000, "SPR-3"),  # its code, after the window: counts
    ("c4", T + 15 * DAY, 8_000, "SPR-4"),  # only a code order after the window
    ("c5", T + 1 * DAY, 2_500, None),  # a holdout client returning on its own
    ("c7", T + 12 * DAY, 3_000, None),  # after the window, no code
    ("c9", T + 2 * DAY, 500, None),  # spring's window only
    ("c9", T + 7 * DAY, 20_000, None),  # both windows
    ("c9", T + 12 * DAY, 1_000, None),  # summer's window only
    ("c10", T + 11 * DAY, 1_200, "SPR-1"),  # c1's code, but c10's order: not c1's return
]
ROW = tuple[str, str | None, int | None, int, str | None]  # outcome, by, returned_at, revenue, ...


def settings_for(tmp_path: Path, db_url: str) -> Settings:
    return load_config(write_config(tmp_path, db_url, SPRING_TOML))


def build_history(engine: Engine) -> dict[str, int]:
    """Clients, the two campaigns' cycles and assignments, the orders; client ids by name."""
    with engine.begin() as conn:
        ids = {
            name: conn.execute(insert(Client).values(external_id=name)).inserted_primary_key[0]
            for name in [f"c{i}" for i in range(1, 12)]
        }
        for campaign, at, rows in (("spring", T, SPRING), ("summer", SUMMER_AT, SUMMER)):
            run_id = conn.execute(
                insert(CampaignRun).values(
                    campaign=campaign,
                    cycle=1,
                    status="finished",
                    open_slot=None,
                    as_of=from_epoch(at),
                    planned_at=from_epoch(at),
                )
            ).inserted_primary_key[0]
            for rank, (client, group, code) in enumerate(rows, 1):
                conn.execute(
                    insert(Assignment).values(
                        run_id=run_id,
                        campaign=campaign,
                        client_id=ids[client],
                        group_name=group,
                        rank=rank,
                        score=1.0,
                        reasons="lapsed",
                        revenue_minor=0,
                        orders_count=1,
                        offer_code=code,
                        created_at=from_epoch(at),
                    )
                )
    add_orders(engine, ids, ORDERS)
    return ids


def add_orders(engine: Engine, ids: dict[str, int], orders: list[Any]) -> None:
    with engine.begin() as conn:
        n = conn.execute(select(Order.id)).all()
        for i, (client, at, amount, code) in enumerate(orders, len(n) + 1):
            conn.execute(
                insert(Order).values(
                    external_id=f"O{i}",
                    client_id=ids[client],
                    placed_at=from_epoch(at),
                    amount_minor=amount,
                    promo_code=code,
                )
            )


def outcomes(engine: Engine) -> dict[tuple[str, str], ROW]:
    """(campaign, client) → (outcome, attributed_by, returned_at epoch, revenue, group)."""
    o = AssignmentOutcome
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                o.campaign,
                Client.external_id,
                o.outcome,
                o.attributed_by,
                o.returned_at,
                o.revenue_minor,
                o.group_name,
                o.window_end,
            ).join(Client, Client.id == o.client_id)
        ).all()
    result = {}
    for campaign, client, outcome, by, returned_at, revenue, group, window_end in rows:
        expected_end = SPRING_END if campaign == "spring" else SUMMER_END
        assert window_end == from_epoch(expected_end)
        at = None if returned_at is None else int(returned_at.timestamp())
        result[(campaign, client)] = (outcome, by, at, int(revenue), group)
    return result


NOT = ("not_returned", None, None, 0)
PENDING = ("pending", None, None, 0)

# As of T + 20 d, before the late orders.
AS_OF_20 = {
    ("spring", "c1"): ("returned", "time", T + 2 * DAY, 15_000),
    ("spring", "c2"): NOT,
    ("spring", "c3"): ("returned", "code", T + 3 * DAY, 10_000),
    ("spring", "c4"): ("returned", "code", T + 15 * DAY, 8_000),
    ("spring", "c5"): ("returned", "time", T + 1 * DAY, 2_500),
    ("spring", "c6"): NOT,
    ("spring", "c7"): NOT,
    ("spring", "c8"): NOT,
    ("spring", "c9"): ("returned", "time", T + 2 * DAY, 20_500),
    ("spring", "c10"): NOT,
    ("summer", "c9"): ("returned", "time", T + 7 * DAY, 21_000),
    ("summer", "c11"): PENDING,
}


def without_group(rows: dict[tuple[str, str], ROW]) -> dict[tuple[str, str], tuple[Any, ...]]:
    return {k: v[:4] for k, v in rows.items()}


def incremental_here(engine: Engine) -> bool:
    return engine.dialect.name in ("sqlite", "postgresql")


def test_history_judged_by_hand(engine: Engine, db_url: str, tmp_path: Path) -> None:
    settings = settings_for(tmp_path, db_url)
    ids = build_history(engine)

    first = attribute(engine, settings, from_epoch(T + 20 * DAY))
    assert (first.judged, first.full) == (12, True)
    assert (first.returned, first.pending, first.not_returned) == (6, 1, 5)
    got = outcomes(engine)
    assert without_group(got) == AS_OF_20
    assert got[("spring", "c5")][4] == "holdout" and got[("spring", "c1")][4] == "treatment"

    # Nothing new: nothing changes (and, with triggers, nothing is judged).
    with engine.connect() as conn:
        before = conn.execute(select(AssignmentOutcome).order_by("assignment_id")).all()
    again = attribute(engine, settings, from_epoch(T + 20 * DAY))
    assert again.full is not incremental_here(engine)
    assert again.judged == (0 if incremental_here(engine) else 12)
    with engine.connect() as conn:
        after = conn.execute(select(AssignmentOutcome).order_by("assignment_id")).all()
    assert after == before

    # Imported later: an order inside c8's window (closed by now), a code order of c7.
    add_orders(
        engine, ids, [("c8", T + 4 * DAY, 9_000, None), ("c7", T + 18 * DAY, 4_500, "SPR-7")]
    )
    third = attribute(engine, settings, from_epoch(T + 20 * DAY))
    assert third.judged == (2 if incremental_here(engine) else 12)
    expected = AS_OF_20 | {
        ("spring", "c8"): ("returned", "time", T + 4 * DAY, 9_000),
        ("spring", "c7"): ("returned", "code", T + 18 * DAY, 4_500),
    }
    assert without_group(outcomes(engine)) == expected

    # Later: summer's window closes for c11; c2 orders again (re-judged, still not returned).
    add_orders(engine, ids, [("c2", T + 30 * DAY, 1_000, None)])
    fourth = attribute(engine, settings, from_epoch(T + 40 * DAY))
    assert fourth.judged == (2 if incremental_here(engine) else 12)
    expected |= {("summer", "c11"): NOT}
    assert without_group(outcomes(engine)) == expected
    assert (fourth.returned, fourth.pending, fourth.not_returned) == (8, 0, 4)


def test_as_of_moved_backwards_recomputes(engine: Engine, db_url: str, tmp_path: Path) -> None:
    settings = settings_for(tmp_path, db_url)
    ids = build_history(engine)
    add_orders(engine, ids, [("c8", T + 4 * DAY, 9_000, None)])
    attribute(engine, settings, from_epoch(T + 40 * DAY))
    back = attribute(engine, settings, from_epoch(T + 5 * DAY))
    assert (back.judged, back.full) == (12, True)
    # Only orders placed by T + 5 d count; c1's second order and c3's code order are later.
    assert without_group(outcomes(engine)) == {
        ("spring", "c1"): ("returned", "time", T + 2 * DAY, 10_000),
        ("spring", "c2"): PENDING,
        ("spring", "c3"): ("returned", "time", T + 3 * DAY, 4_000),
        ("spring", "c4"): PENDING,
        ("spring", "c5"): ("returned", "time", T + 1 * DAY, 2_500),
        ("spring", "c6"): PENDING,
        ("spring", "c7"): PENDING,
        ("spring", "c8"): ("returned", "time", T + 4 * DAY, 9_000),
        ("spring", "c9"): ("returned", "time", T + 2 * DAY, 500),
        ("spring", "c10"): PENDING,
        ("summer", "c9"): PENDING,
        ("summer", "c11"): PENDING,
    }
    # The window's end itself: as of exactly T + 10 d, spring's open windows have closed.
    at_end = attribute(engine, settings, from_epoch(SPRING_END))
    assert at_end.full is not incremental_here(engine)
    got = without_group(outcomes(engine))
    assert got[("spring", "c2")] == NOT  # its order at T + 10 d is outside the window
    assert got[("spring", "c6")] == NOT
    assert got[("summer", "c11")] == PENDING


def test_changed_and_deleted_orders_are_seen(engine: Engine, db_url: str, tmp_path: Path) -> None:
    settings = settings_for(tmp_path, db_url)
    build_history(engine)
    attribute(engine, settings, from_epoch(T + 20 * DAY))
    with engine.begin() as conn:
        # c5's return moves out of its window; c4's code order is deleted.
        conn.execute(
            update(Order)
            .where(Order.amount_minor == 2_500)
            .values(placed_at=from_epoch(T + 11 * DAY))
        )
        conn.execute(Order.__table__.delete().where(Order.promo_code == "SPR-4"))
    run = attribute(engine, settings, from_epoch(T + 20 * DAY))
    assert run.judged == (2 if incremental_here(engine) else 12)
    got = without_group(outcomes(engine))
    assert got == AS_OF_20 | {("spring", "c5"): NOT, ("spring", "c4"): NOT}


@pytest.mark.parametrize("days", [5])
def test_config_window_change_rejudges(
    engine: Engine, db_url: str, tmp_path: Path, days: int
) -> None:
    settings = settings_for(tmp_path, db_url)
    build_history(engine)
    attribute(engine, settings, from_epoch(T + 20 * DAY))
    shorter = settings.model_copy(
        update={"campaigns": (settings.campaigns[0].model_copy(update={"attribution_days": days}),)}
    )
    run = attribute(engine, shorter, from_epoch(T + 20 * DAY))
    assert run.judged == (10 if incremental_here(engine) else 12)
    with engine.connect() as conn:
        c1 = conn.execute(
            select(AssignmentOutcome.revenue_minor, AssignmentOutcome.window_end)
            .join(Client, Client.id == AssignmentOutcome.client_id)
            .where(Client.external_id == "c1", AssignmentOutcome.campaign == "spring")
        ).one()
    # [T, T + 5 d): only the order at T + 2 d
    assert (c1[0], c1[1]) == (10_000, from_epoch(T + days * DAY))


def test_message_rows_do_not_matter(engine: Engine, db_url: str, tmp_path: Path) -> None:
    """Intent to treat: a failed or missing message changes nothing."""
    settings = settings_for(tmp_path, db_url)
    ids = build_history(engine)
    with engine.begin() as conn:
        assignment_id, run_id = conn.execute(
            select(Assignment.id, Assignment.run_id).where(Assignment.client_id == ids["c1"])
        ).one()
        conn.execute(
            insert(Message).values(
                assignment_id=assignment_id,
                run_id=run_id,
                client_id=ids["c1"],
                campaign="spring",
                idempotency_key="k1",
                status="failed",
                created_at=from_epoch(T),
                updated_at=from_epoch(T),
            )
        )
    attribute(engine, settings, from_epoch(T + 20 * DAY))
    assert without_group(outcomes(engine)) == AS_OF_20


def test_two_runs_at_once_agree(engine: Engine, db_url: str, tmp_path: Path) -> None:
    """Two workers attributing at once: one waits for the other (a session
    lock on PostgreSQL/MariaDB, the write transaction on SQLite)."""
    import threading

    settings = settings_for(tmp_path, db_url)
    build_history(engine)
    results: list[Any] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(attribute(engine, settings, from_epoch(T + 20 * DAY)))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors and len(results) == 2
    assert sorted(r.judged for r in results) == ([0, 12] if incremental_here(engine) else [12, 12])
    assert without_group(outcomes(engine)) == AS_OF_20


def test_a_run_that_finds_the_lock_taken_skips(engine: Engine, db_url: str, tmp_path: Path) -> None:
    """The daemon's way (wait_seconds=0); SQLite has no lock to take."""
    from winback.attribution import LOCK_NAME
    from winback.planlock import planning_lock

    settings = settings_for(tmp_path, db_url)
    build_history(engine)
    with planning_lock(engine, LOCK_NAME) as lock:
        assert lock.try_acquire()
        run = attribute(engine, settings, from_epoch(T + 20 * DAY), wait_seconds=0)
    if engine.dialect.name == "sqlite":
        assert (run.skipped, run.judged) == (None, 12)
    else:
        assert (run.skipped, run.judged) == ("another run is under way", 0)
        assert run.line() == "attribute skipped: another run is under way"
        assert outcomes(engine) == {}
