"""Money: integer minor units (kopecks, cents) ↔ ``Decimal`` and text.

Amounts are stored and summed as integers in minor units, never as floats.
A currency's precision (``digits``: 2 for RUB and USD, 0 for JPY) says how
many minor units make a major one. Amounts read from the configuration and
from imported files are in units of two decimals today, whatever the
currency, so :data:`DIGITS` is the default; formatting for a message asks
the currency (:func:`currency_digits`).
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

DIGITS = 2  # decimals of the amounts winback reads (config, imported orders)


def to_minor(amount: Decimal, digits: int = DIGITS) -> int:
    """``Decimal("1500.50")`` → ``150050``; ValueError if finer than ``digits``."""
    minor = amount.scaleb(digits)
    if minor != minor.to_integral_value():
        raise ValueError(f"{amount} has more than {digits} decimal places")
    return int(minor)


def digits_to_minor(whole: str, fraction: str = "", digits: int = DIGITS) -> int:
    """The digits of a decimal amount, ``"1234"`` and ``"5"`` → ``123450``, exactly."""
    if len(fraction) > digits:
        raise ValueError(f"{whole}.{fraction} has more than {digits} decimal places")
    return int(whole) * 10**digits + int(fraction.ljust(digits, "0") or 0)


def from_minor(minor: int, digits: int = DIGITS) -> Decimal:
    """``150050`` → ``Decimal("1500.50")``, exactly."""
    return Decimal(minor).scaleb(-digits)


def minor_to_str(minor: int, digits: int = DIGITS) -> str:
    """``150050`` → ``"1500.50"``, ``-5`` → ``"-0.05"``: for CSV, JSON and tables."""
    if digits == 0:
        return str(minor)
    # By text, not divmod and a nested format spec: a preview of every lost
    # client writes hundreds of thousands.
    text = str(-minor if minor < 0 else minor).rjust(digits + 1, "0")
    return ("-" if minor < 0 else "") + text[:-digits] + "." + text[-digits:]


def is_whole(minor: int, digits: int = DIGITS) -> bool:
    """No fraction of a major unit (shown without ",00")."""
    return minor % 10**digits == 0


@lru_cache(maxsize=64)
def currency_digits(currency: str) -> int:
    """The currency's decimals per ISO 4217 / CLDR: RUB 2, JPY 0, BHD 3."""
    from babel.numbers import get_currency_precision  # Babel loads with the templates

    return int(get_currency_precision(currency))
