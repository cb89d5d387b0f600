"""Daemon benchmark: 1, 2 and 3 `winback daemon` workers on one PostgreSQL, and idle cost.

Run by hand (never as a test), from the repository root, with PostgreSQL on
127.0.0.1:5432 (role postgres, trust):

    python benchmarks/bench_daemon.py --rounds 2                 # scaling, then idle
    python benchmarks/bench_daemon.py --only scaling --rounds 3 --workers 1 3
    python benchmarks/bench_daemon.py --only idle --idle-seconds 300

The targets (issue 13):

1. Messages per second with 1, 2 and 3 daemons on one PostgreSQL database
   sending 20,000 SMS to a loopback gateway that answers after 100 ms:
   sending is bounded by the gateway's latency, so 3 workers should reach at
   least 2.5x one worker.
2. The daemon's idle cost: CPU per hour with nothing due.

What it does:

* **Gateway.** A raw HTTP/1.1 keep-alive server (stdlib ``asyncio.Protocol``,
  as in bench_send.py) in a separate process on 127.0.0.1. ``POST /send``
  with the generic provider's JSON is answered ``200 {"id": "p<n>"}`` after
  ``--latency`` seconds (100 ms) by ``loop.call_later``, so the gateway never
  blocks and any number of requests wait at once; httpx keeps one request in
  flight per keep-alive connection. It records each request's ``id`` and the
  arrival time of each distinct id; ``GET /stats`` and ``POST /reset`` are the
  bench's controls.
* **Data.** A database of its own, ``winback_bench_daemon`` (dropped and
  created again by every run), migrated with winback's migrations: N clients
  (``--messages``, 20,000), each with an E.164 phone, SMS consent and one
  order 60-360 days old, loaded with COPY; ``client_order_stats`` rebuilt as
  an import does. One campaign selects them all: ``last_order_days_min = 30``,
  ``max_per_run = N``, holdout 0, channels ``["sms"]``, the shipped templates
  ``lapsed-regulars``, no ``schedule`` (the send job sends its open cycle).
* **Config.** ``[channels.sms] transport = "http"``, ``provider = "generic"``,
  ``rate_per_second = 100000``, ``concurrency = C`` (``--concurrency``, 10):
  one worker's ceiling is C / latency = 100 msg/s, bounded by the gateway.
  ``[scheduler] send_interval_seconds = 1``, ``heartbeat_seconds = 2``.
* **Scaling.** For each k of ``--workers`` (1 2 3), alternating the order
  round by round (``--rounds``): the plans, workers and schedule fires of the
  round before are deleted; k real daemons start
  (``python -m winback --config ... daemon --worker-id bK-i``, logs to files
  in benchmarks/_data/daemon-work/); once every one has logged "started",
  ``winback run-once CAMPAIGN --plan-only`` plans the cycle (planning is
  outside the timing, and no worker gets a head start from starting first);
  each daemon's next send job (within 1 s) sends it. Timed from the first
  request at the gateway to the answer to the N-th distinct id (its arrival
  + latency). Then, once the database has every message ``sent`` and the
  cycle finished, the daemons get SIGTERM and must exit 0. Checked: every
  message ``sent`` with a provider id, nothing left ``sending``, the cycle
  finished, the gateway got N requests with N distinct ids (nothing twice,
  nothing lost); ``messages.sent_by`` gives each worker's share. CPU time
  (user + system, all threads) of each daemon from /proc/<pid>/stat: over
  the send (from the plan's start to the end) and in all.
* **Where the time goes.** Beside each round: the CPU time of the gateway
  and of the PostgreSQL backends connected to the bench's database, how busy
  the whole machine was (/proc/stat, everyone's work), and each sending
  slot's gap: on one keep-alive connection, the time from an answer going
  out to the next request coming in (0 would be a worker at its ceiling;
  it holds the ``sending`` commit, the claims and waiting for a CPU).
* **Idle.** One daemon, the same data, a campaign whose ``schedule`` is far
  ahead (1 January, 03:00) and no open cycle: nothing is due. After start-up
  and ``--settle`` seconds, CPU time over ``--idle-seconds`` (120) is read
  from /proc/<pid>/stat and extrapolated to CPU seconds per hour and percent
  of one core; RSS (VmRSS, VmHWM) too. Twice: with the default intervals
  (send job every 60 s, heartbeat every 10 s) and with the tests' (1 s, 2 s).

The machine is shared and noisy (see /work/shared/TRAPS.md): the ratio to one
worker is computed within the same run, min and median are reported, and the
1-minute load average is logged beside each measurement.
"""

from __future__ import annotations

import argparse
import array
import asyncio
import datetime as dt
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

# bench_send.py's sink framing, its controls, log() and /proc reading (the
# script's folder is first on sys.path when it is run)
from bench_send import Sink, _response, _SinkProtocol, log
from bench_send import _cpu_s as cpu_s

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "_data"
WORK = DATA / "daemon-work"
PG_SERVER = "postgresql://postgres@127.0.0.1:5432"
DB_NAME = "winback_bench_daemon"
CAMPAIGN = "bench-daemon"
TOKEN_ENV = "WINBACK_BENCH_SMS_TOKEN"
TOKEN = "bench-sms-token"
SECRET_ENV = "WINBACK_UNSUBSCRIBE_SECRET"
SECRET = "bench-unsubscribe-secret-0123456789abcdef"
# The tables a round writes; deleted before the next one (clients and orders stay).
ROUND_TABLES = (
    "message_events",
    "messages",
    "assignments",
    "campaign_runs",
    "schedule_fires",
    "workers",
)

FIRST = ["Анна", "Иван", "Мария", "Екатерина", "Ольга", "Алексей", "Дмитрий", "Наталья"]
LAST = ["Петрова", "Соколов", "Смирнова", "Иванова", "Кузнецов", "Орлова", "Попов", ""]
CATEGORIES = ["Улун", "Пуэр", "Зелёный чай", "Посуда"]


def load1() -> float:
    return os.getloadavg()[0]


# ==================================================================== gateway


class _GatewayState:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.count = 0
        self.ids: set[str] = set()
        self.first_seen = array.array("d")  # arrival time of each distinct id, in order
        self.bad = 0
        self.connections = 0
        # per connection: from an answer going out to the next request coming
        # in on it, i.e. what a sending slot spends outside the gateway
        self.gaps = array.array("d")

    def stats(self, with_times: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "count": self.count,
            "distinct": len(self.ids),
            "bad": self.bad,
            "connections": self.connections,
            "first": self.first_seen[0] if self.first_seen else None,
            "last": self.first_seen[-1] if self.first_seen else None,
        }
        if with_times:
            out["times"] = list(self.first_seen)
            out["gaps"] = list(self.gaps)
        return out


class _GatewayProtocol(_SinkProtocol):
    """bench_send's sink protocol (the HTTP framing), answering later."""

    state: _GatewayState  # type: ignore[assignment]
    latency: float

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self.loop = asyncio.get_running_loop()
        self.sender = False
        self.last: float | None = None  # when the last request on this connection came

    def _write(self, data: bytes) -> None:
        if not self.transport.is_closing():
            self.transport.write(data)

    def _handle(self, head: bytes, body: bytes) -> bytes:
        """What to write now: nothing for a send (answered after the latency)."""
        line = head.split(b"\r\n", 1)[0]
        state = self.state
        if line.startswith(b"POST /send "):
            now = time.time()
            state.count += 1
            if not self.sender:  # a connection of a daemon (not of the bench's controls)
                self.sender = True
                state.connections += 1
            if self.last is not None:
                state.gaps.append(now - self.last - self.latency)
            self.last = now
            try:
                key = json.loads(body)["id"]
            except (ValueError, KeyError, TypeError):
                state.bad += 1
                key = None
            if key is not None and key not in state.ids:
                state.ids.add(key)
                state.first_seen.append(now)
            # Answered later without blocking: every request waits the same
            # latency, so answers on one connection keep their order.
            answer = _response("200 OK", b'{"id": "p%d"}' % state.count)
            self.loop.call_later(self.latency, self._write, answer)
            return b""
        if line.startswith(b"GET /stats"):
            return _response("200 OK", json.dumps(state.stats(b"times=1" in line)).encode())
        if line.startswith(b"POST /reset "):
            state.reset()
            return _response("200 OK", b"{}")
        return _response("404 Not Found", b"{}")


def gateway_main(latency: float) -> None:
    async def serve() -> None:
        _GatewayProtocol.state = _GatewayState()
        _GatewayProtocol.latency = latency
        server = await asyncio.get_running_loop().create_server(
            _GatewayProtocol, "127.0.0.1", 0, backlog=1024
        )
        print(server.sockets[0].getsockname()[1], flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(serve())


class Gateway(Sink):
    """The gateway process; its controls are bench_send's."""

    def __init__(self, latency: float) -> None:  # not Sink's: another server
        self.latency = latency
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "_gateway", str(latency)], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}/send"

    def cpu(self) -> float:
        return cpu_s(self.proc.pid) or 0.0


# ======================================================================= data


def pg_url(db: str) -> str:
    return f"{PG_SERVER}/{db}"


def build_database(n: int) -> None:
    """A fresh database: N clients with a phone, SMS consent and one old order."""
    import psycopg

    sys.path.insert(0, str(ROOT))
    from winback import migrate, order_stats
    from winback.db import make_engine

    t0 = time.perf_counter()
    with psycopg.connect(pg_url("postgres"), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {DB_NAME}")
    engine = make_engine(pg_url(DB_NAME))
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    now = int(time.time())
    day = 86_400
    with psycopg.connect(pg_url(DB_NAME)) as con:
        with con.cursor().copy(
            "COPY clients (id, external_id, name, phone, timezone, locale, email_consent, "
            "sms_consent, telegram_consent, consent_updated_at, created_at, updated_at) "
            "FROM STDIN"
        ) as copy:
            for i in range(1, n + 1):
                name = f"{FIRST[i % len(FIRST)]} {LAST[(i // 8) % len(LAST)]}".strip()
                then = now - 400 * day
                consents = (False, True, False)  # email, sms, telegram
                times = (then, then, then)  # consent_updated_at, created_at, updated_at
                phone = f"+7999{i:07d}"
                copy.write_row(
                    (i, f"C{i:07d}", name, phone, "Europe/Moscow", "ru", *consents, *times)
                )
        with con.cursor().copy(
            "COPY orders (id, external_id, client_id, placed_at, amount_minor, currency, "
            "category) FROM STDIN"
        ) as copy:
            for i in range(1, n + 1):
                copy.write_row(
                    (
                        i,
                        f"O{i:08d}",
                        i,
                        now - (60 + i % 300) * day - i % day,
                        100_000 + (i * 7919) % 900_000,
                        "RUB",
                        CATEGORIES[i % len(CATEGORIES)],
                    )
                )
        for table in ("clients", "orders"):
            con.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
    engine = make_engine(pg_url(DB_NAME))
    try:
        order_stats.refresh(engine, full=True)
    finally:
        engine.dispose()
    with psycopg.connect(pg_url(DB_NAME), autocommit=True) as con:
        con.execute("VACUUM (ANALYZE)")
    log(f"database {DB_NAME}: {n:,} clients and orders in {time.perf_counter() - t0:.1f} s")


def clear_round() -> None:
    """Forget the previous round's cycle, its messages, workers and fires."""
    import psycopg

    with psycopg.connect(pg_url(DB_NAME), autocommit=True) as con:
        con.execute("TRUNCATE " + ", ".join(ROUND_TABLES))
        con.execute("VACUUM (ANALYZE) messages, assignments")


def db_progress() -> dict[str, Any]:
    import psycopg

    with psycopg.connect(pg_url(DB_NAME), autocommit=True) as con:
        status: dict[str, int] = dict(
            con.execute("SELECT status, count(*) FROM messages GROUP BY status")
        )
        runs = con.execute("SELECT status FROM campaign_runs").fetchall()
    return {"status": status, "runs": [r[0] for r in runs]}


def verify(n: int, gateway_stats: dict[str, Any]) -> dict[str, int]:
    """Every message sent once and recorded; returns messages sent per worker."""
    import psycopg

    with psycopg.connect(pg_url(DB_NAME), autocommit=True) as con:
        status: dict[str, int] = dict(
            con.execute("SELECT status, count(*) FROM messages GROUP BY status")
        )
        no_pid = con.execute("SELECT count(*) FROM messages WHERE provider_id IS NULL").fetchone()
        by_worker: dict[str, int] = dict(
            con.execute(
                "SELECT coalesce(sent_by, '-'), count(*) FROM messages GROUP BY sent_by "
                "ORDER BY sent_by"
            )
        )
        runs = con.execute("SELECT status FROM campaign_runs").fetchall()
        sent_events = con.execute(
            "SELECT count(*) FROM message_events WHERE status = 'sent'"
        ).fetchone()
    problems = []
    if status != {"sent": n}:
        problems.append(f"messages by status {status}")
    if no_pid and no_pid[0]:
        problems.append(f"{no_pid[0]} messages without the provider's id")
    if [r[0] for r in runs] != ["finished"]:
        problems.append(f"cycles {runs}")
    if not sent_events or sent_events[0] != n:
        problems.append(f"{sent_events} 'sent' events")
    st = gateway_stats
    if not (st["count"] == n and st["distinct"] == n and not st["bad"]):
        problems.append(
            f"gateway saw {st['count']} requests, {st['distinct']} distinct ids, {st['bad']} bad"
        )
    if problems:
        raise AssertionError("verification failed: " + "; ".join(problems))
    return {str(k): int(v) for k, v in by_worker.items()}


# ===================================================================== config


def write_config(
    gateway_url: str, *, n: int, concurrency: int, send_s: int, heartbeat_s: int, tag: str
) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    # idle: a schedule far ahead, so nothing is ever due
    schedule = 'schedule = "0 3 1 1 *"\n' if tag.startswith("idle") else ""
    path = WORK / f"{tag}.toml"
    path.write_text(
        f"""# Written by benchmarks/bench_daemon.py
templates_dir = "{ROOT / "campaign_templates"}"

[database]
url = "{pg_url(DB_NAME)}"

[logging]
level = "info"

[scheduler]
timezone = "Europe/Moscow"
send_interval_seconds = {send_s}
heartbeat_seconds = {heartbeat_s}

[unsubscribe]
base_url = "https://shop.example.com/winback"
secret_env = "{SECRET_ENV}"

[channels.sms]
transport = "http"
provider = "generic"
url = "{gateway_url}"
token_env = "{TOKEN_ENV}"
sender = "SHOP"
rate_per_second = 100000
concurrency = {concurrency}
sms_max_segments = 10
timeout_seconds = 10

[[campaigns]]
name = "{CAMPAIGN}"
templates = "lapsed-regulars"
channels = ["sms"]
max_per_run = {n}
cooldown_days = 30
holdout_percent = 0
{schedule}
[campaigns.select]
last_order_days_min = 30

[campaigns.offer]
discount_percent = 15
code_prefix = "BACK"
valid_days = 21
""",
        encoding="utf-8",
    )
    return path


def winback_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINBACK_")}
    env |= {SECRET_ENV: SECRET, TOKEN_ENV: TOKEN, "PYTHONPATH": str(ROOT)}
    return env


# ================================================================= processes

WINBACK = (sys.executable, "-m", "winback")


def memory_kb(pid: int) -> dict[str, int]:
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key = line.split(":", 1)[0]
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(line.split()[1])
    except OSError:
        pass
    return out


def machine_jiffies() -> tuple[int, int]:
    """(busy, total) CPU jiffies of the whole machine so far, all cores."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def backend_cpu() -> dict[int, float]:
    """CPU seconds so far of each PostgreSQL backend connected to the bench's
    database (the daemons' pooled connections), but this query's own."""
    import psycopg

    with psycopg.connect(pg_url("postgres"), autocommit=True) as con:
        pids = [
            r[0]
            for r in con.execute("SELECT pid FROM pg_stat_activity WHERE datname = %s", (DB_NAME,))
        ]
    return {pid: c for pid in pids if (c := cpu_s(pid)) is not None}


class Daemon:
    """One `winback daemon` process, its log in a file."""

    def __init__(self, cfg: Path, worker: str) -> None:
        self.worker = worker
        self.log_path = WORK / f"{worker}.log"
        self.log_file = open(self.log_path, "w", encoding="utf-8")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [*WINBACK, "--config", str(cfg), "daemon", "--worker-id", worker],
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            env=winback_env(),
            cwd=WORK,
        )

    def started(self) -> bool:
        return f"daemon {self.worker} started" in self.log_path.read_text(encoding="utf-8")

    def cpu(self) -> float:
        return cpu_s(self.proc.pid) or 0.0

    def alive(self) -> bool:
        return self.proc.poll() is None

    def tail(self) -> str:
        return self.log_path.read_text(encoding="utf-8")[-3000:]

    def stop(self, timeout: float = 60) -> int:
        if self.alive():
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self.log_file.close()

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
            self.proc.wait()
        self.log_file.close()


def start_daemons(cfg: Path, workers: list[str], timeout: float = 120) -> list[Daemon]:
    daemons = [Daemon(cfg, w) for w in workers]
    deadline = time.time() + timeout
    while not all(d.started() for d in daemons):
        for d in daemons:
            if not d.alive():
                raise RuntimeError(f"daemon {d.worker} exited at start:\n{d.tail()}")
        if time.time() > deadline:
            raise RuntimeError("daemons did not start in time")
        time.sleep(0.2)
    return daemons


def stop_daemons(daemons: list[Daemon]) -> None:
    codes = {d.worker: d.stop() for d in daemons}
    if any(codes.values()):
        tails = "\n".join(f"--- {d.worker}\n{d.tail()}" for d in daemons if codes[d.worker])
        raise RuntimeError(f"daemon exit codes {codes}:\n{tails}")


def plan(cfg: Path) -> float:
    t0 = time.perf_counter()
    out = subprocess.run(
        [*WINBACK, "--config", str(cfg), "run-once", CAMPAIGN, "--plan-only"],
        capture_output=True,
        text=True,
        env=winback_env(),
        cwd=WORK,
    )
    if out.returncode != 0:
        raise RuntimeError(f"run-once --plan-only failed ({out.returncode}):\n{out.stderr[-3000:]}")
    return time.perf_counter() - t0


# =================================================================== scaling


def one_round(gateway: Gateway, cfg: Path, n: int, k: int, tag: str) -> dict[str, Any]:
    clear_round()
    gateway.reset()
    daemons = start_daemons(cfg, [f"{tag}-{i}" for i in range(1, k + 1)])
    try:
        cpu0 = [d.cpu() for d in daemons]
        gw0, pg0, m0 = gateway.cpu(), backend_cpu(), machine_jiffies()
        load_before = load1()
        plan_s = plan(cfg)
        expected = n / (k * 100)  # seconds at the ideal rate, 100 msg/s a worker
        deadline = time.time() + 5 * expected + 120
        while gateway.stats()["distinct"] < n:
            for d in daemons:
                if not d.alive():
                    raise RuntimeError(f"daemon {d.worker} died:\n{d.tail()}")
            if time.time() > deadline:
                raise RuntimeError(f"timed out: gateway {gateway.stats()}, db {db_progress()}")
            time.sleep(0.25)
        deadline = time.time() + 60
        while True:  # the last answers recorded, the cycle closed by a send job
            progress = db_progress()
            if progress["status"] == {"sent": n} and progress["runs"] == ["finished"]:
                break
            if time.time() > deadline:
                raise RuntimeError(f"database not done: {progress}")
            time.sleep(0.25)
        cpu1 = [d.cpu() for d in daemons]
        gw1, pg1, m1 = gateway.cpu(), backend_cpu(), machine_jiffies()
        load_after = load1()
    except BaseException:
        for d in daemons:
            d.kill()
        raise
    stop_daemons(daemons)
    st = gateway.stats(times=True)
    times = st.pop("times")
    gaps = sorted(st.pop("gaps"))
    recorded = verify(n, st)
    by_worker = {d.worker: recorded.pop(d.worker, 0) for d in daemons} | recorded
    elapsed = times[n - 1] + gateway.latency - times[0]
    send_cpu = [b - a for a, b in zip(cpu0, cpu1, strict=True)]
    return {
        "k": k,
        "rate": n / elapsed,
        "elapsed": elapsed,
        "plan_s": plan_s,
        "cpu_send": send_cpu,
        "cpu_total": cpu1,  # since each process started
        "cpu_per_1000": 1000 * sum(send_cpu) / n,
        "gateway_cpu": gw1 - gw0,
        # backends that were there at the start and at the end, or only at the end
        "pg_cpu": sum(c - pg0.get(pid, 0.0) for pid, c in pg1.items()),
        # the whole machine (everyone's work) from the plan's start to the end
        "machine_busy": (m1[0] - m0[0]) / max(1, m1[1] - m0[1]),
        "by_worker": by_worker,
        "connections": st["connections"],
        "gap_ms": [1000 * gaps[len(gaps) * q // 100] for q in (50, 90, 99)] if gaps else [0] * 3,
        "load": (load_before, load_after),
    }


def round_line(r: dict[str, Any]) -> str:
    shares = ", ".join(f"{w}: {c:,}" for w, c in r["by_worker"].items())
    return (
        f"k={r['k']}: {r['rate']:,.1f} msg/s ({r['elapsed']:.1f} s; plan {r['plan_s']:.1f} s); "
        f"CPU during the send per daemon {', '.join(f'{c:.1f}' for c in r['cpu_send'])} s "
        f"(in all {', '.join(f'{c:.1f}' for c in r['cpu_total'])} s), "
        f"{r['cpu_per_1000']:.2f} s per 1,000 msgs; gateway CPU {r['gateway_cpu']:.1f} s; "
        f"PostgreSQL backends {r['pg_cpu']:.1f} s; machine busy {r['machine_busy']:.0%}; "
        f"sent by {shares}; {r['connections']} connections; a slot's time between an answer "
        f"and its next request {'/'.join(f'{g:.0f}' for g in r['gap_ms'])} ms (p50/p90/p99); "
        f"load {r['load'][0]:.2f} -> {r['load'][1]:.2f}; verified"
    )


def bench_scaling(
    gateway: Gateway, n: int, ks: list[int], rounds: int, concurrency: int
) -> list[str]:
    cfg = write_config(
        gateway.url, n=n, concurrency=concurrency, send_s=1, heartbeat_s=2, tag="scaling"
    )
    results: dict[int, list[dict[str, Any]]] = {k: [] for k in ks}
    for r in range(rounds):
        order = ks if r % 2 == 0 else list(reversed(ks))
        for k in order:
            res = one_round(gateway, cfg, n, k, f"b{k}r{r + 1}")
            results[k].append(res)
            log(f"round {r + 1}: {round_line(res)}")
    base = ks[0]
    base_rates = [x["rate"] for x in results[base]]
    ideal = concurrency / gateway.latency
    lines = [
        f"| workers | {n:,} SMS, {rounds} rounds: msg/s min / median "
        f"| ratio to {base} (min / median) | of the ceiling k x {ideal:.0f} (median) "
        "| CPU s per 1,000 msgs, all daemons (min / median) "
        "| CPU s per daemon during the send (median) "
        "| PostgreSQL CPU s per 1,000 msgs (median) | machine busy, all cores (median) "
        "| slot's gap p50 / p90 ms (median) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for k in ks:
        rates = [x["rate"] for x in results[k]]
        per_1000 = [x["cpu_per_1000"] for x in results[k]]
        per_daemon = statistics.median(statistics.mean(x["cpu_send"]) for x in results[k])
        lines.append(
            f"| {k} | {min(rates):,.1f} / {statistics.median(rates):,.1f} "
            f"| {min(rates) / min(base_rates):.2f} / "
            f"{statistics.median(rates) / statistics.median(base_rates):.2f} "
            f"| {statistics.median(rates) / (k * ideal):.0%} "
            f"| {min(per_1000):.2f} / {statistics.median(per_1000):.2f} | {per_daemon:.1f} "
            f"| {statistics.median(1000 * x['pg_cpu'] / n for x in results[k]):.2f} "
            f"| {statistics.median(x['machine_busy'] for x in results[k]):.0%} "
            f"| {statistics.median(x['gap_ms'][0] for x in results[k]):.0f} / "
            f"{statistics.median(x['gap_ms'][1] for x in results[k]):.0f} |"
        )
    # The ratio round by round: each k against k=base of the same round.
    lines.append("")
    for r in range(rounds):
        lines.append(
            f"Round {r + 1}: "
            + "; ".join(
                f"{k} workers {results[k][r]['rate']:,.1f} msg/s "
                f"({results[k][r]['rate'] / results[base][r]['rate']:.2f}x), sent by "
                + "/".join(f"{c:,}" for c in results[k][r]["by_worker"].values())
                for k in ks
            )
            + "; load average "
            + ", ".join(f"{results[k][r]['load'][0]:.2f}" for k in ks)
        )
    return lines


# ====================================================================== idle


def measure_idle(
    gateway: Gateway, send_s: int, heartbeat_s: int, seconds: float, settle: float
) -> dict[str, Any]:
    cfg = write_config(
        gateway.url, n=1000, concurrency=10, send_s=send_s, heartbeat_s=heartbeat_s,
        tag=f"idle-{send_s}-{heartbeat_s}",
    )  # fmt: skip
    clear_round()
    [d] = start_daemons(cfg, [f"idle-{send_s}s-{heartbeat_s}s"])
    try:
        started_cpu = d.cpu()
        time.sleep(settle)
        c0, t0, l0 = d.cpu(), time.monotonic(), load1()
        time.sleep(seconds)
        c1, t1, l1 = d.cpu(), time.monotonic(), load1()
        mem = memory_kb(d.proc.pid)
    except BaseException:
        d.kill()
        raise
    stop_daemons([d])
    used, window = c1 - c0, t1 - t0
    res = {
        "send_s": send_s,
        "heartbeat_s": heartbeat_s,
        "window": window,
        "cpu": used,
        "per_hour": used / window * 3600,
        "core_pct": used / window * 100,
        "startup_cpu": started_cpu,
        "rss_mb": mem.get("VmRSS", 0) / 1024,
        "hwm_mb": mem.get("VmHWM", 0) / 1024,
        "load": (l0, l1),
    }
    log(
        f"idle (send every {send_s} s, heartbeat every {heartbeat_s} s): {used:.2f} CPU s in "
        f"{window:.0f} s = {res['per_hour']:.1f} CPU s/hour ({res['core_pct']:.3f}% of a core); "
        f"start-up {started_cpu:.1f} CPU s; RSS {res['rss_mb']:.0f} MB "
        f"(peak {res['hwm_mb']:.0f}); load {l0:.2f} -> {l1:.2f}"
    )
    return res


def bench_idle(gateway: Gateway, seconds: float, settle: float) -> list[str]:
    lines = [
        "| one daemon, nothing due | window (s) | CPU s | CPU s per hour | % of one core "
        "| RSS MB (peak) | start-up CPU s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for send_s, heartbeat_s in ((60, 10), (1, 2)):
        r = measure_idle(gateway, send_s, heartbeat_s, seconds, settle)
        lines.append(
            f"| send job every {send_s} s, heartbeat every {heartbeat_s} s | {r['window']:.0f} "
            f"| {r['cpu']:.2f} | {r['per_hour']:.1f} | {r['core_pct']:.3f} "
            f"| {r['rss_mb']:.0f} ({r['hwm_mb']:.0f}) | {r['startup_cpu']:.1f} |"
        )
    return lines


# ==================================================================== report


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import httpx
    import psycopg
    import sqlalchemy

    with psycopg.connect(pg_url("postgres"), autocommit=True) as con:
        row = con.execute("SHOW server_version").fetchone()
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"PostgreSQL {row[0] if row else '?'}, psycopg {psycopg.__version__}, "
        f"httpx {httpx.__version__}, SQLAlchemy {sqlalchemy.__version__}"
    )


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--only", choices=["scaling", "idle"], action="append")
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--concurrency", type=int, default=10, help="per daemon")
    parser.add_argument("--latency", type=float, default=0.1, help="gateway's answer delay, s")
    parser.add_argument("--idle-seconds", type=float, default=120.0)
    parser.add_argument("--settle", type=float, default=10.0, help="after start-up, before idle")
    args = parser.parse_args(argv)
    parts = args.only or ["scaling", "idle"]
    emit = print
    emit(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {machine()}, load {load1():.2f}\n")
    emit("Command: `python benchmarks/bench_daemon.py " + " ".join(argv) + "`\n")
    build_database(args.messages)
    gateway = Gateway(args.latency)
    try:
        if "scaling" in parts:
            emit(
                "\n".join(
                    bench_scaling(
                        gateway, args.messages, args.workers, args.rounds, args.concurrency
                    )
                )
                + "\n"
            )
        if "idle" in parts:
            emit("\n".join(bench_idle(gateway, args.idle_seconds, args.settle)) + "\n")
    finally:
        gateway.close()
    sys.stdout.flush()


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "_gateway":
        gateway_main(float(sys.argv[2]))
    else:
        main(sys.argv[1:])
