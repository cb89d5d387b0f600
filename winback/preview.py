"""`winback preview`: who a run would take (or whom the exclusions removed, and
why), as a table, CSV or JSON. Writes nothing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from winback.output import dict_writer
from winback.selection import Candidate, Summary

COLUMNS = (
    "rank",
    "client",
    "name",
    "score",
    "reasons",
    "revenue",
    "orders",
    "last_order_at",
    "days_since",
    "abc",
    "xyz",
    "group",
    "channel",
)
# left as they are in CSV; every other column is text (see winback.output)
NUMERIC_COLUMNS = frozenset({"rank", "score", "revenue", "orders", "days_since"})


JSON_BATCH = 1_000  # rows per write: one write call a row cost as much as the row


def write_json(rows: Iterable[Candidate], out: TextIO) -> int:
    """One JSON array, one object a line, written as the rows stream in (a
    batch at a time: memory does not grow with the rows)."""
    n = 0
    batch: list[str] = []
    out.write("[")
    for row in rows:
        batch.append(row.to_json())
        if len(batch) == JSON_BATCH:
            out.write((",\n" if n else "\n") + ",\n".join(batch))
            n += len(batch)
            batch = []
    if batch:
        out.write((",\n" if n else "\n") + ",\n".join(batch))
        n += len(batch)
    out.write("\n]\n" if n else "]\n")
    return n


def write_csv(rows: Iterable[Candidate], out: TextIO, *, excluded: bool = False) -> int:
    fields = (*COLUMNS, "excluded_by") if excluded else COLUMNS
    write = dict_writer(out, fields, numeric=NUMERIC_COLUMNS)
    n = 0
    for row in rows:
        record = row.as_dict()
        record["reasons"] = ";".join(record["reasons"])
        write(record)
        n += 1
    return n


def write_table(
    rows: Iterator[Candidate], summary: Summary, out: TextIO, *, excluded: bool = False
) -> int:
    # Rich only for the table: CSV and JSON for machines start faster without it.
    from rich.console import Console

    from winback.console import add_row, data_table

    title = "lost, but excluded (first exclusion)" if excluded else "who a run would take"
    columns = [
        ("#", "right"),
        ("client", "left"),
        ("name", "left"),
        ("score", "right"),
        ("reasons", "left"),
        ("revenue", "right"),
        ("orders", "right"),
        ("last order", "left"),
        ("days", "right"),
        ("ABC", "center"),
        ("XYZ", "center"),
        ("group", "left"),
        ("channel", "left"),
    ]
    if excluded:
        columns.append(("excluded by", "left"))
    table = data_table(f"{summary.campaign}: {title}", columns, header_style="bold")
    n = 0
    for row in rows:
        d = row.as_dict()
        cells = [
            str(d["rank"]),
            d["client"],
            d["name"] or "",
            f"{d['score']:.3f}",
            ", ".join(d["reasons"]),
            d["revenue"],
            str(d["orders"]),
            (d["last_order_at"] or "")[:10],
            "" if d["days_since"] is None else str(d["days_since"]),
            d["abc"],
            d["xyz"],
            d["group"],
            d["channel"] or "— none —",
        ]
        if excluded:
            cells.append(d.get("excluded_by") or "")
        add_row(table, cells)  # names and ids are data, not markup
        n += 1
    console = Console(file=out, soft_wrap=False, width=None if out.isatty() else 200)
    console.print(table)
    return n
