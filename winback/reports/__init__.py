"""Reports for managers: the campaign measures (return rates, uplift over the
holdout with its interval, incremental returns and revenue, cost), churn,
CRR, LTV, lost revenue and loss reasons by month.

:func:`build_report` computes them into one JSON-ready dict;
:mod:`.text` writes it as a table or CSV; ``winback.reports.html`` (when
present) renders it as a self-contained HTML page.
"""

from __future__ import annotations

from winback.reports.build import build_report, prepare
from winback.reports.request import DIMENSIONS, ReportRequest

__all__ = ["DIMENSIONS", "ReportRequest", "build_report", "prepare"]
