"""`winback report`: what came of the campaigns, and what churn costs."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import click

from winback.cli.app import AS_OF_HELP, App, as_of_option, cli, moment_option
from winback.config import Settings
from winback.errors import UsageError
from winback.reports.request import DIMENSIONS
from winback.reports.text import CSV_TABLES

REPORT_FORMATS = click.Choice(["table", "csv", "json", "html"])
MOMENT_HELP = "ISO date (midnight in [scheduler] timezone) or datetime with offset."


def _dimensions(values: tuple[str, ...]) -> tuple[str, ...]:
    """--by channel --by reason, or --by channel,reason."""
    out: list[str] = []
    for value in values:
        for name in (v.strip() for v in value.split(",")):
            if name not in DIMENSIONS:
                raise UsageError(f"--by: unknown {name!r}; choose from {', '.join(DIMENSIONS)}")
            if name not in out:
                out.append(name)
    return tuple(out)


@cli.command()
@click.option(
    "--campaign",
    "campaigns",
    multiple=True,
    metavar="NAME",
    help="Only this campaign (repeatable). Default: every configured one and every one in the log.",
)
@click.option(
    "--since", metavar="WHEN", help="Assignments from then on; months from then. " + MOMENT_HELP
)
@click.option(
    "--until", metavar="WHEN", help="Assignments before then; months ending by then. " + MOMENT_HELP
)
@click.option("--as-of", "as_of", metavar="WHEN", help=AS_OF_HELP)
@click.option(
    "--by",
    "by",
    multiple=True,
    metavar="DIM",
    help=f"Break the campaign measures down by {', '.join(DIMENSIONS)} (repeatable or comma separated).",
)
@click.option(
    "--calibration-days",
    "calibration_days",
    type=click.IntRange(1, 36_500),
    metavar="N",
    help="Add the model calibration: clients binned by BG/NBD P(alive) as of N days before "
    "as-of (the model fitted in memory on the data then) against their orders since.",
)
@click.option("--format", "fmt", type=REPORT_FORMATS, default="table", show_default=True)
@click.option(
    "--table",
    "table",
    type=click.Choice(CSV_TABLES),
    help="With --format csv: which table (default: campaigns).",
)
@click.option(
    "--output",
    "output",
    metavar="FILE",
    help="Write to FILE (atomically) instead of standard output.",
)
@click.pass_obj
def report(
    app: App,
    campaigns: tuple[str, ...],
    since: str | None,
    until: str | None,
    as_of: str | None,
    by: tuple[str, ...],
    calibration_days: int | None,
    fmt: str,
    table: str | None,
    output: str | None,
) -> None:
    """Report the campaigns' return rates, the uplift over the holdout group with
    its 95% interval, incremental returns and revenue, cost; churn, CRR, LTV and
    lost revenue per complete month; why lost clients left. Reads outcomes as
    `winback attribute` last left them. README "Reports" defines every figure."""
    from winback.reports import ReportRequest, build_report, prepare

    settings = app.settings()
    if table is not None and fmt != "csv":
        raise UsageError("--table goes with --format csv only")
    if table == "calibration" and calibration_days is None:
        raise UsageError("--table calibration needs --calibration-days N")
    request = ReportRequest(
        campaigns=campaigns,
        since=moment_option(settings, "--since", since),
        until=moment_option(settings, "--until", until),
        as_of=as_of_option(settings, as_of),
        by=_dimensions(by),
        calibration_days=calibration_days,
    )
    if request.since and request.until and request.since >= request.until:
        raise UsageError(f"--since ({since}) is not before --until ({until})")
    prepare(app.engine(), settings)
    data = build_report(app.engine(), settings, request)
    if output is None and fmt == "table":  # straight to the terminal, at its width
        from winback.reports.table import write_table

        write_table(data, sys.stdout)
    elif output is None:
        sys.stdout.write(render(data, fmt, table or "campaigns", settings))
    else:
        write_atomically(Path(output), render(data, fmt, table or "campaigns", settings))
    if fmt != "table" and data["calibration"]:  # the table shows them itself
        for warning in data["calibration"]["warnings"]:
            click.echo(f"winback: warning: {warning}", err=True)
    if fmt != "table" and any(c["unjudged"] for c in data["campaigns"]):
        click.echo(
            "winback: warning: some closed assignments have no final outcome yet; "
            "run `winback attribute` first",
            err=True,
        )


def render(data: dict[str, Any], fmt: str, table: str, settings: Settings) -> str:
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        try:
            from winback.reports.html import render_html  # another module; loaded when asked
        except ImportError:
            raise UsageError("--format html: the HTML report is not available yet") from None
        return str(render_html(data, settings.report.locale))
    buffer = io.StringIO()
    if fmt == "csv":
        from winback.reports.text import write_csv

        write_csv(data, table, buffer)
    else:
        from winback.reports.table import write_table

        write_table(data, buffer)
    return buffer.getvalue()


def write_atomically(path: Path, text: str) -> None:
    """Write beside the target, then rename: a reader sees the old file or the
    whole new one, never half of it."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"--output {path}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise UsageError(f"--output {path}: cannot write there: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would hide a report from its readers
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"--output {path}: {exc.strerror or exc}") from None
