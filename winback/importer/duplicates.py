"""Rows whose key came earlier in the file, and the fast path that skips
recording the keys.

The check has two states:

``fast``
    A first import into an empty SQLite table (not clients: their tags need
    exact ids). Keys are not recorded: the table's own unique index refuses a
    repeated key (``INSERT OR IGNORE``, row counts compared).
``tracked``
    Every key read so far is in a temporary table (:class:`SeenKeys`) with the
    line it was first seen on, and each chunk is checked against it before
    its rows are written.

``fast`` becomes ``tracked`` once, for good, when a chunk has a bad row or
repeats a key within itself (:meth:`Duplicates.before_write`), or when
``INSERT OR IGNORE`` inserted fewer rows than it was given: a key of an
earlier chunk (:meth:`Duplicates.fast_insert`). Leaving reads the file again
up to that chunk to record its keys: every row up to there was good, and
unique.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, Table

from winback.importer import store
from winback.importer.kinds import Kind, Parsed


class Duplicates:
    """The duplicate check of one import (see the module's docstring)."""

    def __init__(self, spec: Kind, reread: Callable[[int], Iterator[Parsed]]) -> None:
        """``reread(line)``: the file's chunks again, parsed, up to ``line``."""
        self.spec = spec
        self._reread = reread
        self._seen: store.SeenKeys | None = None

    def start(self, conn: Connection, *, table_empty: bool) -> None:
        fast = table_empty and conn.dialect.name == "sqlite" and self.spec.name != "clients"
        if not fast:
            self._seen = store.SeenKeys(conn)

    @property
    def fast(self) -> bool:
        return self._seen is None

    def close(self) -> None:
        if self._seen is not None:
            self._seen.drop()

    def before_write(self, conn: Connection, chunk: Parsed) -> None:
        """Mark the chunk's rows that repeat a key as bad (tracked), or leave
        the fast path where the table's index cannot tell."""
        if self._seen is None and (chunk.problems or _repeats_within(chunk)):
            self._leave_fast_path(conn, chunk.lines[0])
        if self._seen is not None:
            self._check(chunk)

    def fast_insert(
        self,
        conn: Connection,
        table: Table,
        columns: tuple[str, ...],
        rows: list[tuple[Any, ...]],
        chunk: Parsed,
    ) -> int:
        """Insert on the fast path; rows the index refused are marked bad in
        ``chunk`` (the fast path is then left). Returns the rows inserted."""
        inserted = store.sqlite_insert(conn, table, columns, rows, "INSERT OR IGNORE")
        if inserted < len(rows):  # keys of earlier chunks: find which, and their lines
            self._leave_fast_path(conn, chunk.lines[0])
            self._check(chunk)
        return inserted

    def _leave_fast_path(self, conn: Connection, before: int) -> None:
        """Read the file again up to line ``before`` and record its keys."""
        self._seen = store.SeenKeys(conn)
        for earlier in self._reread(before):
            first = earlier.first_lines()
            first.pop(None, None)
            self._seen.check(first)  # type: ignore[arg-type]

    def _check(self, chunk: Parsed) -> None:
        assert self._seen is not None
        keys, lines = chunk.keys, chunk.lines
        first = chunk.first_lines()
        first.pop(None, None)
        earlier = self._seen.check(first)  # type: ignore[arg-type]
        if not earlier and len(first) == len(keys) - keys.count(None):
            return
        for i, key in enumerate(keys):
            if key is not None:
                line = earlier.get(key) or first[key]
                if line != lines[i]:
                    chunk.bad(i, *self.spec.duplicate(line))


def _repeats_within(chunk: Parsed) -> bool:
    first = chunk.first_lines()
    return len(first) - (None in first) < len(chunk.keys) - chunk.keys.count(None)
