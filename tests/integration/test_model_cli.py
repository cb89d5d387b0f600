"""`winback model fit` and `winback model show` in a subprocess, on each database."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine, func, insert, select

from tests.conftest import run_cli, write_config
from winback.models import Client, ModelFit, Order, to_epoch

AS_OF = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
DAY = 86_400


def simulated_orders(clients: int, seed: int = 7) -> dict[int, list[int]]:
    """Clients who buy at Poisson rates and drop out after a purchase with a
    probability, each from a first purchase in the 300 days before AS_OF."""
    rng = np.random.default_rng(seed)
    start = to_epoch(AS_OF) - 300 * DAY
    out: dict[int, list[int]] = {}
    for cid in range(1, clients + 1):
        rate = rng.gamma(0.5, 1 / 20)  # purchases per day
        drop = rng.beta(1.0, 4.0)
        t = float(rng.uniform(0, 250))
        times = [t]
        while True:
            if rng.random() < drop:
                break
            t += rng.exponential(1 / rate)
            if t >= 300:
                break
            times.append(t)
        out[cid] = [start + int(d * DAY) + 3600 * 10 for d in times]
    return out


def load(engine: Engine, orders: dict[int, list[int]]) -> None:
    with engine.begin() as conn:
        conn.execute(insert(Client), [{"id": cid, "external_id": f"c{cid}"} for cid in orders])
        conn.execute(
            insert(Order),
            [
                {"external_id": f"o{c}-{i}", "client_id": c, "placed_at": at, "amount_minor": 500}
                for c, times in orders.items()
                for i, at in enumerate(times)
            ],
        )


def stored(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(ModelFit)).scalar_one())


def test_fit_stores_a_fit_and_show_prints_it(engine: Engine, db_url: str, tmp_path: Path) -> None:
    load(engine, simulated_orders(400))
    config = str(write_config(tmp_path, db_url))
    done = run_cli(
        "--config", config, "model", "fit", "--as-of", "2026-06-01T03:00", "--unit", "days"
    )
    assert done.returncode == 0, done.stderr
    assert "BG/NBD fit 1 stored" in done.stdout and "400 clients" in done.stdout
    shown = run_cli("--config", config, "model", "show", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    fit = json.loads(shown.stdout)
    assert {"r", "alpha", "a", "b", "log_likelihood", "as_of", "unit", "clients"} <= set(fit)
    assert {"fitted_at", "seconds"} <= set(fit)
    # 03:00 in [scheduler] timezone (Moscow, +3) is midnight UTC
    assert dt.datetime.fromisoformat(fit["as_of"]) == AS_OF
    assert (fit["unit"], fit["clients"]) == ("days", 400)
    assert fit["log_likelihood"] < 0 and all(fit[k] > 0 for k in ("r", "alpha", "a", "b"))
    with engine.connect() as conn:
        row = conn.execute(select(ModelFit.__table__)).one()
    assert (row.r, row.alpha, row.a, row.b) == (fit["r"], fit["alpha"], fit["a"], fit["b"])
    table = run_cli("--config", config, "model", "show")
    assert table.returncode == 0, table.stderr
    assert "BG/NBD fit 1" in table.stdout and f"{fit['alpha']:.4f}" in table.stdout
    assert "2026-06-01T03:00:00+03:00" in table.stdout  # as-of in the business timezone


def test_show_without_a_fit_and_a_fit_that_cannot_converge(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    load(engine, {1: [to_epoch(AS_OF) - 10 * DAY], 2: [to_epoch(AS_OF) - 3 * DAY]})
    config = str(write_config(tmp_path, db_url))
    shown = run_cli("--config", config, "model", "show")
    assert shown.returncode == 2
    assert "no BG/NBD fit is stored: run `winback model fit` first" in shown.stderr
    assert "Traceback" not in shown.stderr
    done = run_cli("--config", config, "model", "fit", "--as-of", "2026-06-01")
    assert done.returncode == 1
    assert "no client has a repeat purchase" in done.stderr and "Traceback" not in done.stderr
    assert stored(engine) == 0


def test_bad_as_of_and_unit_are_usage_errors(engine: Engine, db_url: str, tmp_path: Path) -> None:
    load(engine, simulated_orders(50))
    config = str(write_config(tmp_path, db_url))
    for as_of, why in (
        ("9999-12-31", "in the future, the latest date accepted ([import] max_days_ahead)"),
        ("1969-12-31", "before 1970-01-01 (UTC), the earliest date accepted"),
        ("yesterday", "'yesterday'"),
    ):
        done = run_cli("--config", config, "model", "fit", "--as-of", as_of)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith("winback: error: --as-of: ") and why in done.stderr
    done = run_cli("--config", config, "model", "fit", "--unit", "months")
    assert done.returncode == 2
    assert "Invalid value for '--unit': 'months' is not one of 'days', 'weeks'" in done.stderr
    done = run_cli("--config", config, "model", "show", "--format", "csv")
    assert done.returncode == 2
    assert stored(engine) == 0


def test_the_unit_defaults_to_the_model_section_then_weeks(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path
) -> None:
    load(sqlite_engine, simulated_orders(200))
    plain = str(write_config(tmp_path / "plain", sqlite_url))
    days = str(write_config(tmp_path / "days", sqlite_url, '[model]\nunit = "days"\n'))
    units = []
    for config in (plain, days):
        done = run_cli("--config", config, "model", "fit", "--as-of", "2026-06-01")
        assert done.returncode == 0, done.stderr
        shown = json.loads(run_cli("--config", config, "model", "show", "--format", "json").stdout)
        units.append((shown["unit"], shown["alpha"]))
    (weeks_unit, weeks_alpha), (days_unit, days_alpha) = units
    assert (weeks_unit, days_unit) == ("weeks", "days")
    # alpha is a time scale: the same fit, in days, is seven times larger
    assert days_alpha == pytest.approx(7 * weeks_alpha, rel=1e-3)
