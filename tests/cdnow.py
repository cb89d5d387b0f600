"""The CDNOW sample (tests/data/cdnow, README there): its transactions and its
published 39-week summary, read with nothing but the standard library so that
the tests compare winback against an independent reading."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "cdnow"
TRANSACTIONS = DATA / "CDNOW_sample.txt"
SUMMARY = DATA / "cdnow_customers_summary.csv"
START = dt.date(1997, 1, 1)
CALIBRATION_END = dt.date(1997, 9, 30)  # the summary's last day (its purchases are in)
END = dt.date(1998, 6, 30)  # the last day of the 78 weeks
CUSTOMERS = 2357

# Fader, Hardie & Lee (2005), the BG/NBD estimates on this summary
PUBLISHED = {"r": 0.2426, "alpha": 4.4135, "a": 0.7929, "b": 2.4258}
PUBLISHED_LL = -9582.43


@dataclass(frozen=True)
class Transaction:
    customer: int  # the sample's customer id, 1..2357
    day: dt.date
    cds: int
    dollars: str  # as in the file: "29.33"


def transactions() -> list[Transaction]:
    out = []
    for line in TRANSACTIONS.read_text().splitlines():
        _master, customer, date, cds, dollars = line.split()
        day = dt.date(int(date[:4]), int(date[4:6]), int(date[6:]))
        out.append(Transaction(int(customer), day, int(cds), dollars))
    return out


def purchase_days() -> dict[int, list[int]]:
    """Per customer, the sorted distinct days with a purchase, as days since 1997-01-01."""
    days: dict[int, set[int]] = {}
    for t in transactions():
        days.setdefault(t.customer, set()).add((t.day - START).days)
    return {c: sorted(d) for c, d in sorted(days.items())}


def summary_rows() -> list[tuple[int, float, float, float]]:
    """(id, frequency, recency, T) of the published summary, recency and T in weeks."""
    with SUMMARY.open(newline="") as f:
        return [
            (int(r["ID"]), float(r["frequency"]), float(r["recency"]), float(r["T"]))
            for r in csv.DictReader(f)
        ]
