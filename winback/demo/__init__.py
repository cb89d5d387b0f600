"""``winback demo``: a realistic, reproducible CRM to try winback on.

Every value comes from one ``random.Random(seed)`` and every timestamp is an
offset from an anchor (today, 00:00 UTC, by default), so the same seed and
anchor give the same rows on SQLite, PostgreSQL and MariaDB, and the data
always looks current.

Clients follow heterogeneous purchase rhythms: regulars (every 1–4 weeks,
still buying), occasional buyers (every 1–4 months), lapsing regulars (silent
for several of their own gaps), gone clients (last order 3–24 months ago),
one-off buyers, and people who never bought (some asked several times).
Order amounts are log-normal around a per-client level, so a few clients hold
most of the revenue and ABC analysis means something. Contacts are stored as
a CRM would hold them: some missing, some malformed on purpose.

Email addresses use the reserved ``.example`` top-level domain (RFC 2606), so
a demo database can never mail a real person. Phone numbers of Russian
clients look real (Russia has no fictional range); English clients get the
UK and US ranges reserved for fiction.

The generator streams: clients are made and written in batches, each batch
with its orders, NPS answers, incidents and tags, one transaction a batch, so
memory stays flat at a million clients. Ids are assigned here so orders
reference clients without lookups; on PostgreSQL the id sequences are moved
past them in each batch's transaction, so a killed load leaves none behind
(MariaDB and SQLite do that themselves). The index on
orders.placed_at is rebuilt after the load instead of during it.
"""

from __future__ import annotations

from winback.demo.load import (
    BATCH_CLIENTS,
    EARLIEST_ANCHOR,
    DemoReport,
    default_anchor,
    generate_demo,
)

__all__ = ["BATCH_CLIENTS", "EARLIEST_ANCHOR", "DemoReport", "default_anchor", "generate_demo"]
