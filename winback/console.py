"""Terminal output: tables and progress on a terminal, quiet when piped."""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def interactive() -> bool:
    return sys.stderr.isatty()


@contextlib.contextmanager
def progress(description: str, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """Yield ``advance(n)``; draws a bar on a terminal, does nothing when piped."""
    if not interactive():
        yield lambda _n: None
        return
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with bar:
        task = bar.add_task(description, total=total)
        yield lambda n: bar.advance(task, n)


# C0/C1 controls (ESC starts a terminal escape sequence) and bidi overrides,
# which would reorder what the operator reads.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain(value: object) -> Text:
    """A value from data, printed as it is: a str cell would be read as Rich
    markup (``[/bold]`` fails, ``[link=…]`` hides a link) and ``:emoji:`` codes;
    control characters are shown escaped (``\\x1b``) so they cannot drive the
    terminal."""
    text = "" if value is None else str(value)
    return Text(_UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode(), text))


def data_table(title: str, columns: Iterable[tuple[str, str]], **options: Any) -> Table:
    """A table whose title and rows (added with :func:`add_row`) are plain text."""
    table = Table(title=plain(title), **options)
    for header, justify in columns:
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    return table


def add_row(table: Table, values: Iterable[object]) -> None:
    table.add_row(*map(plain, values))
