"""Logging to standard error, with personal data masked.

Code masks addresses itself (:func:`mask_email`, :func:`mask_phone`); the
filter below is a second line of defence that masks anything that still
looks like an email address or a phone number in a log line.
"""

from __future__ import annotations

import logging
import re
import sys

_EMAIL = re.compile(
    r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-])[A-Za-z0-9.-]*(\.[A-Za-z]{2,})"
)
# Phone-shaped: an optional + or (, then 10-15 digits, each pair of digits
# apart by at most one separator (a space, dot or dash; a bracket with an
# optional space). Not when it is part of something else: after a letter,
# digit, "-", "+" or "digit." (hex keys such as wb-1234567890ab…, UUIDs,
# decimals), before a letter, digit, "-" or ".digit", nor an ISO or Russian
# date with a time.
_SEP = r"(?:\)[ \t]?|[ \t]?\(|[ \t.-])?"
_PHONE = re.compile(
    r"(?<![\w+-])(?<!\d\.)(?!\d{4}-\d\d-\d\d|\d\d\.\d\d\.\d{4})"
    rf"[+(]?\d(?:{_SEP}\d){{9,14}}(?![\w-]|\.\d)"
)


def mask_email(address: str | None) -> str:
    if not address:
        return ""
    local, _, domain = address.partition("@")
    if not domain:
        return "***"
    host, _, tld = domain.rpartition(".")
    return f"{local[:1]}***@{(host or tld)[:1]}***.{tld if host else ''}".rstrip(".")


def mask_phone(phone: str | None) -> str:
    if not phone:
        return ""
    digits = re.sub(r"\D", "", phone)
    return f"+{'*' * max(len(digits) - 2, 0)}{digits[-2:]}" if len(digits) > 2 else "***"


def mask_address(channel: str, address: str | None) -> str:
    if channel == "email":
        return mask_email(address)
    if channel == "sms":
        return mask_phone(address)
    if not address:
        return ""
    return f"{address[:2]}***" if len(address) > 4 else "***"


def mask_text(text: str) -> str:
    """Mask every email address and phone number in free text."""
    text = _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}***{m.group(3)}", text)
    return _PHONE.sub(_masked_phone, text)


def _masked_phone(match: re.Match[str]) -> str:
    token = match.group(0)
    # One dot makes a decimal (3.14159265358979), dotted phones have two or more.
    return token if token.count(".") == 1 else mask_phone(token)


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_text(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def setup_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskingFilter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # Third-party libraries log request URLs (which hold bot tokens) at INFO.
    for noisy in (
        "httpx",
        "httpcore",
        "telegram",
        "aiosmtpd",
        "mail.log",
        "apscheduler",
        "alembic",
    ):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
