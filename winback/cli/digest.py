"""`winback digest`: the week's headline figures, printed or sent now."""

from __future__ import annotations

import asyncio

import click

from winback.cli.app import AS_OF_HELP, App, as_of_option, cli


@cli.command()
@click.option(
    "--send",
    is_flag=True,
    help="Send it now to [digest] email_to / telegram_chat_ids, the HTML report attached.",
)
@click.option("--as-of", "as_of", metavar="WHEN", help=AS_OF_HELP)
@click.pass_obj
def digest(app: App, send: bool, as_of: str | None) -> None:
    """Print the weekly digest: per campaign the assignments of the last 7
    days and the results of the last 12 months (assigned, contacted,
    returned, return rate, uplift, incremental revenue), and the churn of
    the last complete month. With --send, send it through the [digest]
    channels instead (exit 2 without a [digest] section, 1 if a send failed)."""
    from winback import digest as digests

    settings = app.settings()
    if send:
        digests.digest_settings(settings)  # before any work: exit 2 without [digest]
    moment = as_of_option(settings, as_of)
    built = digests.build_digest(app.engine(), settings, moment)
    if not send:
        click.echo(built.subject)
        click.echo()
        click.echo(built.text, nl=False)
        return
    key = f"digest:{moment.isoformat()}"
    outcomes = asyncio.run(digests.send_digest(built, settings, key))
    for outcome in outcomes:
        state = "sent" if outcome.error is None else f"failed: {outcome.error}"
        click.echo(f"{outcome.channel} to {outcome.recipient}: {state}")
    digests.check_sent(outcomes)
