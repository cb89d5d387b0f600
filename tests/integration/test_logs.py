"""The log filter masks phone numbers, and only phone-shaped tokens."""

from __future__ import annotations

import hashlib
import logging
import re
import uuid

import pytest

from winback.logs import MaskingFilter, mask_text
from winback.outcomes import idempotency_key


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("to +79991234567 refused", "to +*********67 refused"),
        ("to 79991234567.", "to +*********67."),
        ("call +7 999 123-45-67 now", "call +*********67 now"),
        ("call 8 (999) 123-45-67", "call +*********67"),
        ("call +1 (555) 123-4567", "call +*********67"),
        ("(555) 123-4567 is US", "+********67 is US"),
        ("US 555.123.4567", "US +********67"),
        ("SMS.ru 207: 79991234567: no route", "SMS.ru 207: +*********67: no route"),
        ("number=+441234567890,", "number=+**********90,"),
        ("тел.+79991234567", "тел.+*********67"),
        ("Tel.89991234567;", "Tel.+*********67;"),
    ],
)
def test_phones_in_several_formats_are_masked(text: str, masked: str) -> None:
    assert mask_text(text) == masked


def _keys_with_long_digit_runs() -> list[str]:
    keys = [idempotency_key("winback", f"C{i:05d}", 1) for i in range(300)]
    found = [k for k in keys if re.search(r"\d{10,}", k)]
    found += [k + ".sms" for k in found]  # a message's key: the cycle key and its channel
    return found


def _digests_with_long_digit_runs() -> list[str]:
    digests = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(300)]
    return [d for d in digests if re.search(r"\d{10,}", d)]


def _uuids_with_long_digit_runs() -> list[str]:
    made = [str(uuid.UUID(int=int(d[:32], 16))) for d in _digests_with_long_digit_runs()]
    return [*made, "12345678-1234-4234-8234-123456789012", "98765432-1098-7654-3210-987654321098"]


ISO_TIMES = [
    "2024-05-01 12:00:00+00:00",
    "2024-05-01 12:00:00.123456+03:00",
    "2024-05-01T12:00:00+00:00",
    "2026-12-06 07:11:52.613425",
    "01.05.2024 12:00",
]
NUMBERS = ["3.14159265358979", "took 1.2345678901 s", "version 2.1234567890", "-1001234567890"]


def test_idempotency_keys_timestamps_uuids_digests_and_decimals_pass_through() -> None:
    keys, digests = _keys_with_long_digit_runs(), _digests_with_long_digit_runs()
    assert len(keys) >= 10 and len(digests) >= 10  # the cases this test is about
    assert any(re.match(r"wb-\d{10}", k) for k in keys)  # digits right after "wb-"
    for text in [*keys, *digests, *_uuids_with_long_digit_runs(), *ISO_TIMES, *NUMBERS]:
        line = f"{text} via sms attempt 1 failed (rate_limited): retry in 1000000000000000s"
        assert mask_text(line) == line
        assert mask_text(f"key {text}: sent") == f"key {text}: sent"


def test_the_filter_masks_the_phone_and_keeps_the_key() -> None:
    key = next(k for k in _keys_with_long_digit_runs() if not k.endswith(".sms"))
    record = logging.LogRecord(
        "winback",
        logging.INFO,
        __file__,
        1,
        "%s to %s at %s",
        (key, "+79991234567", ISO_TIMES[0]),
        None,
    )
    assert MaskingFilter().filter(record)
    assert record.getMessage() == f"{key} to +*********67 at {ISO_TIMES[0]}"
