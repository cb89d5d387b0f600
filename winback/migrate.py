"""Schema migrations through Alembic, configured in code."""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine

from winback.db import connect_or_fail
from winback.errors import SchemaError, UsageError


def migrations_dir() -> Path:
    """The source tree's ``migrations/``, or the copy bundled in the wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "migrations", here / "_bundled" / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("winback's migrations folder is missing from this installation")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config(stdout=io.StringIO())
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = connection
    cfg.attributes["quiet"] = True
    return cfg


def head_revision() -> str | None:
    return _scripts().get_current_head()


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


@dataclass
class Repairs:
    """What ``upgrade`` put back at the head beyond the migrations themselves."""

    indexes: list[str] = field(default_factory=list)
    sequences: list[str] = field(default_factory=list)


def upgrade(engine: Engine, revision: str = "head") -> Repairs:
    """Migrate up to ``revision``; at the head, also put back any index of the
    model that is missing (`winback demo` drops one around a large load, and a
    load killed outright leaves it out) and move PostgreSQL's id sequences past
    the largest id (rows loaded with explicit ids leave them behind)."""
    repairs = Repairs()
    with connect_or_fail(engine) as conn:
        with _revision_errors(revision), migrating(conn):
            command.upgrade(alembic_config(conn), revision)
        if current_revision(conn) == head_revision():
            repairs.indexes = restore_indexes(conn)
            repairs.sequences = repair_sequences(conn)
        conn.commit()
    return repairs


@contextlib.contextmanager
def migrating(conn: Connection) -> Iterator[None]:
    """One transaction for the migrations run inside, committed at the end;
    on SQLite with foreign keys not enforced, and checked before the commit.

    SQLite alters a table by copying it (Alembic's batch mode) and dropping
    the old one; with foreign keys on, that DROP deletes the old table's rows
    first and cascades into every table that references it (messages into
    message_events and call_tasks). SQLite's own procedure for such changes
    turns them off (it allows that only outside a transaction: before the
    BEGIN, on the driver's connection) and runs foreign_key_check before
    committing. Alembic runs its migrations inside a transaction it finds."""
    raw = conn.connection.driver_connection if conn.dialect.name == "sqlite" else None
    if raw is None:
        with conn.begin():
            yield
        return
    if conn.in_transaction():
        raise RuntimeError("migrating() needs a connection outside a transaction")
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        with conn.begin():
            yield
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:  # rolled back by the raise
                tables = ", ".join(sorted({row[0] for row in broken}))
                raise SchemaError(
                    "the migration would leave rows that refer to rows that do not exist "
                    f"({len(broken)} in {tables}); nothing was changed"
                )
    finally:
        raw.execute("PRAGMA foreign_keys=ON")


@contextlib.contextmanager
def _revision_errors(revision: str) -> Iterator[None]:
    """Alembic's refusal of a revision (unknown, or the wrong way) as a usage error."""
    try:
        yield
    except CommandError as exc:
        known = ", ".join(
            ["base", *reversed([s.revision for s in _scripts().walk_revisions()]), "head"]
        )
        raise UsageError(f"revision {revision!r}: {exc} (revisions: {known})") from None


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def repair_sequences(conn: Connection) -> list[str]:
    """On PostgreSQL, move every id sequence that is not past its table's
    largest id to just past it (never back). Returns the sequences moved."""
    from winback.models import Base

    if conn.dialect.name != "postgresql":
        return []  # MariaDB and SQLite take the next id from the data itself
    moved = []
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        sequence = conn.exec_driver_sql(
            f"SELECT pg_get_serial_sequence('{table.name}', 'id')"
        ).scalar()
        if sequence is None:
            continue
        behind = conn.exec_driver_sql(
            f"SELECT setval('{sequence}', m) FROM (SELECT MAX(id) AS m FROM {table.name}) t, "
            f"{sequence} s WHERE m IS NOT NULL AND "
            "(CASE WHEN s.is_called THEN s.last_value + 1 ELSE s.last_value END) <= m"
        ).first()
        if behind is not None:
            moved.append(str(sequence))
    return moved


def restore_indexes(conn: Connection) -> list[str]:
    from sqlalchemy import inspect

    from winback.models import Base

    restored = []
    inspector = inspect(conn)
    for table in Base.metadata.sorted_tables:
        present = index_names(conn, table.name, inspector)
        for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
            if index.name not in present:
                index.create(conn)  # skipped where its ddl_if says so
                if index.name in index_names(conn, table.name):
                    restored.append(str(index.name))
    return restored


def index_names(conn: Connection, table: str, inspector: Any = None) -> set[str]:
    """Index names of a table, expression indexes included (SQLite's reflection
    leaves those out, with a warning)."""
    from sqlalchemy import inspect

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection")
        names = {str(ix["name"]) for ix in (inspector or inspect(conn)).get_indexes(table)}
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,)
        )
        names |= {str(name) for name in rows.scalars()}
    return names


def downgrade(engine: Engine, revision: str) -> None:
    with connect_or_fail(engine) as conn, _revision_errors(revision), migrating(conn):
        command.downgrade(alembic_config(conn), revision)


def current(engine: Engine) -> str | None:
    with connect_or_fail(engine) as conn:
        return current_revision(conn)
