"""The HTML report from a hand-built report dict: figures as a manager
reads them, chart coordinates, escaping, nothing fetched, both languages."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import pytest

from tests.report_sample import HOSTILE, sample_report
from winback.reports import svg
from winback.reports.html import render_html
from winback.reports.i18n import DIMENSIONS, TEXTS, Words


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text under data-kpi figures."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


def kpis(page: str) -> dict[str, str]:
    """The headline cards' figures (a browser's DOM writes &nbsp; for U+00A0)."""
    found = re.findall(
        r'data-kpi="([^"]+)"><div class="label">[^<]*</div><div class="figure">([^<]*)</div>', page
    )
    return {key: html.unescape(figure) for key, figure in found}


def test_headline_figures_in_english_and_russian() -> None:
    en = render_html(sample_report(), "en")
    assert kpis(en) == {
        "returned": "121",
        "revenue": "362,500.50\xa0RUB",
        # 260000.00 + 4500.50, the two campaigns' incremental revenue
        "incremental_revenue": "264,500.50\xa0RUB",
        "overlap": "2",
    }
    ru = render_html(sample_report(), "ru")
    assert kpis(ru) == {
        "returned": "121",
        "revenue": "362\xa0500,50\xa0₽",
        "incremental_revenue": "264\xa0500,50\xa0₽",
        "overlap": "2",
    }
    assert '<html lang="ru">' in ru and "Отчёт о возврате клиентов" in ru


def test_uplift_in_words() -> None:
    page = render_html(sample_report(), "en")
    spring = page[page.index('<div class="verdict good" data-campaign="spring">') :]
    spring = spring[: spring.index("</div>")]
    assert "Uplift +20.0\xa0pp (95% interval +12.6\xa0pp … +27.4\xa0pp)" in spring
    assert "Significant: the campaign brings back more clients than doing nothing." in spring
    assert "80.0 extra returned clients, 260,000.00\xa0RUB extra revenue" in spring
    few = page[page.index('<div class="verdict unsure"') :]
    assert "Uplift +25.0\xa0pp (no interval: too few closed assignments)" in few
    assert "Too few to tell" in few[: few.index("</div>")]


@pytest.mark.parametrize(
    ("uplift", "kind", "words"),
    [
        ({"value": 0.01, "low": -0.02, "high": 0.04, "significant": False, "too_few": False},
         "unsure", "not_significant"),
        ({"value": -0.1, "low": -0.15, "high": -0.05, "significant": True, "too_few": False},
         "bad", "significant_neg"),
        ({"value": None, "low": None, "high": None, "significant": False, "too_few": True},
         "unsure", "no_uplift"),
    ],
)  # fmt: skip
def test_verdicts(uplift: dict[str, Any], kind: str, words: str) -> None:
    report = sample_report()
    report["campaigns"][0]["uplift"] = uplift
    page = render_html(report, "en")
    assert f'<div class="verdict {kind}" data-campaign="spring">' in page
    assert TEXTS["en"][words] in page


def test_return_rate_chart_coordinates() -> None:
    """Plot area: y from 16 (top) to 200 (0%), x from 48 to 624 (576 wide).
    Spring's rates 56/200 = 0.28 and 64/200 = 0.32, holdout 0.10 twice, the
    third cycle has nothing closed: the axis tops at 40%, so
    y(0.28) = 16 + 184 × (1 − 0.7) = 71.2, y(0.32) = 52.8, y(0.10) = 154.0;
    three slots of 192: x = 144, 336 (the third, empty, draws no dot)."""
    page = render_html(sample_report(), "en")
    first = page[page.index('data-chart="return-rate"') : page.index("</svg>")]
    tags = parse("<svg " + first).tags
    dots = [(a["data-series"], a["cx"], a["cy"]) for t, a in tags if t == "circle"]
    assert dots == [
        ("Treatment", "144.0", "71.2"),
        ("Treatment", "336.0", "52.8"),
        ("Holdout", "144.0", "154.0"),
        ("Holdout", "336.0", "154.0"),
    ]
    lines = [a for t, a in tags if t == "polyline"]
    assert [a["points"] for a in lines] == ["144.0,71.2 336.0,52.8", "144.0,154.0 336.0,154.0"]
    assert "stroke-dasharray" in lines[1] and "stroke-dasharray" not in lines[0]
    labels = re.findall(
        r'class="axis" text-anchor="end" dominant-baseline="middle">([^<]*)<', first
    )
    assert labels == ["0%", "10%", "20%", "30%", "40%"]


def test_funnel_churn_and_reasons_charts() -> None:
    tags = parse(render_html(sample_report(), "en")).tags
    bars = [a for t, a in tags if t == "rect" and a.get("class") == "bar"]
    funnel = [(a["data-label"], a["data-value"], a["width"]) for a in bars[:3]]
    # the widest bar spans 640 − 170 − 90 − 16 = 364
    assert funnel == [
        ("Selected", "450.0", "364.0"),
        ("Contacted", "420.0", "339.7"),  # 364 × 420 / 450 = 339.73
        ("Returned", "120.0", "97.1"),  # 364 × 120 / 450 = 97.07
    ]
    churn = [a for a in bars if a.get("data-series") == "Churn rate"]
    # axis top 10%: height = 184 × rate / 0.1
    assert [(a["data-value"], a["height"]) for a in churn] == [
        ("0.1", "184.0"),
        ("0.08421052631578947", "154.9"),  # 184 × 0.842105 = 154.947
        ("0.1", "184.0"),
    ]
    reasons = [(a["data-label"], a["data-value"]) for a in bars if "data-label" in a][6:]
    # summed over months, most first: quality 60 + 90, then 50, 40, 30
    assert reasons == [
        ("quality", "150.0"),
        ("nps_detractor", "50.0"),
        ("unknown", "40.0"),
        (HOSTILE, "30.0"),
    ]


def test_user_data_is_escaped_and_nothing_is_fetched() -> None:
    for locale in ("en", "ru"):
        page = render_html(sample_report(), locale)
        assert "<script" not in page.lower()
        assert HOSTILE not in page
        assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in page
        # no URL but the SVG namespace; no stylesheet, image, font or frame
        assert set(re.findall(r"https?://[^\s\"')]+", page)) == {"http://www.w3.org/2000/svg"}
        for pattern in ("<link", "<img", "<iframe", "@import", "url(", "src="):
            assert pattern not in page


def test_breakdown_table() -> None:
    page = render_html(sample_report(), "en")
    by = page[page.index('data-by="channel"') :]
    by = by[: by.index("</table>")]
    rows = re.findall(r"<tr>(.*?)</tr>", by)
    cells = [re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row) for row in rows]
    assert cells[0][0] == "channel"
    assert cells[1] == [
        "email", "300", "290", "270", "90", "33.3%", "270,000.00\xa0RUB",
        "10.8%", "+22.6\xa0pp", "197,192.31\xa0RUB",
    ]  # fmt: skip
    assert cells[2][0] == "sms"


def test_empty_report() -> None:
    report = sample_report() | {"campaigns": [], "churn": [], "loss_reasons": []}
    report["totals"] = {"returned": 0, "revenue": "0.00"}
    report["overlap_returns"] = 0
    page = render_html(report, "en")
    assert kpis(page) == {
        "returned": "0",
        "revenue": "0.00\xa0RUB",
        "incremental_revenue": "0.00\xa0RUB",
    }
    for key in ("no_campaigns", "no_months", "no_losses"):
        assert TEXTS["en"][key] in page
    assert "<svg" not in page


def test_both_languages_have_every_text() -> None:
    assert TEXTS["en"].keys() == TEXTS["ru"].keys()
    assert DIMENSIONS["en"].keys() == DIMENSIONS["ru"].keys()
    with pytest.raises(ValueError, match="unknown report locale"):
        Words("de")


def test_money_rounds_half_even_when_shown() -> None:
    w = Words("en", "RUB")
    assert [w.money(v) for v in ("1.005", "1.015", "-2.5", "0")] == [
        "1.00\xa0RUB",
        "1.02\xa0RUB",
        "-2.50\xa0RUB",
        "0.00\xa0RUB",
    ]
    assert Words("en", "JPY").money("1234.5") == "1,234\xa0¥"  # no minor unit; 1234.5 → 1234
    assert (w.rate(0.125), w.points(-0.0123), w.points(0.0)) == (
        "12.5%",
        "-1.2\xa0pp",
        "+0.0\xa0pp",
    )
    assert svg.AXIS_TOPS[-1] == 1.0


def test_header_notes_and_losses_by_manager() -> None:
    page = render_html(sample_report(), "en")
    meta = page[page.index('<p class="meta">') :]
    assert meta[: meta.index("</p>")] == (
        '<p class="meta">As of 2026-12-07 09:00 +03:00 · Assignments from 2026-06-01 00:00 '
        "+03:00 to 2026-12-07 00:00 +03:00 · outcomes attributed as of 2026-12-07 08:45 +03:00 · "
        "2 assignments not judged yet (run winback attribute)"
    )
    managers = page[page.index("Lost clients by manager") :]
    rows = re.findall(r"<tr>(.*?)</tr>", managers[: managers.index("</table>")])
    assert rows[1:] == [
        '<td>September 2026</td><td>Ольга</td><td class="n">70</td>',
        '<td>September 2026</td><td>—</td><td class="n">30</td>',
    ]


def test_a_campaign_without_assignments_says_so() -> None:
    report = sample_report()
    quiet = report["campaigns"][1]
    quiet["treatment"] = quiet["treatment"] | {"assigned": 0, "contacted": 0}
    quiet["holdout"] = quiet["holdout"] | {"assigned": 0}
    page = render_html(report, "en")
    assert page.count('class="verdict') == 1  # spring's only
    section = page[page.index('<section class="campaign" data-campaign="&lt;script') :]
    section = section[: section.index("</section>")]
    assert TEXTS["en"]["no_assignments"] in section and "<svg" not in section


def test_axis_labels_keep_a_half_percent() -> None:
    chart = svg.bar_chart("churn", "t", ["a"], svg.Series("s", [0.09], svg.CHURN))
    labels = re.findall(r'dominant-baseline="middle">([^<]*)<', str(chart))
    assert labels == ["0%", "2.5%", "5%", "7.5%", "10%"]
