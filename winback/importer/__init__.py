"""``winback import``: clients, orders, NPS answers and incidents from CSV files.

How a file goes in:

* It is streamed in chunks of ``job.CHUNK_ROWS`` rows, so memory stays flat
  whatever its size (csvfile.py reads it). Each chunk is parsed column by
  column, without the database (kinds.py, with the cell converters of
  cells.py and the shortcuts of fastcheck.py). Client ids and existing rows
  are then looked up per chunk (store.py, batched ``IN`` lists).
* The whole file is one transaction (``engine.begin()``; on SQLite that is
  ``BEGIN IMMEDIATE``). By default any bad row refuses the whole file, every
  bad row listed; with ``skip_invalid`` the good rows go in and the bad ones
  are written, with their reasons, to ``<stem>.rejects.csv`` beside the input.
* Rows are upserted by their natural key: ``external_id`` for clients and
  orders, (client, answered_at) for NPS answers, (client, kind, occurred_at)
  for incidents. Columns missing from the header are left as they are on
  update; an empty cell sets NULL. Re-importing a file changes nothing.
* A key repeated within the file is a bad row. The keys read so far, with
  their first line, live in a temporary table, not in memory -- except on
  the fast path of a first import into an empty SQLite table, where the
  table's own unique index tells (duplicates.py).
* On SQLite, a load that is large compared with the table drops the table's
  plain (non-unique) indexes inside the transaction and builds them again
  before the commit: building an index sorts once, whereas a million inserts
  into a random-order index cost several times more. Readers are unaffected
  (WAL: they see the last committed schema) and a rollback restores the
  indexes. PostgreSQL and MariaDB keep their indexes (DDL there would lock
  the table against readers for the whole import).
"""

from __future__ import annotations

from winback.importer.job import ImportReport, import_csv
from winback.importer.kinds import KINDS

__all__ = ["KINDS", "ImportReport", "import_csv"]
