"""The import's fast paths give what the slow ones give.

* The email and phone shortcuts (winback/fastcheck.py) against email_validator
  and phonenumbers themselves, on generated values of every shape.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email

from winback.fastcheck import FastEmails, FastPhones

REGIONS = ["RU", "US", "GB", "DE", "IT", "KZ", "BR", "AR", "FR", "IN"]


def _library_phone(value: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phones(rnd: random.Random, count: int) -> list[str]:
    """Digit strings with national and international prefixes, some punctuated."""
    starts = ["", "8", "7", "0", "1", "810", "00", "011", "44", "49", "39", "380", "90", "89"]
    out = []
    while len(out) < count:
        digits = rnd.choice(starts) + "".join(rnd.choices("0123456789", k=rnd.randrange(15)))
        if not digits:
            continue
        if rnd.random() < 0.5:
            digits = "".join(
                rnd.choice([" ", "-", "(", ")", ""]) * (rnd.random() < 0.25) + c for c in digits
            )
        value = ("+" + digits if rnd.random() < 0.4 else digits).strip()
        if value:
            out.append(value)
    return out


@pytest.mark.parametrize("region", REGIONS)
def test_the_phone_shortcut_agrees_with_phonenumbers(region: str) -> None:
    fast = FastPhones(region)
    answered = 0
    for value in _phones(random.Random(region), 3000):
        got = fast.e164(value)
        if got is not None:
            answered += 1
            assert got == _library_phone(value, region), value
    assert answered > 100  # the shortcut does answer for common shapes
    if region == "RU":
        assert fast.e164("8 (916) 123-45-67") == "+79161234567"
        assert fast.e164("+7 916 123-45-67") == "+79161234567"


def test_the_email_shortcut_agrees_with_email_validator() -> None:
    rnd = random.Random(5)
    locals_ = ["ivan", "Olga.P", "a_b+c", "x-y", "info", "INFO", "Postmaster", "a..b", ".a", "a."]
    locals_ += ["", "a" * 70, "ab", "q!#$%&'*/=?^`{|}~"]
    domains = ["example.com", "Example.com", "mail.ru", "a-b.co.uk", "a--b.com", "xn--80a.ru"]
    domains += ["x.test", "x.local", "localhost", "com", "a.c0m", "a.b1", "-a.com", "a-.com"]
    domains += ["a." + "t" * 64, "a.arpa", "sub.onion", "b" * 64 + ".com", "b" * 63 + ".com"]
    domains += [("c" * 60 + ".") * 4 + "com", "a.technology"]
    values = [f"{rnd.choice(locals_)}@{rnd.choice(domains)}" for _ in range(3000)]
    chars = "abcXYZ019._+-@!#$%&'*/=?^`{|}~ \u00e9"
    values += ["".join(rnd.choices(chars, k=rnd.randrange(1, 20))) + "@a.ru" for _ in range(3000)]
    fast = FastEmails()
    answered = 0
    for value in values:
        if fast.plain(value):
            answered += 1
            try:
                assert validate_email(value, check_deliverability=False).normalized == value
            except EmailNotValidError as exc:  # pragma: no cover - the failure to report
                pytest.fail(f"{value!r}: {exc}")
    assert answered > 300
