"""The data winback reads and keeps: import, db, suppress, unsubscribe."""

from __future__ import annotations

import logging
import sys
import zoneinfo
from pathlib import Path

import click
from sqlalchemy import Engine

from winback.cli.app import CHANNEL_CHOICE, FORMATS, App, cli
from winback.errors import UsageError

log = logging.getLogger("winback")


def refresh_order_stats(engine: Engine, tz: zoneinfo.ZoneInfo) -> None:
    """After orders changed: rebuild the aggregates selection reads (purchase
    days in the business time zone ``tz``)."""
    from winback import order_stats

    result = order_stats.refresh(engine, day_offset=order_stats.day_offset_now(tz))
    if not result.skipped:
        click.echo(result.line())


# ---------------------------------------------------------------------- import


@cli.command("import")
@click.argument("kind", type=click.Choice(["clients", "orders", "nps", "incidents"]))
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--skip-invalid",
    is_flag=True,
    help="Import the good rows; write the bad ones with reasons to FILE.rejects.csv.",
)
@click.pass_obj
def import_(app: App, kind: str, file: Path, skip_invalid: bool) -> None:
    """Import a UTF-8 CSV file (header row) of clients, orders, NPS answers or
    incidents. Re-importing changes nothing; an updated file updates.

    By default a file with any bad row is refused whole, every bad row listed.
    """
    from winback.console import progress
    from winback.importer import import_csv

    settings = app.settings()
    engine = app.engine()
    with progress(f"importing {kind}") as advance:
        report = import_csv(
            engine, settings, kind, file, skip_invalid=skip_invalid, on_progress=advance
        )
    click.echo(str(report))
    if kind == "orders":
        _refresh_after_import(engine, file, settings.tz)


def _refresh_after_import(engine: Engine, file: Path, tz: zoneinfo.ZoneInfo) -> None:
    """The import is committed whatever happens here: a failed rebuild is a
    warning (exit 0). The clients stay marked stale, so selection reads their
    orders until a later refresh succeeds."""
    try:
        refresh_order_stats(engine, tz)
    except Exception as exc:  # any failure: the import itself stands
        log.debug("order stats refresh failed", exc_info=True)
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        click.echo(
            f"winback: warning: {file} was imported, but rebuilding the order aggregates "
            f"failed: {first}; run `winback db refresh-stats` after fixing the cause",
            err=True,
        )


# -------------------------------------------------------------------------- db


@cli.group()
def db() -> None:
    """Database schema: upgrade, downgrade, show the current revision."""


@db.command("upgrade")
@click.argument("revision", default="head")
@click.pass_obj
def db_upgrade(app: App, revision: str) -> None:
    """Migrate the database up to REVISION (default: head). At the head, also
    put back any missing index and move PostgreSQL id sequences left behind
    (e.g. after a killed `winback demo`)."""
    from winback import migrate

    engine = app.engine(migrated=False)
    repairs = migrate.upgrade(engine, revision)
    if repairs.indexes:
        click.echo(f"restored missing index(es): {', '.join(repairs.indexes)}")
    if repairs.sequences:
        click.echo(f"moved id sequence(s) past the largest id: {', '.join(repairs.sequences)}")
    click.echo(f"database at revision {migrate.current(engine)}")


@db.command("downgrade")
@click.argument("revision")
@click.pass_obj
def db_downgrade(app: App, revision: str) -> None:
    """Migrate the database down to REVISION ("base" removes every table)."""
    from winback import migrate

    engine = app.engine(migrated=False)
    migrate.downgrade(engine, revision)
    click.echo(f"database at revision {migrate.current(engine) or 'base'}")


@db.command("refresh-stats")
@click.option(
    "--full",
    is_flag=True,
    help="Rebuild every client's row from the orders (after a bulk load that bypassed "
    "triggers), not only the stale ones.",
)
@click.pass_obj
def db_refresh_stats(app: App, full: bool) -> None:
    """Rebuild the per-client order aggregates selection reads (client_order_stats)
    and the activity spells reports read (client_activity_spells, cut with
    [report] inactive_days) for the clients whose orders changed. Imports,
    runs and reports do it themselves."""
    from winback import order_stats

    settings = app.settings()
    result = order_stats.refresh(
        app.engine(),
        full=True if full else None,
        inactive_days=settings.report.inactive_days,
        day_offset=order_stats.day_offset_now(settings.tz),
    )
    click.echo(result.line())


@db.command("current")
@click.pass_obj
def db_current(app: App) -> None:
    """Show the database's revision and the one this winback needs."""
    from winback import migrate

    engine = app.engine(migrated=False)
    current = migrate.current(engine)
    head = migrate.head_revision()
    state = "up to date" if current == head else "run `winback db upgrade`"
    click.echo(f"current: {current or 'base (empty)'}  head: {head}  ({state})")


# -------------------------------------------------------------------- opt-outs


@cli.command()
@click.argument("token")
@click.pass_obj
def unsubscribe(app: App, token: str) -> None:
    """Record the opt-out an unsubscribe link's TOKEN asks for (idempotent)."""
    from winback.unsubscribe import unsubscribe as record

    settings = app.settings()
    secret = settings.secret(settings.unsubscribe.secret_env)
    claims, created = record(app.engine(), secret, token, source="cli")
    state = "recorded" if created else "was already recorded"
    click.echo(f"opt-out of client {claims.client_external_id} from {claims.channel} {state}")


@cli.group()
def suppress() -> None:
    """Manual suppressions: never message a client or an address on a channel."""


def _target(client: str | None, address: str | None) -> tuple[str | None, str | None]:
    if (client is None) == (address is None):
        raise UsageError("give --client EXTERNAL_ID or an ADDRESS (exactly one)")
    return client, address


@suppress.command("add")
@click.option("--channel", type=CHANNEL_CHOICE, required=True)
@click.option("--client", metavar="EXTERNAL_ID")
@click.option("--reason", metavar="TEXT")
@click.argument("address", required=False)
@click.pass_obj
def suppress_add(
    app: App, channel: str, client: str | None, reason: str | None, address: str | None
) -> None:
    """Suppress --client EXTERNAL_ID or ADDRESS (email, phone, chat id) on --channel.

    ADDRESS is normalised as `winback import` normalises it, or refused (exit 2)
    when the importer would refuse it. A negative chat id goes after --:
    `suppress add --channel telegram -- -1001234567890`."""
    from winback.suppressions import add_suppression

    settings = app.settings()
    client, address = _target(client, address)
    created = add_suppression(
        app.engine(),
        channel=channel,
        reason=reason or "manual",
        source="cli",
        default_region=settings.import_.default_region,
        client_external_id=client,
        address=address,
    )
    click.echo("suppression added" if created else "already suppressed")


@suppress.command("remove")
@click.option("--channel", type=CHANNEL_CHOICE, required=True)
@click.option("--client", metavar="EXTERNAL_ID")
@click.argument("address", required=False)
@click.pass_obj
def suppress_remove(app: App, channel: str, client: str | None, address: str | None) -> None:
    """Remove a suppression or opt-out (only when the client asked to be contacted again)."""
    from winback.suppressions import remove_suppression

    settings = app.settings()
    client, address = _target(client, address)
    n = remove_suppression(
        app.engine(),
        channel=channel,
        default_region=settings.import_.default_region,
        client_external_id=client,
        address=address,
    )
    click.echo(f"removed {n} suppression(s)")


@suppress.command("list")
@click.option("--channel", type=CHANNEL_CHOICE)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_obj
def suppress_list(app: App, channel: str | None, fmt: str) -> None:
    """List suppressions and opt-outs (full addresses: an operator's listing)."""
    from winback import output
    from winback.suppressions import COLUMNS, list_suppressions

    rows = (r.as_dict() for r in list_suppressions(app.engine(), channel))
    if fmt == "json":
        output.write_json(sys.stdout, rows, dump=output.indented)
    elif fmt == "csv":
        output.write_csv(sys.stdout, COLUMNS, rows)
    else:
        cells = [[r[k] for k in COLUMNS] for r in rows]
        title = f"suppressions ({len(cells)})"
        output.write_table(sys.stdout, title, ((col, "left") for col in COLUMNS), cells)
