"""Running the statement: the summary first, then the candidates as they stream."""

from __future__ import annotations

import datetime as dt
import itertools
import queue
import threading
import zoneinfo
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import Connection, CursorResult

from winback.config import Campaign
from winback.selection import model
from winback.selection.inputs import TOTAL
from winback.selection.rows import (
    CONVERTED,
    Candidate,
    Summary,
    candidate_maker,
    json_maker,
    no_summary,
    summary_of,
)
from winback.selection.statement import Statement, build_statement

T = TypeVar("T")


def _session_settings(conn: Connection) -> None:
    """Per-transaction settings the statement is planned for.

    PostgreSQL's JIT compiles this statement (hundreds of expressions, the
    month-bucket CASE tree) for longer than it runs. The rows are read
    through a server-side cursor, which PostgreSQL plans for its first 10 %
    (cursor_tuple_fraction): for that it joined the XYZ rows to the taken
    rows by a nested loop, a scan of all of them per row, quadratic in the
    rows taken. Every row is read, so plan for all of them. SET LOCAL ends
    with the transaction.
    """
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL jit = off")
        conn.exec_driver_sql("SET LOCAL cursor_tuple_fraction = 1.0")


def select_candidates(
    conn: Connection,
    campaign: Campaign,
    *,
    as_of: dt.datetime,
    now: dt.datetime | None = None,
    tz: zoneinfo.ZoneInfo,
    limit: int | None = None,
    excluded: bool = False,
    client: str | None = None,
    contacts: bool = True,
) -> tuple[Summary, Generator[Candidate, None, None]]:
    """Run the selection; the summary is known before the rows are read.

    The rows stream; the caller iterates (or closes them) within the
    connection's life. With contacts=False the candidates carry no contact
    details (email, phone, chat id, time zone, locale, manager: None), only
    their channel, consents and suppressions: what a preview or a plan
    needs, and a narrower row.
    """
    options = {"limit": limit, "excluded": excluded, "client": client, "contacts": contacts}
    return _run(conn, campaign, as_of, now, tz, options, candidate_maker)


def select_json(
    conn: Connection,
    campaign: Campaign,
    *,
    as_of: dt.datetime,
    now: dt.datetime | None = None,
    tz: zoneinfo.ZoneInfo,
    limit: int | None = None,
    excluded: bool = False,
) -> tuple[Summary, Generator[str, None, None]]:
    """select_candidates(contacts=False)'s rows as their JSON text
    (Candidate.to_json), each written straight from the row: a preview's
    --format json. On PostgreSQL the next rows are fetched while these are
    written (_read_ahead): the caller uses the connection for nothing else
    until the rows are read or closed."""
    options = {"limit": limit, "excluded": excluded, "contacts": False}
    read_ahead = conn.dialect.name in READ_AHEAD_DIALECTS
    return _run(conn, campaign, as_of, now, tz, options, json_maker, read_ahead)


def _run(
    conn: Connection,
    campaign: Campaign,
    as_of: dt.datetime,
    now: dt.datetime | None,
    tz: zoneinfo.ZoneInfo,
    options: dict[str, Any],
    maker: Callable[[list[str], Campaign, Statement], Callable[..., T]],
    read_ahead: bool = False,
) -> tuple[Summary, Generator[T, None, None]]:
    """Build and run the statement (build_statement's options): the summary
    from its first row, then each row taken as ``maker`` makes it (from the
    row, its rank and the model's two values); with read_ahead the batches
    after the first are fetched by another thread (_read_ahead)."""
    now = now or dt.datetime.now(dt.UTC)
    statement = build_statement(conn, campaign, as_of=as_of, now=now, tz=tz, **options)
    _session_settings(conn)
    # Statement-level: Connection.execution_options() would change the connection.
    result = conn.execute(statement.statement.execution_options(yield_per=FETCH))
    keys = list(result.keys())
    batches = _batches(result)
    batch = next(batches, [])
    first = batch[0] if batch else None
    counts = dict(zip(keys, first, strict=True)) if first is not None else {}
    if first is None or not counts[TOTAL + "lost"]:
        batches.close()
        return no_summary(campaign, as_of, statement), _closing(iter(()), batches)
    summary = summary_of(campaign, as_of, statement, counts)
    make = maker(keys, campaign, statement)
    client_at = keys.index("client_id")
    rest = _read_ahead(batches) if read_ahead and len(batch) == FETCH else batches

    def taken() -> Iterator[tuple[Any, int]]:
        rank = 0
        for rows in itertools.chain((batch,), rest):
            for row in rows:
                if row[client_at] is not None:  # None: no survivor, only the counts
                    rank += 1
                    yield row, rank

    made: Iterator[T]
    if statement.model is None:
        made = itertools.starmap(make, taken())
    else:
        at = tuple(keys.index(name) for name in (model.X, model.FIRST_DAY, model.LAST_DAY))
        made = _with_model(taken(), make, statement.model, at)
    return summary, _closing(made, rest)


def _closing(made: Iterator[T], rest: Generator[Any, None, None]) -> Generator[T, None, None]:
    """made, which closes rest (the batches: the result, and the thread that
    reads ahead) when it ends or is closed, not only when it is collected:
    an error while the rows are written keeps them referenced by its
    traceback while the connection is closed."""
    try:
        yield from made
    finally:
        rest.close()


MODEL_BLOCK = 512  # rows whose model values are worked out in one numpy call


def _with_model(
    taken: Iterator[tuple[Any, int]],
    make: Callable[..., T],
    fit: model.ModelInputs,
    at: tuple[int, ...],
) -> Iterator[T]:
    """The rows made with their P(alive) and expected purchases, by bgnbd
    itself, a block of rows at a time."""
    i_x, i_first, i_last = at
    while block := list(itertools.islice(taken, MODEL_BLOCK)):
        known = [row for row, _ in block if row[i_x] is not None]
        alive, expected = model.values_of(
            fit,
            [row[i_x] for row in known],
            [row[i_first] for row in known],
            [row[i_last] for row in known],
        )
        values = iter(zip(alive, expected, strict=True))
        for row, rank in block:
            if row[i_x] is None:
                yield make(row, rank)
            else:
                yield make(row, rank, *next(values))


# Rows read from the cursor at a time.
FETCH = 1000


def _batches(result: CursorResult[Any]) -> Generator[Sequence[Any], None, None]:
    """The statement's rows, FETCH at a time; after the first batch straight
    from the DB-API cursor (a server-side one on PostgreSQL and MySQL:
    yield_per). SQLAlchemy's rows (a Row object and a fetch call each) cost
    as much as making the Candidate. The first batch is read through
    SQLAlchemy, which has buffered the first row (and so holds none after
    it). The columns need no conversion on reading but those converted
    anyway (rows.CONVERTED by the Candidate, the model's by numpy): checked."""
    try:
        processed = [
            key
            for key, conv in zip(result.keys(), result._metadata._processors, strict=True)
            if conv is not None and key not in CONVERTED and key not in model.SUMMARY_COLUMNS
        ]
        if processed:
            raise RuntimeError(f"selection columns read with a conversion: {processed}")
        rows: Sequence[Any] = result.fetchmany(FETCH)
        cursor = result.cursor
        while rows:
            yield rows
            # Fewer than asked: the last (SQLAlchemy may have closed the cursor).
            rows = cursor.fetchmany(FETCH) if len(rows) == FETCH else ()
    finally:
        result.close()


# Where the next batch is fetched while the last is used (select_json). A
# PostgreSQL server works out the next rows of a cursor while the client
# waits, and psycopg lets go of the GIL meanwhile: a preview of every lost
# client of 1,000,000 took about 0.4 s less (BENCHMARKS.md, "Rows taken").
# Not SQLite, whose rows are made in this process (reading them in another
# thread was slower), nor PyMySQL, which reads its socket in Python.
READ_AHEAD_DIALECTS = frozenset({"postgresql"})
# Batches fetched ahead at most (FETCH rows each).
AHEAD = 2
_END = object()


def _read_ahead(
    batches: Generator[Sequence[Any], None, None],
) -> Generator[Sequence[Any], None, None]:
    """The batches, each fetched by a thread of its own while the caller uses
    the one before.

    The thread is the only user of the cursor, and the connection's: the
    caller must not use the connection until this generator ends. However
    it ends (read to the end, closed early, an error on either side), the
    thread has stopped and closed the result before it returns; an error of
    the fetch is raised here."""
    ready: queue.Queue[Any] = queue.Queue(maxsize=AHEAD)
    stop = threading.Event()

    def hand_over(item: Any) -> bool:
        while not stop.is_set():
            try:
                ready.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def fetch() -> None:
        try:
            for rows in batches:
                if not hand_over(rows):
                    return
            hand_over(_END)
        except BaseException as exc:  # raised again in the caller's thread
            hand_over(exc)
        finally:
            batches.close()  # _batches closes the result

    worker = threading.Thread(target=fetch, name="winback-read-ahead", daemon=True)
    worker.start()
    try:
        while (item := ready.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def explain(conn: Connection, statement: Statement) -> str:
    """The statement as runnable SQL (to paste into EXPLAIN)."""
    dialect = conn.dialect
    if dialect.paramstyle in ("format", "pyformat"):
        # psycopg / PyMySQL style escapes every % as %% even with literal binds.
        dialect = type(dialect)(paramstyle="named")  # type: ignore[call-arg]
    compiled = statement.statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    return str(compiled)
