"""`winback model calibrate` on a history built by hand, with a fixed model
(a stored fit's parameters), so every figure of the table is worked out here
from the closed forms, independently of winback/model/bgnbd.py.

Business timezone Europe/Moscow (UTC+3, no DST). T = 2026-03-01 00:00,
horizon 30 days: the summary counts the orders at or before T, the period is
(1 Mar 00:00, 31 Mar 00:00]. Days in days (a fit in weeks gives the same
P(alive) and expectations with alpha / 7).

  client  orders by T (Moscow)                  x  t_x  T   in the period
  A       1 Jan, 11 Jan, 20 Feb                 2  50   59  5 Mar 01:00 and 23:00
                                                            (one Moscow day, two UTC
                                                            days), 10 Mar -> 2 days
  B       1 Jan                                 0  0    59  none
  C       1 Jan, 2 Jan                          1  1    59  30 Mar 23:30 -> 1 day;
                                                            31 Mar 00:00:01 is after it
  D       1 Feb, 1 Mar 00:00 (= T)              1  28   28  1 Mar 00:00:01 -> 1 day
  G       20 Jan, 22 Jan                        1  2    40  31 Mar 00:00 (the end) -> 1
  H       1, 4, 8 Jan, 11 Jan twice             3  10   59  none
  E       none (first order 3 Mar)              -  -    -   left out
  F       no orders at all                      -  -    -   left out

With r = 0.5, alpha = 10, a = 0.8, b = 2 (per day), P(alive) =
1 / (1 + a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)): A 0.726, B 1, C 0.137,
D 1/(1 + 0.4) = 0.714, G 0.227, H 0.062. Four bins [0, .25) [.25, .5)
[.5, .75) [.75, 1]:
  bin 0: C, G, H -> 3 clients, 2 ordered (C, G), share 2/3, mean days 2/3
  bin 1: none
  bin 2: A, D   -> 2 clients, 2 ordered, share 1, mean days (2 + 1) / 2
  bin 3: B      -> 1 client, 0 ordered
Totals: 6 clients, 4 ordered, 5 purchase days; 2 clients left out.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import zoneinfo
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from scipy import special
from sqlalchemy import Engine

from tests.conftest import run_cli, write_config
from tests.report_history import History, epoch
from winback.model import bgnbd, calibration
from winback.model.store import save_fit
from winback.model.summary import UNIT_DAYS

MSK = zoneinfo.ZoneInfo("Europe/Moscow")
R, ALPHA, A, B = 0.5, 10.0, 0.8, 2.0
T_MOMENT = dt.datetime(2026, 3, 1, tzinfo=MSK)
HORIZON = 30
SUMMARY = {"A": (2, 50, 59), "B": (0, 0, 59), "C": (1, 1, 59), "D": (1, 28, 28)}
SUMMARY |= {"G": (1, 2, 40), "H": (3, 10, 59)}
ACTUAL = {"A": 2, "B": 0, "C": 1, "D": 1, "G": 1, "H": 0}
BINS = {0: ["C", "G", "H"], 1: [], 2: ["A", "D"], 3: ["B"]}


def at(day: str, time: str = "12:00") -> int:
    return epoch(dt.datetime.fromisoformat(f"2026-{day}T{time}").replace(tzinfo=MSK))


def later(*moments: str) -> list[int]:
    return [at(*m.split()) for m in moments]


def build_history(engine: Engine) -> None:
    orders = {
        "A": [at("01-01"), at("01-11"), at("02-20"), *later("03-05 01:00", "03-05 23:00", "03-10")],
        "B": [at("01-01")],
        "C": [at("01-01"), at("01-02"), at("03-30", "23:30"), at("03-31", "00:00:01")],
        "D": [at("02-01"), at("03-01", "00:00"), at("03-01", "00:00:01")],
        "G": [at("01-20"), at("01-22"), at("03-31", "00:00")],
        "H": [at("01-01"), at("01-04"), at("01-08"), at("01-11", "09:00"), at("01-11")],
        "E": [at("03-03")],
        "F": [],
    }
    with engine.begin() as conn:
        h = History(conn)
        for name, moments in orders.items():
            client = h.client(name)
            for moment in moments:
                h.order(client, moment, 1_000)


def p_alive(x: int, t_x: float, T: float) -> float:
    if x == 0:
        return 1.0
    return 1.0 / (1.0 + A / (B + x - 1) * ((ALPHA + T) / (ALPHA + t_x)) ** (R + x))


def expected(t: float, x: int, t_x: float, T: float) -> float:
    """Fader, Hardie & Lee (2005), equation 10."""
    head = (A + B + x - 1) / (A - 1)
    hyper = float(special.hyp2f1(R + x, B + x, A + B + x - 1, t / (ALPHA + T + t)))
    body = 1 - ((ALPHA + T) / (ALPHA + T + t)) ** (R + x) * hyper
    return head * body * p_alive(x, t_x, T)


def expected_rows() -> list[dict[str, Any]]:
    rows = []
    for k, names in BINS.items():
        n = len(names)
        ordered = sum(1 for c in names if ACTUAL[c] > 0)
        ps = [p_alive(*SUMMARY[c]) for c in names]
        es = [expected(HORIZON, *SUMMARY[c]) for c in names]
        rows.append(
            {
                "low": k / 4,
                "high": (k + 1) / 4,
                "clients": n,
                "ordered": ordered,
                "ordered_share": ordered / n if n else None,
                "mean_p_alive": sum(ps) / n if n else None,
                "mean_expected_purchases": sum(es) / n if n else None,
                "mean_purchase_days": sum(ACTUAL[c] for c in names) / n if n else None,
            }
        )
    return rows


def check_table(section: dict[str, Any], unit: str) -> None:
    got = section["bins"]
    assert len(got) == 4
    for row, want in zip(got, expected_rows(), strict=True):
        assert row.keys() == want.keys()
        for key, value in want.items():
            if value is None or isinstance(value, int):
                assert row[key] == value, (want, key)
            else:
                assert row[key] == pytest.approx(value, rel=1e-9), (want, key)
    totals = section["totals"]
    assert totals["clients"] == 6
    assert totals["ordered"] == 4
    assert totals["ordered_share"] == pytest.approx(4 / 6)
    assert totals["purchase_days"] == 5
    assert totals["expected_purchases"] == pytest.approx(
        sum(expected(HORIZON, *s) for s in SUMMARY.values()), rel=1e-9
    )
    assert section["clients_without_orders"] == 2
    assert section["unit"] == unit
    assert section["horizon"] == pytest.approx(HORIZON / UNIT_DAYS[unit])
    assert section["as_of"] == "2026-03-01T00:00:00+03:00"
    assert section["until"] == "2026-03-31T00:00:00+03:00"
    assert section["warnings"] == []


def store_fit(engine: Engine, unit: str, as_of: dt.datetime = T_MOMENT) -> None:
    scale = UNIT_DAYS[unit]  # type: ignore[index]
    fit = bgnbd.FitResult(
        params=bgnbd.Params(r=R, alpha=ALPHA / scale, a=A, b=B),
        log_likelihood=-12.5,
        clients=6,
        seconds=0.01,
        iterations=7,
    )
    with engine.begin() as conn:
        save_fit(conn, fit, as_of=as_of, unit=unit)  # type: ignore[arg-type]


def calibrate_cli(
    folder: Path, *args: str, fmt: str = "json"
) -> tuple[int, dict[str, Any] | str, str]:
    proc = run_cli(
        "--config", str(folder / "winback.toml"), "model", "calibrate", *args, "--format", fmt
    )
    out: dict[str, Any] | str = proc.stdout
    if proc.returncode == 0 and fmt == "json":
        out = json.loads(proc.stdout)
    return proc.returncode, out, proc.stderr


@pytest.mark.slow
@pytest.mark.parametrize("unit", ["days", "weeks"])
def test_bins_and_shares_match_the_hand_computed_table(
    engine: Engine, db_url: str, tmp_path: Path, unit: str
) -> None:
    build_history(engine)
    store_fit(engine, unit)
    write_config(tmp_path, db_url)
    code, section, err = calibrate_cli(
        tmp_path, "--as-of", "2026-03-01", "--horizon-days", "30", "--bins", "4", "--use-stored"
    )
    assert code == 0, err
    assert isinstance(section, dict)
    check_table(section, unit)
    model = section["model"]
    assert model["source"] == "stored" and isinstance(model["id"], int)
    assert model["unit"] == unit and model["clients"] == 6 and model["at_bound"] == []
    assert (model["r"], model["a"], model["b"]) == (R, A, B)
    assert model["alpha"] == pytest.approx(ALPHA / UNIT_DAYS[unit])
    assert model["as_of"] == "2026-03-01T00:00:00+03:00"

    code, text, err = calibrate_cli(
        tmp_path,
        *("--as-of", "2026-03-01", "--horizon-days", "30", "--bins", "4", "--use-stored"),
        fmt="table",
    )
    assert code == 0, err
    assert isinstance(text, str)
    assert f"stored fit #{model['id']}" in text
    lines = {line.split("│")[1].strip(): line for line in text.splitlines() if "│" in line}
    assert "[0.75, 1.00]" in lines and "[0.00, 0.25)" in lines
    assert "66.7%" in lines["[0.00, 0.25)"] and "100.0%" in lines["[0.50, 0.75)"]
    assert "2 clients without an order by as-of are left out" in text


@pytest.mark.slow
def test_bad_periods_are_refused_with_exit_2(engine: Engine, db_url: str, tmp_path: Path) -> None:
    build_history(engine)
    store_fit(engine, "days")
    write_config(tmp_path, db_url)
    now = dt.datetime.now(MSK)
    cases = [
        # the period is not over yet
        (
            ["--as-of", (now - dt.timedelta(days=10)).date().isoformat(), "--horizon-days", "30"],
            "after now",
        ),
        # the orders end before T
        (["--as-of", "2026-05-01", "--horizon-days", "30"], "not after the calibration's as-of"),
        (["--as-of", "yesterday-ish", "--horizon-days", "30"], "--as-of"),
        (["--as-of", "2026-03-01", "--horizon-days", "0"], "--horizon-days"),
        (["--as-of", "2026-03-01", "--horizon-days", "30", "--bins", "0"], "--bins"),
        (["--horizon-days", "30"], "--as-of"),
        # no client has an order before T
        (["--as-of", "2025-06-01", "--horizon-days", "30"], "no client has an order at or before"),
    ]
    for args, words in cases:
        code, out, err = calibrate_cli(tmp_path, *args, "--use-stored")
        assert code == 2, (args, err)
        assert words in err, (args, err)
        assert "Traceback" not in err and out == ""


@pytest.mark.slow
def test_orders_that_stop_short_of_the_period_give_a_warning(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    """The latest order is on 31 Mar: a period to 10 Apr is over but the data
    may be stale; a stored fit made after T has seen the period. In (11 Mar,
    10 Apr]: C on 30 and 31 Mar (2 days), G on 31 Mar (1)."""
    build_history(engine)
    store_fit(engine, "days", as_of=dt.datetime(2026, 4, 1, tzinfo=MSK))
    write_config(tmp_path, db_url)
    code, section, err = calibrate_cli(
        tmp_path, "--as-of", "2026-03-11", "--horizon-days", "30", "--use-stored"
    )
    assert code == 0, err
    assert isinstance(section, dict)
    assert len(section["warnings"]) == 2
    assert "may not cover the whole period" in section["warnings"][0]
    assert "has seen part of the period" in section["warnings"][1]
    assert err.count("winback: warning:") == 2
    assert section["totals"]["purchase_days"] == 3


def test_purchase_days_are_counted_in_the_window_by_the_business_day(engine: Engine) -> None:
    """The actual side alone: orders in (start, end], a day per business day."""
    build_history(engine)
    with engine.connect() as conn:
        ids = np.array([1, 3, 4, 5, 99], dtype=np.int64)
        start = epoch(T_MOMENT)
        offset = 3 * 3600
        days = calibration.actual_purchase_days(conn, ids, start, start + 30 * 86_400, offset)
        # A (id 1) 2 days; C (id 3) 1; D (id 4) 1; G (id 5) 1; 99 unknown
        assert days.tolist() == [2.0, 1.0, 1.0, 1.0, 0.0]
        utc_days = calibration.actual_purchase_days(conn, ids, start, start + 30 * 86_400, 0)
        assert utc_days.tolist()[0] == 3.0  # 5 Mar 01:00 MSK is 4 Mar in UTC
    assert math.isclose(p_alive(*SUMMARY["D"]), 1 / 1.4, rel_tol=1e-12)
