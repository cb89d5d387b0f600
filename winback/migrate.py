"""Schema migrations through Alembic, configured in code."""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from winback.db import connect_or_fail


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
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> list[str]:
    """Migrate up to ``revision``; at the head, also put back any index of the
    model that is missing (`winback demo` drops one around a large load, and a
    load killed outright leaves it out). Returns the names of indexes restored."""
    with connect_or_fail(engine) as conn:
        command.upgrade(alembic_config(conn), revision)
        conn.commit()
        restored = restore_indexes(conn) if current_revision(conn) == head_revision() else []
        conn.commit()
    return restored


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
    with connect_or_fail(engine) as conn:
        command.downgrade(alembic_config(conn), revision)
        conn.commit()


def current(engine: Engine) -> str | None:
    with connect_or_fail(engine) as conn:
        return current_revision(conn)
