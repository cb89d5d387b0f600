"""``build_report``: every measure of the report as one JSON-ready dict (the
shape README "Reports" documents; the table, CSV and HTML are drawn from it)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import BigInteger, Connection, Engine, select, type_coerce

from winback import revenue_days
from winback.config import Settings
from winback.db import connect_or_fail, read_engine
from winback.errors import UsageError
from winback.models import AttributionState, from_epoch, table_of
from winback.money import currency_digits
from winback.reports import campaigns as measures
from winback.reports import churn, spelled
from winback.reports.request import DEFAULT_ATTRIBUTION_DAYS, DEFAULT_MONTHS, ReportRequest
from winback.reports.stats import compare, comparison_dict, cost_per_return, major, money
from winback.reports.totals import totals
from winback.timeutil import epoch_of, now_utc

state_t = table_of(AttributionState)


def prepare(engine: Engine, settings: Settings) -> None:
    """Before reports: the stats and activity spells of the clients whose
    orders changed rebuilt (every client's the first time, or after
    [report] inactive_days changed), so that churn and LTV read those
    instead of every order. Without them (MariaDB, triggers disabled, a
    client marked since) ``build_report`` reads the orders: same figures."""
    from winback import order_stats

    order_stats.refresh(
        engine,
        inactive_days=settings.report.inactive_days,
        day_offset=order_stats.day_offset_now(settings.tz),
    )


def build_report(engine: Engine, settings: Settings, request: ReportRequest) -> dict[str, Any]:
    tz = settings.tz
    as_of = (request.as_of or now_utc()).astimezone(tz)
    now = epoch_of(as_of)
    since = None if request.since is None else epoch_of(request.since)
    until = None if request.until is None else epoch_of(request.until)
    currency = settings.import_.default_currency
    digits = currency_digits(currency)
    with connect_or_fail(read_engine(engine)) as conn:
        if conn.dialect.name == "postgresql":
            # JIT compiles the grouped pass (a CASE tree per order) for
            # seconds, longer than it saves; SET LOCAL ends with the transaction
            conn.exec_driver_sql("SET LOCAL jit = off")
        names = _campaign_names(conn, settings, request.campaigns)
        configured = {c.name: c for c in settings.campaigns}
        days = {
            n: configured[n].attribution_days if n in configured else DEFAULT_ATTRIBUTION_DAYS
            for n in names
        }
        closed_by = {n: now - d * 86_400 for n, d in days.items()}
        tallies = measures.tally(
            measures.read_rows(conn, names, (since, until), closed_by, request.by),
            request.by,
            {n: configured[n].cost if n in configured else None for n in names},
            {n: measures.offer_label(configured.get(n)) for n in names},
        )
        total = totals(conn, names, since, until, now)
        months = churn.month_starts(as_of, tz, request.since, request.until, DEFAULT_MONTHS)
        churn_rows, loss_rows, manager_rows = _churn(conn, settings, months, digits)
        calibration = _calibration(conn, settings, as_of, request.calibration_days)
        outcomes_as_of = conn.execute(
            select(type_coerce(state_t.c.as_of, BigInteger)).where(state_t.c.id == 1)
        ).scalar()
    campaign_dicts = [
        _campaign(name, tallies.get(name, measures.Tally()), configured, request.by, digits, tz)
        for name in names
    ]
    return {
        "as_of": _iso(as_of, tz),
        "currency": currency,
        "since": _iso(request.since, tz),
        "until": _iso(request.until, tz),
        "inactive_days": settings.report.inactive_days,
        "attribution_days": days,
        "outcomes_as_of": None if outcomes_as_of is None else _iso(from_epoch(outcomes_as_of), tz),
        "campaigns": campaign_dicts,
        "totals": {
            "returned": total.returned,
            "revenue": money(major(total.revenue_minor), digits),
        },
        "overlap_returns": total.overlap_returns,
        "churn": churn_rows,
        "loss_reasons": loss_rows,
        "loss_by_manager": manager_rows,
        "calibration": calibration,
    }


def _calibration(
    conn: Connection, settings: Settings, as_of: dt.datetime, days: int | None
) -> dict[str, Any] | None:
    """The model calibration section, when asked for (numpy and the model load then)."""
    if days is None:
        return None
    from winback.model.calibration import report_section

    return report_section(conn, settings, as_of, days)


def _iso(moment: dt.datetime | None, tz: Any) -> str | None:
    return None if moment is None else moment.astimezone(tz).isoformat(timespec="seconds")


def _campaign_names(conn: Connection, settings: Settings, asked: Sequence[str]) -> list[str]:
    """The asked campaigns, or every configured one then every other in the log."""
    configured = [c.name for c in settings.campaigns]
    logged = measures.campaigns_in_log(conn)
    known = configured + [n for n in logged if n not in configured]
    if not asked:
        return known
    for name in asked:
        if name not in known:
            shown = ", ".join(known) or "none"
            raise UsageError(
                f"--campaign {name!r}: no such campaign in the config or the log (known: {shown})"
            )
    return list(dict.fromkeys(asked))


def _campaign(
    name: str,
    tally: measures.Tally,
    configured: dict[str, Any],
    by: Sequence[str],
    digits: int,
    tz: Any,
) -> dict[str, Any]:
    pair = tally.pair
    comparison = compare(pair.treatment, pair.holdout)
    has_cost = name in configured and configured[name].cost is not None
    cost = tally.cost if has_cost else None
    per_return = cost_per_return(cost, comparison.incremental_returned)
    return {
        "campaign": name,
        "treatment": pair.treatment.as_dict(digits),
        "holdout": pair.holdout.as_dict(digits),
        **comparison_dict(comparison, digits),
        "cost": money(cost, digits),
        "cost_per_incremental_return": money(per_return, digits),
        "by": {d: _breakdown(d, tally, digits) for d in by},
        "cycles": [
            {
                "cycle": number,
                "assigned_at": _iso(from_epoch(first), tz),
                "treatment": _short(p.treatment.as_dict(digits)),
                "holdout": _short(p.holdout.as_dict(digits)),
            }
            for number, (first, p) in sorted(tally.cycles.items())
        ],
        "unjudged": tally.unjudged,
    }


def _short(group: dict[str, Any]) -> dict[str, Any]:
    return {k: group[k] for k in ("closed", "returned", "return_rate")}


def _breakdown(dimension: str, tally: measures.Tally, digits: int) -> list[dict[str, Any]]:
    pairs = tally.by.get(dimension, {})
    whole = pairs.get(measures.ALL_HOLDOUT)
    out = []
    for key in sorted(k for k in pairs if k != measures.ALL_HOLDOUT):
        treatment = pairs[key].treatment
        holdout = whole.holdout if whole is not None else pairs[key].holdout
        out.append(
            {
                "value": key,
                "treatment": treatment.as_dict(digits),
                "holdout": holdout.as_dict(digits),
                **comparison_dict(compare(treatment, holdout), digits),
            }
        )
    return out


def _churn(
    conn: Connection, settings: Settings, months: list[dt.datetime], digits: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    if not months:
        return [], [], []
    bounds = [epoch_of(m) for m in months]
    inactive = settings.report.inactive_days * 86_400
    if spelled.usable(conn, bounds, inactive):
        act = spelled.activity(conn, bounds, inactive)
    else:
        act = churn.activity(conn, churn.Regions.of(bounds, inactive))
    if revenue_days.usable(conn):
        revenue = revenue_days.before(conn, bounds)
    else:
        revenue = churn.revenue_before(conn, bounds)
    losses = act.losses
    labels = [m.strftime("%Y-%m") for m in months]
    rows = []
    for j in range(1, len(bounds)):
        start, end, lost, new = act.active[j - 1], act.active[j], act.lost[j], act.new[j]
        ltv = churn.ltv(revenue[j], act.ordered_before[j])
        rows.append(
            {
                "month": labels[j - 1],
                "active_start": start,
                "active_end": end,
                "new": new,
                "lost": lost,
                "churn_rate": lost / start if start else None,
                "crr": (end - new) / start if start else None,
                "ltv": None if ltv is None else money(major(ltv), digits),
                "lost_revenue": None if ltv is None else money(major(ltv * lost), digits),
            }
        )
    by_reason = sorted(losses.by_reason.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1]))
    loss_rows = [{"month": labels[j - 1], "reason": r, "clients": n} for (j, r), n in by_reason]
    by_manager = sorted(
        losses.by_manager.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1] or "")
    )
    manager_rows = [
        {"month": labels[j - 1], "manager": m, "clients": n} for (j, m), n in by_manager
    ]
    return rows, loss_rows, manager_rows
