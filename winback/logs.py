"""Logging to standard error, as text or JSON lines, with personal data masked.

Code masks addresses itself (:func:`mask_email`, :func:`mask_phone`); the
filter below is a second line of defence that masks anything that still
looks like an email address or a phone number in a log line, and the
formatters mask exception texts and context fields the same way.

Context (campaign, cycle, message id, worker) is bound with
:func:`log_context` and added to every record logged inside it, also from
asyncio tasks started inside (they copy the context).
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import MappingProxyType
from typing import Any

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
    if channel in ("sms", "call"):
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


# ------------------------------------------------------------------ context

# The fields JSON lines carry when known: from the bound context or extra=.
CONTEXT_FIELDS = ("campaign", "cycle", "message_id", "worker")
_CONTEXT: contextvars.ContextVar[Mapping[str, Any]] = contextvars.ContextVar(
    "winback_log_context", default=MappingProxyType({})
)
# A context field may not overwrite what a LogRecord already has (name, msg, …).
_RECORD_KEYS = frozenset(vars(logging.makeLogRecord({}))) | {"message", "asctime", "exc"}
_BOUND = "winback_context"  # the record attribute listing the bound keys


def bind_log_context(**fields: Any) -> contextvars.Token[Mapping[str, Any]]:
    """Add ``fields`` to every record logged from now on in this context;
    :func:`unbind_log_context` with the returned token undoes it."""
    clash = sorted(set(fields) & _RECORD_KEYS)
    if clash:
        raise ValueError(f"log context fields clash with LogRecord attributes: {clash}")
    return _CONTEXT.set(MappingProxyType({**_CONTEXT.get(), **fields}))


def unbind_log_context(token: contextvars.Token[Mapping[str, Any]]) -> None:
    _CONTEXT.reset(token)


@contextmanager
def log_context(**fields: Any) -> Iterator[None]:
    """Records logged inside the block (and in tasks started there) carry ``fields``."""
    token = bind_log_context(**fields)
    try:
        yield
    finally:
        unbind_log_context(token)


def current_log_context() -> dict[str, Any]:
    return dict(_CONTEXT.get())


class ContextFilter(logging.Filter):
    """Copies the bound context onto the record; ``extra=`` given to the call wins."""

    def filter(self, record: logging.LogRecord) -> bool:
        bound = _CONTEXT.get()
        for key, value in bound.items():
            if key not in record.__dict__:
                setattr(record, key, value)
        setattr(record, _BOUND, tuple(bound))
        return True


def record_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The context fields of a record (known ones first), None left out."""
    keys = dict.fromkeys([*CONTEXT_FIELDS, *getattr(record, _BOUND, ())])
    values = {key: record.__dict__.get(key) for key in keys}
    return {key: value for key, value in values.items() if value is not None}


# --------------------------------------------------------------- formatters


def _masked(value: Any) -> Any:
    return mask_text(value) if isinstance(value, str) else value


class TextFormatter(logging.Formatter):
    """The classic line; exception texts and stacks masked too."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def formatException(self, ei: Any) -> str:
        return mask_text(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:
        return mask_text(super().formatStack(stack_info))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (ISO 8601, UTC), level, logger, message,
    the context fields, and exc for an exception."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": mask_text(record.getMessage()),
        }
        for key, value in record_fields(record).items():
            line.setdefault(key, _masked(value))
        if record.exc_info:
            record.exc_text = record.exc_text or self.formatException(record.exc_info)
        if record.exc_text:
            line["exc"] = mask_text(record.exc_text)
        if record.stack_info:
            line["stack"] = mask_text(self.formatStack(record.stack_info))
        return json.dumps(line, ensure_ascii=False, default=str)


# -------------------------------------------------------------------- setup


def setup_logging(level: str, fmt: str = "text") -> None:
    """Log records at ``level`` and above to standard error as ``fmt``
    ("text" or "json"), personal data masked."""
    if fmt not in ("text", "json"):
        raise ValueError(f"unknown log format {fmt!r} (text or json)")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    handler.addFilter(MaskingFilter())
    handler.addFilter(ContextFilter())
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


class _Held(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def logs_held() -> Iterator[None]:
    """Hold what is logged inside the block and emit it at the end through
    the handlers then in place: what is logged while the configuration (which
    says how to log) is read comes out in the format it sets."""
    root = logging.getLogger()
    saved = list(root.handlers)
    held = _Held()
    for handler in saved:
        root.removeHandler(handler)
    root.addHandler(held)
    try:
        yield
    finally:
        root.removeHandler(held)
        if not root.handlers:  # logging was not set up inside: back to before
            for handler in saved:
                root.addHandler(handler)
        for record in held.records:
            logger = logging.getLogger(record.name)
            if record.levelno >= logger.getEffectiveLevel():
                logger.handle(record)
