"""Sending benchmark: `winback run-once` over HTTP SMS against a bare httpx loop.

Run by hand (never as a test), from the repository root:

    python benchmarks/bench_send.py --rate 50 --rate 200    # everything below
    python benchmarks/bench_send.py --only throughput --rounds 3
    python benchmarks/bench_send.py --only throughput --messages 10000 --old /tmp/wb-old
    python benchmarks/bench_send.py --only memory --memory-sizes 10000 100000
    python benchmarks/bench_send.py --only rate --rate 50 --rate 200

The targets (issue text):

1. 100,000 SMS to a loopback HTTP sink that answers at once: every message's
   outcome persisted, throughput at least 50% of a bare ``httpx.AsyncClient``
   loop posting the same bodies to the same sink with the same concurrency,
   measured in one run; process memory flat.
2. A channel limited to R messages/s sends at R within 2% over a minute.

What it does:

* **Sink.** A raw HTTP/1.1 keep-alive server (stdlib ``asyncio.Protocol``) in
  a separate process on 127.0.0.1, so it never takes the measured process's
  GIL. ``POST /send`` with the generic provider's JSON answers ``200
  {"id": "p<n>"}`` at once and records the request's ``id`` and arrival time;
  ``GET /stats`` and ``POST /reset`` are the bench's controls.
* **Data.** SQLite databases in benchmarks/_data/ (git-ignored), migrated
  with winback's own migrations: N clients, each with an E.164 phone, SMS
  consent (no email, no Telegram) and one order 60-360 days old, so a
  campaign with ``last_order_days_min = 30`` selects all of them. Each subject
  round runs on a fresh copy.
* **Config.** ``[channels.sms] transport = "http"``, ``provider = "generic"``,
  the sink's URL, ``rate_per_second = 100000`` (throughput) or R (rate test),
  ``concurrency = C`` (20); one campaign, ``max_per_run = N``, holdout 0,
  channels ``["sms"]``, the shipped templates ``lapsed-regulars`` with a 15%
  offer code; the Russian SMS with its unsubscribe link is 3 UCS-2 parts
  (``sms_max_segments = 10`` all the same). No priority window by default;
  see WINDOW_DAYS below for trees whose selection was quadratic.
* **Baseline.** A fresh interpreter posts the very same bodies (rendered once
  by winback's own renderer for the same clients, idempotency keys and offer
  codes of the same form, cached in _data/) with ``httpx.AsyncClient`` and C
  workers, checks each answer and reads its ``id``. Timed from the first
  request to the last answer only (no start-up, no file loading), with the
  CPU time (user + system) the loop took.
* **Subject.** ``/usr/bin/time -v python -m winback run-once`` as a
  subprocess: start-up, selection and planning included. The send phase is
  reported too: from the log line "planned cycle ..." to the process's exit.
  RSS and CPU time of the winback process are sampled from /proc every
  0.2 s; peak RSS and total CPU are ``/usr/bin/time -v``'s (not
  RUSAGE_CHILDREN: see /work/shared/TRAPS.md). ``--old DIR`` also runs the
  subject from another tree in the same rounds (e.g. the previous dispatcher);
  ``--tree DIR`` runs the subject from a snapshot instead of the working tree.
* After each subject round: every message ``sent`` in the database, every
  assignment's outcome ``sent``, one ``sending`` and one ``sent`` event per
  message, a provider id on each, the cycle finished, and the sink got N
  requests with N distinct ids (nothing lost, nothing twice).
* **Rate.** R * seconds messages with ``rate_per_second = R``; the achieved
  rate is (n - 1) / (last arrival - first arrival) at the sink, plus the most
  requests the sink saw in any one-second window (no bursts).

The machine is shared and noisy: baseline and subject alternate, round after
round, min and median are reported, and CPU time per message beside the
rates. Each part prints its table as soon as it is measured.
"""

from __future__ import annotations

import argparse
import array
import asyncio
import datetime as dt
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "_data"
WORK = DATA / "send-work"
CAMPAIGN = "bench-send"
TOKEN_ENV = "WINBACK_BENCH_SMS_TOKEN"
TOKEN = "bench-sms-token"
SECRET_ENV = "WINBACK_UNSUBSCRIBE_SECRET"
SECRET = "bench-unsubscribe-secret-0123456789abcdef"

FIRST = ["Анна", "Иван", "Мария", "Екатерина", "Ольга", "Алексей", "Дмитрий", "Наталья"]
LAST = ["Петрова", "Соколов", "Смирнова", "Иванова", "Кузнецов", "Орлова", "Попов", ""]
CATEGORIES = ["Улун", "Пуэр", "Зелёный чай", "Посуда"]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ======================================================================= sink

_CL = re.compile(rb"\r\ncontent-length:\s*(\d+)", re.IGNORECASE)


class _SinkState:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.count = 0
        self.ids: set[str] = set()
        self.times = array.array("d")
        self.bad = 0

    def stats(self, with_times: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "count": self.count,
            "distinct": len(self.ids),
            "bad": self.bad,
            "first": self.times[0] if self.times else None,
            "last": self.times[-1] if self.times else None,
        }
        if with_times:
            out["times"] = list(self.times)
        return out


def _response(status: str, body: bytes) -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body


class _SinkProtocol(asyncio.Protocol):
    state: _SinkState

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buf = bytearray()

    def data_received(self, data: bytes) -> None:
        buf = self.buf
        buf += data
        while True:
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(buf[:end])
            m = _CL.search(head)
            total = end + 4 + (int(m.group(1)) if m else 0)
            if len(buf) < total:
                return
            body = bytes(buf[end + 4 : total])
            del buf[:total]
            self.transport.write(self._handle(head, body))

    def _handle(self, head: bytes, body: bytes) -> bytes:
        line = head.split(b"\r\n", 1)[0]
        state = self.state
        if line.startswith(b"POST /send "):
            state.times.append(time.time())
            state.count += 1
            try:
                state.ids.add(json.loads(body)["id"])
            except (ValueError, KeyError, TypeError):
                state.bad += 1
            return _response("200 OK", b'{"id": "p%d"}' % state.count)
        if line.startswith(b"GET /stats"):
            return _response("200 OK", json.dumps(state.stats(b"times=1" in line)).encode())
        if line.startswith(b"POST /reset "):
            state.reset()
            return _response("200 OK", b"{}")
        return _response("404 Not Found", b"{}")


def sink_main() -> None:
    async def serve() -> None:
        _SinkProtocol.state = _SinkState()
        server = await asyncio.get_running_loop().create_server(
            _SinkProtocol, "127.0.0.1", 0, backlog=1024
        )
        print(server.sockets[0].getsockname()[1], flush=True)
        async with server:
            await server.serve_forever()

    asyncio.run(serve())


class Sink:
    """The sink process, and its controls over plain sockets."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "_sink"], stdout=subprocess.PIPE, text=True
        )
        assert self.proc.stdout is not None
        self.port = int(self.proc.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}/send"

    def _call(self, method: str, path: str) -> dict[str, Any]:
        import http.client

        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request(method, path, body=b"" if method == "POST" else None)
            return json.loads(conn.getresponse().read())
        finally:
            conn.close()

    def reset(self) -> None:
        self._call("POST", "/reset")

    def stats(self, times: bool = False) -> dict[str, Any]:
        return self._call("GET", "/stats?times=1" if times else "/stats")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


# =================================================================== baseline


def baseline_main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--bodies", required=True)
    parser.add_argument("--concurrency", type=int, required=True)
    args = parser.parse_args(argv)
    import httpx

    with open(args.bodies, encoding="utf-8") as f:
        bodies = [json.loads(line) for line in f]
    headers = {"Authorization": f"Bearer {TOKEN}"}

    async def go() -> tuple[float, int]:
        ids: list[str] = []
        async with httpx.AsyncClient(timeout=10.0, follow_redirects=False) as client:
            it = iter(bodies)

            async def worker() -> None:
                for body in it:
                    r = await client.post(args.url, json=body, headers=headers)
                    if not r.is_success:
                        raise RuntimeError(f"sink answered {r.status_code}")
                    ids.append(str(r.json()["id"]))

            t0, c0 = time.perf_counter(), time.process_time()
            await asyncio.gather(*(worker() for _ in range(args.concurrency)))
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        return elapsed, cpu, len(ids)

    elapsed, cpu, n = asyncio.run(go())
    print(json.dumps({"elapsed": elapsed, "cpu": cpu, "n": n}))


def run_baseline(sink: Sink, bodies: Path, concurrency: int) -> dict[str, Any]:
    sink.reset()
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "_baseline",
            "--url",
            sink.url,
            "--bodies",
            str(bodies),
            "--concurrency",
            str(concurrency),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    st = sink.stats()
    n = result["n"]
    if not (st["count"] == n and st["distinct"] == n):
        raise AssertionError(f"baseline: sink saw {st}, expected {n}")
    result["rate"] = n / result["elapsed"]
    return result


# ======================================================================= data


def migrate_to_head(url: str) -> None:
    sys.path.insert(0, str(ROOT))
    from winback import migrate
    from winback.db import make_engine

    engine = make_engine(url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


def build_db(n: int) -> Path:
    """N clients with a phone, SMS consent and one old order each (cached)."""
    path = DATA / f"send-{n}.db"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    migrate_to_head(f"sqlite:///{tmp}")
    now = int(time.time())
    day = 86_400
    con = sqlite3.connect(tmp, isolation_level=None)
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO clients (id, external_id, name, phone, timezone, locale, email_consent, "
        "sms_consent, telegram_consent, consent_updated_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'Europe/Moscow', 'ru', 0, 1, 0, ?, ?, ?)",
        (
            (
                i,
                f"C{i:07d}",
                f"{FIRST[i % len(FIRST)]} {LAST[(i // 8) % len(LAST)]}".strip(),
                f"+7999{i:07d}",
                now - 400 * day,
                now - 400 * day,
                now - 400 * day,
            )
            for i in range(1, n + 1)
        ),
    )
    con.executemany(
        "INSERT INTO orders (id, external_id, client_id, placed_at, amount_minor, currency, "
        "category) VALUES (?, ?, ?, ?, ?, 'RUB', ?)",
        (
            (
                i,
                f"O{i:08d}",
                i,
                now - (60 + i % 300) * day - i % day,
                100_000 + (i * 7919) % 900_000,
                CATEGORIES[i % len(CATEGORIES)],
            )
            for i in range(1, n + 1)
        ),
    )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    tmp.rename(path)
    log(f"built {path.name} ({n} clients) in {time.perf_counter() - t0:.1f} s")
    return path


def fresh_copy(n: int, tag: str) -> Path:
    src = build_db(n)
    WORK.mkdir(parents=True, exist_ok=True)
    dst = WORK / f"{tag}.db"
    for p in (dst, Path(f"{dst}-wal"), Path(f"{dst}-shm")):
        p.unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    return dst


# [campaigns.priority] window_days for the campaign (0: none, the default).
# Selection before commit ae8135c joined the top rows to the per-client XYZ
# figures with a nested scan on SQLite ("SCAN xyz LEFT-JOIN"): quadratic in
# max_per_run (10,000 clients: 6.9 s; 100,000 did not finish planning in 13
# minutes). With such a tree, --window-days 30 sidesteps it: these clients'
# orders are all 60+ days old, so a 30-day window has no month buckets and no
# XYZ join, and everything else is selected as usual.
WINDOW_DAYS = 0
SUBJECT_TREE: str | None = None  # --tree


def write_config(
    db: Path, sink_url: str, *, n: int, rate: float, concurrency: int, tag: str
) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    priority = f"\n[campaigns.priority]\nwindow_days = {WINDOW_DAYS}\n" if WINDOW_DAYS else ""
    path = WORK / f"{tag}.toml"
    path.write_text(
        f"""# Written by benchmarks/bench_send.py
templates_dir = "{ROOT / "campaign_templates"}"

[database]
url = "sqlite:///{db}"

[logging]
level = "info"

[scheduler]
timezone = "Europe/Moscow"

[unsubscribe]
base_url = "https://shop.example.com/winback"
secret_env = "{SECRET_ENV}"

[channels.sms]
transport = "http"
provider = "generic"
url = "{sink_url}"
token_env = "{TOKEN_ENV}"
sender = "SHOP"
rate_per_second = {rate}
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

[campaigns.select]
last_order_days_min = 30

[campaigns.offer]
discount_percent = 15
code_prefix = "BACK"
valid_days = 21
{priority}""",
        encoding="utf-8",
    )
    return path


def build_bodies(n: int) -> Path:
    """The JSON bodies winback would post for these N clients (cached).

    Rendered by winback's own renderer (sandboxed templates, unsubscribe
    tokens), with idempotency keys and offer codes of the same form as a plan
    makes: the baseline posts what the subject posts, byte for byte in shape.
    """
    path = DATA / f"send-bodies-{n}.jsonl"
    if path.exists():
        return path
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault(SECRET_ENV, SECRET)
    os.environ.setdefault(TOKEN_ENV, TOKEN)
    from winback import offers
    from winback.config import load_config
    from winback.contacts import Contact, History
    from winback.models import from_epoch
    from winback.outcomes import Task, idempotency_key
    from winback.rendering.campaign import CampaignTemplates
    from winback.rendering.gsm import sms_parts
    from winback.runner import make_renderer
    from winback.timeutil import now_utc

    t0 = time.perf_counter()
    db = build_db(n)
    cfg = write_config(db, "http://127.0.0.1:1/send", n=n, rate=1, concurrency=1, tag="bodies")
    settings = load_config(cfg, check_secrets=True)
    campaign = settings.campaign(CAMPAIGN)
    templates = CampaignTemplates.load(settings, campaign)
    render = make_renderer(settings, campaign, templates, SECRET)
    assert campaign.offer is not None
    codes = offers.new_codes(campaign.offer.code_prefix, n)
    until = offers.valid_until(campaign, now_utc())
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT c.id, c.external_id, c.name, c.phone, c.timezone, c.locale, o.placed_at, "
        "o.amount_minor, o.category FROM clients c JOIN orders o ON o.client_id = c.id "
        "ORDER BY c.id"
    ).fetchall()
    con.close()
    segments: dict[int, int] = {}
    tmp = path.with_suffix(".building")
    with open(tmp, "w", encoding="utf-8") as f:
        for (cid, ext, name, phone, tz, locale, placed, amount, category), code in zip(
            rows, codes, strict=True
        ):
            task = Task(
                message_id=cid,
                assignment_id=cid,
                key=idempotency_key(CAMPAIGN, ext, 1),
                channel="sms",
                tried=(),
                attempts=0,
                contact=Contact(
                    client_id=cid,
                    external_id=ext,
                    name=name,
                    phone=phone,
                    timezone=tz,
                    locale=locale,
                    consents=frozenset({"sms"}),
                ),
                history=History(
                    orders=1,
                    revenue_minor=amount,
                    last_order_at=from_epoch(placed),
                    favourite_category=category,
                ),
                offer_code=code,
                offer_valid_until=until,
            )
            msg = render(task, "sms")
            parts = sms_parts(msg.text).segments
            segments[parts] = segments.get(parts, 0) + 1
            body = {
                "to": msg.recipient,
                "text": msg.text,
                "sender": "SHOP",
                "id": msg.idempotency_key,
            }
            f.write(json.dumps(body, ensure_ascii=False) + "\n")
    tmp.rename(path)
    log(
        f"rendered {n} bodies in {time.perf_counter() - t0:.1f} s; "
        f"SMS parts: {dict(sorted(segments.items()))}"
    )
    return path


# ==================================================================== subject

_PLANNED = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) INFO winback\.runner: planned")


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def _rss_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of the process so far, all threads."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK


def run_subject(
    cfg: Path, db: Path, sink: Sink, n: int, pythonpath: str | None = None
) -> dict[str, Any]:
    sink.reset()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINBACK_")}
    env |= {SECRET_ENV: SECRET, TOKEN_ENV: TOKEN}
    pythonpath = pythonpath or SUBJECT_TREE
    if pythonpath:  # another winback tree (its copy of the package shadows the editable install)
        env["PYTHONPATH"] = pythonpath
    cmd = [
        "/usr/bin/time",
        "-v",
        sys.executable,
        "-m",
        "winback",
        "--config",
        str(cfg),
        "run-once",
        CAMPAIGN,
    ]
    samples: list[tuple[float, int, float]] = []  # (time, RSS kB, CPU s)
    t0 = time.time()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=WORK
    )
    done = threading.Event()

    def sample() -> None:
        child = None
        while not done.is_set():
            if child is None:
                kids = _children(proc.pid)
                child = kids[0] if kids else None
            if child is not None:
                rss, cpu = _rss_kb(child), _cpu_s(child)
                if rss is not None and cpu is not None:
                    samples.append((time.time(), rss, cpu))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    t1 = time.time()
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"run-once failed ({proc.returncode}):\n{err[-3000:]}\n{out[-2000:]}")
    planned = None
    for line in err.splitlines():
        m = _PLANNED.match(line)
        if m:
            planned = time.mktime(time.strptime(m.group(1), "%Y-%m-%d %H:%M:%S"))
            planned += int(m.group(2)) / 1000
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    st = sink.stats(times=True)
    verify(db, st, n)
    times = st.pop("times")
    send_rss = [kb for t, kb, _ in samples if planned is not None and t >= planned]
    # RSS at 0, 10, ..., 100% of the send phase: flat, or growing with messages sent?
    trace = [send_rss[min(len(send_rss) - 1, len(send_rss) * k // 10)] // 1024 for k in range(11)]
    cpu_at_plan = next((c for t, _, c in samples if planned is not None and t >= planned), None)
    user = re.search(r"User time \(seconds\): ([\d.]+)", err)
    system = re.search(r"System time \(seconds\): ([\d.]+)", err)
    cpu_total = float(user.group(1)) + float(system.group(1)) if user and system else None
    return {
        "total": t1 - t0,
        "planned_after": (planned - t0) if planned else None,
        "send": (t1 - planned) if planned else None,
        "sink_span": (st["last"] - st["first"]) if n > 1 else None,
        "first_request_after": (st["first"] - t0),
        "peak_rss_mb": int(peak.group(1)) / 1024 if peak else None,
        "rss_at_plan_mb": (send_rss[0] / 1024) if send_rss else None,
        "rss_send_max_mb": (max(send_rss) / 1024) if send_rss else None,
        "rss_send_min_mb": (min(send_rss) / 1024) if send_rss else None,
        "rss_trace_mb": trace if send_rss else [],
        "times": times,
        "rate": n / (t1 - t0),
        "cpu_total": cpu_total,
        "cpu_send": (cpu_total - cpu_at_plan) if cpu_total and cpu_at_plan is not None else None,
        "send_rate": n / (t1 - planned) if planned else None,
    }


def verify(db: Path, sink_stats: dict[str, Any], n: int) -> None:
    """Every message sent and recorded once; the sink saw each id exactly once."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        status = dict(con.execute("SELECT status, count(*) FROM messages GROUP BY status"))
        outcome = dict(con.execute("SELECT outcome, count(*) FROM assignments GROUP BY outcome"))
        events = dict(con.execute("SELECT status, count(*) FROM message_events GROUP BY status"))
        no_provider_id = con.execute(
            "SELECT count(*) FROM messages WHERE provider_id IS NULL"
        ).fetchone()[0]
        runs = con.execute("SELECT status FROM campaign_runs").fetchall()
    finally:
        con.close()
    problems = []
    if status != {"sent": n}:
        problems.append(f"messages by status {status}")
    if outcome != {"sent": n}:
        problems.append(f"assignments by outcome {outcome}")
    if events != {"sending": n, "sent": n}:
        problems.append(f"events by status {events}")
    if no_provider_id:
        problems.append(f"{no_provider_id} messages without the provider's id")
    if runs != [("finished",)]:
        problems.append(f"cycles {runs}")
    if not (sink_stats["count"] == n and sink_stats["distinct"] == n and not sink_stats["bad"]):
        problems.append(f"sink saw {sink_stats['count']} requests, {sink_stats['distinct']} ids")
    if problems:
        raise AssertionError(f"verification failed for {db}: " + "; ".join(problems))


# ===================================================================== report


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
    import sqlalchemy

    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, httpx {httpx.__version__}, "
        f"SQLAlchemy {sqlalchemy.__version__}"
    )


def mm(values: list[float]) -> str:
    return f"{min(values):,.0f} / {statistics.median(values):,.0f}"


def _subject_line(s: dict[str, Any]) -> str:
    return (
        f"{s['rate']:,.0f} msg/s end to end ({s['total']:.1f} s: planned after "
        f"{s['planned_after']:.1f} s, send phase {s['send']:.1f} s = {s['send_rate']:,.0f} "
        f"msg/s); peak RSS {s['peak_rss_mb']:.0f} MB, during send "
        f"{s['rss_send_min_mb']:.0f}-{s['rss_send_max_mb']:.0f} MB (every tenth of the send: "
        f"{' '.join(str(v) for v in s['rss_trace_mb'])}); CPU {s['cpu_total']:.1f} s, "
        f"send phase {s['cpu_send']:.1f} s; verified"
    )


def bench_throughput(
    sink: Sink, n: int, rounds: int, concurrency: int, old: str | None, runs: dict[int, Any]
) -> list[str]:
    """Baseline, subject (and the old tree's subject) alternating, round after round."""
    bodies = build_bodies(n)
    build_db(n)
    base: list[dict[str, Any]] = []
    subj: list[dict[str, Any]] = []
    prev: list[dict[str, Any]] = []
    for r in range(rounds):
        b = run_baseline(sink, bodies, concurrency)
        base.append(b)
        log(
            f"round {r + 1}: baseline {b['rate']:,.0f} msg/s ({b['elapsed']:.1f} s, "
            f"CPU {1000 * b['cpu'] / n:.2f} ms/msg)"
        )
        variants = [("subject", None, subj)] + ([("old tree", old, prev)] if old else [])
        if r % 2:
            variants.reverse()
        for name, path, into in variants:
            db = fresh_copy(n, f"subject-{n}")
            cfg = write_config(
                db, sink.url, n=n, rate=100000, concurrency=concurrency, tag=f"subject-{n}"
            )
            s = run_subject(cfg, db, sink, n, pythonpath=path)
            into.append(s)
            log(f"round {r + 1}: {name} {_subject_line(s)}")
    runs[n] = subj
    b_rates = [b["rate"] for b in base]
    b_med = statistics.median(b_rates)

    def rows(label: str, results: list[dict[str, Any]]) -> list[str]:
        e2e = [s["rate"] for s in results]
        send = [s["send_rate"] for s in results]
        return [
            f"| {label}, end to end (start-up, selection, plan, send) | {mm(e2e)} "
            f"| {statistics.median(e2e) / b_med:.2f} | {min(e2e) / min(b_rates):.2f} |",
            f'| {label}, send phase (after "planned cycle") | {mm(send)} '
            f"| {statistics.median(send) / b_med:.2f} | {min(send) / min(b_rates):.2f} |",
        ]

    def per_msg(values: list[float]) -> str:
        ms = [1000 * v / n for v in values]
        return f"{min(ms):.2f} / {statistics.median(ms):.2f}"

    cpu_rows = [
        "",
        "| CPU time per message (user + system, ms; min / median) | |",
        "|---|---:|",
        f"| baseline loop | {per_msg([b['cpu'] for b in base])} |",
        f"| winback run-once, end to end | {per_msg([s['cpu_total'] for s in subj])} |",
        f"| winback run-once, send phase | {per_msg([s['cpu_send'] for s in subj])} |",
    ]
    if old:
        cpu_rows += [
            f"| from {old}, end to end | {per_msg([s['cpu_total'] for s in prev])} |",
            f"| from {old}, send phase | {per_msg([s['cpu_send'] for s in prev])} |",
        ]
    lines = [
        f"| {n:,} SMS, concurrency {concurrency}, {rounds} rounds "
        "| min / median msg/s | ratio of medians | ratio of minima |",
        "|---|---:|---:|---:|",
        f"| baseline: bare httpx.AsyncClient loop | {mm(b_rates)} | 1.00 | 1.00 |",
        *rows("winback run-once", subj),
        *(rows(f"winback run-once from {old}", prev) if old else []),
        *cpu_rows,
        "",
        "Subject rounds: start-up + selection + plan "
        + ", ".join(f"{s['planned_after']:.1f}" for s in subj)
        + " s; peak RSS (`/usr/bin/time -v`) "
        + ", ".join(f"{s['peak_rss_mb']:.0f}" for s in subj)
        + " MB; RSS during the send phase "
        + ", ".join(f"{s['rss_send_min_mb']:.0f}-{s['rss_send_max_mb']:.0f}" for s in subj)
        + " MB. Every round verified: "
        f"{n:,} messages `sent`, {n:,} assignments `sent`, {2 * n:,} events, "
        f"{n:,} requests with {n:,} distinct ids at the sink.",
    ]
    return lines


def bench_memory(sink: Sink, sizes: list[int], concurrency: int, runs: dict[int, Any]) -> list[str]:
    """Peak RSS per size; a size the throughput part ran is not run again."""
    lines = [
        "| messages | peak RSS (MB) | RSS during the send phase, min-max (MB) "
        "| RSS at 0, 50, 100% of the send phase (MB) | runs |",
        "|---:|---:|---:|---:|---:|",
    ]
    for n in sizes:
        results = runs.get(n)
        if not results:
            db = fresh_copy(n, f"memory-{n}")
            cfg = write_config(
                db, sink.url, n=n, rate=100000, concurrency=concurrency, tag=f"mem-{n}"
            )
            results = [run_subject(cfg, db, sink, n)]
            log(f"memory {n}: {_subject_line(results[0])}")
        lines.append(
            f"| {n:,} | {max(s['peak_rss_mb'] for s in results):.0f} "
            f"| {min(s['rss_send_min_mb'] for s in results):.0f}-"
            f"{max(s['rss_send_max_mb'] for s in results):.0f} | "
            + "; ".join(
                f"{s['rss_trace_mb'][0]}, {s['rss_trace_mb'][5]}, {s['rss_trace_mb'][10]}"
                for s in results
            )
            + f" | {len(results)} |"
        )
    return lines


def bench_rate(sink: Sink, rates: list[float], seconds: float, concurrency: int) -> list[str]:
    lines = [
        "| R (msg/s) | messages | sink span (s) | achieved (msg/s) | deviation "
        "| most in any 1 s window |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for rate in rates:
        n = int(rate * seconds)
        db = fresh_copy(n, f"rate-{n}")
        cfg = write_config(db, sink.url, n=n, rate=rate, concurrency=concurrency, tag=f"rate-{n}")
        s = run_subject(cfg, db, sink, n)
        times = sorted(s["times"])
        span = times[-1] - times[0]
        achieved = (n - 1) / span
        dev = achieved / rate - 1
        window, j = 0, 0
        for i, t in enumerate(times):
            while times[j] <= t - 1.0:
                j += 1
            window = max(window, i - j + 1)
        log(
            f"rate {rate}: {n} in {span:.2f} s = {achieved:.2f} msg/s ({dev:+.2%}); "
            f"max {window} in 1 s"
        )
        lines.append(f"| {rate:g} | {n:,} | {span:.2f} | {achieved:.2f} | {dev:+.2%} | {window} |")
    return lines


def main(argv: list[str]) -> None:
    global WINDOW_DAYS, SUBJECT_TREE
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=["throughput", "memory", "rate"], action="append")
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--memory-sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--rate", type=float, action="append", help="R msg/s (repeatable; 50)")
    parser.add_argument("--rate-seconds", type=float, default=60.0)
    parser.add_argument(
        "--old",
        metavar="DIR",
        help="also run the subject from another winback tree (a folder holding winback/ "
        "and migrations/, put first on PYTHONPATH), in the same rounds",
    )
    parser.add_argument(
        "--window-days",
        type=int,
        default=WINDOW_DAYS,
        help="[campaigns.priority] window_days (default: none); see WINDOW_DAYS",
    )
    parser.add_argument(
        "--tree",
        metavar="DIR",
        help="run the subject from this winback tree instead of the installed one (e.g. a "
        "snapshot, when others are editing the working tree)",
    )
    args = parser.parse_args(argv)
    WINDOW_DAYS = args.window_days
    SUBJECT_TREE = args.tree
    parts = args.only or ["throughput", "memory", "rate"]
    out = [
        f"{dt.date.today().isoformat()}, {machine()}",
        "",
        "Command: `python benchmarks/bench_send.py " + " ".join(argv) + "`",
        "",
    ]
    runs: dict[int, Any] = {}

    def emit(lines: list[str]) -> None:  # each part as soon as it is measured
        print("\n".join(lines), flush=True)

    emit(out)
    sink = Sink()
    try:
        if "throughput" in parts:
            emit(
                [
                    *bench_throughput(
                        sink, args.messages, args.rounds, args.concurrency, args.old, runs
                    ),
                    "",
                ]
            )
        if "memory" in parts:
            emit([*bench_memory(sink, args.memory_sizes, args.concurrency, runs), ""])
        if "rate" in parts:
            emit(bench_rate(sink, args.rate or [50.0], args.rate_seconds, args.concurrency))
    finally:
        sink.close()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_sink":
        sink_main()
    elif len(sys.argv) > 1 and sys.argv[1] == "_baseline":
        baseline_main(sys.argv[2:])
    else:
        main(sys.argv[1:])
