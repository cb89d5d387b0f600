"""The report for people (a table) and for spreadsheets (CSV), both drawn from
:func:`winback.reports.build_report`'s dict, so all formats agree.

CSV writes one table at a time (``--table``), each with stable columns
(:data:`CSV_COLUMNS`); rates are fractions, money exact decimal strings in
major units, empty cells for null.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TextIO

from winback import output

GROUP_FIELDS = ("assigned", "contacted", "closed", "returned", "return_rate", "revenue")
COMPARISON_FIELDS = (
    "uplift",
    "uplift_low",
    "uplift_high",
    "significant",
    "too_few",
    "incremental_returned",
    "incremental_revenue",
)
_GROUPS = tuple(f"{g}_{f}" for g in ("treatment", "holdout") for f in GROUP_FIELDS)
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "campaigns": (
        "campaign",
        *_GROUPS,
        *COMPARISON_FIELDS,
        "cost",
        "cost_per_incremental_return",
    ),
    "by": ("campaign", "dimension", "value", *_GROUPS, *COMPARISON_FIELDS),
    "churn": (
        "month",
        "active_start",
        "active_end",
        "new",
        "lost",
        "churn_rate",
        "crr",
        "ltv",
        "lost_revenue",
    ),
    "loss_reasons": ("month", "reason", "clients"),
    "loss_by_manager": ("month", "manager", "clients"),
    # the P(alive) bins of --calibration-days (README "Model calibration")
    "calibration": (
        "low",
        "high",
        "clients",
        "ordered",
        "ordered_share",
        "mean_p_alive",
        "mean_expected_purchases",
        "mean_purchase_days",
    ),
}
CSV_TABLES = tuple(CSV_COLUMNS)
TEXT_COLUMNS = {"campaign", "dimension", "value", "month", "reason", "manager"}

FOOTNOTES = (
    "Closed: an assignment whose attribution window (assigned_at + attribution_days) has "
    "ended by as-of. Return rate = closed assignments that returned / closed assignments; "
    "returned and revenue count closed assignments only (an early return in an open window "
    "enters when the window closes).",
    "Returned: the client ordered within the window, or redeemed the assignment's offer code "
    "at any time after it. Revenue: their orders in the window plus their code orders after it.",
    "Contacted: a message sent (email, SMS, Telegram) or a call task done with the client "
    "reached. Treatment clients whose message failed still count in the treatment group.",
    "Uplift = treatment return rate - holdout return rate, with a 95% interval "
    "(two-proportion normal approximation, z = 1.959964); significant when the interval "
    "excludes 0; too few (no interval) under 30 closed assignments in either group.",
    "Incremental returned = uplift x closed treatment assignments; incremental revenue = "
    "(returned revenue per closed treatment assignment - the same for the holdout) x closed "
    "treatment assignments. Cost: the contacts of the closed treatment assignments "
    "([campaigns.cost]); cost per incremental return is shown when that is above 0.",
    "By reason: a client selected for two reasons counts under both. By channel: the channel "
    "of the sent message ('none': not sent), each compared with the campaign's whole holdout.",
    "Totals: each order counted once, for the latest assignment it qualifies for; returns "
    "given to a holdout assignment are left out. Overlap: clients counted as returned by more "
    "than one campaign.",
    "Active at t: an order in (t - inactive_days, t]. Per month: S active at its start, E at "
    "its end, N active at its end but not its start, lost active at its start but not its "
    "end. Churn rate = lost / S; CRR = (E - N) / S; LTV = revenue of all orders before the "
    "month's end / clients with an order before it; lost revenue = lost x LTV.",
    "Loss reason: the reason of the client's latest incident with one before the month's "
    "end, else nps_detractor (latest NPS answer 0-6), else unknown.",
)


# ------------------------------------------------------------------------- CSV


def _flat_comparison(item: dict[str, Any]) -> dict[str, Any]:
    uplift = item["uplift"]
    out = {f"{g}_{f}": item[g][f] for g in ("treatment", "holdout") for f in GROUP_FIELDS}
    out.update(
        uplift=uplift["value"],
        uplift_low=uplift["low"],
        uplift_high=uplift["high"],
        significant=uplift["significant"],
        too_few=uplift["too_few"],
        incremental_returned=item["incremental_returned"],
        incremental_revenue=item["incremental_revenue"],
    )
    return out


def csv_records(report: dict[str, Any], table: str) -> Iterator[dict[str, Any]]:
    """The rows of one CSV table, keyed by :data:`CSV_COLUMNS`."""
    if table == "campaigns":
        for c in report["campaigns"]:
            yield {
                "campaign": c["campaign"],
                **_flat_comparison(c),
                "cost": c["cost"],
                "cost_per_incremental_return": c["cost_per_incremental_return"],
            }
    elif table == "by":
        for c in report["campaigns"]:
            for dimension, rows in c["by"].items():
                for row in rows:
                    yield {
                        "campaign": c["campaign"],
                        "dimension": dimension,
                        "value": row["value"],
                        **_flat_comparison(row),
                    }
    elif table == "calibration":
        yield from (report["calibration"] or {}).get("bins", ())
    else:
        yield from report[table]


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write_csv(report: dict[str, Any], table: str, out: TextIO) -> int:
    columns = CSV_COLUMNS[table]
    records = ({k: _cell(r[k]) for k in columns} for r in csv_records(report, table))
    numeric = [c for c in columns if c not in TEXT_COLUMNS]
    return output.write_csv(out, columns, records, numeric=numeric)
