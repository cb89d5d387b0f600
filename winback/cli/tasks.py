"""`winback tasks`: the calls managers are asked to make (channel "call")."""

from __future__ import annotations

import sys

import click

from winback.cli.app import FORMATS, App, cli
from winback.models.results import CALL_RESULTS

TABLE_COLUMNS = [
    ("id", "right"),
    ("due", "left"),
    ("manager", "left"),
    ("client", "left"),
    ("name", "left"),
    ("phone", "left"),
    ("reasons", "left"),
    ("offer code", "left"),
    ("campaign", "left"),
]


@cli.group(invoke_without_command=True)
@click.option("--manager", metavar="NAME", help="Only this manager's tasks.")
@click.option("--campaign", metavar="NAME", help="Only this campaign's tasks.")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
@click.pass_context
def tasks(ctx: click.Context, manager: str | None, campaign: str | None, fmt: str) -> None:
    """List the open call tasks, soonest due first (due times in [scheduler]
    timezone). The phone is shown in full: a manager dials it.

    `winback tasks done ID --result …` closes one."""
    if ctx.invoked_subcommand is not None:
        return
    from winback import output
    from winback.calls import COLUMNS, list_tasks

    app: App = ctx.obj
    settings = app.settings()
    found = list_tasks(app.engine(), settings.tz, manager=manager, campaign=campaign)
    if fmt == "json":
        output.write_json(sys.stdout, (t.as_dict() for t in found), dump=output.indented)
        return
    if fmt == "csv":
        rows = ({**t.as_dict(), "reasons": ",".join(t.reasons)} for t in found)
        output.write_csv(sys.stdout, COLUMNS, rows, numeric=("id",))
        return
    cells = [
        [
            t.id,
            t.due_at.replace("T", " ")[:16],
            t.manager or "-",
            t.client,
            t.name or "-",
            t.phone,
            ", ".join(t.reasons),
            t.offer_code or "-",
            t.campaign,
        ]
        for t in found
    ]
    title = f"open call tasks ({len(cells)}; due times in {settings.scheduler.timezone})"
    output.write_table(sys.stdout, title, TABLE_COLUMNS, cells, wide=True)


@tasks.command("done")
@click.argument("task_id", metavar="ID", type=int)
@click.option("--result", type=click.Choice(CALL_RESULTS), required=True)
@click.option("--note", metavar="TEXT", help="What was said, for the record.")
@click.pass_obj
def tasks_done(app: App, task_id: int, result: str, note: str | None) -> None:
    """Close task ID with the call's result: reached, no_answer or refused.

    Records a contact_attempt incident with that outcome (the
    unreachable_attempts criterion counts every outcome but reached). An
    unknown ID or a task already done: exit 2."""
    from winback.calls import close_task

    closed = close_task(app.engine(), task_id, result, note)
    click.echo(f"call task {closed.task_id} done: {closed.result} (client {closed.client})")
