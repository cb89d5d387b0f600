"""The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the
Easy Way"): fitting by maximum likelihood and the per-client quantities a
win-back tool needs, P(alive) and expected purchases.

A client is summarised by ``x`` (repeat purchases: days with a purchase after
the first one), ``t_x`` (time from the first purchase to the last) and ``T``
(time from the first purchase to the moment of analysis), in one time unit.
Everything here is vectorised over numpy arrays: no Python loop per client.

Numerics: the parameters are fitted on their logarithms (so they stay
positive), the log-likelihood is built from ``gammaln``/``betaln`` and its
two terms are combined with ``logaddexp``, so large counts and long ages do
not overflow. Times are divided by a scale (a tenth of the largest age)
while fitting, which keeps alpha near 1 whatever the unit; the result is
scaled back and its log-likelihood evaluated on the data as given.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import optimize, special

from winback.errors import WinbackError

Array = npt.NDArray[np.float64]


class FitError(WinbackError):
    """The model could not be fitted."""


@dataclass(frozen=True)
class Params:
    """BG/NBD parameters: purchase rates are gamma(r, alpha) across clients,
    the drop-out probability after each purchase is beta(a, b)."""

    r: float
    alpha: float
    a: float
    b: float


@dataclass(frozen=True)
class Summary:
    """Clients as unique (x, t_x, T) triples with how many clients share each:
    what the likelihood needs, and much smaller than one row per client."""

    x: Array
    t_x: Array
    T: Array
    weight: Array

    @property
    def clients(self) -> int:
        return int(self.weight.sum())


@dataclass(frozen=True)
class FitResult:
    params: Params
    log_likelihood: float
    clients: int
    seconds: float
    iterations: int


def summarise(x: Any, t_x: Any, T: Any) -> Summary:
    """Collapse per-client arrays into unique triples with weights."""
    xs = np.asarray(x, dtype=np.float64)
    ts = np.asarray(t_x, dtype=np.float64)
    ages = np.asarray(T, dtype=np.float64)
    if not (xs.shape == ts.shape == ages.shape) or xs.ndim != 1:
        raise ValueError("x, t_x and T must be one-dimensional arrays of one length")
    if xs.size == 0:
        return Summary(xs, ts, ages, np.zeros(0))
    stacked = np.stack([xs, ts, ages], axis=1)
    unique, counts = np.unique(stacked, axis=0, return_counts=True)
    return Summary(unique[:, 0], unique[:, 1], unique[:, 2], counts.astype(np.float64))


def check_summary(summary: Summary) -> None:
    """Refuse data the model is not defined on (a bug upstream, not user input)."""
    x, t_x, T = summary.x, summary.t_x, summary.T
    if np.any(x < 0) or np.any(x != np.floor(x)):
        raise ValueError("x must be non-negative whole numbers")
    if np.any(t_x < 0) or np.any(t_x > T):
        raise ValueError("need 0 <= t_x <= T")
    if np.any((x > 0) & (t_x <= 0)):
        raise ValueError("a client with repeat purchases needs t_x > 0")


def log_likelihood_terms(params: Params, x: Array, t_x: Array, T: Array) -> Array:
    """Each client's log-likelihood (equation 6 of the paper, in logs)."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    rx = r + x
    head = (
        special.gammaln(rx)
        - special.gammaln(r)
        + r * np.log(alpha)
        + special.betaln(a, b + x)
        - special.betaln(a, b)
    )
    survived = -rx * np.log(alpha + T)
    repeat = x > 0
    dropped = np.full_like(x, -np.inf)
    xr = x[repeat]
    dropped[repeat] = math.log(a) - np.log(b + xr - 1.0) - rx[repeat] * np.log(alpha + t_x[repeat])
    terms: Array = head + np.logaddexp(survived, dropped)
    return terms


def log_likelihood(params: Params, summary: Summary) -> float:
    terms = log_likelihood_terms(params, summary.x, summary.t_x, summary.T)
    return float(np.dot(terms, summary.weight))


def _objective(logs: Array, summary: Summary, total: float) -> tuple[float, Array]:
    """Minus the mean log-likelihood and its gradient in the log-parameters."""
    r, alpha, a, b = (float(v) for v in np.exp(np.clip(logs, -30.0, 30.0)))
    x, t_x, T, weight = summary.x, summary.t_x, summary.T, summary.weight
    rx = r + x
    head = (
        special.gammaln(rx)
        - special.gammaln(r)
        + r * math.log(alpha)
        + special.betaln(a, b + x)
        - special.betaln(a, b)
    )
    log_age = np.log(alpha + T)
    survived = -rx * log_age
    repeat = x > 0
    log_last = np.log(alpha + t_x)
    dropped = np.full_like(x, -np.inf)
    dropped[repeat] = math.log(a) - np.log(b + x[repeat] - 1.0) - rx[repeat] * log_last[repeat]
    total_log = np.logaddexp(survived, dropped)
    value = float(np.dot(head + total_log, weight))
    w_alive = np.exp(survived - total_log)
    w_gone = np.exp(dropped - total_log)
    psi_rx = special.digamma(rx)
    psi_abx = special.digamma(a + b + x)
    psi_ab = float(special.digamma(a + b))
    d_r = (
        psi_rx - float(special.digamma(r)) + math.log(alpha) - w_alive * log_age - w_gone * log_last
    )
    d_alpha = r / alpha - rx * (w_alive / (alpha + T) + w_gone / (alpha + t_x))
    d_a = psi_ab - psi_abx + w_gone / a
    bx1 = np.where(repeat, b + x - 1.0, 1.0)
    d_b = special.digamma(b + x) - psi_abx - float(special.digamma(b)) + psi_ab - w_gone / bx1
    grad = np.array([np.dot(d, weight) for d in (d_r, d_alpha, d_a, d_b)])
    grad *= np.array([r, alpha, a, b])  # chain rule: d/d(log p) = p * d/dp
    if not math.isfinite(value) or not np.all(np.isfinite(grad)):
        return 1e300, np.zeros(4)
    return -value / total, -grad / total


def fit(summary: Summary, *, max_iterations: int = 1000) -> FitResult:
    """Maximum-likelihood parameters, or FitError when the optimiser does not
    converge to finite parameters."""
    check_summary(summary)
    if summary.clients == 0:
        raise FitError("no clients with orders to fit the model on")
    if not np.any(summary.x > 0):
        raise FitError("no client has a repeat purchase: the model cannot be fitted")
    started = time.perf_counter()
    scale = float(summary.T.max()) / 10.0 or 1.0
    scaled = Summary(summary.x, summary.t_x / scale, summary.T / scale, summary.weight)
    total = float(summary.weight.sum())
    result = optimize.minimize(
        _objective,
        x0=np.zeros(4),
        args=(scaled, total),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": max_iterations, "ftol": 1e-13, "gtol": 1e-9},
    )
    r, alpha, a, b = (float(v) for v in np.exp(result.x))
    params = Params(r=r, alpha=alpha * scale, a=a, b=b)
    ll = log_likelihood(params, summary)
    values = (params.r, params.alpha, params.a, params.b, ll)
    if not result.success or not all(math.isfinite(v) for v in values):
        raise FitError(
            f"the BG/NBD fit did not converge after {int(result.nit)} iterations "
            f"({result.message}); nothing was stored"
        )
    if max(abs(float(v)) for v in result.x) >= 29.0:
        raise FitError(
            "the BG/NBD fit ran off to an extreme parameter (the data do not "
            "identify the model); nothing was stored"
        )
    return FitResult(
        params=params,
        log_likelihood=ll,
        clients=int(total),
        seconds=time.perf_counter() - started,
        iterations=int(result.nit),
    )


def _dropout_odds(params: Params, x: Array, t_x: Array, T: Array) -> Array:
    """a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x) for x > 0, else 0: the odds
    that the client has dropped out against being alive."""
    odds = np.zeros_like(x)
    repeat = x > 0
    xr = x[repeat]
    log_odds = (
        math.log(params.a)
        - np.log(params.b + xr - 1.0)
        + (params.r + xr) * (np.log(params.alpha + T[repeat]) - np.log(params.alpha + t_x[repeat]))
    )
    odds[repeat] = np.exp(np.minimum(log_odds, 700.0))
    return odds


def p_alive(params: Params, x: Any, t_x: Any, T: Any) -> Array:
    """P(alive | x, t_x, T): 1 for a client without repeat purchases."""
    xs, ts, ages = _arrays(x, t_x, T)
    result: Array = 1.0 / (1.0 + _dropout_odds(params, xs, ts, ages))
    return result


def expected_purchases(params: Params, t: float, x: Any, t_x: Any, T: Any) -> Array:
    """E[Y(t) | x, t_x, T]: expected purchases in the next ``t`` time units
    (equation 10 of the paper)."""
    xs, ts, ages = _arrays(x, t_x, T)
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    if t <= 0:
        return np.zeros_like(xs)
    z = t / (alpha + ages + t)
    hyper = special.hyp2f1(r + xs, b + xs, a + b + xs - 1.0, z)
    decay = np.exp((r + xs) * (np.log(alpha + ages) - np.log(alpha + ages + t)))
    head = (a + b + xs - 1.0) / (a - 1.0)
    result: Array = head * (1.0 - decay * hyper) / (1.0 + _dropout_odds(params, xs, ts, ages))
    return np.maximum(result, 0.0)


def expected_repeat_purchases(params: Params, t: Any) -> Array:
    """E[X(t)]: expected repeat purchases of a new client in ``t`` time units
    from their first purchase (equation 9 of the paper)."""
    ts = np.asarray(t, dtype=np.float64)
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    z = ts / (alpha + ts)
    hyper = special.hyp2f1(r, b, a + b - 1.0, z)
    result: Array = (a + b - 1.0) / (a - 1.0) * (1.0 - (alpha / (alpha + ts)) ** r * hyper)
    return result


def _arrays(x: Any, t_x: Any, T: Any) -> tuple[Array, Array, Array]:
    return (
        np.atleast_1d(np.asarray(x, dtype=np.float64)),
        np.atleast_1d(np.asarray(t_x, dtype=np.float64)),
        np.atleast_1d(np.asarray(T, dtype=np.float64)),
    )
