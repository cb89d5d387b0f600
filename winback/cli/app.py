"""What every command shares: the ``winback`` group, its options, the App."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import click
from sqlalchemy import Engine

from winback import __version__
from winback.config import CONFIG_ENV, DEFAULT_CONFIG_NAME, Settings, load_config
from winback.errors import UsageError

AS_OF_HELP = (
    "Evaluate as of this moment (ISO date or datetime; a date is midnight, a naive time is "
    "in [scheduler] timezone). Default: now."
)


def moment_option(settings: Settings, option: str, text: str | None) -> dt.datetime | None:
    """A moment given on the command line (``--since``, ``--as-of``, ...), within
    the plausible range; None when not given. A bad one is a usage error."""
    from winback.timeutil import Plausible, parse_moment

    if text is None:
        return None
    try:
        return parse_moment(text, settings.tz, Plausible.of(settings.import_))
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def as_of_option(settings: Settings, text: str | None) -> dt.datetime:
    """``--as-of``: the moment given, else now (in [scheduler] timezone)."""
    from winback.timeutil import now_utc

    moment = moment_option(settings, "--as-of", text)
    return moment if moment is not None else now_utc().astimezone(settings.tz)


@dataclass
class App:
    """The config is loaded once, when first needed; so is the engine."""

    config_path: str | None
    log_level: str | None
    _settings: Settings | None = None
    _engine: Engine | None = None
    _checked_secrets: bool = False

    def settings(self, *, check_secrets: bool = False) -> Settings:
        if self._settings is None or (check_secrets and not self._checked_secrets):
            from winback.logs import logs_held, setup_logging

            # what loading logs comes out in the format the config sets
            with logs_held():
                self._settings = load_config(self.config_path, check_secrets=check_secrets)
                wanted = self._settings.logging
                setup_logging(self.log_level or wanted.level, wanted.format)
            self._checked_secrets = check_secrets
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


LOG_LEVELS = click.Choice(["debug", "info", "warning", "error"], case_sensitive=False)
FORMATS = click.Choice(["table", "csv", "json"])
CHANNEL_CHOICE = click.Choice(["email", "sms", "telegram"])


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
