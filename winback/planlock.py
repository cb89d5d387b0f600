"""One planner at a time per campaign: an advisory lock around the selection.

Several workers that start a campaign's cycle at once would all run its
selection (the heaviest query winback has) and all but one would throw the
result away when the open-cycle key refuses their plan. The lock spares them
that work; it does not decide correctness (the key does), so a lock lost
with its connection only costs a second selection.

PostgreSQL: ``pg_try_advisory_lock`` (its locks are per database) on a
bigint derived from the campaign name. MariaDB/MySQL: ``GET_LOCK(name, 0)``;
its names are server-wide, so the name also carries the database's. Both
are session locks, held on a connection of their own while the planner
selects and writes in others, and released after. SQLite has one writer at
a time anyway: no lock.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Iterator

from sqlalchemy import Connection, Engine, text

from winback.db import is_disconnect

log = logging.getLogger(__name__)


def pg_key(campaign: str) -> int:
    """A stable signed 64-bit key for ``campaign`` (the same in every process)."""
    digest = hashlib.sha256(b"winback-plan\x00" + campaign.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def mysql_name(database: str | None, campaign: str) -> str:
    """A GET_LOCK name (64 characters at most) for the campaign in this database."""
    digest = hashlib.sha256(f"{database or ''}\x00{campaign}".encode()).hexdigest()
    return f"winback-plan-{digest[:40]}"


class PlanningLock:
    """The campaign's planning lock on a dedicated connection (see module doc)."""

    def __init__(self, engine: Engine, campaign: str) -> None:
        self.dialect = engine.dialect.name
        self.engine = engine
        self.campaign = campaign
        self.conn: Connection | None = None

    def try_acquire(self) -> bool:
        """Take the lock if it is free, without waiting: True if this worker holds it."""
        if self.dialect not in ("postgresql", "mysql", "mariadb"):
            return True
        if self.conn is None:
            self.conn = self.engine.connect()
        if self.dialect == "postgresql":
            got = self.conn.execute(
                text("SELECT pg_try_advisory_lock(:k)"), {"k": pg_key(self.campaign)}
            ).scalar()
        else:
            got = self.conn.execute(
                text("SELECT GET_LOCK(:n, 0)"),
                {"n": mysql_name(self.engine.url.database, self.campaign)},
            ).scalar()
        self.conn.commit()  # a session lock: no transaction left open while held
        return bool(got)

    def release(self) -> None:
        """Release the lock (if held) and the connection."""
        conn, self.conn = self.conn, None
        if conn is None:
            return
        try:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock_all()"))
            else:
                conn.execute(
                    text("SELECT RELEASE_LOCK(:n)"),
                    {"n": mysql_name(self.engine.url.database, self.campaign)},
                )
            conn.commit()
        except Exception as exc:
            # The server ends a session's locks with the session: drop the
            # connection rather than return it to the pool holding the lock.
            if is_disconnect(exc):  # the session is gone, and its lock with it
                log.debug("the lock of %s went with its connection", self.campaign)
            else:
                log.warning("could not release the lock of %s", self.campaign, exc_info=True)
            conn.invalidate()
        finally:
            conn.close()


@contextlib.contextmanager
def planning_lock(engine: Engine, campaign: str) -> Iterator[PlanningLock]:
    """``with planning_lock(engine, name) as lock: if lock.try_acquire(): ...``
    — the connection and the lock are released on leaving."""
    lock = PlanningLock(engine, campaign)
    try:
        yield lock
    finally:
        lock.release()
