"""`winback model`: the BG/NBD model of who is still a client (fit, show)."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, cast

import click

from winback.cli.app import AS_OF_HELP, App, as_of_option, cli

if TYPE_CHECKING:  # winback.model imports numpy and scipy: not at every command's start
    from winback.model.summary import Unit

UNIT_CHOICE = click.Choice(["days", "weeks"])


@cli.group()
def model() -> None:
    """The BG/NBD model: P(alive) and expected purchases per client
    (README "Predicted churn (BG/NBD)")."""


@model.command("fit")
@click.option("--as-of", "as_of", metavar="WHEN", help=AS_OF_HELP)
@click.option(
    "--unit",
    type=UNIT_CHOICE,
    help="The time unit of the fit's parameters (default: [model] unit, else weeks).",
)
@click.pass_obj
def model_fit(app: App, as_of: str | None, unit: str | None) -> None:
    """Fit the model by maximum likelihood on every client's purchase days
    (orders at or before --as-of) and store it; the newest stored fit is the
    one campaigns and reports use. A fit that does not converge stores
    nothing (exit 1)."""
    from winback.model.run import fit_and_store

    settings = app.settings()
    moment = as_of_option(settings, as_of)
    chosen = cast("Unit", unit or (settings.model.unit if settings.model else "weeks"))
    run = fit_and_store(app.engine(), as_of=moment, unit=chosen, timezone=settings.tz)
    click.echo(run.line())


SHOW_COLUMNS = [("", "left"), ("", "right")]


@model.command("show")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_obj
def model_show(app: App, fmt: str) -> None:
    """Print the newest stored fit: parameters, log-likelihood, the as-of
    moment and unit of its data, clients, when it was fitted and how long it
    took. Without a fit: exit 2."""
    from winback import output
    from winback.db import connect_or_fail, read_engine
    from winback.model.store import require_fit

    settings = app.settings()
    with connect_or_fail(read_engine(app.engine())) as conn:
        fit = require_fit(conn)
    if fmt == "json":
        sys.stdout.write(json.dumps(fit.as_dict(), indent=2) + "\n")
        return
    p, tz = fit.params, settings.tz
    rows: list[list[object]] = [
        ["r", f"{p.r:.4f}"],
        ["alpha", f"{p.alpha:.4f}"],
        ["a", f"{p.a:.4f}"],
        ["b", f"{p.b:.4f}"],
        ["log-likelihood", f"{fit.log_likelihood:.2f}"],
        ["as of", fit.as_of.astimezone(tz).isoformat()],
        ["unit", fit.unit],
        ["clients", fit.clients],
        ["fitted at", fit.fitted_at.astimezone(tz).isoformat()],
        ["fit seconds", f"{fit.seconds:.3f}"],
    ]
    title = f"BG/NBD fit {fit.id} (parameters in {fit.unit})"
    output.write_table(sys.stdout, title, SHOW_COLUMNS, rows, show_header=False)
