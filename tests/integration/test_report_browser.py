"""The HTML report as a browser shows it: headless Chromium loads the file
(no network needed), its DOM still carries the headline figures and the
charts' marks, and a screenshot shows every chart drawn in its colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser import count_colour, dump_dom, need_chromium, png_rows, screenshot
from tests.report_sample import sample_report
from tests.unit.test_report_html import kpis, parse
from winback.reports import svg
from winback.reports.html import render_html

pytestmark = pytest.mark.slow


@pytest.fixture
def page(tmp_path: Path) -> Path:
    need_chromium()
    path = tmp_path / "report.html"
    path.write_text(render_html(sample_report(), "en"), encoding="utf-8")
    return path


def test_dom_after_load(page: Path, tmp_path: Path) -> None:
    dom = dump_dom(page, tmp_path / "profile")
    assert kpis(dom)["returned"] == "121"
    assert kpis(dom)["incremental_revenue"] == "264,500.50\xa0RUB"
    assert "Significant: the campaign brings back more clients than doing nothing." in dom
    tags = parse(dom).tags
    charts = [a["data-chart"] for t, a in tags if t == "svg"]
    # per campaign a return-rate line chart and a funnel; churn, CRR, reasons
    assert charts == ["return-rate", "funnel", "return-rate", "funnel", "churn", "crr", "reasons"]
    dots = [a for t, a in tags if t == "circle"]
    for dot in dots:
        assert 48 <= float(dot["cx"]) <= 624 and 16 <= float(dot["cy"]) <= 200
    assert len(dots) == 4 + 2 + 3  # spring 2 + 2, the second campaign 1 + 1, CRR 3
    assert not [t for t, _ in tags if t == "script"]


def test_screenshot_shows_the_charts(page: Path, tmp_path: Path) -> None:
    """Bars are solid rectangles: their exact colour proves they were drawn.
    The line chart's colours also fill its legend swatches, so its SVG is
    shot alone, from the report's own markup."""
    shot = screenshot(page, tmp_path / "profile", tmp_path / "page.png", "1100,3600")
    width, height, rows = png_rows(shot)
    assert (width, height) == (1100, 3600)
    white = sum(row.count(b"\xff\xff\xff") for row in rows)
    assert white < 0.97 * width * height, "the page is blank"
    for colour, least in ((svg.FUNNEL, 2000), (svg.CHURN, 2000), (svg.REASONS, 2000)):
        assert count_colour(rows, colour) >= least, colour

    html = page.read_text(encoding="utf-8")
    chart = re.search(r'<svg[^>]*data-chart="return-rate".*?</svg>', html, re.S)
    assert chart is not None
    alone = tmp_path / "chart.html"
    alone.write_text(
        f'<!DOCTYPE html><html><body style="margin:0;width:640px">{chart.group(0)}</body></html>',
        encoding="utf-8",
    )
    _, _, rows = png_rows(
        screenshot(alone, tmp_path / "profile", tmp_path / "chart.png", "640,240")
    )
    # the dots (r 4.5) and the solid line give exact pixels of each series' colour
    assert count_colour(rows, svg.TREATMENT) >= 40
    assert count_colour(rows, svg.HOLDOUT) >= 40
