"""Benchmark: `winback import orders` into SQLite vs the sqlite3 tool's `.import`.

Run by hand (never as a test), from the repository root:

    python benchmarks/bench_import.py                 # 100k clients, 1M orders, 3 rounds
    python benchmarks/bench_import.py --rounds 5 --orders 200000

What it does:

1. Generates deterministic CSV files under benchmarks/_data/ (git-ignored):
   clients, 1M orders, and the first 100k of those orders (for the memory
   comparison). Generated once, reused while the sizes and seed are the same.
2. Builds a template database: migrated, clients imported with the real CLI
   (timed on its own, reported separately).
3. Alternates, round after round, the baseline -- the `sqlite3` command-line
   tool's `.import` of the same orders CSV into a bare table of a fresh file --
   and the subject -- `python -m winback import orders` (the real CLI, in a
   subprocess) into a fresh copy of the template. The machine is shared and
   noisy: min and median of each, and the ratio of the mins, are reported.
4. For context, the floor set by the schema itself: the `sqlite3` tool loading
   the same CSV into the real `orders` table of a template copy, all in C, the
   way winback does it (plain indexes dropped, one INSERT ... SELECT joining
   the client ids and converting times and amounts in SQL, indexes rebuilt,
   one transaction). Any importer into this schema pays at least that much.
5. Peak RSS of each process, read by `/usr/bin/time -f %M` around the command
   itself (not from this parent, whose own size would leak into
   RUSAGE_CHILDREN), for the 1M-row import and the 100k-row one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "_data"
TIME = "/usr/bin/time"

FIRST_NAMES = ["Ivan", "Olga", "Pavel", "Anna", "Sergey", "Maria", "Dmitry", "Elena", "Alexey"]
LAST_NAMES = ["Petrov", "Ivanova", "Sidorov", "Smirnova", "Kuznetsov", "Popova", "Volkov"]
CATEGORIES = ["tea", "coffee", "sweets", "gifts", "dishes", "spices", "honey", "books"]
ZONES = ["Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk", "Europe/Kaliningrad", ""]
TAGS = ["retail", "wholesale", "vip", "b2b", "newsletter"]


# ---------------------------------------------------------------- data files


def write_clients(path: Path, count: int, seed: int) -> None:
    rnd = random.Random(seed)
    start = dt.datetime(2019, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(
            "external_id,name,email,phone,telegram_chat_id,timezone,locale,manager,tags,"
            "email_consent,sms_consent,telegram_consent,created_at\n"
        )
        for i in range(count):
            first, last = rnd.choice(FIRST_NAMES), rnd.choice(LAST_NAMES)
            phone = f"8 (9{rnd.randrange(10**2):02d}) {rnd.randrange(10**3):03d}-{rnd.randrange(100):02d}-{rnd.randrange(100):02d}"
            chat = str(rnd.randrange(10**8, 10**10)) if rnd.random() < 0.3 else ""
            tags = ";".join(rnd.sample(TAGS, rnd.randrange(3)))
            created = start + dt.timedelta(minutes=rnd.randrange(3 * 365 * 24 * 60))
            out.write(
                f"c{i:06d},{first} {last},{first.lower()}.{last.lower()}{i}@example.com,"
                f"{phone},{chat},{rnd.choice(ZONES)},ru,manager{rnd.randrange(20)},{tags},"
                f"{rnd.choice(['yes', 'no', ''])},{rnd.choice(['1', '0', ''])},"
                f"{rnd.choice(['true', 'false', ''])},{created:%Y-%m-%d}\n"
            )


def write_orders(path: Path, count: int, clients: int, seed: int) -> None:
    """Orders in time order (as a CRM exports them), naive local time stamps."""
    rnd = random.Random(seed + 1)
    when = dt.datetime(2022, 1, 1)
    step = max(1, int(3 * 365 * 24 * 3600 / count))
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("external_id,client_external_id,placed_at,amount,currency,category,promo_code\n")
        for i in range(count):
            when += dt.timedelta(seconds=rnd.randrange(1, 2 * step))
            promo = f"WB{rnd.randrange(10**6):06d}" if rnd.random() < 0.05 else ""
            out.write(
                f"o{i:08d},c{rnd.randrange(clients):06d},{when:%Y-%m-%d %H:%M:%S},"
                f"{rnd.randrange(100, 50000)}.{rnd.randrange(100):02d},RUB,"
                f"{rnd.choice(CATEGORIES)},{promo}\n"
            )


def head(source: Path, target: Path, rows: int) -> None:
    with source.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as out:
        for i, line in enumerate(src):
            if i > rows:
                break
            out.write(line)


def data_files(clients: int, orders: int, small: int, seed: int) -> tuple[Path, Path, Path]:
    DATA.mkdir(parents=True, exist_ok=True)
    clients_csv = DATA / f"clients_{clients}_s{seed}.csv"
    orders_csv = DATA / f"orders_{orders}_c{clients}_s{seed}.csv"
    small_csv = DATA / f"orders_{orders}_c{clients}_s{seed}_head{small}.csv"
    if not clients_csv.exists():
        print(f"generating {clients_csv.name}", flush=True)
        write_clients(clients_csv, clients, seed)
    if not orders_csv.exists():
        print(f"generating {orders_csv.name}", flush=True)
        write_orders(orders_csv, orders, clients, seed)
    if not small_csv.exists():
        head(orders_csv, small_csv, small)
    return clients_csv, orders_csv, small_csv


# ------------------------------------------------------------------ commands


def config(folder: Path, db: Path) -> Path:
    path = folder / "winback.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{db}"\n[scheduler]\ntimezone = "Europe/Moscow"\n'
        '[logging]\nlevel = "warning"\n',
        encoding="utf-8",
    )
    return path


def run(cmd: list[str], rss_file: Path) -> tuple[float, int, str]:
    """Seconds, peak RSS (KiB) and stdout of one command, run under /usr/bin/time."""
    started = time.perf_counter()
    done = subprocess.run(
        [TIME, "-f", "%M", "-o", str(rss_file), *cmd], capture_output=True, text=True
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stdout}\n{done.stderr}")
    rss = int(rss_file.read_text().split()[-1])
    return seconds, rss, done.stdout.strip()


def winback(cfg: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "winback", "--config", str(cfg), *args]


def fresh(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def template(work: Path, clients_csv: Path) -> tuple[Path, float]:
    db = work / "template.db"
    fresh(db)
    cfg = config(work, db)
    subprocess.run(winback(cfg, "db", "upgrade"), check=True, capture_output=True)
    seconds, _rss, out = run(winback(cfg, "import", "clients", str(clients_csv)), work / "rss")
    print(f"clients: {seconds:.2f} s  {out}", flush=True)
    # fold the WAL into the file so that a copy of template.db is complete
    subprocess.run(["sqlite3", str(db), "PRAGMA wal_checkpoint(TRUNCATE);"], check=True)
    return db, seconds


def subject(work: Path, template_db: Path, orders_csv: Path, name: str) -> tuple[float, int]:
    db = work / f"{name}.db"
    fresh(db)
    shutil.copyfile(template_db, db)
    cfg = config(work, db)
    seconds, rss, out = run(winback(cfg, "import", "orders", str(orders_csv)), work / "rss")
    if " 0 rejected" not in out:
        sys.exit(f"unexpected: {out}")
    fresh(db)
    return seconds, rss


def floor(work: Path, template_db: Path, orders_csv: Path) -> tuple[float, int]:
    db = work / "floor.db"
    fresh(db)
    shutil.copyfile(template_db, db)
    with sqlite3.connect(db) as conn:
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name = 'orders' AND sql IS NOT NULL"
        ).fetchall()
    # Europe/Moscow has been UTC+3 all year since 2014, so the generated
    # naive times (2022 onwards) are converted by a constant here. CROSS JOIN
    # keeps the file's order (SQLite's way of fixing the join order), as
    # winback inserts in the file's order.
    load = (
        "INSERT INTO orders (external_id, client_id, placed_at, amount_minor, currency, "
        "category, promo_code) SELECT b.external_id, c.id, unixepoch(b.placed_at) - 10800, "
        "CAST(replace(b.amount, '.', '') AS INTEGER), b.currency, b.category, "
        "NULLIF(b.promo_code, '') FROM orders_bare b CROSS JOIN clients c "
        "ON c.external_id = b.client_external_id;"
    )
    script = [
        "PRAGMA foreign_keys=ON;",
        ".mode csv",
        f".import {orders_csv} orders_bare",
        "BEGIN IMMEDIATE;",
        *(f"DROP INDEX {name};" for name, _ in indexes),
        load,
        *(f"{sql};" for _, sql in indexes),
        "COMMIT;",
    ]
    seconds, rss, _ = run(["sqlite3", str(db), *script], work / "rss")
    with sqlite3.connect(db) as conn:
        loaded = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    if loaded != sum(1 for _ in orders_csv.open()) - 1:
        sys.exit(f"floor: loaded {loaded} orders")
    fresh(db)
    return seconds, rss


def baseline(work: Path, orders_csv: Path) -> tuple[float, int]:
    db = work / "bench.db"
    fresh(db)
    seconds, rss, _ = run(
        ["sqlite3", str(db), ".mode csv", f".import {orders_csv} orders_bare"], work / "rss"
    )
    fresh(db)
    return seconds, rss


# ---------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000, help="rows for the memory check")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-floor", action="store_true", help="skip the floor measurement")
    args = parser.parse_args()

    clients_csv, orders_csv, small_csv = data_files(
        args.clients, args.orders, args.small, args.seed
    )
    work = DATA / "work"
    work.mkdir(exist_ok=True)
    template_db, clients_seconds = template(work, clients_csv)

    runs: dict[str, list[tuple[float, int]]] = {"baseline": [], "subject": [], "floor": []}
    for i in range(args.rounds):
        # alternate which goes first, so drift on the machine hits them alike
        order = ["baseline", "subject"] if i % 2 == 0 else ["subject", "baseline"]
        if not args.no_floor:
            order.append("floor")
        for which in order:
            if which == "baseline":
                result = baseline(work, orders_csv)
            elif which == "subject":
                result = subject(work, template_db, orders_csv, "round")
            else:
                result = floor(work, template_db, orders_csv)
            runs[which].append(result)
            print(
                f"round {i + 1} {which:8s} {result[0]:6.2f} s  peak RSS {result[1] / 1024:6.1f} MiB"
            )
    runs["small"] = [subject(work, template_db, small_csv, "small") for _ in range(2)]

    print()
    print(
        f"date: {dt.date.today()}  machine: {platform.machine()}, {cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite tool {sqlite_version()}"
    )
    print(
        f"data: {args.clients} clients, {args.orders} orders "
        f"({orders_csv.stat().st_size / 1e6:.0f} MB)"
    )
    print(f"clients import (not in the ratio): {clients_seconds:.2f} s")
    print("| run | rounds | min s | median s | peak RSS MiB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    labels = {
        "baseline": "sqlite3 `.import` into a bare table (baseline)",
        "subject": f"`winback import orders`, {args.orders} rows",
        "small": f"`winback import orders`, {args.small} rows",
        "floor": "sqlite3 loading the real schema, all in C (floor)",
    }
    for which, label in labels.items():
        if runs[which]:
            seconds = [s for s, _ in runs[which]]
            rss = max(r for _, r in runs[which])
            print(
                f"| {label} | {len(seconds)} | {min(seconds):.2f} | "
                f"{statistics.median(seconds):.2f} | {rss / 1024:.1f} |"
            )
    base = min(s for s, _ in runs["baseline"])
    print(f"ratio of mins, winback / baseline: {min(s for s, _ in runs['subject']) / base:.2f}x")
    if runs["floor"]:
        print(f"ratio of mins, floor / baseline: {min(s for s, _ in runs['floor']) / base:.2f}x")


def cpu_count() -> int:
    import os

    return len(os.sched_getaffinity(0))


def sqlite_version() -> str:
    done = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True)
    return done.stdout.split()[0] if done.returncode == 0 else "?"


if __name__ == "__main__":
    main()
