"""The report's arithmetic: money rounded half-even only when shown, the
uplift interval, too few, cost per incremental return."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest

from winback.reports.stats import Group, compare, cost_per_return, money


@pytest.mark.parametrize(
    ("value", "digits", "shown"),
    [
        (Fraction(1, 200), 2, "0.00"),  # 0.005: half to even, down
        (Fraction(3, 200), 2, "0.02"),  # 0.015: half to even, up
        (Fraction(-3, 200), 2, "-0.02"),
        (Fraction(1, 3), 2, "0.33"),
        (Decimal("7.5"), 0, "8"),  # JPY: no minor unit
        (Decimal("6.5"), 0, "6"),
        (Decimal("1.0005"), 3, "1.000"),
        (0, 2, "0.00"),
        (None, 2, None),
    ],
)
def test_money_rounds_half_even_when_shown(
    value: Fraction | Decimal | int | None, digits: int, shown: str | None
) -> None:
    assert money(value, digits) == shown


def test_interval_and_significance() -> None:
    # 45/100 vs 30/100: se = sqrt(0.45*0.55/100 + 0.3*0.7/100) = sqrt(0.004575)
    treatment, holdout = Group(closed=100, returned=45), Group(closed=100, returned=30)
    c = compare(treatment, holdout)
    se = math.sqrt(0.004575)
    assert c.value == Fraction(15, 100)
    assert c.low == pytest.approx(0.15 - 1.959964 * se) == pytest.approx(0.0174305, abs=1e-6)
    assert c.high == pytest.approx(0.2825695, abs=1e-6)
    assert c.significant and not c.too_few
    # 40/100 vs 30/100: the interval straddles 0
    c = compare(Group(closed=100, returned=40), holdout)
    assert c.low is not None and c.low < 0 < (c.high or 0) and not c.significant
    # a negative, significant uplift
    c = compare(Group(closed=100, returned=10), holdout)
    assert c.high is not None and c.high < 0 and c.significant


def test_too_few_still_gives_value_and_increments() -> None:
    c = compare(Group(closed=29, returned=10, revenue_minor=2900), Group(closed=40, returned=4))
    assert c.too_few and (c.low, c.high, c.significant) == (None, None, False)
    assert c.value == Fraction(10, 29) - Fraction(4, 40)
    assert c.incremental_returned == c.value * 29
    assert c.incremental_revenue_minor == 2900
    empty = compare(Group(), Group(closed=40, returned=4))
    assert (empty.value, empty.incremental_returned, empty.too_few) == (None, None, True)


def test_cost_per_incremental_return() -> None:
    assert cost_per_return(Decimal("143.20"), Fraction(18)) == Fraction(14320, 1800)
    assert cost_per_return(Decimal("10"), Fraction(0)) is None
    assert cost_per_return(Decimal("10"), Fraction(-1)) is None
    assert cost_per_return(None, Fraction(3)) is None
