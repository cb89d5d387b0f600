"""``winback import``: clients, orders, NPS answers and incidents from CSV files.

How a file goes in:

* It is streamed in chunks of :data:`CHUNK_ROWS` rows, so memory stays flat
  whatever its size. Client ids and existing rows are looked up per chunk
  (batched ``IN`` lists of at most :data:`LOOKUP_BATCH` keys, well below the
  parameter limits of SQLite, PostgreSQL and MariaDB).
* The whole file is one transaction (``engine.begin()``; on SQLite that is
  ``BEGIN IMMEDIATE``). By default any bad row refuses the whole file, every
  bad row listed; with ``skip_invalid`` the good rows go in and the bad ones
  are written, with their reasons, to ``<stem>.rejects.csv`` beside the input.
* Rows are upserted by their natural key: ``external_id`` for clients and
  orders, (client, answered_at) for NPS answers, (client, kind, occurred_at)
  for incidents. Columns missing from the header are left as they are on
  update; an empty cell sets NULL. Re-importing a file changes nothing.
* A key repeated within the file is a bad row. The keys read so far, with
  their first line, live in a temporary table, not in memory.
* On SQLite, a load that is large compared with the table drops the table's
  plain (non-unique) indexes inside the transaction and builds them again
  before the commit: building an index sorts once, whereas a million inserts
  into a random-order index cost several times more. Readers are unaffected
  (WAL: they see the last committed schema) and a rollback restores the
  indexes. PostgreSQL and MariaDB keep their indexes (DDL there would lock
  the table against readers for the whole import).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import itertools
import operator
import os
import re
import time
import zoneinfo
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Engine,
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
from sqlalchemy.exc import DBAPIError

from winback import bulkload, fastcheck
from winback.config import Settings
from winback.errors import DatabaseError, ImportValidationError, Problem, UsageError
from winback.models import (
    INCIDENT_KINDS,
    MYSQL_TABLE,
    Client,
    ClientTag,
    Epoch,
    Incident,
    NpsAnswer,
    Order,
)
from winback.timeutil import Plausible

KINDS = ("clients", "orders", "nps", "incidents")
CHUNK_ROWS = 5000
LOOKUP_BATCH = 1000
CLIENT_CACHE = 200_000
MAX_LISTED_PROBLEMS = 100
# SQLite: drop and rebuild plain indexes when at least this many rows come in
# and they are at least as many as the table holds already.
BULK_MIN_ROWS = 50_000

clients_t: Table = Client.__table__  # type: ignore[assignment]
tags_t: Table = ClientTag.__table__  # type: ignore[assignment]
orders_t: Table = Order.__table__  # type: ignore[assignment]
nps_t: Table = NpsAnswer.__table__  # type: ignore[assignment]
incidents_t: Table = Incident.__table__  # type: ignore[assignment]

# Pseudo-columns: read from the file, but not stored as such.
CLIENT_REF = "client_external_id"  # resolved to client_id
TAGS = "tags"  # stored in client_tags
CONSENTS = ("email_consent", "sms_consent", "telegram_consent")


# ------------------------------------------------------------------ the report


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


# ------------------------------------------------------------------ converters
# Each takes a non-empty, stripped cell and returns the value to store, or
# raises ValueError with the reason (the caller adds the column and the value).


# C0 and C1 controls (tab, CR and LF among them), the line and paragraph
# separators, and the bidi embeddings, overrides and isolates. In an id or a
# name they would inject lines into outbox files and message bodies, or show
# a reader text in another order than it is stored.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# In free text: the same, but a line break is kept (as \n) and the rest become spaces.
_FREE_TEXT_CONTROL = re.compile(
    "\r\n?|[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def _refuse_controls(value: str) -> None:
    found = _CONTROL.search(value)
    if found is not None:
        raise ValueError(f"contains the control character U+{ord(found.group()):04X}")


def _newline_or_space(found: re.Match[str]) -> str:
    return "\n" if found.group().startswith("\r") else " "


def _text(max_len: int, *, free: bool = False) -> Callable[[str], str]:
    """Plain text up to ``max_len``; with ``free``, controls become spaces (and
    CR LF or CR a line feed) instead of refusing the value."""

    def convert(value: str) -> str:
        if free:
            value = _FREE_TEXT_CONTROL.sub(_newline_or_space, value)
        if len(value) > max_len:
            raise ValueError(f"longer than {max_len} characters ({len(value)})")
        if not free:
            _refuse_controls(value)
        return value

    return convert


_AMOUNT = re.compile(r"([0-9]{1,30})(?:\.([0-9]{1,2}))?")
# 10**12 major units an order: a client's whole history (a sum of BIGINT minor
# units, at most 2**63 - 1) then overflows only past some 92,000 such orders.
MAX_AMOUNT_MINOR = 10**12 * 100
_CURRENCY = re.compile(r"[A-Za-z]{3}")
_LOCALE = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8}){0,2}")
_CHAT_ID = re.compile(r"-?[0-9]{1,20}")
_SCORE = {str(n): n for n in range(11)}
_UTC_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_NAIVE_EPOCH = dt.datetime(1970, 1, 1)
_SECOND = dt.timedelta(seconds=1)
_TZINFO = operator.attrgetter("tzinfo")
_BOOLS = {
    "true": True,
    "1": True,
    "yes": True,
    "false": False,
    "0": False,
    "no": False,
}


def _amount(value: str) -> int:
    """Money as integer minor units, exactly: the digits are never a float."""
    match = _AMOUNT.fullmatch(value)
    if match is None:
        if value.startswith("-"):
            # orders.amount_minor is revenue: a negative "order" would count as
            # a purchase (recency, frequency) in every selection criterion.
            raise ValueError("negative amounts (refunds) are not accepted")
        if re.fullmatch(r"[0-9]+\.[0-9]{3,}", value):
            raise ValueError("more than two decimal places")
        if re.fullmatch(r"[0-9]+,[0-9]{1,2}", value):
            raise ValueError("use a dot as the decimal separator")
        raise ValueError("not an amount such as 1234.50 (digits, a dot, up to two decimals)")
    whole, frac = match.groups()
    minor = int(whole) * 100
    if frac is not None:
        minor += int(frac) * (10 if len(frac) == 1 else 1)
    if minor > MAX_AMOUNT_MINOR:
        raise ValueError(f"more than {MAX_AMOUNT_MINOR // 100:,}, the largest amount accepted")
    return minor


def _currency(value: str) -> str:
    if _CURRENCY.fullmatch(value) is None:
        raise ValueError("not a three-letter currency code such as RUB")
    return value.upper()


def _bool(value: str) -> bool:
    try:
        return _BOOLS[value.lower()]
    except KeyError:
        raise ValueError("not one of true/false, 1/0, yes/no") from None


def _score(value: str) -> int:
    try:
        return _SCORE[value]
    except KeyError:
        raise ValueError("not a whole number from 0 to 10") from None


def _incident_kind(value: str) -> str:
    kind = value.lower()
    if kind not in INCIDENT_KINDS:
        raise ValueError(f"not one of {', '.join(INCIDENT_KINDS)}")
    return kind


def _email(value: str) -> str:
    # imported here, as phonenumbers and babel below: only clients files need
    # them, and they cost a tenth of a second at start-up
    from email_validator import EmailNotValidError, validate_email

    try:
        normalized = validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(f"not a valid email address: {exc}") from None
    if len(normalized) > 320:
        raise ValueError("longer than 320 characters")
    return normalized


def _chat_id(value: str) -> str:
    if _CHAT_ID.fullmatch(value) is None:
        raise ValueError("not a Telegram chat id (an integer)")
    return value


def _tags(value: str) -> tuple[str, ...]:
    """``retail;vip`` -> ("retail", "vip"); a repeated tag counts once.

    Repeats are found ignoring case: MariaDB's default collation compares
    tags that way, so ``VIP;vip`` must be one tag on every database.
    """
    out: dict[str, str] = {}
    for part in value.split(";"):
        tag = part.strip()
        if not tag:
            continue
        if len(tag) > 64:
            raise ValueError(f"tag {tag[:20]!r}... is longer than 64 characters")
        _refuse_controls(tag)
        out.setdefault(tag.casefold(), tag)
    return tuple(sorted(out.values()))


class _Converters:
    """Converters that depend on the settings (or are worth a cache)."""

    def __init__(self, settings: Settings) -> None:
        self.tz = settings.tz
        self.region = settings.import_.default_region
        self.default_currency = settings.import_.default_currency
        self.plausible = Plausible.of(settings.import_)
        self._first, self._last = self.plausible.first, self.plausible.last
        self._zones: dict[str, str | None] = {}
        self._locales: dict[str, str | None] = {}

    def epoch(self, value: str) -> int:
        """ISO 8601 date or date-time -> Unix seconds; naive means local (settings.tz)."""
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(
                "not an ISO 8601 date or date-time "
                "(e.g. 2024-03-05, 2024-03-05 14:30, 2024-03-05T14:30:00+03:00)"
            ) from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=self.tz)
        seconds = (when - _UTC_EPOCH) // _SECOND
        problem = self.plausible.problem(seconds)
        if problem is not None:
            raise ValueError(problem)
        return seconds

    def epochs(self, column: list[str]) -> list[int] | None:
        """A column of all-naive or all-aware timestamps, the same as :meth:`epoch`
        cell by cell, but in chains of C-level ``map`` (no Python code a cell)."""
        try:
            parsed = list(map(dt.datetime.fromisoformat, column))
        except ValueError:
            return None
        zones = set(map(_TZINFO, parsed))
        if zones == {None}:
            # local wall time as seconds, minus the zone's offset at that time
            # (ZoneInfo.utcoffset of a naive time reads it as local, fold=0,
            # exactly like replace(tzinfo=...))
            wall = map(operator.sub, parsed, itertools.repeat(_NAIVE_EPOCH))
            utc = map(operator.sub, wall, map(self.tz.utcoffset, parsed))
            return self._plausible(list(map(operator.floordiv, utc, itertools.repeat(_SECOND))))
        if None not in zones:
            utc = map(operator.sub, parsed, itertools.repeat(_UTC_EPOCH))
            return self._plausible(list(map(operator.floordiv, utc, itertools.repeat(_SECOND))))
        return None

    def _plausible(self, seconds: list[int]) -> list[int] | None:
        """The column, or None when a date in it is out of range (:meth:`epoch` says why)."""
        if seconds and (min(seconds) < self._first or max(seconds) > self._last):
            return None
        return seconds

    def phone(self, value: str) -> str:
        import phonenumbers

        try:
            number = phonenumbers.parse(value, self.region)
        except phonenumbers.NumberParseException:
            raise ValueError("not a phone number") from None
        if not phonenumbers.is_possible_number(number):
            raise ValueError("not a possible phone number")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def timezone(self, value: str) -> str:
        if value not in self._zones:
            ok = len(value) <= 64 and "\x00" not in value
            try:
                ok = ok and bool(zoneinfo.ZoneInfo(value))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                ok = False
            self._zones[value] = value if ok else None
        zone = self._zones[value]
        if zone is None:
            raise ValueError("not an IANA time zone name (e.g. Europe/Moscow)")
        return zone

    def locale(self, value: str) -> str:
        from babel import Locale, UnknownLocaleError

        if value not in self._locales:
            name = None
            if _LOCALE.fullmatch(value):
                with contextlib.suppress(UnknownLocaleError, ValueError):
                    name = str(Locale.parse(value.replace("-", "_")))
            self._locales[value] = name if name is not None and len(name) <= 16 else None
        name = self._locales[value]
        if name is None:
            raise ValueError("not a known locale such as ru, en or en_GB")
        return name

    def currency_or_default(self, value: str) -> str:
        return _currency(value) if value else self.default_currency


# ------------------------------------------------------------------- the kinds


@dataclass(frozen=True)
class _Field:
    name: str  # the CSV column
    convert: Callable[[str], Any]
    required: bool = False
    # whether an empty cell goes through ``convert`` too (else it means NULL)
    convert_empty: bool = False
    # a whole column at once, or None when it cannot (then ``convert`` runs)
    fast: Callable[[list[str]], list[Any] | None] | None = None


def _text_field(name: str, max_len: int, *, required: bool = False, free: bool = False) -> _Field:
    convert = _text(max_len, free=free)
    special = _FREE_TEXT_CONTROL if free else _CONTROL

    def fast(column: list[str]) -> list[Any] | None:
        if not column or max(map(len, column)) > max_len or special.search("".join(column)):
            return None
        if "" not in column:
            return column
        return None if required else [v or None for v in column]

    return _Field(name, convert, required=required, fast=fast)


# Up to 12 whole digits: below MAX_AMOUNT_MINOR, so no cell needs checking.
_FAST_AMOUNTS = re.compile(r"[0-9]{1,12}\.[0-9][0-9](?:\n[0-9]{1,12}\.[0-9][0-9])*")


def _fast_amounts(column: list[str]) -> list[Any] | None:
    """The common case, every cell like 1234.50: checked by one regex in C."""
    if not column or _FAST_AMOUNTS.fullmatch("\n".join(column)) is None:
        return None
    return list(map(int, map(str.replace, column, itertools.repeat("."), itertools.repeat(""))))


@dataclass(frozen=True)
class _Kind:
    name: str
    table: Table
    fields: tuple[_Field, ...]
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


def _kinds(conv: _Converters) -> dict[str, _Kind]:
    external_id = _text_field("external_id", 64, required=True)
    client_ref = _text_field(CLIENT_REF, 64, required=True)
    return {
        "clients": _Kind(
            "clients",
            clients_t,
            (
                external_id,
                _text_field("name", 255),
                _Field("email", fastcheck.email(_email), fast=fastcheck.email_column),
                _Field("phone", fastcheck.phone(conv.region, conv.phone)),
                _Field("telegram_chat_id", _chat_id),
                _Field("timezone", conv.timezone),
                _Field("locale", conv.locale),
                _text_field("manager", 255),
                _Field(TAGS, _tags, convert_empty=True),
                _Field("email_consent", _bool),
                _Field("sms_consent", _bool),
                _Field("telegram_consent", _bool),
                _Field("created_at", conv.epoch, fast=conv.epochs),
            ),
            identity=("external_id",),
        ),
        "orders": _Kind(
            "orders",
            orders_t,
            (
                external_id,
                client_ref,
                _Field("placed_at", conv.epoch, required=True, fast=conv.epochs),
                _Field("amount", _amount, required=True, fast=_fast_amounts),
                _Field("currency", conv.currency_or_default, convert_empty=True),
                _text_field("category", 128),
                _text_field("promo_code", 32),
            ),
            identity=("external_id",),
            always=("currency",),
        ),
        "nps": _Kind(
            "nps",
            nps_t,
            (
                client_ref,
                _Field("score", _score, required=True),
                _Field("answered_at", conv.epoch, required=True, fast=conv.epochs),
                # TEXT: MariaDB's limit is 65,535 bytes; 16,383 characters fit
                # in it whatever the script (4 bytes a character at most).
                _text_field("comment", 16_383, free=True),
            ),
            identity=("client_id", "answered_at"),
        ),
        "incidents": _Kind(
            "incidents",
            incidents_t,
            (
                client_ref,
                _Field("kind", _incident_kind, required=True),
                _Field("occurred_at", conv.epoch, required=True, fast=conv.epochs),
                _text_field("outcome", 32),
                _text_field("reason", 255),
            ),
            identity=("client_id", "kind", "occurred_at"),
        ),
    }


# CSV column -> DB column, where they differ
_DB_COLUMN = {"amount": "amount_minor", CLIENT_REF: "client_id"}


def _shown(value: str) -> str:
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _convert_column(
    fld: _Field, column: list[str], bad: Callable[[int, str, str], None]
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
            reasons[value] = f"{exc} (got {_shown(value)})"
    if reasons:
        for i, value in enumerate(column):
            if value in reasons:
                bad(i, fld.name, reasons[value])
    return list(map(memo.__getitem__, column))


# ---------------------------------------------------------------------- entry


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
    conv = _Converters(settings)
    spec = _kinds(conv)[kind]
    with _open_csv(path) as (handle, bom):
        reader = _Reader(path, handle)
        header = reader.header()
        layout = _layout(path, spec, header)
        rejects = _Rejects(_rejects_path(path), header, bom) if skip_invalid else None
        job = _Job(spec, path, header, layout, rejects, conv)
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


def _rejects_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.rejects.csv")


def _first_line(exc: DBAPIError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    return (text.strip().splitlines() or [exc.__class__.__name__])[0]


# ---------------------------------------------------------------- reading CSV


@contextlib.contextmanager
def _open_csv(path: Path) -> Iterator[tuple[IO[str], bool]]:
    try:
        with path.open("rb") as probe:
            bom = probe.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
        # A bad byte reaches the reader as U+DC80..U+DCFF (surrogateescape), and
        # _Reader names its line: the decoder reads ahead of the CSV reader.
        handle = path.open("r", encoding="utf-8-sig", errors=_UNDECODABLE, newline="")
    except FileNotFoundError:
        raise UsageError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a folder, not a CSV file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        yield handle, bom


# What surrogateescape makes of a byte that is not UTF-8.
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
_UNDECODABLE = "winback-surrogateescape"


class _Undecodable:
    """surrogateescape that counts: while the decoder has met no bad byte (the
    common case), the reader need not look for one in what it reads."""

    seen = 0
    _escape = codecs.lookup_error("surrogateescape")

    @classmethod
    def handle(cls, exc: UnicodeError) -> tuple[str | bytes, int]:
        cls.seen += 1
        return cls._escape(exc)


codecs.register_error(_UNDECODABLE, _Undecodable.handle)


class _Reader:
    """CSV records in chunks, with the line each starts on; errors name the file."""

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._csv = csv.reader(handle, strict=True)
        self._undecodable_before = _Undecodable.seen

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except csv.Error as exc:
            raise UsageError(f"{self.path}:{self._csv.line_num}: malformed CSV: {exc}") from None

    def header(self) -> list[str]:
        with self._errors():
            for fields in self._csv:
                if any(fields):
                    self._check_utf8([fields], [self._csv.line_num - _breaks(",".join(fields))])
                    return [name.strip() for name in fields]
        raise UsageError(f"{self.path}: the file is empty; expected a header row")

    def chunks(self, size: int) -> Iterator[tuple[list[list[str]], Sequence[int]]]:
        """Lists of up to ``size`` records and the line each starts on.

        Blank lines are skipped. Usually a record is one line, and the lines
        are a range; a quoted field may span lines, then they are counted.
        """
        reader = self._csv
        while True:
            last = reader.line_num
            with self._errors():
                records = list(itertools.islice(reader, size))
            if not records:
                return
            lines: Sequence[int]
            if reader.line_num - last == len(records) and [] not in records:
                lines = range(last + 1, last + 1 + len(records))
            else:
                records, lines = _count_lines(records, last)
            if records:
                self._check_utf8(records, lines)
                yield records, lines

    def _check_utf8(self, records: list[list[str]], lines: Sequence[int]) -> None:
        """Refuse the file at its first byte that is not UTF-8, naming its line."""
        if _Undecodable.seen == self._undecodable_before:
            return
        text = "\x00".join(itertools.chain.from_iterable(records))
        if text.isascii() or _NOT_UTF8.search(text) is None:
            return
        for fields, line in zip(records, lines, strict=True):
            record = ",".join(fields)
            found = _NOT_UTF8.search(record)
            if found is not None:
                at = line + _breaks(record[: found.start()])
                raise UsageError(
                    f"{self.path}: not UTF-8 text on line {at} (byte "
                    f"0x{ord(found.group()) - 0xDC00:02X}); save it as CSV UTF-8"
                )


def _count_lines(records: list[list[str]], last: int) -> tuple[list[list[str]], list[int]]:
    """The records that are not blank lines, and the line each starts on."""
    kept, lines = [], []
    line = last + 1
    for fields in records:
        if fields:
            kept.append(fields)
            lines.append(line)
        line += 1 + _breaks(",".join(fields))
    return kept, lines


def _breaks(text: str) -> int:
    """The line breaks in a record's text: \r\n, \r or \n (read with newline="")."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _layout(path: Path, spec: _Kind, header: list[str]) -> list[tuple[int, _Field]]:
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


# ----------------------------------------------------------------- the import


@dataclass(slots=True)
class _Parsed:
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


class _Job:
    """One file's import, chunk by chunk: validation, duplicates, writes, counts.

    A chunk is handled column by column (a transposed list of records): each
    converter sees a column of a few thousand cells at once, so the Python
    work per row stays small.
    """

    def __init__(
        self,
        spec: _Kind,
        path: Path,
        header: list[str],
        layout: list[tuple[int, _Field]],
        rejects: _Rejects | None,
        conv: _Converters,
    ) -> None:
        self.spec = spec
        self.path = path
        self.width = len(header)
        self.layout = layout
        self.rejects = rejects
        self.present = {f.name for _, f in layout}
        self.read = self.inserted = self.updated = self.unchanged = 0
        self.bad_rows = 0
        self.problems: list[Problem] = []
        self.more_problems = 0
        self.now = int(time.time())
        # the DB columns this file writes (absent ones are left alone on update)
        columns = [_DB_COLUMN.get(f.name, f.name) for _, f in layout if f.name != TAGS]
        self._defaults = {c: conv.default_currency for c in spec.always if c not in columns}
        columns += list(self._defaults)
        self.columns = tuple(columns)
        self._identity = [self.columns.index(c) for c in spec.identity]
        self._seen: _SeenKeys | None = None
        self._empty_at_start = False
        self._bulk: _SqliteBulkLoad | None = None
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
        # The fast path for a first import into SQLite: the empty table's own
        # unique index refuses a repeated key (INSERT OR IGNORE, row counts
        # compared), so keys need no table of their own -- until a repeat or a
        # bad row turns up; then the file is read again up to there to fill it
        # (_fill_seen), once. Clients keep the table (their tags need exact ids).
        fast = self._empty_at_start and conn.dialect.name == "sqlite"
        if not fast or self.spec.name == "clients":
            self._seen = _SeenKeys(conn)

    def finish(self) -> None:
        if self._bulk is not None and self.writing:
            self._bulk.rebuild()
        if self._seen is not None:
            self._seen.drop()

    # -- a chunk: parse (no database), then apply

    def parse(self, records: list[list[str]], lines: Sequence[int]) -> _Parsed:
        """Convert a chunk's cells, column by column; no database work."""
        chunk = _Parsed(records, lines)
        rows = records
        if set(map(len, records)) != {self.width}:
            rows = list(records)
            for i, fields in enumerate(records):
                if len(fields) != self.width:
                    chunk.bad(i, "(row)", f"has {len(fields)} fields, the header has {self.width}")
                    chunk.misshaped.add(i)
                    rows[i] = [""] * self.width
        if not self._expected_rows:
            # the file's size over the first chunk's mean record length
            chars = sum(map(len, map(",".join, records))) + len(records)
            self._expected_rows = os.path.getsize(self.path) * len(records) // max(chars, 1)
        cells = list(zip(*rows, strict=True))
        values = chunk.values
        for index, fld in self.layout:
            column = list(map(str.strip, cells[index]))
            values[fld.name] = _convert_column(fld, column, chunk.bad)
        for name, default in self._defaults.items():
            values[name] = [default] * len(records)
        chunk.keys = self._file_keys(values)
        return chunk

    def apply(self, conn: Connection, chunk: _Parsed) -> None:
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
        if self._seen is None and (problems or self._repeats_within(chunk)):
            self._fill_seen(conn, chunk.lines[0])
        if self._seen is not None:
            self._check_duplicates(chunk)
        excluded = skipped | problems.keys()
        if self.writing and not excluded:
            self._write(
                conn, chunk, list(zip(*self._sources(values), strict=True)), values.get(TAGS)
            )
        elif self.writing:
            rows = [
                r
                for i, r in enumerate(zip(*self._sources(values), strict=True))
                if i not in excluded
            ]
            tags = values.get(TAGS)
            if tags is not None:
                tags = [t for i, t in enumerate(tags) if i not in excluded]
            self._write(conn, chunk, rows, tags)
        for i in sorted(problems):
            self._record_bad(chunk.lines[i], records[i], problems[i])

    def _sources(self, values: dict[str, list[Any]]) -> list[list[Any]]:
        """The converted columns, in the order of the DB columns written."""
        return [values["amount" if c == "amount_minor" else c] for c in self.columns]

    def _file_keys(self, values: dict[str, list[Any]]) -> list[str | None]:
        """Each row's identity within the file, for the duplicate check.

        Compared exactly, as every database compares them (MariaDB's tables
        use a binary collation: see models.MYSQL_TABLE).
        """
        if self.spec.name in ("clients", "orders"):
            keys = values["external_id"]
        else:
            parts = [values[CLIENT_REF], *(values[c] for c in self.spec.identity[1:])]
            keys = [
                None if None in key else "\x1f".join(map(str, key))
                for key in zip(*parts, strict=True)
            ]
        return keys

    @staticmethod
    def _first_lines(chunk: _Parsed) -> dict[str | None, int]:
        """key -> the first line it is on in this chunk (the reversed pairs let
        the first win); the None key stands for rows without one."""
        return dict(zip(reversed(chunk.keys), reversed(chunk.lines), strict=True))

    def _repeats_within(self, chunk: _Parsed) -> bool:
        first = self._first_lines(chunk)
        return len(first) - (None in first) < len(chunk.keys) - chunk.keys.count(None)

    def _check_duplicates(self, chunk: _Parsed) -> None:
        keys, lines = chunk.keys, chunk.lines
        first = self._first_lines(chunk)
        first.pop(None, None)
        assert self._seen is not None
        earlier = self._seen.check(first)  # type: ignore[arg-type]
        if not earlier and len(first) == len(keys) - keys.count(None):
            return
        for i, key in enumerate(keys):
            if key is not None:
                line = earlier.get(key) or first[key]
                if line != lines[i]:
                    chunk.bad(i, *self.spec.duplicate(line))

    def _fill_seen(self, conn: Connection, before: int) -> None:
        """Leave the fast path: read the file again up to line ``before`` and
        record its keys (every row up to there was good, and unique)."""
        self._seen = _SeenKeys(conn)
        with _open_csv(self.path) as (handle, _bom):
            reader = _Reader(self.path, handle)
            reader.header()
            for records, lines in reader.chunks(CHUNK_ROWS):
                if lines[0] >= before:
                    break
                first = self._first_lines(self.parse(records, lines))
                first.pop(None, None)
                self._seen.check(first)  # type: ignore[arg-type]

    def _resolve_clients(
        self, conn: Connection, refs: list[str | None], bad: Callable[[int, str, str], None]
    ) -> list[int | None]:
        """client_external_id -> client id, through a bounded cache.

        Clients recur across chunks; an indexed lookup costs SQLite about two
        microseconds a key. The cache holds at most :data:`CLIENT_CACHE`
        entries (some 25 MB), whatever the size of the file or of the table.
        """
        ids = self._client_ids
        resolved = list(map(ids.get, refs))  # type: ignore[arg-type]
        if None in resolved:
            missing = {r for r, i in zip(refs, resolved, strict=True) if i is None and r}
            if len(ids) + len(missing) > CLIENT_CACHE:
                ids.clear()
                missing = {r for r in refs if r}
            found = _lookup(conn, clients_t, "external_id", ["id"], missing)
            for key, hit in found.items():
                ids[key] = hit[0]
            resolved = list(map(ids.get, refs))  # type: ignore[arg-type]
        if None in resolved:
            for i, (ref, client_id) in enumerate(zip(refs, resolved, strict=True)):
                if ref is not None and client_id is None:
                    bad(i, CLIENT_REF, f"no client with this external_id (got {_shown(ref)})")
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
            f"to {_rejects_path(self.path).name})",
            problems,
        )

    # -- writing

    def _write(
        self,
        conn: Connection,
        chunk: _Parsed,
        rows: list[tuple[Any, ...]],
        tags: list[Any] | None,
    ) -> None:
        if not rows:
            return
        spec = self.spec
        table = spec.table
        if not self._bulk_decided:
            self._bulk_decided = True
            self._bulk = _SqliteBulkLoad.maybe(conn, table, self._expected_rows)
        if self._seen is None:  # the fast path: see start()
            inserted = _sqlite_insert(conn, table, self.columns, rows, "INSERT OR IGNORE")
            self.inserted += inserted
            if inserted < len(rows):  # keys of earlier chunks: find which, and their lines
                self._fill_seen(conn, chunk.lines[0])
                self._check_duplicates(chunk)
            return
        identity = self._identity
        existing: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        if not self._empty_at_start:
            keys = {tuple(v[i] for i in identity) for v in rows}
            existing = _lookup_rows(conn, table, spec.identity, self.columns, keys)
        if spec.name == "clients":
            self._write_clients(conn, rows, tags, existing)
            return
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
        _insert(conn, table, self.columns, inserts)
        _update(conn, table, self.columns, updates)
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
            old_tags = _client_tags(conn, [old[0] for old in existing.values()])
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
        _insert(conn, clients_t, columns, inserts)
        _update(conn, clients_t, columns, updates)
        self.inserted += len(inserts)
        self.updated += len(updates)
        if new_tags:
            ids = _lookup(conn, clients_t, "external_id", ["id"], set(new_tags))
            for external_id, some in new_tags.items():
                retag[ids[external_id][0]] = some
        if retag:
            _replace_tags(conn, retag)


# ------------------------------------------------------------- database steps


def _batches(items: Sequence[Any], size: int = LOOKUP_BATCH) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _raw(column: Column[Any]) -> Any:
    """The column as stored (Epoch columns as their integers)."""
    return type_coerce(column, BigInteger) if isinstance(column.type, Epoch) else column


def _lookup(
    conn: Connection, table: Table, key: str, wanted: Sequence[str], keys: set[str]
) -> dict[str, tuple[Any, ...]]:
    """Rows whose string column ``key`` is one of ``keys``: {key: (wanted...)}.

    Plain driver SQL: SQLAlchemy's expanding IN costs about a microsecond a
    value, and this runs for every row of a file. Values come back as stored
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
    for batch in _batches(asked):
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


def _lookup_rows(
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
        found = _lookup(conn, table, identity[0], names, {k[0] for k in keys})
        return {(k,): v for k, v in found.items()}
    wanted = [_raw(table.c[c]) for c in names]
    out = {}
    key_columns = [_raw(table.c[c]) for c in identity]
    stmt = select(*key_columns, *wanted).where(
        tuple_(*key_columns).in_(bindparam("keys", expanding=True))
    )
    for batch in _batches(list(keys), LOOKUP_BATCH // len(identity)):
        for row in conn.execute(stmt, {"keys": batch}).all():
            out[tuple(row[: len(identity)])] = tuple(row[len(identity) :])
    return out


def _client_tags(conn: Connection, client_ids: list[int]) -> dict[int, tuple[str, ...]]:
    tags: dict[int, list[str]] = {}
    stmt = select(tags_t.c.client_id, tags_t.c.tag).where(
        tags_t.c.client_id.in_(bindparam("ids", expanding=True))
    )
    for batch in _batches(sorted(client_ids)):
        for client_id, tag in conn.execute(stmt, {"ids": batch}).all():
            tags.setdefault(client_id, []).append(tag)
    return {k: tuple(sorted(v)) for k, v in tags.items()}


def _replace_tags(conn: Connection, tags: dict[int, tuple[str, ...]]) -> None:
    if conn.dialect.name in ("postgresql", "sqlite"):
        bulkload.delete_ids(conn, tags_t, "client_id", sorted(tags))
    else:
        for batch in _batches(sorted(tags)):
            conn.execute(delete(tags_t).where(tags_t.c.client_id.in_(batch)))
    rows = [(client_id, tag) for client_id, some in tags.items() for tag in some]
    _insert(conn, tags_t, ("client_id", "tag"), rows)


def _insert(
    conn: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        _sqlite_insert(conn, table, columns, rows)
        return
    bulkload.insert(conn, table, columns, rows)


def _sqlite_insert(
    conn: Connection,
    table: Table,
    columns: tuple[str, ...],
    rows: list[tuple[Any, ...]],
    verb: str = "INSERT",
) -> int:
    """Multi-row ``INSERT ... VALUES (...), (...)``: one statement per few hundred
    rows halves the cost of a plain executemany in Python's sqlite3. Returns
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


def _update(
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


class _SeenKeys:
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
            if _sqlite_insert(self.conn, table, ("k", "line"), rows, "INSERT OR IGNORE") == len(
                rows
            ):
                return {}
            found = _lookup(self.conn, table, "k", ["line"], set(first_lines))
            return {k: v[0] for k, v in found.items() if v[0] != first_lines[k]}
        found = _lookup(self.conn, table, "k", ["line"], set(first_lines))
        new = [(k, line) for k, line in first_lines.items() if k not in found]
        _insert(self.conn, table, ("k", "line"), new)
        return {k: v[0] for k, v in found.items()}


class _SqliteBulkLoad:
    """Plain indexes dropped for a large load into SQLite and rebuilt after."""

    def __init__(self, conn: Connection, indexes: list[tuple[str, str]]) -> None:
        self.conn = conn
        self.indexes = indexes
        for name, _sql in indexes:
            conn.exec_driver_sql(f'DROP INDEX "{name}"')

    @classmethod
    def maybe(cls, conn: Connection, table: Table, expected: int) -> _SqliteBulkLoad | None:
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


# ---------------------------------------------------------------- rejects file


@dataclass
class _Rejects:
    """``<stem>.rejects.csv``: written beside the input as the import goes,
    under a temporary name, and put in place only once the import committed."""

    path: Path
    header: list[str]
    bom: bool
    _handle: IO[str] | None = field(default=None, repr=False)
    _writer: Any = field(default=None, repr=False)

    @property
    def _partial(self) -> Path:
        return self.path.with_name(self.path.name + ".partial")

    def write(self, raw: list[str], line: int, reason: str) -> None:
        if self._handle is None:
            try:
                self._handle = self._partial.open(
                    "w", encoding="utf-8-sig" if self.bom else "utf-8", newline=""
                )
            except OSError as exc:
                raise UsageError(f"{self.path}: cannot write the rejects: {exc.strerror}") from None
            self._writer = csv.writer(self._handle)
            self._writer.writerow([*self.header, "line", "reason"])
        width = len(self.header)
        cells = (raw + [""] * width)[:width]
        self._writer.writerow([*cells, line, reason])

    def discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self._partial.unlink(missing_ok=True)

    def publish(self) -> Path | None:
        if self._handle is None:
            # nothing rejected: a rejects file of an earlier run would mislead
            self.path.unlink(missing_ok=True)
            return None
        self._handle.close()
        self._handle = None
        os.replace(self._partial, self.path)
        return self.path
