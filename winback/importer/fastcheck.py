"""Shortcuts for the two costliest cell checks of a clients file, exact by construction.

``email_validator`` and ``phonenumbers`` are general parsers written in Python,
slow enough a cell to be most of a clients import (BENCHMARKS.md, "Import"). Most cells are plain, and for those the
answer can be known without them:

* an ASCII address of the common shape (dot-separated ``[A-Za-z0-9_+-]``
  words, ``@``, lower-case LDH labels, a letters-only top-level domain, no
  reserved name) is valid and ``email_validator`` returns it unchanged;
* a phone written with digits, spaces, parentheses and hyphens only, either
  ``+`` and a country code or in the national format of the default region,
  takes one path through ``phonenumbers.parse``, decided by the region's
  metadata (country code, international and national prefixes, possible
  lengths); the shortcut walks that path with the same metadata.

Each shortcut answers only when it is sure, and says ``None`` otherwise: then
the library itself decides, so every value is stored, and every bad value
refused with the message, exactly as before. tests/integration/test_import_bulk.py
compares both on many generated values.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

_LABEL = r"(?=[a-z0-9-]{1,63}\.)[a-z0-9]+(?:-[a-z0-9]+)*\."


def _plain_email() -> re.Pattern[str]:
    from email_validator import SPECIAL_USE_DOMAIN_NAMES
    from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES

    reserved = "|".join(map(re.escape, SPECIAL_USE_DOMAIN_NAMES))
    # local parts that email_validator lower-cases (RFC 2142)
    lowered = "|".join(map(re.escape, CASE_INSENSITIVE_MAILBOX_NAMES))
    return re.compile(
        r"(?=[^\n]{1,254}\Z)"  # email_validator's length limit
        rf"(?!(?i:{lowered})@)"
        r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@"
        rf"(?!(?:[^@]*\.)?(?:{reserved})\Z)"
        rf"(?:{_LABEL})+[a-z]{{2,63}}"
    )


class FastEmails:
    """``plain(value)``: True when ``value`` is a valid address that
    email_validator would return unchanged."""

    def __init__(self) -> None:
        self._pattern = _plain_email()

    def plain(self, value: str) -> bool:
        return self._pattern.fullmatch(value) is not None

    def column(self, values: list[str]) -> list[str | None] | None:
        """A whole column when every non-empty cell is plain, else None."""
        match = self._pattern.fullmatch
        if all(map(match, filter(None, values))):
            return [v or None for v in values]
        return None


_INTERNATIONAL = re.compile(r"\+[0-9 ()-]{0,40}[0-9]")
_NATIONAL = re.compile(r"\(?[0-9][0-9 ()-]{0,40}[0-9]")
_PUNCTUATION = str.maketrans("", "", " ()-")
_MAX_NSN = 17  # phonenumbers' _MAX_LENGTH_FOR_NSN
_MIN_NSN = 2


class _Rules:
    """What parsing needs of one region's metadata."""

    def __init__(self, metadata: Any) -> None:
        self.country_code = metadata.country_code
        desc = metadata.general_desc
        local = set(desc.possible_length_local_only or ())
        self.lengths = frozenset(n for n in desc.possible_length if n not in local and n > 0)
        self.pattern = re.compile(desc.national_number_pattern or r"(?!)")
        prefix = metadata.national_prefix_for_parsing
        self.national_prefix = re.compile(prefix) if prefix else None
        self.transform = bool(metadata.national_prefix_transform_rule)
        self.idd = re.compile(metadata.international_prefix or r"(?!)")


class FastPhones:
    """``e164(value)``: what ``parse`` + ``is_possible_number`` + E.164 formatting
    give for ``value``, or None where the shortcut is not sure (the caller then
    asks phonenumbers)."""

    def __init__(self, region: str) -> None:
        from phonenumbers import COUNTRY_CODE_TO_REGION_CODE
        from phonenumbers.phonemetadata import PhoneMetadata

        self._codes: dict[str, _Rules] = {}
        for code, regions in COUNTRY_CODE_TO_REGION_CODE.items():
            metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, regions[0])
            if metadata is not None:
                self._codes[str(code)] = _Rules(metadata)
        home = PhoneMetadata.metadata_for_region(region)
        self._home = _Rules(home) if home is not None else None
        # is_possible_number reads the main region of the country code
        self._home_main = self._codes.get(str(home.country_code)) if home is not None else None
        self._home_code = str(home.country_code) if home is not None else ""
        # lengths both read as possible, within parse's bounds
        self._home_lengths: frozenset[int] = frozenset()
        self._plain_prefix = False
        if self._home is not None and self._home_main is not None:
            self._home_lengths = frozenset(
                n for n in self._home.lengths & self._home_main.lengths if _MIN_NSN <= n <= _MAX_NSN
            )
            prefix = self._home.national_prefix
            self._plain_prefix = (
                prefix is not None and not prefix.groups and not self._home.transform
            )

    def e164(self, value: str) -> str | None:
        if value[0] == "+":
            if _INTERNATIONAL.fullmatch(value) is None:
                return None
            return self._international(value[1:].translate(_PUNCTUATION))
        if _NATIONAL.fullmatch(value) is None:
            return None
        return self._national(value.translate(_PUNCTUATION))

    def _international(self, digits: str) -> str | None:
        if digits[0] == "0":
            return None
        for size in (1, 2, 3):  # the shortest code that exists, as phonenumbers takes it
            rules = self._codes.get(digits[:size])
            if rules is not None:
                break
        else:
            return None
        national = digits[size:]
        if not _possible(national, rules) or _may_strip(national, rules):
            return None
        return "+" + digits

    def _national(self, digits: str) -> str | None:
        home, main = self._home, self._home_main
        if home is None or main is None or home.idd.match(digits):
            return None
        code = self._home_code
        if digits.startswith(code):  # might be the country code: phonenumbers guesses
            return None
        national = digits
        prefix = home.national_prefix.match(digits) if home.national_prefix else None
        if prefix is not None:
            if not self._plain_prefix:  # carrier codes, transform rules: not sure
                return None
            stripped = digits[prefix.end() :]
            if home.pattern.fullmatch(digits) and not home.pattern.fullmatch(stripped):
                return None
            national = stripped
        size = len(national)
        if size not in self._home_lengths or national[0] == "0":
            return None
        return "+" + code + national


def _possible(national: str, rules: _Rules) -> bool:
    """A possible length, within parse's bounds, without a leading zero (which
    E.164 formatting treats apart)."""
    return (
        _MIN_NSN <= len(national) <= _MAX_NSN
        and national[0] != "0"
        and len(national) in rules.lengths
    )


def _may_strip(national: str, rules: _Rules) -> bool:
    """Whether parse would try to strip a national prefix from this number."""
    return rules.national_prefix is not None and rules.national_prefix.match(national) is not None


@functools.cache
def _emails() -> FastEmails:
    return FastEmails()


@functools.cache
def _phones(region: str) -> FastPhones:
    return FastPhones(region)


def email_column(values: list[str]) -> list[str | None] | None:
    """A whole column of addresses when every non-empty one is plain, else None."""
    return _emails().column(values)


def email(slow: Callable[[str], str]) -> Callable[[str], str]:
    """``slow`` (email_validator), asked only for addresses that are not plain."""

    def convert(value: str) -> str:
        return value if _emails().plain(value) else slow(value)

    return convert


def phone(region: str, slow: Callable[[str], str]) -> Callable[[str], str]:
    """``slow`` (phonenumbers), asked only where the shortcut is not sure.

    The metadata is read on first use: only clients files have phones."""

    def convert(value: str) -> str:
        done = _phones(region).e164(value)
        return done if done is not None else slow(value)

    return convert
