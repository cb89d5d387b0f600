"""`winback attribute` and `winback outcomes` as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from sqlalchemy import Engine, insert, select

from tests.conftest import run_cli, write_config
from tests.integration.test_attribution import SPRING_TOML, T, build_history
from winback.models import Assignment, Message, from_epoch

AS_OF_20 = "2026-03-21T00:00:00+00:00"  # T + 20 d


def add_message(engine: Engine, client_id: int, status: str, sent_at: int | None) -> None:
    with engine.begin() as conn:
        assignment_id, run_id = conn.execute(
            select(Assignment.id, Assignment.run_id).where(
                Assignment.client_id == client_id, Assignment.campaign == "spring"
            )
        ).one()
        conn.execute(
            insert(Message).values(
                assignment_id=assignment_id,
                run_id=run_id,
                client_id=client_id,
                campaign="spring",
                idempotency_key=f"k{client_id}",
                channel="email",
                status=status,
                created_at=from_epoch(T),
                updated_at=from_epoch(T),
                sent_at=None if sent_at is None else from_epoch(sent_at),
            )
        )


def test_attribute_and_outcomes(engine: Engine, db_url: str, tmp_path: Path) -> None:
    config = str(write_config(tmp_path, db_url, SPRING_TOML))
    ids = build_history(engine)
    add_message(engine, ids["c1"], "sent", T + 3600)
    add_message(engine, ids["c2"], "failed", None)

    def cli(*args: str) -> tuple[int, str, str]:
        done = run_cli("--config", config, *args)
        return done.returncode, done.stdout, done.stderr

    rc, out, err = cli("outcomes", "--format", "json")
    assert (rc, json.loads(out)) == (0, [])
    assert "run `winback attribute` first" in err

    rc, out, err = cli("attribute", "--as-of", AS_OF_20)
    assert rc == 0, err
    assert "judged 12 (full); returned 6, pending 1, not_returned 5" in out

    rc, out, err = cli("outcomes", "--format", "json")
    rows = json.loads(out)
    assert rc == 0 and len(rows) == 12
    assert "12 outcomes as of 2026-03-21T03:00:00+03:00" in err
    by_key = {(r["campaign"], r["client"]): r for r in rows}
    assert by_key[("spring", "c1")] == {
        "client": "c1",
        "campaign": "spring",
        "cycle": 1,
        "group": "treatment",
        "assigned_at": "2026-03-01T03:00:00+03:00",
        "channel": "email",
        "sent_at": "2026-03-01T04:00:00+03:00",
        "outcome": "returned",
        "returned_at": "2026-03-03T03:00:00+03:00",
        "revenue": "150.00",
        "attributed_by": "time",
    }
    c2 = by_key[("spring", "c2")]  # its message failed: no channel, still in treatment
    assert (c2["group"], c2["channel"], c2["sent_at"], c2["outcome"]) == (
        "treatment",
        None,
        None,
        "not_returned",
    )
    assert (c2["returned_at"], c2["revenue"], c2["attributed_by"]) == (None, "0.00", None)
    assert by_key[("summer", "c11")]["outcome"] == "pending"

    rc, out, _ = cli("outcomes", "--campaign", "summer", "--format", "csv")
    records = list(csv.DictReader(io.StringIO(out)))
    assert rc == 0 and out.splitlines()[0] == (
        "client,campaign,cycle,group,assigned_at,channel,sent_at,outcome,returned_at,"
        "revenue,attributed_by"
    )
    assert [(r["client"], r["outcome"], r["revenue"]) for r in records] == [
        ("c9", "returned", "210.00"),
        ("c11", "pending", "0.00"),
    ]

    # --since/--until select by assigned_at (a date is midnight in Europe/Moscow)
    rc, out, _ = cli("outcomes", "--since", "2026-03-02", "--format", "json")
    assert sorted(r["client"] for r in json.loads(out)) == ["c11", "c9"]
    rc, out, _ = cli("outcomes", "--until", "2026-03-01T03:00:01+03:00", "--format", "json")
    assert len(json.loads(out)) == 10
    rc, out, _ = cli("outcomes", "--until", "2026-03-01T03:00:00+03:00", "--format", "json")
    assert json.loads(out) == []

    rc, out, _ = cli("outcomes", "--campaign", "spring")
    assert rc == 0 and "10 outcomes as of 2026-03-21T03:00:00+03:00" in out
    assert "150.00" in out and "c10" in out

    # Nothing new: nothing judged (MariaDB has no triggers: it judges all again).
    rc, out, _ = cli("attribute", "--as-of", AS_OF_20)
    incremental = engine.dialect.name in ("sqlite", "postgresql")
    assert ("judged 0 (incremental)" if incremental else "judged 12 (full)") in out


def test_bad_input_exits_2(engine: Engine, db_url: str, tmp_path: Path) -> None:
    config = str(write_config(tmp_path, db_url, SPRING_TOML))
    build_history(engine)
    for args, message in [
        (("attribute", "--as-of", "someday"), "--as-of: 'someday' is not an ISO 8601 date"),
        (("attribute", "--as-of", "2099-01-01"), "days in the future"),
        (("outcomes", "--campaign", "autumn"), "unknown campaign 'autumn'; known: spring, summer"),
        (("outcomes", "--since", "yesterday"), "--since: 'yesterday' is not an ISO 8601"),
        (("outcomes", "--until", "2026-13-01"), "--until: '2026-13-01' is not an ISO 8601"),
        (("outcomes", "--format", "xml"), "xml"),
    ]:
        done = run_cli("--config", config, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert message in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    with engine.connect() as conn:  # nothing was judged by the refused runs
        assert conn.execute(select(Assignment.id)).all()
        assert not conn.exec_driver_sql("SELECT * FROM assignment_outcomes").all()
