"""`winback status`: campaigns, their cycles and the workers, at a glance."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import click

from winback.cli.app import App, cli

CAMPAIGN_COLUMNS = [
    ("campaign", "left"),
    ("enabled", "left"),
    ("schedule", "left"),
    ("next run", "left"),
    ("open cycle (planned)", "left"),
    ("pending", "right"),
    ("deferred", "right"),
    ("sending", "right"),
    ("sent", "right"),
    ("failed", "right"),
    ("unknown", "right"),
    ("last cycle (finished)", "left"),
]
WORKER_COLUMNS = [
    ("worker", "left"),
    ("started", "left"),
    ("last seen", "left"),
    ("alive", "left"),
    ("sent in 24 h", "right"),
]


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_obj
def status(app: App, fmt: str) -> None:
    """Show each campaign (schedule, next run, open cycle and its messages by
    status, last finished cycle) and the workers seen in the last 24 hours
    (heartbeat, alive, messages sent). Times in [scheduler] timezone."""
    from winback import status as view
    from winback.db import connect_or_fail, read_engine
    from winback.timeutil import now_utc

    settings = app.settings()
    with connect_or_fail(read_engine(app.engine())) as conn:
        report = view.status(conn, settings, now_utc())
    if fmt == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return
    _tables(report, settings.scheduler.timezone)


def _short(moment: str | None) -> str:
    """An ISO time of the report as a table shows it: to the minute, no offset
    (the title names the zone)."""
    return dt.datetime.fromisoformat(moment).strftime("%Y-%m-%d %H:%M") if moment else "-"


def _tables(report: dict[str, Any], zone: str) -> None:
    from winback import output

    rows = []
    for c in report["campaigns"]:
        cycle, last, n = c["open_cycle"], c["last_cycle"], c["counts"]
        rows.append(
            [
                c["name"],
                "yes" if c["enabled"] else "no",
                c["schedule"] or "-",
                _short(c["next_run"]),
                f"{cycle['number']} ({_short(cycle['planned_at'])})" if cycle else "-",
                *(n[s] for s in ("pending", "deferred", "sending", "sent", "failed", "unknown")),
                f"{last['number']} ({_short(last['finished_at'])}): {last['sent']} sent, "
                f"{last['failed']} failed"
                if last
                else "-",
            ]
        )
    title = f"campaigns (times in {zone})"
    output.write_table(sys.stdout, title, CAMPAIGN_COLUMNS, rows, wide=True)
    workers = [
        [
            w["id"],
            _short(w["started_at"]),
            _short(w["last_seen"]),
            "yes" if w["alive"] else "no",
            w["sent_24h"],
        ]
        for w in report["workers"]
    ]
    if workers:
        title = f"workers seen in the last 24 hours (times in {zone})"
        output.write_table(sys.stdout, title, WORKER_COLUMNS, workers, wide=True)
    else:
        click.echo("no worker seen in the last 24 hours")
    if report["open_call_tasks"]:
        click.echo(f"open call tasks: {report['open_call_tasks']} (winback tasks lists them)")
