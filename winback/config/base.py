"""What every part of the configuration shares: the frozen pydantic Model that
rejects unknown keys and control characters, and the checked value types."""

from __future__ import annotations

import re
import zoneinfo
from email.headerregistry import HeaderRegistry
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)

CONFIG_ENV = "WINBACK_CONFIG"
DATABASE_URL_ENV = "WINBACK_DATABASE_URL"
DEFAULT_CONFIG_NAME = "winback.toml"
DEFAULT_DATABASE_URL = "sqlite:///winback.db"

# "call": no message; a task for the client's manager to phone them (winback.calls).
ChannelName = Literal["email", "sms", "telegram", "call"]
NonNegInt = Annotated[int, Field(ge=0)]
PosInt = Annotated[int, Field(ge=1)]
EnvName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]


# C0 controls, DEL and C1 controls. CR/LF in a setting that reaches a mail
# header, a URL or a request line would inject a header or a request.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Multi-line text that no template puts in a subject line: line breaks and tabs allowed.
_FREE_TEXT = frozenset({"description", "signature"})
_TEXT_LAYOUT = frozenset("\n\r\t")


def _no_control(value: str, layout_ok: bool = False) -> str:
    for char in _CONTROL.findall(value):
        if not (layout_ok and char in _TEXT_LAYOUT):
            raise ValueError(f"contains the control character {char!r}")
    return value


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("*")
    @classmethod
    def _no_control_characters(cls, value: Any, info: ValidationInfo) -> Any:
        layout_ok = info.field_name in _FREE_TEXT
        for text in value if isinstance(value, tuple) else (value,):
            if isinstance(text, str):
                _no_control(text, layout_ok)
        return value


def check_http_url(value: str) -> str:
    """An http(s) URL with a host and nothing a request line cannot carry."""
    _no_control(value)
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        raise ValueError("must be an http(s) URL, e.g. https://shop.example.com/winback")
    try:
        parts.port  # noqa: B018 -- raises on a port that is not a number 0-65535
    except ValueError:
        raise ValueError("has a port that is not a number from 1 to 65535") from None
    return value


def check_address(value: str) -> str:
    """One mail address, optionally with a display name: "Shop <shop@example.com>"."""
    _no_control(value)
    header = _HEADERS("from", value)
    addresses = header.addresses  # type: ignore[attr-defined]
    wrong = [d for d in header.defects if "Obsolete" not in type(d).__name__]
    if len(addresses) != 1 or wrong or not (addresses[0].username and addresses[0].domain):
        raise ValueError('must be one address, e.g. "Shop <shop@example.com>" or shop@example.com')
    return value


_HEADERS = HeaderRegistry()
HttpUrl = Annotated[str, AfterValidator(check_http_url)]
MailAddress = Annotated[str, AfterValidator(check_address)]


def check_timezone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{value!r} is not an IANA time zone name (e.g. Europe/Moscow)") from exc
    return value
