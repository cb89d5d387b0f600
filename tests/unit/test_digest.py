"""The digest's text from report dicts: the week's assignments, the last 12
months' results, the last complete month's churn; both languages."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from pathlib import Path

from tests.conftest import ROOT
from tests.report_sample import HOSTILE, sample_report
from winback.config import load_config
from winback.digest import Digest, compose, periods

AS_OF = dt.datetime.fromisoformat("2026-12-07T09:00:00+03:00")


def reports() -> tuple[dict[str, object], dict[str, object]]:
    week = sample_report() | {
        "since": "2026-11-30T09:00:00+03:00",
        "until": "2026-12-07T09:00:00+03:00",
    }
    return week, sample_report()


def cells(line: str) -> list[str]:
    return re.split(r" {2,}", line.strip())


def test_english_text() -> None:
    week, year = reports()
    digest = compose(week, year, "en", AS_OF, "<html></html>")
    assert digest.subject == "winback: weekly digest, 2026-12-07"
    lines = digest.text.splitlines()
    assert (
        lines[0]
        == "Assigned in the last 7 days (2026-11-30 09:00 +03:00 – 2026-12-07 09:00 +03:00)"
    )
    assert cells(lines[1]) == [
        "Campaign", "Assigned (T/H)", "Contacted", "Returned", "Return rate", "Uplift",
        "Incremental revenue",
    ]  # fmt: skip
    assert cells(lines[2]) == [
        "spring", "450/110", "420", "120", "30.0%", "+20.0\xa0pp", "260,000.00\xa0RUB",
    ]  # fmt: skip
    assert lines[3].strip().startswith(HOSTILE)  # plain text: printed as it is
    assert lines[4] == "Returns count once a window closes (30 days after assignment)."
    assert lines[6] == "Results of the last 12 months (as of 2026-12-07 09:00 +03:00)"
    # the last complete month with active clients: November, 90 of 900
    assert (
        "Churn in November 2026: 10.0% (90 of 900 active clients lost), CRR 90.0%, "
        "lost revenue 1,102,500.00\xa0RUB"
    ) in lines
    assert lines[-1] == "The full report is attached (report.html)."


def test_russian_text_and_columns_line_up() -> None:
    week, year = reports()
    digest = compose(week, year, "ru", AS_OF, "")
    assert digest.subject == "winback: еженедельная сводка, 2026-12-07"
    table = digest.text.splitlines()[1:4]
    assert "Назначено (О/К)" in table[0]
    assert len({len(line) for line in table}) == 1  # right-aligned to one width
    assert "Отток за ноябрь 2026: 10,0% (ушло 90 из 900 активных)" in digest.text


def test_no_campaigns_and_no_churn() -> None:
    empty = sample_report() | {"campaigns": [], "churn": [], "loss_reasons": []}
    digest = compose(empty, empty, "en", AS_OF, "")
    assert digest.text.count("No campaign has assignments in this period.") == 2
    assert "Churn: no complete month with active clients." in digest.text


def test_telegram_text_is_escaped_and_fits() -> None:
    week, year = reports()
    digest = compose(week, year, "en", AS_OF, "")
    text = digest.telegram_text()
    assert text.startswith("<b>winback: weekly digest, 2026-12-07</b>\n<pre>")
    assert "&lt;script&gt;" in text and "<script>" not in text
    long = Digest(AS_OF, "s", "x\n" * 5000, "")
    assert len(long.telegram_text()) <= 4096 and long.telegram_text().endswith("…</pre>")


def test_periods_in_the_scheduler_zone() -> None:
    moscow = zoneinfo.ZoneInfo("Europe/Moscow")
    week, year = periods(dt.datetime(2026, 1, 5, 6, 0, tzinfo=dt.UTC), moscow)
    assert week == dt.datetime(2025, 12, 29, 6, 0, tzinfo=dt.UTC)
    assert year == dt.datetime(2025, 1, 1, tzinfo=moscow)  # January 2026 − 12 months
    # 23:30 UTC on 31 Dec is already 1 January in Moscow
    _, year = periods(dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC), moscow)
    assert year == dt.datetime(2026, 1, 1, tzinfo=moscow)


def test_the_example_digest_section_loads(tmp_path: Path) -> None:
    """config.example.toml's [digest], uncommented, is a valid section."""
    text = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    start = text.index("# [digest]\n")
    block = text[start : text.index("\n\n", start)]
    section = "\n".join(line.removeprefix("# ") for line in block.splitlines())
    config = tmp_path / "winback.toml"
    config.write_text(section + "\n", encoding="utf-8")
    digest = load_config(config).digest
    assert digest is not None
    assert (digest.schedule, digest.channels) == ("0 9 * * mon", ("email", "telegram"))
    assert digest.email_to == ("director@example.com",)
