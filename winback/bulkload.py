"""Bulk writes for the importer and the plan of a cycle, on PostgreSQL and
MariaDB (and, for a plan's rows, SQLite: see insert_values).

The importer validates a chunk of a few thousand rows, looks up what it needs,
and decides which rows are new, which change and which stay (winback/importer/).
Only then does it write; this module makes those writes cheap on the servers,
where a row-at-a-time ``executemany`` costs a round of the protocol per row
(1,000,000 clients took 113 s on PostgreSQL, BENCHMARKS.md "Import"):

* PostgreSQL: new rows go in by ``COPY … FROM STDIN`` (psycopg 3's
  ``cursor.copy``, ``write_row``); changed rows are copied into a temporary
  staging table and applied by one ``UPDATE … FROM`` a chunk.
* MariaDB/MySQL: new rows by multi-row ``INSERT … VALUES (…), (…)``;
  changed rows into a temporary staging table the same way, applied by one
  ``UPDATE … JOIN`` a chunk.

Everything runs on the importer's connection, inside its one transaction:
the whole file commits or nothing does. Staging tables are ``TEMPORARY`` (on
MariaDB that keeps ``CREATE`` from committing the transaction) and dropped
after use. Rows take their ids from the table's own sequence or
auto-increment, so sequences stay past ``max(id)``.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy import insert as sa_insert
from sqlalchemy.exc import DBAPIError

STAGE = "winback_import_stage"
# MariaDB: rows per multi-row statement, and parameters per statement at most
MYSQL_ROWS = 1000
MYSQL_PARAMS = 30_000


def supported(conn: Connection) -> bool:
    return conn.dialect.name in ("postgresql", "mysql")


def insert(
    conn: Connection, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """Insert ``rows`` (values in the order of ``columns``) into ``table``."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        _copy(conn, table.name, columns, rows)
    else:
        _multi_row_insert(conn, table.name, columns, rows)


def insert_values(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (column → value, as an ``insert(table)`` executemany
    takes them, every row with the same columns), the values converted by
    the columns' types as SQLAlchemy would bind them. On PostgreSQL by COPY
    (psycopg's executemany sends one INSERT per row: a plan of 50,000 spent
    most of its writing there); on SQLite by the driver's executemany of a
    plain INSERT (SQLAlchemy's own spent more on each row's parameters than
    SQLite on inserting it); on MariaDB by SQLAlchemy (PyMySQL already
    writes multi-row INSERTs)."""
    if not rows:
        return
    if conn.dialect.name not in ("postgresql", "sqlite"):
        conn.execute(sa_insert(table), list(rows))
        return
    columns = list(rows[0])
    defaulted = [c.name for c in table.c if c.name not in columns and c.default is not None]
    if defaulted:  # neither COPY nor the plain INSERT applies them
        raise ValueError(f"{table.name}: columns with a Python default not given: {defaulted}")
    values = _bound(conn, table, columns, rows)
    if conn.dialect.name == "postgresql":
        _copy(conn, table.name, columns, values)
        return
    quote = conn.dialect.identifier_preparer.quote
    conn.exec_driver_sql(
        f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, columns))}) "
        f"VALUES ({', '.join('?' * len(columns))})",
        values,
    )


def _bound(
    conn: Connection, table: Table, columns: list[str], rows: Sequence[Mapping[str, Any]]
) -> list[tuple[Any, ...]]:
    """The rows' values in the order of ``columns``, each converted by its
    column type's bind processor where it has one (one call a value only for
    those columns)."""
    processors = [
        (i, process)
        for i, name in enumerate(columns)
        if (process := table.c[name].type.bind_processor(conn.dialect)) is not None
    ]
    values_of = itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
    if not processors:
        return [values_of(row) for row in rows]
    out = []
    for row in rows:
        values = list(values_of(row))
        for i, process in processors:
            values[i] = process(values[i])
        out.append(tuple(values))
    return out


def update(
    conn: Connection,
    table: Table,
    columns: Sequence[str],
    rows: list[tuple[int, tuple[Any, ...]]],
) -> None:
    """Set ``columns`` of the rows with these ids: ``rows`` are (id, values)."""
    if not rows:
        return
    quote = conn.dialect.identifier_preparer.quote
    target = quote(table.name)
    names = [quote(c) for c in columns]
    staged = ", ".join(["id", *names])
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS pg_temp.{STAGE}")
        conn.exec_driver_sql(
            f"CREATE TEMPORARY TABLE {STAGE} AS SELECT {staged} FROM {target} WITH NO DATA"
        )
        _copy(conn, STAGE, ["id", *columns], [(row_id, *values) for row_id, values in rows])
        sets = ", ".join(f"{n} = s.{n}" for n in names)
        conn.exec_driver_sql(f"UPDATE {target} AS t SET {sets} FROM {STAGE} AS s WHERE t.id = s.id")
        conn.exec_driver_sql(f"DROP TABLE pg_temp.{STAGE}")
        return
    conn.exec_driver_sql(f"DROP TEMPORARY TABLE IF EXISTS {STAGE}")
    # LIMIT 0 copies the column types (a TEMPORARY table: no implicit commit)
    conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {STAGE} AS SELECT {staged} FROM {target} LIMIT 0")
    _multi_row_insert(conn, STAGE, ["id", *columns], [(i, *v) for i, v in rows])
    sets = ", ".join(f"t.{n} = s.{n}" for n in names)
    conn.exec_driver_sql(f"UPDATE {target} AS t JOIN {STAGE} AS s ON t.id = s.id SET {sets}")
    conn.exec_driver_sql(f"DROP TEMPORARY TABLE {STAGE}")


@contextlib.contextmanager
def _cursor(conn: Connection, statement: str) -> Iterator[Any]:
    """The driver's own cursor, on the import's connection and transaction; its
    errors raised as SQLAlchemy's, as every other statement's are."""
    raw: Any = conn.connection.driver_connection
    error = conn.dialect.loaded_dbapi.Error
    try:
        with raw.cursor() as cursor:
            yield cursor
    except error as exc:
        raise DBAPIError.instance(statement, None, exc, error) from exc


def _copy(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    quote = conn.dialect.identifier_preparer.quote
    sql = f"COPY {quote(table)} ({', '.join(map(quote, columns))}) FROM STDIN"
    with _cursor(conn, sql) as cursor, cursor.copy(sql) as copy:
        write = copy.write_row
        for row in rows:
            write(row)


def _multi_row_insert(
    conn: Connection, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    """``INSERT … VALUES (…), (…)``, up to :data:`MYSQL_ROWS` rows a statement,
    its values written as SQL literals here: pymysql quotes each parameter in
    Python, a microsecond or more a value, most of an import's time."""
    quote = conn.dialect.identifier_preparer.quote
    head = f"INSERT INTO {quote(table)} ({', '.join(map(quote, columns))}) VALUES "
    per_statement = max(1, min(MYSQL_ROWS, MYSQL_PARAMS // len(columns)))
    with _cursor(conn, head) as cursor:
        literal = _literals(cursor.connection)
        for start in range(0, len(rows), per_statement):
            batch = rows[start : start + per_statement]
            cursor.execute(
                head + ", ".join(["(" + ", ".join(map(literal, r)) + ")" for r in batch])
            )


# pymysql's own escaping of a string (converters.escape_string)
_ESCAPE = str.maketrans(
    {"\0": "\\0", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\032": "\\Z", '"': '\\"', "'": "\\'"}
)


def _literals(raw: Any) -> Callable[[Any], str]:
    """A value as a MariaDB literal, as pymysql writes it; pymysql itself for
    types the importer does not produce, and under NO_BACKSLASH_ESCAPES."""
    from pymysql.constants import SERVER_STATUS

    if raw.server_status & SERVER_STATUS.SERVER_STATUS_NO_BACKSLASH_ESCAPES:
        return raw.literal

    def literal(value: Any) -> str:
        kind = value.__class__
        if kind is str:
            return "'" + value.translate(_ESCAPE) + "'"
        if value is None:
            return "NULL"
        if kind is bool:
            return "1" if value else "0"
        if kind is int:
            return str(value)
        return raw.literal(value)

    return literal


def lookup(
    conn: Connection, table: Table, key: str, wanted: Sequence[str], keys: set[str]
) -> dict[str, tuple[Any, ...]]:
    """PostgreSQL: rows whose ``key`` is one of ``keys``, {key: (wanted...)}, in
    one statement: ``= ANY(array)`` is one parameter, where an ``IN`` list of a
    thousand costs psycopg milliseconds to parse, every time."""
    quote = conn.dialect.identifier_preparer.quote
    sql = (
        f"SELECT {quote(key)}, {', '.join(map(quote, wanted))} "
        f"FROM {quote(table.name)} WHERE {quote(key)} = ANY(%s)"
    )
    with _cursor(conn, sql) as cursor:
        cursor.execute(sql, (list(keys),))
        return {found: tuple(rest) for found, *rest in cursor.fetchall()}


def present(conn: Connection, table: Table, column: str, values: Sequence[str]) -> set[str]:
    """Which of ``values`` the text ``column`` holds, in one statement with
    one parameter: ``= ANY(array)`` on PostgreSQL (see :func:`lookup`),
    ``json_each`` on SQLite; an ``IN`` list elsewhere."""
    if not values:
        return set()
    quote = conn.dialect.identifier_preparer.quote
    where = f"SELECT {quote(column)} FROM {quote(table.name)} WHERE {quote(column)}"
    if conn.dialect.name == "sqlite":
        found = conn.exec_driver_sql(
            f"{where} IN (SELECT value FROM json_each(?))", (json.dumps(list(values)),)
        )
        return set(found.scalars())
    if conn.dialect.name == "postgresql":
        sql = f"{where} = ANY(%s::text[])"
        with _cursor(conn, sql) as cursor:
            cursor.execute(sql, (list(values),))
            return {value for (value,) in cursor.fetchall()}
    return set(conn.execute(select(table.c[column]).where(table.c[column].in_(values))).scalars())


def delete_ids(conn: Connection, table: Table, column: str, ids: list[int]) -> None:
    """Delete the rows whose integer ``column`` is one of ``ids``, in one
    statement: on PostgreSQL ``= ANY(array)`` (see :func:`lookup`), on SQLite
    the ids as one JSON array (an expanding IN costs SQLAlchemy about a
    microsecond a value)."""
    quote = conn.dialect.identifier_preparer.quote
    where = f"DELETE FROM {quote(table.name)} WHERE {quote(column)}"
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"{where} IN (SELECT value FROM json_each(?))", (json.dumps(ids),))
        return
    sql = f"{where} = ANY(%s::bigint[])"
    with _cursor(conn, sql) as cursor:
        cursor.execute(sql, (ids,))


def sqlite_plain_indexes(conn: Connection, table: str) -> list[tuple[str, str]]:
    """SQLite: (name, CREATE statement) of the table's non-unique indexes that
    a CREATE INDEX made (not those of its constraints)."""
    indexes = []
    for _seq, name, unique, origin, _partial in conn.exec_driver_sql(
        f'PRAGMA index_list("{table}")'
    ).all():
        if unique or origin != "c":
            continue
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).scalar()
        if sql:
            indexes.append((name, sql))
    return indexes


@contextlib.contextmanager
def sqlite_indexes_dropped(conn: Connection, table: str) -> Iterator[None]:
    """On SQLite, the table's plain indexes dropped while a bulk write runs and
    built again after it: one sort each instead of a random insert a row. In
    the caller's transaction, so a rollback restores them; elsewhere, nothing."""
    indexes = sqlite_plain_indexes(conn, table) if conn.dialect.name == "sqlite" else []
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        conn.exec_driver_sql(sql)
