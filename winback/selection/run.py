"""Running the statement: the summary first, then the candidates as they stream."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection

from winback.config import Campaign
from winback.selection.inputs import TOTAL
from winback.selection.rows import Candidate, Summary, candidate_maker, no_summary, summary_of
from winback.selection.statement import Statement, build_statement


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
) -> tuple[Summary, Iterator[Candidate]]:
    """Run the selection; the summary is known before the rows are read.

    The rows stream; the caller iterates within the connection's life.
    """
    now = now or dt.datetime.now(dt.UTC)
    statement = build_statement(
        conn, campaign, as_of=as_of, now=now, tz=tz, limit=limit, excluded=excluded, client=client
    )
    _session_settings(conn)
    # Statement-level: Connection.execution_options() would change the connection.
    result = conn.execute(statement.statement.execution_options(yield_per=500))
    rows = iter(result)
    first = next(rows, None)
    if first is None or not first._mapping[TOTAL + "lost"]:
        result.close()
        return no_summary(campaign, as_of, statement), iter(())
    summary = summary_of(campaign, as_of, statement, first._mapping)
    make = candidate_maker(list(result.keys()), campaign, statement)
    client_at = list(result.keys()).index("client_id")

    def candidates() -> Iterator[Candidate]:
        row: Any = first
        rank = 0
        while row is not None:
            if row[client_at] is not None:  # None: no survivor, only the counts
                rank += 1
                yield make(row, rank)
            row = next(rows, None)

    return summary, candidates()


def explain(conn: Connection, statement: Statement) -> str:
    """The statement as runnable SQL (to paste into EXPLAIN)."""
    dialect = conn.dialect
    if dialect.paramstyle in ("format", "pyformat"):
        # psycopg / PyMySQL style escapes every % as %% even with literal binds.
        dialect = type(dialect)(paramstyle="named")  # type: ignore[call-arg]
    compiled = statement.statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True})
    return str(compiled)
