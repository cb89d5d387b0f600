"""Campaigns: preview who a run would take, run one once."""

from __future__ import annotations

import datetime as dt
import sys
from contextlib import closing
from typing import TYPE_CHECKING, Any

import click
from sqlalchemy import Connection

from winback.cli.app import AS_OF_HELP, FORMATS, App, as_of_option, cli
from winback.config import Campaign
from winback.errors import UsageError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from winback.selection import Candidate, Summary


# --------------------------------------------------------------------- preview


@cli.command()
@click.argument("campaign")
@click.option("--as-of", "as_of", metavar="WHEN", help=AS_OF_HELP)
@click.option("--limit", type=click.IntRange(min=1), help="At most N rows (table: 20 by default).")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.option("--explain", is_flag=True, help="Also print the SQL statement it runs.")
@click.option(
    "--excluded",
    is_flag=True,
    help="List instead the lost clients the exclusions removed, each with the first "
    "exclusion that applies (tags, min_orders, cooldown, opted_out, ...).",
)
@click.option(
    "--client",
    "client",
    metavar="ID",
    help="Show where this one client (external id) stands: taken, remaining beyond "
    "max_per_run, excluded and why, or not lost at all.",
)
@click.pass_obj
def preview(
    app: App,
    campaign: str,
    as_of: str | None,
    limit: int | None,
    fmt: str,
    explain: bool,
    excluded: bool,
    client: str | None,
) -> None:
    """Show who a run of CAMPAIGN would take, in order, with the reasons. Writes nothing.

    The summary (matches per criterion, exclusions, remaining) goes to standard
    output after a table, to standard error with CSV and JSON. With --excluded,
    the rows are the clients left out and why; with --client, the one client.
    """
    from winback.db import connect_or_fail, read_engine
    from winback.suppressions import client_id_of

    settings = app.settings()
    chosen = settings.campaign(campaign)
    moment = as_of_option(settings, as_of)
    if client is not None and excluded:
        raise UsageError("--client and --excluded do not go together: --client shows either")
    if fmt == "table" and limit is None and client is None:
        limit = 20
    machine = fmt != "table"
    options = {"as_of": moment, "tz": settings.tz, "limit": limit, "excluded": excluded}
    with connect_or_fail(read_engine(app.engine())) as conn:
        client_id = client_id_of(conn, client) if client is not None else None
        if explain:
            _explain(conn, chosen, options, client, now=as_of_option(settings, None), err=machine)
        summary, shown, found = _write_preview(conn, chosen, options, client, fmt)
        if client is not None and client_id is not None:
            click.echo(
                _where_client_stands(conn, chosen, client, client_id, moment, found), err=machine
            )
    taken = min(summary.remaining, chosen.max_per_run)
    what = "excluded shown" if excluded else "shown"
    click.echo(summary.line() + f"; a run takes {taken}; {what} {shown}", err=machine)


def _explain(
    conn: Connection,
    campaign: Campaign,
    options: dict[str, Any],
    client: str | None,
    *,
    now: dt.datetime,
    err: bool,
) -> None:
    from winback.selection import build_statement, explain

    statement = build_statement(conn, campaign, now=now, client=client, **options)
    if statement.model is not None:
        click.echo(f"-- {statement.model.describe()}", err=err)
    click.echo(explain(conn, statement) + ";\n", err=err)


def _write_preview(
    conn: Connection, campaign: Campaign, options: dict[str, Any], client: str | None, fmt: str
) -> tuple[Summary, int, list[Candidate]]:
    """The rows to standard output; the summary, how many rows, and the
    rows themselves with --client (one at most)."""
    from winback import preview as view
    from winback.selection import select_candidates, select_json

    if fmt == "json" and client is None:  # each row's JSON straight from the statement's row
        summary, texts = select_json(conn, campaign, **options)
        with closing(texts):  # before the connection, whatever happens
            return summary, view.write_json_texts(texts, sys.stdout), []
    # A preview shows no contact detail (its rows need only the channel).
    summary, candidates = select_candidates(
        conn, campaign, client=client, contacts=client is not None, **options
    )
    rows: Iterator[Candidate] = candidates
    found: list[Candidate] = []
    if client is not None:
        rows = iter(found := list(rows))
    listing = options["excluded"] or client is not None  # rows carry excluded_by
    if fmt == "json":
        shown = view.write_json(rows, sys.stdout)
    elif fmt == "csv":
        shown = view.write_csv(rows, sys.stdout, excluded=listing)
    else:
        shown = view.write_table(
            rows, summary, sys.stdout, excluded=listing, model=campaign.uses_model
        )
    return summary, shown, found


def _where_client_stands(
    conn: Connection,
    campaign: Campaign,
    external_id: str,
    client_id: int,
    as_of: dt.datetime,
    rows: list[Candidate],
) -> str:
    """One sentence for preview --client."""
    from winback.order_stats import orders_until

    name = f"client {external_id}"
    if rows:
        row = rows[0]
        why = ", ".join(row.reasons)
        if row.excluded_by is not None:
            return f"{name} is lost ({why}) but excluded by {row.excluded_by}"
        taken = row.rank <= campaign.max_per_run
        verdict = (
            "a run takes it"
            if taken
            else f"beyond max_per_run = {campaign.max_per_run}: not taken by the next run"
        )
        return f"{name} is lost ({why}), rank {row.rank} of those remaining: {verdict}"
    count, last_at = orders_until(conn, client_id, as_of)
    if not count or last_at is None:
        return (
            f"{name} is not lost for {campaign.name}: it meets none of its criteria (no order yet)"
        )
    days = (as_of - last_at) // dt.timedelta(days=1)
    return (
        f"{name} is not lost for {campaign.name}: it meets none of its criteria "
        f"({count} orders, the last {days} days before as-of)"
    )


# -------------------------------------------------------------------- run-once


@cli.command("run-once")
@click.argument("campaign")
@click.option(
    "--as-of", "as_of", metavar="WHEN", help=AS_OF_HELP + " Moves only what selection sees."
)
@click.option(
    "--dry-run", is_flag=True, help="Select and render; print what would be sent. Writes nothing."
)
@click.option("--limit", type=click.IntRange(min=1), help="Cap how many clients a new plan takes.")
@click.option(
    "--plan-only",
    is_flag=True,
    help="Plan a new cycle (or keep the open one) and send nothing; `winback send-due` "
    "or the daemon sends it.",
)
@click.pass_obj
def run_once(
    app: App, campaign: str, as_of: str | None, dry_run: bool, limit: int | None, plan_only: bool
) -> None:
    """Run CAMPAIGN once: resume its unfinished cycle, or plan a new one, and send
    what is due. Every selected client ends with a recorded outcome; no client
    is messaged twice in a cycle (see README, "Delivery guarantee"). A campaign
    with enabled = false is refused (exit 2), but for --dry-run."""
    from winback import output
    from winback.runner import RunOptions, run_campaign

    settings = app.settings(check_secrets=True)
    chosen = settings.campaign(campaign)
    if not chosen.enabled and not dry_run:
        raise UsageError(
            f"campaign {chosen.name!r} is disabled (enabled = false): run-once does not run "
            "it (--dry-run and preview still show what a run would do)"
        )
    if dry_run and plan_only:
        raise UsageError("--dry-run and --plan-only do not go together: --dry-run writes nothing")
    moment = as_of_option(settings, as_of) if as_of else None
    options = RunOptions(as_of=moment, dry_run=dry_run, limit=limit, plan_only=plan_only)
    summary = run_campaign(app.engine(), settings, chosen, options)
    if summary is None:
        if not dry_run:
            click.echo(
                f"{chosen.name}: another worker is planning it and its plan is not there yet; "
                "nothing was sent (run again shortly)",
                err=True,
            )
        return
    what = "plan (nothing sent)" if plan_only else "run summary"
    output.write_table(
        sys.stdout,
        f"{summary.campaign}: {what}",
        [("what", "left"), ("count", "right")],
        summary.rows(),
        show_header=False,
    )


# -------------------------------------------------------------------- send-due


@cli.command("send-due")
@click.pass_obj
def send_due(app: App) -> None:
    """Send what is due in the open cycle of every enabled campaign (deferred
    messages whose time has come, cycles planned with run-once --plan-only),
    once, and exit: the daemon's send job, for running from cron. Plans
    nothing. Prints a line per campaign with its cycle's counts."""
    import asyncio

    from winback import outcomes, runner

    # Secrets are not checked up front: a campaign whose channel lacks one is
    # logged and skipped by send_due, the others are sent.
    settings = app.settings()
    done = asyncio.run(runner.send_due(app.engine(), settings, worker=outcomes.worker_id()))
    for summary in done.values():
        click.echo(summary.line())
    if not done:
        click.echo("nothing due: no enabled campaign has an open cycle")
