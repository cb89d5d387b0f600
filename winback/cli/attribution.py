"""Outcomes: `attribute` brings them up to date, `outcomes` lists them."""

from __future__ import annotations

import sys

import click

from winback.cli.app import AS_OF_HELP, FORMATS, App, as_of_option, cli, moment_option
from winback.config import Settings
from winback.errors import UsageError


@cli.command()
@click.option("--as-of", "as_of", metavar="WHEN", help=AS_OF_HELP)
@click.pass_obj
def attribute(app: App, as_of: str | None) -> None:
    """Bring the outcomes of all assignments up to date: who came back within
    their campaign's attribution_days, or redeemed their offer code. Only what
    can have changed since the last run is judged again. Prints a summary."""
    from winback.attribution import attribute as run

    settings = app.settings()
    moment = as_of_option(settings, as_of)
    summary = run(app.engine(), settings, moment)
    click.echo(summary.line())


TABLE_COLUMNS = (
    ("client", "left"),
    ("campaign", "left"),
    ("cycle", "right"),
    ("group", "left"),
    ("assigned at", "left"),
    ("channel", "left"),
    ("sent at", "left"),
    ("outcome", "left"),
    ("returned at", "left"),
    ("revenue", "right"),
    ("by", "left"),
)


@cli.command()
@click.option(
    "--campaign",
    "campaigns",
    multiple=True,
    metavar="NAME",
    help="Only this campaign (repeatable).",
)
@click.option(
    "--since", metavar="WHEN", help="Assignments made at or after (ISO date or datetime)."
)
@click.option("--until", metavar="WHEN", help="Assignments made before (ISO date or datetime).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
def outcomes(
    app: App, campaigns: tuple[str, ...], since: str | None, until: str | None, fmt: str
) -> None:
    """The return-rate log: one row per assignment (treatment and holdout) with
    its stored outcome, as of the last `winback attribute`."""
    from winback import output
    from winback.attribution import last_as_of
    from winback.attribution.listing import (
        COLUMNS,
        NUMERIC_COLUMNS,
        known_campaigns,
        outcome_rows,
        unjudged,
    )
    from winback.db import connect_or_fail, read_engine

    settings = app.settings()
    start, end = (
        moment_option(settings, "--since", since),
        moment_option(settings, "--until", until),
    )
    with connect_or_fail(read_engine(app.engine())) as conn:
        known = known_campaigns(conn, [c.name for c in settings.campaigns])
        unknown = [name for name in campaigns if name not in known]
        if unknown:
            raise UsageError(
                f"--campaign: unknown campaign {unknown[0]!r}; known: {', '.join(known) or 'none'}"
            )
        as_of = last_as_of(conn)
        rows = outcome_rows(conn, settings.tz, campaigns=campaigns, since=start, until=end)
        if fmt == "json":
            shown = output.write_json(sys.stdout, rows)
        elif fmt == "csv":
            shown = output.write_csv(sys.stdout, COLUMNS, rows, numeric=NUMERIC_COLUMNS)
        else:
            cells = ([r[k] if r[k] is not None else "" for k in COLUMNS] for r in rows)
            title = "outcomes" + (f": {', '.join(campaigns)}" if campaigns else "")
            shown = output.write_table(
                sys.stdout, title, TABLE_COLUMNS, cells, wide=True, header_style="bold"
            )
        missing = unjudged(conn)
    click.echo(_note(settings, as_of, shown, missing), err=fmt != "table")


def _note(settings: Settings, as_of: int | None, shown: int, missing: int) -> str:
    from winback.models import from_epoch

    if as_of is None:
        return "no outcomes stored yet: run `winback attribute` first"
    when = from_epoch(as_of).astimezone(settings.tz).isoformat()
    note = f"{shown} outcomes as of {when} (`winback attribute` brings them up to date)"
    if missing:
        note += f"; {missing} newer assignments have none yet"
    return note
