"""What each kind of file holds, and a chunk of it parsed: no database.

A kind (clients, orders, nps, incidents) is its CSV columns, each with its
converters (winback/importer/cells.py), the table it fills and the columns
that identify a row. :class:`Layout` is one file's header read against its
kind; :meth:`Layout.parse` converts a chunk of records column by column (a
transposed list of records): each converter sees a column of a few thousand
cells at once, so the Python work per row stays small.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table

from winback.errors import ImportValidationError, Problem
from winback.importer import cells, fastcheck
from winback.models import Client, ClientTag, Incident, NpsAnswer, Order

KINDS = ("clients", "orders", "nps", "incidents")

clients_t: Table = Client.__table__  # type: ignore[assignment]
tags_t: Table = ClientTag.__table__  # type: ignore[assignment]
orders_t: Table = Order.__table__  # type: ignore[assignment]
nps_t: Table = NpsAnswer.__table__  # type: ignore[assignment]
incidents_t: Table = Incident.__table__  # type: ignore[assignment]

# Pseudo-columns: read from the file, but not stored as such.
CLIENT_REF = "client_external_id"  # resolved to client_id
TAGS = "tags"  # stored in client_tags
CONSENTS = ("email_consent", "sms_consent", "telegram_consent")
# CSV column -> DB column, where they differ
_DB_COLUMN = {"amount": "amount_minor", CLIENT_REF: "client_id"}


@dataclass(frozen=True)
class Field:
    name: str  # the CSV column
    convert: Callable[[str], Any]
    required: bool = False
    # whether an empty cell goes through ``convert`` too (else it means NULL)
    convert_empty: bool = False
    # a whole column at once, or None when it cannot (then ``convert`` runs)
    fast: Callable[[list[str]], list[Any] | None] | None = None


def _text_field(name: str, max_len: int, *, required: bool = False, free: bool = False) -> Field:
    return Field(
        name,
        cells.text(max_len, free=free),
        required=required,
        fast=cells.text_column(max_len, required=required, free=free),
    )


@dataclass(frozen=True)
class Kind:
    name: str
    table: Table
    fields: tuple[Field, ...]
    # DB columns that identify a row (a unique constraint in the schema)
    identity: tuple[str, ...]
    # DB columns always written, whether or not the file has them
    always: tuple[str, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    def duplicate(self, line: int) -> tuple[str, str]:
        """(column, reason) for a row whose key was first seen on ``line``."""
        if self.name in ("clients", "orders"):
            return "external_id", f"duplicate external_id, first seen on line {line}"
        if self.name == "nps":
            return "answered_at", f"duplicate answer (same client and answered_at as line {line})"
        return (
            "occurred_at",
            f"duplicate incident (same client, kind and occurred_at as line {line})",
        )


def kind_of(name: str, conv: cells.Converters) -> Kind:
    """The kind called ``name`` (one of :data:`KINDS`), its converters bound to ``conv``."""
    return {
        "clients": _clients,
        "orders": _orders,
        "nps": _nps,
        "incidents": _incidents,
    }[name](conv)


def _clients(conv: cells.Converters) -> Kind:
    fields = (
        _text_field("external_id", 64, required=True),
        _text_field("name", 255),
        Field("email", fastcheck.email(cells.email), fast=fastcheck.email_column),
        Field("phone", fastcheck.phone(conv.region, conv.phone)),
        Field("telegram_chat_id", cells.chat_id),
        Field("timezone", conv.timezone),
        Field("locale", conv.locale),
        _text_field("manager", 255),
        Field(TAGS, cells.tags, convert_empty=True),
        Field("email_consent", cells.boolean),
        Field("sms_consent", cells.boolean),
        Field("telegram_consent", cells.boolean),
        Field("created_at", conv.epoch, fast=conv.epochs),
    )
    return Kind("clients", clients_t, fields, identity=("external_id",))


def _orders(conv: cells.Converters) -> Kind:
    fields = (
        _text_field("external_id", 64, required=True),
        _text_field(CLIENT_REF, 64, required=True),
        Field("placed_at", conv.epoch, required=True, fast=conv.epochs),
        Field("amount", cells.amount, required=True, fast=cells.amount_column),
        Field("currency", conv.currency_or_default, convert_empty=True),
        _text_field("category", 128),
        _text_field("promo_code", 32),
    )
    return Kind("orders", orders_t, fields, identity=("external_id",), always=("currency",))


def _nps(conv: cells.Converters) -> Kind:
    fields = (
        _text_field(CLIENT_REF, 64, required=True),
        Field("score", cells.score, required=True),
        Field("answered_at", conv.epoch, required=True, fast=conv.epochs),
        # TEXT: MariaDB's limit is 65,535 bytes; 16,383 characters fit
        # in it whatever the script (4 bytes a character at most).
        _text_field("comment", 16_383, free=True),
    )
    return Kind("nps", nps_t, fields, identity=("client_id", "answered_at"))


def _incidents(conv: cells.Converters) -> Kind:
    fields = (
        _text_field(CLIENT_REF, 64, required=True),
        Field("kind", cells.incident_kind, required=True),
        Field("occurred_at", conv.epoch, required=True, fast=conv.epochs),
        _text_field("outcome", 32),
        _text_field("reason", 255),
    )
    return Kind("incidents", incidents_t, fields, identity=("client_id", "kind", "occurred_at"))


# ------------------------------------------------------------ a parsed chunk


@dataclass(slots=True)
class Parsed:
    """A chunk: its records, the line each starts on, converted columns, problems."""

    records: list[list[str]]
    lines: Sequence[int]
    values: dict[str, list[Any]] = field(default_factory=dict)
    keys: list[str | None] = field(default_factory=list)  # identity in the file
    problems: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    misshaped: set[int] = field(default_factory=set)  # wrong number of fields

    def bad(self, i: int, column: str, reason: str) -> None:
        if i not in self.misshaped:
            self.problems.setdefault(i, []).append((column, reason))

    def first_lines(self) -> dict[str | None, int]:
        """key -> the first line it is on in this chunk (the reversed pairs let
        the first win); the None key stands for rows without one."""
        return dict(zip(reversed(self.keys), reversed(self.lines), strict=True))


def shown(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _convert_column(
    fld: Field, column: list[str], bad: Callable[[int, str, str], None]
) -> list[Any]:
    """Convert one column of a chunk; each distinct value is converted once."""
    if fld.fast is not None:
        done = fld.fast(column)
        if done is not None:
            return done
    memo: dict[str, Any] = {}
    reasons: dict[str, str] = {}
    for value in set(column):
        memo[value] = None
        if not value and not fld.convert_empty:
            if fld.required:
                reasons[value] = "required value is missing"
            continue
        try:
            memo[value] = fld.convert(value)
        except ValueError as exc:
            reasons[value] = f"{exc} (got {shown(value)})"
    if reasons:
        for i, value in enumerate(column):
            if value in reasons:
                bad(i, fld.name, reasons[value])
    return list(map(memo.__getitem__, column))


# --------------------------------------------------------- a file's layout


@dataclass(frozen=True)
class Layout:
    """One file's header read against its kind."""

    spec: Kind
    width: int  # fields in the header
    fields: tuple[tuple[int, Field], ...]  # (index in the CSV row, field)
    # the DB columns this file writes (absent ones are left alone on update)
    columns: tuple[str, ...]
    defaults: dict[str, Any]  # DB columns always written, absent from the file

    @classmethod
    def of(cls, path: Path, spec: Kind, header: list[str], default_currency: str) -> Layout:
        """Raises :class:`ImportValidationError` for a bad header."""
        fields = _header_fields(path, spec, header)
        columns = [_DB_COLUMN.get(f.name, f.name) for _, f in fields if f.name != TAGS]
        defaults = {c: default_currency for c in spec.always if c not in columns}
        columns += list(defaults)
        return cls(spec, len(header), tuple(fields), tuple(columns), defaults)

    def parse(self, records: list[list[str]], lines: Sequence[int]) -> Parsed:
        """Convert a chunk's cells, column by column."""
        chunk = Parsed(records, lines)
        rows = records
        if set(map(len, records)) != {self.width}:
            rows = list(records)
            for i, fields in enumerate(records):
                if len(fields) != self.width:
                    chunk.bad(i, "(row)", f"has {len(fields)} fields, the header has {self.width}")
                    chunk.misshaped.add(i)
                    rows[i] = [""] * self.width
        columns = list(zip(*rows, strict=True))
        values = chunk.values
        for index, fld in self.fields:
            column = list(map(str.strip, columns[index]))
            values[fld.name] = _convert_column(fld, column, chunk.bad)
        for name, default in self.defaults.items():
            values[name] = [default] * len(records)
        chunk.keys = self._file_keys(values)
        return chunk

    def _file_keys(self, values: dict[str, list[Any]]) -> list[str | None]:
        """Each row's identity within the file, for the duplicate check.

        Compared exactly, as every database compares them (MariaDB's tables
        use a binary collation: see models.MYSQL_TABLE).
        """
        if self.spec.name in ("clients", "orders"):
            return values["external_id"]
        parts = [values[CLIENT_REF], *(values[c] for c in self.spec.identity[1:])]
        return [
            None if None in key else "\x1f".join(map(str, key)) for key in zip(*parts, strict=True)
        ]


def expected_rows(path: Path, records: list[list[str]]) -> int:
    """About how many records the file holds: its size over the mean record
    length of ``records`` (the first chunk)."""
    chars = sum(map(len, map(",".join, records))) + len(records)
    return os.path.getsize(path) * len(records) // max(chars, 1)


def _header_fields(path: Path, spec: Kind, header: list[str]) -> list[tuple[int, Field]]:
    """(index in the CSV row, field) for each column of the header."""
    by_name = {f.name: f for f in spec.fields}
    problems = []
    seen: dict[str, int] = {}
    for i, name in enumerate(header):
        if name in seen:
            problems.append(Problem(f"{path}:1: {name}", "column appears twice in the header"))
        elif name not in by_name:
            hint = f"the columns of {spec.name} files are: {', '.join(spec.column_names)}"
            if len(header) == 1 and (";" in name or "\t" in name):
                hint = "the file does not look comma-separated; " + hint
            problems.append(Problem(f"{path}:1: {name or '(empty)'}", f"unknown column; {hint}"))
        seen.setdefault(name, i)
    for name in spec.required():
        if name not in seen:
            problems.append(Problem(f"{path}:1: {name}", "required column is missing"))
    if problems:
        raise ImportValidationError(f"{path}: bad header; nothing was imported", problems)
    return [(seen[f.name], f) for f in spec.fields if f.name in seen]
