"""Selection with the BG/NBD model: `winback preview` of a campaign that uses
the model against the same preview without it, on 1,000,000 clients.

Run by hand, never as a timed test:

    python benchmarks/bench_model_selection.py                 # SQLite and PostgreSQL
    python benchmarks/bench_model_selection.py --db sqlite --rounds 5

The target (issue 15): a preview with the model within 2x the same preview
without it. The data is bench_selection.py's (build it first with that
script); the model needs a stored fit, so this script works on copies it makes
once and reuses: benchmarks/_data/bench-model.db (SQLite backup API of
bench.db) and the PostgreSQL database winback_bench_model (CREATE DATABASE ...
TEMPLATE winback_bench), each migrated to head and fitted with `winback model
fit` as of the benchmark's as-of (the fit time is printed). The shared data
sets are only read.

Selection reads each client's purchase days from client_order_stats (kept
since migration 0009) when they are current, as after `winback import`; the
copies are refreshed once with them in the benchmark's time zone. The
campaigns: lapsed-regulars as bench_selection.py previews it (recency,
overdue, filters; 500 taken), and the same with the model: p_alive_max = 0.3
as one more criterion ("p_alive"), with value_at_risk_weight = 0.5 in the
priority too ("p_alive+var"), and with expected_purchases_max = 0.2 instead
("expected", one more read of the distinct (x, first day) pairs). Each round
runs every preview once, alternated; the ratio is each one's best against the
baseline's best in the same run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_selection as bs

SQLITE_COPY = bs.DATA / "bench-model.db"
PG_COPY = "winback_bench_model"
VARIANTS = {
    "baseline": ("", ""),
    "p_alive": ("p_alive_max = 0.3\n", ""),
    "p_alive+var": ("p_alive_max = 0.3\n", "value_at_risk_weight = 0.5\n"),
    "expected": ("expected_purchases_max = 0.2\nexpected_horizon_days = 90\n", ""),
}


def campaign_name(variant: str) -> str:
    return bs.CAMPAIGN if variant == "baseline" else f"{bs.CAMPAIGN}-{variant.replace('+', '-')}"


def write_config(name: str, url: str) -> Path:
    path = bs.DATA / f"bench-model-{name}.toml"
    campaigns = []
    for variant, (select, priority) in VARIANTS.items():
        text = bs.CAMPAIGN_TOML.format(
            name=campaign_name(variant),
            max_per_run=500,
            overdue="overdue_factor = 3.0\noverdue_min_orders = 3\n" + select,
        )
        campaigns.append(text.replace("window_days = 0\n", "window_days = 0\n" + priority))
    path.write_text(
        "# Written by benchmarks/bench_model_selection.py.\n"
        f'templates_dir = "{bs.ROOT / "campaign_templates"}"\n\n'
        f'[database]\nurl = "{url}"\n\n[logging]\nlevel = "warning"\n\n'
        f'[scheduler]\ntimezone = "{bs.TZ_NAME}"\n\n' + "\n".join(campaigns),
        encoding="utf-8",
    )
    return path


def copy_sqlite() -> str:
    source = bs.sqlite_path(1_000_000)
    if not source.exists():
        raise SystemExit(f"{source} is missing: build it with benchmarks/bench_selection.py")
    if not SQLITE_COPY.exists():
        bs.log(f"copying {source} to {SQLITE_COPY} (SQLite backup API)")
        tmp = SQLITE_COPY.with_suffix(".copying")
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        src.backup(dst)
        dst.close()
        src.close()
        tmp.rename(SQLITE_COPY)
    return f"sqlite:///{SQLITE_COPY}"


def copy_postgres() -> str:
    if not bs.pg_exists(PG_COPY):
        bs.log(f"creating {PG_COPY} from the template {bs.PG_DB}")
        import psycopg

        with psycopg.connect(bs.pg_admin_url(), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {PG_COPY} TEMPLATE {bs.PG_DB}")
    return bs.pg_url(PG_COPY)


def fit(config: Path) -> None:
    """Store a fit unless there is one; print how long fitting took."""
    show = subprocess.run(
        [sys.executable, "-m", "winback", "--config", str(config), "model", "show"],
        capture_output=True,
        env=bs.clean_env(),
    )
    if show.returncode == 0:
        return
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "winback", "--config", str(config), "model", "fit", "--as-of",
         bs.AS_OF],
        capture_output=True, text=True, env=bs.clean_env(),
    )  # fmt: skip
    bs.log(f"model fit: {time.perf_counter() - t0:.1f} s (whole command): {done.stdout.strip()}")
    if done.returncode != 0:
        # The data set's clients buy in fixed rhythms, not as BG/NBD's do: the
        # fit may not converge. Selection's cost does not depend on the values.
        bs.log(f"{done.stderr.strip()}; storing the published CDNOW parameters instead")
        store_cdnow_fit(config)


def store_cdnow_fit(config: Path) -> None:
    import datetime as dt

    from winback.config import load_config
    from winback.db import make_engine
    from winback.model import bgnbd
    from winback.model.store import save_fit

    settings = load_config(config)
    result = bgnbd.FitResult(
        bgnbd.Params(r=0.2426, alpha=4.4135, a=0.7929, b=2.4258), -9582.43, 0, 0.0, 0
    )
    as_of = dt.datetime.fromisoformat(bs.AS_OF).replace(tzinfo=settings.tz)
    engine = make_engine(settings.database.url)
    try:
        with engine.begin() as conn:
            save_fit(conn, result, as_of=as_of, unit="weeks")
    finally:
        engine.dispose()


def unstamp_foreign_head(url: str) -> None:
    """A sibling branch's migration 0006 (not main's model_fits) may have run
    on the shared data sets before they were copied: the copy then says 0006
    without model_fits. Put the copy back at 0005 so main's 0006 runs (the
    sibling's extra tables stay, unused)."""
    from sqlalchemy import inspect

    from winback.db import make_engine

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if version == "0006" and not inspect(conn).has_table("model_fits"):
                bs.log("the copy is at a foreign 0006 without model_fits: back to 0005")
                conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0005'")
    finally:
        engine.dispose()


def count_purchase_days(url: str) -> None:
    """Rebuild client_order_stats with the purchase days (migration 0009) in
    the benchmark's time zone, as `winback import` and `demo` now do, unless
    every row has them already."""
    import zoneinfo

    from sqlalchemy import text

    from winback import order_stats
    from winback.db import make_engine

    offset = order_stats.day_offset_now(zoneinfo.ZoneInfo(bs.TZ_NAME))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            missing = conn.execute(
                text(
                    "SELECT EXISTS (SELECT 1 FROM client_order_stats WHERE purchase_days IS NULL "
                    "OR day_offset IS NULL OR day_offset <> :off)"
                ),
                {"off": offset},
            ).scalar()
        if missing:
            bs.log("counting purchase days: a full refresh of client_order_stats")
            bs.log(order_stats.refresh(engine, full=True, day_offset=offset).line())
    finally:
        engine.dispose()


def bench(name: str, url: str, rounds: int) -> list[tuple[str, str, float, float, float, str]]:
    unstamp_foreign_head(url)
    bs.migrate_to_head(url)
    count_purchase_days(url)
    config = write_config(name, url)
    fit(config)
    for variant in VARIANTS:  # warm-up, untimed
        bs.run_preview(config, campaign_name(variant))
    times: dict[str, list[float]] = {v: [] for v in VARIANTS}
    rss: dict[str, float] = {}
    lines: dict[str, str] = {}
    for r in range(rounds):
        for variant in VARIANTS:
            seconds, peak, line = bs.run_preview(config, campaign_name(variant))
            times[variant].append(seconds)
            rss[variant] = max(rss.get(variant, 0.0), peak)
            lines[variant] = line
            bs.log(f"{name} round {r + 1} {variant}: {seconds:.2f} s")
    base = min(times["baseline"])
    return [
        (name, v, min(t), statistics.median(t), min(t) / base, f"{rss[v]:.0f} MB; {lines[v]}")
        for v, t in times.items()
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    print(bs.machine())
    with open("/proc/loadavg") as f:
        print("load average before:", f.read().split()[:3])
    results = []
    if args.db in ("sqlite", "both"):
        results += bench("SQLite", copy_sqlite(), args.rounds)
    if args.db in ("postgresql", "both"):
        results += bench("PostgreSQL", copy_postgres(), args.rounds)
    with open("/proc/loadavg") as f:
        print("load average after:", f.read().split()[:3])
    print("| database | campaign | preview min s | median s | min ÷ baseline min | notes |")
    print("| --- | --- | ---: | ---: | ---: | --- |")
    for db, variant, best, median, ratio, notes in results:
        print(f"| {db} | {variant} | {best:.2f} | {median:.2f} | {ratio:.2f} | {notes} |")


if __name__ == "__main__":
    main()
