"""Fits stored in the database (``model_fits``): save one, read the newest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, insert, select

from winback.errors import UsageError
from winback.model import bgnbd
from winback.model.summary import Unit
from winback.models import ModelFit, table_of
from winback.timeutil import now_utc

FITS = table_of(ModelFit)


class ModelMissingError(UsageError):
    """No BG/NBD fit is stored: run `winback model fit` first."""


@dataclass(frozen=True)
class StoredFit:
    id: int
    params: bgnbd.Params
    as_of: dt.datetime  # UTC-aware: the moment of the data the model was fitted on
    unit: Unit
    clients: int
    log_likelihood: float
    seconds: float
    fitted_at: dt.datetime  # UTC-aware, whole seconds
    iterations: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The fit as `winback model show --format json` prints it."""
        return {
            "id": self.id,
            "r": self.params.r,
            "alpha": self.params.alpha,
            "a": self.params.a,
            "b": self.params.b,
            "log_likelihood": self.log_likelihood,
            "as_of": self.as_of.isoformat(),
            "unit": self.unit,
            "clients": self.clients,
            "fitted_at": self.fitted_at.isoformat(),
            "seconds": self.seconds,
            "iterations": self.iterations,
        }


def save_fit(
    conn: Connection, fit: bgnbd.FitResult, *, as_of: dt.datetime, unit: Unit
) -> StoredFit:
    """Store a fit (in the caller's transaction) and return it as stored."""
    values = {
        "fitted_at": now_utc(),
        "as_of": as_of,
        "unit": unit,
        "clients": fit.clients,
        "r": fit.params.r,
        "alpha": fit.params.alpha,
        "a": fit.params.a,
        "b": fit.params.b,
        "log_likelihood": fit.log_likelihood,
        "seconds": fit.seconds,
        "iterations": fit.iterations,
    }
    new_id = conn.execute(insert(FITS).values(values)).inserted_primary_key
    assert new_id is not None
    stored = conn.execute(select(FITS).where(FITS.c.id == new_id[0])).one()
    return _stored(stored)


def latest_fit(conn: Connection) -> StoredFit | None:
    """The newest fit (by fitted_at, then id), or None when there is none."""
    row = conn.execute(
        select(FITS).order_by(FITS.c.fitted_at.desc(), FITS.c.id.desc()).limit(1)
    ).first()
    return None if row is None else _stored(row)


def require_fit(conn: Connection) -> StoredFit:
    """The newest fit, or ModelMissingError (exit 2)."""
    found = latest_fit(conn)
    if found is None:
        raise ModelMissingError("no BG/NBD fit is stored: run `winback model fit` first")
    return found


def _stored(row: Any) -> StoredFit:
    return StoredFit(
        id=int(row.id),
        params=bgnbd.Params(r=float(row.r), alpha=float(row.alpha), a=float(row.a), b=float(row.b)),
        as_of=row.as_of,
        unit=cast(Unit, row.unit),
        clients=int(row.clients),
        log_likelihood=float(row.log_likelihood),
        seconds=float(row.seconds),
        fitted_at=row.fitted_at,
        iterations=int(row.iterations),
    )
