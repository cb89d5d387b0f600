"""BG/NBD validated on the real CDNOW sample (issue 15's tests 1, 3 and 4):
the published estimates, the 78-week forecast against what the customers
actually bought, and P(alive) against its closed form computed by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from tests import cdnow
from winback.model import bgnbd

WEEK = 7


@pytest.fixture(scope="module")
def fitted() -> bgnbd.FitResult:
    rows = cdnow.summary_rows()
    _ids, x, t_x, T = zip(*rows, strict=True)
    return bgnbd.fit(bgnbd.summarise(x, t_x, T))


def test_fitting_the_summary_reproduces_the_published_estimates(fitted: bgnbd.FitResult) -> None:
    assert fitted.clients == cdnow.CUSTOMERS
    got = fitted.params
    for name, published in cdnow.PUBLISHED.items():
        assert getattr(got, name) == pytest.approx(published, rel=0.01), name
    assert fitted.log_likelihood == pytest.approx(cdnow.PUBLISHED_LL, abs=0.1)


def test_the_78_week_forecast_matches_the_actual_repeat_purchases(
    fitted: bgnbd.FitResult,
) -> None:
    """E[X(t)] summed over the customers, each from their own first purchase to
    the end of week 78, against their repeat purchase days in that time."""
    days = cdnow.purchase_days()
    assert len(days) == cdnow.CUSTOMERS
    end = (cdnow.END - cdnow.START).days + 1  # 546 days: 78 weeks
    assert end == 78 * WEEK
    first = np.array([d[0] for d in days.values()], dtype=float)
    expected = float(bgnbd.expected_repeat_purchases(fitted.params, (end - first) / WEEK).sum())
    actual = sum(len([d for d in ds if d < end]) - 1 for ds in days.values())
    assert actual == 4339  # the data, read independently (sample README)
    assert expected == pytest.approx(actual, rel=0.05)


def test_the_conditional_forecast_of_weeks_40_to_78(fitted: bgnbd.FitResult) -> None:
    """E[Y(39 weeks) | x, t_x, T] at the end of week 39, summed over the
    customers, against their purchase days in weeks 40-78.

    Tolerance 15%: the model under-forecasts this holdout (1,653 expected
    purchase days for 1,882 actual, -12%). That is the shortfall the
    unconditional test sees over the 78 weeks (4,166 for 4,339: 173 fewer),
    and it lies mostly in weeks 40-78, since the fit matches the first 39
    weeks (E[X] to the end of week 39 sums to 2,502 for 2,457 actual,
    +1.8%): the gap is the model's on this data, not noise in this test.
    15% bounds it while still catching a unit error (the horizon in days
    instead of weeks gives 6,616). The summary's T and t_x themselves are
    checked exactly against the published file elsewhere."""
    days = cdnow.purchase_days()
    cal = (cdnow.CALIBRATION_END - cdnow.START).days  # day 272 (its purchases are in)
    end = (cdnow.END - cdnow.START).days  # day 545
    x, t_x, T, holdout = [], [], [], 0
    for ds in days.values():
        before = [d for d in ds if d <= cal]
        x.append(len(before) - 1)
        t_x.append((before[-1] - before[0]) / WEEK)
        T.append((cal - before[0]) / WEEK)
        holdout += len([d for d in ds if cal < d <= end])
    horizon = (end - cal) / WEEK
    assert horizon == 39
    expected = float(bgnbd.expected_purchases(fitted.params, horizon, x, t_x, T).sum())
    assert holdout == 1882
    assert expected == pytest.approx(holdout, rel=0.15)
    # and the published summary gives the same forecast (its times are rounded)
    _ids, sx, st_x, sT = zip(*cdnow.summary_rows(), strict=True)
    from_summary = float(bgnbd.expected_purchases(fitted.params, horizon, sx, st_x, sT).sum())
    assert from_summary == pytest.approx(expected, rel=1e-3)


def _p_alive_by_hand(
    r: float, alpha: float, a: float, b: float, x: int, t_x: float, T: float
) -> float:
    """Fader, Hardie & Lee (2005), equation (11), written out."""
    if x == 0:
        return 1.0
    return 1.0 / (1.0 + (a / (b + x - 1)) * ((alpha + T) / (alpha + t_x)) ** (r + x))


PUBLISHED = bgnbd.Params(**cdnow.PUBLISHED)


@pytest.mark.parametrize(
    ("x", "t_x", "T", "by_hand"),
    [
        # 1 / (1 + 0.7929/2.4258 * (43.2735/34.4135)^1.2426) = 1 / (1 + 0.32686 * 1.32932)
        (1, 30.0, 38.86, 0.6971),
        # 1 / (1 + 0.7929/3.4258 * (43.2735/6.4135)^2.2426) = 1 / (1 + 0.23145 * 72.3436)
        (2, 2.0, 38.86, 0.0564),
        # 1 / (1 + 0.7929/6.4258 * (24.4135/23.4135)^5.2426) = 1 / (1 + 0.12339 * 1.24516)
        (5, 19.0, 20.0, 0.8668),
    ],
)
def test_p_alive_matches_the_closed_form(x: int, t_x: float, T: float, by_hand: float) -> None:
    p = PUBLISHED
    formula = _p_alive_by_hand(p.r, p.alpha, p.a, p.b, x, t_x, T)
    assert formula == pytest.approx(by_hand, abs=5e-5)  # the hand arithmetic above
    assert float(bgnbd.p_alive(p, x, t_x, T)[0]) == pytest.approx(formula, rel=1e-12)


def test_p_alive_is_one_without_repeat_purchases_and_falls_with_recency() -> None:
    p = PUBLISHED
    assert np.all(bgnbd.p_alive(p, [0, 0, 0], [0.0, 0.0, 0.0], [0.5, 38.86, 500.0]) == 1.0)
    for x in (1, 3, 10):
        # the same frequency and age, the last purchase ever longer ago
        t_x = np.linspace(38.0, 0.5, 40)
        alive = bgnbd.p_alive(p, np.full(40, x), t_x, np.full(40, 38.86))
        assert np.all(np.diff(alive) < 0), x
        assert 0.0 < alive[-1] < alive[0] <= 1.0
    assert math.isclose(float(bgnbd.p_alive(p, 1, 38.86, 38.86)[0]), 1 / (1 + 0.7929 / 2.4258))
