"""The calibration table (:func:`winback.model.calibration.calibrate`'s dict)
for people: a terminal table (``winback model calibrate`` and the report's
table) and the HTML report's section. Only the dict is needed here, not the
model (numpy, scipy), so the HTML report loads none of it."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TextIO

from markupsafe import Markup

from winback import output
from winback.reports.i18n import Words

COLUMNS = [
    ("P(alive) bin", "left"),
    ("clients", "right"),
    ("mean P(alive)", "right"),
    ("expected purchases", "right"),
    ("ordered again", "right"),
    ("share ordered", "right"),
    ("purchase days", "right"),
]
NOTE = (
    "Per bin: clients with an order at or before as-of, binned by P(alive) at as-of; the means "
    "of P(alive) and of the expected purchase days in the period (BG/NBD E[Y(t) | x, t_x, T]); "
    "clients who ordered in (as-of, as-of + days], their share, and their mean purchase days "
    "there (days with an order, counted once)."
)


def bin_labels(rows: Sequence[dict[str, Any]]) -> list[str]:
    """``[0.10, 0.20)`` per bin; the last one ``[0.90, 1.00]``."""
    return [
        f"[{r['low']:.2f}, {r['high']:.2f}" + ("]" if i == len(rows) - 1 else ")")
        for i, r in enumerate(rows)
    ]


def _fixed(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}%"


def model_line(section: Mapping[str, Any]) -> str:
    m = section["model"]
    params = f"r={m['r']:.4g} alpha={m['alpha']:.4g} a={m['a']:.4g} b={m['b']:.4g}"
    if m["source"] == "stored":
        where = f"stored fit #{m['id']} as of {m['as_of']} (fitted at {m['fitted_at']})"
    else:
        where = f"fitted in memory on the data as of {section['as_of']} (not stored)"
    bound = (
        f" ({' and '.join(m['at_bound'])} at the bound: the data fit a limit of the model)"
        if m["at_bound"]
        else ""
    )
    return f"model: {where}, {m['clients']} clients, unit {m['unit']}: {params}{bound}"


def write_table(section: Mapping[str, Any], out: TextIO, *, warnings: bool = True) -> None:
    title = (
        f"calibration: P(alive) as of {section['as_of']} vs orders in the "
        f"{section['horizon_days']} days to {section['until']}"
    )
    rows = section["bins"]
    cells = [
        [
            label,
            r["clients"],
            _fixed(r["mean_p_alive"]),
            _fixed(r["mean_expected_purchases"]),
            r["ordered"],
            _percent(r["ordered_share"]),
            _fixed(r["mean_purchase_days"]),
        ]
        for label, r in zip(bin_labels(rows), rows, strict=True)
    ]
    t = section["totals"]
    cells.append(
        [
            "all (sums)",
            t["clients"],
            _fixed(t["mean_p_alive"]),
            _fixed(t["expected_purchases"], 1),
            t["ordered"],
            _percent(t["ordered_share"]),
            t["purchase_days"],
        ]
    )
    output.write_table(out, title, COLUMNS, cells, wide=True)
    out.write(model_line(section) + "\n")
    out.write(textwrap.fill(NOTE, 100) + "\n")
    out.write(
        f"predicted purchase days in the period {t['expected_purchases']:.1f}, actual "
        f"{t['purchase_days']}; {section['clients_without_orders']} clients without an order "
        "by as-of are left out\n"
    )
    for warning in section["warnings"] if warnings else ():
        out.write(f"warning: {warning}\n")


HTML_HEAD = ("cal_bin", "clients", "cal_p_alive", "cal_expected", "cal_ordered", "cal_share")


def html_section(
    section: Mapping[str, Any] | None,
    w: Words,
    table: Callable[[Sequence[tuple[str, bool]], Sequence[Sequence[Any]]], Markup],
) -> Markup:
    """The report's calibration section (nothing when not asked for)."""
    if not section:
        return Markup("")
    head = [(w(key), key != "cal_bin") for key in (*HTML_HEAD, "cal_days")]
    return Markup('<section id="calibration"><h2>{}</h2>{}{}</section>').format(
        w("cal_title"),
        Markup("").join(Markup('<p class="meta">{}</p>').format(n) for n in _notes(section, w)),
        table(head, _html_rows(section, w)),
    )


def _html_rows(section: Mapping[str, Any], w: Words) -> list[list[str]]:
    rows = section["bins"]
    body = [
        [
            label,
            w.count(r["clients"]),
            w.number(r["mean_p_alive"], 3),
            w.number(r["mean_expected_purchases"], 3),
            w.count(r["ordered"]),
            w.rate(r["ordered_share"]),
            w.number(r["mean_purchase_days"], 3),
        ]
        for label, r in zip(bin_labels(rows), rows, strict=True)
    ]
    t = section["totals"]
    body.append(
        [
            w("cal_all"),
            w.count(t["clients"]),
            w.number(t["mean_p_alive"], 3),
            w.number(t["expected_purchases"], 1),
            w.count(t["ordered"]),
            w.rate(t["ordered_share"]),
            w.count(t["purchase_days"]),
        ]
    )
    return body


def _notes(section: Mapping[str, Any], w: Words) -> list[str]:
    m, t = section["model"], section["totals"]
    model = (
        w("cal_stored", id=m["id"], as_of=w.moment(m["as_of"]))
        if m["source"] == "stored"
        else w("cal_fitted", as_of=w.moment(section["as_of"]))
    )
    return [
        w(
            "cal_intro",
            as_of=w.moment(section["as_of"]),
            days=section["horizon_days"],
            until=w.moment(section["until"]),
        ),
        f"{model}: r={m['r']:.4g}, alpha={m['alpha']:.4g}, a={m['a']:.4g}, b={m['b']:.4g} "
        f"({m['unit']})",
        w(
            "cal_totals",
            expected=w.number(t["expected_purchases"], 1),
            actual=w.count(t["purchase_days"]),
            left_out=w.count(section["clients_without_orders"]),
        ),
        *section["warnings"],
    ]
