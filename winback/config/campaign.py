"""A campaign: who is lost (select), who first (priority), what is offered,
when not to write (quiet hours), how returns are judged and what it costs."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import (
    Field,
    field_validator,
    model_validator,
)

from winback.config.base import ChannelName, Model, NonNegInt, PosInt
from winback.money import to_minor
from winback.schedule import cron_trigger

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
    # the BG/NBD model (winback model fit): probably gone, few purchases expected
    p_alive_max: Annotated[float, Field(gt=0, lt=1)] | None = None
    expected_purchases_max: Annotated[float, Field(gt=0)] | None = None
    expected_horizon_days: Annotated[int, Field(ge=1, le=3650)] = 90
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
    # revenue x (1 - P(alive)) over the largest revenue: the BG/NBD model's
    value_at_risk_weight: Annotated[float, Field(ge=0)] = 0.0
    window_days: NonNegInt = 0

    @model_validator(mode="after")
    def _some_weight(self) -> Priority:
        if self.revenue_weight + self.frequency_weight + self.value_at_risk_weight == 0:
            raise ValueError("revenue_weight, frequency_weight and value_at_risk_weight are all 0")
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


class Cost(Model):
    """What contact costs, in major units of the default currency: per sent
    message, per segment of a sent SMS, per call task created. A key left out
    costs nothing."""

    email: Annotated[Decimal, Field(ge=0, le=1_000_000)] = Decimal(0)
    sms_segment: Annotated[Decimal, Field(ge=0, le=1_000_000)] = Decimal(0)
    telegram: Annotated[Decimal, Field(ge=0, le=1_000_000)] = Decimal(0)
    call: Annotated[Decimal, Field(ge=0, le=1_000_000)] = Decimal(0)


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
    # An assignment returned when the client ordered within this many days of
    # it (or redeemed its offer code at any time after it).
    attribution_days: Annotated[int, Field(ge=1, le=365)] = 30
    cost: Cost | None = None

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

    @property
    def uses_model(self) -> bool:
        """Whether selecting for it needs a stored BG/NBD fit (`winback model fit`)."""
        sel = self.select
        return (
            sel.p_alive_max is not None
            or sel.expected_purchases_max is not None
            or self.priority.value_at_risk_weight > 0
        )
