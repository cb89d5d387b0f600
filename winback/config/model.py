"""``[model]``: the BG/NBD model's refit schedule and time unit."""

from __future__ import annotations

import zoneinfo
from typing import Literal

from pydantic import field_validator

from winback.config.base import Model
from winback.schedule import cron_trigger


class ModelSettings(Model):
    # cron, in [scheduler] timezone: the daemon fits and stores the model
    # as of each of its times (once across workers); none: never by itself
    refit: str | None = None
    unit: Literal["days", "weeks"] = "weeks"  # `winback model fit` without --unit

    @field_validator("refit")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is not None:
            cron_trigger(value, zoneinfo.ZoneInfo("UTC"))  # CronError is a ValueError
        return value
