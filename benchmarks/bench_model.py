"""Model benchmark (issue 15): the per-client BG/NBD summary read from the
database, the fit, and `winback model fit` end to end, on 1,000,000 clients.

Run by hand, never as a timed test:

    python benchmarks/bench_model.py                      # SQLite and PostgreSQL
    python benchmarks/bench_model.py --db sqlite --rounds 5
    python benchmarks/bench_model.py --no-cli             # no copy, no `model fit`

The data is bench_selection.py's (1,000,000 clients, 10,000,000 orders:
benchmarks/_data/bench.db and the database `winback_bench`), read only. Each
round times, in turn:

* the bare aggregate ``SELECT client_id, max(placed_at), count(*),
  sum(amount_minor) FROM orders GROUP BY client_id`` through the DB-API
  driver, every row fetched -- the baseline;
* ``read_summary`` as of 2025-01-01 (Moscow) in weeks and in days (SQL, fetch
  and the numpy arrays);
* ``ClientSummary.to_bgnbd`` (unique triples) and ``bgnbd.fit``, per unit.

Then, unless --no-cli, `winback model fit --as-of 2025-01-01` (weeks; the
whole CLI, start-up included) on a copy, since it stores a row: SQLite through
the backup API (benchmarks/_data/bench-model-fit.db, kept for the next
run), PostgreSQL as ``CREATE DATABASE winback_bench_model_fit TEMPLATE
winback_bench`` (dropped after); see ensure_model_fits for their schema.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_selection as base
from bench_selection import AS_OF, DATA, ROOT, TZ_NAME, log

sys.path.insert(0, str(ROOT))

from winback.db import make_engine, read_engine
from winback.model import bgnbd
from winback.model.summary import ClientSummary, Unit, read_summary

# names of their own: bench_model_selection.py keeps bench-model.db and
# winback_bench_model for its runs
MODEL_PG = "winback_bench_model_fit"
MODEL_SQLITE = "bench-model-fit.db"
UNITS: tuple[Unit, ...] = ("weeks", "days")
TZ = ZoneInfo(TZ_NAME)
AS_OF_MOMENT = dt.datetime.fromisoformat(AS_OF).replace(tzinfo=TZ)


def urls(which: str) -> dict[str, str]:
    out = {}
    if which in ("sqlite", "both"):
        out["sqlite"] = f"sqlite:///{base.sqlite_path(1_000_000)}"
    if which in ("postgresql", "both"):
        out["postgresql"] = base.pg_url(base.PG_DB)
    return out


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def summary_of(url: str, unit: Unit) -> Callable[[], ClientSummary]:
    engine = make_engine(url)  # only read: BEGIN DEFERRED on SQLite, no write

    def run() -> ClientSummary:
        with read_engine(engine).connect() as conn, conn.begin():
            return read_summary(conn, as_of=AS_OF_MOMENT, unit=unit, timezone=TZ)

    return run


def one_round(name: str, url: str, series: dict[str, list[float]]) -> None:
    seconds, _ = timed(base.aggregate_python(url))
    series["aggregate"].append(seconds)
    for unit in UNITS:
        seconds, value = timed(summary_of(url, unit))
        assert isinstance(value, ClientSummary)
        series[f"read_summary {unit}"].append(seconds)
        seconds, triples = timed(value.to_bgnbd)
        assert isinstance(triples, bgnbd.Summary)
        series[f"unique triples {unit}"].append(seconds)
        seconds, fitted = timed(lambda t=triples: bgnbd.fit(t))
        assert isinstance(fitted, bgnbd.FitResult)
        series[f"fit {unit}"].append(seconds)
        log(
            f"{name} {unit}: {len(value):,} clients, {triples.x.size:,} triples, "
            f"r={fitted.params.r:.4f} alpha={fitted.params.alpha:.4f} a={fitted.params.a:.4g} "
            f"b={fitted.params.b:.4g} LL={fitted.log_likelihood:.1f} "
            f"{fitted.iterations} iterations at_bound={fitted.at_bound}"
        )


# ------------------------------------------------------------------ the CLI


def sqlite_copy() -> str:
    target = DATA / MODEL_SQLITE
    if not target.exists():
        log("sqlite: copying bench.db through the backup API")
        source = sqlite3.connect(f"file:{base.sqlite_path(1_000_000)}?mode=ro", uri=True)
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
    return f"sqlite:///{target}"


def pg_copy() -> str:
    import psycopg

    with psycopg.connect(base.pg_admin_url(), autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {MODEL_PG}")
        for attempt in range(20):  # the template must have no other session
            try:
                con.execute(f"CREATE DATABASE {MODEL_PG} TEMPLATE {base.PG_DB}")
                break
            except psycopg.errors.ObjectInUse:
                if attempt == 19:
                    raise
                time.sleep(3)
    return base.pg_url(MODEL_PG)


def pg_drop() -> None:
    import psycopg

    with psycopg.connect(base.pg_admin_url(), autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {MODEL_PG} WITH (FORCE)")


def ensure_model_fits(url: str) -> None:
    """The copy's schema at the head, with ``model_fits``. A copy behind the
    head is migrated (`winback db upgrade`). The shared data sets have been
    stamped 0006 by another branch's migration (report summaries) before 0006
    became model_fits: then the table is created as the model declares it
    (what migration 0006 creates), in the copy only."""
    from sqlalchemy import text

    from winback.db import SCHEMA_HEAD
    from winback.models import ModelFit, table_of

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if version != SCHEMA_HEAD:
            base.migrate_to_head(url)
        with engine.begin() as conn:
            table_of(ModelFit).create(conn, checkfirst=True)
    finally:
        engine.dispose()


def model_fit_cli(name: str, url: str) -> tuple[float, float, str]:
    """Wall seconds and peak RSS (MB, /usr/bin/time -v) of `winback model fit`."""
    ensure_model_fits(url)
    config = DATA / f"bench-model-fit-{name}.toml"
    config.write_text(
        f'[database]\nurl = "{url}"\n\n[logging]\nlevel = "warning"\n\n'
        f'[scheduler]\ntimezone = "{TZ_NAME}"\n',
        encoding="utf-8",
    )
    cmd = [
        "/usr/bin/time", "-v", sys.executable, "-m", "winback", "--config", str(config),
        "model", "fit", "--as-of", AS_OF, "--unit", "weeks",
    ]  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINBACK_")}
    env["PYTHONPATH"] = str(ROOT)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise SystemExit(f"model fit failed ({done.returncode}):\n{done.stderr}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return elapsed, int(rss.group(1)) / 1024 if rss else float("nan"), done.stdout.strip()


def report(name: str, series: dict[str, list[float]]) -> None:
    baseline = min(series["aggregate"])
    print(f"\n{name}: best of {len(series['aggregate'])} (median), x the aggregate's best")
    for label, values in series.items():
        best, median = min(values), statistics.median(values)
        print(f"  {label:<24} {best:7.2f} s ({median:6.2f})  {best / baseline:5.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=3, help="0: only `winback model fit`")
    parser.add_argument("--no-cli", action="store_true", help="skip `winback model fit`")
    args = parser.parse_args()
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    for name, url in urls(args.db).items():
        series: dict[str, list[float]] = {"aggregate": []}
        for unit in UNITS:
            for what in ("read_summary", "unique triples", "fit"):
                series[f"{what} {unit}"] = []
        for i in range(args.rounds):
            log(f"{name}: round {i + 1} of {args.rounds}")
            one_round(name, url, series)
        if args.rounds:
            report(name, series)
        if args.no_cli:
            continue
        copy = sqlite_copy() if name == "sqlite" else pg_copy()
        try:
            elapsed, rss, line = model_fit_cli(name, copy)
        finally:
            if name == "postgresql":
                pg_drop()
        print(f"  winback model fit (weeks, CLI) {elapsed:6.2f} s, peak RSS {rss:.0f} MB")
        print(f"    {line}")
    print("load average after: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
