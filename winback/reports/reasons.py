"""Why the clients lost in a month left: the ``reason`` of their latest
incident with one before the month's end; else ``nps_detractor`` when their
latest NPS answer before the month's end is 0–6; else ``unknown``.

Decided in SQL, in the statement that finds the lost clients (see
``churn.activity``): per lost client and month, an index look-up each for
the latest incident with a reason (``incidents (client_id, occurred_at)``),
the latest NPS answer (``nps_answers (client_id, answered_at)``), then
the manager by a join; the rows come back counted by month, reason, detractor flag and
manager, so no client passes through Python."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    CTE,
    BigInteger,
    ColumnElement,
    Select,
    case,
    func,
    literal,
    null,
    select,
    type_coerce,
)

from winback.models import Client, Incident, NpsAnswer, table_of

incidents_t = table_of(Incident)
nps_t = table_of(NpsAnswer)
clients_t = table_of(Client)

DETRACTOR_MAX = 6
NPS_DETRACTOR = "nps_detractor"
UNKNOWN = "unknown"


@dataclass
class Losses:
    by_reason: Counter[tuple[int, str]] = field(default_factory=Counter)  # (month j, reason)
    by_manager: Counter[tuple[int, str | None]] = field(default_factory=Counter)

    def add(
        self, j: int, incident: str | None, detractor: Any, manager: str | None, n: int
    ) -> None:
        """One counted row of ``counted``: ``n`` clients lost in month j."""
        if incident is not None:
            reason = incident
        elif detractor:
            reason = NPS_DETRACTOR
        else:
            reason = UNKNOWN
        self.by_reason[j, reason] += n
        self.by_manager[j, manager] += n


def counted(lost: CTE, width: int, *, hashed: bool = False) -> Select[Any]:
    """``lost`` (columns cid, j, b: client ``cid`` lost in month j, ending at
    b) → rows (1, j, NULL × width − 1, incident reason, detractor flag,
    manager, clients), shaped to follow the mask rows in a UNION ALL.

    ``hashed`` (PostgreSQL, nested loops off): the clients with an incident
    with a reason, and those with an NPS answer, found first by joining
    each table's distinct clients (hashed), and the look-ups made for those
    alone: most lost clients have neither, and a look-up costs more. (On
    SQLite the same test by ``IN`` was slower than the look-ups: 1.8 s of
    CPU against 1.5 s for the whole statement.)"""
    at = type_coerce(incidents_t.c.occurred_at, BigInteger)
    answered = type_coerce(nps_t.c.answered_at, BigInteger)
    incident: ColumnElement[Any] = (
        select(incidents_t.c.reason)
        .where(
            incidents_t.c.client_id == lost.c.cid,
            at < lost.c.b,
            incidents_t.c.reason.is_not(None),
            incidents_t.c.reason != "",
        )
        .order_by(at.desc(), incidents_t.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    score: ColumnElement[Any] = (
        select(nps_t.c.score)
        .where(nps_t.c.client_id == lost.c.cid, answered < lost.c.b)
        .order_by(answered.desc())
        .limit(1)
        .scalar_subquery()
    )
    source: Any = lost
    if hashed:
        has_incident = (
            select(incidents_t.c.client_id)
            .where(incidents_t.c.reason.is_not(None), incidents_t.c.reason != "")
            .distinct()
            .subquery("with_incident")
        )
        has_nps = select(nps_t.c.client_id).distinct().subquery("with_nps")
        source = lost.outerjoin(has_incident, has_incident.c.client_id == lost.c.cid).outerjoin(
            has_nps, has_nps.c.client_id == lost.c.cid
        )
        incident = case((has_incident.c.client_id.is_not(None), incident), else_=null())
        score = case((has_nps.c.client_id.is_not(None), score), else_=null())
    # materialized (SQLite, PostgreSQL): each look-up runs once per row,
    # however the grouping below refers to it
    looked_up = (
        select(
            lost.c.cid.label("cid"),
            lost.c.j.label("j"),
            incident.label("incident"),
            case((score <= DETRACTOR_MAX, 1), else_=0).label("detractor"),
        )
        .select_from(source)
        .cte("looked_up")
        .prefix_with("MATERIALIZED", dialect="sqlite")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )
    # the manager by a join (PostgreSQL hashes the clients that have one)
    managed = (
        select(clients_t.c.id, clients_t.c.manager)
        .where(clients_t.c.manager.is_not(None))
        .subquery("managed")
    )
    keys = [looked_up.c.j, looked_up.c.incident, looked_up.c.detractor, managed.c.manager]
    pad: list[ColumnElement[Any]] = [null()] * (width - 1)
    return (
        select(literal(1), keys[0], *pad, *keys[1:], func.count())
        .select_from(looked_up.outerjoin(managed, managed.c.id == looked_up.c.cid))
        .group_by(*keys)
    )
