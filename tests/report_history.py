"""Building a campaign history by hand for the report's tests: clients, cycles,
assignments, messages, call tasks, outcomes, orders, NPS answers, incidents,
each row written as given (times as Unix seconds)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy import Connection, insert

from winback.models import (
    Assignment,
    AssignmentOutcome,
    CallTask,
    CampaignRun,
    Client,
    Incident,
    Message,
    NpsAnswer,
    Order,
    table_of,
)

DAY = 86_400


def epoch(moment: dt.datetime) -> int:
    return int(moment.timestamp())


class History:
    """Rows written on one connection (the caller commits); ids returned."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.serial = itertools.count(1)
        self.runs: dict[tuple[str, int], int] = {}

    def _insert(self, model: Any, **values: Any) -> int:
        result = self.conn.execute(insert(table_of(model)).values(**values))
        key = result.inserted_primary_key
        return int(key[0]) if key and key[0] is not None else 0

    def client(self, external_id: str, **values: Any) -> int:
        return self._insert(Client, external_id=external_id, **values)

    def run(self, campaign: str, cycle: int, at: int) -> int:
        if (campaign, cycle) not in self.runs:
            self.runs[campaign, cycle] = self._insert(
                CampaignRun,
                campaign=campaign,
                cycle=cycle,
                status="finished",
                open_slot=None,
                as_of=at,
                planned_at=at,
                finished_at=at,
                selected=0,
                holdout=0,
            )
        return self.runs[campaign, cycle]

    def assign(
        self,
        campaign: str,
        client_id: int,
        group: str,
        at: int,
        *,
        cycle: int = 1,
        reasons: str = "recency",
        offer_code: str | None = None,
        abc: str | None = None,
        xyz: str | None = None,
    ) -> int:
        run_id = self.run(campaign, cycle, at)
        return self._insert(
            Assignment,
            run_id=run_id,
            campaign=campaign,
            client_id=client_id,
            group_name=group,
            rank=next(self.serial),
            score=0.5,
            reasons=reasons,
            revenue_minor=0,
            orders_count=1,
            abc=abc,
            xyz=xyz,
            offer_code=offer_code,
            outcome="held_out" if group == "holdout" else "sent",
            created_at=at,
        )

    def message(
        self,
        assignment_id: int,
        campaign: str,
        client_id: int,
        at: int,
        *,
        channel: str | None,
        status: str,
        segments: int | None = None,
    ) -> int:
        return self._insert(
            Message,
            assignment_id=assignment_id,
            run_id=self.runs[campaign, 1],
            client_id=client_id,
            campaign=campaign,
            idempotency_key=f"k{next(self.serial)}",
            channel=channel,
            status=status,
            segments=segments,
            created_at=at,
            updated_at=at,
            sent_at=at if status == "sent" else None,
        )

    def call_task(
        self, message_id: int, assignment_id: int, campaign: str, client_id: int, at: int, **kw: Any
    ) -> int:
        return self._insert(
            CallTask,
            message_id=message_id,
            assignment_id=assignment_id,
            campaign=campaign,
            client_id=client_id,
            phone="+79990000000",
            reasons="recency",
            due_at=at + 3 * DAY,
            created_at=at,
            **kw,
        )

    def outcome(
        self,
        assignment_id: int,
        campaign: str,
        client_id: int,
        group: str,
        at: int,
        days: int,
        as_of: int,
        *,
        verdict: str,
        revenue_minor: int = 0,
        returned_at: int | None = None,
        by: str | None = None,
    ) -> None:
        self._insert(
            AssignmentOutcome,
            assignment_id=assignment_id,
            campaign=campaign,
            client_id=client_id,
            group_name=group,
            assigned_at=at,
            window_end=at + days * DAY,
            outcome=verdict,
            returned_at=returned_at,
            revenue_minor=revenue_minor,
            attributed_by=by if verdict == "returned" else None,
            as_of=as_of,
        )

    def order(
        self,
        client_id: int,
        at: int,
        amount_minor: int,
        promo: str | None = None,
        external_id: str | None = None,
    ) -> int:
        return self._insert(
            Order,
            external_id=external_id or f"O{next(self.serial)}",
            client_id=client_id,
            placed_at=at,
            amount_minor=amount_minor,
            promo_code=promo,
        )

    def nps(self, client_id: int, at: int, score: int) -> None:
        self._insert(NpsAnswer, client_id=client_id, answered_at=at, score=score)

    def incident(self, client_id: int, at: int, kind: str, reason: str | None) -> None:
        self._insert(Incident, client_id=client_id, occurred_at=at, kind=kind, reason=reason)
