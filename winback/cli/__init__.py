"""The ``winback`` command. One error boundary (:func:`main`) turns winback's
errors into a message on standard error and an exit code: 0 ok, 1 runtime
failure, 2 bad usage, config or input. Results go to standard output, logs to
standard error.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from sqlalchemy import Engine

from winback import __version__
from winback.config import (
    CONFIG_ENV,
    DEFAULT_CONFIG_NAME,
    Settings,
    load_config,
    write_secret_file,
)
from winback.errors import UsageError, WinbackError

log = logging.getLogger("winback")


@dataclass
class App:
    """What every command shares: the config is loaded once, when first needed."""

    config_path: str | None
    log_level: str | None
    _settings: Settings | None = None
    _engine: Engine | None = None
    _checked_secrets: bool = False
    _cleanup: list[Any] = field(default_factory=list)

    def settings(self, *, check_secrets: bool = False) -> Settings:
        if self._settings is None or (check_secrets and not self._checked_secrets):
            self._settings = load_config(self.config_path, check_secrets=check_secrets)
            self._checked_secrets = check_secrets
            from winback.logs import setup_logging

            setup_logging(self.log_level or self._settings.logging.level)
        return self._settings

    def engine(self, *, migrated: bool = True) -> Engine:
        if self._engine is None:
            from winback.db import make_engine, require_schema

            self._engine = make_engine(self.settings().database.url)
            if migrated:
                require_schema(self._engine)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


pass_app = click.make_pass_decorator(App)

LOG_LEVELS = click.Choice(["debug", "info", "warning", "error"], case_sensitive=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="winback")
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    help=f"Config file (default: ${CONFIG_ENV}, else ./{DEFAULT_CONFIG_NAME} if present).",
)
@click.option("--log-level", type=LOG_LEVELS, help="Overrides [logging] level (default: info).")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, log_level: str | None) -> None:
    """winback: find lost clients, win them back with a personal offer, and
    record what came of it."""
    from winback.logs import setup_logging

    setup_logging(log_level or "info")
    app = App(config_path=config_path, log_level=log_level)
    ctx.obj = app
    ctx.call_on_close(app.close)


# ------------------------------------------------------------------------ init


def bundled(name: str) -> Path:
    """A file shipped with winback: from the source tree, or the wheel's copy."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here.parent / name, here / "_bundled" / name):
        if candidate.exists():
            return candidate
    raise WinbackError(f"{name} is missing from this installation of winback")


@cli.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
def init(app: App, directory: Path | None) -> None:
    """Create a working folder: an example config, sample campaign templates
    and a migrated SQLite database.

    DIRECTORY defaults to the folder of --config / $WINBACK_CONFIG, else the
    current folder. An existing config is never overwritten.
    """
    if directory is not None:
        target = directory / DEFAULT_CONFIG_NAME
    elif app.config_path or os.environ.get(CONFIG_ENV):
        target = Path(app.config_path or os.environ[CONFIG_ENV])
    else:
        target = Path(DEFAULT_CONFIG_NAME)
    if target.exists():
        raise UsageError(f"{target} already exists; winback init never overwrites a config")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(bundled("config.example.toml"), target)
    try:
        _init_rest(target)
    except BaseException:
        target.unlink(missing_ok=True)  # leave nothing half-made behind
        raise


def _init_rest(target: Path) -> None:
    from winback import migrate
    from winback.db import make_engine, mask_url

    templates = target.parent / "campaign_templates"
    source_templates = bundled("campaign_templates")
    copied = 0
    for src in sorted(source_templates.rglob("*")):
        dest = templates / src.relative_to(source_templates)
        if src.is_dir():
            dest.mkdir(parents=True, exist_ok=True)
        elif not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            copied += 1
    settings = load_config(target)
    engine = make_engine(settings.database.url)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    click.echo(f"wrote {target}")
    click.echo(f"copied {copied} template files into {templates}")
    click.echo(f"database {mask_url(settings.database.url)} is at the current schema")
    secret = write_secret_file(target.parent)
    click.echo(
        f"unsubscribe secret in {secret} (git-ignored; read only while "
        f"{settings.unsubscribe.secret_env} is unset: in production, set that variable)"
    )
    click.echo("next: winback demo, then winback preview <campaign>  (see README.md)")


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
    for the clients whose orders changed. Imports and runs do it themselves."""
    from winback import order_stats

    result = order_stats.refresh(app.engine(), full=True if full else None)
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


# ----------------------------------------------------------------------- check


@cli.command()
@click.pass_obj
def check(app: App) -> None:
    """Validate the configuration (and the secrets it names) and the templates."""
    settings = app.settings(check_secrets=True)
    checks = _template_checker()
    if checks is not None:
        for line in checks(settings):  # e.g. the SMS length of each campaign and locale
            click.echo(line)
    click.echo(
        f"configuration OK: {len(settings.campaigns)} campaign(s)"
        + (f" in {settings.source}" if settings.source else " (defaults)")
    )


def _template_checker() -> Any:
    try:
        from winback.rendering.check import check_templates
    except ImportError:
        return None
    return check_templates


# ------------------------------------------------------------------------ demo


@cli.command()
@click.option("--clients", type=click.IntRange(min=1), default=2000, show_default=True)
@click.option("--seed", type=int, default=42, show_default=True, help="Same seed, same data.")
@click.option(
    "--anchor",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="Day (00:00 UTC) the history ends at; same seed and anchor, same rows. Default: today.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="First delete everything in the CRM tables (clients, tags, orders, NPS answers, "
    "incidents) AND winback's log (campaign runs, assignments, messages, message events, "
    "suppressions), in one transaction.",
)
@click.pass_obj
def demo(app: App, clients: int, seed: int, anchor: dt.datetime | None, replace: bool) -> None:
    """Fill the configured database with a realistic, reproducible CRM: clients
    with contacts and consents, orders, NPS answers, complaints, inquiries and
    contact attempts, relative to today.

    Refuses a database that already has clients, unless --replace. Email
    addresses are under the reserved .example domain; use the file transports.
    """
    from winback.console import progress
    from winback.demo import generate_demo

    settings = app.settings()
    engine = app.engine()
    with progress("demo data", total=clients) as advance:
        report = generate_demo(
            engine,
            settings,
            clients=clients,
            seed=seed,
            on_progress=advance,
            anchor=anchor.replace(tzinfo=dt.UTC) if anchor else None,
            replace=replace,
        )
    click.echo(str(report))
    _refresh_order_stats(engine)


def _refresh_order_stats(engine: Engine) -> None:
    """After orders changed: rebuild the aggregates selection reads."""
    from winback import order_stats

    result = order_stats.refresh(engine)
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
        _refresh_after_import(engine, file)


def _refresh_after_import(engine: Engine, file: Path) -> None:
    """The import is committed whatever happens here: a failed rebuild is a
    warning (exit 0). The clients stay marked stale, so selection reads their
    orders until a later refresh succeeds."""
    try:
        _refresh_order_stats(engine)
    except Exception as exc:  # any failure: the import itself stands
        log.debug("order stats refresh failed", exc_info=True)
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        click.echo(
            f"winback: warning: {file} was imported, but rebuilding the order aggregates "
            f"failed: {first}; run `winback db refresh-stats` after fixing the cause",
            err=True,
        )


# --------------------------------------------------------------------- preview


def _as_of(settings: Settings, text: str | None) -> Any:
    from winback.timeutil import Plausible, now_utc, parse_moment

    if text is None:
        return now_utc().astimezone(settings.tz)
    try:
        return parse_moment(text, settings.tz, Plausible.of(settings.import_))
    except ValueError as exc:
        raise UsageError(f"--as-of: {exc}") from None


AS_OF_HELP = (
    "Evaluate as of this moment (ISO date or datetime; a date is midnight, a naive time is "
    "in [scheduler] timezone). Default: now."
)


@cli.command()
@click.argument("campaign")
@click.option("--as-of", "as_of", metavar="WHEN", help=AS_OF_HELP)
@click.option("--limit", type=click.IntRange(min=1), help="At most N rows (table: 20 by default).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
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
    from winback import preview as view
    from winback.db import connect_or_fail, read_engine
    from winback.selection import build_statement, select_candidates
    from winback.selection import explain as explain_sql
    from winback.suppressions import client_id_of

    settings = app.settings()
    chosen = settings.campaign(campaign)
    moment = _as_of(settings, as_of)
    if client is not None and excluded:
        raise UsageError("--client and --excluded do not go together: --client shows either")
    if fmt == "table" and limit is None and client is None:
        limit = 20
    engine = read_engine(app.engine())
    machine = fmt != "table"
    with connect_or_fail(engine) as conn:
        client_id = client_id_of(conn, client) if client is not None else None
        if explain:
            plan = build_statement(
                conn,
                chosen,
                as_of=moment,
                now=_as_of(settings, None),
                tz=settings.tz,
                limit=limit,
                excluded=excluded,
                client=client,
            )
            click.echo(explain_sql(conn, plan) + ";\n", err=machine)
        summary, rows = select_candidates(
            conn,
            chosen,
            as_of=moment,
            tz=settings.tz,
            limit=limit,
            excluded=excluded,
            client=client,
        )
        found: list[Any] = []
        if client is not None:
            rows = iter(found := list(rows))
        stdout = sys.stdout
        listing = excluded or client is not None  # rows carry excluded_by
        if fmt == "json":
            shown = view.write_json(rows, stdout)
        elif fmt == "csv":
            shown = view.write_csv(rows, stdout, excluded=listing)
        else:
            shown = view.write_table(rows, summary, stdout, excluded=listing)
        if client is not None and client_id is not None:
            click.echo(
                _where_client_stands(conn, chosen, client, client_id, moment, found), err=machine
            )
    taken = min(summary.remaining, chosen.max_per_run)
    what = "excluded shown" if excluded else "shown"
    click.echo(
        summary.line().split("; taken")[0] + f"; a run takes {taken}; {what} {shown}", err=machine
    )


def _where_client_stands(
    conn: Any,
    campaign: Any,
    external_id: str,
    client_id: int,
    as_of: dt.datetime,
    rows: list[Any],
) -> str:
    """One sentence for preview --client."""
    from sqlalchemy import func, select

    from winback.models import Order

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
    last, count = conn.execute(
        select(func.max(Order.placed_at), func.count()).where(
            Order.client_id == client_id, Order.placed_at <= as_of
        )
    ).one()
    if not count:
        return (
            f"{name} is not lost for {campaign.name}: it meets none of its criteria (no order yet)"
        )
    last_at = last if isinstance(last, dt.datetime) else dt.datetime.fromtimestamp(last, dt.UTC)
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
@click.pass_obj
def run_once(app: App, campaign: str, as_of: str | None, dry_run: bool, limit: int | None) -> None:
    """Run CAMPAIGN once: resume its unfinished cycle, or plan a new one, and send
    what is due. Every selected client ends with a recorded outcome; no client
    is messaged twice in a cycle (see README, "Delivery guarantee")."""
    from winback.console import add_row, data_table, out
    from winback.runner import RunOptions, run_campaign

    settings = app.settings(check_secrets=True)
    chosen = settings.campaign(campaign)
    moment = _as_of(settings, as_of) if as_of else None
    report = run_campaign(
        app.engine(), settings, chosen, RunOptions(as_of=moment, dry_run=dry_run, limit=limit)
    )
    if report is None:
        return
    columns = [("what", "left"), ("count", "right")]
    table = data_table(f"{report.campaign}: run summary", columns, show_header=False)
    for row in report.rows():
        add_row(table, row)
    out.print(table)


# ---------------------------------------------------------------- opt-outs


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


CHANNEL_CHOICE = click.Choice(["email", "sms", "telegram"])


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
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@click.pass_obj
def suppress_list(app: App, channel: str | None, fmt: str) -> None:
    """List suppressions and opt-outs (full addresses: an operator's listing)."""
    import json

    from winback.suppressions import COLUMNS, list_suppressions

    rows = [r.as_dict() for r in list_suppressions(app.engine(), channel)]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == "csv":
        from winback.output import dict_writer

        write = dict_writer(sys.stdout, COLUMNS)
        for r in rows:
            write(r)
    else:
        from winback.console import add_row, data_table, out

        table = data_table(f"suppressions ({len(rows)})", ((col, "left") for col in COLUMNS))
        for r in rows:
            add_row(table, (r[k] for k in COLUMNS))
        out.print(table)


# ------------------------------------------------------------------ entry point


def main(argv: list[str] | None = None) -> None:
    try:
        rv = cli.main(args=argv, prog_name="winback", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:  # bad usage: click's own message
        exc.show()
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except WinbackError as exc:
        click.echo(f"winback: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    sys.exit(rv if isinstance(rv, int) else 0)
