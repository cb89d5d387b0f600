"""Schema migrations through Alembic, configured in code."""

from __future__ import annotations

import io
from pathlib import Path

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


def upgrade(engine: Engine, revision: str = "head") -> None:
    with connect_or_fail(engine) as conn:
        command.upgrade(alembic_config(conn), revision)
        conn.commit()


def downgrade(engine: Engine, revision: str) -> None:
    with connect_or_fail(engine) as conn:
        command.downgrade(alembic_config(conn), revision)
        conn.commit()


def current(engine: Engine) -> str | None:
    with connect_or_fail(engine) as conn:
        return current_revision(conn)
