"""Configuration: one TOML file (plus optional ``campaigns/*.toml`` beside it),
parsed once into frozen, validated objects. Nothing past this module sees raw
dicts or environment variables; secrets are read from the variables the
config names, never from the file.
"""

from __future__ import annotations

from winback.config.base import (
    CONFIG_ENV,
    DATABASE_URL_ENV,
    DEFAULT_CONFIG_NAME,
    DEFAULT_DATABASE_URL,
    ChannelName,
    Model,
    check_address,
    check_http_url,
    check_timezone,
)
from winback.config.campaign import Campaign, Cost, Offer, Priority, QuietHours, SelectCriteria
from winback.config.loading import find_config_path, load_config
from winback.config.model import ModelSettings
from winback.config.reporting import DigestSettings, ReportSettings
from winback.config.schema import (
    CallSettings,
    ChannelSettings,
    ChannelsSettings,
    CompanySettings,
    DatabaseSettings,
    EmailSettings,
    HttpSettings,
    ImportSettings,
    LoggingSettings,
    SchedulerSettings,
    Settings,
    SmsSettings,
    TelegramSettings,
    UnsubscribeSettings,
    split_listen,
)
from winback.config.secret import (
    EXAMPLE_SECRETS,
    MAKE_SECRET,
    MIN_SECRET_LENGTH,
    SECRET_FILE,
    secret_weakness,
    unsubscribe_secret,
    write_secret_file,
)

__all__ = [
    "CONFIG_ENV",
    "DATABASE_URL_ENV",
    "DEFAULT_CONFIG_NAME",
    "DEFAULT_DATABASE_URL",
    "EXAMPLE_SECRETS",
    "MAKE_SECRET",
    "MIN_SECRET_LENGTH",
    "SECRET_FILE",
    "CallSettings",
    "Campaign",
    "ChannelName",
    "ChannelSettings",
    "ChannelsSettings",
    "CompanySettings",
    "Cost",
    "DatabaseSettings",
    "DigestSettings",
    "EmailSettings",
    "HttpSettings",
    "ImportSettings",
    "LoggingSettings",
    "Model",
    "ModelSettings",
    "Offer",
    "Priority",
    "QuietHours",
    "ReportSettings",
    "SchedulerSettings",
    "SelectCriteria",
    "Settings",
    "SmsSettings",
    "TelegramSettings",
    "UnsubscribeSettings",
    "check_address",
    "check_http_url",
    "check_timezone",
    "find_config_path",
    "load_config",
    "secret_weakness",
    "split_listen",
    "unsubscribe_secret",
    "write_secret_file",
]
