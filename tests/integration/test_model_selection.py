"""Campaigns that use the BG/NBD model: P(alive) and expected purchases in the
statement agree with winback.model.bgnbd; the demo flow `winback demo`,
`winback model fit`, `winback preview` with p_alive_max; no fit, exit 2."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine, select

from tests.conftest import ROOT, run_cli, write_config
from tests.integration.test_selection_reference import (
    AS_OF,
    FIT_RESULT,
    TZ,
    load,
    make_data,
    store_fit,
)
from winback.config import Campaign
from winback.db import make_engine
from winback.model import bgnbd
from winback.model.store import latest_fit
from winback.model.summary import read_summary
from winback.models import Assignment, Client, to_epoch
from winback.selection.model import model_cte, read_model

# The statement's P(alive) is SQL's ln and exp; bgnbd's numpy's.
REL = 1e-9


@pytest.mark.parametrize("horizon", [30, 365])
def test_p_alive_and_expected_purchases_in_sql_are_bgnbds(engine: Engine, horizon: int) -> None:
    """Every client's P(alive) and expected purchases as the statement works
    them out equal bgnbd's on core's own (x, t_x, T) summary."""
    load(engine, make_data(4, n_clients=300))
    fit = store_fit(engine)
    campaign = Campaign.model_validate(
        {
            "name": "m",
            "select": {"expected_purchases_max": 0.5, "expected_horizon_days": horizon},
        }
    )
    with engine.connect() as conn:
        model = read_model(conn, campaign, AS_OF, TZ)
        assert model is not None and model.fit == fit and model.g_pairs is not None
        cte = model_cte(conn.dialect.name, to_epoch(AS_OF), model)
        rows = conn.execute(
            select(cte.c.client_id, cte.c.p_alive, cte.c.expected).order_by(cte.c.client_id)
        ).all()
        summary = read_summary(conn, as_of=AS_OF, unit="weeks", timezone=TZ)
    order = np.argsort(summary.client_id)
    assert [r[0] for r in rows] == summary.client_id[order].tolist()
    want_alive = bgnbd.p_alive(FIT_RESULT.params, summary.x, summary.t_x, summary.T)[order]
    want_expected = bgnbd.expected_purchases(
        FIT_RESULT.params, horizon / 7, summary.x, summary.t_x, summary.T
    )[order]
    got_alive = np.array([float(r[1]) for r in rows])
    got_expected = np.array([float(r[2]) for r in rows])
    np.testing.assert_allclose(got_alive, want_alive, rtol=REL, atol=0)
    np.testing.assert_allclose(got_expected, want_expected, rtol=REL, atol=1e-300)
    # the data spans the range: certainly alive (no repeat purchase) to nearly gone
    assert want_alive.max() == 1.0 and want_alive.min() < 0.05
    assert len(set(np.round(want_alive, 6))) > 50


CAMPAIGNS = """
[[campaigns]]
name = "probably-gone"
templates = "lapsed-regulars"
max_per_run = 40
cooldown_days = 0
[campaigns.select]
p_alive_max = 0.3
expected_horizon_days = 60
[campaigns.priority]
revenue_weight = 0.2
frequency_weight = 0
value_at_risk_weight = 1.0

[[campaigns]]
name = "recency-only"
templates = "lapsed-regulars"
max_per_run = 10
[campaigns.select]
last_order_days_min = 120
"""
ANCHOR = "2026-06-01"


def test_demo_then_model_fit_then_preview_with_p_alive_max(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    """The issue's "done when": on the demo database, a campaign with
    p_alive_max is refused (exit 2) until `winback model fit` has stored a
    fit, then previews the clients probably gone, each with its P(alive) and
    expected purchases as bgnbd gives them for the fit it names."""
    cfg = str(write_config(tmp_path, db_url, CAMPAIGNS))
    as_of = ["--as-of", ANCHOR]
    demo = run_cli("--config", cfg, "demo", "--clients", "1500", "--anchor", ANCHOR)
    assert demo.returncode == 0, demo.stderr

    refused = run_cli("--config", cfg, "preview", "probably-gone", *as_of)
    assert refused.returncode == 2
    assert "run `winback model fit` first" in refused.stderr
    assert "Traceback" not in refused.stderr

    fitted = run_cli("--config", cfg, "model", "fit", *as_of)
    assert fitted.returncode == 0, fitted.stderr

    done = run_cli("--config", cfg, "preview", "probably-gone", *as_of, "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) == 40
    assert all(r["reasons"] == ["p_alive"] for r in rows)
    assert all(0 < r["p_alive"] <= 0.3 for r in rows)
    assert all(r["expected_purchases"] >= 0 for r in rows)

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            fit = latest_fit(conn)
            assert fit is not None
            moment = dt.datetime.fromisoformat(ANCHOR).replace(tzinfo=TZ)  # --as-of's reading
            summary = read_summary(conn, as_of=moment, unit=fit.unit, timezone=TZ)
            ids = dict(conn.exec_driver_sql("SELECT external_id, id FROM clients").all())
    finally:
        engine.dispose()
    assert fit is not None
    at = {int(cid): i for i, cid in enumerate(summary.client_id)}
    alive = bgnbd.p_alive(fit.params, summary.x, summary.t_x, summary.T)
    expected = bgnbd.expected_purchases(fit.params, 60 / 7, summary.x, summary.t_x, summary.T)
    for row in rows:
        i = at[ids[row["client"]]]
        assert row["p_alive"] == pytest.approx(alive[i], rel=REL)
        assert row["expected_purchases"] == pytest.approx(expected[i], rel=REL)
    # how many are probably gone: the summary line counts them as bgnbd does
    assert f"matched p_alive {int((alive <= 0.3).sum())};" in done.stderr

    explained = run_cli("--config", cfg, "preview", "probably-gone", *as_of, "--explain")
    assert explained.returncode == 0, explained.stderr
    assert f"-- BG/NBD fit #{fit.id} as of {fit.as_of.isoformat()} in {fit.unit}" in (
        explained.stdout
    )
    assert "P(alive)" in explained.stdout and "exp. purchases" in explained.stdout

    plain = run_cli("--config", cfg, "preview", "recency-only", *as_of, "--format", "json")
    assert plain.returncode == 0, plain.stderr
    plain_rows = json.loads(plain.stdout)
    assert plain_rows and all(
        r["p_alive"] is None and r["expected_purchases"] is None for r in plain_rows
    )


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("p_alive_max = 1.5", "p_alive_max"),
        ("p_alive_max = 0", "p_alive_max"),
        ("expected_purchases_max = -1", "expected_purchases_max"),
        ("expected_purchases_max = 0.2\nexpected_horizon_days = 0", "expected_horizon_days"),
        (
            "p_alive_max = 0.3\n[campaigns.priority]\nrevenue_weight = 0\nfrequency_weight = 0",
            "revenue_weight, frequency_weight and value_at_risk_weight are all 0",
        ),
    ],
)
def test_bad_model_keys_are_refused_by_name(tmp_path: Path, lines: str, message: str) -> None:
    config = f"""
[[campaigns]]
name = "m"
templates = "lapsed-regulars"
[campaigns.select]
{lines}
"""
    cfg = write_config(tmp_path, f"sqlite:///{tmp_path / 'w.db'}", config)
    done = run_cli("--config", str(cfg), "check", env={"WINBACK_UNSUBSCRIBE_SECRET": "s" * 32})
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr


def test_check_says_a_model_campaign_needs_a_fit(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, f"sqlite:///{tmp_path / 'w.db'}", CAMPAIGNS)
    done = run_cli("--config", str(cfg), "check", env={"WINBACK_UNSUBSCRIBE_SECRET": "s" * 32})
    assert done.returncode == 0, done.stderr
    assert "probably-gone: uses the BG/NBD model" in done.stdout
    assert "recency-only: uses" not in done.stdout


def test_templates_get_the_p_alive_the_plan_recorded(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    """client.p_alive and client.expected_purchases in a template: a dry run
    renders the preview's values, and a plan records them with each
    assignment, where a sent message reads them."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "campaign_templates", templates)
    for name in ("email.subject.j2", "email.subject.en.j2"):
        (templates / "lapsed-regulars" / name).write_text(
            "{% if client.p_alive is not none %}P={{ '%.9f'|format(client.p_alive) }} "
            "E={{ '%.9f'|format(client.expected_purchases) }}{% else %}no model{% endif %}",
            encoding="utf-8",
        )
    outbox = tmp_path / "outbox"
    channel = f'[channels.email]\ntransport = "file"\noutbox_dir = "{outbox}"\n'
    cfg = write_config(
        tmp_path, db_url, channel + CAMPAIGNS.replace("max_per_run = 40", "max_per_run = 15")
    )
    text = cfg.read_text(encoding="utf-8")
    cfg.write_text(text.replace(str(ROOT / "campaign_templates"), str(templates)), encoding="utf-8")
    env = {"WINBACK_UNSUBSCRIBE_SECRET": "s" * 32}
    args = ["--config", str(cfg)]
    as_of = ["--as-of", ANCHOR]
    assert run_cli(*args, "demo", "--clients", "600", "--anchor", ANCHOR).returncode == 0
    assert run_cli(*args, "model", "fit", *as_of).returncode == 0
    shown = run_cli(*args, "preview", "probably-gone", *as_of, "--format", "json")
    assert shown.returncode == 0, shown.stderr
    want = {r["client"]: (r["p_alive"], r["expected_purchases"]) for r in json.loads(shown.stdout)}
    assert len(want) == 15

    dry = run_cli(*args, "run-once", "probably-gone", *as_of, "--dry-run", env=env)
    assert dry.returncode == 0, dry.stderr
    subjects = [line for line in dry.stdout.splitlines() if "P=" in line]
    assert subjects and "no model" not in dry.stdout
    for client, (p_alive, expected) in want.items():
        if f"client {client} via email" in dry.stdout:
            assert f"P={p_alive:.9f} E={expected:.9f}" in dry.stdout, client

    planned = run_cli(*args, "run-once", "probably-gone", *as_of, "--plan-only", env=env)
    assert planned.returncode == 0, planned.stderr
    with engine.connect() as conn:
        recorded = conn.execute(
            select(Client.external_id, Assignment.p_alive, Assignment.expected_purchases).join(
                Client, Client.id == Assignment.client_id
            )
        ).all()
    assert {ext for ext, _, _ in recorded} == set(want)
    for ext, p_alive, expected in recorded:
        assert (p_alive, expected) == pytest.approx(want[ext], rel=1e-12), ext
