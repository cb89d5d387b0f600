from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text

from tests.conftest import ROOT, run_cli, schema_diffs, write_config
from winback import migrate
from winback.db import SCHEMA_HEAD, make_engine, mask_url

TABLES = {
    "clients",
    "client_tags",
    "orders",
    "nps_answers",
    "incidents",
    "campaign_runs",
    "assignments",
    "messages",
    "message_events",
    "suppressions",
    "client_order_stats",
    "client_order_stats_stale",
    "workers",
    "schedule_fires",
    "assignment_outcomes",
    "attribution_state",
    "attribution_stale",
    "call_tasks",
    "model_fits",
    "client_activity_spells",
    "report_summary_state",
    "order_revenue_days",
    "order_revenue_deltas",
}


def _tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names()) - {"alembic_version"}


def test_the_schema_check_knows_the_newest_migration() -> None:
    # Commands check the schema against SCHEMA_HEAD without importing Alembic.
    assert migrate.head_revision() == SCHEMA_HEAD


def test_upgrade_builds_the_model_schema_and_downgrade_removes_it(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine)
        assert _tables(engine) == TABLES
        assert migrate.current(engine) == migrate.head_revision()
        # The migration and the models describe the same schema (alembic check).
        with engine.connect() as conn:
            assert schema_diffs(conn) == []
        migrate.downgrade(engine, "base")
        assert _tables(engine) == set()
        assert migrate.current(engine) is None
        migrate.upgrade(engine)
        assert _tables(engine) == TABLES
    finally:
        engine.dispose()


def test_clients_have_the_address_indexes_suppressions_look_up(engine: Engine) -> None:
    """lower(email) where the database can index an expression, the others everywhere."""
    with engine.connect() as conn:
        names = migrate.index_names(conn, "clients")
    assert {"ix_clients_phone", "ix_clients_telegram_chat_id"} <= names
    assert ("ix_clients_email_lower" in names) == (engine.dialect.name != "mysql")


def test_orders_have_the_covering_index_selection_scans(engine: Engine) -> None:
    with engine.connect() as conn:
        indexes = {tuple(ix["column_names"]) for ix in inspect(conn).get_indexes("orders")}
    assert ("client_id", "placed_at", "amount_minor") in indexes


def test_the_revenue_index_carries_what_the_model_reads(engine: Engine) -> None:
    """The scan in revenue order answers for the BG/NBD model too (0010)."""
    with engine.connect() as conn:
        indexes = {ix["name"]: ix for ix in inspect(conn).get_indexes("client_order_stats")}
    columns = tuple(indexes["ix_client_order_stats_revenue"]["column_names"])
    assert columns[0] == "revenue_minor"
    assert columns[-2:] == ("purchase_days", "first_order_at")


def test_sqlite_connections_are_configured(sqlite_engine: Engine) -> None:
    with sqlite_engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_sqlite_foreign_keys_are_enforced(sqlite_engine: Engine) -> None:
    import pytest
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), sqlite_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO orders (external_id, client_id, placed_at, amount_minor) "
                "VALUES ('o1', 999, 0, 100)"
            )
        )


WRITER = textwrap.dedent(
    """
    import sys
    from sqlalchemy import text
    from winback.db import SCHEMA_HEAD, make_engine
    engine = make_engine(sys.argv[1])
    tag = sys.argv[2]
    for i in range(int(sys.argv[3])):
        # read, then write, in one transaction: the pattern that fails with
        # "database is locked" under BEGIN DEFERRED
        with engine.begin() as conn:
            n = conn.execute(text("SELECT count(*) FROM clients")).scalar()
            conn.execute(
                text("INSERT INTO clients (external_id, name) VALUES (:e, :n)"),
                {"e": f"{tag}-{i}", "n": str(n)},
            )
    print("ok")
    """
)


def test_two_processes_write_one_sqlite_file_at_once(sqlite_url: str, tmp_path: Path) -> None:
    engine = make_engine(sqlite_url)
    migrate.upgrade(engine)
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), sqlite_url, tag, "300"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b")
    ]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert out.strip() == "ok"
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM clients")).scalar() == 600
        # each transaction saw a consistent count: every value 0..599 once
        counts = sorted(int(r[0]) for r in conn.execute(text("SELECT name FROM clients")))
    assert counts == list(range(600))
    engine.dispose()


def test_plain_alembic_reads_the_url_like_winback(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'alembic.db'}"
    env = {"WINBACK_DATABASE_URL": url, "PATH": str(Path(sys.executable).parent)}
    done = subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    engine = make_engine(url)
    assert migrate.current(engine) == migrate.head_revision()
    engine.dispose()
    # ... and through WINBACK_CONFIG, with the path relative to that config
    cfg = write_config(tmp_path / "cfgdir", "sqlite:///via-config.db")
    env = {"WINBACK_CONFIG": str(cfg), "PATH": env["PATH"]}
    done = subprocess.run(
        [sys.executable, "-m", "alembic", "upgrade", "head"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "cfgdir" / "via-config.db").exists()


def test_db_commands(db_url: str, tmp_path: Path) -> None:
    cfg = write_config(tmp_path, db_url)
    done = run_cli("--config", str(cfg), "db", "current")
    assert done.returncode == 0, done.stderr
    assert "base (empty)" in done.stdout
    done = run_cli("--config", str(cfg), "db", "upgrade")
    assert done.returncode == 0, done.stderr
    assert f"revision {migrate.head_revision()}" in done.stdout
    done = run_cli("--config", str(cfg), "db", "downgrade", "base")
    assert done.returncode == 0, done.stderr
    assert "revision base" in done.stdout


def test_upgrade_puts_back_an_index_a_killed_demo_left_out(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "DROP INDEX ix_orders_placed_at"
                    + (" ON orders" if conn.dialect.name in ("mysql", "mariadb") else "")
                )
            )
        cfg = write_config(tmp_path, db_url)
        done = run_cli("--config", str(cfg), "db", "upgrade")
        assert done.returncode == 0, done.stderr
        assert "restored missing index(es): ix_orders_placed_at" in done.stdout
        with engine.connect() as conn:
            names = {ix["name"] for ix in inspect(conn).get_indexes("orders")}
        assert "ix_orders_placed_at" in names
        again = run_cli("--config", str(cfg), "db", "upgrade")
        assert again.returncode == 0 and "restored" not in again.stdout
    finally:
        engine.dispose()


def test_commands_on_an_unmigrated_database_say_so(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, f"sqlite:///{tmp_path / 'empty.db'}")
    csv = tmp_path / "c.csv"
    csv.write_text("external_id\nc1\n")
    done = run_cli("--config", str(cfg), "import", "clients", str(csv))
    assert done.returncode == 1
    assert "winback db upgrade" in done.stderr
    assert "Traceback" not in done.stderr


def test_commands_on_a_database_at_another_revision_say_so(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    cfg = write_config(tmp_path, url)
    engine = make_engine(url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    engine.dispose()
    csv = tmp_path / "c.csv"
    csv.write_text("external_id\nc1\n")
    done = run_cli("--config", str(cfg), "import", "clients", str(csv))
    assert done.returncode == 1
    assert f"at revision 0000, this winback needs {SCHEMA_HEAD}" in done.stderr
    assert "run `winback db upgrade`" in done.stderr and "Traceback" not in done.stderr


def test_unreachable_database_is_a_clear_runtime_error(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "postgresql://nobody@127.0.0.1:1/none")
    done = run_cli("--config", str(cfg), "db", "current")
    assert done.returncode == 1
    assert "cannot connect to the database" in done.stderr
    assert "Traceback" not in done.stderr


def test_upgrade_moves_id_sequences_left_behind(db_url: str, tmp_path: Path) -> None:
    """Rows loaded with explicit ids and a sequence still at 1 (what a killed
    `winback demo` left on PostgreSQL): `db upgrade` is the documented recovery."""
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            for i in (1, 2, 3):
                conn.execute(
                    text("INSERT INTO clients (id, external_id) VALUES (:i, :e)"),
                    {"i": i, "e": f"OLD-{i}"},
                )
            if conn.dialect.name == "postgresql":
                conn.execute(
                    text("SELECT setval(pg_get_serial_sequence('clients', 'id'), 1, false)")
                )
        cfg = write_config(tmp_path, db_url)
        done = run_cli("--config", str(cfg), "db", "upgrade")
        assert done.returncode == 0, done.stderr
        if engine.dialect.name == "postgresql":
            assert "moved id sequence(s) past the largest id: public.clients_id_seq" in done.stdout
        csv = tmp_path / "c.csv"
        csv.write_text("external_id\nNEW-1\n")
        imported = run_cli("--config", str(cfg), "import", "clients", str(csv))
        assert imported.returncode == 0, imported.stderr
        with engine.connect() as conn:
            new_id = conn.execute(text("SELECT id FROM clients WHERE external_id = 'NEW-1'"))
            assert new_id.scalar_one() == 4
        again = run_cli("--config", str(cfg), "db", "upgrade")
        assert again.returncode == 0 and "sequence" not in again.stdout  # none behind now
    finally:
        engine.dispose()


def test_an_unknown_revision_is_a_usage_error(sqlite_url: str, tmp_path: Path) -> None:
    cfg = str(write_config(tmp_path, sqlite_url))
    for command in (["upgrade", "nonsense"], ["downgrade", "nonsense"], ["downgrade", "0002"]):
        done = run_cli("--config", cfg, "db", *command)
        assert done.returncode == 2, (command, done.stderr)
        assert f"revision '{command[1]}'" in done.stderr, done.stderr
        assert "revisions: base, 0001" in done.stderr and "Traceback" not in done.stderr
    assert "base (empty)" in run_cli("--config", cfg, "db", "current").stdout  # nothing applied


def test_a_file_that_is_not_a_sqlite_database_is_a_usage_error(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes, not a database\n" * 100)
    cfg = str(write_config(tmp_path, f"sqlite:///{notes}"))
    for command in (["db", "current"], ["db", "upgrade"], ["suppress", "list"]):
        done = run_cli("--config", cfg, *command)
        assert done.returncode == 2, (command, done.stderr)
        assert f"{notes} is not a SQLite database" in done.stderr
        assert "Traceback" not in done.stderr
    assert notes.read_text().startswith("these are my notes")


def test_a_port_that_is_not_a_number_is_a_usage_error(tmp_path: Path) -> None:
    cfg = str(write_config(tmp_path, "postgresql://shop:hunter2@127.0.0.1:five/shop"))
    done = run_cli("--config", cfg, "db", "current")
    assert done.returncode == 2, done.stderr
    assert "the port is not a number" in done.stderr and "Traceback" not in done.stderr
    assert "hunter2" not in done.stderr and "shop:***@" in done.stderr


def test_a_password_in_the_query_string_is_masked(tmp_path: Path) -> None:
    assert mask_url("postgresql://u:pw@h/db?password=hunter2&sslmode=require") == (
        "postgresql://u:***@h/db?password=***&sslmode=require"
    )
    assert mask_url("mysql://u@h/db?passwd=hunter2") == "mysql://u@h/db?passwd=***"
    assert "hunter2" not in mask_url("postgresql://u@h:x/db?sslpassword=hunter2&a=b")
    url = "postgresql://nobody@127.0.0.1:1/none?password=hunter2"
    done = run_cli("--config", str(write_config(tmp_path, url)), "db", "current")
    assert done.returncode == 1 and "cannot connect to the database" in done.stderr
    assert "hunter2" not in done.stderr and "password=***" in done.stderr


def _log_rows(conn: Any) -> dict[str, int]:
    return {
        table: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        for table in ("assignments", "messages", "message_events", "call_tasks")
    }


def _message_keys(conn: Any) -> set[str]:
    return {fk["referred_table"] for fk in inspect(conn).get_foreign_keys("messages")}


def test_0011_keeps_every_message_and_what_refers_to_it(db_url: str) -> None:
    """0011 drops messages' own keys to runs and clients (the assignment's
    cover them). SQLite rebuilds the table: with foreign keys on, dropping the
    old one would have cascaded into message_events and call_tasks. Up and
    down again, every row stays; a deleted client or run still takes its
    messages with it, through the assignment."""
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine, "0010")
        with engine.begin() as conn:
            for i in (1, 2):
                conn.execute(
                    text("INSERT INTO clients (id, external_id) VALUES (:i, :e)"),
                    {"i": i, "e": f"c{i}"},
                )
                conn.execute(
                    text(
                        "INSERT INTO campaign_runs (id, campaign, cycle, status, open_slot, "
                        "as_of, planned_at, selected, holdout) "
                        "VALUES (:i, 'spring', :i, 'finished', NULL, 0, 0, 1, 0)"
                    ),
                    {"i": i},
                )
                conn.execute(
                    text(
                        "INSERT INTO assignments (id, run_id, campaign, client_id, group_name, "
                        "rank, score, reasons, revenue_minor, orders_count, created_at) "
                        "VALUES (:i, :i, 'spring', :i, 'treatment', 1, 0.5, 'recency', 100, "
                        "1, 0)"
                    ),
                    {"i": i},
                )
                conn.execute(
                    text(
                        "INSERT INTO messages (id, assignment_id, run_id, client_id, campaign, "
                        "idempotency_key, status, attempts, created_at, updated_at) "
                        "VALUES (:i, :i, :i, :i, 'spring', :k, 'sent', 1, 0, 0)"
                    ),
                    {"i": i, "k": f"wb-{i}"},
                )
                conn.execute(
                    text(
                        "INSERT INTO message_events (message_id, at, status, attempt) "
                        "VALUES (:i, 0, 'sent', 1)"
                    ),
                    {"i": i},
                )
                conn.execute(
                    text(
                        "INSERT INTO call_tasks (message_id, assignment_id, campaign, client_id, "
                        "phone, reasons, due_at, created_at, status) "
                        "VALUES (:i, :i, 'spring', :i, '+79991234567', 'recency', 0, 0, 'open')"
                    ),
                    {"i": i},
                )
        with engine.connect() as conn:
            before = _log_rows(conn)
            assert _message_keys(conn) == {"assignments", "clients", "campaign_runs"}
        assert before == {"assignments": 2, "messages": 2, "message_events": 2, "call_tasks": 2}

        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert _log_rows(conn) == before
            assert _message_keys(conn) == {"assignments"}
            assert schema_diffs(conn) == []
        migrate.downgrade(engine, "0010")
        with engine.connect() as conn:
            assert _log_rows(conn) == before
            assert _message_keys(conn) == {"assignments", "clients", "campaign_runs"}
        migrate.upgrade(engine)

        with engine.begin() as conn:
            conn.execute(text("DELETE FROM clients WHERE id = 1"))
            conn.execute(text("DELETE FROM campaign_runs WHERE id = 2"))
        with engine.connect() as conn:
            assert _log_rows(conn) == dict.fromkeys(before, 0)
        if engine.dialect.name == "sqlite":
            with engine.connect() as conn:  # enforced again after the migrations
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_a_sqlite_migration_that_would_leave_broken_references_changes_nothing(
    sqlite_url: str,
) -> None:
    """Migrations run on SQLite with foreign keys off (a table is copied and
    the old one dropped); foreign_key_check runs before the commit, and a
    broken reference rolls everything back with a clear error."""
    import pytest

    from winback.errors import SchemaError

    engine = make_engine(sqlite_url)
    try:
        migrate.upgrade(engine, "0010")
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys=OFF")
            raw.execute(
                "INSERT INTO message_events (message_id, at, status, attempt) VALUES (7, 0, 'sent', 1)"
            )
        with pytest.raises(
            SchemaError,
            match=r"rows that do not exist \(1 in message_events\); nothing was changed",
        ):
            migrate.upgrade(engine)
        assert migrate.current(engine) == "0010"
        with engine.connect() as conn:
            assert {fk["referred_table"] for fk in inspect(conn).get_foreign_keys("messages")} == {
                "assignments",
                "clients",
                "campaign_runs",
            }
    finally:
        engine.dispose()
