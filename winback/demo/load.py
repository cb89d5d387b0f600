"""``winback demo``'s entry and its writes: batches of generated rows, one
transaction a batch, with the id sequences and the index on
orders.placed_at looked after."""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, func, select

from winback.config import Settings
from winback.demo.generator import COLUMNS, Crm, Rows
from winback.demo.vocabulary import HISTORY_DAYS
from winback.errors import UsageError
from winback.models import INCIDENT_KINDS, Base, Client, to_epoch

BATCH_CLIENTS = 2_000
# Four years of history and a client's record up to a month or two older:
# from 1975 on, every timestamp is after 1970, the earliest date winback takes.
EARLIEST_ANCHOR = dt.datetime(1975, 1, 1, tzinfo=dt.UTC)
ID_TABLES = ("clients", "orders", "nps_answers", "incidents")
REBUILT_INDEXES = tuple(
    index
    for index in Base.metadata.tables["orders"].indexes
    if [c.name for c in index.columns] == ["placed_at"]
)


# ------------------------------------------------------------------ the report


@dataclass(frozen=True)
class DemoReport:
    """What ``winback demo`` wrote."""

    clients: int
    orders: int
    nps_answers: int
    incidents: tuple[tuple[str, int], ...]  # (kind, count), in INCIDENT_KINDS order
    tags: tuple[tuple[str, int], ...]  # (tag, count), most used first
    seed: int
    anchor: dt.datetime
    replaced: bool = False

    def __str__(self) -> str:
        incidents = ", ".join(f"{kind} {n}" for kind, n in self.incidents)
        tags = ", ".join(f"{tag} {n}" for tag, n in self.tags)
        return (
            f"demo data (seed {self.seed}, anchor {self.anchor:%Y-%m-%d}"
            f"{', replaced the old data' if self.replaced else ''}): "
            f"{self.clients} clients, {self.orders} orders, {self.nps_answers} NPS answers; "
            f"incidents: {incidents}; tags: {tags}"
        )


# -------------------------------------------------------------------- the entry


def default_anchor() -> dt.datetime:
    """Today at 00:00 UTC: the data is relative to it."""
    return dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def generate_demo(
    engine: Engine,
    settings: Settings,
    *,
    clients: int,
    seed: int,
    on_progress: Callable[[int], None],
    anchor: dt.datetime | None = None,
    replace: bool = False,
) -> DemoReport:
    """Fill the database with ``clients`` demo clients and their history.

    Refuses (:class:`UsageError`) when the database already has clients,
    unless ``replace``: then every CRM table and winback's log tables are
    emptied first, in one transaction. ``on_progress(n)`` is called after
    each committed batch with the number of clients it wrote.
    """
    if clients < 1:
        raise UsageError("--clients must be at least 1")
    anchor = _checked_anchor(default_anchor() if anchor is None else anchor)
    crm = Crm(random.Random(seed), to_epoch(anchor), settings.tz)
    writer = _Writer(engine)
    totals: Counter[str] = Counter()
    incidents: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    # One connection, one transaction a batch: on SQLite (a new connection per
    # checkout) this keeps the page cache warm from batch to batch.
    with engine.connect() as conn:
        with conn.begin():
            _empty_or_cleared(conn, replace)
        with _bulk_load(conn):
            for first in range(1, clients + 1, BATCH_CLIENTS):
                count = min(BATCH_CLIENTS, clients + 1 - first)
                rows = crm.batch(first, count)
                with conn.begin():
                    writer.write(conn, rows)
                    _reset_sequences(conn)  # with the batch: a kill leaves none behind
                for table in ID_TABLES:
                    totals[table] += len(rows[table])
                incidents.update(row[2] for row in rows["incidents"])
                tags.update(row[1] for row in rows["client_tags"])
                on_progress(count)
    return DemoReport(
        clients=totals["clients"],
        orders=totals["orders"],
        nps_answers=totals["nps_answers"],
        incidents=tuple((kind, incidents[kind]) for kind in INCIDENT_KINDS),
        tags=tuple(sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))),
        seed=seed,
        anchor=anchor,
        replaced=replace,
    )


def _empty_or_cleared(conn: Connection, replace: bool) -> None:
    """Refuse a database with clients, unless ``replace``: then empty it."""
    existing = conn.execute(select(func.count()).select_from(Client.__table__)).scalar_one()
    if existing and not replace:
        raise UsageError(
            f"the database already has {existing} clients; demo data goes into an "
            "empty database (`winback demo --replace` deletes every client, order, "
            "answer, incident and winback's log first)"
        )
    if replace:
        _clear(conn)


def _checked_anchor(anchor: dt.datetime) -> dt.datetime:
    if anchor.tzinfo is None:
        raise UsageError("the demo anchor must be an aware datetime (UTC)")
    if anchor > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
        raise UsageError(f"the demo anchor {anchor:%Y-%m-%d} is in the future")
    if anchor < EARLIEST_ANCHOR:
        raise UsageError(
            f"the demo anchor {anchor.date().isoformat()} is too early: the history goes back "
            f"about {HISTORY_DAYS // 365} years before it and winback takes no date before 1970, "
            f"so the anchor must be {EARLIEST_ANCHOR:%Y-%m-%d} or later"
        )
    return anchor


@contextlib.contextmanager
def _bulk_load(conn: Connection) -> Iterator[None]:
    """Around the load: the index on orders.placed_at is dropped and rebuilt
    after.

    Orders arrive client by client, so their times are random: every batch
    would touch most pages of that index (on SQLite, rewriting them into the
    WAL at every commit: tens of GB for a million clients). The other indexes
    grow at their end. Both steps run also when the load fails half-way; a
    run killed outright leaves the index to ``winback db upgrade`` (which puts
    back any missing index of the model) or the next ``winback demo``.
    """
    with conn.begin():
        for index in REBUILT_INDEXES:
            index.drop(conn, checkfirst=True)
    try:
        yield
    finally:
        if conn.in_transaction():
            conn.rollback()
        with conn.begin():
            for index in REBUILT_INDEXES:
                index.create(conn, checkfirst=True)


def _clear(conn: Connection) -> None:
    """Empty the CRM tables and winback's log, children before parents."""
    for table in reversed(Base.metadata.sorted_tables):
        conn.execute(table.delete())


def _reset_sequences(conn: Connection) -> None:
    """Move PostgreSQL's id sequences past the ids demo assigned itself (in
    the batch's transaction; MariaDB and SQLite take the next id from the data).
    ``setval`` is not undone by a rollback: a batch that fails leaves the
    sequence ahead, which is harmless."""
    if conn.dialect.name != "postgresql":
        return
    for table in ID_TABLES:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
        )


class _Writer:
    """Plain driver-level executemany: no per-value type processing."""

    def __init__(self, engine: Engine) -> None:
        dialect = engine.dialect
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        quote = dialect.identifier_preparer.quote
        self.sql = {
            table: (
                f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "
                f"VALUES ({', '.join(mark for _ in columns)})"
            )
            for table, columns in COLUMNS.items()
        }

    def write(self, conn: Connection, rows: Rows) -> None:
        for table in COLUMNS:  # parents first
            if rows[table]:
                conn.exec_driver_sql(self.sql[table], rows[table])
