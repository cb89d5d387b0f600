"""Fit the model on the database's orders and store it: what `winback model
fit` and the daemon's refit job do."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from winback.db import connect_or_fail, read_engine, retry_transient
from winback.model import bgnbd
from winback.model.store import StoredFit, save_fit
from winback.model.summary import Unit, read_summary

LIMITS = (
    "the data fit a limit of the model (a and b large: every client drops out with the "
    "same probability a/(a+b); r and alpha large: every client buys at the same rate "
    "r/alpha; a small: nobody drops out)"
)


@dataclass(frozen=True)
class FitRun:
    stored: StoredFit
    summary_seconds: float  # reading the per-client summary from the database
    at_bound: tuple[str, ...] = ()  # bgnbd.FitResult.at_bound

    def line(self) -> str:
        s, p = self.stored, self.stored.params
        return (
            f"BG/NBD fit {s.id} stored: r={p.r:.4f} alpha={p.alpha:.4f} a={p.a:.4f} "
            f"b={p.b:.4f}, log-likelihood {s.log_likelihood:.2f}, {s.clients} clients "
            f"as of {s.as_of.isoformat()} in {s.unit} (summary {self.summary_seconds:.2f} s, "
            f"fit {s.seconds:.2f} s, {s.iterations} iterations)"
        ) + (f"; {' and '.join(self.at_bound)} at the bound: {LIMITS}" if self.at_bound else "")


def fit_and_store(engine: Engine, *, as_of: dt.datetime, unit: Unit, timezone: ZoneInfo) -> FitRun:
    """Fit on the clients' summary as of ``as_of`` and store the fit. A fit
    that does not converge raises FitError (exit 1) and stores nothing."""
    started = time.perf_counter()
    with connect_or_fail(read_engine(engine)) as conn, conn.begin():
        summary = read_summary(conn, as_of=as_of, unit=unit, timezone=timezone)
    read_seconds = time.perf_counter() - started
    fit = bgnbd.fit(summary.to_bgnbd())
    as_of_utc = as_of.astimezone(dt.UTC)

    def store() -> StoredFit:
        with engine.begin() as conn:
            return save_fit(conn, fit, as_of=as_of_utc, unit=unit)

    return FitRun(retry_transient(store), read_seconds, fit.at_bound)
