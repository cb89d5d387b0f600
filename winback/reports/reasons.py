"""Why the clients lost in a month left: the ``reason`` of their latest
incident with one before the month's end; else ``nps_detractor`` when their
latest NPS answer before the month's end is 0–6; else ``unknown``."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import BigInteger, Connection, select, true, type_coerce

from winback.models import Client, Incident, NpsAnswer, table_of

incidents_t = table_of(Incident)
nps_t = table_of(NpsAnswer)
clients_t = table_of(Client)

CHUNK = 2_000  # client ids per look-up statement
# More lost clients than this: read the incidents, answers and managers of
# everyone (a scan each) rather than look them up by id (cheaper for a few).
LOOK_UP_MAX = 4 * CHUNK
DETRACTOR_MAX = 6
NPS_DETRACTOR = "nps_detractor"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Losses:
    by_reason: Counter[tuple[int, str]]  # (month index j, reason) → clients
    by_manager: Counter[tuple[int, str | None]]  # (month index j, manager) → clients


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int] | None]:
    """Id lists to look up, or one None: read everyone's."""
    if len(ids) > LOOK_UP_MAX:
        yield None
        return
    for at in range(0, len(ids), CHUNK):
        yield ids[at : at + CHUNK]


def _history(
    conn: Connection, ids: Sequence[int], end: int
) -> tuple[
    dict[int, list[tuple[int, str]]], dict[int, list[tuple[int, int]]], dict[int, str | None]
]:
    """Per client: incidents with a reason and NPS answers before ``end``, in
    time order; and the manager."""
    inc_at = type_coerce(incidents_t.c.occurred_at, BigInteger)
    nps_at = type_coerce(nps_t.c.answered_at, BigInteger)
    incidents: dict[int, list[tuple[int, str]]] = {}
    answers: dict[int, list[tuple[int, int]]] = {}
    managers: dict[int, str | None] = {}
    wanted = set(ids)
    for chunk in _chunks(ids):
        inc_of = incidents_t.c.client_id.in_(chunk) if chunk else true()
        rows = conn.execute(
            select(incidents_t.c.client_id, inc_at, incidents_t.c.reason)
            .where(
                inc_of, incidents_t.c.reason.is_not(None), incidents_t.c.reason != "", inc_at < end
            )
            .order_by(incidents_t.c.client_id, inc_at, incidents_t.c.id)
        ).all()
        for cid, at, reason in rows:
            if cid in wanted:
                incidents.setdefault(cid, []).append((int(at), reason))
        nps_of = nps_t.c.client_id.in_(chunk) if chunk else true()
        rows = conn.execute(
            select(nps_t.c.client_id, nps_at, nps_t.c.score)
            .where(nps_of, nps_at < end)
            .order_by(nps_t.c.client_id, nps_at)
        ).all()
        for cid, at, score in rows:
            if cid in wanted:
                answers.setdefault(cid, []).append((int(at), int(score)))
        client_of = clients_t.c.id.in_(chunk) if chunk else clients_t.c.manager.is_not(None)
        rows = conn.execute(select(clients_t.c.id, clients_t.c.manager).where(client_of)).all()
        managers.update((cid, manager) for cid, manager in rows if cid in wanted)
    return incidents, answers, managers


def _latest_before(history: Sequence[tuple[int, object]], end: int) -> object | None:
    """The value of the last (time, value) entry with time < ``end``."""
    at = bisect.bisect_left(history, end, key=lambda entry: entry[0])
    return history[at - 1][1] if at else None


def reason_at(
    incidents: Sequence[tuple[int, str]], answers: Sequence[tuple[int, int]], end: int
) -> str:
    reason = _latest_before(incidents, end)
    if reason is not None:
        return str(reason)
    score = _latest_before(answers, end)
    if isinstance(score, int) and score <= DETRACTOR_MAX:
        return NPS_DETRACTOR
    return UNKNOWN


def losses(conn: Connection, lost: Mapping[int, Sequence[int]], bounds: Sequence[int]) -> Losses:
    """``lost``: client → the month indexes j (ending at ``bounds[j]``) they were lost in."""
    ids = sorted(c for c, months in lost.items() if months)
    incidents, answers, managers = _history(conn, ids, bounds[-1])
    by_reason: Counter[tuple[int, str]] = Counter()
    by_manager: Counter[tuple[int, str | None]] = Counter()
    for cid in ids:
        inc, ans, manager = incidents.get(cid), answers.get(cid), managers.get(cid)
        for j in lost[cid]:
            # most lost clients have no history: no look-up for them
            reason = UNKNOWN if inc is ans is None else reason_at(inc or (), ans or (), bounds[j])
            by_reason[j, reason] += 1
            by_manager[j, manager] += 1
    return Losses(by_reason, by_manager)
