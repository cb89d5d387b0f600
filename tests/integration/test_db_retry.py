"""Transactions that lose a real deadlock on PostgreSQL or MariaDB are run
again; other errors are not. (SQLite has one writer at a time: no deadlocks.)"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from winback.db import is_transient, make_engine
from winback.dispatch.plumbing import DatabaseThread

ROWS = 50
# Only the servers: SQLite has one writer at a time, so it cannot deadlock.
pytestmark = pytest.mark.parametrize("db_url", ["postgresql", "mysql"], indirect=True)


@pytest.fixture
def server_engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL)"))
        conn.execute(
            text("INSERT INTO t (id, v) VALUES (:id, 0)"), [{"id": i} for i in range(ROWS)]
        )
    yield engine
    engine.dispose()


def _deadlocking(engine: Engine) -> tuple[Callable[[Connection], str], list[int], threading.Thread]:
    """A transaction whose first run deadlocks with a heavier one in another
    thread, built so that the server picks the first run as the victim:
    PostgreSQL aborts the waiter whose deadlock_timeout expires first (it
    waits first, and the other waits 10 s), InnoDB the transaction that
    changed fewer rows."""
    calls: list[int] = []
    others_locked = threading.Event()
    row0_locked = threading.Event()
    errors: list[BaseException] = []

    def other() -> None:
        try:
            with engine.connect() as conn, conn.begin():
                if engine.dialect.name == "postgresql":
                    conn.execute(text("SET LOCAL deadlock_timeout = '10s'"))
                conn.execute(text("UPDATE t SET v = v + 1 WHERE id >= 1"))  # rows 1..49
                others_locked.set()
                row0_locked.wait(10)
                time.sleep(0.5)  # the first run is waiting for row 1 by now
                conn.execute(text("UPDATE t SET v = v + 1 WHERE id = 0"))
        except BaseException as exc:  # reported by the test
            errors.append(exc)

    thread = threading.Thread(target=other)

    def transaction(conn: Connection) -> str:
        calls.append(1)
        with conn.begin():
            if len(calls) == 1:
                thread.start()
                assert others_locked.wait(10)
            conn.execute(text("UPDATE t SET v = v + 10 WHERE id = 0"))
            row0_locked.set()
            conn.execute(text("UPDATE t SET v = v + 10 WHERE id = 1"))
        return "done"

    thread.errors = errors  # type: ignore[attr-defined]
    return transaction, calls, thread


def _call(engine: Engine, fn: Callable[[Connection], Any]) -> Any:
    async def go() -> Any:
        db = DatabaseThread(engine)
        try:
            return await db.call(fn)
        finally:
            await db.close()

    return asyncio.run(go())


def test_a_transaction_that_loses_a_deadlock_is_run_again(server_engine: Engine) -> None:
    transaction, calls, thread = _deadlocking(server_engine)
    assert _call(server_engine, transaction) == "done"
    thread.join(30)
    assert thread.errors == []  # type: ignore[attr-defined]
    assert len(calls) == 2  # the first run was the deadlock's victim
    with server_engine.connect() as conn:
        values = dict(conn.execute(text("SELECT id, v FROM t WHERE id < 2")).all())
    # Both transactions committed once each; the victim's first run left nothing.
    assert values == {0: 11, 1: 11}


def test_the_deadlock_error_is_recognised_as_transient(server_engine: Engine) -> None:
    transaction, _, thread = _deadlocking(server_engine)
    with server_engine.connect() as conn, pytest.raises(DBAPIError) as caught:
        transaction(conn)
    thread.join(30)
    assert is_transient(caught.value)
    assert not is_transient(ValueError("not a database error"))


def test_other_errors_are_not_retried(server_engine: Engine) -> None:
    calls: list[int] = []

    def duplicate(conn: Connection) -> None:
        calls.append(1)
        with conn.begin():
            conn.execute(text("INSERT INTO t (id, v) VALUES (0, 0)"))

    with pytest.raises(IntegrityError) as caught:
        _call(server_engine, duplicate)
    assert not is_transient(caught.value)
    assert calls == [1]
