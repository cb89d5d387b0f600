"""The configuration's schema: frozen, validated sections, campaigns and the
whole Settings (pydantic, extra keys forbidden)."""

from __future__ import annotations

import datetime as dt
import os
import re
import zoneinfo
from decimal import Decimal
from email.headerregistry import HeaderRegistry
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from winback.config.listen import split_listen
from winback.config.secret import unsubscribe_secret
from winback.errors import ConfigError, Problem
from winback.money import to_minor
from winback.schedule import cron_trigger

CONFIG_ENV = "WINBACK_CONFIG"
DATABASE_URL_ENV = "WINBACK_DATABASE_URL"
DEFAULT_CONFIG_NAME = "winback.toml"
DEFAULT_DATABASE_URL = "sqlite:///winback.db"

ChannelName = Literal["email", "sms", "telegram"]
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


# --------------------------------------------------------------------- sections


class DatabaseSettings(Model):
    url: str = DEFAULT_DATABASE_URL


class LoggingSettings(Model):
    level: Literal["debug", "info", "warning", "error"] = "info"
    format: Literal["text", "json"] = "text"


class HttpSettings(Model):
    """The daemon's HTTP endpoint (unsubscribe, health, metrics); off without ``listen``."""

    listen: str | None = None

    @field_validator("listen")
    @classmethod
    def _host_and_port(cls, value: str | None) -> str | None:
        if value is not None:
            split_listen(value)
        return value

    @property
    def enabled(self) -> bool:
        return self.listen is not None

    @property
    def host(self) -> str:
        return split_listen(self._listen())[0]

    @property
    def port(self) -> int:
        return split_listen(self._listen())[1]

    def _listen(self) -> str:
        if self.listen is None:
            raise ValueError("[http] listen is not set: the HTTP endpoint is off")
        return self.listen


class SchedulerSettings(Model):
    timezone: str = "UTC"
    # scheduled times missed while no daemon ran are run once at start if the
    # latest is at most this old
    misfire_grace_seconds: Annotated[int, Field(ge=0, le=7 * 86400)] = 3600
    send_interval_seconds: Annotated[int, Field(ge=1, le=86400)] = 60
    heartbeat_seconds: Annotated[int, Field(ge=1, le=3600)] = 10
    shutdown_timeout_seconds: Annotated[int, Field(ge=1, le=3600)] = 30

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return check_timezone(value)

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)


class ImportSettings(Model):
    default_region: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] = "RU"
    default_currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "RUB"
    # The dates accepted in data and as --as-of (timeutil.Plausible). 1900 at
    # the earliest: month arithmetic stays far from year 1.
    earliest_date: Annotated[dt.date, Field(ge=dt.date(1900, 1, 1))] = dt.date(1970, 1, 1)
    max_days_ahead: Annotated[int, Field(ge=0, le=3660)] = 366


class CompanySettings(Model):
    name: str = "Our shop"
    url: HttpUrl | None = None
    support_email: str | None = None
    phone: str | None = None
    signature: str | None = None


class UnsubscribeSettings(Model):
    base_url: HttpUrl = "https://example.com/winback"
    secret_env: EnvName = "WINBACK_UNSUBSCRIBE_SECRET"

    @field_validator("base_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")


class ChannelSettings(Model):
    """Keys every channel has."""

    outbox_dir: Path = Path("outbox")
    rate_per_second: Annotated[float, Field(gt=0)] = 10.0
    max_attempts: PosInt = 8
    backoff_seconds: Annotated[float, Field(ge=0)] = 2.0
    timeout_seconds: Annotated[float, Field(gt=0)] = 10.0
    max_retry_wait_seconds: Annotated[float, Field(ge=0)] = 60.0
    concurrency: PosInt = 20


class EmailSettings(ChannelSettings):
    transport: Literal["smtp", "file"] = "file"
    host: str = "localhost"
    port: Annotated[int, Field(ge=1, le=65535)] = 587
    tls: Literal["none", "starttls", "ssl"] = "starttls"
    username: str | None = None
    password_env: EnvName | None = None
    from_: MailAddress = Field("Shop <shop@example.com>", alias="from")
    reply_to: MailAddress | None = None

    @model_validator(mode="after")
    def _login_needs_password(self) -> EmailSettings:
        if self.transport == "smtp" and self.username and not self.password_env:
            raise ValueError("username is set but password_env is not")
        return self


class SmsSettings(ChannelSettings):
    transport: Literal["http", "file"] = "file"
    provider: Literal["generic", "smsru", "twilio"] = "generic"
    url: HttpUrl | None = None
    token_env: EnvName | None = None
    account_sid: str | None = None  # twilio
    sender: str = "SHOP"
    sms_max_segments: PosInt = 3
    rate_per_second: Annotated[float, Field(gt=0)] = 20.0

    @model_validator(mode="after")
    def _http_needs_url(self) -> SmsSettings:
        if self.transport == "http":
            if self.provider == "generic" and not self.url:
                raise ValueError("transport 'http' with provider 'generic' needs url")
            if not self.token_env:
                raise ValueError("transport 'http' needs token_env")
            if self.provider == "twilio" and not self.account_sid:
                raise ValueError("provider 'twilio' needs account_sid")
        return self


class TelegramSettings(ChannelSettings):
    transport: Literal["bot", "file"] = "file"
    token_env: EnvName | None = None
    base_url: HttpUrl | None = None
    rate_per_second: Annotated[float, Field(gt=0)] = 25.0
    per_chat_interval_seconds: Annotated[float, Field(ge=0)] = 1.0

    @model_validator(mode="after")
    def _bot_needs_token(self) -> TelegramSettings:
        if self.transport == "bot" and not self.token_env:
            raise ValueError("transport 'bot' needs token_env")
        return self


class ChannelsSettings(Model):
    email: EmailSettings | None = None
    sms: SmsSettings | None = None
    telegram: TelegramSettings | None = None

    def get(self, name: str) -> ChannelSettings | None:
        value = getattr(self, name, None)
        return value if isinstance(value, ChannelSettings) else None


# -------------------------------------------------------------------- campaigns


class SelectCriteria(Model):
    match: Literal["any", "all"] = "any"
    last_order_days_min: NonNegInt | None = None
    last_order_days_max: NonNegInt | None = None
    overdue_factor: Annotated[float, Field(gt=0)] | None = None
    overdue_min_orders: Annotated[int, Field(ge=2)] = 3
    nps_max: Annotated[int, Field(ge=0, le=10)] | None = None
    nps_within_days: NonNegInt | None = None
    conflict_within_days: NonNegInt | None = None
    inquiries_without_purchase: PosInt | None = None
    unreachable_attempts: PosInt | None = None
    # filters, AND-ed with the criteria
    min_orders: NonNegInt | None = None
    min_revenue: Annotated[Decimal, Field(ge=0, decimal_places=2)] | None = None
    tags_include: tuple[str, ...] = ()
    tags_exclude: tuple[str, ...] = ()
    abc: tuple[Literal["A", "B", "C"], ...] = ()
    xyz: tuple[Literal["X", "Y", "Z"], ...] = ()

    @model_validator(mode="after")
    def _sane(self) -> SelectCriteria:
        if not self.criteria():
            from winback.selection.criteria import LOST_CRITERIA

            fields = ", ".join(name for c in LOST_CRITERIA for name in c.fields)
            raise ValueError(f"no lost-criterion is set: give at least one of {fields}")
        lo, hi = self.last_order_days_min, self.last_order_days_max
        if lo is not None and hi is not None and lo > hi:
            raise ValueError(
                f"last_order_days_min ({lo}) is greater than last_order_days_max ({hi})"
            )
        if self.nps_within_days is not None and self.nps_max is None:
            raise ValueError("nps_within_days is set but nps_max is not")
        return self

    def criteria(self) -> tuple[str, ...]:
        """The reasons this campaign looks for, in the registry's order."""
        from winback.selection.criteria import LOST_CRITERIA  # selection imports config

        return tuple(criterion.name for criterion in LOST_CRITERIA if criterion.wanted(self))

    @property
    def min_revenue_minor(self) -> int | None:
        return None if self.min_revenue is None else to_minor(self.min_revenue)


class Priority(Model):
    revenue_weight: Annotated[float, Field(ge=0)] = 0.5
    frequency_weight: Annotated[float, Field(ge=0)] = 0.5
    window_days: NonNegInt = 0

    @model_validator(mode="after")
    def _some_weight(self) -> Priority:
        if self.revenue_weight + self.frequency_weight == 0:
            raise ValueError("revenue_weight and frequency_weight are both 0")
        return self


class Offer(Model):
    discount_percent: Annotated[int, Field(ge=1, le=100)] | None = None
    discount_amount: Annotated[Decimal, Field(gt=0, decimal_places=2)] | None = None
    code_prefix: Annotated[str, Field(pattern=r"^[A-Z0-9]{0,12}$")] = "WB"
    valid_days: PosInt = 14
    gift: str | None = None

    @model_validator(mode="after")
    def _one_discount(self) -> Offer:
        if self.discount_percent is not None and self.discount_amount is not None:
            raise ValueError("give discount_percent or discount_amount, not both")
        if self.discount_percent is None and self.discount_amount is None and not self.gift:
            raise ValueError("an offer needs discount_percent, discount_amount or gift")
        return self


_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class QuietHours(Model):
    start: str = "21:00"
    end: str = "09:00"

    @field_validator("start", "end")
    @classmethod
    def _hhmm(cls, value: str) -> str:
        if not _HHMM.match(value):
            raise ValueError(f"{value!r} is not a time of day as HH:MM (00:00..23:59)")
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> QuietHours:
        if self.start == self.end:
            raise ValueError("start and end are equal: the quiet period would be empty")
        return self

    @property
    def start_time(self) -> dt.time:
        return dt.time.fromisoformat(self.start)

    @property
    def end_time(self) -> dt.time:
        return dt.time.fromisoformat(self.end)


class Campaign(Model):
    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
    description: str = ""
    enabled: bool = True
    schedule: str | None = None  # cron, in [scheduler] timezone; none: only run-once runs it
    templates: str | None = None  # folder under templates_dir; default: the name
    channels: tuple[ChannelName, ...] = ("email",)
    max_per_run: PosInt = 500
    cooldown_days: NonNegInt = 90
    holdout_percent: Annotated[int, Field(ge=0, le=50)] = 10
    fallback: bool = False
    quiet_hours: QuietHours | None = None
    select: SelectCriteria
    priority: Priority = Priority()
    offer: Offer | None = None

    @field_validator("channels")
    @classmethod
    def _unique_channels(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("at least one channel is needed")
        if len(set(value)) != len(value):
            raise ValueError("a channel is listed twice")
        return value

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is not None:
            cron_trigger(value, zoneinfo.ZoneInfo("UTC"))  # CronError is a ValueError
        return value

    @property
    def templates_folder(self) -> str:
        return self.templates or self.name


# ---------------------------------------------------------------------- settings


class Settings(Model):
    database: DatabaseSettings = DatabaseSettings()
    logging: LoggingSettings = LoggingSettings()
    scheduler: SchedulerSettings = SchedulerSettings()
    http: HttpSettings = HttpSettings()

    templates_dir: Path = Path("campaign_templates")
    import_: ImportSettings = Field(ImportSettings(), alias="import")
    company: CompanySettings = CompanySettings()
    unsubscribe: UnsubscribeSettings = UnsubscribeSettings()
    channels: ChannelsSettings = ChannelsSettings()
    campaigns: tuple[Campaign, ...] = ()

    # Filled by load_config, not by the file.
    source: Path | None = Field(None, exclude=True)

    @property
    def base_dir(self) -> Path:
        return self.source.parent if self.source else Path.cwd()

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return self.scheduler.tz

    def campaign(self, name: str) -> Campaign:
        for campaign in self.campaigns:
            if campaign.name == name:
                return campaign
        known = ", ".join(c.name for c in self.campaigns) or "none are configured"
        raise ConfigError(
            f"unknown campaign {name!r}", [Problem(str(self.source or "config"), f"known: {known}")]
        )

    def secret(self, env_name: str) -> str:
        """The secret in environment variable ``env_name``; for the unsubscribe
        secret, also the file `winback init` wrote, and it must be strong."""
        if env_name == self.unsubscribe.secret_env:
            value, problem = unsubscribe_secret(self, os.environ)
            if problem is not None:
                raise ConfigError("the unsubscribe secret is unusable", [problem])
            return str(value)
        value = os.environ.get(env_name)
        if not value:
            raise ConfigError(
                "a secret is missing",
                [Problem(f"environment variable {env_name}", "is not set or empty")],
            )
        return value

    def outbox_dir(self, channel: str) -> Path:
        settings = self.channels.get(channel)
        path = settings.outbox_dir if settings else Path("outbox")
        return path if path.is_absolute() else self.base_dir / path


def check_timezone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{value!r} is not an IANA time zone name (e.g. Europe/Moscow)") from exc
    return value
