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
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from scipy import special

from winback.errors import WinbackError

# scipy.optimize (about 0.1 s to import) only for fit: the selection's uses
# (P(alive), expected purchases of the rows a preview takes) do without it.
if TYPE_CHECKING:
    from scipy import optimize

Array = npt.NDArray[np.float64]

# The fit searches log-parameters (times scaled to a tenth of the largest age)
# within +-LOG_BOUND. Data can push the likelihood to a limit of the model:
# a and b together to infinity (every client drops out after a purchase with
# the same probability a/(a+b)), r and alpha together (every client buys at
# the same rate r/alpha), a to zero (nobody drops out). There the likelihood
# keeps rising ever more slowly and the optimiser, unbounded, ends in a failed
# line search. At e^12 (about 160,000) a gamma or beta distribution is a point
# mass for every purpose here, so the fit stops at the bound and says so
# (FitResult.at_bound): the model is that limit, and its predictions hold.
LOG_BOUND = 12.0


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
    # parameters the likelihood pushed to LOG_BOUND (see there): () normally
    at_bound: tuple[str, ...] = ()


def summarise(x: Any, t_x: Any, T: Any) -> Summary:
    """Collapse per-client arrays into unique triples with weights (sorted by
    x, then t_x, then T).

    Each column is replaced by its index among the column's distinct values
    and the three indexes are packed into one int64 key, so one 1-D unique
    does what ``np.unique(axis=0)`` does row by row (about 5x faster on a
    million clients)."""
    xs = np.asarray(x, dtype=np.float64)
    ts = np.asarray(t_x, dtype=np.float64)
    ages = np.asarray(T, dtype=np.float64)
    if not (xs.shape == ts.shape == ages.shape) or xs.ndim != 1:
        raise ValueError("x, t_x and T must be one-dimensional arrays of one length")
    if xs.size == 0:
        return Summary(xs, ts, ages, np.zeros(0))
    columns = [np.unique(column, return_inverse=True) for column in (xs, ts, ages)]
    sizes = [values.size for values, _ in columns]
    if math.prod(sizes) >= 2**62:  # cannot happen below 2 million clients
        stacked = np.stack([xs, ts, ages], axis=1)
        unique, counts = np.unique(stacked, axis=0, return_counts=True)
        return Summary(unique[:, 0], unique[:, 1], unique[:, 2], counts.astype(np.float64))
    key = columns[0][1].astype(np.int64)
    for size, (_, inverse) in zip(sizes[1:], columns[1:], strict=True):
        key = key * size + inverse
    _, first, counts = np.unique(key, return_index=True, return_counts=True)
    return Summary(xs[first], ts[first], ages[first], counts.astype(np.float64))


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
    return float(_dot(terms, summary.weight))


def _dot(u: Array, v: Array) -> float:
    """The dot product of two vectors without BLAS: OpenBLAS splits even a
    vector's dot product across threads, which on a busy machine made each
    likelihood evaluation two to three times slower."""
    return float(np.einsum("i,i->", u, v))


@dataclass(frozen=True)
class _Indexed:
    """A summary with x, t_x and T as indexes into their distinct values: what
    depends on one of them alone (gammaln, digamma, the logs of the ages) is
    computed once per distinct value, not once per triple."""

    ux: Array  # distinct x
    ix: npt.NDArray[np.intp]
    ut: Array  # distinct t_x
    it: npt.NDArray[np.intp]
    uT: Array  # distinct T
    iT: npt.NDArray[np.intp]
    x: Array
    weight: Array
    wx: Array  # the weights summed per distinct x

    @classmethod
    def of(cls, summary: Summary) -> _Indexed:
        ux, ix = np.unique(summary.x, return_inverse=True)
        ut, it = np.unique(summary.t_x, return_inverse=True)
        uT, iT = np.unique(summary.T, return_inverse=True)
        wx = np.bincount(ix, weights=summary.weight, minlength=ux.size).astype(np.float64)
        return cls(ux, ix, ut, it, uT, iT, summary.x, summary.weight, wx)


def _objective(logs: Array, data: _Indexed, total: float) -> tuple[float, Array]:
    """Minus the mean log-likelihood and its gradient in the log-parameters."""
    r, alpha, a, b = (float(v) for v in np.exp(logs))
    ux, ix, w = data.ux, data.ix, data.weight
    head_u = (
        special.gammaln(r + ux)
        - special.gammaln(r)
        + r * math.log(alpha)
        + special.betaln(a, b + ux)
        - special.betaln(a, b)
    )
    repeat_u = ux > 0
    drop_u = np.full_like(ux, -np.inf)
    drop_u[repeat_u] = math.log(a) - np.log(b + ux[repeat_u] - 1.0)
    log_age = np.log(alpha + data.uT)[data.iT]
    log_last = np.log(alpha + data.ut)[data.it]
    rx = r + data.x
    survived = -rx * log_age
    dropped = drop_u[ix] - rx * log_last
    total_log = np.logaddexp(survived, dropped)
    value = float(_dot(head_u, data.wx) + _dot(total_log, w))
    # the two terms' shares of each client's likelihood (they sum to 1)
    w_alive = np.exp(survived - total_log)
    w_gone = 1.0 - w_alive
    wa, wg = w * w_alive, w * w_gone
    inv_age = (1.0 / (alpha + data.uT))[data.iT]
    inv_last = (1.0 / (alpha + data.ut))[data.it]
    psi_abx = special.digamma(a + b + ux)
    psi_ab = float(special.digamma(a + b))
    per_x = _dot(data.wx, special.digamma(r + ux)) - total * float(special.digamma(r))
    d_r = per_x + total * math.log(alpha) - _dot(wa, log_age) - _dot(wg, log_last)
    d_alpha = total * r / alpha - _dot(rx, wa * inv_age + wg * inv_last)
    # w_gone summed per distinct x
    gone_x = np.bincount(ix, weights=wg, minlength=ux.size).astype(np.float64)
    d_a = _dot(data.wx, psi_ab - psi_abx) + gone_x.sum() / a
    bx1 = np.where(repeat_u, b + ux - 1.0, 1.0)
    d_b = _dot(
        data.wx, special.digamma(b + ux) - psi_abx - float(special.digamma(b)) + psi_ab
    ) - _dot(gone_x, 1.0 / bx1)
    grad = np.array([d_r, d_alpha, d_a, d_b]) * np.array([r, alpha, a, b])  # d/d(log p)
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
    from scipy import optimize

    started = time.perf_counter()
    scale = float(summary.T.max()) / 10.0 or 1.0
    scaled = Summary(summary.x, summary.t_x / scale, summary.T / scale, summary.weight)
    total = float(summary.weight.sum())
    result = optimize.minimize(
        _objective,
        x0=np.zeros(4),
        args=(_Indexed.of(scaled), total),
        jac=True,
        method="L-BFGS-B",
        bounds=[(-LOG_BOUND, LOG_BOUND)] * 4,
        options={"maxiter": max_iterations, "ftol": 1e-13, "gtol": 1e-7},
    )
    r, alpha, a, b = (float(v) for v in np.exp(result.x))
    params = Params(r=r, alpha=alpha * scale, a=a, b=b)
    ll = log_likelihood(params, summary)
    values = (params.r, params.alpha, params.a, params.b, ll)
    if not _converged(result, stationary_for(total)) or not all(math.isfinite(v) for v in values):
        raise FitError(
            f"the BG/NBD fit did not converge after {int(result.nit)} iterations "
            f"({result.message}); nothing was stored"
        )
    names = ("r", "alpha", "a", "b")
    at_bound = tuple(n for n, v in zip(names, result.x, strict=True) if abs(v) >= LOG_BOUND - 1.0)
    return FitResult(
        params=params,
        log_likelihood=ll,
        clients=int(total),
        seconds=time.perf_counter() - started,
        iterations=int(result.nit),
        at_bound=at_bound,
    )


# Largest |gradient| of the mean log-likelihood in the log-parameters at which
# a failed line search still counts as converged (see _converged).
STATIONARY = 1e-5


def stationary_for(clients: float) -> float:
    """STATIONARY, or for fewer clients a hundredth of the standard error of
    the mean log-likelihood (about 1/sqrt(n)) if that is larger: a gradient
    below it moves the mean by far less than sampling noise over the whole
    bounded range of a parameter. On 20,000 clients with one drop-out
    probability (a and b to infinity) the search stalled at |gradient|
    1.2e-5 to 2.2e-5 on one machine (AMD EPYC) and converged on another."""
    return max(STATIONARY, 0.01 / math.sqrt(max(clients, 1.0)))


def _converged(result: optimize.OptimizeResult, stationary: float = STATIONARY) -> bool:
    """L-BFGS-B's own verdict, or a line search that failed at a stationary
    point: on a million clients the likelihood's rounding (a sum of a million
    terms) is as large as the last steps' gains, so the search can stall
    where the gradient is already ~1e-6. There the parameters are within
    about 1e-4 of the maximum, which is as good as the optimiser's own stop.
    Near a limit of the model (a, b or r and alpha running to infinity) the
    likelihood is as flat: see stationary_for."""
    if result.success:
        return True
    if result.status != 2:  # 1: too many iterations
        return False
    # the gradient that matters: not pushing a parameter further past its bound
    grad = np.asarray(result.jac, dtype=np.float64)
    logs = np.asarray(result.x, dtype=np.float64)
    free = ~(((logs >= LOG_BOUND) & (grad < 0)) | ((logs <= -LOG_BOUND) & (grad > 0)))
    return bool(np.all(np.abs(grad[free]) <= stationary))


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
