"""Plan-write benchmark: how long writing a cycle's plan takes, and what the
database's own checks cost of it, on bench_selection.py's data (1,000,000
clients; build it first with `python benchmarks/bench_selection.py
--build-only`).

Run by hand, never as a timed test:

    python benchmarks/bench_plan_write.py plan --db sqlite --rounds 3
    python benchmarks/bench_plan_write.py plan --db sqlite --cache-kib 2000,16384,32768
    python benchmarks/bench_plan_write.py plan --db postgresql --chunk 500,2000,5000
    python benchmarks/bench_plan_write.py copy --rounds 2      # PostgreSQL only

``plan``: what `winback run-once` does before sending (winback.runner._plan)
for a campaign that takes 50,000, in this process: the whole planning and,
within it, the time spent in bulkload.insert_values (the assignments' and
messages' rows). The plan is deleted after each round. With --cache-kib, the
rounds alternate between SQLite page caches for the plan's transaction
(winback.db.SQLITE_WRITE_CACHE_KIB), to compare them in one run; with
--chunk, between sizes of the chunks the plan is written in (PlanSpool.CHUNK:
a statement or a COPY of each table per chunk).

``copy``: COPY of 50,000 assignments and 45,000 messages into
winback_bench in one transaction that is rolled back, with the foreign-key
triggers and without them (session_replication_role = replica): the share
of the write that the row-level key checks take on PostgreSQL.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_selection as bs

TAKE = 50_000


def plan_rounds(db: str, rounds: int, caches: list[int | None], chunks: list[int | None]) -> None:
    from winback import bulkload, runner
    from winback import db as wdb
    from winback.config import load_config
    from winback.db import make_engine
    from winback.outcomes.plan import PlanSpool
    from winback.timeutil import parse_moment

    url = (
        f"sqlite:///{bs.sqlite_path(1_000_000)}"
        if db == "sqlite"
        else bs.pg_url(bs.pg_db_name(1_000_000))
    )
    config = bs.write_config(db, url, 1_000_000, take=TAKE)
    settings = load_config(config)
    options = runner.RunOptions(as_of=parse_moment(bs.AS_OF, settings.tz))
    spent = [0.0]
    insert_values = bulkload.insert_values

    def timed_insert(*args: object, **kwargs: object) -> None:
        t0 = time.perf_counter()
        insert_values(*args, **kwargs)  # type: ignore[arg-type]
        spent[0] += time.perf_counter() - t0

    bulkload.insert_values = timed_insert  # type: ignore[assignment]
    variants = [(cache, chunk) for cache in caches for chunk in chunks]
    for n in range(rounds):
        for cache, chunk in variants:
            if cache is not None:
                wdb.SQLITE_WRITE_CACHE_KIB = cache
            if chunk is not None:
                PlanSpool.CHUNK = chunk
            bs.drop_plans(url)
            engine = make_engine(url)
            spent[0] = 0.0
            t0 = time.perf_counter()
            runner._plan(engine, settings, settings.campaign(bs.CAMPAIGN), options, bs.PLANNER)
            total = time.perf_counter() - t0
            engine.dispose()
            bs.drop_plans(url)
            label = "" if cache is None else f"cache {cache} KiB: "
            label += "" if chunk is None else f"chunk {chunk}: "
            print(f"round {n + 1}: {label}planning {total:.2f} s, insert_values {spent[0]:.2f} s")


def copy_rounds(rounds: int) -> None:
    import psycopg

    url = bs.pg_url(bs.pg_db_name(1_000_000))
    for n in range(rounds):
        for mode in ("triggers", "replica"):
            with psycopg.connect(url) as conn:
                clients = [
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM clients ORDER BY random() LIMIT %s", (TAKE,)
                    )
                ]
                with conn.transaction(force_rollback=True):
                    if mode == "replica":
                        conn.execute("SET LOCAL session_replication_role = replica")
                    run_id = conn.execute(
                        "INSERT INTO campaign_runs (campaign, cycle, status, open_slot, as_of, "
                        "planned_at, planned_by, selected, holdout) VALUES "
                        "('bench-copy', 1, 'open', 1, 0, 0, 'bench-copy', 0, 0) RETURNING id"
                    ).fetchone()[0]  # type: ignore[index]
                    ids = [
                        r[0]
                        for r in conn.execute(
                            "SELECT nextval('assignments_id_seq') FROM generate_series(1, %s)",
                            (TAKE,),
                        )
                    ]
                    t0 = time.perf_counter()
                    with conn.cursor().copy(
                        "COPY assignments (id, run_id, campaign, client_id, group_name, rank, "
                        "score, reasons, revenue_minor, orders_count, created_at, offer_code) "
                        "FROM STDIN"
                    ) as copy:
                        for i, (aid, cid) in enumerate(zip(ids, clients, strict=True)):
                            copy.write_row((aid, run_id, "bench-copy", cid, "treatment", i,
                                            0.5, "recency", 100, 3, 0, f"BC{aid}"))  # fmt: skip
                    t1 = time.perf_counter()
                    with conn.cursor().copy(
                        "COPY messages (assignment_id, run_id, client_id, campaign, "
                        "idempotency_key, status, attempts, created_at, updated_at) FROM STDIN"
                    ) as copy:
                        for aid, cid in zip(ids[: TAKE * 9 // 10], clients, strict=False):
                            copy.write_row((aid, run_id, cid, "bench-copy", f"bc-{aid}",
                                            "pending", 0, 0, 0))  # fmt: skip
                    t2 = time.perf_counter()
            print(f"round {n + 1}: {mode}: assignments {t1 - t0:.2f} s, messages {t2 - t1:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["plan", "copy"])
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--cache-kib",
        type=lambda text: [int(x) for x in text.split(",")],
        help="plan on SQLite: alternate these page caches (KiB) for the plan's transaction",
    )
    parser.add_argument(
        "--chunk",
        type=lambda text: [int(x) for x in text.split(",")],
        help="plan: alternate these chunk sizes of the plan's writes (PlanSpool.CHUNK)",
    )
    args = parser.parse_args()
    if args.what == "copy":
        copy_rounds(args.rounds)
    else:
        plan_rounds(args.db, args.rounds, args.cache_kib or [None], args.chunk or [None])


if __name__ == "__main__":
    main()
