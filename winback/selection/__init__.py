"""Who is lost, who is worth winning back, and in what order — in one SQL statement.

The statement is built with SQLAlchemy Core and runs on SQLite, PostgreSQL
and MariaDB (a few stages are spelled per dialect where one spelling is slow
on one database; the results are the same). Its stages, as CTEs:

``agg``
    per client: order count, last order, revenue and count in the priority
    window, and the overdue flag. From ``client_order_stats`` (kept by
    triggers, see :mod:`winback.order_stats`) when it covers every client, or
    every client but a few whose orders are then read (``inputs.stats_mode``);
    otherwise from the orders:
    one streaming pass over the orders at or before *as of*, in the order of
    the covering index ``(client_id, placed_at, amount_minor)``: order count,
    last order, revenue and count in the priority window. With the *overdue*
    criterion, the median-gap test: per client on SQLite and PostgreSQL, only
    where count and span do not decide it (``aggregates._agg_overdue_per_client``);
    on MariaDB in one window pass over all orders (``aggregates._agg_overdue_window``).
    Neither needs a sort of the gaps (``aggregates._overdue_test``).
``scored``, ``stats``, ``pr_n``, ``boundary``
    one sort of the active clients by revenue gives the revenue percent rank
    and the sums ABC needs; the order-count percent rank comes from a
    histogram; external ids are read only for the revenue ties that straddle
    an ABC line.
``crit``
    the other lost-criteria (NPS, conflict, inquiries, unreachable), as bits
    per client, each from its own table.
``lost``
    every client that meets at least one criterion, with a flag per
    criterion and the first exclusion that removes it (if any): clients with
    orders from the aggregates, the others from ``crit``. Exclusions test
    membership in sets built once.
``totals``, ``top``
    the summary counts in one row; the survivors ranked by score, revenue,
    external id, top-N only.
``xyz``
    XYZ class of the rows taken (or of every candidate, when the campaign
    filters on XYZ), from monthly revenue in the configured time zone.

All timestamps are integer Unix seconds, so "days since" is integer division
and "within N days" a comparison with ``as_of - N * 86400``: the same on every
database. Money is integer minor units, so sums and the ABC shares are exact.

The package, in the order a statement is built and read:

``inputs``
    the frozen :class:`Inputs` every stage takes, the column prefixes the
    rows are read by, and the SQL helpers the stages share;
``aggregates``
    ``agg`` in its three data-source modes;
``ranking``
    ``scored``, ``stats``, ``pr_n``, ``boundary``, the score, ABC and XYZ;
``criteria``
    the registry of lost-criteria, their flags and ``crit``;
``exclusions``
    the filters, in the order they are charged;
``statement``
    ``lost``, ``staged``, ``totals``, ``top`` and the final statement;
``rows``
    rows → the :class:`Summary` and :class:`Candidate` values;
``run``
    running it (session settings, streaming) and ``explain``.
"""

from winback.selection.inputs import CLIENT_CONTACT_COLUMNS, Inputs
from winback.selection.rows import Candidate, Summary, group_of
from winback.selection.run import explain, select_candidates, select_json
from winback.selection.statement import Statement, build_statement

__all__ = [
    "CLIENT_CONTACT_COLUMNS",
    "Candidate",
    "Inputs",
    "Statement",
    "Summary",
    "build_statement",
    "explain",
    "group_of",
    "select_candidates",
    "select_json",
]
