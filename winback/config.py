"""Configuration: one TOML file (plus optional ``campaigns/*.toml`` beside it),
parsed once into frozen, validated objects. Nothing past this module sees raw
dicts or environment variables; secrets are read from the variables the
config names, never from the file.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
import zoneinfo
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from winback.errors import ConfigError, Problem

CONFIG_ENV = "WINBACK_CONFIG"
DATABASE_URL_ENV = "WINBACK_DATABASE_URL"
DEFAULT_CONFIG_NAME = "winback.toml"
DEFAULT_DATABASE_URL = "sqlite:///winback.db"

ChannelName = Literal["email", "sms", "telegram"]
NonNegInt = Annotated[int, Field(ge=0)]
PosInt = Annotated[int, Field(ge=1)]
EnvName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


# --------------------------------------------------------------------- sections


class DatabaseSettings(Model):
    url: str = DEFAULT_DATABASE_URL


class LoggingSettings(Model):
    level: Literal["debug", "info", "warning", "error"] = "info"


class SchedulerSettings(Model):
    timezone: str = "UTC"

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


class CompanySettings(Model):
    name: str = "Our shop"
    url: str | None = None
    support_email: str | None = None
    phone: str | None = None
    signature: str | None = None


class UnsubscribeSettings(Model):
    base_url: str = "https://example.com/winback"
    secret_env: EnvName = "WINBACK_UNSUBSCRIBE_SECRET"

    @field_validator("base_url")
    @classmethod
    def _http(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http(s) URL, e.g. https://shop.example.com/winback")
        return value.rstrip("/")


class ChannelSettings(Model):
    """Keys every channel has."""

    outbox_dir: Path = Path("outbox")
    rate_per_second: Annotated[float, Field(gt=0)] = 10.0
    max_attempts: PosInt = 5
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
    from_: str = Field("Shop <shop@example.com>", alias="from")
    reply_to: str | None = None

    @model_validator(mode="after")
    def _login_needs_password(self) -> EmailSettings:
        if self.transport == "smtp" and self.username and not self.password_env:
            raise ValueError("username is set but password_env is not")
        return self


class SmsSettings(ChannelSettings):
    transport: Literal["http", "file"] = "file"
    provider: Literal["generic", "smsru", "twilio"] = "generic"
    url: str | None = None
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
    base_url: str | None = None
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
            raise ValueError(
                "no lost-criterion is set: give at least one of last_order_days_min, "
                "last_order_days_max, overdue_factor, nps_max, conflict_within_days, "
                "inquiries_without_purchase, unreachable_attempts"
            )
        lo, hi = self.last_order_days_min, self.last_order_days_max
        if lo is not None and hi is not None and lo > hi:
            raise ValueError(
                f"last_order_days_min ({lo}) is greater than last_order_days_max ({hi})"
            )
        if self.nps_within_days is not None and self.nps_max is None:
            raise ValueError("nps_within_days is set but nps_max is not")
        return self

    def criteria(self) -> tuple[str, ...]:
        """The reasons this campaign looks for, in a fixed order."""
        out = []
        if self.last_order_days_min is not None or self.last_order_days_max is not None:
            out.append("recency")
        if self.overdue_factor is not None:
            out.append("overdue")
        if self.nps_max is not None:
            out.append("nps")
        if self.conflict_within_days is not None:
            out.append("conflict")
        if self.inquiries_without_purchase is not None:
            out.append("inquiries")
        if self.unreachable_attempts is not None:
            out.append("unreachable")
        return tuple(out)

    @property
    def min_revenue_minor(self) -> int | None:
        return None if self.min_revenue is None else int(self.min_revenue * 100)


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

    @property
    def templates_folder(self) -> str:
        return self.templates or self.name


# ---------------------------------------------------------------------- settings


class Settings(Model):
    database: DatabaseSettings = DatabaseSettings()
    logging: LoggingSettings = LoggingSettings()
    scheduler: SchedulerSettings = SchedulerSettings()
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


# ---------------------------------------------------------------------- loading


def check_timezone(value: str) -> str:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{value!r} is not an IANA time zone name (e.g. Europe/Moscow)") from exc
    return value


def find_config_path(explicit: str | os.PathLike[str] | None) -> Path | None:
    """--config, else $WINBACK_CONFIG, else ./winback.toml if it exists."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    default = Path(DEFAULT_CONFIG_NAME)
    return default if default.exists() else None


def load_config(
    path: str | os.PathLike[str] | None = None,
    *,
    check_secrets: bool = False,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Read, validate and resolve the configuration; every problem at once.

    With no file found, the defaults apply (SQLite ``winback.db`` in the
    current folder, file transports). ``check_secrets`` also requires every
    environment variable the configured transports name.
    """
    env = os.environ if environ is None else environ
    config_path = find_config_path(path)
    problems: list[Problem] = []
    raw: dict[str, Any] = {}
    files: dict[int, str] = {}
    if config_path is not None:
        raw = _read_toml(config_path, problems)
        if not problems:
            raw, files = _with_campaign_files(config_path, raw, problems)
    if problems:
        raise ConfigError(_headline(config_path), problems)
    where = str(config_path) if config_path else "(defaults)"
    try:
        settings = Settings.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(_headline(config_path), _problems(where, exc, files)) from None
    settings = _resolved(settings, config_path, env)
    problems.extend(_check_campaigns(settings, where))
    if check_secrets:
        problems.extend(_check_secrets(settings, env, where))
    if problems:
        raise ConfigError(_headline(config_path), problems)
    return settings


def _headline(path: Path | None) -> str:
    return f"invalid configuration in {path}" if path else "invalid configuration"


def _read_toml(path: Path, problems: list[Problem]) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(str(path), "file not found (see `winback init`)"))
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(str(path), f"cannot read: {exc}"))
        return {}
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(Problem(str(path), f"not valid TOML: {exc}"))
        return {}


def _with_campaign_files(
    path: Path, raw: dict[str, Any], problems: list[Problem]
) -> tuple[dict[str, Any], dict[int, str]]:
    """Campaigns from ``campaigns/*.toml`` beside the config, one per file.

    Returns the merged document and which campaign index came from which file.
    """
    folder = path.parent / "campaigns"
    inline = raw.get("campaigns", [])
    if not folder.is_dir() or not isinstance(inline, list):
        return raw, {}  # a wrong type is reported by validation
    campaigns = list(inline)
    files: dict[int, str] = {}
    for file in sorted(folder.glob("*.toml")):
        data = _read_toml(file, problems)
        if data:
            data.setdefault("name", file.stem)
            files[len(campaigns)] = str(file)
            campaigns.append(data)
    return {**raw, "campaigns": campaigns}, files


def _problems(where: str, exc: ValidationError, files: dict[int, str]) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = list(err["loc"])
        file = where
        if len(loc) >= 2 and loc[0] == "campaigns" and loc[1] in files:
            file = files[loc[1]]
            loc = loc[2:]
        # pydantic reports union members and function validators in loc; drop them
        loc = [
            part
            for part in loc
            if not (isinstance(part, str) and ("[" in part or part.startswith("function-")))
        ]
        key = _keypath(loc)
        if err["type"] == "extra_forbidden":
            reason = "unknown key"
        elif err["type"] == "missing":
            reason = "required key is missing"
        else:
            reason = err["msg"].removeprefix("Value error, ")
            if (
                "input" in err
                and err["type"] not in ("model_type",)
                and not isinstance(err["input"], dict)
            ):
                reason = f"{reason} (got {err['input']!r})"
        out.append(Problem(f"{file}: {key}" if key else file, reason))
    return out


def _keypath(loc: list[Any]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            part = "import" if part == "import_" else "from" if part == "from_" else part
            path += f".{part}" if path else str(part)
    return path


def _resolved(settings: Settings, path: Path | None, env: Mapping[str, str]) -> Settings:
    base = path.parent if path else Path.cwd()
    url = env.get(DATABASE_URL_ENV) or settings.database.url
    url = _sqlite_relative_to(url, base)
    templates_dir = settings.templates_dir
    if not templates_dir.is_absolute():
        templates_dir = (base / templates_dir).resolve()
    return settings.model_copy(
        update={
            "source": path.resolve() if path else None,
            "database": DatabaseSettings(url=url),
            "templates_dir": templates_dir,
        }
    )


def _sqlite_relative_to(url: str, base: Path) -> str:
    prefix = "sqlite:///"
    if url.startswith(prefix):
        rest = url[len(prefix) :]
        db, sep, query = rest.partition("?")
        if db and db != ":memory:" and not db.startswith("/"):
            return f"{prefix}{(base / db).resolve()}{sep}{query}"
    return url


def _check_campaigns(settings: Settings, where: str) -> list[Problem]:
    problems = []
    seen: set[str] = set()
    for i, campaign in enumerate(settings.campaigns):
        key = f"{where}: campaigns[{i}]"
        if campaign.name in seen:
            problems.append(Problem(f"{key}.name", f"campaign {campaign.name!r} is defined twice"))
        seen.add(campaign.name)
        folder = settings.templates_dir / campaign.templates_folder
        if not folder.is_dir():
            problems.append(
                Problem(
                    f"{key}.templates",
                    f"template folder {campaign.templates_folder!r} not found in {settings.templates_dir}",
                )
            )
    return problems


def _check_secrets(settings: Settings, env: Mapping[str, str], where: str) -> list[Problem]:
    needed: list[tuple[str, str]] = []
    email, sms, tg = settings.channels.email, settings.channels.sms, settings.channels.telegram
    if email and email.transport == "smtp" and email.password_env:
        needed.append(("channels.email.password_env", email.password_env))
    if sms and sms.transport == "http" and sms.token_env:
        needed.append(("channels.sms.token_env", sms.token_env))
    if tg and tg.transport == "bot" and tg.token_env:
        needed.append(("channels.telegram.token_env", tg.token_env))
    needed.append(("unsubscribe.secret_env", settings.unsubscribe.secret_env))
    return [
        Problem(f"{where}: {key}", f"environment variable {name} is not set")
        for key, name in needed
        if not env.get(name)
    ]
