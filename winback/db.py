"""Engines and transactions: the one place that knows how each database behaves.

SQLite: Python's driver opens transactions lazily (``BEGIN DEFERRED``), so two
processes that both read and then write fail with "database is locked" on the
upgrade to a write lock, whatever the busy timeout. We take the driver out of
its own transaction handling and emit ``BEGIN IMMEDIATE`` ourselves, so a
writing transaction holds the write lock from its first statement and a
second writer waits (``busy_timeout``) instead of failing. Read-only work
(preview, reports) uses :func:`read_engine`, which begins ``DEFERRED`` and
never blocks writers in WAL mode.
"""

from __future__ import annotations

import contextlib
import logging
import random
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.pool import NullPool

from winback.errors import DatabaseError, SchemaError, UsageError

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 30_000
READ_ONLY = "winback_read_only"


def normalise_url(url: str) -> str:
    """Accept plain ``postgresql://`` / ``mysql://`` and pick the bundled drivers."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        # make_url raises ValueError for a port that is not a number
        why = "the port is not a number" if isinstance(exc, ValueError) else "unparseable"
        raise UsageError(f"database url {mask_url(url)!r} is not a valid URL ({why})") from None
    backend, _, driver = parsed.drivername.partition("+")
    if backend == "postgres":
        backend = "postgresql"
    if backend == "postgresql" and not driver:
        driver = "psycopg"
    if backend in ("mysql", "mariadb") and not driver:
        driver = "pymysql"
    if backend not in ("sqlite", "postgresql", "mysql", "mariadb"):
        raise UsageError(
            f"database url {mask_url(url)!r}: unsupported database {backend!r} "
            "(use sqlite, postgresql or mysql/mariadb)"
        )
    name = f"{backend}+{driver}" if driver else backend
    if backend in ("mysql", "mariadb"):
        query = dict(parsed.query)
        query.setdefault("charset", "utf8mb4")
        parsed = parsed.set(query=query)
    return parsed.set(drivername=name).render_as_string(hide_password=False)


# Query-string parameters that carry a secret (?password=..., ?sslpassword=...).
_SECRET_PARAM = re.compile(r"pass|pwd|secret|token", re.IGNORECASE)
MASK = "***"


def mask_url(url: str) -> str:
    """The URL with its password hidden, in ``user:pass@`` and in the query string."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return mask_url_text(url)
    query = {
        key: MASK if _SECRET_PARAM.search(key) else value for key, value in parsed.query.items()
    }
    return parsed.set(query=query).render_as_string(hide_password=True).replace("%2A%2A%2A", MASK)


def mask_url_text(url: str) -> str:
    """mask_url for a URL SQLAlchemy cannot parse: the same, by pattern."""
    url = re.sub(r"(://[^/@:]*:)[^@/]*@", rf"\1{MASK}@", url)
    return re.sub(
        r"([?&][^=&]*(?:pass|pwd|secret|token)[^=&]*=)[^&]*", rf"\1{MASK}", url, flags=re.I
    )


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level: SQLAlchemy's "begin" event below emits
    # the BEGIN itself, so we choose IMMEDIATE or DEFERRED.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_on_begin(conn: Connection) -> None:
    if conn.get_execution_options().get(READ_ONLY):
        conn.exec_driver_sql("BEGIN DEFERRED")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


# The page cache (KiB) while one transaction writes a large batch of rows
# (a cycle's plan). SQLite's default of 2 MB fills with the transaction's
# dirty index pages and spills them to the WAL before the commit, writing
# the same pages again and again (95,000 plan rows: 0.9 s more of 3.2 s
# writing, BENCHMARKS.md). Grows only as used: 17 MB more at its peak.
SQLITE_WRITE_CACHE_KIB = 32_768


@contextlib.contextmanager
def write_cache(conn: Connection) -> Iterator[None]:
    """On SQLite, a page cache of SQLITE_WRITE_CACHE_KIB for what runs inside
    (the cache grows only as pages are used), the connection's own after."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_WRITE_CACHE_KIB}")
    try:
        yield
    finally:
        with contextlib.suppress(DBAPIError):  # the error inside, if any, tells more
            conn.exec_driver_sql(f"PRAGMA cache_size={before}")


def make_engine(url: str, **kwargs: Any) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # A connection per checkout: several processes share the file, and
        # NullPool keeps no idle connection holding a WAL read snapshot open.
        kwargs.setdefault("poolclass", NullPool)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("connect_args", {"connect_timeout": 10})
    if parsed.get_backend_name() in ("mysql", "mariadb"):
        # PostgreSQL's default. InnoDB's REPEATABLE READ takes next-key (gap)
        # locks on every locking read, so workers claiming and recording
        # messages of one run deadlock on each other's index gaps; nothing
        # here needs a snapshot across statements (unique constraints guard
        # the plan, SKIP LOCKED the claims).
        kwargs.setdefault("isolation_level", "READ COMMITTED")
    return create_engine(url, **kwargs)


# SQLSTATE / MySQL error numbers that mean "the transaction lost a race and
# was rolled back; run it again": serialization failure, deadlock, and
# (MySQL) lock wait timeout.
_RETRY_SQLSTATES = frozenset({"40001", "40P01"})
_RETRY_MYSQL_ERRORS = frozenset({1213, 1205})
RETRIES = 5


def retry_transient(transaction: Callable[[], T]) -> T:
    """Run ``transaction`` (one whole transaction), again after a short random
    pause when the server rolled it back for a deadlock or serialization
    failure, up to RETRIES more times. Anything else propagates at once."""
    for attempt in range(RETRIES + 1):
        try:
            return transaction()
        except DBAPIError as exc:
            if attempt == RETRIES or not is_transient(exc):
                raise
            log.info(
                "a transaction lost a race with another worker (%s); retrying",
                type(exc.orig).__name__,
            )
            time.sleep(random.uniform(0.01, 0.05) * (2**attempt))
    raise AssertionError("unreachable")


def is_transient(exc: BaseException) -> bool:
    """A concurrency failure after which the whole transaction may be retried."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _RETRY_SQLSTATES:
        return True
    args: tuple[Any, ...] = getattr(orig, "args", ())
    return bool(args) and args[0] in _RETRY_MYSQL_ERRORS


def is_disconnect(exc: BaseException) -> bool:
    """The database is unreachable or the connection was lost: worth waiting
    for, unlike an error in a statement. (A lost race is :func:`is_transient`.)"""
    if not isinstance(exc, DBAPIError) or is_transient(exc):
        return False
    if exc.connection_invalidated:
        return True
    # Refused or dropped connections: psycopg and PyMySQL raise OperationalError
    # (PyMySQL: 2003 can't connect, 2006 gone away, 2013 lost during query),
    # InterfaceError once the socket is closed.
    return isinstance(exc, OperationalError | InterfaceError)


def read_engine(engine: Engine) -> Engine:
    """The same pool, for read-only transactions (SQLite: BEGIN DEFERRED).

    On PostgreSQL they are REPEATABLE READ: every statement of the transaction
    sees one snapshot, as SQLite's read transactions do, so selection's look at
    the order aggregates' coverage and the statement that relies on it agree.
    (A read-only transaction never fails to serialize.)
    """
    if engine.dialect.name == "postgresql":
        return engine.execution_options(**{READ_ONLY: True}, isolation_level="REPEATABLE READ")
    return engine.execution_options(**{READ_ONLY: True})


@contextlib.contextmanager
def connect_or_fail(engine: Engine) -> Iterator[Connection]:
    """A connection, with unreachable databases turned into a clear error."""
    try:
        conn = engine.connect()
    except OperationalError as exc:
        raise DatabaseError(
            f"cannot connect to the database {mask_url(str(engine.url))}: {_first_line(exc)}"
        ) from exc
    except SqlDatabaseError as exc:
        if engine.dialect.name == "sqlite" and "not a database" in _first_line(exc):
            raise UsageError(
                f"{engine.url.database} is not a SQLite database ({_first_line(exc)}); "
                "check [database] url or $WINBACK_DATABASE_URL"
            ) from None
        raise
    with conn:
        yield conn


# The newest migration's revision. Commands other than `winback db` check the
# schema against it without importing Alembic (a tenth of a second at every
# start); tests/integration/test_migrations.py keeps it equal to Alembic's head.
SCHEMA_HEAD = "0011"


def require_schema(engine: Engine) -> None:
    """Fail clearly when the database was never migrated or is behind."""
    with connect_or_fail(engine) as conn:
        inspector = inspect(conn)
        migrated = inspector.has_table("alembic_version") and inspector.has_table("clients")
        current = (
            conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            if migrated
            else None
        )
    if current is None:
        raise SchemaError(
            f"the database {mask_url(str(engine.url))} has no winback schema; "
            "run `winback db upgrade` first"
        )
    if current != SCHEMA_HEAD:
        raise SchemaError(
            f"the database schema is at revision {current}, this winback needs {SCHEMA_HEAD}; "
            "run `winback db upgrade`"
        )


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)) or exc.__class__.__name__
    return text.strip().splitlines()[0]
