"""What a report is asked for, and the choices it offers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# --by: the dimensions a campaign's measures break down by
DIMENSIONS = ("channel", "reason", "abc", "xyz", "manager", "locale", "offer")
NONE_KEY = "none"  # a breakdown's key when the assignment has no value for it
DEFAULT_MONTHS = 12  # churn months without --since: the complete months before as-of
# A campaign that is no longer configured is judged over the default window.
DEFAULT_ATTRIBUTION_DAYS = 30


@dataclass(frozen=True)
class ReportRequest:
    """``campaigns``: empty = every configured campaign and every one in the
    log. ``since``/``until`` select assignments by ``assigned_at``
    (since ≤ assigned_at < until) and bound the churn months; ``as_of``
    (default now) is the moment the report is evaluated at; ``by``: a subset
    of :data:`DIMENSIONS`; ``calibration_days``: see
    :func:`winback.model.calibration.report_section`."""

    campaigns: tuple[str, ...] = ()
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    as_of: dt.datetime | None = None
    by: tuple[str, ...] = ()
    # the calibration section (None: left out): the model as of as_of - N
    # days against the orders of those N days
    calibration_days: int | None = None

    def __post_init__(self) -> None:
        unknown = [d for d in self.by if d not in DIMENSIONS]
        if unknown:
            raise ValueError(f"unknown --by {unknown[0]!r}; choose from {', '.join(DIMENSIONS)}")
