"""The calibration table's binning and sums, on arrays worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from winback.model.calibration import bin_index, bin_rows, totals
from winback.reports.calibration import bin_labels, model_line


def test_bins_are_half_open_and_the_last_takes_one() -> None:
    p = np.array([0.0, 0.0999, 0.1, 0.3, 0.5, 0.7, 0.9999, 1.0])
    assert bin_index(p, 10).tolist() == [0, 0, 1, 3, 5, 7, 9, 9]
    assert bin_index(p, 1).tolist() == [0] * 8
    assert bin_index(p, 4).tolist() == [0, 0, 0, 1, 2, 2, 3, 3]


def test_rows_means_and_shares() -> None:
    p = np.array([0.1, 0.2, 0.9, 1.0, 1.0])
    expected = np.array([0.5, 1.5, 2.0, 0.0, 4.0])
    actual = np.array([0.0, 3.0, 1.0, 0.0, 0.0])
    rows = bin_rows(p, expected, actual, 2)
    assert rows == [
        {
            "low": 0.0,
            "high": 0.5,
            "clients": 2,
            "ordered": 1,
            "ordered_share": 0.5,
            "mean_p_alive": pytest.approx(0.15),
            "mean_expected_purchases": 1.0,
            "mean_purchase_days": 1.5,
        },
        {
            "low": 0.5,
            "high": 1.0,
            "clients": 3,
            "ordered": 1,
            "ordered_share": pytest.approx(1 / 3),
            "mean_p_alive": pytest.approx(2.9 / 3),
            "mean_expected_purchases": 2.0,
            "mean_purchase_days": pytest.approx(1 / 3),
        },
    ]
    empty = bin_rows(p, expected, actual, 4)[1]  # [0.25, 0.5): nobody
    assert empty["clients"] == 0 and empty["ordered"] == 0
    assert empty["ordered_share"] is None and empty["mean_p_alive"] is None
    assert totals(p, expected, actual) == {
        "clients": 5,
        "mean_p_alive": pytest.approx(0.64),
        "expected_purchases": 8.0,
        "purchase_days": 4,
        "ordered": 2,
        "ordered_share": 0.4,
    }
    assert bin_labels(rows) == ["[0.00, 0.50)", "[0.50, 1.00]"]


def test_the_model_line_names_the_fit_and_parameters_at_their_bound() -> None:
    params = {"r": 1.335, "alpha": 9.518, "a": 162_754.8, "b": 162_754.8 * 30}
    model = {"unit": "weeks", "clients": 520_583, **params}
    section = {"as_of": "2023-12-31T00:00:00+00:00"}
    fitted = {**model, "source": "fitted", "at_bound": ["a", "b"]}
    line = model_line({**section, "model": fitted})
    assert line.startswith("model: fitted in memory on the data as of 2023-12-31T00:00:00+00:00")
    assert "a=1.628e+05" in line and "a and b at the bound" in line
    stored = {**model, "source": "stored", "id": 7, "as_of": "x", "fitted_at": "y", "at_bound": []}
    line = model_line({**section, "model": stored})
    assert "stored fit #7 as of x (fitted at y)" in line and "bound" not in line
