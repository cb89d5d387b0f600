"""Benchmark: `winback import orders` into SQLite vs the sqlite3 tool's `.import`.

Run by hand (never as a test), from the repository root:

    python benchmarks/bench_import.py                 # 100k clients, 1M orders, 3 rounds
    python benchmarks/bench_import.py --rounds 5 --orders 200000
    python benchmarks/bench_import.py --databases sqlite,postgresql,mariadb \
        --clients 1000000 --orders 1000000 --rounds 2   # see all_databases

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
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

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


# ------------------------------------------- every database, clients and orders
#
# python benchmarks/bench_import.py --databases sqlite,postgresql,mariadb \
#     --clients 1000000 --orders 1000000 --rounds 2
#
# For each database, two loads: the clients file into an empty migrated
# database, and the orders file into one that already holds every client. Each
# round runs, in alternating order, the baseline (the database's own bulk load
# of the same CSV into a bare table of text columns: sqlite3 `.import`, psql
# `\copy` = COPY FROM STDIN, mariadb `LOAD DATA LOCAL INFILE`), winback (the
# real CLI; `import orders` includes its client_order_stats refresh), and the
# floor (the same tool loading the CSV into the real schema, all in SQL:
# staging table, one INSERT ... SELECT converting cells and joining client
# ids; for clients also the tags). Peak RSS: /usr/bin/time of the command.

PG = "postgresql://postgres@127.0.0.1:5432"
MARIADB = "mysql://root@127.0.0.1:3306"
PSQL = ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-U", "postgres", "-d"]
MARIADB_CLI = ["mariadb", "--local-infile=1", "-h", "127.0.0.1", "-u", "root", "-D"]
CLIENT_COLUMNS = (
    "external_id,name,email,phone,telegram_chat_id,timezone,locale,manager,tags,"
    "email_consent,sms_consent,telegram_consent,created_at"
)
ORDER_COLUMNS = "external_id,client_external_id,placed_at,amount,currency,category,promo_code"
MOSCOW = 10800  # Europe/Moscow is UTC+3 all year since 2014: the generated times


def bare_table(name: str, columns: str, *, temporary: bool = False, mariadb: bool = False) -> str:
    cols = ", ".join(f"{c} TEXT" for c in columns.split(","))
    # MariaDB: the collation of winback's tables, so that the join uses their index
    collate = " CHARSET utf8mb4 COLLATE utf8mb4_bin" if mariadb else ""
    return f"CREATE {'TEMPORARY ' if temporary else ''}TABLE {name} ({cols}){collate}"


def load_clients_sql(dialect: str) -> list[str]:
    """INSERT ... SELECT from the staging table `b` into clients and client_tags."""
    digits = {
        "sqlite": "replace(replace(replace(replace(phone,' ',''),'(',''),')',''),'-','')",
        "postgresql": "regexp_replace(phone, '[^0-9]', '', 'g')",
        "mariadb": "regexp_replace(phone, '[^0-9]', '')",
    }[dialect]
    epoch = {
        "sqlite": "unixepoch(created_at)",
        "postgresql": "extract(epoch from created_at::timestamp)::bigint",
        "mariadb": "timestampdiff(second, '1970-01-01', created_at)",
    }[dialect]
    now = {"sqlite": "unixepoch()", "postgresql": "extract(epoch from now())::bigint"}.get(
        dialect, "unix_timestamp()"
    )
    true, false = ("TRUE", "FALSE") if dialect == "postgresql" else ("1", "0")

    def cat(*parts: str) -> str:
        return " || ".join(parts) if dialect == "sqlite" else f"concat({', '.join(parts)})"

    def flag(column: str, yes: str, no: str) -> str:
        return f"CASE {column} WHEN '{yes}' THEN {true} WHEN '{no}' THEN {false} END"

    phone = cat("'+7'", f"substr({digits}, 2)")
    tags = {
        "sqlite": "json_each('[\"' || replace(b.tags, ';', '\",\"') || '\"]') j",
        "postgresql": "unnest(string_to_array(b.tags, ';')) AS j(value)",
        "mariadb": "JSON_TABLE(concat('[\"', replace(b.tags, ';', '\",\"'), '\"]'), "
        "'$[*]' COLUMNS (value VARCHAR(64) PATH '$')) j",
    }[dialect]
    return [
        "INSERT INTO clients (external_id, name, email, phone, telegram_chat_id, timezone, "
        "locale, manager, email_consent, sms_consent, telegram_consent, consent_updated_at, "
        "created_at, updated_at) SELECT external_id, NULLIF(name, ''), NULLIF(email, ''), "
        f"{phone}, NULLIF(telegram_chat_id, ''), "
        "NULLIF(timezone, ''), NULLIF(locale, ''), NULLIF(manager, ''), "
        f"{flag('email_consent', 'yes', 'no')}, {flag('sms_consent', '1', '0')}, "
        f"{flag('telegram_consent', 'true', 'false')}, "
        f"CASE WHEN {cat('email_consent', 'sms_consent', 'telegram_consent')} <> '' "
        f"THEN {now} END, "
        f"{epoch} - {MOSCOW}, {now} FROM b",
        f"INSERT INTO client_tags (client_id, tag) SELECT c.id, j.value FROM b "
        f"JOIN clients c ON c.external_id = b.external_id CROSS JOIN {tags} WHERE b.tags <> ''",
    ]


def load_orders_sql(dialect: str) -> str:
    epoch = {
        "postgresql": "extract(epoch from b.placed_at::timestamp)::bigint",
        "mariadb": "timestampdiff(second, '1970-01-01', b.placed_at)",
    }[dialect]
    amount = {"postgresql": "replace(b.amount, '.', '')::bigint"}.get(
        dialect, "CAST(replace(b.amount, '.', '') AS SIGNED)"
    )
    return (
        "INSERT INTO orders (external_id, client_id, placed_at, amount_minor, currency, "
        f"category, promo_code) SELECT b.external_id, c.id, {epoch} - {MOSCOW}, {amount}, "
        "b.currency, NULLIF(b.category, ''), NULLIF(b.promo_code, '') FROM b "
        "JOIN clients c ON c.external_id = b.client_external_id"
    )


class Server:
    """One of PostgreSQL and MariaDB: databases, and the commands of each run."""

    def __init__(self, dialect: str, work: Path) -> None:
        self.dialect = dialect
        self.work = work
        self.url = PG if dialect == "postgresql" else MARIADB
        self.cli = PSQL if dialect == "postgresql" else MARIADB_CLI
        self.admin = "postgres" if dialect == "postgresql" else "mysql"

    def sql(self, database: str, *statements: str) -> None:
        if self.dialect == "postgresql":  # each -c its own transaction (CREATE DATABASE)
            args = [a for s in statements for a in ("-c", s)]
        else:
            args = ["-e", ";\n".join(statements)]
        done = subprocess.run([*self.cli, database, *args], capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"failed: {statements}\n{done.stderr}")

    def recreate(self, database: str, *, migrate: bool = True) -> Path:
        self.sql(self.admin, f"DROP DATABASE IF EXISTS {database}", f"CREATE DATABASE {database}")
        cfg = config_url(self.work / database, f"{self.url}/{database}")
        if migrate:
            subprocess.run(winback(cfg, "db", "upgrade"), check=True, capture_output=True)
        return cfg

    def bulk(self, database: str, csv_path: Path, table: str) -> list[str]:
        """A command that loads the CSV into ``table`` with the server's own tool."""
        if self.dialect == "postgresql":
            return ["-c", f"\\copy {table} FROM '{csv_path}' CSV HEADER"]
        return [
            "-e",
            f"LOAD DATA LOCAL INFILE '{csv_path}' INTO TABLE {table} CHARACTER SET utf8mb4 "
            "FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\n' "
            "IGNORE 1 LINES",
        ]

    def baseline(self, csv_path: Path, columns: str) -> tuple[float, int]:
        self.sql(self.admin, "DROP DATABASE IF EXISTS wbbench_bare", "CREATE DATABASE wbbench_bare")
        self.sql("wbbench_bare", bare_table("bare", columns))
        cmd = [*self.cli, "wbbench_bare", *self.bulk("wbbench_bare", csv_path, "bare")]
        seconds, rss, _ = run(cmd, self.work / "rss")
        return seconds, rss

    def floor(
        self, database: str, csv_path: Path, columns: str, load: list[str]
    ) -> tuple[float, int]:
        """Staging table, the server's bulk load into it, INSERT ... SELECT, one transaction."""
        script = self.work / f"floor_{self.dialect}.sql"
        begin = "BEGIN" if self.dialect == "postgresql" else "START TRANSACTION"
        copy = self.bulk(database, csv_path, "b")[1]
        lines = [
            f"{bare_table('b', columns, temporary=True, mariadb=self.dialect == 'mariadb')};",
            f"{copy};" if self.dialect == "mariadb" else copy,
            f"{begin};",
            *(f"{s};" for s in load),
            "COMMIT;",
        ]
        script.write_text("\n".join(lines) + "\n", encoding="utf-8")
        if self.dialect == "postgresql":
            cmd = [*self.cli, database, "-f", str(script)]
        else:
            cmd = [*self.cli, database, "-e", f"source {script}"]
        seconds, rss, _ = run(cmd, self.work / "rss")
        return seconds, rss

    def empty_orders(self, database: str) -> None:
        """Back to the clients alone. PostgreSQL: TRUNCATE, as a DELETE leaves the
        next round a million dead rows to step over (a second round took 1.5x)."""
        tables = ("orders", "client_order_stats", "client_order_stats_stale")
        if self.dialect == "postgresql":
            self.sql(database, f"TRUNCATE {', '.join(tables)}", "VACUUM ANALYZE")
        else:
            self.sql(database, *(f"DELETE FROM {t}" for t in tables))


def config_url(folder: Path, url: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "winback.toml"
    path.write_text(
        f'[database]\nurl = "{url}"\n[scheduler]\ntimezone = "Europe/Moscow"\n'
        '[logging]\nlevel = "warning"\n',
        encoding="utf-8",
    )
    return path


# the client_order_stats rebuild that `import orders` runs after the load,
# as the CLI reports it: the floors do not rebuild the stats
STATS_REBUILD: list[float] = []


def subject_cli(cfg: Path, kind: str, csv_path: Path, rows: int) -> tuple[float, int]:
    seconds, rss, out = run(winback(cfg, "import", kind, str(csv_path)), cfg.parent / "rss")
    if f"{rows} rows read, {rows} inserted" not in out or " 0 rejected" not in out:
        sys.exit(f"unexpected: {out}")
    rebuilt = re.search(r"order stats (?:rebuilt all|refreshed): \d+ clients? in ([0-9.]+) s", out)
    if rebuilt:
        STATS_REBUILD.append(float(rebuilt.group(1)))
    return seconds, rss


def sqlite_steps(
    work: Path, clients_csv: Path, orders_csv: Path, n: tuple[int, int]
) -> dict[str, Any]:
    """The six runs on SQLite: name -> a function of no arguments."""
    empty = work / "empty.db"
    fresh(empty)
    subprocess.run(winback(config(work, empty), "db", "upgrade"), check=True, capture_output=True)
    subprocess.run(["sqlite3", str(empty), "PRAGMA wal_checkpoint(TRUNCATE);"], check=True)
    with_clients = work / "with_clients.db"
    fresh(with_clients)
    shutil.copyfile(empty, with_clients)
    sqlite_floor_clients(work, empty, clients_csv, with_clients)

    def subject_clients() -> tuple[float, int]:
        db = work / "subject.db"
        fresh(db)
        shutil.copyfile(empty, db)
        return subject_cli(config(work, db), "clients", clients_csv, n[0])

    def subject_orders() -> tuple[float, int]:
        db = work / "subject.db"
        fresh(db)
        shutil.copyfile(with_clients, db)
        return subject_cli(config(work, db), "orders", orders_csv, n[1])

    def floor_clients() -> tuple[float, int]:
        db = work / "floor.db"
        fresh(db)
        return sqlite_floor_clients(work, empty, clients_csv, db, copy=True)

    return {
        "clients baseline": lambda: baseline(work, clients_csv),
        "clients winback": subject_clients,
        "clients floor": floor_clients,
        "orders baseline": lambda: baseline(work, orders_csv),
        "orders winback": subject_orders,
        "orders floor": lambda: floor(work, with_clients, orders_csv),
    }


def sqlite_floor_clients(
    work: Path, empty: Path, clients_csv: Path, db: Path, *, copy: bool = False
) -> tuple[float, int]:
    if copy:
        shutil.copyfile(empty, db)
    with sqlite3.connect(db) as conn:
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
            "AND tbl_name IN ('clients', 'client_tags') AND sql IS NOT NULL"
        ).fetchall()
    script = [
        "PRAGMA foreign_keys=ON;",
        ".mode csv",
        f".import {clients_csv} b",
        "BEGIN IMMEDIATE;",
        *(f"DROP INDEX {name};" for name, _ in indexes),
        *(f"{s};" for s in load_clients_sql("sqlite")),
        *(f"{sql};" for _, sql in indexes),
        "DROP TABLE b;",
        "COMMIT;",
        "PRAGMA wal_checkpoint(TRUNCATE);",
    ]
    seconds, rss, _ = run(["sqlite3", str(db), *script], work / "rss")
    return seconds, rss


def server_steps(
    dialect: str, work: Path, clients_csv: Path, orders_csv: Path, n: tuple[int, int]
) -> dict[str, Any]:
    server = Server(dialect, work)
    clients_db, orders_db = "wbbench_clients", "wbbench_orders"
    name = "postgresql" if dialect == "postgresql" else "mariadb"
    server.recreate(orders_db)
    server.floor(orders_db, clients_csv, CLIENT_COLUMNS, load_clients_sql(name))
    orders_cfg = config_url(work / orders_db, f"{server.url}/{orders_db}")

    def subject_clients() -> tuple[float, int]:
        return subject_cli(server.recreate(clients_db), "clients", clients_csv, n[0])

    def floor_clients() -> tuple[float, int]:
        server.recreate(clients_db)
        return server.floor(clients_db, clients_csv, CLIENT_COLUMNS, load_clients_sql(name))

    def subject_orders() -> tuple[float, int]:
        server.empty_orders(orders_db)
        return subject_cli(orders_cfg, "orders", orders_csv, n[1])

    def floor_orders() -> tuple[float, int]:
        server.empty_orders(orders_db)
        return server.floor(orders_db, orders_csv, ORDER_COLUMNS, [load_orders_sql(name)])

    return {
        "clients baseline": lambda: server.baseline(clients_csv, CLIENT_COLUMNS),
        "clients winback": subject_clients,
        "clients floor": floor_clients,
        "orders baseline": lambda: server.baseline(orders_csv, ORDER_COLUMNS),
        "orders winback": subject_orders,
        "orders floor": floor_orders,
    }


def all_databases(args: argparse.Namespace) -> None:
    clients_csv = DATA / f"clients_{args.clients}_s{args.seed}.csv"
    orders_csv = DATA / f"orders_{args.orders}_c{args.clients}_s{args.seed}.csv"
    DATA.mkdir(parents=True, exist_ok=True)
    if not clients_csv.exists():
        write_clients(clients_csv, args.clients, args.seed)
    if not orders_csv.exists():
        write_orders(orders_csv, args.orders, args.clients, args.seed)
    work = DATA / "work_all"
    work.mkdir(exist_ok=True)
    n = (args.clients, args.orders)
    results: dict[tuple[str, str], list[tuple[float, int]]] = {}
    for dialect in args.databases.split(","):
        if dialect == "sqlite":
            steps = sqlite_steps(work, clients_csv, orders_csv, n)
        else:
            steps = server_steps(dialect, work, clients_csv, orders_csv, n)
        for kind in ("clients", "orders"):
            for i in range(args.rounds):
                names = ["baseline", "winback", "floor"]
                if i % 2:
                    names = names[1:] + names[:1]
                for which in names:
                    result = steps[f"{kind} {which}"]()
                    results.setdefault((dialect, f"{kind} {which}"), []).append(result)
                    if STATS_REBUILD:  # the same run less its stats rebuild
                        less = (result[0] - STATS_REBUILD.pop(), result[1])
                        results.setdefault((dialect, f"{kind} load-only"), []).append(less)
                    print(
                        f"{dialect} {kind} round {i + 1} {which:8s} {result[0]:7.2f} s "
                        f"peak RSS {result[1] / 1024:6.1f} MiB",
                        flush=True,
                    )
    report(args, results, clients_csv, orders_csv)


def report(
    args: argparse.Namespace,
    results: dict[tuple[str, str], list[tuple[float, int]]],
    clients_csv: Path,
    orders_csv: Path,
) -> None:
    print()
    print(
        f"date: {dt.date.today()}  machine: {platform.machine()}, {cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite tool {sqlite_version()}"
    )
    print(
        f"data: {args.clients} clients ({clients_csv.stat().st_size / 1e6:.0f} MB), "
        f"{args.orders} orders ({orders_csv.stat().st_size / 1e6:.0f} MB) into a database "
        f"holding the {args.clients} clients"
    )
    print(
        "| database | file | run | rounds | min s | median s | peak RSS MiB | × baseline | × floor |"
    )
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for (dialect, step), runs in results.items():
        kind, which = step.split()
        seconds = [s for s, _ in runs]
        base = min(s for s, _ in results[(dialect, f"{kind} baseline")])
        low = min(s for s, _ in results[(dialect, f"{kind} floor")])
        print(
            f"| {dialect} | {kind} | {which} | {len(runs)} | {min(seconds):.2f} | "
            f"{statistics.median(seconds):.2f} | {max(r for _, r in runs) / 1024:.1f} | "
            f"{min(seconds) / base:.2f} | {min(seconds) / low:.2f} |"
        )


# ---------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000, help="rows for the memory check")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-floor", action="store_true", help="skip the floor measurement")
    parser.add_argument(
        "--databases",
        help="e.g. sqlite,postgresql,mariadb: clients and orders on each (see all_databases)",
    )
    args = parser.parse_args()
    if args.databases:
        all_databases(args)
        return

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
