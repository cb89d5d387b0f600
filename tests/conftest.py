"""Shared fixtures: a fresh, migrated database on each configured server.

SQLite always runs. PostgreSQL runs when WINBACK_TEST_POSTGRES_URL is set and
MariaDB/MySQL when WINBACK_TEST_MYSQL_URL is set (both URLs name a server and
a user allowed to create databases; each test gets a database of its own,
dropped afterwards). `.ci/run` sets both.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from winback import migrate
from winback.db import make_engine, normalise_url
from winback.models import Base

# the loopback servers' fixtures (smtp_server, sms_gateway, telegram_server)
pytest_plugins = ["tests.servers"]

ROOT = Path(__file__).resolve().parent.parent
SERVER_ENV = {"postgresql": "WINBACK_TEST_POSTGRES_URL", "mysql": "WINBACK_TEST_MYSQL_URL"}
BACKENDS = ["sqlite", "postgresql", "mysql"]


def _server_url(backend: str) -> str:
    env = SERVER_ENV[backend]
    url = os.environ.get(env)
    if not url:
        pytest.skip(f"{env} is not set: {backend} tests need a server (see README, Tests)")
    return normalise_url(url)


@pytest.fixture(scope="session")
def _servers() -> Iterator[dict[str, Engine]]:
    cache: dict[str, Engine] = {}
    yield cache
    for engine in cache.values():
        engine.dispose()


def _admin_engine(backend: str, cache: dict[str, Engine]) -> Engine:
    if backend not in cache:
        url = _server_url(backend)
        engine = create_engine(url, isolation_level="AUTOCOMMIT", pool_size=1)
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except Exception as exc:  # the server is down: skip, saying why
            pytest.skip(
                f"{backend} server at {make_url(url).render_as_string()} unreachable: {exc}"
            )
        cache[backend] = engine
    return cache[backend]


def fresh_database_url(backend: str, tmp_path: Path, cache: dict[str, Engine]) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'winback.db'}"
        return
    admin = _admin_engine(backend, cache)
    name = f"wbtest_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    try:
        yield (
            make_url(str(admin.url.render_as_string(hide_password=False)))
            .set(database=name)
            .render_as_string(hide_password=False)
        )
    finally:
        with admin.connect() as conn:
            if backend == "postgresql":
                conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            else:
                conn.execute(text(f"DROP DATABASE IF EXISTS {name}"))


@pytest.fixture(params=BACKENDS)
def db_url(
    request: pytest.FixtureRequest, tmp_path: Path, _servers: dict[str, Engine]
) -> Iterator[str]:
    """The URL of a fresh, empty database on each backend."""
    yield from fresh_database_url(request.param, tmp_path, _servers)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'winback.db'}"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated database on each backend."""
    eng = make_engine(db_url)
    migrate.upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    eng = make_engine(sqlite_url)
    migrate.upgrade(eng)
    yield eng
    eng.dispose()


def write_config(
    folder: Path, db_url: str, extra: str = "", *, templates: bool = True, scheduler: str = ""
) -> Path:
    """A winback.toml in `folder` for that database, with the shipped templates
    (``scheduler``: more lines of the [scheduler] table)."""
    folder.mkdir(parents=True, exist_ok=True)
    templates_dir = ROOT / "campaign_templates" if templates else folder / "campaign_templates"
    path = folder / "winback.toml"
    path.write_text(
        f'templates_dir = "{templates_dir}"\n'
        f'[database]\nurl = "{db_url}"\n'
        '[scheduler]\ntimezone = "Europe/Moscow"\n' + scheduler + extra,
        encoding="utf-8",
    )
    return path


def run_cli(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run the installed `winback` in a subprocess, as a user would."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("WINBACK_")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "winback", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input,
    )


# Indexes on an expression: SQLite's reflection leaves them out (with a
# warning) and Alembic does not read ddl_if (none on MySQL/MariaDB); migrate
# .index_names() and test_migrations check them instead.
EXPRESSION_INDEXES = {"ix_clients_email_lower"}


def schema_diffs(conn: Connection) -> list[Any]:
    """What `alembic check` would report between the database and the models."""

    def include(obj: object, name: str | None, kind: str, *_: object) -> bool:
        return not (kind == "index" and name in EXPRESSION_INDEXES)

    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression")
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include}
        )
        return list(compare_metadata(context, Base.metadata))
