"""The configuration's schema: frozen, validated sections, campaigns and the
whole Settings (pydantic, extra keys forbidden)."""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    Field,
    field_validator,
    model_validator,
)

from winback.config.base import (
    DEFAULT_DATABASE_URL,
    EnvName,
    HttpUrl,
    MailAddress,
    Model,
    PosInt,
    check_timezone,
)
from winback.config.campaign import Campaign
from winback.config.listen import split_listen
from winback.config.model import ModelSettings
from winback.config.reporting import DigestSettings, ReportSettings
from winback.config.secret import unsubscribe_secret
from winback.errors import ConfigError, Problem

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
    # how often the daemon brings outcomes up to date (winback attribute)
    attribute_interval_seconds: Annotated[int, Field(ge=10, le=7 * 86400)] = 900

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


class CallSettings(Model):
    """The "call" channel: a task for the client's manager instead of a message.
    Nothing is sent, so it has none of the transport keys; the section is optional."""

    # a task is due this many days after its cycle was planned
    due_days: Annotated[int, Field(ge=0, le=90)] = 3


class ChannelsSettings(Model):
    email: EmailSettings | None = None
    sms: SmsSettings | None = None
    telegram: TelegramSettings | None = None
    call: CallSettings = CallSettings()

    def get(self, name: str) -> ChannelSettings | None:
        value = getattr(self, name, None)
        return value if isinstance(value, ChannelSettings) else None


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
    report: ReportSettings = ReportSettings()
    digest: DigestSettings | None = None
    model: ModelSettings | None = None

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
