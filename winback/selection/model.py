"""The BG/NBD model in the statement (``model``): P(alive) and expected purchases
per client, for the criteria ``p_alive`` and ``expected_purchases`` and the
priority term ``value_at_risk_weight``.

Only a campaign that uses the model gets this stage (:attr:`Campaign.uses_model`);
it needs a stored fit (``winback model fit``, :func:`winback.model.store.require_fit`).

Per client, from its orders at or before as-of, in one pass in the order of the
covering index: x = distinct purchase days - 1, the first and the last purchase
day (days as :mod:`winback.model.summary` defines them: the business time
zone's standard time). P(alive) has a closed form, computed in SQL:

    1 / (1 + [x > 0] a/(b+x-1) exp((r+x)(ln(alpha+T) - ln(alpha+t_x))))

(the exponent capped at 700 as :func:`winback.model.bgnbd.p_alive` caps it).
Expected purchases in the horizon are P(alive) x g(x, T), where g needs the
Gauss hypergeometric function: it is worked out in numpy over the distinct
(x, first day) pairs (one more pass, only when ``expected_purchases_max`` is
set) and handed to the statement as one JSON parameter. The values a preview
shows for the rows taken are worked out again in Python with
:mod:`winback.model.bgnbd` itself, from the same x, t_x and T (:func:`values_of`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Double,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.sql import ColumnElement, Select

from winback.config import Campaign
from winback.models import to_epoch
from winback.selection.inputs import DAY, as_int, double, stats_t

# winback.model (numpy, scipy) is imported by the functions that need it,
# for a campaign that uses the model: not at every command's start.
if TYPE_CHECKING:
    from winback.model.store import StoredFit

# The columns the rows taken carry for values_of.
X, FIRST_DAY, LAST_DAY = "m_x", "m_first_day", "m_last_day"
SUMMARY_COLUMNS = (X, FIRST_DAY, LAST_DAY)
LOG_ODDS_CAP = 700.0  # as bgnbd._dropout_odds


@dataclass(frozen=True)
class ModelInputs:
    """The fit a statement uses and what it needs to express time in its unit."""

    fit: StoredFit
    offset: int  # seconds added to an epoch before dividing into days
    as_of_days: float  # (as_of + offset) / 86400
    horizon: float  # expected_horizon_days in the fit's unit
    g_pairs: str | None  # JSON [[x, first_day, g], ...] when SQL needs expected purchases
    # Where x and the days come from: "orders" (a grouped pass), or "stats"
    # (client_order_stats' purchase_days, when every row is current and was
    # counted with this offset: see stats_ready)
    source: str = "orders"

    @property
    def unit_days(self) -> int:
        from winback.model.summary import UNIT_DAYS

        return UNIT_DAYS[self.fit.unit]

    def describe(self) -> str:
        fit = self.fit
        when = f"as of {fit.as_of.isoformat()} in {fit.unit}"
        return f"BG/NBD fit #{fit.id} {when}, fitted {fit.fitted_at.isoformat()}"


def read_model(
    conn: Connection,
    campaign: Campaign,
    as_of: dt.datetime,
    tz: zoneinfo.ZoneInfo,
    mode: str | None = None,
) -> ModelInputs | None:
    """The model's inputs when the campaign uses it (None otherwise); raises
    ModelMissingError (exit 2) when no fit is stored. ``mode``: how the
    statement reads client_order_stats (Inputs.mode)."""
    if not campaign.uses_model:
        return None
    from winback.model.store import require_fit
    from winback.model.summary import UNIT_DAYS, day_offset_seconds

    fit = require_fit(conn)
    offset = day_offset_seconds(tz, as_of)
    as_of_s = to_epoch(as_of)
    model = ModelInputs(
        fit=fit,
        offset=offset,
        as_of_days=(as_of_s + offset) / DAY,
        horizon=campaign.select.expected_horizon_days / UNIT_DAYS[fit.unit],
        g_pairs=None,
        source="stats" if stats_ready(conn, mode, offset) else "orders",
    )
    if campaign.select.expected_purchases_max is None:
        return model
    summary = _summary(model, as_of_s).subquery("pairs")
    pairs = conn.execute(select(summary.c.x, summary.c.first_day).distinct()).all()
    return dataclasses.replace(model, g_pairs=_g_json(model, pairs))


def _g_json(model: ModelInputs, pairs: Sequence[Any]) -> str:
    """g(x, T) = E[Y(horizon) | x, t_x, T] / P(alive | x, t_x, T) (any t_x: the
    same for all) per (x, first day), as JSON for the statement."""
    if not pairs:
        return "[]"
    import numpy as np

    from winback.model import bgnbd

    xs = np.array([p[0] for p in pairs], dtype=np.float64)
    first = np.array([p[1] for p in pairs], dtype=np.float64)
    ages = (model.as_of_days - first) / model.unit_days
    params = model.fit.params
    g = bgnbd.expected_purchases(params, model.horizon, xs, ages, ages) / bgnbd.p_alive(
        params, xs, ages, ages
    )
    rows = [[int(p[0]), int(p[1]), float(v)] for p, v in zip(pairs, g.tolist(), strict=True)]
    return json.dumps(rows)


def stats_ready(conn: Connection, mode: str | None, offset: int) -> bool:
    """Whether client_order_stats answers for every client's purchase days:
    it alone covers every client with an order at or before as-of ("pure"),
    and every row counted its days with this offset (a refresh with the
    business time zone; the standard offset of as-of, which changes only
    when a zone's standard time did)."""
    if mode != "pure":
        return False
    st = stats_t
    other = select(st.c.client_id).where(
        or_(st.c.purchase_days.is_(None), st.c.day_offset.is_(None), st.c.day_offset != offset)
    )
    return not conn.execute(select(exists(other))).scalar()


def _summary(model: ModelInputs, as_of: int) -> Select[Any]:
    if model.source == "stats":
        return stats_summary_query(model.offset)
    return summary_query(as_of, model.offset)


def _day(at: Any, offset: int) -> ColumnElement[Any]:
    """The purchase day of an epoch (floor division for moments before 1970
    too, as summary_statement counts)."""
    from winback.model.summary import SHIFT_DAYS

    shifted = as_int(at) + literal(offset + SHIFT_DAYS * DAY, BigInteger)
    return shifted // literal(DAY, BigInteger) - literal(SHIFT_DAYS, BigInteger)


def stats_summary_query(offset: int) -> Select[Any]:
    """summary_query's columns from client_order_stats (stats_ready)."""
    st = stats_t
    return select(
        st.c.client_id.label("client_id"),
        (st.c.purchase_days - 1).label("x"),
        _day(st.c.first_order_at, offset).label("first_day"),
        _day(st.c.last_order_at, offset).label("last_day"),
    )


def summary_query(as_of: int, offset: int) -> Select[Any]:
    """Per client with an order at or before as-of: x, first and last
    purchase day (summary_statement's pass, days as it defines them)."""
    from winback.model.summary import summary_statement

    s = summary_statement(as_of, offset).subquery("model_days")
    client_id, days, first_at, last_at = s.c
    return select(
        client_id.label("client_id"),
        (days - 1).label("x"),
        _day(first_at, offset).label("first_day"),
        _day(last_at, offset).label("last_day"),
    )


_G_TABLE = {
    "sqlite": "SELECT json_extract(value, '$[0]') AS x, json_extract(value, '$[1]') AS first_day, "
    "json_extract(value, '$[2]') AS g FROM json_each(:model_g)",
    "postgresql": "SELECT (e ->> 0)::bigint AS x, (e ->> 1)::bigint AS first_day, "
    "(e ->> 2)::float8 AS g FROM jsonb_array_elements(CAST(:model_g AS jsonb)) AS e",
    "mysql": "SELECT x, first_day, g FROM JSON_TABLE(:model_g, '$[*]' COLUMNS ("
    "x BIGINT PATH '$[0]', first_day BIGINT PATH '$[1]', g DOUBLE PATH '$[2]')) AS jt",
}


def model_cte(dialect: str, as_of: int, model: ModelInputs) -> Any:
    """``model``: client_id, m_x, m_first_day, m_last_day, p_alive and (with
    g_pairs) expected, per client with an order at or before as-of. From the
    orders, a CTE written out once; from client_order_stats, a subquery the
    databases merge into the statement: each row joined by its key, its
    values worked out in place."""
    s = _summary(model, as_of).subquery("model_summary")
    q = _values(dialect, model, s, ())
    if model.source == "stats":
        return q.subquery("model")
    cte = q.cte("model")
    if dialect == "sqlite":
        # looked up by client_id per row: written out once, indexed
        cte = cte.prefix_with("MATERIALIZED")
    return cte


# scored's columns (ranking._scored_from_stats with the model) that carry
# client_order_stats' purchase days and first order, for in_row.
ROW_DAYS, ROW_FIRST_AT = "m_days", "m_first_at"


def in_row(dialect: str, model: ModelInputs, scored: Any) -> Select[Any]:
    """scored's rows with the model stage's columns worked out from the row
    itself (source "stats": scored carries ROW_DAYS and ROW_FIRST_AT), not
    from a second read of client_order_stats joined by key: on SQLite that
    read was a look-up of every client's row in revenue order (about 1 s of
    the 2 s the model added to a preview on 1,000,000 clients)."""
    carried = [col.name for col in scored.c if col.name != "client_id"]
    s = select(
        scored.c.client_id.label("client_id"),
        *(scored.c[name] for name in carried),
        (scored.c[ROW_DAYS] - 1).label("x"),
        _day(scored.c[ROW_FIRST_AT], model.offset).label("first_day"),
        _day(scored.c.last_at, model.offset).label("last_day"),
    ).subquery("model_summary")
    return _values(dialect, model, s, carried)


def _values(dialect: str, model: ModelInputs, s: Any, carried: Sequence[str]) -> Select[Any]:
    """P(alive) (and expected purchases) per row of s (client_id, x,
    first_day, last_day and the carried columns, passed through)."""
    import numpy as np

    p = model.fit.params
    unit = float(model.unit_days)
    x = func.cast(s.c.x, Double)
    age = (double(model.as_of_days) - func.cast(s.c.first_day, Double)) / unit
    t_x = func.cast(s.c.last_day - s.c.first_day, Double) / unit
    log_odds = (
        double(float(np.log(p.a)))
        - func.ln(double(p.b - 1.0) + x)
        + (double(p.r) + x) * (func.ln(double(p.alpha) + age) - func.ln(double(p.alpha) + t_x))
    )
    odds_q = select(
        s.c.client_id,
        *(s.c[name] for name in carried),
        s.c.x,
        s.c.first_day,
        s.c.last_day,
        case((s.c.x > 0, log_odds), else_=None).label("lo"),
    ).subquery("model_odds")
    lo = odds_q.c.lo
    capped = case((lo > LOG_ODDS_CAP, double(LOG_ODDS_CAP)), else_=lo)
    p_alive = case(
        (lo.is_(None), double(1.0)), else_=double(1.0) / (double(1.0) + func.exp(capped))
    )
    cols: list[ColumnElement[Any]] = [
        odds_q.c.client_id,
        *(odds_q.c[name] for name in carried),
        odds_q.c.x.label(X),
        odds_q.c.first_day.label(FIRST_DAY),
        odds_q.c.last_day.label(LAST_DAY),
        lo.label("log_odds"),
        p_alive.label("p_alive"),
    ]
    q = select(*cols)
    if model.g_pairs is not None:
        spelling = _G_TABLE["mysql" if dialect in ("mysql", "mariadb") else dialect]
        g = (
            text(spelling)
            .bindparams(model_g=model.g_pairs)
            .columns(x=BigInteger, first_day=BigInteger, g=Double)
            .subquery("model_g")
        )
        q = q.add_columns((p_alive * g.c.g).label("expected")).outerjoin(
            g, (g.c.x == odds_q.c.x) & (g.c.first_day == odds_q.c.first_day)
        )
    return q


def of_client(
    per_client: Any, client_id: Any, names: Sequence[str], sqlite: bool
) -> dict[str, ColumnElement[Any]]:
    """A row's columns of the model stage, by name: joined on client_id (the
    caller joins it), or on SQLite looked up by it (SQLite indexes a CTE
    looked up, and scans one joined once per row)."""
    if not sqlite:
        return {name: per_client.c[name] for name in names}
    return {
        name: select(per_client.c[name])
        .where(per_client.c.client_id == client_id)
        .scalar_subquery()
        for name in names
    }


def values_of(
    model: ModelInputs, x: list[float], first_day: list[float], last_day: list[float]
) -> tuple[list[float], list[float]]:
    """P(alive) and expected purchases in the horizon, by bgnbd itself, for
    clients given by x and their first and last purchase days."""
    import numpy as np

    from winback.model import bgnbd

    xs = np.asarray(x, dtype=np.float64)
    first = np.asarray(first_day, dtype=np.float64)
    t_x = (np.asarray(last_day, dtype=np.float64) - first) / model.unit_days
    ages = (model.as_of_days - first) / model.unit_days
    params = model.fit.params
    alive = bgnbd.p_alive(params, xs, t_x, ages)
    expected = bgnbd.expected_purchases(params, model.horizon, xs, t_x, ages)
    return alive.tolist(), expected.tolist()
