"""The stored outcomes read back, one row per assignment: `winback outcomes`."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, text

from winback.models import from_epoch
from winback.money import minor_to_str

COLUMNS = (
    "client",
    "campaign",
    "cycle",
    "group",
    "assigned_at",
    "channel",
    "sent_at",
    "outcome",
    "returned_at",
    "revenue",
    "attributed_by",
)
NUMERIC_COLUMNS = frozenset({"cycle", "revenue"})

_ROWS = """
SELECT c.external_id, o.campaign, r.cycle, o.group_name, o.assigned_at,
       m.channel, m.sent_at, o.outcome, o.returned_at, o.revenue_minor, o.attributed_by
FROM assignment_outcomes o
JOIN assignments a ON a.id = o.assignment_id
JOIN campaign_runs r ON r.id = a.run_id
JOIN clients c ON c.id = o.client_id
LEFT JOIN messages m ON m.assignment_id = o.assignment_id AND m.status = 'sent'
WHERE {where}
ORDER BY o.assigned_at, o.campaign, o.assignment_id
"""


def known_campaigns(conn: Connection, configured: Sequence[str]) -> list[str]:
    """The configured campaigns and those in the log."""
    logged = conn.execute(text("SELECT DISTINCT campaign FROM assignments")).scalars()
    return sorted({*configured, *logged})


def outcome_rows(
    conn: Connection,
    tz: zoneinfo.ZoneInfo,
    *,
    campaigns: Sequence[str] = (),
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
) -> Iterator[dict[str, Any]]:
    """The rows, oldest assignment first; moments in ``tz``, revenue as a
    decimal string in major units."""
    where: list[str] = ["1 = 1"]
    params: dict[str, Any] = {}
    if campaigns:
        where.append("o.campaign IN :campaigns")
        params["campaigns"] = list(campaigns)
    if since is not None:
        where.append("o.assigned_at >= :since")
        params["since"] = int(since.timestamp())
    if until is not None:
        where.append("o.assigned_at < :until")
        params["until"] = int(until.timestamp())
    statement = text(_ROWS.format(where=" AND ".join(where)))
    if campaigns:
        statement = statement.bindparams(bindparam("campaigns", expanding=True))
    for row in conn.execute(statement, params):
        yield {
            "client": row[0],
            "campaign": row[1],
            "cycle": int(row[2]),
            "group": row[3],
            "assigned_at": _moment(row[4], tz),
            "channel": row[5],
            "sent_at": _moment(row[6], tz),
            "outcome": row[7],
            "returned_at": _moment(row[8], tz),
            "revenue": minor_to_str(int(row[9])),
            "attributed_by": row[10],
        }


def _moment(value: int | None, tz: zoneinfo.ZoneInfo) -> str | None:
    return None if value is None else from_epoch(int(value)).astimezone(tz).isoformat()


def unjudged(conn: Connection) -> int:
    """Assignments without an outcome yet (made since the last `attribute`)."""
    return int(
        conn.execute(
            text(
                "SELECT COUNT(*) FROM assignments a LEFT JOIN assignment_outcomes o "
                "ON o.assignment_id = a.id WHERE o.assignment_id IS NULL"
            )
        ).scalar_one()
    )
