"""`winback preview`: who a run would take (or whom the exclusions removed, and
why), as a table, CSV or JSON. Writes nothing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from winback import output
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
    "p_alive",
    "expected_purchases",
)
# left as they are in CSV; every other column is text (see winback.output)
NUMERIC_COLUMNS = frozenset(
    {"rank", "score", "revenue", "orders", "days_since", "p_alive", "expected_purchases"}
)

TABLE_COLUMNS = (
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
)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def write_json(rows: Iterable[Candidate], out: TextIO) -> int:
    """One JSON array, one object a line (Candidate.to_json: preview of a
    large campaign spends its time here)."""
    return output.write_json(out, rows, dump=Candidate.to_json)


def write_json_texts(texts: Iterable[str], out: TextIO) -> int:
    """write_json of rows already written as JSON (selection.select_json)."""
    return output.write_json(out, texts, dump=str)


def write_csv(rows: Iterable[Candidate], out: TextIO, *, excluded: bool = False) -> int:
    fields = (*COLUMNS, "excluded_by") if excluded else COLUMNS
    return output.write_csv(out, fields, map(_csv_record, rows), numeric=NUMERIC_COLUMNS)


def _csv_record(row: Candidate) -> dict[str, Any]:
    record = row.as_dict()
    record["reasons"] = ";".join(record["reasons"])
    return record


# With a campaign that uses the BG/NBD model.
MODEL_COLUMNS = (("P(alive)", "right"), ("exp. purchases", "right"))


def write_table(
    rows: Iterator[Candidate],
    summary: Summary,
    out: TextIO,
    *,
    excluded: bool = False,
    model: bool = False,
) -> int:
    what = "lost, but excluded (first exclusion)" if excluded else "who a run would take"
    columns = [*TABLE_COLUMNS, *(MODEL_COLUMNS if model else ())]
    if excluded:
        columns.append(("excluded by", "left"))
    cells = (_cells(row, excluded, model) for row in rows)  # names and ids are data, not markup
    title = f"{summary.campaign}: {what}"
    return output.write_table(out, title, columns, cells, wide=True, header_style="bold")


def _cells(row: Candidate, excluded: bool, model: bool = False) -> list[str]:
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
    if model:
        cells += [_number(d["p_alive"]), _number(d["expected_purchases"])]
    if excluded:
        cells.append(d.get("excluded_by") or "")
    return cells
