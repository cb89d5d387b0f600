"""`winback report --format html`: the report as one self-contained page.

:func:`render_html` takes the dict :func:`~winback.reports.build_report`
returns (the JSON shape documented in the README) and gives one HTML file:
inline CSS, charts as inline SVG (:mod:`winback.reports.svg`), no script and
nothing fetched from the network, in English or Russian (``[report] locale``,
:mod:`winback.reports.i18n`). Every value is escaped as it is put in
(``markupsafe.Markup.format``): campaign names, offers and loss reasons are
user data.

A manager reads it top to bottom: the headline (returned clients, revenue,
and per campaign the uplift over the holdout group with its interval and
what it means in words), then per campaign the return rate by cycle beside
the holdout's, the funnel and the figures, then churn and CRR by month and
why clients left, and at the end the definitions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from winback.reports import calibration, svg
from winback.reports.i18n import Words

CSS = """
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,
"DejaVu Sans",Arial,sans-serif;color:#1f2328;background:#fff;max-width:1100px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;border-bottom:1px solid
#d0d7de;padding-bottom:4px}h3{font-size:16px;margin:20px 0 6px}
.meta{color:#57606a;margin:0 0 16px}
.kpis{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.kpi{border:1px solid #d0d7de;border-radius:8px;padding:12px 16px;min-width:200px}
.kpi .label{color:#57606a;font-size:13px}.kpi .figure{font-size:28px;font-weight:600}
.verdict{margin:6px 0 14px;padding:10px 14px;border-left:4px solid #d0d7de;background:#f6f8fa}
.verdict.good{border-color:#2da44e}.verdict.bad{border-color:#cf222e}
.verdict.unsure{border-color:#d4a72c}
.verdict b{font-size:16px}
table{border-collapse:collapse;margin:8px 0 16px;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #d0d7de;padding:4px 10px;text-align:left;vertical-align:top}
th{background:#f6f8fa;font-weight:600}td.n,th.n{text-align:right}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}
.chart{max-width:640px;display:block}
svg text{font:11px system-ui,"DejaVu Sans",Arial,sans-serif;fill:#57606a}
svg text.label,svg text.value{font-size:13px;fill:#1f2328}
.legend{margin:2px 0 0;color:#57606a;font-size:13px}
.legend span{margin-right:16px}
.legend i{display:inline-block;width:12px;height:12px;margin-right:6px;vertical-align:-1px}
.empty{color:#57606a;font-style:italic}
footer{margin-top:32px;color:#57606a;font-size:13px}footer li{margin-bottom:4px}
"""

GROUP_FIELDS = ("assigned", "contacted", "closed", "returned", "return_rate", "revenue")


def render_html(report: Mapping[str, Any], locale: str) -> str:
    """The report as one HTML page in ``locale`` ("en" or "ru")."""
    w = Words(locale, str(report.get("currency") or "RUB"))
    campaigns: Sequence[Mapping[str, Any]] = report.get("campaigns") or []
    body = Markup("").join(
        [
            _header(report, w),
            _headline(report, campaigns, w),
            *(_campaign(c, w) for c in campaigns),
            _churn(report.get("churn") or [], w),
            _reasons(report.get("loss_reasons") or [], report.get("loss_by_manager") or [], w),
            calibration.html_section(report.get("calibration"), w, _table),
            _footnotes(report, w),
        ]
    )
    page = Markup(
        '<!DOCTYPE html>\n<html lang="{}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<title>{}</title><style>{}</style></head><body>{}</body></html>\n"
    ).format(locale, f"{w('title')} — {w.moment(report.get('as_of'))}", Markup(CSS), body)
    return str(page)


# ------------------------------------------------------------------ pieces


def _table(head: Sequence[tuple[str, bool]], rows: Iterable[Sequence[Any]]) -> Markup:
    """head: (title, numeric), no header row when every title is empty;
    cells are escaped text (Markup stays as is)."""
    numeric = [n for _, n in head]
    cells = Markup("").join(
        Markup('<th class="n">{}</th>' if n else "<th>{}</th>").format(title) for title, n in head
    )
    body = Markup("").join(
        Markup("<tr>{}</tr>").format(
            Markup("").join(
                Markup('<td class="n">{}</td>' if numeric[i] else "<td>{}</td>").format(cell)
                for i, cell in enumerate(row)
            )
        )
        for row in rows
    )
    if not any(title for title, _ in head):
        return Markup("<table><tbody>{}</tbody></table>").format(body)
    return Markup("<table><thead><tr>{}</tr></thead><tbody>{}</tbody></table>").format(cells, body)


def _empty(text: str) -> Markup:
    return Markup('<p class="empty">{}</p>').format(text)


def _header(report: Mapping[str, Any], w: Words) -> Markup:
    since, until = report.get("since"), report.get("until")
    period = (
        w("period", since=w.moment(since), until=w.moment(until))
        if since
        else w("period_all", until=w.moment(until or report.get("as_of")))
    )
    notes = [w("as_of", as_of=w.moment(report.get("as_of"))), period]
    if report.get("outcomes_as_of"):
        notes.append(w("outcomes_as_of", moment=w.moment(report["outcomes_as_of"])))
    unjudged = sum(int(c.get("unjudged") or 0) for c in report.get("campaigns") or [])
    if unjudged:
        notes.append(w("unjudged", count=w.count(unjudged)))
    return Markup('<h1>{}</h1><p class="meta">{}</p>').format(w("title"), " · ".join(notes))


def _kpi(key: str, label: str, figure: str) -> Markup:
    return Markup(
        '<div class="kpi" data-kpi="{}"><div class="label">{}</div>'
        '<div class="figure">{}</div></div>'
    ).format(key, label, figure)


def _headline(
    report: Mapping[str, Any], campaigns: Sequence[Mapping[str, Any]], w: Words
) -> Markup:
    totals = report.get("totals") or {}
    incremental = sum(
        (Decimal(c["incremental_revenue"]) for c in campaigns if c.get("incremental_revenue")),
        Decimal(0),
    )
    kpis = [
        _kpi("returned", w("kpi_returned"), w.count(totals.get("returned", 0))),
        _kpi("revenue", w("kpi_revenue"), w.money(totals.get("revenue", "0"))),
        _kpi("incremental_revenue", w("kpi_incremental"), w.money(str(incremental))),
    ]
    if report.get("overlap_returns"):
        kpis.append(_kpi("overlap", w("kpi_overlap"), w.count(report["overlap_returns"])))
    parts = [
        Markup('<section id="headline"><h2>{}</h2><div class="kpis">{}</div>').format(
            w("headline"), Markup("").join(kpis)
        )
    ]
    if not campaigns:
        parts.append(_empty(w("no_campaigns")))
    # a campaign without assignments in the period says so in its own section
    parts.extend(_verdict(c, w) for c in campaigns if _assigned(c))
    parts.append(Markup("</section>"))
    return Markup("").join(parts)


def _assigned(campaign: Mapping[str, Any]) -> int:
    return sum(int((campaign.get(g) or {}).get("assigned") or 0) for g in ("treatment", "holdout"))


def verdict_words(campaign: Mapping[str, Any], w: Words) -> tuple[str, str, str]:
    """(css class, the uplift with its interval, its meaning in words)."""
    uplift = campaign.get("uplift") or {}
    value = uplift.get("value")
    if value is None:
        return "unsure", w("uplift") + ": " + w("none"), w("no_uplift")
    if uplift.get("too_few") or uplift.get("low") is None:
        return "unsure", w("uplift_line_few", value=w.points(value)), w("too_few")
    line = w(
        "uplift_line",
        value=w.points(value),
        low=w.points(uplift["low"]),
        high=w.points(uplift["high"]),
    )
    if not uplift.get("significant"):
        return "unsure", line, w("not_significant")
    if value > 0:
        return "good", line, w("significant_pos")
    return "bad", line, w("significant_neg")


def _verdict(c: Mapping[str, Any], w: Words) -> Markup:
    kind, line, words = verdict_words(c, w)
    incremental = w(
        "incremental_line",
        returned=w.number(c.get("incremental_returned")),
        revenue=w.money(c.get("incremental_revenue")),
    )
    return Markup(
        '<div class="verdict {}" data-campaign="{}"><b>{}</b>: <span class="uplift">{}</span>'
        '<br><span class="meaning">{}</span><br><span class="incremental">{}</span></div>'
    ).format(kind, c["campaign"], c["campaign"], line, words, incremental)


def _campaign(c: Mapping[str, Any], w: Words) -> Markup:
    name = str(c["campaign"])
    treatment, holdout = c.get("treatment") or {}, c.get("holdout") or {}
    if not _assigned(c):
        return Markup(
            '<section class="campaign" data-campaign="{}"><h2>{}</h2>{}</section>'
        ).format(name, f"{w('campaign')}: {name}", _empty(w("no_assignments")))
    return Markup(
        '<section class="campaign" data-campaign="{}"><h2>{}</h2><div class="charts">'
        "<div>{}</div><div>{}</div></div>{}{}{}</section>"
    ).format(
        name,
        f"{w('campaign')}: {name}",
        _rate_chart(name, c.get("cycles") or [], w),
        _funnel(name, treatment, w),
        _groups_table(treatment, holdout, w),
        _measures_table(c, w),
        _breakdowns(c.get("by") or {}, w),
    )


def _rate_chart(name: str, cycles: Sequence[Mapping[str, Any]], w: Words) -> Markup:
    title = Markup("<h3>{}</h3>").format(w("rate_over_time"))
    rates = [(cy.get("treatment") or {}).get("return_rate") for cy in cycles] + [
        (cy.get("holdout") or {}).get("return_rate") for cy in cycles
    ]
    if all(r is None for r in rates):
        return title + _empty(w("no_closed_cycles"))
    labels = [f"#{cy['cycle']} {str(cy.get('assigned_at') or '')[5:10]}" for cy in cycles]
    series = [
        svg.Series(
            w("treatment"),
            [(cy.get("treatment") or {}).get("return_rate") for cy in cycles],
            svg.TREATMENT,
        ),
        svg.Series(
            w("holdout"),
            [(cy.get("holdout") or {}).get("return_rate") for cy in cycles],
            svg.HOLDOUT,
            dashed=True,
        ),
    ]
    chart = svg.line_chart("return-rate", f"{w('rate_over_time')}: {name}", labels, series)
    return title + chart + svg.legend(series)


def _funnel(name: str, treatment: Mapping[str, Any], w: Words) -> Markup:
    steps = [
        (w("selected"), treatment.get("assigned") or 0),
        (w("contacted"), treatment.get("contacted") or 0),
        (w("returned"), treatment.get("returned") or 0),
    ]
    items = [(label, float(n), w.count(n)) for label, n in steps]
    chart = svg.hbar_chart("funnel", f"{w('funnel')}: {name}", items, svg.FUNNEL)
    return Markup("<h3>{}</h3>{}").format(w("funnel"), chart)


def _group_cells(group: Mapping[str, Any], w: Words) -> list[str]:
    return [
        w.count(group.get("assigned")),
        w.count(group.get("contacted")),
        w.count(group.get("closed")),
        w.count(group.get("returned")),
        w.rate(group.get("return_rate")),
        w.money(group.get("revenue")),
    ]


def _group_head(w: Words, first: str) -> list[tuple[str, bool]]:
    return [(first, False)] + [(w(key), True) for key in GROUP_FIELDS]


def _groups_table(treatment: Mapping[str, Any], holdout: Mapping[str, Any], w: Words) -> Markup:
    rows = [
        [w("treatment"), *_group_cells(treatment, w)],
        [w("holdout"), *_group_cells(holdout, w)],
    ]
    return _table(_group_head(w, w("group")), rows)


def _measures_table(c: Mapping[str, Any], w: Words) -> Markup:
    uplift = c.get("uplift") or {}
    interval = (
        f"{w.points(uplift['low'])} … {w.points(uplift['high'])}"
        if uplift.get("low") is not None and uplift.get("high") is not None
        else w("none")
    )
    rows = [
        [w("uplift"), w.points(uplift.get("value"))],
        [w("interval"), interval],
        [w("incremental_returned"), w.number(c.get("incremental_returned"))],
        [w("incremental_revenue"), w.money(c.get("incremental_revenue"))],
        [w("cost"), w.money(c.get("cost"))],
        [w("cost_per_return"), w.money(c.get("cost_per_incremental_return"))],
    ]
    return _table([("", False), ("", True)], rows)


def _breakdowns(by: Mapping[str, Any], w: Words) -> Markup:
    parts = []
    for dimension, rows in by.items():
        table_rows = []
        for label, measures in by_rows(dimension, rows):
            t, h = measures.get("treatment") or {}, measures.get("holdout") or {}
            table_rows.append(
                [
                    label,
                    *_group_cells(t, w),
                    w.rate(h.get("return_rate")),
                    w.points((measures.get("uplift") or {}).get("value")),
                    w.money(measures.get("incremental_revenue")),
                ]
            )
        head = [
            *_group_head(w, w.dimension(dimension)),
            (f"{w('return_rate')} ({w('holdout')})", True),
            (w("uplift"), True),
            (w("incremental_revenue"), True),
        ]
        parts.append(
            Markup('<h3>{}</h3><div class="by" data-by="{}">{}</div>').format(
                w("by", dimension=w.dimension(dimension)), dimension, _table(head, table_rows)
            )
        )
    return Markup("").join(parts)


def by_rows(dimension: str, rows: Any) -> list[tuple[str, Mapping[str, Any]]]:
    """A breakdown's rows as (value, measures), whether given as a list of
    rows naming their value or as an object keyed by it."""
    if isinstance(rows, Mapping):
        return [(str(key), value) for key, value in rows.items()]
    out = []
    for row in rows or []:
        label = next((row[k] for k in (dimension, "value", "key") if row.get(k) is not None), None)
        out.append((w_none(label), row))
    return out


def w_none(value: Any) -> str:
    return "—" if value is None else str(value)


def _churn(months: Sequence[Mapping[str, Any]], w: Words) -> Markup:
    head = Markup('<section id="churn"><h2>{}</h2>').format(w("churn_title"))
    if not months:
        return head + _empty(w("no_months")) + Markup("</section>")
    labels = [w.month(m["month"]) for m in months]
    short = [w.month_short(m["month"], first=i == 0) for i, m in enumerate(months)]
    bars = svg.Series(w("churn_rate"), [m.get("churn_rate") for m in months], svg.CHURN)
    line = svg.Series(w("crr"), [m.get("crr") for m in months], svg.CRR)
    charts = Markup(
        '<div class="charts"><div><h3>{}</h3>{}</div><div><h3>{}</h3>{}</div></div>'
    ).format(
        w("churn_rate"),
        svg.bar_chart("churn", w("churn_rate"), short, bars),
        w("crr"),
        svg.line_chart("crr", w("crr"), short, [line]),
    )
    table = _table(
        [
            (w("month"), False),
            (w("active_start"), True),
            (w("active_end"), True),
            (w("new"), True),
            (w("lost"), True),
            (w("churn_rate"), True),
            (w("crr"), True),
            (w("ltv"), True),
            (w("lost_revenue"), True),
        ],
        [
            [
                label,
                w.count(m.get("active_start")),
                w.count(m.get("active_end")),
                w.count(m.get("new")),
                w.count(m.get("lost")),
                w.rate(m.get("churn_rate")),
                w.rate(m.get("crr")),
                w.money(m.get("ltv")),
                w.money(m.get("lost_revenue")),
            ]
            for label, m in zip(labels, months, strict=True)
        ],
    )
    return head + charts + table + Markup("</section>")


def _reasons(
    rows: Sequence[Mapping[str, Any]], managers: Sequence[Mapping[str, Any]], w: Words
) -> Markup:
    head = Markup('<section id="reasons"><h2>{}</h2>').format(w("reasons_title"))
    if not rows:
        return head + _empty(w("no_losses")) + Markup("</section>")
    by_manager = (
        Markup("<h3>{}</h3>").format(w("lost_by_manager"))
        + _table(
            [(w("month"), False), (w("manager"), False), (w("clients"), True)],
            [
                [w.month(m["month"]), w_none(m.get("manager")), w.count(m["clients"])]
                for m in managers
            ],
        )
        if managers
        else Markup("")
    )
    totals: dict[str, int] = {}
    for row in rows:
        totals[str(row["reason"])] = totals.get(str(row["reason"]), 0) + int(row["clients"])
    ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    items = [(reason, float(n), w.count(n)) for reason, n in ranked]
    chart = svg.hbar_chart("reasons", w("reasons_title"), items, svg.REASONS)
    table = _table(
        [(w("month"), False), (w("reason"), False), (w("clients"), True)],
        [[w.month(r["month"]), str(r["reason"]), w.count(r["clients"])] for r in rows],
    )
    return head + chart + table + by_manager + Markup("</section>")


def _footnotes(report: Mapping[str, Any], w: Words) -> Markup:
    days = sorted({int(d) for d in (report.get("attribution_days") or {}).values()}) or [30]
    notes = [
        w("def_returned", days="/".join(str(d) for d in days)),
        w("def_closed"),
        w("def_contacted"),
        w("def_uplift"),
        w("def_incremental"),
        w("def_totals"),
        w("def_churn", inactive=report.get("inactive_days", 180)),
        w("def_reasons"),
    ]
    return Markup("<footer><h2>{}</h2><ol>{}</ol></footer>").format(
        w("definitions"), Markup("").join(Markup("<li>{}</li>").format(n) for n in notes)
    )
