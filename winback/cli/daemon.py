"""`winback daemon`: run campaigns on their schedules until stopped."""

from __future__ import annotations

import asyncio

import click

from winback.cli.app import App, cli
from winback.config import Settings
from winback.errors import UsageError


@cli.command()
@click.option(
    "--worker-id",
    metavar="ID",
    help="This worker's id in the database (default: host:pid:random). Unique per running daemon.",
)
@click.pass_obj
def daemon(app: App, worker_id: str | None) -> None:
    """Run every enabled campaign on its `schedule`, send what becomes due, and
    (with [http] listen) serve one-click unsubscribe, /healthz and /metrics.

    Several daemons may share one PostgreSQL or MariaDB database; on SQLite one
    runs at a time. SIGTERM/SIGINT stop it cleanly, SIGHUP reloads the
    configuration (an invalid one is logged and the old one kept)."""
    from winback import outcomes, workers
    from winback.config import load_config
    from winback.daemon import Daemon
    from winback.logs import logs_held, setup_logging

    settings = app.settings(check_secrets=True)
    worker = worker_id or outcomes.worker_id()
    if not worker.strip() or len(worker) > 128 or any(ord(ch) < 32 for ch in worker):
        raise UsageError("--worker-id: 1 to 128 printable characters")

    def reload() -> Settings:
        with logs_held():
            settings = load_config(app.config_path, check_secrets=True)
            setup_logging(app.log_level or settings.logging.level, settings.logging.format)
        return settings

    service = Daemon(settings, app.engine(), worker, reload=reload)
    try:
        asyncio.run(service.run())
    except workers.DaemonRunning as exc:
        raise UsageError(
            f"another daemon ({exc.worker_id}) is running on this SQLite database; "
            "SQLite takes one daemon at a time (run-once and send-due still work beside it)"
        ) from None
