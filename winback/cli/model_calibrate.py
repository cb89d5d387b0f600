"""`winback model calibrate`: the BG/NBD model's predictions at a past moment
against what the clients did next (README "Calibration")."""

from __future__ import annotations

import json
import sys

import click

from winback.cli.app import App, moment_option
from winback.cli.model import model
from winback.model import DEFAULT_BINS, MAX_BINS

CALIBRATE_FORMATS = click.Choice(["table", "json"])


@model.command("calibrate")
@click.option(
    "--as-of",
    "as_of",
    required=True,
    metavar="WHEN",
    help="The past moment T the model predicts from (ISO date or datetime; a date is "
    "midnight in [scheduler] timezone).",
)
@click.option(
    "--horizon-days",
    "horizon_days",
    type=click.IntRange(1, 36_500),
    required=True,
    metavar="N",
    help="Compare with the orders in (T, T + N days]; T + N days must not be after now.",
)
@click.option(
    "--bins",
    type=click.IntRange(1, MAX_BINS),
    default=DEFAULT_BINS,
    show_default=True,
    help="Equal-width P(alive) bins.",
)
@click.option("--format", "fmt", type=CALIBRATE_FORMATS, default="table", show_default=True)
@click.option(
    "--use-stored",
    is_flag=True,
    help="Use the latest stored fit's parameters (and unit) instead of fitting the model "
    "in memory on the data as of T.",
)
@click.pass_obj
def calibrate(
    app: App, as_of: str, horizon_days: int, bins: int, fmt: str, use_stored: bool
) -> None:
    """Bin the clients with an order by T by their predicted P(alive) at T, and
    show per bin the mean predicted P(alive) and expected purchase days in the next
    N days beside the share who actually ordered and their actual purchase days.
    Nothing is stored."""
    from winback.db import connect_or_fail, read_engine
    from winback.model import calibration
    from winback.model.store import require_fit

    settings = app.settings()
    moment = moment_option(settings, "--as-of", as_of)
    assert moment is not None  # required
    with connect_or_fail(read_engine(app.engine())) as conn:
        stored = require_fit(conn) if use_stored else None
        section = calibration.calibrate(
            conn,
            as_of=moment,
            horizon_days=horizon_days,
            timezone=settings.tz,
            unit=calibration.default_unit(settings),
            bins=bins,
            stored=stored,
        )
    for warning in section["warnings"]:
        click.echo(f"winback: warning: {warning}", err=True)
    if fmt == "json":
        sys.stdout.write(json.dumps(section, ensure_ascii=False, indent=2) + "\n")
    else:
        from winback.reports.calibration import write_table

        write_table(section, sys.stdout, warnings=False)
