"""The report on a terminal: a headline per campaign, the groups, the uplift
with its interval and what it means in words, breakdowns, churn by month,
loss reasons, and the definitions as footnotes."""

from __future__ import annotations

import textwrap
from typing import Any, TextIO

from winback import output
from winback.reports.text import FOOTNOTES

GROUP_COLUMNS = [
    ("campaign", "left"),
    ("group", "left"),
    ("assigned", "right"),
    ("contacted", "right"),
    ("closed", "right"),
    ("returned", "right"),
    ("return rate", "right"),
    ("revenue", "right"),
]
BY_COLUMNS = [
    ("value", "left"),
    ("treatment closed", "right"),
    ("returned", "right"),
    ("rate", "right"),
    ("holdout closed", "right"),
    ("returned", "right"),
    ("rate", "right"),
    ("uplift", "right"),
    ("95% interval", "right"),
    ("significance", "left"),
]
CHURN_COLUMNS = [
    ("month", "left"),
    ("active at start", "right"),
    ("active at end", "right"),
    ("new", "right"),
    ("lost", "right"),
    ("churn rate", "right"),
    ("CRR", "right"),
    ("LTV", "right"),
    ("lost revenue", "right"),
]
REASON_COLUMNS = [("month", "left"), ("reason", "left"), ("clients", "right")]


def percent(rate: float | None) -> str:
    return "-" if rate is None else f"{rate * 100:.1f}%"


def points(value: float | None) -> str:
    """An uplift in percentage points, signed."""
    return "-" if value is None else f"{value * 100:+.1f} pp"


def interval(uplift: dict[str, Any]) -> str:
    if uplift["low"] is None:
        return "-"
    return f"{points(uplift['low'])} to {points(uplift['high'])}"


def significance(uplift: dict[str, Any]) -> str:
    """What the interval says, in words."""
    if uplift["value"] is None:
        return "no closed assignments to compare yet"
    if uplift["too_few"]:
        return "too few closed assignments to judge (under 30 in a group)"
    if not uplift["significant"]:
        return "not significant: the difference may be chance"
    if uplift["value"] > 0:
        return "significant: more clients came back than without contact"
    return "significant: fewer clients came back than without contact"


def verdict(uplift: dict[str, Any]) -> str:
    """The same, in a word or two, for a breakdown's row."""
    if uplift["value"] is None:
        return "nothing closed"
    if uplift["too_few"]:
        return "too few"
    return "significant" if uplift["significant"] else "not significant"


def _or_dash(value: Any) -> str:
    return "-" if value is None else str(value)


def headline(c: dict[str, Any], currency: str) -> str:
    t, u = c["treatment"], c["uplift"]
    if not t["assigned"] and not c["holdout"]["assigned"]:
        return f"{c['campaign']}: no assignments"
    inc = c["incremental_returned"]
    parts = [
        f"{c['campaign']}: {t['returned']} of {t['closed']} closed treatment assignments "
        f"returned ({percent(t['return_rate'])}; holdout {percent(c['holdout']['return_rate'])})",
        f"uplift {points(u['value'])}, 95% interval {interval(u)}: {significance(u)}",
        "incremental returned clients "
        + ("-" if inc is None else f"{inc:.1f}")
        + f", incremental revenue {_or_dash(c['incremental_revenue'])} {currency}",
    ]
    if c["cost"] is not None:
        parts.append(
            f"cost {c['cost']} {currency}, per incremental returned client "
            f"{_or_dash(c['cost_per_incremental_return'])}"
        )
    if c.get("unjudged"):
        parts.append(
            f"{c['unjudged']} closed assignments have no final outcome yet: run `winback attribute`"
        )
    return "\n  ".join(parts)


def write_table(report: dict[str, Any], out: TextIO) -> None:
    currency = report["currency"]
    out.write(f"winback report as of {report['as_of']} (money in {currency})\n\n")
    for c in report["campaigns"]:
        out.write(headline(c, currency) + "\n\n")
    assigned = [
        c for c in report["campaigns"] if c["treatment"]["assigned"] + c["holdout"]["assigned"]
    ]
    rows = [
        [c["campaign"], group, *_group_cells(c[group])]
        for c in assigned
        for group in ("treatment", "holdout")
    ]
    if rows:
        output.write_table(out, "campaigns", GROUP_COLUMNS, rows, wide=True)
    for c in assigned:
        for dimension, items in c["by"].items():
            title = f"{c['campaign']} by {dimension}"
            output.write_table(out, title, BY_COLUMNS, [_by_cells(i) for i in items], wide=True)
    totals = report["totals"]
    out.write(
        f"\nall campaigns: {totals['returned']} clients returned, revenue "
        f"{totals['revenue']} {currency}; {report['overlap_returns']} clients counted "
        "by more than one campaign\n"
    )
    _churn(report, out)
    if report.get("calibration"):
        from winback.reports.calibration import write_table as write_calibration

        out.write("\n")
        write_calibration(report["calibration"], out)
    _footnotes(out)


def _group_cells(g: dict[str, Any]) -> list[Any]:
    return [
        g["assigned"],
        g["contacted"],
        g["closed"],
        g["returned"],
        percent(g["return_rate"]),
        g["revenue"],
    ]


def _by_cells(item: dict[str, Any]) -> list[Any]:
    t, h, u = item["treatment"], item["holdout"], item["uplift"]
    return [
        item["value"],
        t["closed"],
        t["returned"],
        percent(t["return_rate"]),
        h["closed"],
        h["returned"],
        percent(h["return_rate"]),
        points(u["value"]),
        interval(u),
        verdict(u),
    ]


def _churn(report: dict[str, Any], out: TextIO) -> None:
    rows = [
        [
            m["month"],
            m["active_start"],
            m["active_end"],
            m["new"],
            m["lost"],
            percent(m["churn_rate"]),
            percent(m["crr"]),
            _or_dash(m["ltv"]),
            _or_dash(m["lost_revenue"]),
        ]
        for m in report["churn"]
    ]
    title = f"churn by month (inactive after {report['inactive_days']} days)"
    if rows:
        output.write_table(out, title, CHURN_COLUMNS, rows, wide=True)
    else:
        out.write("\nno complete month to report churn for\n")
    reasons = [[r["month"], r["reason"], r["clients"]] for r in report["loss_reasons"]]
    if reasons:
        output.write_table(out, "why the lost clients left", REASON_COLUMNS, reasons, wide=True)


def _footnotes(out: TextIO) -> None:
    out.write("\n")
    for n, note in enumerate(FOOTNOTES, 1):
        out.write(textwrap.fill(note, 100, initial_indent=f"{n}. ", subsequent_indent="   "))
        out.write("\n")
