"""One file's import: the entry :func:`import_csv` and the job it runs, chunk
by chunk (validation, duplicates, writes, counts), in one transaction."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError

from winback.config import Settings
from winback.errors import DatabaseError, ImportValidationError, Problem, UsageError
from winback.importer import store
from winback.importer.cells import Converters
from winback.importer.csvfile import Reader, Rejects, open_csv, rejects_path
from winback.importer.duplicates import Duplicates
from winback.importer.kinds import (
    CLIENT_REF,
    CONSENTS,
    KINDS,
    TAGS,
    Layout,
    Parsed,
    clients_t,
    expected_rows,
    kind_of,
    shown,
)

CHUNK_ROWS = 5000
CLIENT_CACHE = 200_000
MAX_LISTED_PROBLEMS = 100


@dataclass(frozen=True)
class ImportReport:
    """What an import did; ``str()`` is the one-line summary the CLI prints."""

    path: Path
    kind: str
    read: int
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    rejects_path: Path | None = None

    def __str__(self) -> str:
        text = (
            f"{self.path}: {self.kind}: {self.read} rows read, {self.inserted} inserted, "
            f"{self.updated} updated, {self.unchanged} unchanged, {self.rejected} rejected"
        )
        if self.rejects_path is not None:
            text += f" (rejects in {self.rejects_path})"
        return text


def import_csv(
    engine: Engine,
    settings: Settings,
    kind: str,
    path: Path,
    *,
    skip_invalid: bool,
    on_progress: Callable[[int], None],
) -> ImportReport:
    """Import one CSV file of ``kind`` (clients, orders, nps, incidents).

    Raises :class:`ImportValidationError` (nothing imported) for a bad header
    or, unless ``skip_invalid``, for any bad row; :class:`UsageError` for a
    file that cannot be read as UTF-8 CSV.
    """
    if kind not in KINDS:
        raise UsageError(f"unknown import kind {kind!r} (use one of {', '.join(KINDS)})")
    conv = Converters(settings)
    with open_csv(path) as (handle, bom):
        reader = Reader(path, handle)
        header = reader.header()
        layout = Layout.of(path, kind_of(kind, conv), header, conv.default_currency)
        rejects = Rejects(rejects_path(path), header, bom) if skip_invalid else None
        job = _Job(layout, path, rejects)
        try:
            with engine.begin() as conn:
                job.start(conn)
                for records, lines in reader.chunks(CHUNK_ROWS):
                    job.apply(conn, job.parse(records, lines))
                    on_progress(len(records))
                job.finish()
                if job.bad_rows and rejects is None:
                    raise job.validation_error()
        except DBAPIError as exc:
            if rejects is not None:
                rejects.discard()
            raise DatabaseError(
                f"{path}: the database refused the import: {_first_line(exc)}"
            ) from exc
        except BaseException:
            if rejects is not None:
                rejects.discard()
            raise
    return ImportReport(
        path=path,
        kind=kind,
        read=job.read,
        inserted=job.inserted,
        updated=job.updated,
        unchanged=job.unchanged,
        rejected=job.bad_rows,
        rejects_path=rejects.publish() if rejects is not None else None,
    )


def _first_line(exc: DBAPIError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    return (text.strip().splitlines() or [exc.__class__.__name__])[0]


class _Job:
    """One file's import, chunk by chunk: validation, duplicates, writes, counts."""

    def __init__(self, layout: Layout, path: Path, rejects: Rejects | None) -> None:
        self.layout = layout
        self.spec = layout.spec
        self.columns = layout.columns
        self.path = path
        self.rejects = rejects
        self.read = self.inserted = self.updated = self.unchanged = 0
        self.bad_rows = 0
        self.problems: list[Problem] = []
        self.more_problems = 0
        self.now = int(time.time())
        self._identity = [self.columns.index(c) for c in self.spec.identity]
        self._duplicates = Duplicates(self.spec, self._chunks_before)
        self._empty_at_start = False
        self._bulk: store.SqliteBulkLoad | None = None
        self._bulk_decided = False
        self._expected_rows = 0
        self._client_ids: dict[str, int] = {}

    @property
    def writing(self) -> bool:
        """False once a bad row dooms the whole file: then only validate."""
        return self.rejects is not None or not self.bad_rows

    def start(self, conn: Connection) -> None:
        table = self.spec.table
        self._empty_at_start = conn.execute(select(table.c.id).limit(1)).first() is None
        self._duplicates.start(conn, table_empty=self._empty_at_start)

    def finish(self) -> None:
        if self._bulk is not None and self.writing:
            self._bulk.rebuild()
        self._duplicates.close()

    # -- a chunk: parse (no database), then apply

    def parse(self, records: list[list[str]], lines: Sequence[int]) -> Parsed:
        """Convert a chunk's cells, column by column; no database work."""
        if not self._expected_rows:
            self._expected_rows = expected_rows(self.path, records)
        return self.layout.parse(records, lines)

    def _chunks_before(self, line: int) -> Iterator[Parsed]:
        """The file's chunks again, parsed, up to the one starting on ``line``."""
        with open_csv(self.path) as (handle, _bom):
            reader = Reader(self.path, handle)
            reader.header()
            for records, lines in reader.chunks(CHUNK_ROWS):
                if lines[0] >= line:
                    break
                yield self.layout.parse(records, lines)

    def apply(self, conn: Connection, chunk: Parsed) -> None:
        """The checks that need the database, the writes, the bad rows' report."""
        problems = chunk.problems
        records = chunk.records
        skipped = {i for i in problems if not any(records[i])}  # rows of empty cells
        for i in skipped:
            del problems[i]
        self.read += len(records) - len(skipped)
        values = chunk.values
        if CLIENT_REF in values:
            values["client_id"] = self._resolve_clients(conn, values[CLIENT_REF], chunk.bad)
        self._duplicates.before_write(conn, chunk)
        excluded = skipped | problems.keys()
        if self.writing:
            rows = list(zip(*self._sources(values), strict=True))
            tags = values.get(TAGS)
            if excluded:
                rows = [r for i, r in enumerate(rows) if i not in excluded]
                if tags is not None:
                    tags = [t for i, t in enumerate(tags) if i not in excluded]
            self._write(conn, chunk, rows, tags)
        for i in sorted(problems):
            self._record_bad(chunk.lines[i], records[i], problems[i])

    def _sources(self, values: dict[str, list[Any]]) -> list[list[Any]]:
        """The converted columns, in the order of the DB columns written."""
        return [values["amount" if c == "amount_minor" else c] for c in self.columns]

    def _resolve_clients(
        self, conn: Connection, refs: list[str | None], bad: Callable[[int, str, str], None]
    ) -> list[int | None]:
        """client_external_id -> client id, through a bounded cache.

        Clients recur across chunks, and a look-up costs even SQLite's index
        more than a dict. The cache holds at most :data:`CLIENT_CACHE` entries,
        whatever the size of the file or of the table.
        """
        ids = self._client_ids
        resolved = list(map(ids.get, refs))  # type: ignore[arg-type]
        if None in resolved:
            missing = {r for r, i in zip(refs, resolved, strict=True) if i is None and r}
            if len(ids) + len(missing) > CLIENT_CACHE:
                ids.clear()
                missing = {r for r in refs if r}
            found = store.lookup(conn, clients_t, "external_id", ["id"], missing)
            for key, hit in found.items():
                ids[key] = hit[0]
            resolved = list(map(ids.get, refs))  # type: ignore[arg-type]
        if None in resolved:
            for i, (ref, client_id) in enumerate(zip(refs, resolved, strict=True)):
                if ref is not None and client_id is None:
                    bad(i, CLIENT_REF, f"no client with this external_id (got {shown(ref)})")
        return resolved

    def _record_bad(self, line: int, raw: list[str], problems: list[tuple[str, str]]) -> None:
        self.bad_rows += 1
        for column, reason in problems:
            if len(self.problems) < MAX_LISTED_PROBLEMS:
                self.problems.append(Problem(f"{self.path}:{line}: {column}", reason))
            else:
                self.more_problems += 1
        if self.rejects is not None:
            self.rejects.write(raw, line, "; ".join(f"{c}: {r}" for c, r in problems))

    def validation_error(self) -> ImportValidationError:
        problems = list(self.problems)
        if self.more_problems:
            problems.append(
                Problem(
                    str(self.path),
                    f"... and {self.more_problems} more problems "
                    f"(the first {MAX_LISTED_PROBLEMS} are listed)",
                )
            )
        rows = "row" if self.bad_rows == 1 else "rows"
        return ImportValidationError(
            f"{self.path}: {self.bad_rows} bad {rows} of {self.read}; nothing was imported "
            "(fix them, or use --skip-invalid to import the rest and write the bad rows "
            f"to {rejects_path(self.path).name})",
            problems,
        )

    # -- writing

    def _write(
        self,
        conn: Connection,
        chunk: Parsed,
        rows: list[tuple[Any, ...]],
        tags: list[Any] | None,
    ) -> None:
        if not rows:
            return
        table = self.spec.table
        if not self._bulk_decided:
            self._bulk_decided = True
            self._bulk = store.SqliteBulkLoad.maybe(conn, table, self._expected_rows)
        if self._duplicates.fast:
            self.inserted += self._duplicates.fast_insert(conn, table, self.columns, rows, chunk)
            return
        existing: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        if not self._empty_at_start:
            keys = {tuple(v[i] for i in self._identity) for v in rows}
            existing = store.lookup_rows(conn, table, self.spec.identity, self.columns, keys)
        if self.spec.name == "clients":
            self._write_clients(conn, rows, tags, existing)
        else:
            self._write_rows(conn, rows, existing)

    def _write_rows(
        self,
        conn: Connection,
        rows: list[tuple[Any, ...]],
        existing: dict[tuple[Any, ...], tuple[Any, ...]],
    ) -> None:
        """Orders, NPS answers, incidents: new rows inserted, changed ones updated."""
        identity = self._identity
        updates: list[tuple[int, tuple[Any, ...]]] = []
        if not existing:
            inserts = rows
        else:
            inserts = []
            for values in rows:
                old = existing.get(tuple(values[i] for i in identity))
                if old is None:
                    inserts.append(values)
                elif old[1:] != values:
                    updates.append((old[0], values))
                else:
                    self.unchanged += 1
        table = self.spec.table
        store.insert(conn, table, self.columns, inserts)
        store.update_rows(conn, table, self.columns, updates)
        self.inserted += len(inserts)
        self.updated += len(updates)

    def _write_clients(
        self,
        conn: Connection,
        rows: list[tuple[Any, ...]],
        tags: list[tuple[str, ...]] | None,
        existing: dict[tuple[Any, ...], tuple[Any, ...]],
    ) -> None:
        consent_at = [self.columns.index(c) for c in CONSENTS if c in self.columns]
        old_tags: dict[int, tuple[str, ...]] = {}
        if tags is not None and existing:
            old_tags = store.client_tags(conn, [old[0] for old in existing.values()])
        columns = (*self.columns, "consent_updated_at", "updated_at")
        inserts, updates = [], []
        new_tags: dict[str, tuple[str, ...]] = {}  # for inserted clients, by external_id
        retag: dict[int, tuple[str, ...]] = {}  # for updated clients, by id
        key_at = self._identity[0]
        for n, values in enumerate(rows):
            old = existing.get((values[key_at],))
            row_tags = tags[n] if tags is not None else ()
            if old is None:
                consented = any(values[i] is not None for i in consent_at)
                inserts.append((*values, self.now if consented else None, self.now))
                if row_tags:
                    new_tags[values[key_at]] = row_tags
                continue
            client_id, old_values, old_consent_at = old[0], old[1:-1], old[-1]
            tags_changed = tags is not None and old_tags.get(client_id, ()) != row_tags
            if old_values == values and not tags_changed:
                self.unchanged += 1
                continue
            consent_changed = any(values[i] != old_values[i] for i in consent_at)
            updates.append(
                (client_id, (*values, self.now if consent_changed else old_consent_at, self.now))
            )
            if tags_changed:
                retag[client_id] = row_tags
        store.insert(conn, clients_t, columns, inserts)
        store.update_rows(conn, clients_t, columns, updates)
        self.inserted += len(inserts)
        self.updated += len(updates)
        if new_tags:
            ids = store.lookup(conn, clients_t, "external_id", ["id"], set(new_tags))
            for external_id, some in new_tags.items():
                retag[ids[external_id][0]] = some
        if retag:
            store.replace_tags(conn, retag)
