"""Cell parsing: one CSV cell (or a whole column of them) to the value stored.

Pure functions, no database. Each converter takes a non-empty, stripped cell
and returns the value to store, or raises ``ValueError`` with the reason (the
caller adds the column and the value). The column converters (``*_column``)
do a whole column at once in C-level ``map`` and regex calls, and say
``None`` when they cannot: then the cell converter runs cell by cell and
names every bad one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import operator
import re
import zoneinfo
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from winback.models import INCIDENT_KINDS
from winback.money import digits_to_minor
from winback.timeutil import Plausible

if TYPE_CHECKING:
    from winback.config import Settings

# C0 and C1 controls (tab, CR and LF among them), the line and paragraph
# separators, and the bidi embeddings, overrides and isolates. In an id or a
# name they would inject lines into outbox files and message bodies, or show
# a reader text in another order than it is stored.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# In free text: the same, but a line break is kept (as \n) and the rest become spaces.
_FREE_TEXT_CONTROL = re.compile(
    "\r\n?|[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)

_AMOUNT = re.compile(r"([0-9]{1,30})(?:\.([0-9]{1,2}))?")
# 10**12 major units an order: a client's whole history (a sum of BIGINT minor
# units, at most 2**63 - 1) then overflows only past some 92,000 such orders.
MAX_AMOUNT = 10**12
MAX_AMOUNT_MINOR = digits_to_minor(str(MAX_AMOUNT))
# Up to 12 whole digits and two decimals (money.DIGITS): below MAX_AMOUNT_MINOR,
# so no cell needs checking, and dropping the dot gives the minor units.
_FAST_AMOUNTS = re.compile(r"[0-9]{1,12}\.[0-9][0-9](?:\n[0-9]{1,12}\.[0-9][0-9])*")
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


# ------------------------------------------------------------------ text


def refuse_controls(value: str) -> None:
    found = _CONTROL.search(value)
    if found is not None:
        raise ValueError(f"contains the control character U+{ord(found.group()):04X}")


def _newline_or_space(found: re.Match[str]) -> str:
    return "\n" if found.group().startswith("\r") else " "


def text(max_len: int, *, free: bool = False) -> Callable[[str], str]:
    """Plain text up to ``max_len``; with ``free``, controls become spaces (and
    CR LF or CR a line feed) instead of refusing the value."""

    def convert(value: str) -> str:
        if free:
            value = _FREE_TEXT_CONTROL.sub(_newline_or_space, value)
        if len(value) > max_len:
            raise ValueError(f"longer than {max_len} characters ({len(value)})")
        if not free:
            refuse_controls(value)
        return value

    return convert


def text_column(
    max_len: int, *, required: bool = False, free: bool = False
) -> Callable[[list[str]], list[Any] | None]:
    """A column of :func:`text` cells, when none is too long, has a control
    character or (if ``required``) is empty; empty cells become None."""
    special = _FREE_TEXT_CONTROL if free else _CONTROL

    def fast(column: list[str]) -> list[Any] | None:
        if not column or max(map(len, column)) > max_len or special.search("".join(column)):
            return None
        if "" not in column:
            return column
        return None if required else [v or None for v in column]

    return fast


def tags(value: str) -> tuple[str, ...]:
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
        refuse_controls(tag)
        out.setdefault(tag.casefold(), tag)
    return tuple(sorted(out.values()))


# ------------------------------------------------------------------ money


def amount(value: str) -> int:
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
    minor = digits_to_minor(whole, frac or "")
    if minor > MAX_AMOUNT_MINOR:
        raise ValueError(f"more than {MAX_AMOUNT:,}, the largest amount accepted")
    return minor


def amount_column(column: list[str]) -> list[Any] | None:
    """The common case, every cell like 1234.50: checked by one regex in C."""
    if not column or _FAST_AMOUNTS.fullmatch("\n".join(column)) is None:
        return None
    return list(map(int, map(str.replace, column, itertools.repeat("."), itertools.repeat(""))))


def currency(value: str) -> str:
    if _CURRENCY.fullmatch(value) is None:
        raise ValueError("not a three-letter currency code such as RUB")
    return value.upper()


# ------------------------------------------------------------ small values


def boolean(value: str) -> bool:
    try:
        return _BOOLS[value.lower()]
    except KeyError:
        raise ValueError("not one of true/false, 1/0, yes/no") from None


def score(value: str) -> int:
    try:
        return _SCORE[value]
    except KeyError:
        raise ValueError("not a whole number from 0 to 10") from None


def incident_kind(value: str) -> str:
    kind = value.lower()
    if kind not in INCIDENT_KINDS:
        raise ValueError(f"not one of {', '.join(INCIDENT_KINDS)}")
    return kind


# ---------------------------------------------------------------- contacts


def email(value: str) -> str:
    # imported here, as phonenumbers and babel below: only clients files need
    # them, and they slow every start-up
    from email_validator import EmailNotValidError, validate_email

    try:
        normalized = validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(f"not a valid email address: {exc}") from None
    if len(normalized) > 320:
        raise ValueError("longer than 320 characters")
    return normalized


def phone(value: str, region: str) -> str:
    """E.164; a number without a country code is read as one of ``region``."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise ValueError("not a phone number") from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError("not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def chat_id(value: str) -> str:
    if _CHAT_ID.fullmatch(value) is None:
        raise ValueError("not a Telegram chat id (an integer)")
    return value


# ------------------------------------------------- converters of the settings


class Converters:
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
        return phone(value, self.region)

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
        return currency(value) if value else self.default_currency
