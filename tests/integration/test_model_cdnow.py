"""Issue 15's test 2: the CDNOW transactions imported through the real
`winback import`, summarised by SQL as of 1997-09-30 in weeks, give the
published summary row by row, and `winback model fit` gives the fit of the
published summary, on each database."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select

from tests import cdnow
from tests.conftest import run_cli, write_config
from winback.db import read_engine
from winback.model import bgnbd
from winback.model.summary import read_summary
from winback.models import Client

pytestmark = pytest.mark.slow


def _csv_files(folder: Path) -> tuple[Path, Path]:
    clients, orders = folder / "clients.csv", folder / "orders.csv"
    with clients.open("w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["external_id", "name"])
        for customer in range(1, cdnow.CUSTOMERS + 1):
            out.writerow([f"cdnow-{customer}", f"CDNOW customer {customer}"])
    with orders.open("w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["external_id", "client_external_id", "placed_at", "amount", "currency"])
        for line, t in enumerate(cdnow.transactions(), start=1):
            # a date: midnight in [scheduler] timezone; the amount in dollars
            out.writerow([f"t{line}", f"cdnow-{t.customer}", t.day.isoformat(), t.dollars, "USD"])
    return clients, orders


def test_imported_cdnow_gives_the_published_summary_and_fit(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    config = write_config(tmp_path, db_url)
    # UTC: the data's dates are midnights of a timezone without DST in 1997
    # (in a DST zone a summer midnight is 23:00 standard time, the day before)
    config.write_text(config.read_text().replace("Europe/Moscow", "UTC"))
    clients, orders = _csv_files(tmp_path)
    for kind, path in (("clients", clients), ("orders", orders)):
        done = run_cli("--config", str(config), "import", kind, str(path))
        assert done.returncode == 0, done.stderr

    as_of = dt.datetime(1997, 9, 30, tzinfo=dt.UTC)
    with read_engine(engine).connect() as conn:
        summary = read_summary(conn, as_of=as_of, unit="weeks", timezone=ZoneInfo("UTC"))
        ids = {r.id: r.external_id for r in conn.execute(select(Client.id, Client.external_id))}
    assert len(summary) == cdnow.CUSTOMERS
    got = {
        int(ids[int(c)].removeprefix("cdnow-")): (float(x), float(t), float(age))
        for c, x, t, age in zip(summary.client_id, summary.x, summary.t_x, summary.T, strict=True)
    }
    for customer, frequency, recency, T in cdnow.summary_rows():
        x, t_x, age = got[customer]
        assert x == frequency, customer
        # the published file rounds weeks to two decimals
        assert t_x == pytest.approx(recency, abs=0.005 + 1e-9), customer
        assert age == pytest.approx(T, abs=0.005 + 1e-9), customer

    done = run_cli(
        "--config", str(config), "model", "fit", "--as-of", "1997-09-30", "--unit", "weeks"
    )
    assert done.returncode == 0, done.stderr
    shown = run_cli("--config", str(config), "model", "show", "--format", "json")
    assert shown.returncode == 0, shown.stderr
    fit = json.loads(shown.stdout)
    assert (fit["clients"], fit["unit"]) == (cdnow.CUSTOMERS, "weeks")
    assert dt.datetime.fromisoformat(fit["as_of"]) == as_of
    _ids, fx, ft, fT = zip(*cdnow.summary_rows(), strict=True)
    published_summary = bgnbd.fit(bgnbd.summarise(fx, ft, fT))
    for name in ("r", "alpha", "a", "b"):
        # the same data but for the file's rounding of t_x and T
        assert fit[name] == pytest.approx(getattr(published_summary.params, name), rel=1e-3)
        assert fit[name] == pytest.approx(cdnow.PUBLISHED[name], rel=0.01)
    assert fit["log_likelihood"] == pytest.approx(cdnow.PUBLISHED_LL, abs=0.1)
