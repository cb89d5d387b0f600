"""Calibration benchmark: where `winback model calibrate` spends its time on
a large database, stage by stage, against reading the model's summary alone
(the baseline every use of the model pays), measured in the same run.

Run by hand, never as a timed test (read-only: it writes nothing):

    python benchmarks/bench_calibrate.py                       # winback_bench on PostgreSQL
    python benchmarks/bench_calibrate.py --url sqlite:///benchmarks/_data/bench.db --rounds 1

Stages, in one read transaction: ``summary`` (read_summary as of --as-of, in
weeks), ``fit`` (bgnbd.fit on its unique triples, in memory), ``predict``
(P(alive) and E[Y(t)] per client), ``actual`` (the window's GROUP BY and its
fetch), ``bins``; then the whole command, start-up included, as a user runs
it (``cli``, stdout to /dev/null). The data is bench_selection.py's
(1,000,000 clients, 10,000,000 orders from 2004 to 2024).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
import zoneinfo
from pathlib import Path

from winback.db import make_engine, read_engine
from winback.model import bgnbd
from winback.model import calibration as cal
from winback.model.summary import read_summary
from winback.timeutil import epoch_of

UTC = zoneinfo.ZoneInfo("UTC")


def stages(url: str, as_of: dt.datetime, days: int) -> dict[str, float]:
    engine = make_engine(url)
    out: dict[str, float] = {}
    try:
        with read_engine(engine).connect() as conn:
            t = time.perf_counter()
            summary = read_summary(conn, as_of=as_of, unit="weeks", timezone=UTC)
            out["summary"] = time.perf_counter() - t
            t = time.perf_counter()
            model = cal.ModelUsed.fitted(summary, "weeks")
            out["fit"] = time.perf_counter() - t
            t = time.perf_counter()
            p = bgnbd.p_alive(model.params, summary.x, summary.t_x, summary.T)
            e = bgnbd.expected_purchases(model.params, days / 7, summary.x, summary.t_x, summary.T)
            out["predict"] = time.perf_counter() - t
            t = time.perf_counter()
            start = epoch_of(as_of)
            actual = cal.actual_purchase_days(
                conn, summary.client_id, start, start + days * cal.DAY, 0
            )
            out["actual"] = time.perf_counter() - t
            t = time.perf_counter()
            cal.bin_rows(p, e, actual, cal.DEFAULT_BINS)
            out["bins"] = time.perf_counter() - t
            out["clients"] = float(len(summary.client_id))
    finally:
        engine.dispose()
    return out


def cli(url: str, as_of: str, days: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "winback.toml"
        config.write_text(f'[database]\nurl = "{url}"\n[scheduler]\ntimezone = "UTC"\n')
        env = {k: v for k, v in os.environ.items() if not k.startswith("WINBACK_")}
        t = time.perf_counter()
        subprocess.run(
            [
                *(sys.executable, "-m", "winback", "--config", str(config), "model", "calibrate"),
                *("--as-of", as_of, "--horizon-days", str(days), "--format", "json"),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            env=env,
        )
        return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="postgresql://postgres@127.0.0.1:5432/winback_bench")
    parser.add_argument("--as-of", default="2023-12-31")
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    as_of = dt.datetime.fromisoformat(args.as_of).replace(tzinfo=UTC)
    print(f"load average before: {os.getloadavg()}")
    for n in range(1, args.rounds + 1):
        s = stages(args.url, as_of, args.days)
        whole = cli(args.url, args.as_of, args.days)
        parts = " ".join(f"{k} {v:.2f}s" for k, v in s.items() if k != "clients")
        print(
            f"round {n}: {int(s['clients']):,} clients: {parts}; cli {whole:.2f}s "
            f"= {whole / s['summary']:.1f}x the summary alone"
        )
    print(f"load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
