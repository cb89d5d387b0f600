"""The CSV side of an import: reading a file in chunks, and its rejects file.

Reading refuses, naming the file and line, what is not UTF-8 CSV; the
rejects file (``<stem>.rejects.csv`` beside the input) takes the bad rows of
an import run with ``skip_invalid``, with their reasons.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import itertools
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from winback.errors import UsageError


@contextlib.contextmanager
def open_csv(path: Path) -> Iterator[tuple[IO[str], bool]]:
    try:
        with path.open("rb") as probe:
            bom = probe.read(len(codecs.BOM_UTF8)) == codecs.BOM_UTF8
        # A bad byte reaches the reader as U+DC80..U+DCFF (surrogateescape), and
        # Reader names its line: the decoder reads ahead of the CSV reader.
        handle = path.open("r", encoding="utf-8-sig", errors=_UNDECODABLE, newline="")
    except FileNotFoundError:
        raise UsageError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a folder, not a CSV file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        yield handle, bom


# What surrogateescape makes of a byte that is not UTF-8.
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
_UNDECODABLE = "winback-surrogateescape"


class _Undecodable:
    """surrogateescape that counts: while the decoder has met no bad byte (the
    common case), the reader need not look for one in what it reads."""

    seen = 0
    _escape = codecs.lookup_error("surrogateescape")

    @classmethod
    def handle(cls, exc: UnicodeError) -> tuple[str | bytes, int]:
        cls.seen += 1
        return cls._escape(exc)


codecs.register_error(_UNDECODABLE, _Undecodable.handle)


class Reader:
    """CSV records in chunks, with the line each starts on; errors name the file."""

    def __init__(self, path: Path, handle: IO[str]) -> None:
        self.path = path
        self._csv = csv.reader(handle, strict=True)
        self._undecodable_before = _Undecodable.seen

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except csv.Error as exc:
            raise UsageError(f"{self.path}:{self._csv.line_num}: malformed CSV: {exc}") from None

    def header(self) -> list[str]:
        with self._errors():
            for fields in self._csv:
                if any(fields):
                    self._check_utf8([fields], [self._csv.line_num - _breaks(",".join(fields))])
                    return [name.strip() for name in fields]
        raise UsageError(f"{self.path}: the file is empty; expected a header row")

    def chunks(self, size: int) -> Iterator[tuple[list[list[str]], Sequence[int]]]:
        """Lists of up to ``size`` records and the line each starts on.

        Blank lines are skipped. Usually a record is one line, and the lines
        are a range; a quoted field may span lines, then they are counted.
        """
        reader = self._csv
        while True:
            last = reader.line_num
            with self._errors():
                records = list(itertools.islice(reader, size))
            if not records:
                return
            lines: Sequence[int]
            if reader.line_num - last == len(records) and [] not in records:
                lines = range(last + 1, last + 1 + len(records))
            else:
                records, lines = _count_lines(records, last)
            if records:
                self._check_utf8(records, lines)
                yield records, lines

    def _check_utf8(self, records: list[list[str]], lines: Sequence[int]) -> None:
        """Refuse the file at its first byte that is not UTF-8, naming its line."""
        if _Undecodable.seen == self._undecodable_before:
            return
        text = "\x00".join(itertools.chain.from_iterable(records))
        if text.isascii() or _NOT_UTF8.search(text) is None:
            return
        for fields, line in zip(records, lines, strict=True):
            record = ",".join(fields)
            found = _NOT_UTF8.search(record)
            if found is not None:
                at = line + _breaks(record[: found.start()])
                raise UsageError(
                    f"{self.path}: not UTF-8 text on line {at} (byte "
                    f"0x{ord(found.group()) - 0xDC00:02X}); save it as CSV UTF-8"
                )


def _count_lines(records: list[list[str]], last: int) -> tuple[list[list[str]], list[int]]:
    """The records that are not blank lines, and the line each starts on."""
    kept, lines = [], []
    line = last + 1
    for fields in records:
        if fields:
            kept.append(fields)
            lines.append(line)
        line += 1 + _breaks(",".join(fields))
    return kept, lines


def _breaks(text: str) -> int:
    """The line breaks in a record's text: \r\n, \r or \n (read with newline="")."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


# ---------------------------------------------------------------- rejects file


@dataclass
class Rejects:
    """``<stem>.rejects.csv``: written beside the input as the import goes,
    under a temporary name, and put in place only once the import committed."""

    path: Path
    header: list[str]
    bom: bool
    _handle: IO[str] | None = field(default=None, repr=False)
    _writer: Any = field(default=None, repr=False)

    @property
    def _partial(self) -> Path:
        return self.path.with_name(self.path.name + ".partial")

    def write(self, raw: list[str], line: int, reason: str) -> None:
        if self._handle is None:
            try:
                self._handle = self._partial.open(
                    "w", encoding="utf-8-sig" if self.bom else "utf-8", newline=""
                )
            except OSError as exc:
                raise UsageError(f"{self.path}: cannot write the rejects: {exc.strerror}") from None
            self._writer = csv.writer(self._handle)
            self._writer.writerow([*self.header, "line", "reason"])
        width = len(self.header)
        cells = (raw + [""] * width)[:width]
        self._writer.writerow([*cells, line, reason])

    def discard(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self._partial.unlink(missing_ok=True)

    def publish(self) -> Path | None:
        if self._handle is None:
            # nothing rejected: a rejects file of an earlier run would mislead
            self.path.unlink(missing_ok=True)
            return None
        self._handle.close()
        self._handle = None
        os.replace(self._partial, self.path)
        return self.path


def rejects_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.rejects.csv")
