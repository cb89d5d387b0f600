"""The SQL selection engine agrees with the pure-Python reference on every database.

Random CRM data from a seeded generator, deliberately full of edge cases:
ties in revenue and order count, clients without orders, orders exactly at
as-of, exactly N days before it and at local month boundaries in the
configured time zone, several orders in one second, suppressions by client and
by address, recent assignments of every outcome.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
import zoneinfo
from typing import Any

import pytest
from sqlalchemy import Engine, insert, update

from tests.reference_selection import Data, reference
from winback import order_stats
from winback.config import Campaign
from winback.model import bgnbd
from winback.model.store import StoredFit, save_fit
from winback.model.summary import day_offset_seconds
from winback.models import (
    Assignment,
    CampaignRun,
    Client,
    ClientTag,
    Incident,
    NpsAnswer,
    Order,
    Suppression,
    to_epoch,
)
from winback.selection import build_statement, run, select_candidates, select_json
from winback.selection.run import explain
from winback.selection.statement import MANY_TAKEN

TZ = zoneinfo.ZoneInfo("Europe/Moscow")
AS_OF = dt.datetime(2024, 3, 1, 0, 0, tzinfo=TZ)  # a local month boundary
NOW = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.UTC)
DAY = 86_400


def make_data(seed: int, n_clients: int = 160) -> Data:
    rnd = random.Random(seed)
    as_of = to_epoch(AS_OF)
    now = to_epoch(NOW)
    month_edges = []
    y, m = 2021, 1
    while (y, m) <= (2024, 3):
        month_edges.append(to_epoch(dt.datetime(y, m, 1, tzinfo=TZ)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)

    def ts() -> int:
        r = rnd.random()
        if r < 0.08:
            return as_of
        if r < 0.16:
            return as_of - rnd.choice([30, 60, 90, 180, 365, 730]) * DAY
        if r < 0.30:
            return rnd.choice(month_edges) + rnd.choice([-1, 0, 1])
        if r < 0.35:
            return as_of + rnd.randint(1, 40) * DAY  # in the future of as-of: ignored
        return as_of - rnd.randint(0, 900 * DAY)

    clients, orders, nps, incidents, tags, supp, assigns = [], [], [], [], [], [], []
    oid = 0
    for cid in range(1, n_clients + 1):
        ext = rnd.choice(["C", "c", "Ж", "b"]) + f"{rnd.randint(0, 999):03d}-{cid}"
        email = rnd.choice([None, f"User{cid}@Example.com", f"u{cid}@ex.ru"])
        phone = rnd.choice([None, f"+7999{cid:07d}"])
        chat = rnd.choice([None, str(100000 + cid)])
        clients.append(
            {
                "id": cid,
                "external_id": ext,
                "name": f"Client {cid}",
                "email": email,
                "phone": phone,
                "telegram_chat_id": chat,
                "timezone": rnd.choice([None, "Europe/Moscow", "Asia/Vladivostok"]),
                "locale": rnd.choice(["ru", "en"]),
                "manager": None,
                "email_consent": rnd.choice([None, True, False, True]),
                "sms_consent": rnd.choice([None, True, False]),
                "telegram_consent": rnd.choice([None, True, True]),
            }
        )
        kind = rnd.random()
        n_orders = 0 if kind < 0.2 else rnd.choice([1, 2, 3, 3, 4, 5, 6, 8, 12])
        base_amount = rnd.choice([10000, 25000, 50000, 99900])
        if rnd.random() < 0.3:  # a steady monthly buyer: XYZ class X or Y
            start = rnd.randint(3, 14)
            for k in range(start):
                oid += 1
                orders.append(
                    {
                        "id": oid,
                        "external_id": f"O{oid}",
                        "client_id": cid,
                        "placed_at": month_edges[-2 - k] + rnd.randint(0, 20) * DAY,
                        "amount_minor": base_amount + rnd.choice([0, 0, 100, -100, 5000]),
                    }
                )
        for _ in range(n_orders):
            oid += 1
            t = ts()
            orders.append(
                {
                    "id": oid,
                    "external_id": f"O{oid}",
                    "client_id": cid,
                    "placed_at": t,
                    "amount_minor": rnd.choice([base_amount, base_amount, rnd.randint(1, 200000)]),
                }
            )
            if rnd.random() < 0.1:  # another order in the same second
                oid += 1
                orders.append(
                    {
                        "id": oid,
                        "external_id": f"O{oid}",
                        "client_id": cid,
                        "placed_at": t,
                        "amount_minor": base_amount,
                    }
                )
        for k in range(rnd.choice([0, 0, 1, 2])):
            nps.append({"client_id": cid, "score": rnd.randint(0, 10), "answered_at": ts() - k})
        used: set[tuple[str, int]] = set()
        for _ in range(rnd.choice([0, 0, 1, 3, 5])):
            k = rnd.choice(
                [
                    "complaint",
                    "conflict",
                    "inquiry",
                    "inquiry",
                    "contact_attempt",
                    "contact_attempt",
                ]
            )
            t = ts()
            if (k, t) in used:
                continue
            used.add((k, t))
            incidents.append(
                {
                    "client_id": cid,
                    "kind": k,
                    "occurred_at": t,
                    "outcome": rnd.choice([None, "reached", "no_answer", "no_answer"]),
                }
            )
        for tag in rnd.sample(["retail", "vip", "key-account", "b2b"], rnd.choice([0, 0, 1, 2])):
            tags.append({"client_id": cid, "tag": tag})
        if rnd.random() < 0.15:
            supp.append(
                {
                    "channel": rnd.choice(["email", "sms", "telegram"]),
                    "client_id": cid,
                    "address": None,
                    "kind": "opt_out",
                    "created_at": now,
                }
            )
        if email and rnd.random() < 0.1:
            supp.append(
                {
                    "channel": "email",
                    "client_id": None,
                    "address": email.lower(),
                    "kind": "suppression",
                    "created_at": now,
                }
            )
        if rnd.random() < 0.15:
            assigns.append(
                {
                    "campaign": "c",
                    "client_id": cid,
                    "created_at": now - rnd.choice([1, 50, 200]) * DAY,
                    "outcome": rnd.choice([None, "sent", "no_channel", "held_out"]),
                }
            )
    # ties in revenue and counts across clients
    return Data(clients, orders, nps, incidents, tags, supp, assigns)


def load(engine: Engine, data: Data) -> None:
    with engine.begin() as conn:
        conn.execute(insert(Client), data.clients)
        if data.orders:
            conn.execute(insert(Order), data.orders)
        if data.nps:
            conn.execute(insert(NpsAnswer), data.nps)
        if data.incidents:
            conn.execute(insert(Incident), data.incidents)
        if data.tags:
            conn.execute(insert(ClientTag), data.tags)
        if data.suppressions:
            conn.execute(insert(Suppression), data.suppressions)
        if data.assignments:
            conn.execute(
                insert(CampaignRun),
                [
                    {
                        "id": 1,
                        "campaign": "c",
                        "cycle": 1,
                        "status": "finished",
                        "open_slot": None,
                        "as_of": 0,
                        "planned_at": 0,
                    }
                ],
            )
            conn.execute(
                insert(Assignment),
                [
                    {
                        "run_id": 1,
                        "campaign": a["campaign"],
                        "client_id": a["client_id"],
                        "group_name": "treatment",
                        "rank": 1,
                        "score": 0.0,
                        "reasons": "recency",
                        "revenue_minor": 0,
                        "orders_count": 0,
                        "outcome": a["outcome"],
                        "created_at": a["created_at"],
                    }
                    for a in data.assignments
                ],
            )


CAMPAIGNS: list[dict[str, Any]] = [
    {"select": {"last_order_days_min": 90, "last_order_days_max": 730}},
    {
        "select": {"overdue_factor": 3.0, "overdue_min_orders": 3, "min_orders": 2},
        "cooldown_days": 90,
    },
    {
        "select": {
            "overdue_factor": 2.0,
            "overdue_min_orders": 2,
            "last_order_days_min": 60,
            "match": "all",
        }
    },
    {"select": {"overdue_factor": 2.5, "overdue_min_orders": 4}, "priority": {"window_days": 365}},
    {
        "select": {"nps_max": 6, "nps_within_days": 365, "conflict_within_days": 180},
        "channels": ["email", "sms"],
    },
    {"select": {"inquiries_without_purchase": 2, "unreachable_attempts": 2}, "channels": ["sms"]},
    {
        "select": {
            "last_order_days_min": 30,
            "min_revenue": 500,
            "tags_exclude": ["key-account"],
            "abc": ["A", "B"],
        },
        "priority": {"revenue_weight": 0.7, "frequency_weight": 0.3},
    },
    {
        "select": {
            "last_order_days_max": 400,
            "tags_include": ["vip", "retail"],
            "xyz": ["X", "Y"],
        },
        "priority": {"window_days": 500},
        "max_per_run": 15,
    },
    {
        "select": {
            "last_order_days_min": 0,
            "unreachable_attempts": 3,
            "nps_max": 8,
            "match": "any",
        },
        "max_per_run": 40,
        "holdout_percent": 30,
        "channels": ["telegram", "email", "sms"],
    },
    # match = "all" across criteria from different tables: a client with no
    # NPS answer, no incident or no order has no data for one of them, and
    # must be left out (not let through by a NULL flag).
    {"select": {"last_order_days_min": 90, "nps_max": 6, "match": "all"}},
    {
        "select": {
            "last_order_days_min": 30,
            "conflict_within_days": 900,
            "unreachable_attempts": 1,
            "match": "all",
        },
        "cooldown_days": 0,
    },
    {
        "select": {"inquiries_without_purchase": 1, "nps_max": 10, "match": "all"},
        "channels": ["sms", "email"],
    },
    {
        "select": {
            "overdue_factor": 1.5,
            "overdue_min_orders": 2,
            "unreachable_attempts": 1,
            "match": "all",
        },
        "priority": {"window_days": 800},
    },
    # The BG/NBD model (FIT below): P(alive) and expected purchases as
    # criteria, alone, with others under "any" and "all" (a client without an
    # order has no value: under "all" it is left out), value at risk as a
    # priority term, alone and beside the others, with a priority window.
    {"select": {"p_alive_max": 0.5}},
    {
        "select": {"p_alive_max": 0.6, "last_order_days_min": 60, "match": "all"},
        "priority": {"value_at_risk_weight": 1.0},
    },
    {
        "select": {"expected_purchases_max": 0.4, "expected_horizon_days": 120, "nps_max": 6},
        "priority": {"revenue_weight": 0, "frequency_weight": 0, "value_at_risk_weight": 1},
    },
    {
        "select": {
            "p_alive_max": 0.7,
            "expected_purchases_max": 0.5,
            "unreachable_attempts": 1,
            "match": "all",
        },
        "cooldown_days": 0,
    },
    {
        "select": {"last_order_days_min": 90, "inquiries_without_purchase": 1},
        "priority": {"value_at_risk_weight": 0.5, "window_days": 400},
        "max_per_run": 25,
    },
    {
        "select": {"expected_purchases_max": 1.5, "expected_horizon_days": 30, "abc": ["A", "B"]},
        "priority": {"value_at_risk_weight": 2.0, "frequency_weight": 0},
    },
]

# A fit in weeks for the reference data (not fitted on it: plausible values
# that spread P(alive) over (0, 1] across its clients).
FIT_RESULT = bgnbd.FitResult(
    params=bgnbd.Params(r=0.6, alpha=9.0, a=0.8, b=2.4),
    log_likelihood=-1234.5,
    clients=128,
    seconds=0.1,
    iterations=20,
)


def store_fit(engine: Engine) -> StoredFit:
    with engine.begin() as conn:
        return save_fit(conn, FIT_RESULT, as_of=AS_OF, unit="weeks")


def _campaign(spec: dict[str, Any]) -> Campaign:
    base = {
        "name": "c",
        "channels": ["email", "telegram"],
        "max_per_run": 1000,
        "cooldown_days": 30,
        "holdout_percent": 20,
    }
    return Campaign.model_validate({**base, **spec})


def _sql(
    engine: Engine, campaign: Campaign, limit: int | None = None, excluded: bool = False
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    with engine.connect() as conn:
        summary, rows = select_candidates(
            conn, campaign, as_of=AS_OF, now=NOW, tz=TZ, limit=limit, excluded=excluded
        )
        out = [
            {
                "client": r.external_id,
                "score": r.score,
                "reasons": list(r.reasons),
                "revenue_minor": r.revenue_minor,
                "orders": r.orders,
                "last_order_at": int(r.last_order_at.timestamp()) if r.last_order_at else None,
                "days_since": r.days_since,
                "abc": r.abc,
                "xyz": r.xyz,
                "group": r.group,
                "channel": r.channel,
                "p_alive": r.p_alive,
                "expected_purchases": r.expected_purchases,
                "rank": r.rank,
                **({"excluded_by": r.excluded_by} if excluded else {}),
            }
            for r in rows
        ]
    s = {
        "matched": summary.matched,
        "lost": summary.lost,
        "excluded": {k: v for k, v in summary.excluded.items() if v},
        "remaining": summary.remaining,
    }
    return s, out


def _prepare_source(engine: Engine, data: Data, source: str) -> str:
    """Put the database in the state where selection reads its per-client
    aggregates from `source`; returns what selection should then use."""
    if engine.dialect.name not in order_stats.TRIGGERS:
        return "orders"  # MySQL/MariaDB keep no order stats
    if source == "orders":  # as if the triggers were lost: client_order_stats unusable
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("DROP TRIGGER trg_orders_stats_insert")
            else:
                conn.exec_driver_sql("ALTER TABLE orders DISABLE TRIGGER trg_orders_stats_insert")
        return "orders"
    # purchase days counted in the selection's time zone: the model reads them
    order_stats.refresh(engine, full=True, day_offset=day_offset_seconds(TZ, AS_OF))
    later = {o["client_id"] for o in data.orders if o["placed_at"] > to_epoch(AS_OF)}
    if source == "stats+orders":  # a few clients' orders touched since: stale
        touched = sorted({o["client_id"] for o in data.orders})[::40]
        with engine.begin() as conn:
            conn.execute(
                update(Order)
                .where(Order.client_id.in_(touched))
                .values(amount_minor=Order.amount_minor)
            )
        return "stats+orders"
    return "stats+orders" if later else "stats"


def _source(engine: Engine, campaign: Campaign) -> str:
    """Where the aggregates come from; with the model, also where its
    purchase days do ("+model:stats" or "+model:orders")."""
    with engine.connect() as conn:
        plan = build_statement(conn, campaign, as_of=AS_OF, now=NOW, tz=TZ)
    return plan.source + (f"+model:{plan.model.source}" if plan.model else "")


# Every source where it exists: MySQL/MariaDB keep no order stats.
SOURCES = [
    *(
        (db, source)
        for db in order_stats.TRIGGERS
        for source in ("orders", "stats", "stats+orders")
    ),
    ("mysql", "orders"),
]


@pytest.mark.parametrize(("db_url", "source"), SOURCES, indirect=["db_url"])
@pytest.mark.parametrize("seed", [1, 2])
def test_sql_engine_matches_the_reference(engine: Engine, seed: int, source: str) -> None:
    """The same rows and counts whether the aggregates come from the orders,
    from client_order_stats, or from both (a few clients stale)."""
    data = make_data(seed)
    load(engine, data)
    fit = store_fit(engine)
    expected_source = _prepare_source(engine, data, source)
    reasons_left_out: set[str] = set()
    model_reasons: set[str] = set()
    channels_seen: set[str | None] = set()
    texts_seen: list[str] = []
    for i, spec in enumerate(CAMPAIGNS):
        campaign = _campaign(spec)
        windowed = bool(campaign.priority.window_days)
        source_now = "orders" if windowed else expected_source
        if campaign.uses_model:  # purchase days from the stats only when they alone answer
            source_now += "+model:" + ("stats" if source_now == "stats" else "orders")
        assert _source(engine, campaign) == source_now
        ref = {"as_of": to_epoch(AS_OF), "now": to_epoch(NOW), "tz": TZ, "fit": fit}
        want_summary, want_rows = reference(data, campaign, **ref)
        got_summary, got_rows = _sql(engine, campaign)
        assert got_summary == want_summary, f"campaign {i}: {spec}"
        assert len(got_rows) == len(want_rows), f"campaign {i}: {spec}"
        for got, want in zip(got_rows, want_rows, strict=True):
            assert_same_row(got, want, f"campaign {i}: {spec}")
        assert want_rows, f"campaign {i} selected nobody: the test data does not exercise it"
        if campaign.select.match == "all":  # every row carries every asked reason
            asked = list(campaign.select.criteria())
            assert all(row["reasons"] == asked for row in got_rows), f"campaign {i}: {spec}"
        if campaign.uses_model:
            model_reasons |= {name for row in got_rows for name in row["reasons"]}
            assert any(row["p_alive"] is not None for row in got_rows)
        else:
            assert all(row["p_alive"] is None for row in got_rows)
        # Everyone left out, each with the first exclusion that applies.
        _, want_out = reference(data, campaign, excluded=True, **ref)
        _, got_out = _sql(engine, campaign, excluded=True)
        assert len(got_out) == len(want_out), f"campaign {i} (excluded): {spec}"
        for got, want in zip(got_out, want_out, strict=True):
            assert_same_row(got, want, f"campaign {i} (excluded): {spec}")
        assert len(got_out) == sum(want_summary["excluded"].values())
        reasons_left_out |= {row["excluded_by"] for row in got_out}
        # Without the contact details (a preview, a plan): the same rows,
        # each with the same channel, consents and suppressions.
        for listing in (False, True):
            full = _reach(engine, campaign, contacts=True, excluded=listing)
            assert _reach(engine, campaign, contacts=False, excluded=listing) == full, (i, spec)
            channels_seen |= {row[2] for row in full}
            # A preview's --format json: each row's JSON written straight from
            # the statement's row, the same text as Candidate.to_json.
            texts = _texts(engine, campaign, excluded=listing)
            assert texts == _as_json(engine, campaign, excluded=listing), (i, spec)
            texts_seen += texts[1]
    # the data exercises (nearly) every exclusion, and both model criteria
    assert {"not_all_criteria", "tags", "abc", "cooldown", "opted_out", "xyz"} <= reasons_left_out
    assert {"p_alive", "expected_purchases"} <= model_reasons
    assert {"email", "telegram", None} <= channels_seen  # the reach bits choose among all
    # JSON of taken and excluded rows, with and without the model's values
    assert all(any(key in text for text in texts_seen) for key in ('"excluded_by"', '"p_alive": 0'))
    assert any('"p_alive": null' in text for text in texts_seen)


def _read_ahead_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "winback-read-ahead"]


def test_json_rows_read_ahead_are_the_rows_read_in_turn(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """select_json's rows fetched by a thread of their own while the ones
    before are made (on by default where the server makes the rows,
    PostgreSQL; tried here on every database) are the same rows, in the same
    order, with the same summary; the thread has ended when they have."""
    load(engine, make_data(3))
    campaign = _campaign({"select": {"last_order_days_min": 60}, "max_per_run": MANY_TAKEN})
    monkeypatch.setattr(run, "FETCH", 3)  # many batches from a small data set
    monkeypatch.setattr(run, "READ_AHEAD_DIALECTS", frozenset())
    in_turn = _texts(engine, campaign, excluded=False)
    monkeypatch.setattr(run, "READ_AHEAD_DIALECTS", frozenset({engine.dialect.name}))
    seen_thread = False
    with engine.connect() as conn:
        summary, texts = select_json(conn, campaign, as_of=AS_OF, now=NOW, tz=TZ)
        ahead = []
        for text in texts:
            ahead.append(text)
            seen_thread = seen_thread or bool(_read_ahead_threads())
    assert (summary, ahead) == in_turn
    assert len(ahead) > 3 * (run.AHEAD + 3)
    assert seen_thread
    assert not _read_ahead_threads()


def test_json_rows_closed_early_stop_the_read_ahead(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A preview that stops writing (a closed pipe) closes its rows: the
    thread reading ahead stops and closes the cursor before the connection
    is used again, and the next statement on it runs."""
    load(engine, make_data(3))
    campaign = _campaign({"select": {"last_order_days_min": 60}, "max_per_run": MANY_TAKEN})
    monkeypatch.setattr(run, "FETCH", 3)
    monkeypatch.setattr(run, "READ_AHEAD_DIALECTS", frozenset({engine.dialect.name}))
    with engine.connect() as conn:
        _, texts = select_json(conn, campaign, as_of=AS_OF, now=NOW, tz=TZ)
        first = [next(texts) for _ in range(5)]
        assert _read_ahead_threads()
        texts.close()
        assert not _read_ahead_threads()
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1
    assert len(first) == 5


def _texts(engine: Engine, campaign: Campaign, *, excluded: bool) -> tuple[Any, list[str]]:
    with engine.connect() as conn:
        summary, texts = select_json(conn, campaign, as_of=AS_OF, now=NOW, tz=TZ, excluded=excluded)
        return summary, list(texts)


def _as_json(engine: Engine, campaign: Campaign, *, excluded: bool) -> tuple[Any, list[str]]:
    """select_candidates' summary and each candidate's Candidate.to_json."""
    with engine.connect() as conn:
        summary, rows = select_candidates(
            conn, campaign, as_of=AS_OF, now=NOW, tz=TZ, excluded=excluded, contacts=False
        )
        return summary, [row.to_json() for row in rows]


def _reach(
    engine: Engine, campaign: Campaign, *, contacts: bool, excluded: bool
) -> list[tuple[Any, ...]]:
    """Each row's client, rank, channel, consents, suppressions and the
    rest of what a preview or a plan reads; with contacts, also that the
    contact details are there (without: that they are not)."""
    with engine.connect() as conn:
        _, rows = select_candidates(
            conn, campaign, as_of=AS_OF, now=NOW, tz=TZ, excluded=excluded, contacts=contacts
        )
        out = []
        for r in rows:
            details = (r.email, r.phone, r.telegram_chat_id, r.timezone, r.locale, r.manager)
            assert contacts or details == (None,) * 6
            out.append((r.external_id, r.rank, r.channel, r.consent, r.suppressed, r.excluded_by,
                        r.score, r.abc, r.xyz, r.group, r.reasons))  # fmt: skip
        return out


# Worked out in SQL (the criteria, the score) and by bgnbd in Python (the
# values shown): equal to a few ulps, not bit for bit.
APPROX = ("score", "p_alive", "expected_purchases")


def assert_same_row(got: dict[str, Any], want: dict[str, Any], what: str) -> None:
    assert {k: v for k, v in got.items() if k not in APPROX} == {
        k: v for k, v in want.items() if k not in APPROX
    }, what
    for key in APPROX:
        if want[key] is None:
            assert got[key] is None, (what, key)
        else:
            assert got[key] == pytest.approx(want[key], rel=1e-9, abs=1e-12), (what, key)


def test_limit_caps_the_rows_but_not_the_summary(engine: Engine) -> None:
    data = make_data(3)
    load(engine, data)
    campaign = _campaign(CAMPAIGNS[0])
    full_summary, full = _sql(engine, campaign)
    summary, rows = _sql(engine, campaign, limit=5)
    assert rows == full[:5]
    assert summary == full_summary
    assert len(full) > 5


def test_no_matches_gives_an_empty_list_and_zero_counts(engine: Engine) -> None:
    campaign = _campaign({"select": {"nps_max": 0}})
    summary, rows = _sql(engine, campaign)
    assert rows == []
    assert summary == {"matched": {"nps": 0}, "lost": 0, "excluded": {}, "remaining": 0}


def _tied_data(n_tied: int = 30) -> Data:
    """Ten clients with more revenue, then `n_tied` with the same orders (equal
    score and revenue), their ids in an order unlike their external ids', so
    only the external id can order them. The tied group holds both ABC lines
    (from 13 tied on): its members are A, B or C by their external id."""
    as_of = to_epoch(AS_OF)
    clients, orders = [], []
    order_ids = iter(range(1, 2 * n_tied + 100))
    width = max(2, len(str(n_tied - 1)))
    tied = [f"t{k:0{width}d}" for k in range(n_tied)]
    random.Random(7).shuffle(tied)
    for cid, ext in enumerate([f"r{k}" for k in range(10)] + tied, start=1):
        clients.append(
            {
                "id": cid,
                "external_id": ext,
                "name": ext,
                "email": f"{ext}@ex.ru",
                "phone": None,
                "telegram_chat_id": None,
                "timezone": None,
                "locale": "ru",
                "manager": None,
                "email_consent": True,
                "sms_consent": None,
                "telegram_consent": None,
            }
        )
        amount = 500_00 + cid * 1000 if ext.startswith("r") else 100_00
        for back in (400, 200):
            oid = next(order_ids)
            orders.append(
                {
                    "id": oid,
                    "external_id": f"O{oid}",
                    "client_id": cid,
                    "placed_at": as_of - back * DAY,
                    "amount_minor": amount,
                }
            )
    return Data(clients, orders, [], [], [], [], [])


@pytest.mark.parametrize(("db_url", "source"), SOURCES, indirect=["db_url"])
def test_a_tie_across_the_cut_is_taken_in_external_id_order(engine: Engine, source: str) -> None:
    """The rows a run takes are found by (score, revenue) first and the external
    id only among those tied with the last one: a group tied on both and split
    by max_per_run or --limit gives up its smallest external ids, and a
    client's rank (preview --client) counts the ties before it."""
    data = _tied_data()
    load(engine, data)
    _prepare_source(engine, data, source)
    tied = sorted(c["external_id"] for c in data.clients if c["external_id"].startswith("t"))
    for take, limit in ((15, None), (1000, 12), (40, None), (10, None)):
        campaign = _campaign({"select": {"last_order_days_min": 90}, "max_per_run": take})
        want_summary, want_rows = reference(
            data, campaign, as_of=to_epoch(AS_OF), now=to_epoch(NOW), tz=TZ
        )
        got_summary, got_rows = _sql(engine, campaign, limit=limit)
        assert got_summary == want_summary
        assert got_rows == want_rows[:limit]
        n = min(take, limit or take)
        assert [r["client"] for r in got_rows][10:] == tied[: n - 10]
    campaign = _campaign({"select": {"last_order_days_min": 90}})
    with engine.connect() as conn:
        for position, ext in enumerate(tied, start=11):
            _, rows = select_candidates(conn, campaign, as_of=AS_OF, now=NOW, tz=TZ, client=ext)
            [row] = list(rows)
            assert (row.external_id, row.rank) == (ext, position)


@pytest.mark.parametrize(("db_url", "source"), SOURCES, indirect=["db_url"])
def test_a_take_of_many_takes_every_survivor_in_order(engine: Engine, source: str) -> None:
    """max_per_run at MANY_TAKEN (from which PostgreSQL's statement tests the
    remaining rows in another form, so that it hashes their clients): every
    survivor, in rank order, as the reference takes them."""
    data = _tied_data()
    load(engine, data)
    _prepare_source(engine, data, source)
    campaign = _campaign({"select": {"last_order_days_min": 90}, "max_per_run": MANY_TAKEN})
    want_summary, want_rows = reference(
        data, campaign, as_of=to_epoch(AS_OF), now=to_epoch(NOW), tz=TZ
    )
    got_summary, got_rows = _sql(engine, campaign)
    assert got_summary == want_summary
    assert got_rows == want_rows
    assert len(got_rows) == got_summary["remaining"] > 20


def _sparse_data() -> Data:
    """Clients each lacking the data for one criterion: no NPS answer, no
    incident, no order; beside them one client who meets every criterion."""
    as_of = to_epoch(AS_OF)
    names = ["full", "no-nps", "no-incident", "no-order", "recent", "high-nps"]
    clients = [
        {
            "id": cid,
            "external_id": ext,
            "name": ext,
            "email": f"{ext}@ex.ru",
            "phone": None,
            "telegram_chat_id": None,
            "timezone": None,
            "locale": "ru",
            "manager": None,
            "email_consent": True,
            "sms_consent": None,
            "telegram_consent": None,
        }
        for cid, ext in enumerate(names, start=1)
    ]
    by_name = {c["external_id"]: c["id"] for c in clients}
    orders = [
        {
            "id": oid,
            "external_id": f"O{oid}",
            "client_id": by_name[ext],
            "placed_at": as_of - back * DAY,
            "amount_minor": 100_00 * oid,
        }
        for oid, (ext, back) in enumerate(
            [
                ("full", 400),
                ("full", 200),
                ("no-nps", 300),
                ("no-incident", 250),
                ("recent", 10),
                ("high-nps", 220),
            ],
            start=1,
        )
    ]
    nps = [
        {"client_id": by_name[ext], "score": score, "answered_at": as_of - 30 * DAY}
        for ext, score in [
            ("full", 2),
            ("no-incident", 3),
            ("no-order", 1),
            ("recent", 0),
            ("high-nps", 9),
        ]
    ]
    incidents = [
        {
            "client_id": by_name[ext],
            "kind": "complaint",
            "occurred_at": as_of - 20 * DAY,
            "outcome": None,
        }
        for ext in ("full", "no-nps", "no-order", "recent", "high-nps")
    ]
    return Data(clients, orders, nps, incidents, [], [], [])


@pytest.mark.parametrize(
    ("select", "taken"),
    [
        ({"last_order_days_min": 90, "nps_max": 6}, {"full", "no-incident"}),
        ({"last_order_days_min": 90, "conflict_within_days": 365}, {"full", "no-nps", "high-nps"}),
        ({"last_order_days_min": 90, "nps_max": 6, "conflict_within_days": 365}, {"full"}),
    ],
)
def test_match_all_leaves_out_a_client_with_no_data_for_a_criterion(
    engine: Engine, select: dict[str, Any], taken: set[str]
) -> None:
    """Under match = "all" only the clients who meet every criterion are taken:
    a lapsed client with no NPS answer (or no incident, or no order) has no
    data for that criterion and is excluded (not_all_criteria), not let
    through by a NULL flag."""
    data = _sparse_data()
    load(engine, data)
    campaign = _campaign({"select": {**select, "match": "all"}, "cooldown_days": 0})
    summary, rows = _sql(engine, campaign)
    asked = list(campaign.select.criteria())
    assert {r["client"] for r in rows} == taken
    assert all(r["reasons"] == asked for r in rows)
    assert summary["remaining"] == len(taken)
    assert summary["excluded"] == {"not_all_criteria": summary["lost"] - len(taken)}
    _, out = _sql(engine, campaign, excluded=True)
    everyone = {c["external_id"] for c in data.clients}
    assert {r["client"] for r in out} == everyone - taken
    assert (summary, rows) == reference(
        data, campaign, as_of=to_epoch(AS_OF), now=to_epoch(NOW), tz=TZ
    )


@pytest.mark.parametrize(("db_url", "source"), SOURCES, indirect=["db_url"])
def test_many_ties_at_the_abc_lines_are_classed_by_external_id(engine: Engine, source: str) -> None:
    """Two hundred clients tied on revenue across both ABC lines: each one's
    class depends on its place among them by external id, in the rows taken,
    in the ABC exclusion (rows taken and excluded) and in --client. (Every
    row's place is looked up: on PostgreSQL that once re-ran the boundary's
    window per row.)"""
    data = _tied_data(200)
    load(engine, data)
    _prepare_source(engine, data, source)
    as_of, now = to_epoch(AS_OF), to_epoch(NOW)
    classes: set[str] = set()
    for abc in (None, ["A"], ["B"], ["A", "C"]):
        select_spec: dict[str, Any] = {"last_order_days_min": 90, **({"abc": abc} if abc else {})}
        campaign = _campaign({"select": select_spec})
        want = reference(data, campaign, as_of=as_of, now=now, tz=TZ)
        assert _sql(engine, campaign) == want, abc
        _, want_out = reference(data, campaign, as_of=as_of, now=now, tz=TZ, excluded=True)
        assert _sql(engine, campaign, excluded=True)[1] == want_out, abc
        if abc is None:
            classes = {row["abc"] for row in want[1] if row["client"].startswith("t")}
            # a tied client at each side of each line
            ahead = {row["client"]: row for row in want[1]}
            with engine.connect() as conn:
                for ext in ("t000", "t148", "t149", "t187", "t188", "t199"):
                    _, rows = select_candidates(
                        conn, campaign, as_of=AS_OF, now=NOW, tz=TZ, client=ext
                    )
                    [row] = list(rows)
                    assert (row.abc, row.rank) == (ahead[ext]["abc"], ahead[ext]["rank"]), ext
    assert classes == {"A", "B", "C"}


def test_email_suppressions_are_found_through_the_lower_email_index(
    sqlite_engine: Engine,
) -> None:
    """SQLite compared `lower(email) IN (SELECT address …)` with the address
    column's affinity and so could not use the index on lower(email): it
    scanned every client to build the opted-out set (0.4 s on 1,000,000,
    BENCHMARKS.md). The suppressed addresses are now looked up in the index,
    on every kind of statement (taken, excluded, one client) and both widths."""
    load(sqlite_engine, make_data(4))
    with sqlite_engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    campaign = _campaign({"channels": ["email", "sms"], "select": {"last_order_days_min": 60}})
    for kwargs in ({}, {"excluded": True}, {"client": "C001-1"}, {"contacts": False}):
        with sqlite_engine.connect() as conn:
            statement = build_statement(conn, campaign, as_of=AS_OF, now=NOW, tz=TZ, **kwargs)
            sql = explain(conn, statement)
            plan = [row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql)]
        assert "SCAN clients" not in plan, (kwargs, plan)
        assert any("INDEX ix_clients_email_lower" in step for step in plan), (kwargs, plan)


@pytest.mark.parametrize("channels", [["email"], ["email", "call"], ["call"], ["email", "sms"]])
def test_opted_out_and_channels_with_a_call_follow_the_reference(
    engine: Engine, channels: list[str]
) -> None:
    """A manager's call goes to the phone with the SMS consent and is ruled
    out by a suppression on any channel: beside messaging channels, a client
    suppressed on all of those is opted out; alone, one suppressed on any
    channel is. The statement's opted-out set and chosen channels match the
    reference, taken and excluded, on every database."""
    data = make_data(6, n_clients=400)
    assert any(s["channel"] == "email" and s["address"] for s in data.suppressions)
    load(engine, data)
    campaign = _campaign({"channels": channels, "select": {"last_order_days_min": 30}})
    ref = {"as_of": to_epoch(AS_OF), "now": to_epoch(NOW), "tz": TZ}
    want_summary, want_rows = reference(data, campaign, **ref)
    got_summary, got_rows = _sql(engine, campaign)
    assert got_summary == want_summary
    # opted out only if suppressed on both: no client of this data is
    assert bool(want_summary["excluded"].get("opted_out")) == (channels != ["email", "sms"])
    assert len(got_rows) == len(want_rows)
    for got, want in zip(got_rows, want_rows, strict=True):
        assert_same_row(got, want, str(channels))
    if "call" in channels:
        assert "call" in {row["channel"] for row in got_rows}
    _, want_out = reference(data, campaign, excluded=True, **ref)
    _, got_out = _sql(engine, campaign, excluded=True)
    assert len(got_out) == len(want_out)
    for got, want in zip(got_out, want_out, strict=True):
        assert_same_row(got, want, f"{channels} (excluded)")
