"""The CDNOW sample's transactions (:mod:`tests.cdnow`) written straight into
a winback database as clients and orders (faster than `winback import`,
which tests/integration/test_model_cdnow.py goes through): each order at
midnight UTC of its date, as the importer stores a date in a UTC business
timezone."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, insert

from tests import cdnow
from winback.models import Client, Order, table_of


def load_cdnow(conn: Connection) -> int:
    """Insert the sample's customers and orders; the number of customers."""
    rows = cdnow.transactions()
    customers = sorted({t.customer for t in rows})
    conn.execute(
        insert(table_of(Client)), [{"id": c, "external_id": f"cdnow-{c}"} for c in customers]
    )
    midnight = dt.time(0, tzinfo=dt.UTC)
    conn.execute(
        insert(table_of(Order)),
        [
            {
                "external_id": f"cdnow-order-{n}",
                "client_id": t.customer,
                "placed_at": dt.datetime.combine(t.day, midnight),
                "amount_minor": round(float(t.dollars) * 100),
            }
            for n, t in enumerate(rows, 1)
        ],
    )
    return len(customers)
