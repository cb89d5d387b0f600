"""Calibration on real data: the CDNOW sample's 2,357 customers, the model
fitted in memory as of 1997-09-30 (the end of the paper's 39-week calibration
period), against what the customers did in the next 273 days (weeks 40-78,
1997-10-01 to 1998-06-30). The table's counts are recomputed here from the sample file
in Python, independently of the SQL; the report's section is the same table.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import Engine

from tests import cdnow
from tests.cdnow_history import load_cdnow
from tests.conftest import run_cli, write_config
from winback.config import load_config
from winback.model import bgnbd
from winback.model.calibration import calibrate
from winback.reports import ReportRequest, build_report
from winback.reports.html import render_html
from winback.reports.table import write_table

pytestmark = pytest.mark.slow

UTC = zoneinfo.ZoneInfo("UTC")
AS_OF = cdnow.CALIBRATION_END  # 1997-09-30
DAYS = 273
END = AS_OF + dt.timedelta(days=DAYS)  # 1998-06-30, the period's last date
assert END == cdnow.END


@pytest.fixture
def cdnow_db(engine: Engine) -> Engine:
    with engine.begin() as conn:
        assert load_cdnow(conn) == cdnow.CUSTOMERS
    return engine


def by_hand() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per customer with a purchase by 1997-09-30: x, t_x and T in weeks, and
    their purchase days from 1997-10-01 to 1998-06-30 (orders at midnight UTC:
    those of 30 Sep are at the as-of moment, in the summary)."""
    before: dict[int, set[dt.date]] = defaultdict(set)
    after: dict[int, set[dt.date]] = defaultdict(set)
    for t in cdnow.transactions():
        if t.day <= AS_OF:
            before[t.customer].add(t.day)
        elif t.day <= END:
            after[t.customer].add(t.day)
    ids = sorted(before)
    x = np.array([len(before[c]) - 1 for c in ids], dtype=float)
    t_x = np.array([(max(before[c]) - min(before[c])).days / 7 for c in ids])
    T = np.array([(AS_OF - min(before[c])).days / 7 for c in ids])
    actual = np.array([len(after[c]) for c in ids], dtype=float)
    return x, t_x, T, actual


def moment(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=UTC)


def test_cdnow_calibration_counts_match_the_sample(cdnow_db: Engine) -> None:
    with cdnow_db.connect() as conn:
        section = calibrate(
            conn, as_of=moment(AS_OF), horizon_days=DAYS, timezone=UTC, unit="weeks"
        )
    x, t_x, T, actual = by_hand()
    assert len(x) == 2357 and section["clients_without_orders"] == 0
    fitted = bgnbd.fit(bgnbd.summarise(x, t_x, T))
    model = section["model"]
    assert model["source"] == "fitted" and model["clients"] == 2357
    assert model["at_bound"] == []
    for key in ("r", "alpha", "a", "b"):
        assert model[key] == pytest.approx(getattr(fitted.params, key), rel=1e-6)
    p = bgnbd.p_alive(fitted.params, x, t_x, T)
    e = bgnbd.expected_purchases(fitted.params, DAYS / 7, x, t_x, T)
    index = np.minimum((p * 10).astype(int), 9)
    for k, row in enumerate(section["bins"]):
        mine = index == k
        assert row["clients"] == int(mine.sum())
        assert row["ordered"] == int((actual[mine] > 0).sum())
        assert row["mean_purchase_days"] == pytest.approx(actual[mine].mean())
        assert row["mean_p_alive"] == pytest.approx(p[mine].mean(), rel=1e-6)
        assert row["mean_expected_purchases"] == pytest.approx(e[mine].mean(), rel=1e-6)
    totals = section["totals"]
    assert totals["purchase_days"] == int(actual.sum())
    assert totals["expected_purchases"] == pytest.approx(e.sum(), rel=1e-6)
    # the model is calibrated where it should be: P(alive) and the share who
    # ordered again rise together over the bins of clients with repeat purchases
    repeat = [r for r in section["bins"][:9] if r["clients"] >= 30]
    shares = [r["ordered_share"] for r in repeat]
    assert shares[-1] > shares[0] + 0.2
    assert section["warnings"] == []


def _settings(tmp_path: Path, url: str) -> Any:
    config = tmp_path / "utc.toml"
    config.write_text(f'[database]\nurl = "{url}"\n[scheduler]\ntimezone = "UTC"\n')
    return load_config(config)


def test_the_report_section_is_the_calibration_table(
    cdnow_db: Engine, db_url: str, tmp_path: Path
) -> None:
    settings = _settings(tmp_path, db_url)
    request = ReportRequest(as_of=moment(END), calibration_days=DAYS)
    data = build_report(cdnow_db, settings, request)
    with cdnow_db.connect() as conn:
        direct = calibrate(conn, as_of=moment(AS_OF), horizon_days=DAYS, timezone=UTC, unit="weeks")
    assert data["calibration"] == direct
    assert build_report(cdnow_db, settings, ReportRequest(as_of=moment(END)))["calibration"] is None

    from io import StringIO

    text = StringIO()
    write_table(data, text)
    shown = text.getvalue()
    assert "calibration: P(alive) as of 1997-09-30T00:00:00+00:00" in shown
    totals = direct["totals"]
    assert f"actual {totals['purchase_days']}" in shown
    assert f"{totals['expected_purchases']:.1f}" in shown
    for locale, title in (("en", "Model calibration"), ("ru", "Проверка модели")):
        page = render_html(data, locale)
        section = page[page.index('<section id="calibration">') :]
        assert title in section
        cells = section.count("<tr>")
        assert cells == 1 + 10 + 1  # head, bins, totals
        assert f"{totals['clients']:,}".replace(",", "\xa0" if locale == "ru" else ",") in section
    assert 'id="calibration"' not in render_html(
        build_report(cdnow_db, settings, ReportRequest(as_of=moment(END))), "en"
    )


def test_report_cli_and_calibrate_cli_agree(cdnow_db: Engine, db_url: str, tmp_path: Path) -> None:
    config = write_config(tmp_path, db_url)
    report = run_cli(
        "--config",
        str(config),
        "report",
        "--as-of",
        "1998-06-30",
        "--calibration-days",
        "273",
        "--format",
        "json",
    )
    assert report.returncode == 0, report.stderr
    calibrated = run_cli(
        "--config",
        str(config),
        *("model", "calibrate", "--as-of", "1997-09-30", "--horizon-days", "273"),
        *("--format", "json"),
    )
    assert calibrated.returncode == 0, calibrated.stderr
    section = json.loads(report.stdout)["calibration"]
    assert section == json.loads(calibrated.stdout)
    assert section["as_of"] == "1997-09-30T00:00:00+04:00"  # Moscow summer time in 1997
    assert section["totals"]["clients"] == 2357
    assert section["model"]["source"] == "fitted"
    stored = run_cli(
        "--config",
        str(config),
        *("model", "calibrate", "--as-of", "1997-09-30", "--horizon-days", "273", "--use-stored"),
    )
    assert stored.returncode == 2  # neither command stored a fit
    assert "no BG/NBD fit is stored: run `winback model fit` first" in stored.stderr
    table = run_cli(
        "--config", str(config), "report", "--as-of", "1998-06-30", "--calibration-days", "273"
    )
    assert table.returncode == 0, table.stderr
    assert "calibration: P(alive) as of 1997-09-30" in table.stdout
    bad = run_cli("--config", str(config), "report", "--calibration-days", "0")
    assert bad.returncode == 2 and "--calibration-days" in bad.stderr
    csv_args = ("report", "--as-of", "1998-06-30", "--format", "csv", "--table", "calibration")
    bad = run_cli("--config", str(config), *csv_args)
    assert bad.returncode == 2 and "--table calibration needs --calibration-days" in bad.stderr
    csv = run_cli("--config", str(config), *csv_args, "--calibration-days", "273")
    assert csv.returncode == 0, csv.stderr
    lines = csv.stdout.splitlines()
    assert lines[0].split(",")[:4] == ["low", "high", "clients", "ordered"]
    assert len(lines) == 11
    assert [int(line.split(",")[2]) for line in lines[1:]] == [
        b["clients"] for b in section["bins"]
    ]

    # [model] unit = "days": fitted in days (alpha about 7 x the weeks' alpha),
    # the horizon 273 days, the same predictions and the same actual side
    in_days = write_config(tmp_path / "days", db_url, '[model]\nunit = "days"\n')
    days = run_cli(
        "--config",
        str(in_days),
        *("model", "calibrate", "--as-of", "1997-09-30", "--horizon-days", "273"),
        *("--format", "json"),
    )
    assert days.returncode == 0, days.stderr
    by_day = json.loads(days.stdout)
    assert by_day["unit"] == "days" and by_day["horizon"] == 273
    assert by_day["model"]["alpha"] == pytest.approx(7 * section["model"]["alpha"], rel=1e-3)
    assert by_day["totals"]["expected_purchases"] == pytest.approx(
        section["totals"]["expected_purchases"], rel=1e-3
    )
    assert by_day["totals"]["purchase_days"] == section["totals"]["purchase_days"]
