"""The database as the daemon sees it: up, or down since when.

A daemon must ride out a database outage: every job that touches the
database reports here whether it got through. The first failure of an outage
is logged once (a warning naming what failed), later ones only at debug
level, and the recovery once, with how long it lasted; so a ten-minute outage
is two log lines, not six hundred. :meth:`DatabaseWatch.backoff` is the capped
wait a retrying caller sleeps between attempts.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from winback.db import is_disconnect, mask_url_text

log = logging.getLogger("winback.daemon")

BACKOFF_FIRST = 1.0
BACKOFF_CAP = 30.0


def describe(exc: BaseException) -> str:
    """One line, without a password that a driver may echo from the URL."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return mask_url_text(text[0] if text else type(exc).__name__)


class DatabaseWatch:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.down_since: float | None = None
        self.failures = 0

    @property
    def up(self) -> bool:
        return self.down_since is None

    def failed(self, what: str, exc: BaseException) -> None:
        """``what`` could not reach the database (or lost it midway)."""
        self.failures += 1
        if self.down_since is None:
            self.down_since = self.clock()
            log.warning(
                "database unreachable (%s): %s; retrying every %.0f-%.0f s until it is back",
                what,
                describe(exc),
                BACKOFF_FIRST,
                BACKOFF_CAP,
            )
        else:
            log.debug("database still unreachable (%s): %s", what, describe(exc))

    def ok(self) -> None:
        if self.down_since is not None:
            log.warning("database reachable again after %.0f s", self.clock() - self.down_since)
        self.down_since = None
        self.failures = 0

    def backoff(self) -> float:
        """How long to wait before the next attempt: doubling, capped."""
        return min(BACKOFF_CAP, BACKOFF_FIRST * 2 ** max(0, self.failures - 1))


def is_outage(exc: BaseException) -> bool:
    """Whether ``exc`` means the database is unreachable (rather than a bug)."""
    return is_disconnect(exc)
