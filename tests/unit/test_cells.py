"""The importer's cell parsing, without a database: each converter's accepted
values and what it stores, and its refusals with their messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from winback.config import Settings
from winback.importer import cells, fastcheck

SETTINGS = Settings.model_validate({"scheduler": {"timezone": "Europe/Moscow"}})
CONV = cells.Converters(SETTINGS)
UTC = dt.UTC


def _epoch(*args: int, tz: dt.tzinfo = UTC) -> int:
    return int(dt.datetime(*args, tzinfo=tz).timestamp())


def _refused(convert: Callable[[str], Any], value: str) -> str:
    with pytest.raises(ValueError) as info:
        convert(value)
    return str(info.value)


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", _epoch(2024, 3, 4, 21)),  # naive: Moscow, UTC+3
        ("2024-03-05 14:30", _epoch(2024, 3, 5, 11, 30)),
        ("2024-03-05T14:30:00+03:00", _epoch(2024, 3, 5, 11, 30)),
        ("2024-03-05T14:30:00Z", _epoch(2024, 3, 5, 14, 30)),
        ("1970-01-01T00:00:00+00:00", 0),
    ],
)
def test_dates_are_iso_8601_and_naive_ones_are_local(value: str, expected: int) -> None:
    assert CONV.epoch(value) == expected
    assert CONV.epochs([value]) == [expected]  # the column shortcut agrees


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("05.03.2024", "not an ISO 8601 date or date-time"),
        ("2024-02-30", "not an ISO 8601 date or date-time"),
        ("yesterday", "(e.g. 2024-03-05, 2024-03-05 14:30, 2024-03-05T14:30:00+03:00)"),
        ("1969-12-31T23:59:59+00:00", "before 1970-01-01 (UTC), the earliest date accepted"),
        ("0001-01-01", "the earliest date accepted ([import] earliest_date)"),
        ("9999-12-31", "days in the future, the latest date accepted ([import] max_days_ahead)"),
    ],
)
def test_dates_refused(value: str, message: str) -> None:
    assert message in _refused(CONV.epoch, value)
    assert CONV.epochs([value]) is None  # the column falls back to cell by cell


def test_a_date_column_mixing_naive_and_aware_goes_cell_by_cell() -> None:
    column = ["2024-03-05", "2024-03-05T00:00:00+00:00"]
    assert CONV.epochs(column) is None
    assert [CONV.epoch(v) for v in column] == [_epoch(2024, 3, 4, 21), _epoch(2024, 3, 5)]
    assert CONV.epochs([]) == []


# ------------------------------------------------------------------ money


@pytest.mark.parametrize(
    ("value", "minor"),
    [("1234.50", 123450), ("1234.5", 123450), ("0.05", 5), ("17", 1700), ("000.10", 10)],
)
def test_amounts_are_exact_minor_units(value: str, minor: int) -> None:
    assert cells.amount(value) == minor


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-10.00", "negative amounts (refunds) are not accepted"),
        ("10.005", "more than two decimal places"),
        ("10,50", "use a dot as the decimal separator"),
        ("1 000", "not an amount such as 1234.50 (digits, a dot, up to two decimals)"),
        ("1e3", "not an amount such as 1234.50"),
        ("10000000000000.00", "more than 1,000,000,000,000, the largest amount accepted"),
    ],
)
def test_amounts_refused(value: str, message: str) -> None:
    assert message in _refused(cells.amount, value)


def test_the_amount_column_shortcut_takes_only_the_common_shape() -> None:
    assert cells.amount_column(["1234.50", "0.05", "999999999999.99"]) == [
        123450,
        5,
        99999999999999,
    ]
    for column in (["12.5"], ["17"], ["1234.50", ""], ["1234567890123.00"], []):
        assert cells.amount_column(column) is None, column


def test_currencies() -> None:
    assert cells.currency("rub") == "RUB"
    assert _refused(cells.currency, "RUBL") == "not a three-letter currency code such as RUB"
    assert _refused(cells.currency, "₽") == "not a three-letter currency code such as RUB"
    assert CONV.currency_or_default("") == "RUB"
    assert CONV.currency_or_default("eur") == "EUR"


# ---------------------------------------------------------------- contacts


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("+7 (912) 345-67-89", "+79123456789"),
        ("8 912 345 67 89", "+79123456789"),  # national format of the default region
        ("9123456789", "+79123456789"),
        ("+44 7700 900123", "+447700900123"),
    ],
)
def test_phones_are_stored_as_e164(value: str, stored: str) -> None:
    assert cells.phone(value, "RU") == stored
    assert CONV.phone(value) == stored
    assert fastcheck.phone("RU", CONV.phone)(value) == stored  # with the shortcut


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("not a phone", "not a phone number"),
        ("+7 912 345", "not a possible phone number"),
        ("12", "not a possible phone number"),
    ],
)
def test_phones_refused(value: str, message: str) -> None:
    assert _refused(CONV.phone, value) == message
    assert _refused(fastcheck.phone("RU", CONV.phone), value) == message


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("anna.petrova@mail.example", "anna.petrova@mail.example"),
        ("Anna@Mail.Example", "Anna@mail.example"),  # the domain is lower-cased
    ],
)
def test_emails_are_normalised(value: str, stored: str) -> None:
    assert cells.email(value) == stored
    assert fastcheck.email(cells.email)(value) == stored


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("anna.petrova", "not a valid email address: An email address must have an @-sign."),
        (
            "anna@@mail.example",
            "not a valid email address: "
            "The part after the @-sign contains invalid characters: '@'.",
        ),
        (
            "anna@mailexample",
            "not a valid email address: "
            "The part after the @-sign is not valid. It should have a period.",
        ),
        (
            "anna petrova@mail.example",
            "not a valid email address: "
            "The email address contains invalid characters before the @-sign: SPACE.",
        ),
        (
            "a" * 310 + "@mail.example",
            "not a valid email address: The email address is too long (69 characters too many).",
        ),
    ],
)
def test_emails_refused(value: str, message: str) -> None:
    assert _refused(cells.email, value) == message
    assert _refused(fastcheck.email(cells.email), value) == message


def test_telegram_chat_ids_are_integers() -> None:
    assert cells.chat_id("123456789") == "123456789"
    assert cells.chat_id("-1001234567890") == "-1001234567890"
    for value in ("@anna", "12.5", "1" * 21):
        assert _refused(cells.chat_id, value) == "not a Telegram chat id (an integer)"


# ------------------------------------------------------------ small values


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        *[("true", True), ("TRUE", True), ("1", True), ("Yes", True)],
        *[("false", False), ("0", False), ("no", False), ("NO", False)],
    ],
)
def test_booleans(value: str, expected: bool) -> None:
    assert cells.boolean(value) is expected


@pytest.mark.parametrize("value", ["y", "2", "да", "on"])
def test_booleans_refused(value: str) -> None:
    assert _refused(cells.boolean, value) == "not one of true/false, 1/0, yes/no"


def test_nps_scores_are_whole_numbers_from_0_to_10() -> None:
    assert [cells.score(str(n)) for n in range(11)] == list(range(11))
    for value in ("11", "-1", "7.5", "07", "seven"):
        assert _refused(cells.score, value) == "not a whole number from 0 to 10"


def test_incident_kinds() -> None:
    assert cells.incident_kind("Complaint") == "complaint"
    assert _refused(cells.incident_kind, "refund") == (
        "not one of complaint, conflict, inquiry, contact_attempt"
    )


def test_time_zones_and_locales() -> None:
    assert CONV.timezone("Europe/Moscow") == "Europe/Moscow"
    for value in ("Moscow", "UTC+3", "../etc/passwd", "Europe/Moscow\x00"):
        assert _refused(CONV.timezone, value) == "not an IANA time zone name (e.g. Europe/Moscow)"
    assert CONV.locale("ru") == "ru"
    assert CONV.locale("en-GB") == "en_GB"
    for value in ("xx", "english", "ru_RU_RU_RU"):
        assert _refused(CONV.locale, value) == "not a known locale such as ru, en or en_GB"


# --------------------------------------------------------------------- text


def test_text_keeps_plain_text_and_refuses_controls_and_length() -> None:
    name = cells.text(10)
    assert name("Анна") == "Анна"
    assert _refused(name, "x" * 11) == "longer than 10 characters (11)"
    assert _refused(name, "a\tb") == "contains the control character U+0009"
    assert _refused(name, "a\u202eb") == "contains the control character U+202E"


def test_free_text_turns_controls_into_spaces_and_keeps_line_breaks() -> None:
    comment = cells.text(20, free=True)
    assert comment("one\r\ntwo\rthree\tfour") == "one\ntwo\nthree four"
    assert _refused(comment, "x" * 21) == "longer than 20 characters (21)"


def test_the_text_column_shortcut() -> None:
    fast = cells.text_column(5)
    assert fast(["abc", "de"]) == ["abc", "de"]
    assert fast(["abc", ""]) == ["abc", None]
    for column in (["abcdef"], ["a\nb"], []):
        assert fast(column) is None, column
    assert cells.text_column(5, required=True)(["abc", ""]) is None
    assert cells.text_column(5, free=True)(["a\nb"]) == ["a\nb"]


def test_tags_split_on_semicolons_once_each_ignoring_case() -> None:
    assert cells.tags("vip; retail;;VIP") == ("retail", "vip")
    assert cells.tags(" ; ") == ()
    assert _refused(cells.tags, "ok;" + "x" * 65) == (
        "tag 'xxxxxxxxxxxxxxxxxxxx'... is longer than 64 characters"
    )
    assert _refused(cells.tags, "a\u2028b") == "contains the control character U+2028"
