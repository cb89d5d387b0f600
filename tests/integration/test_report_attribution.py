"""The report end to end: a history built by hand (assignments, sends,
orders), the real `winback attribute`, then `winback report`, every figure
worked out below. Two campaigns in Europe/Moscow, as-of A + 20 days:

spring (attribution_days 10: the window is [A, A + 10 days)), assigned at A.
Treatment, each with an offer code, emailed (t6: an SMS in 3 segments; t7:
the email failed):
  t1  100.00 at A - 1 s (just before)                  -> not returned
  t2  200.00 at A (the first second of the window)     -> returned, 200.00
  t3  300.00 at A + 10 days - 1 s (the last second)    -> returned, 300.00
  t4  400.00 at A + 10 days (the edge: outside)        -> not returned
  t5   50.00 at A + 1 day and 500.00 with its code at A + 15 days (after the
      window)                                          -> returned by code, 550.00
  t6  600.00 at A + 12 days, no code                   -> not returned
  t7   70.00 at A + 2 days, imported after the first `attribute`
                                                       -> not returned, then returned
Holdout: h1 80.00 at A + 3 days (came back on its own) -> returned; h2
nothing; h3 90.00 at A + 11 days                       -> not returned.
autumn (attribution_days 10), assigned at A + 5 days: treatment t3 (its
order at A + 10 days - 1 s is in this window too) -> returned, 300.00;
holdout h4 with no order.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from tests.conftest import run_cli, write_config
from tests.integration.test_run_once import campaign_toml
from tests.report_history import DAY, History, epoch

pytestmark = pytest.mark.slow

MSK = zoneinfo.ZoneInfo("Europe/Moscow")
A = epoch(dt.datetime(2026, 3, 2, 10, 0, tzinfo=MSK))
AS_OF = dt.datetime.fromtimestamp(A + 20 * DAY, MSK).isoformat()
COSTS = "[campaigns.cost]\nemail = 1.00\nsms_segment = 0.50\n"


def config(tmp_path: Path, db_url: str) -> Path:
    spring = campaign_toml(["email", "sms"], attribution_days=10).replace(
        'name = "winback"', 'name = "spring"'
    )
    autumn = campaign_toml(["email"], attribution_days=10).replace(
        'name = "winback"', 'name = "autumn"'
    )
    return write_config(tmp_path, db_url, spring + COSTS + autumn)


def build(engine: Engine) -> dict[str, int]:
    """The history without t7's late order; the clients' ids by name."""
    ids: dict[str, int] = {}
    with engine.begin() as conn:
        h = History(conn)
        orders = {
            "t1": [(A - 1, 10_000, None)],
            "t2": [(A, 20_000, None)],
            "t3": [(A + 10 * DAY - 1, 30_000, None)],
            "t4": [(A + 10 * DAY, 40_000, None)],
            "t5": [(A + DAY, 5_000, None), (A + 15 * DAY, 50_000, "SPR-T5")],
            "t6": [(A + 12 * DAY, 60_000, None)],
            "h1": [(A + 3 * DAY, 8_000, None)],
            "h3": [(A + 11 * DAY, 9_000, None)],
        }
        for name in ("t1", "t2", "t3", "t4", "t5", "t6", "t7", "h1", "h2", "h3", "h4"):
            ids[name] = h.client(name)
            for at, amount, code in orders.get(name, []):
                h.order(ids[name], at, amount, promo=code)
        for n in range(1, 8):
            cid = ids[f"t{n}"]
            a = h.assign("spring", cid, "treatment", A, offer_code=f"SPR-T{n}")
            if n == 6:
                h.message(a, "spring", cid, A, channel="sms", status="sent", segments=3)
            else:
                h.message(
                    a, "spring", cid, A, channel="email", status="sent" if n < 7 else "failed"
                )
        for name in ("h1", "h2", "h3"):
            h.assign("spring", ids[name], "holdout", A)
        h.assign("autumn", ids["t3"], "treatment", A + 5 * DAY, offer_code="AUT-T3")
        h.assign("autumn", ids["h4"], "holdout", A + 5 * DAY)
    return ids


def group(assigned: int, contacted: int, returned: int, revenue: str) -> dict[str, Any]:
    closed = assigned  # every window has closed by as-of
    return {
        "assigned": assigned,
        "contacted": contacted,
        "closed": closed,
        "returned": returned,
        "return_rate": pytest.approx(returned / closed),
        "revenue": revenue,
    }


def attribute_then_report(cfg: Path) -> dict[str, Any]:
    done = run_cli("--config", str(cfg), "attribute", "--as-of", AS_OF)
    assert done.returncode == 0, done.stderr
    shown = run_cli("--config", str(cfg), "report", "--as-of", AS_OF, "--format", "json")
    assert shown.returncode == 0, shown.stderr
    assert "no final outcome" not in shown.stderr
    return dict(json.loads(shown.stdout))


def test_report_after_attribute(engine: Engine, db_url: str, tmp_path: Path) -> None:
    ids = build(engine)
    cfg = config(tmp_path, db_url)
    report = attribute_then_report(cfg)
    assert report["outcomes_as_of"] == AS_OF
    spring = report["campaigns"][0]
    # t2, t3, t5 returned (t7's order is not imported yet)
    assert spring["treatment"] == group(7, 6, 3, "1050.00")  # 200 + 300 + 550
    assert spring["holdout"] == group(3, 0, 1, "80.00")

    with engine.begin() as conn:  # t7's order, imported late
        History(conn).order(ids["t7"], A + 2 * DAY, 7_000, external_id="late-t7")
    report = attribute_then_report(cfg)
    spring, autumn = report["campaigns"]
    assert spring["treatment"] == group(7, 6, 4, "1120.00")  # + t7's 70.00
    assert spring["holdout"] == group(3, 0, 1, "80.00")
    # 4/7 - 1/3 = (12 - 7)/21 = 5/21; too few for an interval
    assert spring["uplift"] == {
        "value": pytest.approx(5 / 21),
        "low": None,
        "high": None,
        "significant": False,
        "too_few": True,
    }
    assert spring["incremental_returned"] == pytest.approx(5 / 3)  # 5/21 x 7
    # (1120.00/7 - 80.00/3) x 7 = 1120.00 - 186.666... = 933.333...
    assert spring["incremental_revenue"] == "933.33"
    assert spring["cost"] == "6.50"  # 5 emails x 1.00 + 3 segments x 0.50; t7's failed
    assert spring["cost_per_incremental_return"] == "3.90"  # 6.50 / (5/3)

    assert autumn["treatment"] == group(1, 0, 1, "300.00")
    assert autumn["holdout"] == group(1, 0, 0, "0.00")
    assert autumn["uplift"]["value"] == pytest.approx(1.0) and autumn["uplift"]["too_few"]
    assert autumn["incremental_revenue"] == "300.00"

    # t3's order counted once (for autumn, the later assignment); h1's is nobody's doing:
    # 200.00 (t2) + 300.00 (t3) + 550.00 (t5) + 70.00 (t7)
    assert report["totals"] == {"returned": 4, "revenue": "1120.00"}
    assert report["overlap_returns"] == 1  # t3

    table = run_cli("--config", str(cfg), "report", "--as-of", AS_OF, "--campaign", "spring")
    assert table.returncode == 0, table.stderr
    assert "4 of 7 closed treatment assignments returned (57.1%; holdout 33.3%)" in table.stdout
    assert "too few closed assignments to judge" in table.stdout


def test_report_before_attribute_says_so(engine: Engine, db_url: str, tmp_path: Path) -> None:
    build(engine)
    cfg = config(tmp_path, db_url)
    shown = run_cli("--config", str(cfg), "report", "--as-of", AS_OF, "--format", "json")
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout)
    assert report["outcomes_as_of"] is None
    assert [c["unjudged"] for c in report["campaigns"]] == [10, 2]
    assert report["campaigns"][0]["treatment"]["returned"] == 0
    assert "run `winback attribute` first" in shown.stderr
    table = run_cli("--config", str(cfg), "report", "--as-of", AS_OF)
    assert "10 closed assignments have no final outcome yet" in table.stdout


def test_totals_count_orders_alike_each(engine: Engine, db_url: str, tmp_path: Path) -> None:
    """Two orders of a client at the same second for the same amount are two
    orders in the totals, each given to its own latest assignment: spring
    (10 days) assigned at A; autumn (1 day: [A + 5 days, A + 6 days)) at
    A + 5 days.
      d1: spring treatment (code SPR-D1); 100.00 at A + 1 day twice, one of
          them with SPR-D1                      -> both spring's: 200.00
      d2: spring holdout; autumn treatment (code AUT-D2); 100.00 at A + 7
          days twice (after autumn's window), one of them with AUT-D2
          -> the plain one spring's holdout (not counted), the coded one
             autumn's treatment (the later): 100.00"""
    spring = campaign_toml(["email"], attribution_days=10).replace(
        'name = "winback"', 'name = "spring"'
    )
    autumn = campaign_toml(["email"], attribution_days=1).replace(
        'name = "winback"', 'name = "autumn"'
    )
    cfg = write_config(tmp_path, db_url, spring + autumn)
    with engine.begin() as conn:
        h = History(conn)
        d1, d2 = h.client("d1"), h.client("d2")
        h.order(d1, A + DAY, 10_000)
        h.order(d1, A + DAY, 10_000, promo="SPR-D1")
        h.order(d2, A + 7 * DAY, 10_000)
        h.order(d2, A + 7 * DAY, 10_000, promo="AUT-D2")
        h.assign("spring", d1, "treatment", A, offer_code="SPR-D1")
        h.assign("spring", d2, "holdout", A)
        h.assign("autumn", d2, "treatment", A + 5 * DAY, offer_code="AUT-D2")
    report = attribute_then_report(cfg)
    spring_, autumn_ = report["campaigns"]
    assert spring_["treatment"]["revenue"] == "200.00"  # d1's two orders
    assert spring_["holdout"]["revenue"] == "200.00"  # d2's two, in the window
    assert autumn_["treatment"]["revenue"] == "100.00"  # d2's coded one, after the window
    # d1 200.00 + d2's coded 100.00; d2's plain one went to spring's holdout
    assert report["totals"] == {"returned": 2, "revenue": "300.00"}
    assert report["overlap_returns"] == 1  # d2
