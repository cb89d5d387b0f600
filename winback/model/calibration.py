"""Calibration of the BG/NBD model against what happened: clients binned by
their predicted P(alive) at a past moment T, beside the share of each bin who
actually ordered again in the following ``N`` days.

``winback model calibrate --as-of T --horizon-days N`` and the report's
``--calibration-days N`` section both come from :func:`calibrate`.

* The clients: those with an order at or before T (the model's summary as
  of T, :func:`winback.model.summary.read_summary`, which counts the orders
  placed at T itself); the others are counted and left out.
* The model: by default fitted in memory on the data as of T (nothing is
  stored; the honest test: it has not seen the period it predicts); or a
  stored fit's parameters (``--use-stored``), in that fit's unit.
* Predicted, per client: P(alive) at T and E[Y(N days) | x, t_x, T], the
  expected purchase days in the period (the horizon in the fit's unit).
* Actual, per client: purchase days (README "Predicted churn": a day runs
  midnight to midnight in the business timezone's standard time; days with a
  purchase count once) of the orders placed in (T, T + N days]: after T, as
  the summary has the orders at T, up to and including T + N × 24 h (with
  orders imported as dates at midnight: the N dates after T's). One GROUP BY
  over the orders in that window.
* Bins: ``bins`` equal-width P(alive) intervals [k/bins, (k+1)/bins), the last
  one closed at 1 (every client without a repeat purchase has P(alive) = 1).

The period must be over: T + N days after now is a usage error (exit 2), and
so are orders that end at or before T; orders that end more than a day before
the period's end give a warning (the import may be stale), not an error.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal
from zoneinfo import ZoneInfo

import numpy as np
import numpy.typing as npt
from sqlalchemy import BigInteger, Connection, func, literal, select, type_coerce

from winback.config import Settings
from winback.errors import UsageError
from winback.model import DEFAULT_BINS, MAX_BINS, bgnbd
from winback.model.store import StoredFit
from winback.model.summary import (
    SHIFT_DAYS,
    UNIT_DAYS,
    ClientSummary,
    Unit,
    day_offset_seconds,
    read_summary,
)
from winback.models import Client, Order, table_of
from winback.timeutil import epoch_of, now_utc

DAY = 86_400

orders_t = table_of(Order)
clients_t = table_of(Client)

Array = npt.NDArray[np.float64]


@dataclass(frozen=True)
class ModelUsed:
    """The parameters the predictions come from, and where they came from."""

    params: bgnbd.Params
    unit: Unit
    source: Literal["fitted", "stored"]
    clients: int
    log_likelihood: float
    stored: StoredFit | None = None
    at_bound: tuple[str, ...] = ()  # of a fit in memory: bgnbd.FitResult.at_bound

    @classmethod
    def fitted(cls, summary: ClientSummary, unit: Unit) -> ModelUsed:
        """Fitted in memory on the summary (FitError when it does not converge)."""
        result = bgnbd.fit(summary.to_bgnbd())
        return cls(
            result.params,
            unit,
            "fitted",
            result.clients,
            result.log_likelihood,
            at_bound=result.at_bound,
        )

    @classmethod
    def of_stored(cls, fit: StoredFit) -> ModelUsed:
        return cls(fit.params, fit.unit, "stored", fit.clients, fit.log_likelihood, fit)

    def as_dict(self, tz: dt.tzinfo) -> dict[str, Any]:
        p, fit = self.params, self.stored
        return {
            "source": self.source,
            "id": None if fit is None else fit.id,
            "as_of": None if fit is None else iso(fit.as_of, tz),
            "fitted_at": None if fit is None else iso(fit.fitted_at, tz),
            "unit": self.unit,
            "clients": self.clients,
            "r": p.r,
            "alpha": p.alpha,
            "a": p.a,
            "b": p.b,
            "log_likelihood": self.log_likelihood,
            "at_bound": list(self.at_bound),
        }


def default_unit(settings: Settings) -> Unit:
    """The unit of a fit made in memory: [model] unit, else weeks."""
    return settings.model.unit if settings.model is not None else "weeks"


def shifted(moment: dt.datetime, days: int) -> dt.datetime:
    """``moment`` + ``days`` × 86,400 s (in UTC: a DST change does not make a
    day 23 or 25 hours; purchase days are standard-time days)."""
    return (moment.astimezone(dt.UTC) + dt.timedelta(days=days)).astimezone(moment.tzinfo)


def iso(moment: dt.datetime, tz: dt.tzinfo) -> str:
    return moment.astimezone(tz).isoformat(timespec="seconds")


def check_period(
    conn: Connection, as_of: dt.datetime, horizon_days: int, now: dt.datetime | None = None
) -> list[str]:
    """Refuse a period (as_of, as_of + horizon_days] that is not over, or that
    the orders do not reach (UsageError, exit 2); the warnings to show when
    the orders stop short of its end."""
    if horizon_days < 1:
        raise UsageError(f"the calibration period needs at least 1 day, not {horizon_days}")
    tz = as_of.tzinfo or dt.UTC
    end = shifted(as_of, horizon_days)
    now = now or now_utc()
    if end > now:
        raise UsageError(
            f"the calibration period {iso(as_of, tz)} + {horizon_days} days ends at "
            f"{iso(end, tz)}, after now ({iso(now, tz)}): what the clients did in it is not "
            "known yet; choose an earlier as-of moment or fewer days"
        )
    latest = conn.execute(select(func.max(type_coerce(orders_t.c.placed_at, BigInteger)))).scalar()
    if latest is None:
        raise UsageError("there are no orders: nothing to calibrate the model on")
    last = dt.datetime.fromtimestamp(int(latest), dt.UTC)
    if last <= as_of:
        raise UsageError(
            f"the latest order ({iso(last, tz)}) is not after the calibration's as-of moment "
            f"({iso(as_of, tz)}): the orders do not cover the period it checks"
        )
    if last < shifted(end, -1):
        return [
            f"the latest order ({iso(last, tz)}) is more than a day before the calibration "
            f"period's end ({iso(end, tz)}): the orders may not cover the whole period "
            "(a stale import?), so the actual purchases may be too low"
        ]
    return []


def actual_purchase_days(
    conn: Connection, client_ids: npt.NDArray[np.int64], start: int, end: int, offset: int
) -> Array:
    """Per client of ``client_ids``: distinct purchase days of their orders
    placed in (start, end] (epoch seconds), a day being
    floor((placed_at + offset) / 86400) (shifted as the summary does, so that
    integer division floors before 1970 too). One GROUP BY over the window."""
    placed = type_coerce(orders_t.c.placed_at, BigInteger)
    day = (placed + literal(offset + SHIFT_DAYS * DAY, BigInteger)) // literal(DAY, BigInteger)
    rows = conn.execute(
        select(orders_t.c.client_id, func.count(day.distinct()))
        .where(placed > start, placed <= end)
        .group_by(orders_t.c.client_id)
    ).all()
    days = np.zeros(len(client_ids), dtype=np.float64)
    if not rows or not len(client_ids):
        return days
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    counts = np.fromiter((r[1] for r in rows), dtype=np.float64, count=len(rows))
    order = np.argsort(client_ids, kind="stable")
    sorted_ids = client_ids[order]
    pos = np.searchsorted(sorted_ids, ids)
    found = pos < len(sorted_ids)
    found[found] = sorted_ids[pos[found]] == ids[found]
    days[order[pos[found]]] = counts[found]  # clients new in the window are left out
    return days


def bin_index(p_alive: Array, bins: int) -> npt.NDArray[np.int64]:
    """[k/bins, (k+1)/bins) → k; P(alive) = 1 goes to the last bin."""
    index = np.floor(p_alive * bins).astype(np.int64)
    result: npt.NDArray[np.int64] = np.clip(index, 0, bins - 1)
    return result


def bin_rows(p_alive: Array, expected: Array, actual: Array, bins: int) -> list[dict[str, Any]]:
    """One row per bin, empty bins included (their means null)."""
    index = bin_index(p_alive, bins)
    clients = np.bincount(index, minlength=bins)
    ordered = np.bincount(index, weights=(actual > 0).astype(np.float64), minlength=bins)
    sums = {
        "mean_p_alive": np.bincount(index, weights=p_alive, minlength=bins),
        "mean_expected_purchases": np.bincount(index, weights=expected, minlength=bins),
        "mean_purchase_days": np.bincount(index, weights=actual, minlength=bins),
    }
    rows = []
    for k in range(bins):
        n = int(clients[k])
        row: dict[str, Any] = {
            "low": k / bins,
            "high": (k + 1) / bins,
            "clients": n,
            "ordered": int(ordered[k]),
            "ordered_share": float(ordered[k]) / n if n else None,
        }
        row.update({key: float(s[k]) / n if n else None for key, s in sums.items()})
        rows.append(row)
    return rows


def totals(p_alive: Array, expected: Array, actual: Array) -> dict[str, Any]:
    n = len(p_alive)
    ordered = int(np.count_nonzero(actual > 0))
    return {
        "clients": n,
        "mean_p_alive": float(p_alive.mean()) if n else None,
        "expected_purchases": float(expected.sum()),
        "purchase_days": int(actual.sum()),
        "ordered": ordered,
        "ordered_share": ordered / n if n else None,
    }


def calibrate(
    conn: Connection,
    *,
    as_of: dt.datetime,
    horizon_days: int,
    timezone: ZoneInfo,
    unit: Unit,
    bins: int = DEFAULT_BINS,
    stored: StoredFit | None = None,
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """The calibration table as a JSON-ready dict (README "Calibration").

    ``stored``: use that fit's parameters and unit; else fit in memory on
    the data as of ``as_of`` in ``unit``."""
    if not 1 <= bins <= MAX_BINS:
        raise UsageError(f"the calibration needs 1 to {MAX_BINS} bins, not {bins}")
    warnings = check_period(conn, as_of, horizon_days, now)
    if stored is not None:
        unit = stored.unit
        if stored.as_of > as_of:
            warnings.append(
                f"the stored fit #{stored.id} was made as of {iso(stored.as_of, timezone)}, "
                f"after the calibration's as-of moment: it has seen part of the period it predicts"
            )
    summary = read_summary(conn, as_of=as_of, unit=unit, timezone=timezone)
    if len(summary.client_id) == 0:
        raise UsageError(
            f"no client has an order at or before {iso(as_of, timezone)}: nothing to calibrate"
        )
    model = ModelUsed.of_stored(stored) if stored is not None else ModelUsed.fitted(summary, unit)
    horizon = horizon_days / UNIT_DAYS[unit]
    p = bgnbd.p_alive(model.params, summary.x, summary.t_x, summary.T)
    expected = bgnbd.expected_purchases(model.params, horizon, summary.x, summary.t_x, summary.T)
    start = epoch_of(as_of)
    offset = day_offset_seconds(timezone, as_of)
    actual = actual_purchase_days(
        conn, summary.client_id, start, start + horizon_days * DAY, offset
    )
    everyone = int(conn.execute(select(func.count()).select_from(clients_t)).scalar() or 0)
    return {
        "as_of": iso(as_of, timezone),
        "horizon_days": horizon_days,
        "until": iso(shifted(as_of, horizon_days), timezone),
        "unit": unit,
        "horizon": horizon,
        "model": model.as_dict(timezone),
        "bins": bin_rows(p, expected, actual, bins),
        "totals": totals(p, expected, actual),
        "clients_without_orders": max(everyone - len(summary.client_id), 0),
        "warnings": warnings,
    }


def report_section(
    conn: Connection, settings: Settings, as_of: dt.datetime, days: int
) -> dict[str, Any]:
    """The report's calibration (``--calibration-days N``): T = the report's
    as-of − N days, the model fitted in memory on the data as of T (a stored
    fit is usually newer than T and has seen the period it would predict)."""
    return calibrate(
        conn,
        as_of=shifted(as_of, -days),
        horizon_days=days,
        timezone=settings.tz,
        unit=default_unit(settings),
    )
