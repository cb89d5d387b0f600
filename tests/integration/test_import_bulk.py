"""The import's fast paths give what the slow ones give.

* The email and phone shortcuts (winback/fastcheck.py) against email_validator
  and phonenumbers themselves, on generated values of every shape.
* PostgreSQL's COPY path and MariaDB's multi-row path (winback/bulkload.py)
  against SQLite's, on files with upserts, rejects and unicode: the same
  reports, rejects files and rows.
* A failure the database raises mid-load leaves nothing applied.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Engine, text

from tests.integration.test_import import counts, csv_file, run, table, tags
from winback import importer
from winback.errors import DatabaseError
from winback.importer.fastcheck import FastEmails, FastPhones
from winback.models import Client, Order

REGIONS = ["RU", "US", "GB", "DE", "IT", "KZ", "BR", "AR", "FR", "IN"]


def _library_phone(value: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phones(rnd: random.Random, count: int) -> list[str]:
    """Digit strings with national and international prefixes, some punctuated."""
    starts = ["", "8", "7", "0", "1", "810", "00", "011", "44", "49", "39", "380", "90", "89"]
    out = []
    while len(out) < count:
        digits = rnd.choice(starts) + "".join(rnd.choices("0123456789", k=rnd.randrange(15)))
        if not digits:
            continue
        if rnd.random() < 0.5:
            digits = "".join(
                rnd.choice([" ", "-", "(", ")", ""]) * (rnd.random() < 0.25) + c for c in digits
            )
        value = ("+" + digits if rnd.random() < 0.4 else digits).strip()
        if value:
            out.append(value)
    return out


@pytest.mark.parametrize("region", REGIONS)
def test_the_phone_shortcut_agrees_with_phonenumbers(region: str) -> None:
    fast = FastPhones(region)
    answered = 0
    for value in _phones(random.Random(region), 3000):
        got = fast.e164(value)
        if got is not None:
            answered += 1
            assert got == _library_phone(value, region), value
    assert answered > 100  # the shortcut does answer for common shapes
    if region == "RU":
        assert fast.e164("8 (916) 123-45-67") == "+79161234567"
        assert fast.e164("+7 916 123-45-67") == "+79161234567"


def test_the_email_shortcut_agrees_with_email_validator() -> None:
    rnd = random.Random(5)
    locals_ = ["ivan", "Olga.P", "a_b+c", "x-y", "info", "INFO", "Postmaster", "a..b", ".a", "a."]
    locals_ += ["", "a" * 70, "ab", "q!#$%&'*/=?^`{|}~"]
    domains = ["example.com", "Example.com", "mail.ru", "a-b.co.uk", "a--b.com", "xn--80a.ru"]
    domains += ["x.test", "x.local", "localhost", "com", "a.c0m", "a.b1", "-a.com", "a-.com"]
    domains += ["a." + "t" * 64, "a.arpa", "sub.onion", "b" * 64 + ".com", "b" * 63 + ".com"]
    domains += [("c" * 60 + ".") * 4 + "com", "a.technology"]
    values = [f"{rnd.choice(locals_)}@{rnd.choice(domains)}" for _ in range(3000)]
    chars = "abcXYZ019._+-@!#$%&'*/=?^`{|}~ \u00e9"
    values += ["".join(rnd.choices(chars, k=rnd.randrange(1, 20))) + "@a.ru" for _ in range(3000)]
    fast = FastEmails()
    answered = 0
    for value in values:
        if fast.plain(value):
            answered += 1
            try:
                assert validate_email(value, check_deliverability=False).normalized == value
            except EmailNotValidError as exc:  # pragma: no cover - the failure to report
                pytest.fail(f"{value!r}: {exc}")
    assert answered > 300


# ------------------------------------------- the server paths against SQLite's

CLIENTS_A = (
    "external_id,name,email,phone,tags,email_consent,sms_consent,created_at\n"
    "c1,Иван Петров,Ivan.Petrov@Example.COM,8 (999) 123-45-67,retail;vip,yes,0,2024-01-05\n"
    "c2,Anna,anna@example.com,+44 20 7946 0958,,,,2024-01-05T10:00:00+00:00\n"
    "c3,Zoë 🙂,zoe@пример.рф,+7 916 123-45-67,b2b,no,,2024-02-01 10:00\n"
    "c4,Bad,not an address,,,,,2024-02-01\n"
    "c5,李雷,,89161112233,vip;VIP,,1,\n"
    "c1,Repeat,,,,,,\n"
    "c6,Ok,ok@example.org,12,,,,\n"
    "c7,Last,,,newsletter,true,false,2024-03-01\n"
    'c0,"O\'Brien \\ ""q"" \\\\n, 100%",,,,,,\n'
)
CLIENTS_B = (  # the next export: changes, the same rows, new ones, a bad one
    "external_id,name,email,phone,tags,email_consent,sms_consent,created_at\n"
    "c1,Иван Петров,Ivan.Petrov@Example.COM,8 (999) 123-45-67,retail,no,0,2024-01-05\n"
    "c2,Anna,anna@example.com,+44 20 7946 0958,,,,2024-01-05T10:00:00+00:00\n"
    "c3,Zoë Smith,zoe@пример.рф,+7 916 123-45-67,b2b,no,,2024-02-01 10:00\n"
    "c8,Новый,new@example.com,,x;y,,,\n"
    "c9,,,,,maybe,,\n"
    "c7,Last,,,newsletter,true,false,2024-03-01\n"
)
ORDERS_A = (
    "external_id,client_external_id,placed_at,amount,currency,category,promo_code\n"
    "o1,c1,2024-03-01 10:00,0.10,,чай,\n"
    "o2,c1,2024-03-01T10:00:00+00:00,0.20,usd,,WB123\n"
    "o3,c2,2024-03-01,12,EUR,coffee,\n"
    "o4,nobody,2024-03-01,1,,,\n"
    "o5,c3,2024-03-02,1.234,,,\n"
    "o1,c2,2024-03-03,5,,,\n"
    "o6,c7,2024-03-04 08:00,99.99,,,\n"
)
ORDERS_B = (
    "external_id,client_external_id,placed_at,amount,currency,category,promo_code\n"
    "o1,c1,2024-03-01 10:00,0.15,,чай,\n"
    "o3,c2,2024-03-01,12,EUR,coffee,\n"
    "o7,c8,2024-04-01,7,,,\n"
)


def _client_rows(engine: Engine) -> list[tuple[Any, ...]]:
    """Clients without ids, the import's own clock reduced to whether it was set."""
    rows = []
    for row in table(engine, Client, "external_id"):
        *values, consent_at, created_at, updated_at = row
        rows.append((*values, consent_at is not None, created_at, updated_at is not None))
    return rows


def _load(engine: Engine, folder: Path) -> list[Any]:
    """Every file above, in turn, with --skip-invalid: the reports, the rejects
    files and the tables after each step."""
    folder.mkdir()
    seen = []
    for name, kind, content in (
        ("a", "clients", CLIENTS_A),
        ("b", "clients", CLIENTS_B),
        ("oa", "orders", ORDERS_A),
        ("ob", "orders", ORDERS_B),
    ):
        report = run(engine, kind, csv_file(folder, f"{name}.csv", content), skip_invalid=True)
        rejects = report.rejects_path.read_bytes() if report.rejects_path else None
        seen.append((str(report).replace(str(folder), ""), rejects))
        seen.append((_client_rows(engine), sorted(tags(engine))))
        seen.append(table(engine, Order, "external_id"))
    return seen


def test_each_database_stores_what_sqlite_stores(
    engine: Engine, sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite is the reference")
    # two rows a chunk: every step crosses chunks, as a file of millions does
    monkeypatch.setattr(importer.job, "CHUNK_ROWS", 2)
    expected = _load(sqlite_engine, tmp_path / "expected")
    assert _load(engine, tmp_path / "subject") == expected
    reports = [expected[i][0] for i in range(0, len(expected), 3)]
    assert [r.split(": ", 2)[2] for r in reports] == [
        "9 rows read, 6 inserted, 0 updated, 0 unchanged, 3 rejected (rejects in /a.rejects.csv)",
        "6 rows read, 1 inserted, 2 updated, 2 unchanged, 1 rejected (rejects in /b.rejects.csv)",
        "7 rows read, 4 inserted, 0 updated, 0 unchanged, 3 rejected (rejects in /oa.rejects.csv)",
        "3 rows read, 1 inserted, 1 updated, 1 unchanged, 0 rejected",
    ]


# ---------------------------------------------------------- nothing half-applied


def _refuse_boom(engine: Engine) -> None:
    """Make the database itself refuse a row named 'boom' (a failure the
    importer cannot see coming)."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            for table_name in ("clients", "orders"):
                column = "name" if table_name == "clients" else "category"
                conn.exec_driver_sql(
                    f"CREATE TRIGGER boom_{table_name} BEFORE INSERT ON {table_name} "
                    f"WHEN NEW.{column} = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END"
                )
        else:
            conn.exec_driver_sql(
                "ALTER TABLE clients ADD CONSTRAINT no_boom CHECK (name <> 'boom')"
            )
            conn.exec_driver_sql(
                "ALTER TABLE orders ADD CONSTRAINT no_boom_o CHECK (category <> 'boom')"
            )


def _everything(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        stale = conn.execute(text("SELECT count(*) FROM client_order_stats_stale")).scalar()
    return [_client_rows(engine), sorted(tags(engine)), table(engine, Order, "external_id"), stale]


def test_a_failure_mid_load_leaves_nothing_applied(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importer.job, "CHUNK_ROWS", 2)
    run(engine, "clients", csv_file(tmp_path, "a.csv", CLIENTS_A), skip_invalid=True)
    run(engine, "orders", csv_file(tmp_path, "oa.csv", ORDERS_A), skip_invalid=True)
    _refuse_boom(engine)
    before = _everything(engine)
    # updates and new rows in the first chunks, the refused row in the last
    clients = CLIENTS_B + "c10,boom,,,,,,\n"
    orders = ORDERS_B + "o9,c1,2024-04-02,1,,boom,\n"
    for kind, content in (("clients", clients), ("orders", orders)):
        path = csv_file(tmp_path, f"boom_{kind}.csv", content)
        with pytest.raises(DatabaseError, match="refused the import"):
            run(engine, kind, path, skip_invalid=True)
        assert _everything(engine) == before
        assert not list(tmp_path.glob(f"boom_{kind}.rejects.csv*"))
    # and the next import still works (ids from the sequence, not taken)
    report = run(engine, "clients", csv_file(tmp_path, "b.csv", CLIENTS_B), skip_invalid=True)
    assert counts(report)[:2] == (6, 1)


def test_mariadb_literals_are_pymysqls() -> None:
    from pymysql.converters import escape_string

    from winback.bulkload import _ESCAPE

    rnd = random.Random(3)
    for _ in range(5000):
        value = "".join(rnd.choices("ab\\\x00\n\r\x1a\"'%\u00e9\U0001f642 ", k=8))
        assert value.translate(_ESCAPE) == escape_string(value)
