"""The manager-facing sections: ``[report]`` (how churn is measured, the
report's language) and ``[digest]`` (the weekly summary the daemon sends)."""

from __future__ import annotations

import zoneinfo
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from winback.config.base import Model, check_address
from winback.schedule import cron_trigger


class ReportSettings(Model):
    # A client is active at t with an order in (t - inactive_days, t].
    inactive_days: Annotated[int, Field(ge=1, le=3650)] = 180
    locale: Literal["en", "ru"] = "en"


class DigestSettings(Model):
    schedule: str = "0 9 * * mon"  # cron, in [scheduler] timezone
    channels: tuple[Literal["email", "telegram"], ...] = ("email",)
    email_to: tuple[str, ...] = ()
    telegram_chat_ids: tuple[Annotated[str, Field(pattern=r"^-?[0-9]{1,20}$")], ...] = ()

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str) -> str:
        cron_trigger(value, zoneinfo.ZoneInfo("UTC"))  # CronError is a ValueError
        return value

    @field_validator("email_to")
    @classmethod
    def _addresses(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for address in value:
            check_address(address)
        return value

    @model_validator(mode="after")
    def _recipients(self) -> DigestSettings:
        if not self.channels:
            raise ValueError("channels: at least one of email, telegram is needed")
        if len(set(self.channels)) != len(self.channels):
            raise ValueError("channels: a channel is listed twice")
        if "email" in self.channels and not self.email_to:
            raise ValueError("email_to is empty but channels has email")
        if "telegram" in self.channels and not self.telegram_chat_ids:
            raise ValueError("telegram_chat_ids is empty but channels has telegram")
        return self
