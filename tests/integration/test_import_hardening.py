"""`winback import` against values nobody here wrote (issue 11): amounts that
overflow a client's sums, implausible dates, control characters in ids and
names, a bad UTF-8 byte deep in a file.

Every test runs on each configured database unless it is about reading the
file alone.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, insert, select

from tests.conftest import run_cli, write_config
from tests.integration.test_import import count, csv_file, problems, run
from winback import order_stats
from winback.config import Settings
from winback.errors import ImportValidationError, UsageError
from winback.importer import import_csv
from winback.models import Client, ClientOrderStats, NpsAnswer, Order

ORDERS_HEADER = "external_id,client_external_id,placed_at,amount\n"
SECRET = {"WINBACK_UNSUBSCRIBE_SECRET": "t" * 8 + "0123456789abcdefghijklmnopqrstuvwxyz"}
CAMPAIGN = """
[[campaigns]]
name = "c"
templates = "lapsed-regulars"
channels = ["email"]
[campaigns.select]
last_order_days_min = 90
"""


@pytest.fixture
def one_client(engine: Engine, tmp_path: Path) -> Engine:
    run(engine, "clients", csv_file(tmp_path, "clients.csv", "external_id,name\nc1,Anna\n"))
    return engine


# ------------------------------------------------------------------- amounts


def test_amounts_above_a_trillion_are_refused(one_client: Engine, tmp_path: Path) -> None:
    content = ORDERS_HEADER + (
        "o1,c1,2024-01-01,1000000000000\n"
        "o2,c1,2024-01-02,1000000000000.01\n"
        "o3,c1,2024-01-03,999999999999999.99\n"
        "o4,c1,2024-01-04,123456789012345678901234567890\n"
        "o5,c1,2024-01-05,999999999999.99\n"
    )
    path = csv_file(tmp_path, "orders.csv", content)
    with pytest.raises(ImportValidationError) as exc:
        run(one_client, "orders", path)
    reason = "more than 1,000,000,000,000, the largest amount accepted"
    assert [(w, r.split(" (got")[0]) for w, r in problems(exc)] == [
        (f"{path}:{line}: amount", reason) for line in (3, 4, 5)
    ]
    assert count(one_client, Order) == 0


def test_orders_of_the_largest_amount_sum_and_select_without_overflow(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    """A hundred orders of the largest amount for each of ten clients: the
    aggregates, and selection's revenue ranks (ABC) and monthly spend (XYZ)."""
    clients = "external_id\n" + "".join(f"c{k}\n" for k in range(10))
    run(engine, "clients", csv_file(tmp_path, "clients.csv", clients))
    content = ORDERS_HEADER + "".join(
        f"o{k}-{i},c{k},2024-01-{1 + i % 28:02d}T00:{i % 60:02d}:00+00:00,1000000000000.00\n"
        for k in range(10)
        for i in range(100)
    )
    report = run(engine, "orders", csv_file(tmp_path, "orders.csv", content))
    assert report.inserted == 1000
    order_stats.refresh(engine, full=True)
    with engine.connect() as conn:
        total = conn.execute(select(func.sum(Order.__table__.c.amount_minor))).scalar_one()
        revenue = conn.execute(select(ClientOrderStats.__table__.c.revenue_minor)).scalars()
        assert total == 1000 * 10**14
        if engine.dialect.name in order_stats.TRIGGERS:  # MariaDB keeps no aggregates
            assert set(revenue) == {100 * 10**14}
    priority = "[campaigns.priority]\nrevenue_weight = 0.5\nfrequency_weight = 0.5\n"
    cfg = write_config(tmp_path, db_url, CAMPAIGN + priority)
    args = ("--config", str(cfg), "preview", "c", "--as-of", "2024-06-01", "--format", "json")
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 10


def test_a_committed_import_never_exits_1_when_the_stats_rebuild_fails(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    """Orders written by someone else whose sum overflows BIGINT: the import of
    one more order commits, and the failed rebuild after it is a warning."""
    run(engine, "clients", csv_file(tmp_path, "clients.csv", "external_id\nc1\n"))
    with engine.begin() as conn:
        client_id = conn.execute(select(Client.__table__.c.id)).scalar_one()
        conn.execute(
            insert(Order.__table__),
            [
                {
                    "external_id": f"x{i}",
                    "client_id": client_id,
                    "placed_at": i,
                    "amount_minor": 2**62,
                }
                for i in range(2)
            ],
        )
    cfg = write_config(tmp_path, db_url)
    path = csv_file(tmp_path, "orders.csv", ORDERS_HEADER + "o1,c1,2024-01-01,1.00\n")
    done = run_cli("--config", str(cfg), "import", "orders", str(path))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "1 inserted" in done.stdout
    assert count(engine, Order) == 3
    if engine.dialect.name in order_stats.TRIGGERS:  # MariaDB keeps no aggregates
        assert done.stderr.startswith(
            f"winback: warning: {path} was imported, but rebuilding the order aggregates failed: "
        )
        assert "winback db refresh-stats" in done.stderr


# ------------------------------------------------------- control characters


def refused(engine: Engine, kind: str, path: Path) -> list[tuple[str, str]]:
    """The (where, reason) of each problem of a file the import refuses, the
    value shown after the reason left out."""
    with pytest.raises(ImportValidationError) as exc:
        run(engine, kind, path)
    return [(w, r.split(" (got")[0]) for w, r in problems(exc)]


def test_control_characters_in_ids_and_names_are_refused(engine: Engine, tmp_path: Path) -> None:
    content = (
        "external_id,name,manager,tags\n"
        '"c1\nSMS: injected",Anna,,\n'  # a line break inside a quoted id: lines 2-3
        "c2,Bob\x1b[31m,,\n"
        "c3,Eve,Olga\u202eagl,\n"
        "c4,Vera\x0bX,,\n"
        "c5,Ok,Lena,vip;\u2066x\n"
        "c6,Ann\x85e,,\n"
        "c7,Fine,Olga,vip\n"
    )
    path = csv_file(tmp_path, "clients.csv", content)
    assert refused(engine, "clients", path) == [
        (f"{path}:2: external_id", "contains the control character U+000A"),
        (f"{path}:4: name", "contains the control character U+001B"),
        (f"{path}:5: manager", "contains the control character U+202E"),
        (f"{path}:6: name", "contains the control character U+000B"),
        (f"{path}:7: tags", "contains the control character U+2066"),
        (f"{path}:8: name", "contains the control character U+0085"),
    ]
    assert count(engine, Client) == 0

    run(engine, "clients", csv_file(tmp_path, "ok.csv", "external_id\nc1\n"))
    orders = ORDERS_HEADER.strip() + ",category,promo_code\n"
    # a quoted CR: the record spans lines 2 and 3
    orders += 'o1,c1,2024-01-01,1.00,"tea\rcoffee",\n' + "o2,c1,2024-01-01,1.00,,WB\u202d1\n"
    path = csv_file(tmp_path, "orders.csv", orders)
    assert refused(engine, "orders", path) == [
        (f"{path}:2: category", "contains the control character U+000D"),
        (f"{path}:4: promo_code", "contains the control character U+202D"),
    ]
    incidents = "client_external_id,kind,occurred_at,reason\nc1,complaint,2024-01-01,late\x07\n"
    path = csv_file(tmp_path, "incidents.csv", incidents)
    assert refused(engine, "incidents", path) == [
        (f"{path}:2: reason", "contains the control character U+0007"),
    ]


def test_control_characters_in_nps_comments_become_spaces(engine: Engine, tmp_path: Path) -> None:
    run(engine, "clients", csv_file(tmp_path, "clients.csv", "external_id\nc1\n"))
    content = (
        "client_external_id,score,answered_at,comment\n"
        'c1,3,2024-04-01 12:00,"late\r\nvery\tlate\u202eetal\x1b[0m, rude\rcourier"\n'
        "c1,9,2024-04-02 12:00,fine\n"
    )
    path = csv_file(tmp_path, "nps.csv", content)
    assert run(engine, "nps", path).inserted == 2
    with engine.connect() as conn:
        comments = conn.execute(
            select(NpsAnswer.__table__.c.comment).order_by(NpsAnswer.__table__.c.answered_at)
        ).scalars()
        assert list(comments) == ["late\nvery late etal [0m, rude\ncourier", "fine"]
    # the same file again: the stored comment is what it converts to, so unchanged
    assert run(engine, "nps", path).unchanged == 2


# ------------------------------------------------------------ bad UTF-8 bytes


def _bad_byte_at(path: Path, rows: int, bad_line: int) -> Path:
    """A clients file of ``rows`` rows (line 1 the header) whose line
    ``bad_line`` holds a byte that is not UTF-8; Cyrillic names around it, so
    the decoder has multi-byte text to read ahead through."""
    lines = [b"external_id,name"]
    lines += [f"c{n},Иван {n}".encode() for n in range(2, rows + 2)]
    lines[bad_line - 1] = f"c{bad_line},Ива".encode() + b"\xff" + "н".encode()
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.mark.parametrize("bad_line", [2, 252, 5001, 5002, 6002])
def test_a_bad_utf8_byte_is_reported_on_its_own_line(
    sqlite_engine: Engine, tmp_path: Path, bad_line: int
) -> None:
    path = _bad_byte_at(tmp_path / "clients.csv", 7000, bad_line)
    with pytest.raises(UsageError) as exc:
        run(sqlite_engine, "clients", path)
    assert str(exc.value) == (
        f"{path}: not UTF-8 text on line {bad_line} (byte 0xFF); save it as CSV UTF-8"
    )
    assert count(sqlite_engine, Client) == 0


def test_a_bad_utf8_byte_after_or_inside_a_record_of_several_lines(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "nps.csv"
    run(sqlite_engine, "clients", csv_file(tmp_path, "clients.csv", "external_id\nc1\n"))
    head = 'client_external_id,score,answered_at,comment\nc1,3,2024-04-01,"one\r\ntwo\rthree"\n'
    path.write_bytes(head.encode() + b'c1,4,2024-04-02,"a\nb \xc0"\n')  # lines 5-6
    with pytest.raises(UsageError) as exc:
        run(sqlite_engine, "nps", path)
    assert "not UTF-8 text on line 6 (byte 0xC0)" in str(exc.value)
    path.write_bytes(b"client_external_id,sc\xe9ore\n")
    with pytest.raises(UsageError) as exc:
        run(sqlite_engine, "nps", path)
    assert "not UTF-8 text on line 1 (byte 0xE9)" in str(exc.value)


# ------------------------------------------------------------------- dates


def _days_from_now(days: int) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


EARLY = "before 1970-01-01 (UTC), the earliest date accepted ([import] earliest_date)"
LATE = "more than 366 days in the future, the latest date accepted ([import] max_days_ahead)"


def test_implausible_dates_are_refused_in_every_date_column(
    one_client: Engine, tmp_path: Path
) -> None:
    content = ORDERS_HEADER + (
        "o1,c1,0001-01-01,1.00\n"  # naive, in Moscow: year 0 in UTC
        "o2,c1,0001-01-01T12:00:00+00:00,1.00\n"
        "o3,c1,1969-12-31T23:59:59+00:00,1.00\n"
        "o4,c1,1970-01-01T00:00:00+00:00,1.00\n"  # the first moment accepted
        f"o5,c1,{_days_from_now(300)},1.00\n"
        f"o6,c1,{_days_from_now(400)},1.00\n"
        "o7,c1,9999-12-31,1.00\n"
        "o8,c1,1970-01-01 02:59:59,1.00\n"  # Moscow was UTC+3: 1969 in UTC
    )
    path = csv_file(tmp_path, "orders.csv", content)
    assert refused(one_client, "orders", path) == [
        (f"{path}:2: placed_at", EARLY),
        (f"{path}:3: placed_at", EARLY),
        (f"{path}:4: placed_at", EARLY),
        (f"{path}:7: placed_at", LATE),
        (f"{path}:8: placed_at", LATE),
        (f"{path}:9: placed_at", EARLY),
    ]
    others = {
        "clients": "external_id,created_at\nc2,2024-01-01\nc3,0001-01-01\n",
        "nps": "client_external_id,score,answered_at\nc1,5,2024-01-01\nc1,5,1900-01-01T00:00Z\n",
        "incidents": "client_external_id,kind,occurred_at\nc1,complaint,9999-12-31T00:00\n",
    }
    for kind, text in others.items():
        path = csv_file(tmp_path, f"{kind}.csv", text)
        where = {"clients": "created_at", "nps": "answered_at", "incidents": "occurred_at"}[kind]
        line, reason = (2, LATE) if kind == "incidents" else (3, EARLY)
        assert refused(one_client, kind, path) == [(f"{path}:{line}: {where}", reason)]
    assert count(one_client, Order) == 0


def test_import_earliest_date_and_max_days_ahead_widen_the_range(
    one_client: Engine, tmp_path: Path
) -> None:
    content = ORDERS_HEADER + (
        f"o1,c1,1950-06-01,1.00\no2,c1,{_days_from_now(700)},1.00\no3,c1,1949-12-31,1.00\n"
    )
    path = csv_file(tmp_path, "orders.csv", content)
    wide = Settings.model_validate(
        {
            "scheduler": {"timezone": "Europe/Moscow"},
            "import": {"earliest_date": "1950-01-01", "max_days_ahead": 800},
        }
    )
    with pytest.raises(ImportValidationError) as exc:
        import_csv(one_client, wide, "orders", path, skip_invalid=False, on_progress=print)
    assert [(w, r.split(" (got")[0]) for w, r in problems(exc)] == [
        (
            f"{path}:4: placed_at",
            "before 1950-01-01 (UTC), the earliest date accepted ([import] earliest_date)",
        )
    ]
    report = import_csv(one_client, wide, "orders", path, skip_invalid=True, on_progress=print)
    assert (report.inserted, report.rejected) == (2, 1)


@pytest.mark.parametrize(
    ("as_of", "message"),
    [
        ("9999-12-31", f"'9999-12-31' is {LATE}"),
        ("0001-01-01", f"'0001-01-01' is {EARLY}"),
        ("1969-12-31T22:00:00-01:00", f"'1969-12-31T22:00:00-01:00' is {EARLY}"),
    ],
)
def test_an_as_of_outside_the_range_is_a_usage_error(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, as_of: str, message: str
) -> None:
    cfg = write_config(tmp_path, sqlite_url, CAMPAIGN)
    for command in ("preview", "run-once"):
        done = run_cli("--config", str(cfg), command, "c", "--as-of", as_of, env=SECRET)
        assert done.returncode == 2, done.stderr
        assert done.stderr == f"winback: error: --as-of: {message}\n"
    done = run_cli("--config", str(cfg), "preview", "c", "--as-of", "1970-01-02")
    assert done.returncode == 0, done.stderr
