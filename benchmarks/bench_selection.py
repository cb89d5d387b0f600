"""Selection benchmark: a full `winback preview` against the bare per-client aggregate.

Run by hand, never as a timed test:

    python benchmarks/bench_selection.py                    # SQLite and PostgreSQL
    python benchmarks/bench_selection.py --db sqlite --rounds 5
    python benchmarks/bench_selection.py --rebuild          # regenerate the data

The target (issue text): on 1,000,000 clients with 10,000,000 orders, a full
preview (JSON to /dev/null, the whole CLI including start-up) takes at most 2x
the bare aggregate

    SELECT client_id, max(placed_at), count(*), sum(amount_minor)
    FROM orders GROUP BY client_id

on the same database in the same run (the aggregate at its fastest), and the
preview process peaks under 500 MB.

The data is built directly in SQL, deterministically: every value is a
function of the row number through a multiplicative hash modulo the prime
2^31 - 1, so SQLite and PostgreSQL get the very same rows and the preview
prints the same JSON on both (the script checks that). SQLite lives in
benchmarks/_data/ (git-ignored); PostgreSQL in the database `winback_bench`.
Both are migrated to head with winback's own migrations and reused on the
next run unless --rebuild is given.

Each round runs, in turn: the aggregate from this Python process through the
plain DB-API driver (sqlite3 / psycopg, every row fetched), the aggregate
through the sqlite3 / psql command with its output to /dev/null, the preview
command, and select_candidates() alone in this process (these machines are
noisy: compare within one run, look at min and median). The ratio is taken
against the faster of the two aggregates. Peak memory of the preview process
is `/usr/bin/time -v`'s "Maximum resident set size" of the command itself (not
RUSAGE_CHILDREN of this large parent; see /work/shared/TRAPS.md). --diagnose
adds the same campaign without the overdue criterion.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import time
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "_data"
TZ_NAME = "Europe/Moscow"
AS_OF = "2025-01-01"  # midnight in TZ_NAME; every order is at or before it
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
PG_DB = "winback_bench"
CAMPAIGN = "lapsed-regulars"
AGGREGATE = (
    "SELECT client_id, max(placed_at), count(*), sum(amount_minor) FROM orders GROUP BY client_id"
)
P = 2_147_483_647  # 2^31 - 1, prime


# ---------------------------------------------------------------- the data set


def h(expr: str, salt: int) -> str:
    """SQL for a pseudo-random integer in [0, P) from an integer expression.

    Two rounds of a multiplicative (Lehmer) step modulo the prime 2^31 - 1;
    every intermediate stays below 2^63 for row numbers up to 2^32, so SQLite
    and PostgreSQL (bigint) compute the same value.
    """
    a = 1_103_515_245 + 7919 * salt
    b = 12_345 + 104_729 * salt
    return f"(((({expr}) * {a} + {b}) % {P}) * 48271 % {P})"


def pick(expr: str, salt: int, m: int) -> str:
    """SQL for a pseudo-random integer in [0, m)."""
    return f"({h(expr, salt)} % {m})"


@dataclass
class Dialect:
    name: str
    pad7: Callable[[str], str]  # zero-padded decimal text of an integer expression
    text: Callable[[str], str]

    def pad(self, expr: str, width: int) -> str:
        return self.pad7(expr) if width == 7 else self.text(expr)


SQLITE = Dialect("sqlite", lambda e: f"printf('%07d', {e})", lambda e: f"CAST({e} AS TEXT)")
POSTGRES = Dialect("postgresql", lambda e: f"lpad(({e})::text, 7, '0')", lambda e: f"({e})::text")


def as_of_epoch() -> int:
    day = dt.date.fromisoformat(AS_OF)
    return int(
        dt.datetime(day.year, day.month, day.day, tzinfo=zoneinfo.ZoneInfo(TZ_NAME)).timestamp()
    )


def params_select(d: Dialect, series: str, as_of: int) -> str:
    """Per-client behaviour: number of orders, rhythm, silence, spend.

    k (orders): 5 % none, 7 % one, 10 % 2-4, 58 % 5-15, 20 % 10-28 (mean ~10).
    gap (days between orders): 7, 14, 30, 60, 120 or 240.
    silence (days since the last order): 62 % within one rhythm (active),
    13 % slipping (1.5-4 rhythms), 25 % gone 90-989 days.
    """
    n = "n"
    u0, u1, u2 = pick(n, 1, 100), pick(n, 2, 100), pick(n, 3, 100)
    k = (
        f"CASE WHEN {u0} < 5 THEN 0 WHEN {u0} < 12 THEN 1 "
        f"WHEN {u0} < 22 THEN 2 + {pick(n, 11, 3)} "
        f"WHEN {u0} < 80 THEN 5 + {pick(n, 12, 11)} "
        f"ELSE 10 + {pick(n, 13, 19)} END"
    )
    gap = (
        f"CASE WHEN {u1} < 15 THEN 7 WHEN {u1} < 35 THEN 14 WHEN {u1} < 60 THEN 30 "
        f"WHEN {u1} < 80 THEN 60 WHEN {u1} < 92 THEN 120 ELSE 240 END"
    )
    return f"""
        SELECT n, k, gap,
               {as_of} - silence * 86400 - {pick(n, 5, 86400)} AS last_at,
               (300 + {pick(n, 4, 9700)}) * 100 AS base
        FROM (
            SELECT n, k, gap,
                   CASE WHEN {u2} < 62 THEN {pick(n, 6, 1000)} * gap / 1000
                        WHEN {u2} < 75 THEN gap * (1500 + {pick(n, 7, 2500)}) / 1000
                        ELSE 90 + {pick(n, 8, 900)} END AS silence
            FROM (SELECT n, {k} AS k, {gap} AS gap FROM {series}) AS kg
        ) AS s
    """


def clients_select(d: Dialect, as_of: int) -> str:
    n = "n"
    email_user = f"CASE WHEN {pick(n, 41, 10)} = 0 THEN 'User' ELSE 'user' END"
    email_dom = f"CASE WHEN {pick(n, 41, 10)} = 0 THEN '@Example.com' ELSE '@example.com' END"

    def consent(salt: int, yes: int, no: int) -> str:
        u = pick(n, salt, 100)
        return f"CASE WHEN {u} < {yes} THEN TRUE WHEN {u} < {yes + no} THEN FALSE ELSE NULL END"

    return f"""
        SELECT n AS id,
               'C' || {d.pad7(n)} AS external_id,
               'Client ' || {d.text(n)} AS name,
               CASE WHEN {pick(n, 40, 100)} < 85
                    THEN {email_user} || {d.text(n)} || {email_dom} END AS email,
               CASE WHEN {pick(n, 42, 100)} < 70 THEN '+7999' || {d.pad7(n)} END AS phone,
               CASE WHEN {pick(n, 43, 100)} < 45 THEN {d.text(f"100000000 + {n}")} END
                   AS telegram_chat_id,
               CASE WHEN {pick(n, 45, 100)} < 90 THEN 'Europe/Moscow'
                    WHEN {pick(n, 45, 100)} < 95 THEN 'Asia/Vladivostok' END AS timezone,
               'ru' AS locale,
               CASE WHEN {pick(n, 46, 100)} < 10 THEN 'manager ' || {d.text(pick(n, 47, 20))} END
                   AS manager,
               {consent(44, 70, 10)} AS email_consent,
               {consent(48, 50, 20)} AS sms_consent,
               {consent(49, 60, 5)} AS telegram_consent,
               last_at - 86400 * gap * k - 86400 * 30 AS created_at
        FROM bench_params
    """


def orders_select(d: Dialect) -> str:
    """Orders newest (j = 0, at last_at) to oldest: j rhythms back, minus a
    jitter of up to 0.8 rhythm, so gaps vary between 0.2 and 1.8 rhythms."""
    m = "(p.n * 32 + j.j)"
    jitter = f"CASE WHEN j.j = 0 THEN 0 ELSE {h(m, 50)} % (p.gap * 69120) END"  # 0.8 day
    amount = f"p.base * (70 + {pick(m, 51, 61)}) / 100"
    category = f"CASE {pick(m, 52, 4)} WHEN 0 THEN 'tea' WHEN 1 THEN 'coffee' WHEN 2 THEN 'sweets' ELSE 'gifts' END"
    return f"""
        SELECT p.n AS client_id,
               p.last_at - j.j * p.gap * 86400 - {jitter} AS placed_at,
               {amount} AS amount_minor,
               {category} AS category,
               j.j AS j
        FROM bench_params AS p JOIN bench_j AS j ON j.j < p.k
    """


def side_tables(d: Dialect, as_of: int) -> list[str]:
    """Tags, NPS answers, incidents, suppressions, one old campaign run."""
    n = "n"
    day = 86400
    tag_rows = " UNION ALL ".join(
        f"SELECT n, '{tag}' FROM bench_params WHERE {pick(n, salt, 1000)} < {per_mille}"
        for tag, salt, per_mille in (
            ("key-account", 60, 30),
            ("retail", 61, 300),
            ("vip", 62, 50),
            ("b2b", 63, 40),
        )
    )
    old_run = 1_717_200_000  # 2024-06-01: long before any `now` the preview runs at
    return [
        f"INSERT INTO client_tags (client_id, tag) {tag_rows}",
        f"""INSERT INTO nps_answers (client_id, score, answered_at, comment)
            SELECT n, {pick(n, 71, 11)}, {as_of} - {pick(n, 72, 700 * day)}, NULL
            FROM bench_params WHERE {pick(n, 70, 100)} < 12
            UNION ALL
            SELECT n, {pick(n, 74, 11)}, {as_of} - {700 * day} - {pick(n, 75, 300 * day)}, NULL
            FROM bench_params WHERE {pick(n, 70, 100)} < 4""",
        f"""INSERT INTO incidents (client_id, kind, occurred_at, outcome, reason)
            SELECT n, 'complaint', {as_of} - {pick(n, 81, 400 * day)}, NULL, 'late delivery'
            FROM bench_params WHERE {pick(n, 80, 1000)} < 20
            UNION ALL
            SELECT n, 'inquiry', {as_of} - {pick(n, 83, 400 * day)}, NULL, NULL
            FROM bench_params WHERE {pick(n, 82, 1000)} < 30
            UNION ALL
            SELECT n, 'inquiry', {as_of} - {400 * day} - {pick(n, 85, 400 * day)}, NULL, NULL
            FROM bench_params WHERE {pick(n, 82, 1000)} < 15
            UNION ALL
            SELECT n, 'contact_attempt', {as_of} - {pick(n, 87, 200 * day)},
                   CASE WHEN {pick(n, 88, 3)} = 0 THEN 'reached' ELSE 'no_answer' END, NULL
            FROM bench_params WHERE {pick(n, 86, 1000)} < 20""",
        f"""INSERT INTO suppressions (channel, client_id, address, kind, reason, source, created_at)
            SELECT 'email', n, NULL, 'opt_out', NULL, 'unsubscribe', {as_of}
            FROM bench_params WHERE {pick(n, 90, 100)} < 3
            UNION ALL
            SELECT 'sms', n, NULL, 'opt_out', NULL, 'channel', {as_of}
            FROM bench_params WHERE {pick(n, 91, 100)} < 2
            UNION ALL
            SELECT 'telegram', n, NULL, 'suppression', 'blocked', 'channel', {as_of}
            FROM bench_params WHERE {pick(n, 92, 100)} < 2
            UNION ALL
            SELECT 'email', NULL, lower(c.email), 'suppression', 'bounce', 'channel', {as_of}
            FROM clients AS c WHERE c.email IS NOT NULL AND {pick("CAST(c.id AS BIGINT)", 93, 100)} < 1""",
        f"""INSERT INTO campaign_runs (id, campaign, cycle, status, open_slot, as_of, planned_at,
                                       finished_at, planned_by, config_digest, selected, holdout,
                                       summary)
            VALUES (1, '{CAMPAIGN}', 1, 'finished', NULL, {old_run}, {old_run}, {old_run},
                    'bench', NULL, 0, 0, NULL)""",
        f"""INSERT INTO assignments (run_id, campaign, client_id, group_name, rank, score, reasons,
                                     revenue_minor, orders_count, last_order_at, abc, xyz,
                                     offer_code, offer_valid_until, outcome, created_at)
            SELECT 1, '{CAMPAIGN}', n, 'treatment', 1, 0.5, 'recency', 100000, 3, NULL, 'B', 'Z',
                   NULL, NULL, 'sent', {old_run}
            FROM bench_params WHERE {pick(n, 95, 1000)} < 5""",
    ]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def migrate_to_head(url: str, *, full_stats: bool = False) -> None:
    """Migrate, then bring client_order_stats up to date as `winback import`
    would (full_stats: rebuild all, after a load that bypassed the triggers)."""
    from winback import migrate, order_stats
    from winback.db import make_engine

    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
        result = order_stats.refresh(engine, full=True if full_stats else None)
        if result.clients or result.skipped:
            log(result.line())
        if result.full and engine.dialect.name == "postgresql":
            with engine.connect() as conn:  # what autovacuum would do after such a load
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM (ANALYZE) client_order_stats"
                )
    finally:
        engine.dispose()


def build_sqlite(path: Path, clients: int) -> None:
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    migrate_to_head(f"sqlite:///{tmp}")
    as_of = as_of_epoch()
    d = SQLITE
    con = sqlite3.connect(tmp, isolation_level=None)
    con.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-2000000;"
        "PRAGMA temp_store=MEMORY; PRAGMA foreign_keys=OFF;"
    )
    t0 = time.perf_counter()
    con.execute("BEGIN")
    series = f"(WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {clients}) SELECT n FROM s) AS series"
    con.execute(f"CREATE TEMP TABLE bench_params AS {params_select(d, series, as_of)}")
    con.execute("CREATE TEMP TABLE bench_j (j INTEGER PRIMARY KEY)")
    con.execute(
        "INSERT INTO bench_j WITH RECURSIVE s(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM s WHERE j < 31) SELECT j FROM s"
    )
    log(f"sqlite: params in {time.perf_counter() - t0:.0f} s")
    cols = (
        "id, external_id, name, email, phone, telegram_chat_id, timezone, locale, manager, "
        "email_consent, sms_consent, telegram_consent, created_at"
    )
    con.execute(f"INSERT INTO clients ({cols}) SELECT {cols} FROM ({clients_select(d, as_of)})")
    log(f"sqlite: clients in {time.perf_counter() - t0:.0f} s")
    # Orders are stored in time order, numbered as they were placed, like a real
    # shop's; the per-client indexes are built after the load.
    indexes = [
        row[0]
        for row in con.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND sql IS NOT NULL"
        )
    ]
    for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'orders' AND sql IS NOT NULL"
    ).fetchall():
        con.execute(f"DROP INDEX {name}")
    con.execute(f"CREATE TEMP TABLE bench_orders AS {orders_select(d)}")
    log(f"sqlite: orders generated in {time.perf_counter() - t0:.0f} s")
    con.execute(
        """INSERT INTO orders (id, external_id, client_id, placed_at, amount_minor, currency,
                               category, promo_code)
           SELECT rn, 'O' || printf('%09d', rn), client_id, placed_at, amount_minor, 'RUB',
                  category, NULL
           FROM (SELECT o.*, row_number() OVER (ORDER BY placed_at, client_id, j) AS rn
                 FROM temp.bench_orders AS o) ORDER BY rn"""
    )
    log(f"sqlite: orders stored in {time.perf_counter() - t0:.0f} s")
    for sql in indexes:
        con.execute(sql)
    log(f"sqlite: order indexes in {time.perf_counter() - t0:.0f} s")
    for sql in side_tables(d, as_of):
        con.execute(sql)
    con.execute("DROP TABLE temp.bench_orders")
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    log(f"sqlite: built and analysed in {time.perf_counter() - t0:.0f} s")
    tmp.rename(path)


def pg_admin_url() -> str:
    return PG_SERVER + "/postgres"


def pg_url(db: str) -> str:
    return f"{PG_SERVER}/{db}"


def build_postgres(db: str, clients: int) -> None:
    import psycopg

    tmp = f"{db}_building"
    with psycopg.connect(pg_admin_url(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {tmp} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {tmp}")
    migrate_to_head(pg_url(tmp))
    as_of = as_of_epoch()
    d = POSTGRES
    t0 = time.perf_counter()
    with psycopg.connect(pg_url(tmp), autocommit=True) as con:
        # Bulk load: no foreign-key triggers, indexes built after the load.
        con.execute("SET session_replication_role = replica")
        con.execute("SET maintenance_work_mem = '1GB'")
        con.execute("SET work_mem = '512MB'")
        series = f"generate_series(1::bigint, {clients}::bigint) AS series(n)"
        con.execute(f"CREATE UNLOGGED TABLE bench_params AS {params_select(d, series, as_of)}")
        con.execute(
            "CREATE UNLOGGED TABLE bench_j AS SELECT j::bigint AS j FROM generate_series(0, 31) AS g(j)"
        )
        cols = (
            "id, external_id, name, email, phone, telegram_chat_id, timezone, locale, manager, "
            "email_consent, sms_consent, telegram_consent, created_at"
        )
        con.execute(
            f"INSERT INTO clients ({cols}) SELECT {cols} FROM ({clients_select(d, as_of)}) AS c"
        )
        log(f"postgresql: clients in {time.perf_counter() - t0:.0f} s")
        indexes = con.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'orders' "
            "AND indexname LIKE 'ix_orders_%'"
        ).fetchall()
        for name, _ in indexes:
            con.execute(f"DROP INDEX {name}")
        con.execute(
            f"""INSERT INTO orders (id, external_id, client_id, placed_at, amount_minor, currency,
                                    category, promo_code)
                SELECT rn, 'O' || lpad(rn::text, 9, '0'), client_id, placed_at, amount_minor, 'RUB',
                       category, NULL
                FROM (SELECT o.*, row_number() OVER (ORDER BY placed_at, client_id, j) AS rn
                      FROM ({orders_select(d)}) AS o) AS numbered
                ORDER BY rn"""
        )
        log(f"postgresql: orders stored in {time.perf_counter() - t0:.0f} s")
        for _, sql in indexes:
            con.execute(sql)
        log(f"postgresql: order indexes in {time.perf_counter() - t0:.0f} s")
        for sql in side_tables(d, as_of):
            con.execute(sql)
        for table in ("clients", "orders", "assignments", "campaign_runs"):
            con.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
            )
        con.execute("DROP TABLE bench_params")
        con.execute("DROP TABLE bench_j")
        # Index-only scans need an all-visible table: vacuum, not just analyse.
        con.execute("VACUUM (FREEZE, ANALYZE)")
    log(f"postgresql: built and vacuumed in {time.perf_counter() - t0:.0f} s")
    with psycopg.connect(pg_admin_url(), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        admin.execute(f"ALTER DATABASE {tmp} RENAME TO {db}")


def pg_exists(db: str) -> bool:
    import psycopg

    with psycopg.connect(pg_admin_url(), autocommit=True) as admin:
        return (
            admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db,)).fetchone()
            is not None
        )


def sqlite_path(clients: int) -> Path:
    return DATA / ("bench.db" if clients == 1_000_000 else f"bench-{clients}.db")


def pg_db_name(clients: int) -> str:
    return PG_DB if clients == 1_000_000 else f"{PG_DB}_{clients}"


# ---------------------------------------------------------------- the campaign

CAMPAIGN_TOML = """\
[[campaigns]]
name = "{name}"
templates = "lapsed-regulars"
channels = ["telegram", "email", "sms"]
fallback = true
max_per_run = {max_per_run}
cooldown_days = 90
holdout_percent = 10
quiet_hours = {{ start = "21:00", end = "09:00" }}

[campaigns.select]
match = "any"
last_order_days_min = 90
last_order_days_max = 730
{overdue}min_orders = 2
min_revenue = 3000
tags_exclude = ["key-account"]

[campaigns.priority]
revenue_weight = 0.6
frequency_weight = 0.4
window_days = 0

[campaigns.offer]
discount_percent = 15
code_prefix = "BACK"
valid_days = 21
"""
# Only for --diagnose: the same campaign without the overdue criterion, to
# show what the per-client median-gap test costs.
WITHOUT_OVERDUE = "lapsed-regulars-recency-only"


# --take: how many rows a run takes; "all" is a max_per_run above any campaign's
# remaining clients (every lost client the exclusions leave).
ALL = 10_000_000


def take_label(take: int) -> str:
    return "all" if take == ALL else f"{take:,}"


def write_config(name: str, url: str, clients: int, take: int = 500) -> Path:
    """The example campaign lapsed-regulars of config.example.toml (and its
    diagnostic twin) against the benchmark database, taking `take` a run."""
    suffix = "" if clients == 1_000_000 else f"-{clients}"
    if take != 500:
        suffix += f"-take-{take_label(take).replace(',', '')}"
    path = DATA / f"bench-{name}{suffix}.toml"
    path.write_text(
        "# Written by benchmarks/bench_selection.py.\n"
        f'templates_dir = "{ROOT / "campaign_templates"}"\n\n'
        f'[database]\nurl = "{url}"\n\n[logging]\nlevel = "warning"\n\n'
        f'[scheduler]\ntimezone = "{TZ_NAME}"\n\n'
        + CAMPAIGN_TOML.format(
            name=CAMPAIGN,
            max_per_run=take,
            overdue="overdue_factor = 3.0\noverdue_min_orders = 3\n",
        )
        + "\n"
        + CAMPAIGN_TOML.format(name=WITHOUT_OVERDUE, max_per_run=take, overdue=""),
        encoding="utf-8",
    )
    return path


# ---------------------------------------------------------------- measuring


@dataclass
class Series:
    label: str
    seconds: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def aggregate_python(url: str) -> Callable[[], object]:
    """The bare aggregate through the plain driver, every row fetched."""
    if url.startswith("sqlite:///"):
        path = url.removeprefix("sqlite:///")

        def run_sqlite() -> int:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                cur = con.execute(AGGREGATE)
                n = 0
                while rows := cur.fetchmany(10_000):
                    n += len(rows)
                return n
            finally:
                con.close()

        return run_sqlite

    import psycopg

    def run_postgres() -> int:
        with psycopg.connect(url) as con:
            return len(con.execute(AGGREGATE).fetchall())

    return run_postgres


def aggregate_cli(url: str) -> Callable[[], object]:
    """The bare aggregate through the sqlite3 / psql command, output to /dev/null."""
    if url.startswith("sqlite:///"):
        cmd = ["sqlite3", url.removeprefix("sqlite:///"), AGGREGATE]
    else:
        cmd = ["psql", "-qAt", "-d", url, "-c", AGGREGATE]

    def run() -> None:
        with open(os.devnull, "wb") as devnull:
            subprocess.run(cmd, stdout=devnull, check=True)

    return run


def winback_cmd(config: Path, campaign: str) -> list[str]:
    return [
        sys.executable, "-m", "winback", "--config", str(config),
        "preview", campaign, "--format", "json", "--as-of", AS_OF,
    ]  # fmt: skip


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("WINBACK_")}


def run_preview(config: Path, campaign: str) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the preview process, its summary line.

    /usr/bin/time -v reports the command's own maximum resident set size (not
    RUSAGE_CHILDREN of this large parent; see /work/shared/TRAPS.md)."""
    cmd = ["/usr/bin/time", "-v", *winback_cmd(config, campaign)]
    t0 = time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        done = subprocess.run(cmd, stdout=devnull, stderr=subprocess.PIPE, env=clean_env())
    elapsed = time.perf_counter() - t0
    err = done.stderr.decode()
    if done.returncode != 0:
        raise SystemExit(f"preview failed ({done.returncode}):\n{err}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    summary = next((line for line in err.splitlines() if " as of " in line), "")
    return elapsed, int(rss.group(1)) / 1024 if rss else float("nan"), summary


def preview_output(config: Path, campaign: str) -> tuple[str, int]:
    """sha256 and row count of the preview's JSON (the untimed warm-up run)."""
    done = subprocess.run(winback_cmd(config, campaign), capture_output=True, env=clean_env())
    if done.returncode != 0:
        raise SystemExit(f"preview failed ({done.returncode}):\n{done.stderr.decode()}")
    return hashlib.sha256(done.stdout).hexdigest()[:16], done.stdout.count(b"\n{")


def in_process(config: Path) -> Callable[[], int]:
    """select_candidates alone, in this process, every candidate read."""
    from winback.config import load_config
    from winback.db import make_engine, read_engine
    from winback.selection import select_candidates
    from winback.timeutil import parse_moment

    settings = load_config(config)
    campaign = settings.campaign(CAMPAIGN)
    as_of = parse_moment(AS_OF, settings.tz)
    engine = read_engine(make_engine(settings.database.url))

    def run() -> int:
        with engine.connect() as conn:
            _, rows = select_candidates(conn, campaign, as_of=as_of, tz=settings.tz)
            return sum(1 for _ in rows)

    return run


# ---------------------------------------------------------------- planning


PLANNER = "bench-plan"


def plan_child(config: Path) -> None:
    """(--plan-child) What `winback run-once` does before sending: refresh the
    order stats, select, spool, and write the cycle, its assignments and
    messages (winback.runner._plan). Prints the cycle's id and size."""
    from winback import runner
    from winback.config import load_config
    from winback.db import make_engine
    from winback.timeutil import parse_moment

    settings = load_config(config)
    engine = make_engine(settings.database.url)
    options = runner.RunOptions(as_of=parse_moment(AS_OF, settings.tz))
    cycle = runner._plan(engine, settings, settings.campaign(CAMPAIGN), options, PLANNER)
    print(json.dumps({"run_id": cycle.id, "planned_now": cycle.planned_now}))


def drop_plans(url: str) -> int:
    """Delete the cycles the planning measurement wrote (and their rows), so
    that the next round (and every preview) sees the data unchanged."""
    from sqlalchemy import delete, select

    from winback.db import make_engine
    from winback.models import Assignment, CampaignRun, Message, MessageEvent, table_of

    runs_t, assign_t = table_of(CampaignRun), table_of(Assignment)
    msg_t, event_t = table_of(Message), table_of(MessageEvent)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            ids = list(
                conn.execute(select(runs_t.c.id).where(runs_t.c.planned_by == PLANNER)).scalars()
            )
            if ids:
                conn.execute(
                    delete(event_t).where(
                        event_t.c.message_id.in_(select(msg_t.c.id).where(msg_t.c.run_id.in_(ids)))
                    )
                )
                conn.execute(delete(msg_t).where(msg_t.c.run_id.in_(ids)))
                conn.execute(delete(assign_t).where(assign_t.c.run_id.in_(ids)))
                conn.execute(delete(runs_t).where(runs_t.c.id.in_(ids)))
        return len(ids)
    finally:
        engine.dispose()


def run_plan(config: Path, url: str) -> tuple[float, float, int]:
    """Wall seconds and peak RSS (MB) of planning in a process of its own
    (start-up included, like `winback run-once`), and the rows it planned;
    the plan is deleted afterwards."""
    from sqlalchemy import select

    from winback.db import make_engine
    from winback.models import CampaignRun, table_of

    drop_plans(url)
    cmd = ["/usr/bin/time", "-v", sys.executable, str(Path(__file__).resolve()),
           "--plan-child", str(config)]  # fmt: skip
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, env=clean_env())
    elapsed = time.perf_counter() - t0
    err = done.stderr.decode()
    if done.returncode != 0:
        raise SystemExit(f"planning failed ({done.returncode}):\n{err}")
    info = json.loads(done.stdout.decode().strip().splitlines()[-1])
    if not info["planned_now"]:
        raise SystemExit("planning resumed an open cycle instead of planning one")
    runs_t = table_of(CampaignRun)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            selected = conn.execute(
                select(runs_t.c.selected).where(runs_t.c.id == info["run_id"])
            ).scalar_one()
    finally:
        engine.dispose()
    drop_plans(url)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    return elapsed, int(rss.group(1)) / 1024 if rss else float("nan"), int(selected)


# ---------------------------------------------------------------- one database


@dataclass
class Result:
    db: str
    series: list[Series]
    baseline: float  # the fastest aggregate, either way
    summary: str
    digests: dict[str, str]  # label of the taken size -> sha256 of the JSON
    rows: dict[str, int]  # label -> rows written
    # (label, series) per taken size, and planning
    taken: list[tuple[str, Series]] = field(default_factory=list)


def bench(
    db: str,
    url: str,
    configs: dict[int, Path],
    rounds: int,
    diagnose: bool,
    plan_config: Path | None,
) -> Result:
    agg_py = Series("bare aggregate, Python DB-API (all rows fetched)")
    agg_cli = Series(f"bare aggregate, {'sqlite3' if db == 'SQLite' else 'psql'} CLI > /dev/null")
    previews = {
        take: Series(
            f"`winback preview {CAMPAIGN} --format json` > /dev/null, {take_label(take)} taken"
        )
        for take in configs
    }
    smallest = configs[min(configs)]
    sel = Series(
        f"select_candidates() in-process (all rows read), {take_label(min(configs))} taken"
    )
    diag = Series(f"diagnostic: preview `{WITHOUT_OVERDUE}` (no overdue)")
    plan = Series("planning (run-once before sending: select, spool, write the cycle)")
    run_py, run_cli, run_sel = aggregate_python(url), aggregate_cli(url), in_process(smallest)
    log(f"{db}: warm-up (untimed)")
    run_py()
    digests: dict[str, str] = {}
    rows: dict[str, int] = {}
    for take, config in configs.items():
        digests[take_label(take)], rows[take_label(take)] = preview_output(config, CAMPAIGN)
    summary = ""
    planned = 0
    for r in range(1, rounds + 1):
        agg_py.seconds.append(timed(run_py))
        agg_cli.seconds.append(timed(run_cli))
        line = [f"aggregate {agg_py.seconds[-1]:.2f} / {agg_cli.seconds[-1]:.2f} s"]
        for take, config in configs.items():
            seconds, rss, summary = run_preview(config, CAMPAIGN)
            previews[take].seconds.append(seconds)
            previews[take].rss_mb.append(rss)
            line.append(f"preview {take_label(take)} {seconds:.2f} s ({rss:.0f} MB)")
        sel.seconds.append(timed(run_sel))
        line.append(f"select_candidates {sel.seconds[-1]:.2f} s")
        if plan_config is not None:
            seconds, rss, planned = run_plan(plan_config, url)
            plan.seconds.append(seconds)
            plan.rss_mb.append(rss)
            line.append(f"planning {planned:,} {seconds:.2f} s ({rss:.0f} MB)")
        if diagnose:
            d_seconds, d_rss, _ = run_preview(smallest, WITHOUT_OVERDUE)
            diag.seconds.append(d_seconds)
            diag.rss_mb.append(d_rss)
            line.append(f"without overdue {diag.seconds[-1]:.2f} s")
        log(f"{db} round {r}: " + ", ".join(line))
    series = [agg_py, agg_cli, *previews.values(), sel]
    series += [plan] if plan_config is not None else []
    series += [diag] if diagnose else []
    baseline = min(agg_py.best, agg_cli.best)
    taken = [
        (f"{rows[take_label(t)]:,}" + (" (all)" if t == ALL else ""), previews[t]) for t in configs
    ]
    if plan_config is not None:
        taken.append((f"planning {planned:,}", plan))
    return Result(db, series, baseline, summary, digests, rows, taken)


def table(results: list[Result]) -> str:
    lines = [
        "| database | what | min s | median s | min ÷ fastest aggregate | peak RSS MB |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    for res in results:
        for s in res.series:
            rss = f"{max(s.rss_mb):.0f}" if s.rss_mb else ""
            lines.append(
                f"| {res.db} | {s.label} | {s.best:.2f} | {s.median:.2f} | "
                f"{s.best / res.baseline:.2f} | {rss} |"
            )
    return "\n".join(lines)


def taken_table(results: list[Result]) -> str:
    """Database x rows taken: the bare aggregate, the preview, their ratio."""
    lines = [
        "| database | rows taken | bare aggregate min s | preview min s | preview median s "
        "| min ÷ aggregate | peak RSS MB |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for res in results:
        for label, s in res.taken:
            lines.append(
                f"| {res.db} | {label} | {res.baseline:.2f} | {s.best:.2f} | {s.median:.2f} | "
                f"{s.best / res.baseline:.2f} | {max(s.rss_mb):.0f} |"
            )
    return "\n".join(lines)


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


def parse_takes(text: str) -> list[int]:
    takes = [ALL if part.strip() == "all" else int(part) for part in text.split(",")]
    if any(t < 1 for t in takes):
        raise argparse.ArgumentTypeError("each size is a positive number or 'all'")
    return sorted(set(takes))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--clients", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true", help="Regenerate the data sets.")
    parser.add_argument("--build-only", action="store_true", help="Build (or migrate) and stop.")
    parser.add_argument(
        "--take",
        type=parse_takes,
        default=parse_takes("500,50000,all"),
        metavar="N,N,...",
        help="The campaign's max_per_run, one preview per size, each round ('all': every "
        "client the exclusions leave). Default: 500,50000,all.",
    )
    parser.add_argument(
        "--plan",
        type=int,
        default=50_000,
        metavar="N",
        help="Also time planning a cycle of N (run-once before it sends; the plan is "
        "deleted after each round). 0: do not. Default: 50000.",
    )
    parser.add_argument(
        "--diagnose",
        action="store_true",
        help=f"Also time the campaign without the overdue criterion ({WITHOUT_OVERDUE}).",
    )
    parser.add_argument("--plan-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.plan_child is not None:
        plan_child(args.plan_child)
        return
    DATA.mkdir(parents=True, exist_ok=True)
    targets = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    plans: list[tuple[str, str, str]] = []
    for target in targets:
        if target == "sqlite":
            path = sqlite_path(args.clients)
            if args.rebuild or not path.exists():
                log(f"building {path}")
                build_sqlite(path, args.clients)
            url = f"sqlite:///{path}"
            migrate_to_head(url)
            plans.append(("SQLite", "sqlite", url))
        else:
            name = pg_db_name(args.clients)
            built = args.rebuild or not pg_exists(name)
            if built:
                log(f"building PostgreSQL database {name}")
                build_postgres(name, args.clients)
            url = pg_url(name)
            # The build loads with triggers off (session_replication_role).
            migrate_to_head(url, full_stats=built)
            plans.append(("PostgreSQL", "postgresql", url))
    if args.build_only:
        return
    load_before = os.getloadavg()
    results = []
    for db, short, url in plans:
        drop_plans(url)  # left by an interrupted run
        configs = {take: write_config(short, url, args.clients, take) for take in args.take}
        plan_config = write_config(short, url, args.clients, args.plan) if args.plan else None
        results.append(bench(db, url, configs, args.rounds, args.diagnose, plan_config))
    load_after = os.getloadavg()
    print(
        f"\n{args.clients:,} clients, as of {AS_OF} ({TZ_NAME}); {args.rounds} rounds, "
        "alternating, after an untimed warm-up"
    )
    print(
        f"{machine()}; {dt.date.today().isoformat()}; load average "
        f"{load_before[0]:.1f} before, {load_after[0]:.1f} after (others share the machine)\n"
    )
    print(taken_table(results))
    print()
    print(table(results))
    print()
    for res in results:
        shas = ", ".join(
            f"{label} {res.rows[label]:,} rows {d}…" for label, d in res.digests.items()
        )
        print(f"- {res.db}: {res.summary}; JSON sha256 {shas}")
    for label in results[0].digests:
        if len({res.digests.get(label) for res in results}) > 1:
            print(f"- WARNING: the databases disagree on the preview output ({label} taken)")


if __name__ == "__main__":
    main()
