"""winback.money: minor units ↔ Decimal and text, exactly, at a currency's precision."""

from __future__ import annotations

from decimal import Decimal

import pytest

from winback.money import (
    currency_digits,
    digits_to_minor,
    from_minor,
    is_whole,
    minor_to_str,
    to_minor,
)


@pytest.mark.parametrize(
    ("amount", "digits", "minor"),
    [
        (Decimal("1500.50"), 2, 150_050),
        (Decimal("1500"), 2, 150_000),
        (Decimal("0.05"), 2, 5),
        (Decimal("0.1"), 2, 10),
        (Decimal("1500"), 0, 1500),
        (Decimal("1.234"), 3, 1234),
        (Decimal("-12.30"), 2, -1230),
        (Decimal("1E+3"), 2, 100_000),
    ],
)
def test_to_minor_and_back(amount: Decimal, digits: int, minor: int) -> None:
    assert to_minor(amount, digits) == minor
    assert from_minor(minor, digits) == amount


def test_two_decimals_by_default() -> None:
    assert to_minor(Decimal("500")) == 50_000
    assert from_minor(50_001) == Decimal("500.01")
    assert str(from_minor(50_000)) == "500.00"


def test_finer_than_the_precision_is_refused() -> None:
    with pytest.raises(ValueError, match="more than 2 decimal places"):
        to_minor(Decimal("0.005"))
    with pytest.raises(ValueError, match="more than 0 decimal places"):
        to_minor(Decimal("1.5"), 0)


def test_to_minor_is_exact_for_large_amounts() -> None:
    big = Decimal("123456789012345678.99")
    assert to_minor(big) == 12_345_678_901_234_567_899


@pytest.mark.parametrize(
    ("minor", "digits", "text"),
    [
        (150_050, 2, "1500.50"),
        (150_000, 2, "1500.00"),
        (5, 2, "0.05"),
        (0, 2, "0.00"),
        (-5, 2, "-0.05"),
        (-150_050, 2, "-1500.50"),
        (1500, 0, "1500"),
        (-1500, 0, "-1500"),
        (1234, 3, "1.234"),
        (7, 3, "0.007"),
    ],
)
def test_minor_to_str(minor: int, digits: int, text: str) -> None:
    assert minor_to_str(minor, digits) == text
    assert Decimal(text) == from_minor(minor, digits)


def test_is_whole() -> None:
    assert is_whole(150_000)
    assert not is_whole(150_050)
    assert is_whole(1501, 0)


def test_currency_digits() -> None:
    assert currency_digits("RUB") == 2
    assert currency_digits("USD") == 2
    assert currency_digits("JPY") == 0
    assert currency_digits("BHD") == 3


@pytest.mark.parametrize(
    ("whole", "fraction", "digits", "minor"),
    [
        ("1234", "50", 2, 123_450),
        ("1234", "5", 2, 123_450),
        ("1234", "", 2, 123_400),
        ("000", "05", 2, 5),
        ("1500", "", 0, 1500),
        ("1", "2", 3, 1200),
    ],
)
def test_digits_to_minor(whole: str, fraction: str, digits: int, minor: int) -> None:
    assert digits_to_minor(whole, fraction, digits) == minor


def test_digits_finer_than_the_precision_are_refused() -> None:
    with pytest.raises(ValueError, match="more than 2 decimal places"):
        digits_to_minor("1", "005")
