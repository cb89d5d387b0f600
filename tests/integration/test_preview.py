from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.conftest import run_cli, write_config
from tests.integration.test_selection_reference import AS_OF, NOW, TZ, load, make_data
from tests.reference_selection import reference
from winback.config import load_config
from winback.models import to_epoch

CAMPAIGN = """
[[campaigns]]
name = "c"
templates = "lapsed-regulars"
channels = ["email", "telegram"]
max_per_run = 22
cooldown_days = 0
holdout_percent = 20
[campaigns.select]
last_order_days_min = 90
overdue_factor = 3.0
[campaigns.priority]
revenue_weight = 0.6
frequency_weight = 0.4
"""


@pytest.fixture
def loaded(engine: Engine, db_url: str, tmp_path: Path) -> Path:
    load(engine, make_data(5))
    return write_config(tmp_path, db_url, CAMPAIGN)


def test_json_preview_is_the_ranked_selection(loaded: Path) -> None:
    done = run_cli(
        "--config", str(loaded), "preview", "c", "--as-of", AS_OF.isoformat(), "--format", "json"
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    campaign = load_config(loaded).campaign("c")
    _, want = reference(make_data(5), campaign, as_of=to_epoch(AS_OF), now=to_epoch(NOW), tz=TZ)
    assert [r["client"] for r in rows] == [w["client"] for w in want]
    assert len(rows) == 22
    first = rows[0]
    for key in (
        "client",
        "score",
        "reasons",
        "revenue",
        "orders",
        "last_order_at",
        "group",
        "abc",
        "xyz",
    ):
        assert key in first
    assert set(first["reasons"]) <= {"recency", "overdue"}
    assert "matched recency" in done.stderr and "remaining" in done.stderr


FILTERED = """
[[campaigns]]
name = "f"
templates = "lapsed-regulars"
channels = ["email", "telegram"]
max_per_run = 5
cooldown_days = 0
[campaigns.select]
last_order_days_min = 60
min_orders = 2
min_revenue = 2000
tags_exclude = ["vip"]
"""


def test_excluded_lists_who_was_left_out_and_why(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    load(engine, make_data(5))
    cfg = write_config(tmp_path, db_url, FILTERED)
    args = ["--config", str(cfg), "preview", "f", "--as-of", AS_OF.isoformat(), "--excluded"]
    done = run_cli(*args, "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    summary, want = reference(
        make_data(5),
        load_config(cfg).campaign("f"),
        as_of=to_epoch(AS_OF),
        now=to_epoch(NOW),
        tz=TZ,
        excluded=True,
    )
    assert [(r["client"], r["excluded_by"]) for r in rows] == [
        (w["client"], w["excluded_by"]) for w in want
    ]
    assert {r["excluded_by"] for r in rows} >= {"tags", "min_orders", "min_revenue"}
    assert len(rows) == sum(summary["excluded"].values()) > 5  # all of them, not max_per_run
    assert f"excluded shown {len(rows)}" in done.stderr
    table = run_cli(*args, "--limit", "3")
    assert table.returncode == 0, table.stderr
    assert "lost, but excluded" in table.stdout and "excluded by" in table.stdout
    assert "excluded shown 3" in table.stdout
    with_csv = run_cli(*args, "--format", "csv")
    first = next(csv.DictReader(io.StringIO(with_csv.stdout)))
    assert (first["client"], first["excluded_by"]) == (rows[0]["client"], rows[0]["excluded_by"])


def test_client_shows_where_one_client_stands(engine: Engine, db_url: str, tmp_path: Path) -> None:
    data = make_data(5)
    load(engine, data)
    cfg = write_config(tmp_path, db_url, FILTERED)
    campaign = load_config(cfg).campaign("f")
    ref = {"as_of": to_epoch(AS_OF), "now": to_epoch(NOW), "tz": TZ}
    every = campaign.model_copy(update={"max_per_run": 10_000})
    _, remaining = reference(data, every, **ref)
    _, left_out = reference(data, campaign, excluded=True, **ref)
    lost = {r["client"] for r in remaining} | {r["client"] for r in left_out}
    not_lost = next(c["external_id"] for c in data.clients if c["external_id"] not in lost)
    assert len(remaining) > campaign.max_per_run + 2

    def ask(external_id: str, *extra: str) -> tuple[list[dict[str, object]], str]:
        done = run_cli(
            "--config", str(cfg), "preview", "f", "--as-of", AS_OF.isoformat(),
            "--client", external_id, "--format", "json", *extra,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout), done.stderr

    rows, said = ask(remaining[0]["client"])
    assert [(r["client"], r["rank"]) for r in rows] == [(remaining[0]["client"], 1)]
    assert "rank 1 of those remaining: a run takes it" in said
    beyond = remaining[campaign.max_per_run + 2]
    rows, said = ask(beyond["client"])
    assert rows[0]["rank"] == campaign.max_per_run + 3 and rows[0]["score"] == round(
        beyond["score"], 6
    )
    assert "beyond max_per_run = 5: not taken by the next run" in said
    rows, said = ask(left_out[0]["client"])
    assert rows[0]["excluded_by"] == left_out[0]["excluded_by"]
    assert f"but excluded by {left_out[0]['excluded_by']}" in said
    rows, said = ask(not_lost)
    assert rows == [] and f"client {not_lost} is not lost for f" in said
    unknown = run_cli("--config", str(cfg), "preview", "f", "--client", "NO-SUCH-ID")
    assert unknown.returncode == 2 and "no client with external id 'NO-SUCH-ID'" in unknown.stderr
    both = run_cli("--config", str(cfg), "preview", "f", "--client", not_lost, "--excluded")
    assert both.returncode == 2 and "do not go together" in both.stderr


def test_csv_and_limit(loaded: Path) -> None:
    done = run_cli(
        "--config",
        str(loaded),
        "preview",
        "c",
        "--as-of",
        "2024-03-01",
        "--format",
        "csv",
        "--limit",
        "7",
    )
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(rows) == 7
    assert [int(r["rank"]) for r in rows] == list(range(1, 8))


def test_table_shows_twenty_and_the_summary(loaded: Path) -> None:
    done = run_cli("--config", str(loaded), "preview", "c", "--as-of", "2024-03-01")
    assert done.returncode == 0, done.stderr
    assert "who a run would take" in done.stdout
    assert "a run takes 22; shown 20" in done.stdout


def test_explain_prints_the_statement(loaded: Path) -> None:
    done = run_cli(
        "--config",
        str(loaded),
        "preview",
        "c",
        "--as-of",
        "2024-03-01",
        "--explain",
        "--limit",
        "1",
    )
    assert done.returncode == 0, done.stderr
    assert "WITH agg AS" in done.stdout
    assert "lag(" in done.stdout.lower()  # the overdue gaps


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["preview", "nope"], "unknown campaign 'nope'"),
        (["preview", "c", "--as-of", "yesterday"], "is not an ISO 8601 date"),
        (["preview", "c", "--format", "xml"], "Invalid value for '--format'"),
    ],
)
def test_bad_usage_is_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    cfg = write_config(tmp_path, f"sqlite:///{tmp_path / 'x.db'}", CAMPAIGN)
    done = run_cli("--config", str(cfg), *args)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("name", "score", "revenue", "days", "channel", "excluded_by"),
    [
        ('Анна "quoted" \\ back\\slash', 0.123456789, 1234567, 10, "email", None),
        ("tab\tnew\nline \x00 \u202e bidi 😀", 1.0, -5, None, None, "tags"),
        (None, 0.0, 0, 0, "sms", None),
        ("x", 1e-07, 99, 3650, "telegram", "opted_out"),
    ],
)
def test_a_rows_json_is_json_dumps_of_its_dict(
    name: str | None,
    score: float,
    revenue: int,
    days: int | None,
    channel: str | None,
    excluded_by: str | None,
) -> None:
    """preview --format json writes each row with Candidate.to_json, a faster
    spelling of json.dumps(as_dict(), ensure_ascii=False): the same text."""
    import datetime as dt

    from winback.preview import write_json
    from winback.selection import Candidate

    row = Candidate(
        rank=7,
        client_id=1,
        external_id='C-"1"\\',
        name=name,
        score=score,
        reasons=("recency", "nps"),
        revenue_minor=revenue,
        orders=3,
        last_order_at=None if days is None else dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        days_since=days,
        abc="A",
        xyz="Z",
        group="treatment",
        channel=channel,
        email=None,
        phone=None,
        telegram_chat_id=None,
        timezone=None,
        locale=None,
        manager=None,
        consent={},
        suppressed=frozenset(),
        excluded_by=excluded_by,
    )
    assert row.to_json() == json.dumps(row.as_dict(), ensure_ascii=False)
    out = io.StringIO()
    assert write_json([row] * 2500, out) == 2500
    assert json.loads(out.getvalue()) == [row.as_dict()] * 2500
    assert out.getvalue() == "[\n" + ",\n".join([row.to_json()] * 2500) + "\n]\n"
    empty = io.StringIO()
    assert write_json([], empty) == 0
    assert empty.getvalue() == "[]\n"
