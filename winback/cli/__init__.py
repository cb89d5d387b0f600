"""The ``winback`` command, one module per command group: :mod:`.setup`
(init, check, demo), :mod:`.data` (import, db, suppress, unsubscribe),
:mod:`.campaigns` (preview, run-once, send-due), :mod:`.status` (status),
:mod:`.attribution` (attribute, outcomes), :mod:`.report` (report),
:mod:`.tasks` (tasks, tasks done), :mod:`.digest` (digest), :mod:`.model`
(model fit, model show).

One error boundary (:func:`main`) turns winback's errors into a message on
standard error and an exit code: 0 ok, 1 runtime failure, 2 bad usage,
config or input. Results go to standard output, logs to standard error.
"""

from __future__ import annotations

import sys

import click

from winback.cli import (  # noqa: F401  (they add their commands)
    attribution,
    campaigns,
    daemon,
    data,
    digest,
    model,
    model_calibrate,
    report,
    setup,
    status,
    tasks,
)
from winback.cli.app import cli
from winback.errors import WinbackError

__all__ = ["cli", "main"]


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
