"""Getting started: init, check, demo."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import click

from winback.cli.app import App, cli
from winback.cli.data import refresh_order_stats
from winback.config import CONFIG_ENV, DEFAULT_CONFIG_NAME, load_config, write_secret_file
from winback.errors import UsageError, WinbackError


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


def _copy_templates(folder: Path) -> int:
    """The sample templates into ``folder``, keeping any file already there."""
    source = bundled("campaign_templates")
    copied = 0
    for src in sorted(source.rglob("*")):
        dest = folder / src.relative_to(source)
        if src.is_dir():
            dest.mkdir(parents=True, exist_ok=True)
        elif not dest.exists():
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest)
            copied += 1
    return copied


def _init_rest(target: Path) -> None:
    from winback import migrate
    from winback.db import make_engine, mask_url

    templates = target.parent / "campaign_templates"
    copied = _copy_templates(templates)
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


@cli.command()
@click.pass_obj
def check(app: App) -> None:
    """Validate the configuration (and the secrets it names) and the templates."""
    from winback.rendering.check import check_templates

    settings = app.settings(check_secrets=True)
    for line in check_templates(settings):  # e.g. the SMS length of each campaign and locale
        click.echo(line)
    for campaign in settings.campaigns:
        if campaign.uses_model:  # the fit is in the database, which check does not read
            click.echo(
                f"{campaign.name}: uses the BG/NBD model; it runs only once `winback model fit` "
                "has stored a fit"
            )
    click.echo(
        f"configuration OK: {len(settings.campaigns)} campaign(s)"
        + (f" in {settings.source}" if settings.source else " (defaults)")
    )


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
@click.option(
    "--advance",
    "advance_days",
    type=click.IntRange(min=1, max=366),
    metavar="DAYS",
    help="Instead: add the orders of the DAYS after each campaign's latest cycle (after "
    "run-once), treatment clients returning more often than the holdout; the same "
    "database gives the same orders, and a cycle is advanced once.",
)
@click.pass_context
def demo(
    ctx: click.Context,
    clients: int,
    seed: int,
    anchor: dt.datetime | None,
    replace: bool,
    advance_days: int | None,
) -> None:
    """Fill the configured database with a realistic, reproducible CRM: clients
    with contacts and consents, orders, NPS answers, complaints, inquiries and
    contact attempts, relative to today.

    Refuses a database that already has clients, unless --replace. Email
    addresses are under the reserved .example domain; use the file transports.
    """
    from winback.console import progress
    from winback.demo import generate_demo

    app: App = ctx.obj
    if advance_days is not None:
        _advance(ctx, app, advance_days)
        return
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
    refresh_order_stats(engine, settings.tz)


def _advance(ctx: click.Context, app: App, days: int) -> None:
    """``demo --advance DAYS``: the orders after the latest cycles."""
    from winback.demo.advance import advance_demo

    given = [
        f"--{name}"
        for name in ("clients", "seed", "anchor", "replace")
        if ctx.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT
    ]
    if given:
        raise UsageError(
            f"--advance adds to the demo data there is; it takes no {', '.join(given)}"
        )
    engine = app.engine()
    tz = app.settings().tz
    report = advance_demo(engine, tz, days)
    click.echo(str(report))
    refresh_order_stats(engine, tz)
