"""`winback import`: CSV files of clients, orders, NPS answers and incidents.

Most tests run on every configured database (the `engine` fixture). Several
shrink ``CHUNK_ROWS`` so that a file of a few lines crosses chunk boundaries:
the duplicate check, the fast path and the rollback then work as they do on a
file of millions of rows.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text, update

from tests.conftest import run_cli, schema_diffs, write_config
from winback import importer, migrate
from winback.config import Settings
from winback.db import make_engine
from winback.errors import ImportValidationError, UsageError
from winback.importer import ImportReport, import_csv
from winback.models import Client, ClientTag, Incident, NpsAnswer, Order

UTC = dt.UTC
SETTINGS = Settings.model_validate({"scheduler": {"timezone": "Europe/Moscow"}})

CLIENTS = (
    "external_id,name,email,phone,telegram_chat_id,timezone,locale,manager,tags,"
    "email_consent,sms_consent,telegram_consent,created_at\n"
    "c1,Иван Петров,Ivan.Petrov@Example.COM,8 (999) 123-45-67,123456789,Europe/Moscow,ru,"
    "Olga,retail;vip,yes,0,TRUE,2024-01-05\n"
    "c2,Anna,,+44 20 7946 0958,,,en-GB,,,,,,2024-01-05T10:00:00+00:00\n"
)
ORDERS = (
    "external_id,client_external_id,placed_at,amount,currency,category,promo_code\n"
    "o1,c1,2024-03-01 10:00,0.10,,tea,\n"
    "o2,c1,2024-03-01T10:00:00+00:00,0.20,usd,,WB123\n"
    "o3,c2,2024-03-01,12,EUR,coffee,\n"
    "o4,c2,2024-03-01T10:00:00Z,1.5,,,\n"
)
NPS = (
    "client_external_id,score,answered_at,comment\n"
    'c1,3,2024-04-01 12:00,"Долго везли, ""курьер"" опоздал"\n'
    "c2,10,2024-04-02T09:00:00+03:00,\n"
)
INCIDENTS = (
    "client_external_id,kind,occurred_at,outcome,reason\n"
    "c1,complaint,2024-04-01 12:30,resolved,late delivery\n"
    "c1,Contact_Attempt,2024-04-03 09:00,,\n"
)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


def csv_file(folder: Path, name: str, content: str, *, bom: bool = False) -> Path:
    path = folder / name
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + content.encode("utf-8"))
    return path


def run(engine: Engine, kind: str, path: Path, *, skip_invalid: bool = False) -> ImportReport:
    seen: list[int] = []
    report = import_csv(
        engine, SETTINGS, kind, path, skip_invalid=skip_invalid, on_progress=seen.append
    )
    assert sum(seen) >= report.read
    return report


def counts(report: ImportReport) -> tuple[int, int, int, int, int]:
    return (report.read, report.inserted, report.updated, report.unchanged, report.rejected)


def table(engine: Engine, model: Any, *order_by: str) -> list[tuple[Any, ...]]:
    """Every row as a tuple (timestamps as aware datetimes, booleans as bool), no ids."""
    t = model.__table__
    columns = [c for c in t.c if c.name not in ("id", "client_id")]
    stmt = select(*columns)
    if "client_id" in t.c:
        stmt = select(Client.__table__.c.external_id, *columns).join_from(
            t, Client.__table__, t.c.client_id == Client.__table__.c.id
        )
    stmt = stmt.order_by(*(t.c[name] for name in order_by))
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(stmt)]


def tags(engine: Engine) -> set[tuple[str, str]]:
    t, c = ClientTag.__table__, Client.__table__
    stmt = select(c.c.external_id, t.c.tag).join_from(t, c, t.c.client_id == c.c.id)
    with engine.connect() as conn:
        return {(r[0], r[1]) for r in conn.execute(stmt)}


def count(engine: Engine, model: Any) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model.__table__)).scalar_one()


def problems(exc: pytest.ExceptionInfo[ImportValidationError]) -> list[tuple[str, str]]:
    return [(p.where, p.reason) for p in exc.value.problems]


def import_all(engine: Engine, folder: Path) -> None:
    for kind, content in (
        ("clients", CLIENTS),
        ("orders", ORDERS),
        ("nps", NPS),
        ("incidents", INCIDENTS),
    ):
        run(engine, kind, csv_file(folder, f"{kind}.csv", content, bom=kind == "clients"))


# ------------------------------------------------------------------ good files


def test_a_good_file_of_each_kind(engine: Engine, tmp_path: Path) -> None:
    started = int(time.time())
    report = run(engine, "clients", csv_file(tmp_path, "clients.csv", CLIENTS, bom=True))
    assert counts(report) == (2, 2, 0, 0, 0)
    assert report.rejects_path is None
    assert str(report) == (
        f"{tmp_path / 'clients.csv'}: clients: 2 rows read, 2 inserted, 0 updated, "
        "0 unchanged, 0 rejected"
    )
    clients = table(engine, Client, "external_id")
    c1, c2 = clients
    assert c1[:9] == (
        "c1",
        "Иван Петров",
        "Ivan.Petrov@example.com",  # the domain lower-cased, the local part kept
        "+79991234567",  # 8 (999) ... read in the default region, RU
        "123456789",
        "Europe/Moscow",
        "ru",
        "Olga",
        True,
    )
    assert c1[9:11] == (False, True)
    assert c1[11] is not None and c1[11].timestamp() >= started  # consent_updated_at
    assert c1[12] == utc(2024, 1, 4, 21)  # a bare date: midnight in Moscow
    assert c2[:12] == ("c2", "Anna", None, "+442079460958", None, None, "en_GB", *[None] * 5)
    assert c2[12] == utc(2024, 1, 5, 10)
    assert tags(engine) == {("c1", "retail"), ("c1", "vip")}

    report = run(engine, "orders", csv_file(tmp_path, "orders.csv", ORDERS))
    assert counts(report) == (4, 4, 0, 0, 0)
    assert table(engine, Order, "external_id") == [
        # naive means the configured zone (Moscow, UTC+3); an empty currency the default
        ("c1", "o1", utc(2024, 3, 1, 7), 10, "RUB", "tea", None),
        ("c1", "o2", utc(2024, 3, 1, 10), 20, "USD", None, "WB123"),
        ("c2", "o3", utc(2024, 2, 29, 21), 1200, "EUR", "coffee", None),
        ("c2", "o4", utc(2024, 3, 1, 10), 150, "RUB", None, None),
    ]
    with engine.connect() as conn:
        total = conn.execute(
            text(
                "SELECT sum(amount_minor) FROM orders JOIN clients ON clients.id = client_id "
                "WHERE clients.external_id = 'c1'"
            )
        ).scalar()
    assert total == 30  # 0.10 + 0.20, exactly

    report = run(engine, "nps", csv_file(tmp_path, "nps.csv", NPS))
    assert counts(report) == (2, 2, 0, 0, 0)
    assert table(engine, NpsAnswer, "answered_at") == [
        ("c1", 3, utc(2024, 4, 1, 9), 'Долго везли, "курьер" опоздал'),
        ("c2", 10, utc(2024, 4, 2, 6), None),
    ]

    report = run(engine, "incidents", csv_file(tmp_path, "incidents.csv", INCIDENTS))
    assert counts(report) == (2, 2, 0, 0, 0)
    assert table(engine, Incident, "occurred_at") == [
        ("c1", "complaint", utc(2024, 4, 1, 9, 30), "resolved", "late delivery"),
        ("c1", "contact_attempt", utc(2024, 4, 3, 6), None, None),
    ]


def test_reimport_changes_nothing_and_an_updated_file_updates(
    engine: Engine, tmp_path: Path
) -> None:
    import_all(engine, tmp_path)
    with engine.begin() as conn:  # mark every client as untouched since long ago
        conn.execute(update(Client).values(updated_at=0, consent_updated_at=0))
    models = (Client, Order, NpsAnswer, Incident)
    before = {m: table(engine, m, "id") for m in models}
    before_tags = tags(engine)

    for kind in ("clients", "orders", "nps", "incidents"):
        report = run(engine, kind, tmp_path / f"{kind}.csv")
        assert (report.inserted, report.updated, report.rejected) == (0, 0, 0), kind
        assert report.unchanged == report.read > 0
    assert {m: table(engine, m, "id") for m in models} == before
    assert tags(engine) == before_tags

    started = int(time.time())
    clients = (
        "external_id,name,tags,email_consent\n"
        "c1,Иван Петров,vip;wholesale,no\n"  # tags replaced, a consent withdrawn
        "c2,Anna K.,,\n"  # renamed only
        "c3,New,,\n"
    )
    report = run(engine, "clients", csv_file(tmp_path, "clients2.csv", clients))
    assert counts(report) == (3, 1, 2, 0, 0)
    assert tags(engine) == {("c1", "vip"), ("c1", "wholesale")}
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT external_id, name, email, email_consent, sms_consent, "
                "consent_updated_at, updated_at FROM clients ORDER BY external_id"
            )
        ).all()
    (c1, c2, c3) = rows
    assert c1[:5] == ("c1", "Иван Петров", "Ivan.Petrov@example.com", 0, 0)  # email kept
    assert c1[5] >= started and c1[6] >= started  # the consent changed: its time is now
    assert c2[1] == "Anna K." and c2[5] == 0 and c2[6] >= started  # consent untouched
    assert c3[1] == "New" and c3[5] is None

    orders = (
        "external_id,client_external_id,placed_at,amount,currency\n"
        "o1,c1,2024-03-01 10:00,0.15,\n"  # amount changed
        "o2,c1,2024-03-01 13:00,0.20,USD\n"  # the same instant, written in Moscow time
        "o5,c2,2024-03-05 10:00,5.00,\n"
    )
    report = run(engine, "orders", csv_file(tmp_path, "orders2.csv", orders))
    assert counts(report) == (3, 1, 1, 1, 0)
    orders_now = {row[1]: row for row in table(engine, Order, "external_id")}
    assert orders_now["o1"] == ("c1", "o1", utc(2024, 3, 1, 7), 15, "RUB", "tea", None)
    assert orders_now["o2"][-1] == "WB123"  # a column absent from the file is left alone
    assert orders_now["o5"][3] == 500

    nps = "client_external_id,score,answered_at\nc1,5,2024-04-01T09:00:00Z\n"
    report = run(engine, "nps", csv_file(tmp_path, "nps2.csv", nps))
    assert counts(report) == (1, 0, 1, 0, 0)
    assert table(engine, NpsAnswer, "answered_at")[0][:2] == ("c1", 5)
    incidents = "client_external_id,kind,occurred_at,outcome\nc1,complaint,2024-04-01 12:30,x\n"
    report = run(engine, "incidents", csv_file(tmp_path, "incidents2.csv", incidents))
    assert counts(report) == (1, 0, 1, 0, 0)
    first = table(engine, Incident, "occurred_at")[0]
    assert first[3:] == ("x", "late delivery")


# -------------------------------------------------------------------- bad rows

BAD_ORDERS = (
    "external_id,client_external_id,placed_at,amount,currency,category\n"
    "o1,c1,2024-03-01 10:00,10.00,,tea\n"  # 2: good
    "o2,c1,2024-03-01 10:00,1.005,,tea\n"  # 3
    "o3,nobody,2024-03-01 10:00,1.00,,\n"  # 4
    "o4,c1,yesterday,1.00,,\n"  # 5
    "o1,c1,2024-03-02 10:00,2.00,,\n"  # 6
    "o5,c1,2024-03-01 10:00,-5.00,,\n"  # 7
    "o6,c1,2024-03-01 10:00,,,\n"  # 8
    "o7,c1\n"  # 9
    'o8,c1,2024-03-01 10:00,"1,50",,\n'  # 10
    '\no9,c1,2024-03-01 10:00,3.00,XX1,"two\nlines"\n'  # 11 blank, 12-13
    "o11,c1,2024-02-30 10:00,1.00,,\n"  # 14: no such day
    ",,,,,\n"  # 15: a row of empty cells, skipped
    "o10,c1,2024-03-01 10:00,1.00,RUB,\n"  # 16: good
)
BAD_ORDERS_PROBLEMS = [
    (3, "amount", "more than two decimal places (got '1.005')"),
    (4, "client_external_id", "no client with this external_id (got 'nobody')"),
    (5, "placed_at", "not an ISO 8601 date or date-time"),
    (6, "external_id", "duplicate external_id, first seen on line 2"),
    (7, "amount", "negative amounts (refunds) are not accepted (got '-5.00')"),
    (8, "amount", "required value is missing"),
    (9, "(row)", "has 2 fields, the header has 6"),
    (10, "amount", "use a dot as the decimal separator (got '1,50')"),
    (12, "currency", "not a three-letter currency code such as RUB (got 'XX1')"),
    (12, "category", "contains the control character U+000A (got 'two\\nlines')"),
    (14, "placed_at", "not an ISO 8601 date or date-time"),
]


@pytest.fixture
def two_clients(engine: Engine, tmp_path: Path) -> Engine:
    run(engine, "clients", csv_file(tmp_path, "clients.csv", "external_id\nc1\nc2\n"))
    return engine


def test_bad_rows_refuse_the_whole_file_and_are_all_listed(
    two_clients: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer.job, "CHUNK_ROWS", 3)
    path = csv_file(tmp_path, "orders.csv", BAD_ORDERS)
    with pytest.raises(ImportValidationError) as exc:
        run(two_clients, "orders", path)
    assert exc.value.headline.startswith(f"{path}: 10 bad rows of 12; nothing was imported")
    got = problems(exc)
    assert [w for w, _ in got] == [f"{path}:{line}: {col}" for line, col, _ in BAD_ORDERS_PROBLEMS]
    for (_, reason), (_, _, expected) in zip(got, BAD_ORDERS_PROBLEMS, strict=True):
        assert reason.startswith(expected)
    assert count(two_clients, Order) == 0
    # the same rows, refused when the table already holds orders (the general path)
    run(
        two_clients,
        "orders",
        csv_file(tmp_path, "one.csv", ORDERS.splitlines()[0] + "\nox,c2,2024-01-01,1.00,,,\n"),
    )
    with pytest.raises(ImportValidationError) as exc:
        run(two_clients, "orders", path)
    assert [w for w, _ in problems(exc)] == [w for w, _ in got]
    assert table(two_clients, Order, "id") == [
        ("c2", "ox", utc(2023, 12, 31, 21), 100, "RUB", None, None)
    ]


def test_skip_invalid_imports_the_good_rows_and_writes_the_rejects(
    two_clients: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer.job, "CHUNK_ROWS", 2)
    content = (
        "external_id,client_external_id,placed_at,amount\n"
        "o1,c1,2024-03-01 10:00,1.00\n"
        "o2,c1,2024-03-01 10:00,1.005\n"
        "o3,c2,2024-03-02 10:00,2.00\n"
        "o4,ghost,2024-03-01 10:00,1.00\n"
        "o1,c2,2024-03-03 10:00,3.00\n"
        "o5,c2,2024-03-04 10:00,4.00\n"
    )
    path = csv_file(tmp_path, "orders.csv", content, bom=True)
    report = run(two_clients, "orders", path, skip_invalid=True)
    assert counts(report) == (6, 3, 0, 0, 3)
    rejects = tmp_path / "orders.rejects.csv"
    assert report.rejects_path == rejects
    assert str(report).endswith(f"3 rejected (rejects in {rejects})")
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["external_id", "client_external_id", "placed_at", "amount", "line", "reason"]
    assert [r[:5] for r in rows[1:]] == [
        ["o2", "c1", "2024-03-01 10:00", "1.005", "3"],
        ["o4", "ghost", "2024-03-01 10:00", "1.00", "5"],
        ["o1", "c2", "2024-03-03 10:00", "3.00", "6"],
    ]
    assert rows[1][5] == "amount: more than two decimal places (got '1.005')"
    assert rows[2][5].startswith("client_external_id: no client with this external_id")
    assert rows[3][5] == "external_id: duplicate external_id, first seen on line 2"
    assert [r[:4] for r in table(two_clients, Order, "external_id")] == [
        ("c1", "o1", utc(2024, 3, 1, 7), 100),
        ("c2", "o3", utc(2024, 3, 2, 7), 200),
        ("c2", "o5", utc(2024, 3, 4, 7), 400),
    ]
    # fixed and imported again: nothing rejected, and the stale rejects file is gone
    fixed = "".join(line + "\n" for line in content.splitlines() if "1.005" not in line)
    fixed = fixed.replace("ghost", "c1").replace("o1,c2,2024-03-03", "o6,c2,2024-03-03")
    report = run(two_clients, "orders", csv_file(tmp_path, "orders.csv", fixed), skip_invalid=True)
    assert counts(report) == (5, 2, 0, 3, 0)
    assert report.rejects_path is None and not rejects.exists()


def test_duplicates_are_found_across_chunks(
    two_clients: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer.job, "CHUNK_ROWS", 2)
    content = (
        "external_id,client_external_id,placed_at,amount\n"
        "o1,c1,2024-03-01,1.00\n"
        "o2,c1,2024-03-01,1.00\n"
        "o3,c1,2024-03-01,1.00\n"
        "o4,c1,2024-03-01,1.00\n"
        "o2,c2,2024-03-02,2.00\n"  # no bad row before: on SQLite the insert finds it
        "o5,c1,2024-03-01,1.00\n"
    )
    path = csv_file(tmp_path, "orders.csv", content)
    with pytest.raises(ImportValidationError) as exc:
        run(two_clients, "orders", path)
    assert problems(exc) == [
        (f"{path}:6: external_id", "duplicate external_id, first seen on line 3")
    ]
    assert count(two_clients, Order) == 0
    report = run(two_clients, "orders", path, skip_invalid=True)
    assert counts(report) == (6, 5, 0, 0, 1)
    assert count(two_clients, Order) == 5

    # NPS answers: the same client and moment, written two ways, is one answer
    nps = (
        "client_external_id,score,answered_at\n"
        "c1,9,2024-04-01 12:00\n"
        "c2,9,2024-04-01 12:00\n"
        "c1,2,2024-04-01T09:00:00+00:00\n"
    )
    path = csv_file(tmp_path, "nps.csv", nps)
    with pytest.raises(ImportValidationError) as exc:
        run(two_clients, "nps", path)
    assert problems(exc) == [
        (
            f"{path}:4: answered_at",
            "duplicate answer (same client and answered_at as line 2)",
        )
    ]
    incidents = (
        "client_external_id,kind,occurred_at\n"
        "c1,complaint,2024-04-01\n"
        "c1,inquiry,2024-04-01\n"
        "c1,COMPLAINT,2024-04-01T00:00:00+03:00\n"
    )
    path = csv_file(tmp_path, "incidents.csv", incidents)
    with pytest.raises(ImportValidationError) as exc:
        run(two_clients, "incidents", path)
    assert [w for w, _ in problems(exc)] == [f"{path}:4: occurred_at"]
    assert count(two_clients, NpsAnswer) == count(two_clients, Incident) == 0


def test_ids_differing_in_case_are_compared_as_the_database_does(
    two_clients: Engine, tmp_path: Path
) -> None:
    content = "external_id,client_external_id,placed_at,amount\no1,c1,2024-03-01,1.00\n"
    path = csv_file(tmp_path, "orders.csv", content + "O1,c2,2024-03-01,1.00\n")
    # two clients on every database: MariaDB's tables use a binary collation
    assert counts(run(two_clients, "orders", path)) == (2, 2, 0, 0, 0)


def test_bad_values_of_clients_nps_and_incidents(engine: Engine, tmp_path: Path) -> None:
    clients = (
        "external_id,email,phone,telegram_chat_id,timezone,locale,tags,sms_consent\n"
        "c1,not-an-email,12,@ivan,Mars/Olympus,xx,ok;" + "t" * 65 + ",maybe\n"
        "c2,,abc,,,,,\n"
        "c3,a@b.com,8 (999) 123-45-67,,UTC,en_GB,,No\n" + "x" * 65 + ",,,,,,,\n"
    )
    path = csv_file(tmp_path, "clients.csv", clients)
    with pytest.raises(ImportValidationError) as exc:
        run(engine, "clients", path)
    assert [w for w, _ in problems(exc)] == [
        f"{path}:2: {column}"
        for column in (
            "email",
            "phone",
            "telegram_chat_id",
            "timezone",
            "locale",
            "tags",
            "sms_consent",
        )
    ] + [f"{path}:3: phone", f"{path}:5: external_id"]
    reasons = dict(problems(exc))
    assert reasons[f"{path}:2: phone"] == "not a possible phone number (got '12')"
    assert reasons[f"{path}:3: phone"] == "not a phone number (got 'abc')"
    assert reasons[f"{path}:5: external_id"].startswith("longer than 64 characters")
    assert count(engine, Client) == 0

    run(engine, "clients", csv_file(tmp_path, "ok.csv", "external_id\nc1\n"))
    nps = "client_external_id,score,answered_at,comment\nc1,11,2024-01-01,\nc1,7.5,2024-01-02,\n"
    path = csv_file(tmp_path, "nps.csv", nps)
    with pytest.raises(ImportValidationError) as exc:
        run(engine, "nps", path)
    assert [w for w, _ in problems(exc)] == [f"{path}:2: score", f"{path}:3: score"]
    incidents = (
        "client_external_id,kind,occurred_at,outcome,reason\n"
        "c1,party,2024-01-01,,\n"
        f"c1,inquiry,2024-01-01,{'o' * 33},{'r' * 255}\n"
        f"c1,inquiry,2024-01-02,{'o' * 32},{'r' * 256}\n"
    )
    path = csv_file(tmp_path, "incidents.csv", incidents)
    with pytest.raises(ImportValidationError) as exc:
        run(engine, "incidents", path)
    assert problems(exc) == [
        (
            f"{path}:2: kind",
            "not one of complaint, conflict, inquiry, contact_attempt (got 'party')",
        ),
        (f"{path}:3: outcome", f"longer than 32 characters (33) (got {'o' * 33!r})"),
        (f"{path}:4: reason", f"longer than 255 characters (256) (got {'r' * 57 + '...'!r})"),
    ]
    # the longest values that fit are stored whole, on every database
    fits = f"c1,inquiry,2024-01-01,{'o' * 32},{'r' * 255}\n"
    run(
        engine, "incidents", csv_file(tmp_path, "fits.csv", incidents.splitlines()[0] + "\n" + fits)
    )
    assert table(engine, Incident, "id")[0][3:] == ("o" * 32, "r" * 255)


def test_many_bad_rows_list_the_first_hundred(sqlite_engine: Engine, tmp_path: Path) -> None:
    run(sqlite_engine, "clients", csv_file(tmp_path, "c.csv", "external_id\nc1\n"))
    rows = "".join(f"o{i},c1,2024-01-01,1.001\n" for i in range(150))
    path = csv_file(tmp_path, "o.csv", "external_id,client_external_id,placed_at,amount\n" + rows)
    with pytest.raises(ImportValidationError) as exc:
        run(sqlite_engine, "orders", path)
    assert len(exc.value.problems) == 101
    assert exc.value.problems[99].where == f"{path}:101: amount"
    assert exc.value.problems[100].reason.startswith("... and 50 more problems")
    assert "150 bad rows of 150" in exc.value.headline


# --------------------------------------------------------------- the file itself


@pytest.mark.parametrize(
    ("content", "where", "reason"),
    [
        (
            "external_id,client_external_id,placed_at,amount,colour\n",
            "colour",
            "unknown column; the columns of orders files are: external_id, ",
        ),
        ("external_id,placed_at,amount\n", "client_external_id", "required column is missing"),
        (
            "external_id,client_external_id,placed_at,amount,amount\n",
            "amount",
            "column appears twice in the header",
        ),
        (
            "external_id;client_external_id;placed_at;amount\n",
            "external_id;client_external_id;placed_at;amount",
            "unknown column; the file does not look comma-separated",
        ),
    ],
)
def test_header_errors_name_the_file_and_the_column(
    sqlite_engine: Engine, tmp_path: Path, content: str, where: str, reason: str
) -> None:
    path = csv_file(tmp_path, "orders.csv", content + "o1,c1,2024-01-01,1.00\n")
    with pytest.raises(ImportValidationError) as exc:
        run(sqlite_engine, "orders", path)
    assert exc.value.headline == f"{path}: bad header; nothing was imported"
    assert any(w == f"{path}:1: {where}" and r.startswith(reason) for w, r in problems(exc))


def test_unreadable_files_are_usage_errors(sqlite_engine: Engine, tmp_path: Path) -> None:
    cases = {
        "missing.csv": None,
        "empty.csv": b"",
        "bom-only.csv": codecs.BOM_UTF8 + b"\n\n",
        "cp1251.csv": "external_id,name\nc1,Иван\n".encode("cp1251"),
        "quotes.csv": b'external_id,name\nc1,"Ivan"x\n',
    }
    expected = {
        "missing.csv": "file not found",
        "empty.csv": "the file is empty; expected a header row",
        "bom-only.csv": "the file is empty; expected a header row",
        "cp1251.csv": "not UTF-8 text",
        "quotes.csv": "malformed CSV",
    }
    for name, content in cases.items():
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        with pytest.raises(UsageError) as exc:
            run(sqlite_engine, "clients", path)
        assert str(exc.value).startswith(str(path)), name
        assert expected[name] in str(exc.value), name
    assert count(sqlite_engine, Client) == 0
    # a header and no rows is an empty export, not an error
    report = run(sqlite_engine, "clients", csv_file(tmp_path, "header.csv", "external_id\n"))
    assert counts(report) == (0, 0, 0, 0, 0)


# ------------------------------------------------------------------ bigger files


def test_a_file_of_several_chunks_and_lookup_batches(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer.job, "CHUNK_ROWS", 1500)
    monkeypatch.setattr(importer.store, "LOOKUP_BATCH", 500)
    clients = "external_id,name\n" + "".join(f"c{i},n{i}\n" for i in range(1200))
    run(engine, "clients", csv_file(tmp_path, "clients.csv", clients))
    orders = "external_id,client_external_id,placed_at,amount\n" + "".join(
        f"o{i},c{i % 1200},2024-01-01 {i % 24:02d}:{i % 60:02d},{i // 100}.{i % 100:02d}\n"
        for i in range(4000)
    )
    path = csv_file(tmp_path, "orders.csv", orders)
    assert counts(run(engine, "orders", path)) == (4000, 4000, 0, 0, 0)
    assert counts(run(engine, "orders", path)) == (4000, 0, 0, 4000, 0)
    with engine.connect() as conn:
        total, first, per_client = conn.execute(
            text("SELECT sum(amount_minor), min(placed_at), count(DISTINCT client_id) FROM orders")
        ).one()
    assert total == sum(range(4000))
    assert first == int(dt.datetime(2023, 12, 31, 21, tzinfo=UTC).timestamp())
    assert per_client == 1200


def test_sqlite_bulk_load_rebuilds_the_indexes(
    sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer.store, "BULK_MIN_ROWS", 1)

    def indexes() -> list[tuple[str, str]]:
        with sqlite_engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
            )
            return [(r[0], r[1]) for r in rows]

    before = indexes()
    assert any(name == "ix_orders_client_id_placed_at_amount_minor" for name, _ in before)
    run(sqlite_engine, "clients", csv_file(tmp_path, "c.csv", "external_id\nc1\nc2\n"))
    with pytest.raises(ImportValidationError):  # refused: the rollback restores the indexes
        run(sqlite_engine, "orders", csv_file(tmp_path, "bad.csv", BAD_ORDERS))
    assert indexes() == before
    assert counts(run(sqlite_engine, "orders", tmp_path / "bad.csv", skip_invalid=True))[4] == 10
    assert indexes() == before
    with sqlite_engine.connect() as conn:
        assert schema_diffs(conn) == []
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT client_id, max(placed_at), sum(amount_minor) "
            "FROM orders GROUP BY client_id"
        ).all()
    assert "ix_orders_client_id_placed_at_amount_minor" in str(plan)


# ------------------------------------------------------------------------- CLI


def test_cli_import_exit_codes(sqlite_url: str, tmp_path: Path) -> None:
    """The real command: 0 when imported, 2 for bad input, never a traceback.
    (The databases are covered above; this is the command's own behaviour.)"""
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    engine.dispose()
    cfg = write_config(tmp_path, sqlite_url)
    clients = csv_file(tmp_path, "clients.csv", CLIENTS, bom=True)
    done = run_cli("--config", str(cfg), "import", "clients", str(clients))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        f"{clients}: clients: 2 rows read, 2 inserted, 0 updated, 0 unchanged, 0 rejected"
    )

    orders = csv_file(tmp_path, "orders.csv", BAD_ORDERS)
    done = run_cli("--config", str(cfg), "import", "orders", str(orders))
    assert done.returncode == 2
    assert done.stderr.startswith(f"winback: error: {orders}: 10 bad rows of 12")
    assert f"  - {orders}:3: amount: more than two decimal places (got '1.005')" in done.stderr
    assert "Traceback" not in done.stderr

    done = run_cli("--config", str(cfg), "import", "orders", str(orders), "--skip-invalid")
    assert done.returncode == 0, done.stderr
    rejects = tmp_path / "orders.rejects.csv"
    report, stats_line = done.stdout.strip().splitlines()
    assert report.endswith(
        f"2 inserted, 0 updated, 0 unchanged, 10 rejected (rejects in {rejects})"
    )
    # the aggregates selection reads are rebuilt for the one client concerned
    assert stats_line.startswith("order stats refreshed: 1 client in ")
    assert rejects.exists()

    latin = tmp_path / "latin.csv"
    latin.write_bytes("external_id,name\nc1,Ivan\nc2,Иван\n".encode("cp1251"))
    done = run_cli("--config", str(cfg), "import", "clients", str(latin))
    assert done.returncode == 2
    assert done.stderr.startswith(f"winback: error: {latin}: not UTF-8 text")
    assert "Traceback" not in done.stderr
