"""`winback report`: the campaign measures on a history built by hand, every
figure (the interval included) computed by hand below; the breakdowns, the
all-campaign totals and overlap; the CLI's formats, --output and bad input.

Outcomes are written directly here (what `winback attribute` would store);
tests/integration/test_report_attribution.py runs the real `attribute`.

The history ("spring": 30-day window, costs; "autumn": 14-day window, no
cost; as-of A + 40 days, Europe/Moscow):

spring treatment, assigned at A, 60 closed: S00..S49 email sent, S50..S54
SMS sent in 2 segments, S55 SMS sent (segments unknown), S56 a call task done
(reached), S57..S59 Telegram failed. S00..S19 returned with 1,000.00 each,
S20..S23 with 2,500.50 each; reasons "recency" for S00..S29, "recency,
nps_detractor" for S30..S59. Open (assigned at A + 30 days): SO0 (returned
early, 500.00), SO1, SO2, all emailed.
spring holdout, assigned at A: SH00..SH49 closed, SH00..SH04 returned with
800.00 each; reasons as above (SH25..SH49 with nps_detractor). Open: SHO0,
SHO1.
autumn, assigned at A + 3 days: treatment S00 (its 1,000.00 order at A + 5
days is in both campaigns' windows), T2 and T3 (300.00 each) returned, 7
more not; holdout S01 (its spring order at A + 6 days) returned, 4 not.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import zoneinfo
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from tests.conftest import run_cli, write_config
from tests.integration.test_run_once import campaign_toml
from tests.report_history import DAY, History, epoch
from winback.config import load_config
from winback.reports import ReportRequest, build_report

pytestmark = pytest.mark.slow

Z = 1.959964
MSK = zoneinfo.ZoneInfo("Europe/Moscow")
A = epoch(dt.datetime(2026, 3, 2, 10, 0, tzinfo=MSK))
AS_OF = A + 40 * DAY
B = A + 3 * DAY  # autumn's cycle

COSTS = "[campaigns.cost]\nemail = 2.50\nsms_segment = 1.20\ntelegram = 0.80\ncall = 5.00\n"


def config_text() -> str:
    spring = campaign_toml(["email", "sms", "telegram"], attribution_days=30)
    spring = spring.replace('name = "winback"', 'name = "spring"') + COSTS
    autumn = campaign_toml(["email"], attribution_days=14).replace(
        'name = "winback"', 'name = "autumn"'
    )
    return spring + autumn


def iso(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, MSK).isoformat()


def judged(h: History, a: int, cid: int, group: str, at: int, verdict: str, **kw: Any) -> None:
    """The outcome `attribute` would store for assignment ``a`` (campaign
    by its start: spring at A or A + 30 days, autumn at B)."""
    campaign, days = ("autumn", 14) if at == B else ("spring", 30)
    h.outcome(a, campaign, cid, group, at, days, AS_OF, verdict=verdict, **kw)


def returned(h: History, a: int, cid: int, group: str, at: int, amount: int, when: int) -> None:
    judged(h, a, cid, group, at, "returned", revenue_minor=amount, returned_at=when, by="time")


def spring_treatment(h: History) -> None:
    for i in range(60):
        cid = h.client(f"S{i:02d}")
        reasons = "recency" if i < 30 else "recency,nps_detractor"
        a = h.assign("spring", cid, "treatment", A, reasons=reasons)
        if i < 50:
            h.message(a, "spring", cid, A, channel="email", status="sent")
        elif i < 56:
            segments = 2 if i < 55 else None
            h.message(a, "spring", cid, A, channel="sms", status="sent", segments=segments)
        elif i == 56:
            m = h.message(a, "spring", cid, A, channel="call", status="sent")
            h.call_task(m, a, "spring", cid, A, status="done", result="reached", done_at=A + DAY)
        else:
            h.message(a, "spring", cid, A, channel="telegram", status="failed")
        if i < 24:
            amount = 100_000 if i < 20 else 250_050
            at = A + {0: 5 * DAY, 1: 6 * DAY}.get(i, 2 * DAY + i * 3600)
            h.order(cid, at, amount)
            returned(h, a, cid, "treatment", A, amount, at)
        else:
            h.order(cid, A - DAY, 12_345)  # the day before: not a return
            judged(h, a, cid, "treatment", A, "not_returned")
    for i in range(3):
        cid = h.client(f"SO{i}")
        at = A + 30 * DAY
        a = h.assign("spring", cid, "treatment", at, cycle=2)
        h.message(a, "spring", cid, at, channel="email", status="sent")
        if i == 0:
            h.order(cid, at + 2 * DAY, 50_000)
            returned(h, a, cid, "treatment", at, 50_000, at + 2 * DAY)
        else:
            judged(h, a, cid, "treatment", at, "pending")


def spring_holdout(h: History) -> None:
    for i in range(50):
        cid = h.client(f"SH{i:02d}")
        reasons = "recency" if i < 25 else "recency,nps_detractor"
        a = h.assign("spring", cid, "holdout", A, reasons=reasons)
        if i < 5:
            h.order(cid, A + 3 * DAY, 80_000)
            returned(h, a, cid, "holdout", A, 80_000, A + 3 * DAY)
        else:
            judged(h, a, cid, "holdout", A, "not_returned")
    for i in range(2):
        cid = h.client(f"SHO{i}")
        at = A + 30 * DAY
        a = h.assign("spring", cid, "holdout", at, cycle=2)
        if i == 0:
            h.order(cid, at + DAY, 80_000)
            returned(h, a, cid, "holdout", at, 80_000, at + DAY)
        else:
            judged(h, a, cid, "holdout", at, "pending")


def autumn(h: History, ids: dict[str, int]) -> None:
    treated = [ids["S00"], h.client("T2"), h.client("T3")] + [h.client(f"AT{i}") for i in range(7)]
    for n, cid in enumerate(treated):
        a = h.assign("autumn", cid, "treatment", B)
        if n == 0:  # S00's spring order at A + 5 days
            returned(h, a, cid, "treatment", B, 100_000, A + 5 * DAY)
        elif n < 3:
            h.order(cid, B + 2 * DAY, 30_000)
            returned(h, a, cid, "treatment", B, 30_000, B + 2 * DAY)
        else:
            judged(h, a, cid, "treatment", B, "not_returned")
    held = [ids["S01"]] + [h.client(f"AH{i}") for i in range(4)]
    for n, cid in enumerate(held):
        a = h.assign("autumn", cid, "holdout", B)
        if n == 0:  # S01's spring order at A + 6 days
            returned(h, a, cid, "holdout", B, 100_000, A + 6 * DAY)
        else:
            judged(h, a, cid, "holdout", B, "not_returned")


def build_history(engine: Engine) -> None:
    with engine.begin() as conn:
        h = History(conn)
        spring_treatment(h)
        spring_holdout(h)
        ids = dict(conn.execute(text("SELECT external_id, id FROM clients")).all())
        autumn(h, ids)


def group(
    assigned: int, contacted: int, closed: int, returned: int, revenue: str
) -> dict[str, Any]:
    return {
        "assigned": assigned,
        "contacted": contacted,
        "closed": closed,
        "returned": returned,
        "return_rate": returned / closed if closed else None,
        "revenue": revenue,
    }


def interval(p1: float, n1: int, p2: float, n2: int) -> tuple[float, float]:
    se = math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2)
    return p1 - p2 - Z * se, p1 - p2 + Z * se


@pytest.fixture
def history(engine: Engine, db_url: str, tmp_path: Path) -> Path:
    build_history(engine)
    return write_config(tmp_path, db_url, config_text())


def report_of(cfg: Path, engine: Engine, **request: Any) -> dict[str, Any]:
    settings = load_config(cfg)
    as_of = dt.datetime.fromtimestamp(AS_OF, dt.UTC)
    return build_report(engine, settings, ReportRequest(as_of=as_of, **request))


def test_campaign_measures_by_hand(history: Path, engine: Engine) -> None:
    report = report_of(history, engine, by=("channel", "reason", "offer"))
    assert report["as_of"] == iso(AS_OF)
    assert (report["currency"], report["since"], report["until"]) == ("RUB", None, None)
    assert report["attribution_days"] == {"spring": 30, "autumn": 14}
    spring, autumn_ = report["campaigns"]
    assert (spring["campaign"], autumn_["campaign"]) == ("spring", "autumn")

    # spring. contacted: 50 email + 6 SMS + 1 call reached (closed) + 3 email (open) = 60
    assert spring["treatment"] == group(63, 60, 60, 24, "30002.00")  # 20 x 1000.00 + 4 x 2500.50
    assert spring["holdout"] == group(52, 0, 50, 5, "4000.00")  # 5 x 800.00
    # uplift 24/60 - 5/50 = 0.4 - 0.1 = 0.3; se = sqrt(0.4*0.6/60 + 0.1*0.9/50)
    #   = sqrt(0.004 + 0.0018) = sqrt(0.0058) = 0.0761577; z*se = 0.1492661
    u = spring["uplift"]
    assert u["value"] == pytest.approx(0.3)
    assert (
        u["low"] == pytest.approx(0.3 - Z * math.sqrt(0.0058)) == pytest.approx(0.1507339, abs=1e-6)
    )
    assert u["high"] == pytest.approx(0.4492661, abs=1e-6)
    assert (u["significant"], u["too_few"]) == (True, False)
    assert spring["incremental_returned"] == pytest.approx(18.0)  # 0.3 x 60
    # (30002.00/60 - 4000.00/50) x 60 = 30002.00 - 4800.00
    assert spring["incremental_revenue"] == "25202.00"
    # 50 x 2.50 + 5 x 2 x 1.20 + 1 x 1.20 (segments unknown) + 5.00 (call); failed sends free
    assert spring["cost"] == "143.20"
    assert spring["cost_per_incremental_return"] == "7.96"  # 143.20 / 18 = 7.9555...
    assert spring["unjudged"] == 0

    # autumn: under 30 closed in both groups
    assert autumn_["treatment"] == group(10, 0, 10, 3, "1600.00")  # 1000.00 + 2 x 300.00
    assert autumn_["holdout"] == group(5, 0, 5, 1, "1000.00")
    assert autumn_["uplift"] == {
        "value": pytest.approx(0.1),  # 3/10 - 1/5
        "low": None,
        "high": None,
        "significant": False,
        "too_few": True,
    }
    assert autumn_["incremental_returned"] == pytest.approx(1.0)  # 0.1 x 10
    assert autumn_["incremental_revenue"] == "-400.00"  # (1600.00/10 - 1000.00/5) x 10
    assert (autumn_["cost"], autumn_["cost_per_incremental_return"]) == (None, None)

    # totals: spring's 24 returned orders, but S01's (1000.00) goes to autumn's holdout
    # (the latest assignment it qualifies for) and S00's is counted once; + T2, T3
    # = 19 x 1000.00 + 4 x 2500.50 + 2 x 300.00 = 29602.00, from 23 + 2 clients
    assert report["totals"] == {"returned": 25, "revenue": "29602.00"}
    assert report["overlap_returns"] == 2  # S00 and S01

    cycles = spring["cycles"]
    assert [(c["cycle"], c["assigned_at"]) for c in cycles] == [(1, iso(A)), (2, iso(A + 30 * DAY))]
    assert cycles[0]["treatment"] == {"closed": 60, "returned": 24, "return_rate": 0.4}
    assert cycles[1]["holdout"] == {"closed": 0, "returned": 0, "return_rate": None}


def test_breakdowns_by_hand(history: Path, engine: Engine) -> None:
    report = report_of(history, engine, by=("channel", "reason", "offer"))
    spring = report["campaigns"][0]
    channel = {row["value"]: row for row in spring["by"]["channel"]}
    assert list(channel) == ["call", "email", "none", "sms"]
    whole_holdout = group(52, 0, 50, 5, "4000.00")
    email = channel["email"]
    assert email["treatment"] == group(53, 53, 50, 24, "30002.00")
    assert email["holdout"] == whole_holdout
    # 24/50 - 5/50 = 0.38; se = sqrt(0.48*0.52/50 + 0.1*0.9/50) = sqrt(0.006792) = 0.0824136
    low, high = interval(0.48, 50, 0.1, 50)
    assert (low, high) == (pytest.approx(0.2184723, abs=1e-6), pytest.approx(0.5415277, abs=1e-6))
    assert email["uplift"] == {
        "value": pytest.approx(0.38),
        "low": pytest.approx(low),
        "high": pytest.approx(high),
        "significant": True,
        "too_few": False,
    }
    assert email["incremental_returned"] == pytest.approx(19.0)  # 0.38 x 50
    assert email["incremental_revenue"] == "26002.00"  # (30002.00/50 - 4000.00/50) x 50
    assert channel["sms"]["treatment"] == group(6, 6, 6, 0, "0.00")
    assert channel["sms"]["uplift"]["too_few"] is True
    assert channel["call"]["treatment"] == group(1, 1, 1, 0, "0.00")
    assert channel["none"]["treatment"] == group(3, 0, 3, 0, "0.00")  # Telegram failed

    reason = {row["value"]: row for row in spring["by"]["reason"]}
    assert list(reason) == ["nps_detractor", "recency"]  # both reasons: counted under both
    assert reason["recency"]["treatment"] == spring["treatment"]
    assert reason["recency"]["holdout"] == spring["holdout"]
    nps = reason["nps_detractor"]
    assert nps["treatment"] == group(30, 27, 30, 0, "0.00")  # S57..S59: Telegram failed
    assert nps["holdout"] == group(25, 0, 25, 0, "0.00")
    assert nps["uplift"]["value"] == 0.0 and nps["uplift"]["too_few"] is True  # 25 < 30

    (offer,) = spring["by"]["offer"]
    assert offer["value"] == "15%"
    assert offer["treatment"] == spring["treatment"] and offer["holdout"] == spring["holdout"]
    assert report["campaigns"][1]["by"]["channel"][0]["value"] == "none"


def test_since_selects_assignments(history: Path, engine: Engine) -> None:
    since = dt.datetime.fromtimestamp(A + 20 * DAY, dt.UTC)
    report = report_of(history, engine, since=since)
    spring = report["campaigns"][0]
    assert spring["treatment"] == group(3, 3, 0, 0, "0.00")  # the open cycle only
    assert spring["holdout"] == group(2, 0, 0, 0, "0.00")
    assert spring["uplift"] == {
        "value": None,
        "low": None,
        "high": None,
        "significant": False,
        "too_few": True,
    }
    assert (spring["incremental_returned"], spring["incremental_revenue"]) == (None, None)
    assert spring["cost"] == "0.00" and spring["cost_per_incremental_return"] is None
    assert report["totals"] == {"returned": 0, "revenue": "0.00"}
    assert report["campaigns"][1]["treatment"]["assigned"] == 0


def cli(cfg: Path, *args: str) -> Any:
    return run_cli("--config", str(cfg), "report", "--as-of", iso(AS_OF), *args)


def test_cli_formats_agree(history: Path, engine: Engine, tmp_path: Path) -> None:
    shown = cli(history, "--format", "json", "--by", "channel,reason", "--campaign", "spring")
    assert shown.returncode == 0, shown.stderr
    report = json.loads(shown.stdout)
    assert report == json.loads(
        json.dumps(report_of(history, engine, campaigns=("spring",), by=("channel", "reason")))
    )
    spring = report["campaigns"][0]
    assert [c["campaign"] for c in report["campaigns"]] == ["spring"]

    table = cli(history, "--by", "channel", "--campaign", "spring")
    assert table.returncode == 0, table.stderr
    out = table.stdout
    assert "24 of 60 closed treatment assignments returned (40.0%; holdout 10.0%)" in out
    assert "uplift +30.0 pp, 95% interval +15.1 pp to +44.9 pp: significant" in out
    assert "incremental revenue 25202.00 RUB" in out and "cost 143.20 RUB" in out
    assert "spring by channel" in out and "30002.00" in out
    assert "Uplift = treatment return rate - holdout return rate" in out  # footnotes

    rows = list(csv.DictReader(io.StringIO(cli(history, "--format", "csv").stdout)))
    assert [r["campaign"] for r in rows] == ["spring", "autumn"]
    first = rows[0]
    assert first["treatment_returned"] == "24" and first["treatment_revenue"] == "30002.00"
    assert float(first["uplift_low"]) == pytest.approx(spring["uplift"]["low"])
    assert (first["significant"], first["too_few"]) == ("true", "false")
    assert first["cost_per_incremental_return"] == "7.96"
    assert rows[1]["uplift_low"] == "" and rows[1]["incremental_revenue"] == "-400.00"

    by = list(
        csv.DictReader(
            io.StringIO(cli(history, "--format", "csv", "--table", "by", "--by", "reason").stdout)
        )
    )
    assert [(r["campaign"], r["dimension"], r["value"]) for r in by] == [
        ("spring", "reason", "nps_detractor"),
        ("spring", "reason", "recency"),
        ("autumn", "reason", "recency"),
    ]
    churn = cli(history, "--format", "csv", "--table", "churn")
    assert churn.stdout.splitlines()[0] == (
        "month,active_start,active_end,new,lost,churn_rate,crr,ltv,lost_revenue"
    )
    assert len(churn.stdout.splitlines()) == 13  # the header and 12 months


def test_cli_output_file(history: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    done = cli(history, "--format", "json", "--output", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["totals"]["returned"] == 25
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]  # no temporary left
    table = tmp_path / "out" / "report.txt"
    assert cli(history, "--output", str(table)).returncode == 0
    assert "closed treatment assignments returned" in table.read_text(encoding="utf-8")
    page = tmp_path / "out" / "report.html"
    done = cli(history, "--format", "html", "--output", str(page))
    assert done.returncode == 0, done.stderr
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "spring" in html and "25,202.00" in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--by", "colour"], "--by: unknown 'colour'"),
        (["--since", "yesterday"], "--since: 'yesterday' is not an ISO 8601 date"),
        (["--until", "2026-13-01"], "--until: '2026-13-01' is not an ISO 8601 date"),
        (["--since", "2026-04-01", "--until", "2026-03-01"], "is not before --until"),
        (["--campaign", "winter"], "--campaign 'winter': no such campaign"),
        (["--table", "churn"], "--table goes with --format csv only"),
        (["--format", "pdf"], "Invalid value for '--format'"),
        (["--output", "/nonexistent/dir/r.json"], "the folder /nonexistent/dir does not exist"),
    ],
)
def test_cli_bad_values_exit_2(
    engine: Engine, db_url: str, tmp_path: Path, args: list[str], message: str
) -> None:
    done = cli(write_config(tmp_path, db_url, config_text()), *args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert message in done.stderr and "Traceback" not in done.stderr
