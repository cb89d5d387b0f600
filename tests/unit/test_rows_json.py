"""The pieces selection.json_maker writes a preview's JSON rows from: the
same text as Candidate.to_json (json.dumps of as_dict) would hold."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from winback.money import minor_to_str
from winback.selection.rows import _moment_text


@pytest.mark.parametrize(
    "epoch",
    [0, 1, 59, 60, 3599, 3600, 86_399, 86_400, 951_782_400, 1_735_678_799, 253_402_300_799],
)
def test_a_moment_is_written_as_isoformat_in_utc(epoch: int) -> None:
    moment = _moment_text()
    want = '"' + dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat() + '"'
    assert moment(epoch) == want
    assert moment(epoch) == want  # the day's date from the cache


def test_moments_at_random_agree_with_isoformat() -> None:
    moment = _moment_text()
    rnd = random.Random(11)
    for _ in range(20_000):
        epoch = rnd.randrange(0, 253_402_300_800)
        assert moment(epoch) == '"' + dt.datetime.fromtimestamp(epoch, dt.UTC).isoformat() + '"'


def test_a_datetime_from_the_driver_is_written_as_it_is() -> None:
    moment = _moment_text()
    aware = dt.datetime(2024, 1, 2, 3, 4, 5, 600, tzinfo=dt.UTC)
    assert moment(aware) == '"2024-01-02T03:04:05.000600+00:00"'


def test_amounts_at_random_agree_with_exact_arithmetic() -> None:
    rnd = random.Random(12)
    for _ in range(20_000):
        minor = rnd.randrange(-(10**17), 10**17)
        digits = rnd.choice([1, 2, 3])
        whole, fraction = divmod(abs(minor), 10**digits)
        want = f"{'-' if minor < 0 else ''}{whole}.{fraction:0{digits}d}"
        assert minor_to_str(minor, digits) == want
