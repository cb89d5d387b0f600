"""The clients' spells of activity (``client_activity_spells``), kept with
``client_order_stats`` by :func:`winback.order_stats.refresh`, for the
report's churn.

A client is active at t when they have an order in (t − D, t] (D: the
report's inactive period), i.e. when t lies in [placed_at, placed_at + D)
for one of their orders. A spell is one run of those intervals: orders at
most D apart share it; it starts at its first order and ends at its last
order + D. So "active at b" is "b in one of the client's spells", and
"ordered before b" is "the first spell starts before b": the report reads a
row per spell (about 1.7 per client) instead of every order. Spells depend
on D only, not on the report's time zone or months; ``report_summary_state``
records the D they were cut with, and a refresh asked for another D
rebuilds them all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, delete, insert, select

from winback.models import ClientActivitySpell, ReportSummaryState, table_of

spells_t = table_of(ClientActivitySpell)
state_t = table_of(ReportSummaryState)
FIELDS = ("client_id", "start_at", "last_at")


def spells_of(times: Iterable[int], inactive_seconds: int) -> Iterator[tuple[int, int]]:
    """(start, last) of each spell of one client's order times, ascending."""
    it = iter(times)
    first = next(it, None)
    if first is None:
        return
    start = last = first
    for t in it:
        if t > last + inactive_seconds:
            yield start, last
            start = t
        last = t
    yield start, last


def rows_of(
    client_id: int, times: Iterable[int], inactive_seconds: int
) -> Iterator[tuple[int, ...]]:
    return ((client_id, s, last) for s, last in spells_of(times, inactive_seconds))


def built_for(conn: Connection) -> int | None:
    """The inactive period (seconds) the spells were built for; None: never built."""
    value = conn.execute(select(state_t.c.inactive_seconds).where(state_t.c.id == 1)).scalar()
    return None if value is None else int(value)


def start_over(conn: Connection, inactive_seconds: int) -> None:
    """Before a full rebuild: no spell, and the period they will be cut with."""
    conn.execute(delete(spells_t))
    conn.execute(delete(state_t))
    conn.execute(insert(state_t).values(id=1, inactive_seconds=inactive_seconds))


def forget(conn: Connection, client_ids: list[int]) -> None:
    conn.execute(delete(spells_t).where(spells_t.c.client_id.in_(client_ids)))
