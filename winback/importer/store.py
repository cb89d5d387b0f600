"""The importer's database steps: look-ups by key, bulk inserts and updates,
the keys seen so far, and SQLite's indexes dropped around a large load.

Look-ups go in batched ``IN`` lists of at most :data:`LOOKUP_BATCH` keys, well
below the parameter limits of SQLite, PostgreSQL and MariaDB. On SQLite, a
load that is large compared with the table drops the table's plain
(non-unique) indexes inside the transaction and builds them again before the
commit (:class:`SqliteBulkLoad`). The servers' bulk paths are in
winback/bulkload.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    delete,
    select,
    tuple_,
    type_coerce,
    update,
)

from winback import bulkload
from winback.importer.kinds import clients_t, tags_t
from winback.models import MYSQL_TABLE, Epoch

LOOKUP_BATCH = 1000
# SQLite: drop and rebuild plain indexes when at least this many rows come in
# and they are at least as many as the table holds already.
BULK_MIN_ROWS = 50_000


def batches(items: Sequence[Any], size: int | None = None) -> Iterator[Sequence[Any]]:
    """``items`` in slices of ``size`` (by default :data:`LOOKUP_BATCH`)."""
    size = size or LOOKUP_BATCH
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _raw(column: Column[Any]) -> Any:
    """The column as stored (Epoch columns as their integers)."""
    return type_coerce(column, BigInteger) if isinstance(column.type, Epoch) else column


def lookup(
    conn: Connection, table: Table, key: str, wanted: Sequence[str], keys: set[str]
) -> dict[str, tuple[Any, ...]]:
    """Rows whose string column ``key`` is one of ``keys``: {key: (wanted...)}.

    Plain driver SQL: SQLAlchemy's expanding IN costs Python work per value,
    and this runs for every row of a file. Values come back as stored
    (timestamps as integers, booleans as 0/1 on SQLite and MariaDB).

    Rows that come back under another spelling than the one asked for (a
    database whose collation ignores case or accents) are matched to it one
    key at a time.
    """
    if conn.dialect.name == "postgresql":  # exact comparison: one = ANY(array) query
        return bulkload.lookup(conn, table, key, wanted, keys)
    quote = conn.dialect.identifier_preparer.quote
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    head = (
        f"SELECT {quote(key)}, {', '.join(map(quote, wanted))} "
        f"FROM {quote(table.name)} WHERE {quote(key)} IN "
    )
    out: dict[str, tuple[Any, ...]] = {}
    unmatched = 0
    asked = list(keys)
    for batch in batches(asked):
        sql = head + "(" + ", ".join([mark] * len(batch)) + ")"
        for found, *rest in conn.exec_driver_sql(sql, tuple(batch)).all():
            if found in keys:
                out[found] = tuple(rest)
            else:
                unmatched += 1
    if unmatched:
        one = head + f"({mark})"
        for key_value in asked:
            if key_value not in out:
                hit = conn.exec_driver_sql(one, (key_value,)).first()
                if hit is not None:
                    out[key_value] = tuple(hit[1:])
    return out


def lookup_rows(
    conn: Connection,
    table: Table,
    identity: tuple[str, ...],
    columns: tuple[str, ...],
    keys: set[tuple[Any, ...]],
) -> dict[tuple[Any, ...], tuple[Any, ...]]:
    """Existing rows by identity: {identity: (id, *columns[, consent_updated_at])}."""
    names = ["id", *columns]
    if table is clients_t:
        names.append("consent_updated_at")
    if len(identity) == 1:
        found = lookup(conn, table, identity[0], names, {k[0] for k in keys})
        return {(k,): v for k, v in found.items()}
    wanted = [_raw(table.c[c]) for c in names]
    out = {}
    key_columns = [_raw(table.c[c]) for c in identity]
    stmt = select(*key_columns, *wanted).where(
        tuple_(*key_columns).in_(bindparam("keys", expanding=True))
    )
    for batch in batches(list(keys), LOOKUP_BATCH // len(identity)):
        for row in conn.execute(stmt, {"keys": batch}).all():
            out[tuple(row[: len(identity)])] = tuple(row[len(identity) :])
    return out


def client_tags(conn: Connection, client_ids: list[int]) -> dict[int, tuple[str, ...]]:
    tags: dict[int, list[str]] = {}
    stmt = select(tags_t.c.client_id, tags_t.c.tag).where(
        tags_t.c.client_id.in_(bindparam("ids", expanding=True))
    )
    for batch in batches(sorted(client_ids)):
        for client_id, tag in conn.execute(stmt, {"ids": batch}).all():
            tags.setdefault(client_id, []).append(tag)
    return {k: tuple(sorted(v)) for k, v in tags.items()}


def replace_tags(conn: Connection, tags: dict[int, tuple[str, ...]]) -> None:
    if conn.dialect.name in ("postgresql", "sqlite"):
        bulkload.delete_ids(conn, tags_t, "client_id", sorted(tags))
    else:
        for batch in batches(sorted(tags)):
            conn.execute(delete(tags_t).where(tags_t.c.client_id.in_(batch)))
    rows = [(client_id, tag) for client_id, some in tags.items() for tag in some]
    insert(conn, tags_t, ("client_id", "tag"), rows)


def insert(
    conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        sqlite_insert(conn, table, columns, rows)
        return
    bulkload.insert(conn, table, columns, rows)


def sqlite_insert(
    conn: Connection,
    table: Table,
    columns: tuple[str, ...],
    rows: list[tuple[Any, ...]],
    verb: str = "INSERT",
) -> int:
    """Multi-row ``INSERT ... VALUES (...), (...)``: one statement per few hundred
    rows costs Python's sqlite3 much less than a plain executemany. Returns
    the number of rows inserted."""
    per_statement = max(1, min(500, 30_000 // len(columns)))
    quote = conn.dialect.identifier_preparer.quote
    head = f"{verb} INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) VALUES "
    one = "(" + ", ".join("?" * len(columns)) + ")"
    full = len(rows) - len(rows) % per_statement
    inserted = 0
    if full:
        sql = head + ", ".join([one] * per_statement)
        params = [
            tuple(itertools.chain.from_iterable(rows[i : i + per_statement]))
            for i in range(0, full, per_statement)
        ]
        inserted += conn.exec_driver_sql(sql, params).rowcount
    rest = rows[full:]
    if rest:
        sql = head + ", ".join([one] * len(rest))
        inserted += conn.exec_driver_sql(sql, tuple(itertools.chain(*rest))).rowcount
    return inserted


def update_rows(
    conn: Connection,
    table: Table,
    columns: tuple[str, ...],
    rows: list[tuple[int, tuple[Any, ...]]],
) -> None:
    if not rows:
        return
    if bulkload.supported(conn):
        bulkload.update(conn, table, columns, rows)
        return
    stmt = (
        update(table)
        .where(table.c.id == bindparam("b_id"))
        .values({c: bindparam(f"b_{c}") for c in columns})
    )
    names = [f"b_{c}" for c in columns]
    params = [{"b_id": row_id, **dict(zip(names, values, strict=True))} for row_id, values in rows]
    conn.execute(stmt, params)


class SeenKeys:
    """The file keys read so far and the line each was first seen on.

    A temporary table, so the duplicate check spans the whole file without
    holding its keys in memory. Created and dropped inside the import's
    transaction (``TEMPORARY`` also keeps MariaDB from committing on DDL).
    """

    NAME = "winback_import_seen"

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        dialect_options: dict[str, Any] = {"sqlite_with_rowid": False, **MYSQL_TABLE}
        self.table = Table(
            self.NAME,
            MetaData(),
            Column("k", String(255), primary_key=True),
            Column("line", Integer, nullable=False),
            prefixes=["TEMPORARY"],
            **dialect_options,
        )
        self.drop()
        self.table.create(conn)

    def drop(self) -> None:
        dialect = self.conn.dialect.name
        if dialect == "mysql":
            sql = f"DROP TEMPORARY TABLE IF EXISTS {self.NAME}"
        elif dialect == "postgresql":
            sql = f"DROP TABLE IF EXISTS pg_temp.{self.NAME}"
        else:
            sql = f"DROP TABLE IF EXISTS temp.{self.NAME}"
        self.conn.exec_driver_sql(sql)

    def check(self, first_lines: dict[str, int]) -> dict[str, int]:
        """Record these keys (key -> line); return those seen before, with their line."""
        if not first_lines:
            return {}
        table = self.table
        if self.conn.dialect.name == "sqlite":
            # Insert first, ignoring keys already there: when every key went in
            # (the common case) there is nothing to look up. sqlite3 sums the
            # row counts of an executemany.
            rows = list(first_lines.items())
            if sqlite_insert(self.conn, table, ("k", "line"), rows, "INSERT OR IGNORE") == len(
                rows
            ):
                return {}
            found = lookup(self.conn, table, "k", ["line"], set(first_lines))
            return {k: v[0] for k, v in found.items() if v[0] != first_lines[k]}
        found = lookup(self.conn, table, "k", ["line"], set(first_lines))
        new = [(k, line) for k, line in first_lines.items() if k not in found]
        insert(self.conn, table, ("k", "line"), new)
        return {k: v[0] for k, v in found.items()}


class SqliteBulkLoad:
    """Plain indexes dropped for a large load into SQLite and rebuilt after."""

    def __init__(self, conn: Connection, indexes: list[tuple[str, str]]) -> None:
        self.conn = conn
        self.indexes = indexes
        for name, _sql in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')

    @classmethod
    def maybe(cls, conn: Connection, table: Table, expected: int) -> SqliteBulkLoad | None:
        """Drop the plain indexes if about ``expected`` rows are coming and the
        table holds fewer; None where that does not pay (or is not SQLite)."""
        if conn.dialect.name != "sqlite" or expected < BULK_MIN_ROWS:
            return None
        present = conn.execute(select(table.c.id).order_by(table.c.id.desc()).limit(1)).scalar()
        if present is not None and present > expected:
            return None
        indexes = bulkload.sqlite_plain_indexes(conn, table.name)
        return cls(conn, indexes) if indexes else None

    def rebuild(self) -> None:
        for _name, sql in self.indexes:
            self.conn.exec_driver_sql(sql)
