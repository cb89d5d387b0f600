"""The verdicts in SQL: one statement judges a batch of assignments.

For each assignment ``a`` (window ``[s, w)`` with ``s = a.created_at`` and
``w = s + attribution_days × 86400``), counting only orders placed at or
before as-of, two index lookups feed one aggregate:

* **time**: the client's orders with ``s ≤ placed_at < w``, on the covering
  index ``(client_id, placed_at, amount_minor)``;
* **code**: the client's orders at or after ``s`` carrying the assignment's
  offer code, on the ``promo_code`` index; their amount counts only when
  placed at or after ``w`` (inside the window the time part has it already),
  so each order counts once. (``+ 0`` keeps the planners on that index: an
  offer code is unique, where a client may have thousands of orders; CROSS
  JOIN makes SQLite loop over the candidates outside, as the others do.)

The first qualifying order is the earliest of both; ``attributed_by`` is
``code`` when a code order exists. No qualifying order: ``pending`` while
``as_of < w``, else ``not_returned``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, text

DEFAULT_DAYS = 30
DAY = 86_400
OUTCOME_COLUMNS = (
    "assignment_id",
    "campaign",
    "client_id",
    "group_name",
    "assigned_at",
    "window_end",
    "outcome",
    "returned_at",
    "revenue_minor",
    "attributed_by",
    "as_of",
)


def window_sql(days: Mapping[str, int], column: str = "a.campaign") -> tuple[str, dict[str, Any]]:
    """The window's length in seconds for each assignment's campaign: a CASE
    over the configured campaigns (bound values), 30 days for the others."""
    params: dict[str, Any] = {"default_span": DEFAULT_DAYS * DAY}
    whens = []
    for i, (name, n) in enumerate(sorted(days.items())):
        params[f"wc{i}"], params[f"wd{i}"] = name, n * DAY
        whens.append(f"WHEN :wc{i} THEN :wd{i}")
    if not whens:
        return ":default_span", params
    return f"(CASE {column} {' '.join(whens)} ELSE :default_span END)", params


# {where} selects the assignments (alias a); {span} is window_sql's CASE.
_JUDGE = """
INSERT INTO assignment_outcomes ({columns})
WITH cand AS (
    SELECT a.id, a.campaign, a.client_id, a.group_name, a.created_at AS s,
           a.created_at + {span} AS w, a.offer_code
    FROM assignments a WHERE {where}
),
hits AS (
    SELECT c.id, o.placed_at, o.amount_minor AS amount, 0 AS code
    FROM cand c CROSS JOIN orders o
    WHERE o.client_id = c.client_id AND o.placed_at >= c.s AND o.placed_at < c.w
      AND o.placed_at <= :as_of
    UNION ALL
    SELECT c.id, o.placed_at,
           CASE WHEN o.placed_at >= c.w THEN o.amount_minor ELSE 0 END AS amount, 1 AS code
    FROM cand c CROSS JOIN orders o
    WHERE o.promo_code = c.offer_code AND o.client_id + 0 = c.client_id
      AND o.placed_at + 0 >= c.s AND o.placed_at + 0 <= :as_of
),
agg AS (
    SELECT id, MIN(placed_at) AS first_at, SUM(amount) AS revenue, MAX(code) AS by_code
    FROM hits GROUP BY id
)
SELECT c.id, c.campaign, c.client_id, c.group_name, c.s, c.w,
       CASE WHEN g.first_at IS NOT NULL THEN 'returned'
            WHEN c.w <= :as_of THEN 'not_returned' ELSE 'pending' END,
       g.first_at,
       COALESCE(g.revenue, 0),
       CASE WHEN g.first_at IS NULL THEN NULL WHEN g.by_code = 1 THEN 'code' ELSE 'time' END,
       :as_of
FROM cand c LEFT JOIN agg g ON g.id = c.id
"""


def judge_ids(conn: Connection, ids: Sequence[int], as_of: int, days: Mapping[str, int]) -> int:
    """(Re-)judge these assignments: their outcome rows replaced in this transaction."""
    if not ids:
        return 0
    delete = text("DELETE FROM assignment_outcomes WHERE assignment_id IN :ids").bindparams(
        bindparam("ids", expanding=True)
    )
    conn.execute(delete, {"ids": list(ids)})
    return _judge(conn, "a.id IN :ids", {"ids": list(ids)}, as_of, days)


def judge_range(conn: Connection, low: int, high: int, as_of: int, days: Mapping[str, int]) -> int:
    """Judge the assignments with ``low ≤ id < high`` (a full run: no rows exist)."""
    return _judge(conn, "a.id >= :low AND a.id < :high", {"low": low, "high": high}, as_of, days)


def _judge(
    conn: Connection, where: str, params: dict[str, Any], as_of: int, days: Mapping[str, int]
) -> int:
    span, span_params = window_sql(days)
    sql = _JUDGE.format(columns=", ".join(OUTCOME_COLUMNS), span=span, where=where)
    statement = text(sql)
    if "ids" in params:
        statement = statement.bindparams(bindparam("ids", expanding=True))
    result = conn.execute(statement, {**params, **span_params, "as_of": as_of})
    return int(result.rowcount or 0)
