"""Report benchmark: `winback attribute` and `winback report --format json`
against the bare per-client aggregate over the orders.

Run by hand, never as a timed test:

    python benchmarks/bench_report.py                   # SQLite and PostgreSQL
    python benchmarks/bench_report.py --db sqlite --rounds 5
    python benchmarks/bench_report.py --rebuild         # rebuild the report copies
    python benchmarks/bench_report.py --profile         # where report's time goes

The target (issue 14): on 1,000,000 clients with 10,000,000 orders and
100,000 assignments, `winback report --format json` (the whole CLI, start-up
included, JSON to /dev/null) takes at most 2x the bare aggregate

    SELECT client_id, max(placed_at), count(*), sum(amount_minor)
    FROM orders GROUP BY client_id

measured in the same run (the aggregate at its fastest); and `winback
attribute` is incremental: a second run with nothing new costs a small
fraction of the first.

The data is bench_selection.py's (built by it when missing: the same rows on
SQLite and PostgreSQL), copied -- benchmarks/_data/bench-report.db, the
database `winback_bench_report` -- so that the selection benchmark's data
stays as it is, and given, in SQL and deterministically, 95,000 more
assignments (with bench_selection's ~5,000, about 100,000): monthly cycles of
three campaigns in the second half of 2024, 10 % holdout, the treatment with
an offer code and a message (email, Telegram or SMS; 92 % sent), and for 8 %
of the treatment an order carrying the code, up to 40 days after the cycle
(some after the 30-day window). Everything is evaluated as of 2025-01-01
(Moscow), the data set's end: December's windows are still open.

Each round runs, in turn: the aggregate through the plain DB-API driver and
through the sqlite3 / psql command; then the outcomes are emptied (outcomes,
attribution state and stale marks deleted, as on a database that never ran
it) and `winback attribute --as-of 2025-01-01` runs twice -- the first run
judges every assignment, the second finds nothing new -- then `winback report
--format json --as-of 2025-01-01`. Peak memory is `/usr/bin/time -v`'s of the
command itself. The JSON of both databases is compared (sha256).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import hashlib
import os
import pstats
import re
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_selection as base
from bench_selection import AS_OF, DATA, ROOT, TZ_NAME, Dialect, Series, log, pick

REPORT_DB = "winback_bench_report"
INACTIVE_DAYS = 180  # [report] inactive_days: the config below leaves the default
DAY = 86_400
HOLDOUT_PERCENT = 10
CODE_ORDER_PERCENT = 8  # of the treatment: an order with the offer code
STRIDE = 7_919  # a prime: i * STRIDE mod the client count visits every client once

# (campaign, first cycle, code prefix, size, first day, cycles) -- monthly cycles
CAMPAIGNS = (
    ("lapsed-regulars", 2, "BACK", 10_000, dt.date(2024, 7, 1), 6),
    ("conflict-apology", 1, "SORRY", 5_000, dt.date(2024, 9, 15), 4),
    ("nps-detractors", 1, "NPS", 5_000, dt.date(2024, 10, 5), 3),
)
FIRST_RUN_ID = 1_001


@dataclass(frozen=True)
class Cycle:
    run_id: int
    campaign: str
    cycle: int
    prefix: str
    size: int
    at: int  # epoch: 10:00 Moscow time on its day
    offset: int  # where its clients start in the permutation


def cycles() -> list[Cycle]:
    tz = base.zoneinfo.ZoneInfo(TZ_NAME)
    out: list[Cycle] = []
    for name, first, prefix, size, day, count in CAMPAIGNS:
        for k in range(count):
            month = day.month - 1 + k
            when = dt.datetime(day.year + month // 12, month % 12 + 1, day.day, 10, tzinfo=tz)
            run_id = FIRST_RUN_ID + len(out)
            out.append(
                Cycle(run_id, name, first + k, prefix, size, int(when.timestamp()), run_id * 3_331)
            )
    return out


# ---------------------------------------------------------------- the data


def cycles_values() -> str:
    return ", ".join(
        f"({c.run_id}, '{c.campaign}', {c.cycle}, '{c.prefix}', {c.size}, {c.at}, {c.offset})"
        for c in cycles()
    )


def report_rows(d: Dialect, as_of: int, clients: int) -> list[str]:
    """Cycles, assignments, messages and code orders, in SQL (rb_cycles and
    rb_i, the numbers 0..9,999, exist)."""
    k = "(c.run_id * 100000 + i.i)"
    key = "(CAST(a.run_id AS BIGINT) * 1000003 + a.client_id)"  # the same on both databases
    holdout = f"{pick(k, 101, 100)} < {HOLDOUT_PERCENT}"
    channel = (
        f"CASE WHEN {pick(key, 102, 100)} < 50 THEN 'email' "
        f"WHEN {pick(key, 102, 100)} < 80 THEN 'telegram' ELSE 'sms' END"
    )
    status = f"CASE WHEN {pick(key, 103, 100)} < 92 THEN 'sent' ELSE 'failed' END"
    delay = f"{pick(key, 112, 40 * DAY)}"
    mine = f"a.run_id >= {FIRST_RUN_ID}"
    return [
        """INSERT INTO campaign_runs (id, campaign, cycle, status, open_slot, as_of, planned_at,
                                       finished_at, planned_by, config_digest, selected, holdout,
                                       summary)
            SELECT run_id, campaign, cycle, 'finished', NULL, at_ts, at_ts, at_ts + 7200, 'bench-report',
                   NULL, size, size / 10, NULL
            FROM rb_cycles""",
        f"""INSERT INTO assignments (run_id, campaign, client_id, group_name, rank, score, reasons,
                                     revenue_minor, orders_count, last_order_at, abc, xyz,
                                     offer_code, offer_valid_until, outcome, created_at)
            SELECT run_id, campaign, client_id, g, rank, 0.5, 'recency', 250000, 4, NULL, 'B', 'Y',
                   CASE WHEN g = 'treatment' THEN prefix || '-' || {d.text("k")} END,
                   CASE WHEN g = 'treatment' THEN at_ts + 21 * {DAY} END,
                   CASE WHEN g = 'treatment' THEN NULL ELSE 'held_out' END, at_ts
            FROM (SELECT c.run_id, c.campaign, c.prefix, c.at_ts, {k} AS k, i.i + 1 AS rank,
                         (i.i * {STRIDE} + c.start) % {clients} + 1 AS client_id,
                         CASE WHEN {holdout} THEN 'holdout' ELSE 'treatment' END AS g
                  FROM rb_cycles AS c JOIN rb_i AS i ON i.i < c.size) AS x
            ORDER BY run_id, rank""",
        f"""INSERT INTO messages (assignment_id, run_id, client_id, campaign, idempotency_key,
                                  channel, recipient, tried_channels, status, attempts, segments,
                                  error_reason, error_permanent, created_at, updated_at, sent_at,
                                  sent_by)
            SELECT id, run_id, client_id, campaign, 'bench-report:' || {d.text("id")}, ch, NULL,
                   ch, st, 1, CASE WHEN ch = 'sms' THEN 1 + client_id % 2 END,
                   CASE WHEN st = 'failed' THEN 'rejected' END,
                   CASE WHEN st = 'failed' THEN TRUE END,
                   created_at, created_at + 3600, CASE WHEN st = 'sent' THEN created_at + 3600 END,
                   CASE WHEN st = 'sent' THEN 'bench' END
            FROM (SELECT a.id, a.run_id, a.client_id, a.campaign, a.created_at,
                         {channel} AS ch, {status} AS st
                  FROM assignments AS a WHERE {mine} AND a.group_name = 'treatment') AS m
            ORDER BY id""",
        f"""INSERT INTO orders (external_id, client_id, placed_at, amount_minor, currency,
                                category, promo_code)
            SELECT 'R' || {d.text(key)}, a.client_id, a.created_at + {delay},
                   (500 + {pick(key, 113, 3000)}) * 100, 'RUB', 'tea', a.offer_code
            FROM assignments AS a
            WHERE {mine} AND a.group_name = 'treatment'
              AND {pick(key, 111, 100)} < {CODE_ORDER_PERCENT}
              AND a.created_at + {delay} <= {as_of}
            ORDER BY a.created_at + {delay}, a.client_id""",
        # a fresh start for attribute: the base data's load marked every client
        "DELETE FROM attribution_stale",
    ]


def build_sqlite(source: Path, path: Path, clients: int) -> None:
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dest = sqlite3.connect(tmp)
    src.backup(dest)
    src.close()
    log(f"sqlite: copied {source.name} in {time.perf_counter() - t0:.0f} s")
    dest.isolation_level = None
    dest.executescript(
        "PRAGMA journal_mode=DELETE; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;"
    )
    dest.execute("BEGIN")
    dest.execute(
        "CREATE TEMP TABLE rb_cycles (run_id INTEGER, campaign TEXT, cycle INTEGER, "
        "prefix TEXT, size INTEGER, at_ts INTEGER, start INTEGER)"
    )
    dest.execute(f"INSERT INTO rb_cycles VALUES {cycles_values()}")
    dest.execute(
        "CREATE TEMP TABLE rb_i AS WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL "
        "SELECT i + 1 FROM s WHERE i < 9999) SELECT i FROM s"
    )
    for sql in report_rows(base.SQLITE, base.as_of_epoch(), clients):
        dest.execute(sql)
    dest.execute("COMMIT")
    dest.execute("ANALYZE")
    dest.execute("PRAGMA journal_mode=WAL")
    dest.close()
    log(f"sqlite: report rows added in {time.perf_counter() - t0:.0f} s")
    tmp.rename(path)


def build_postgres(source: str, db: str, clients: int) -> None:
    import psycopg

    tmp = f"{db}_building"
    t0 = time.perf_counter()
    with psycopg.connect(base.pg_admin_url(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {tmp} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {tmp} TEMPLATE {source}")
    log(f"postgresql: copied {source} in {time.perf_counter() - t0:.0f} s")
    with psycopg.connect(base.pg_url(tmp), autocommit=True) as con:
        with con.transaction():
            con.execute(
                "CREATE TEMP TABLE rb_cycles (run_id bigint, campaign text, cycle int, "
                "prefix text, size int, at_ts bigint, start bigint)"
            )
            con.execute(f"INSERT INTO rb_cycles VALUES {cycles_values()}")
            con.execute(
                "CREATE TEMP TABLE rb_i AS SELECT i::bigint AS i FROM generate_series(0, 9999) AS g(i)"
            )
            for sql in report_rows(base.POSTGRES, base.as_of_epoch(), clients):
                con.execute(sql)
            con.execute(
                "SELECT setval(pg_get_serial_sequence('campaign_runs', 'id'), "
                "(SELECT max(id) FROM campaign_runs))"
            )
        con.execute("VACUUM (ANALYZE)")  # index-only scans want an all-visible table
    log(f"postgresql: report rows added in {time.perf_counter() - t0:.0f} s")
    with psycopg.connect(base.pg_admin_url(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        admin.execute(f"ALTER DATABASE {tmp} RENAME TO {db}")


def report_path(clients: int) -> Path:
    return DATA / ("bench-report.db" if clients == 1_000_000 else f"bench-report-{clients}.db")


def report_db(clients: int) -> str:
    return REPORT_DB if clients == 1_000_000 else f"{REPORT_DB}_{clients}"


# ---------------------------------------------------------------- the config

CAMPAIGN_TOML = """
[[campaigns]]
name = "{name}"
templates = "lapsed-regulars"
channels = ["telegram", "email", "sms"]
max_per_run = 500
holdout_percent = 10

[campaigns.select]
last_order_days_min = 90

[campaigns.offer]
discount_percent = 10
code_prefix = "{prefix}"

[campaigns.cost]
email = "0.40"
sms_segment = "3.50"
telegram = "0.10"
"""


def write_config(short: str, url: str) -> Path:
    path = DATA / f"bench-report-{short}.toml"
    path.write_text(
        "# Written by benchmarks/bench_report.py.\n"
        f'templates_dir = "{ROOT / "campaign_templates"}"\n\n'
        f'[database]\nurl = "{url}"\n\n[logging]\nlevel = "warning"\n\n'
        f'[scheduler]\ntimezone = "{TZ_NAME}"\n'
        + "".join(CAMPAIGN_TOML.format(name=c[0], prefix=c[2]) for c in CAMPAIGNS),
        encoding="utf-8",
    )
    return path


# ---------------------------------------------------------------- measuring


def winback(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "winback", "--config", str(config), *args, "--as-of", AS_OF]


ATTRIBUTE = ("attribute",)
REPORT = ("report", "--format", "json")


def run(cmd: list[str]) -> tuple[float, float, bytes]:
    """Wall seconds, peak RSS (MB) of the command itself, its standard output."""
    t0 = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, env=base.clean_env())
    elapsed = time.perf_counter() - t0
    err = done.stderr.decode()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[3:])} failed ({done.returncode}):\n{err}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    return elapsed, int(rss.group(1)) / 1024 if rss else float("nan"), done.stdout


def reset_outcomes(url: str) -> None:
    """As on a database where `attribute` never ran."""
    from winback.db import make_engine

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            for table in ("assignment_outcomes", "attribution_state", "attribution_stale"):
                conn.exec_driver_sql(f"DELETE FROM {table}")
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM (ANALYZE) assignment_outcomes"
                )
    finally:
        engine.dispose()


def counts(url: str) -> str:
    from winback.db import make_engine

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            q = conn.exec_driver_sql
            n = [
                q(sql).scalar_one()
                for sql in (
                    "SELECT COUNT(*) FROM clients",
                    "SELECT COUNT(*) FROM orders",
                    "SELECT COUNT(*) FROM assignments",
                    "SELECT COUNT(*) FROM assignments WHERE group_name = 'holdout'",
                    "SELECT COUNT(*) FROM messages",
                    "SELECT COUNT(*) FROM orders WHERE promo_code IS NOT NULL",
                )
            ]
    finally:
        engine.dispose()
    return (
        f"{n[0]:,} clients, {n[1]:,} orders, {n[2]:,} assignments ({n[3]:,} holdout), "
        f"{n[4]:,} messages, {n[5]:,} orders with an offer code"
    )


@dataclass
class Result:
    db: str
    baseline: float
    series: list[Series]
    digest: str
    headline: str


def headline(report_json: bytes) -> str:
    import json

    data = json.loads(report_json)
    parts = []
    for c in data.get("campaigns", []):
        u = c.get("uplift", {})
        parts.append(
            f"{c['campaign']}: treatment {c['treatment']['returned']}/{c['treatment']['closed']}, "
            f"holdout {c['holdout']['returned']}/{c['holdout']['closed']}, uplift {u.get('value')}"
        )
    return "; ".join(parts)


def own_seconds(line: bytes, full: bool) -> float:
    """The time `attribute` reports for its own work (start-up excluded),
    checking that the run was the kind expected."""
    text = line.decode()
    found = re.search(r"judged (\d+) \((full|incremental)\);.*; ([\d.]+) s$", text.strip())
    if not found or (found.group(2) == "full") != full or (not full and found.group(1) != "0"):
        raise SystemExit(f"attribute did not do what was expected: {text}")
    return float(found.group(3))


def bench(db: str, url: str, config: Path, rounds: int, with_report: bool = True) -> Result:
    agg_py = Series("bare aggregate, Python DB-API (all rows fetched)")
    agg_cli = Series(f"bare aggregate, {'sqlite3' if db == 'SQLite' else 'psql'} CLI > /dev/null")
    first = Series("`winback attribute` first run (every assignment judged)")
    second = Series("`winback attribute` second run (nothing new)")
    first_own = Series("- of it attribute's own work (first run, as it reports)")
    second_own = Series("- of it attribute's own work (second run, as it reports)")
    report = Series("`winback report --format json` > /dev/null")
    run_py, run_cli = base.aggregate_python(url), base.aggregate_cli(url)
    log(f"{db}: warm-up (untimed)")
    run_py()
    reset_outcomes(url)
    run(winback(config, *ATTRIBUTE))
    out = run(winback(config, *REPORT))[2] if with_report else b"{}"
    (DATA / f"bench-report-{db.lower()}.json").write_bytes(out)
    digest = hashlib.sha256(out).hexdigest()[:16]
    for r in range(1, rounds + 1):
        agg_py.seconds.append(base.timed(run_py))
        agg_cli.seconds.append(base.timed(run_cli))
        reset_outcomes(url)
        steps = [(first, first_own, ATTRIBUTE), (second, second_own, ATTRIBUTE)]
        for series, own, args in steps + ([(report, None, REPORT)] if with_report else []):
            seconds, rss, stdout = run(winback(config, *args))
            series.seconds.append(seconds)
            series.rss_mb.append(rss)
            if own is not None:
                own.seconds.append(own_seconds(stdout, full=own is first_own))
        log(
            f"{db} round {r}: aggregate {agg_py.seconds[-1]:.2f} / {agg_cli.seconds[-1]:.2f} s, "
            f"attribute {first.seconds[-1]:.2f} s ({first_own.seconds[-1]:.2f} own) then "
            f"{second.seconds[-1]:.2f} s ({second_own.seconds[-1]:.2f} own)"
            + (
                f", report {report.seconds[-1]:.2f} s ({report.rss_mb[-1]:.0f} MB)"
                if with_report
                else ""
            )
        )
    baseline = min(agg_py.best, agg_cli.best)
    series = [agg_py, agg_cli, first, first_own, second, second_own]
    series += [report] if with_report else []
    return Result(db, baseline, series, digest, headline(out))


# ---------------------------------------------------------------- profiling


@dataclass
class Statement:
    sql: str
    seconds: float = 0.0
    calls: int = 0


# The report's stages, timed by wrapping these module attributes (build.py
# calls them through their modules, or imports `totals` by name).
REPORT_STAGES = (
    ("winback.reports.campaigns", "tally", "campaign measures (read the assignments, tally)"),
    ("winback.reports.build", "totals", "totals and overlap (orders per assignment)"),
    (
        "winback.reports.churn",
        "activity",
        "churn and loss reasons: active and lost clients per month",
    ),
    ("winback.reports.churn", "_count", "– of it, the rows counted in Python"),
    (
        "winback.reports.spelled",
        "activity",
        "churn and loss reasons from the activity spells",
    ),
    ("winback.reports.spelled", "_count", "– of it, the rows counted in Python"),
    ("winback.reports.churn", "revenue_before", "churn: revenue before each month's end (LTV)"),
)


def timed_stages(stages: dict[str, float]) -> None:
    import importlib

    def wrap(fn: Callable[..., object], label: str) -> Callable[..., object]:
        def timed_fn(*args: object, **kwargs: object) -> object:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                stages[label] = stages.get(label, 0.0) + time.perf_counter() - t0

        return timed_fn

    for module, name, label in REPORT_STAGES:
        mod = importlib.import_module(module)
        setattr(mod, name, wrap(getattr(mod, name), label))


def profile(config: Path, what: str, cpu: bool) -> None:
    """In this process: `attribute` (after a reset) or the report, with every
    SQL statement timed (on SQLite the time to its first row: the rest is
    spent fetching), the report's stages timed, and with ``cpu`` a second run
    under cProfile."""
    from sqlalchemy import Engine, event

    from winback.config import load_config
    from winback.db import make_engine
    from winback.timeutil import parse_moment

    settings = load_config(config)
    as_of = parse_moment(AS_OF, settings.tz)
    engine = make_engine(settings.database.url)
    stats: dict[str, Statement] = {}
    stages: dict[str, float] = {}
    started: list[float] = []

    def before(*_args: object) -> None:
        started.append(time.perf_counter())

    def after(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        entry = stats.setdefault(statement, Statement(statement))
        entry.seconds += time.perf_counter() - started.pop()
        entry.calls += 1

    call: Callable[[], object]
    if what == "attribute":
        from winback.attribution import attribute

        def call() -> object:
            reset_outcomes(settings.database.url)
            return attribute(engine, settings, as_of=as_of)
    else:
        import json

        from winback.reports import ReportRequest, build_report, prepare

        timed_stages(stages)
        request = ReportRequest(as_of=as_of)

        def call() -> object:  # as `winback report` does
            prepare(engine, settings)
            return json.dumps(build_report(engine, settings, request))

    call()  # warm
    stages.clear()
    event.listen(Engine, "before_cursor_execute", before)
    event.listen(Engine, "after_cursor_execute", after)
    t0 = time.perf_counter()
    call()
    total = time.perf_counter() - t0
    event.remove(Engine, "before_cursor_execute", before)
    event.remove(Engine, "after_cursor_execute", after)
    in_sql = sum(s.seconds for s in stats.values())
    print(f"\n{what}: {total:.2f} s in process, {in_sql:.2f} s in {len(stats)} SQL statements")
    for label, seconds in stages.items():
        print(f"  stage {seconds:7.2f} s  {label}")
    for s in sorted(stats.values(), key=lambda s: -s.seconds)[:12]:
        text = " ".join(s.sql.split())
        print(f"  {s.seconds:7.2f} s  x{s.calls:<5} {text[:300]}")
    if cpu:
        prof = cProfile.Profile()
        prof.runcall(call)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(30)
    engine.dispose()


# ---------------------------------------------------------------- main


def prepared(target: str, rebuild: bool, clients: int) -> Iterator[tuple[str, str, str]]:
    """(label, short name, url) of each report copy, built when missing."""
    if target == "sqlite":
        source = base.sqlite_path(clients)
        if not source.exists():
            log(f"building {source} (bench_selection.py's data)")
            base.build_sqlite(source, clients)
        path = report_path(clients)
        if rebuild or not path.exists():
            # the shared source is migrated only to be copied (other helpers'
            # code may be at another revision)
            base.migrate_to_head(f"sqlite:///{source}")
            log(f"building {path}")
            build_sqlite(source, path, clients)
        url = f"sqlite:///{path}"
        base.migrate_to_head(url)
        prime(url)
        yield "SQLite", "sqlite", url
        return
    source_db, db = base.pg_db_name(clients), report_db(clients)
    if not base.pg_exists(source_db):
        log(f"building PostgreSQL database {source_db} (bench_selection.py's data)")
        base.build_postgres(source_db, clients)
        base.migrate_to_head(base.pg_url(source_db), full_stats=True)
    if rebuild or not base.pg_exists(db):
        log(f"building PostgreSQL database {db}")
        build_postgres(source_db, db, clients)
    url = base.pg_url(db)
    base.migrate_to_head(url)
    prime(url)
    yield "PostgreSQL", "postgresql", url


def prime(url: str) -> None:
    """What the first `winback report` (or `winback db refresh-stats`) does
    once: the activity spells built for [report] inactive_days, so the timed
    reports find them current (later refreshes are incremental)."""
    from winback import order_stats
    from winback.db import make_engine

    engine = make_engine(url)
    try:
        result = order_stats.refresh(engine, inactive_days=INACTIVE_DAYS)
        if result.clients:
            log(result.line())
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=1_000_000, help="Of bench_selection's data.")
    parser.add_argument("--rebuild", action="store_true", help="Rebuild the report copies.")
    parser.add_argument("--build-only", action="store_true", help="Build (or migrate) and stop.")
    parser.add_argument("--no-report", action="store_true", help="Time attribute only.")
    parser.add_argument("--cpu", action="store_true", help="With --profile: also cProfile it.")
    parser.add_argument(
        "--profile",
        choices=["report", "attribute"],
        help="Instead of timing: run it in this process, SQL statements timed, CPU profiled.",
    )
    args = parser.parse_args(argv)
    DATA.mkdir(parents=True, exist_ok=True)
    targets = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    plans = [p for t in targets for p in prepared(t, args.rebuild, args.clients)]
    for db, _, url in plans:
        log(f"{db}: {counts(url)}")
    if args.build_only:
        return
    if args.profile:
        for db, short, url in plans:
            print(f"\n## {db}")
            profile(write_config(short, url), args.profile, args.cpu)
        return
    load_before = os.getloadavg()
    results = [
        bench(db, url, write_config(short, url), args.rounds, not args.no_report)
        for db, short, url in plans
    ]
    load_after = os.getloadavg()
    print(
        f"\n{counts(plans[0][2])}; as of {AS_OF} ({TZ_NAME}); {args.rounds} rounds, "
        "alternating, after an untimed warm-up"
    )
    print(
        f"{base.machine()}; {dt.date.today().isoformat()}; load average "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (others share the machine)\n"
    )
    print(base.table(results))  # type: ignore[arg-type]  # same fields as its Result
    print()
    for res in results:
        print(f"- {res.db}: report JSON sha256 {res.digest}…; {res.headline}")
    if len({res.digest for res in results}) > 1:
        print("- WARNING: the databases disagree on the report")


if __name__ == "__main__":
    main()
