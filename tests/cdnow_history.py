"""The CDNOW sample's transactions (``/work/shared/data/cdnow``, or
``tests/data/cdnow`` when copied there) written into a winback database as
clients and orders: each order at midnight UTC of its date, as `winback
import` stores a date in a UTC business timezone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Connection, insert

from winback.models import Client, Order, table_of

HERE = Path(__file__).resolve().parent
SOURCES = (HERE / "data" / "cdnow", Path("/work/shared/data/cdnow"))


def cdnow_file() -> Path | None:
    for folder in SOURCES:
        path = folder / "CDNOW_sample.txt"
        if path.is_file():
            return path
    return None


def transactions(path: Path) -> list[tuple[int, dt.date, int]]:
    """(customer, date, amount in cents) per line."""
    out = []
    for line in path.read_text(encoding="ascii").splitlines():
        if not line.strip():
            continue
        _, customer, day, _, amount = line.split()
        date = dt.date(int(day[:4]), int(day[4:6]), int(day[6:]))
        out.append((int(customer), date, round(float(amount) * 100)))
    return out


def load_cdnow(conn: Connection, path: Path) -> int:
    """Insert the sample's customers and orders; the number of customers."""
    rows = transactions(path)
    customers = sorted({c for c, _, _ in rows})
    conn.execute(
        insert(table_of(Client)), [{"id": c, "external_id": f"cdnow-{c}"} for c in customers]
    )
    midnight = dt.time(0, tzinfo=dt.UTC)
    conn.execute(
        insert(table_of(Order)),
        [
            {
                "external_id": f"cdnow-order-{n}",
                "client_id": c,
                "placed_at": dt.datetime.combine(day, midnight),
                "amount_minor": amount,
            }
            for n, (c, day, amount) in enumerate(rows, 1)
        ],
    )
    return len(customers)
