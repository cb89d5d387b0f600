"""The report's arithmetic, without a database: a group's counts, the uplift
with its interval, the incremental figures, and money as shown.

Money is exact until shown: sums of integer minor units, ratios as
``Fraction``, costs as ``Decimal``; :func:`money` rounds half-even to the
currency's minor unit once, for the JSON, CSV and table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from winback.money import DIGITS

Z95 = 1.959964  # the normal quantile of 0.975: a 95% two-sided interval
MIN_CLOSED = 30  # fewer closed assignments in a group: too few for an interval


def money(value: Fraction | Decimal | int | None, currency_digits: int) -> str | None:
    """An amount in major units as an exact decimal string, rounded half-even
    to ``currency_digits`` decimals: ``Fraction(1, 3)`` → ``"0.33"``."""
    if value is None:
        return None
    scaled = round(Fraction(value) * 10**currency_digits)  # round() on a Fraction: half-even
    return f"{Decimal(scaled).scaleb(-currency_digits):.{currency_digits}f}"


def major(minor: int | Fraction) -> Fraction:
    """Minor units (as stored) → major units, exactly."""
    return Fraction(minor) / 10**DIGITS


@dataclass
class Group:
    """One group (treatment or holdout) of one campaign, or of one breakdown row."""

    assigned: int = 0
    contacted: int = 0
    closed: int = 0
    returned: int = 0  # closed assignments that returned
    revenue_minor: int = 0  # their returned revenue

    @property
    def rate(self) -> Fraction | None:
        return Fraction(self.returned, self.closed) if self.closed else None

    def as_dict(self, digits: int) -> dict[str, Any]:
        rate = self.rate
        return {
            "assigned": self.assigned,
            "contacted": self.contacted,
            "closed": self.closed,
            "returned": self.returned,
            "return_rate": None if rate is None else float(rate),
            "revenue": money(major(self.revenue_minor), digits),
        }


@dataclass(frozen=True)
class Comparison:
    """Treatment against holdout: the uplift, its interval and what it adds up to."""

    value: Fraction | None
    low: float | None
    high: float | None
    significant: bool
    too_few: bool
    incremental_returned: Fraction | None
    incremental_revenue_minor: Fraction | None

    def uplift(self) -> dict[str, Any]:
        return {
            "value": None if self.value is None else float(self.value),
            "low": self.low,
            "high": self.high,
            "significant": self.significant,
            "too_few": self.too_few,
        }


def compare(treatment: Group, holdout: Group) -> Comparison:
    """Uplift = p₁ − p₂ with the two-proportion normal interval
    (p ± z·√(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂)); n are the closed counts."""
    n1, n2 = treatment.closed, holdout.closed
    too_few = n1 < MIN_CLOSED or n2 < MIN_CLOSED
    p1, p2 = treatment.rate, holdout.rate
    if p1 is None or p2 is None:
        return Comparison(None, None, None, False, too_few, None, None)
    value = p1 - p2
    inc_returned = value * n1
    inc_revenue = (Fraction(treatment.revenue_minor, n1) - Fraction(holdout.revenue_minor, n2)) * n1
    low = high = None
    significant = False
    if not too_few:
        se = math.sqrt(float(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2))
        low, high = float(value) - Z95 * se, float(value) + Z95 * se
        significant = low > 0 or high < 0
    return Comparison(value, low, high, significant, too_few, inc_returned, inc_revenue)


def comparison_dict(comparison: Comparison, digits: int) -> dict[str, Any]:
    inc = comparison.incremental_returned
    revenue = comparison.incremental_revenue_minor
    return {
        "uplift": comparison.uplift(),
        "incremental_returned": None if inc is None else float(inc),
        "incremental_revenue": None if revenue is None else money(major(revenue), digits),
    }


def cost_per_return(cost: Decimal | None, incremental: Fraction | None) -> Fraction | None:
    """Cost ÷ incremental returned clients; None when there is no cost or
    nothing incremental (≤ 0)."""
    if cost is None or incremental is None or incremental <= 0:
        return None
    return Fraction(cost) / incremental
