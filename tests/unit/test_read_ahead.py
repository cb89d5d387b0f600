"""selection.run._read_ahead: the batches a thread fetches ahead of their use
reach the reader in order, and the thread ends however the reading does
(the database side is tested in tests/integration/test_selection_reference.py)."""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from typing import Any

import pytest

from winback.selection.run import AHEAD, _read_ahead


def _threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "winback-read-ahead"]


def test_the_batches_arrive_in_order_and_the_thread_ends() -> None:
    batches = [[n, n + 1] for n in range(0, 40, 2)]
    assert list(_read_ahead(b for b in batches)) == batches
    assert not _threads()


def test_an_error_of_the_fetch_reaches_the_reader_after_the_batches_before_it() -> None:
    closed: list[bool] = []

    def batches() -> Generator[Sequence[Any], None, None]:
        try:
            yield [1, 2]
            yield [3]
            raise OSError("server closed the connection unexpectedly")
        finally:
            closed.append(True)

    got = []
    with pytest.raises(OSError, match="server closed"):
        for batch in _read_ahead(batches()):
            got.append(batch)
    assert got == [[1, 2], [3]]
    assert closed == [True]  # the batches' own clean-up ran (the result's close)
    assert not _threads()


def test_a_reader_that_stops_early_stops_a_fetch_that_would_go_on_for_ever() -> None:
    fetched: list[int] = []
    closed: list[bool] = []

    def endless() -> Generator[Sequence[Any], None, None]:
        n = 0
        try:
            while True:
                fetched.append(n)
                yield [n]
                n += 1
        finally:
            closed.append(True)

    reader = _read_ahead(endless())
    assert next(reader) == [0]
    reader.close()
    assert not _threads()
    assert closed == [True]
    # it fetched no more than it may hold ahead of the reader
    assert len(fetched) <= 1 + AHEAD + 1
