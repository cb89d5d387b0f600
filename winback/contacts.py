"""Who a message goes to and what we know of their orders, as frozen values.

A :class:`Contact` and a :class:`History` are read once with the claim
(outcomes.claims) or the selection (a dry run) and travel unchanged to
rendering and the channel; the channel → address mapping lives here only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from winback.models.base import CHANNELS

# "call": no message, a task for the client's manager (winback.calls).
CALL = "call"
# The Client attribute (and column) holding each channel's address.
ADDRESS_FIELDS = {
    "email": "email",
    "sms": "phone",
    "telegram": "telegram_chat_id",
    CALL: "phone",
}
# The consent a channel needs, where it is another channel's: the CRM keeps
# one consent for the phone number (38-FZ asks it for calls as for SMS).
CONSENT_OF = {CALL: "sms"}


@dataclass(frozen=True, slots=True)
class Contact:
    """A client's addresses, consents, time zone and locale (no ORM object)."""

    client_id: int
    external_id: str
    name: str | None = None
    manager: str | None = None
    email: str | None = None
    phone: str | None = None
    telegram_chat_id: str | None = None
    timezone: str | None = None
    locale: str | None = None
    consents: frozenset[str] = frozenset()  # the channels the client agreed to

    def address(self, channel: str) -> str | None:
        """The client's address on `channel` (None when there is none)."""
        value: str | None = getattr(self, ADDRESS_FIELDS[channel])
        return value

    def usable_channel(
        self,
        channels: tuple[str, ...],
        suppressed: frozenset[str],
        *,
        skip: frozenset[str] = frozenset(),
    ) -> str | None:
        """The first of `channels` with an address, consent and no suppression."""
        addresses = {ch: self.address(ch) for ch in ADDRESS_FIELDS}
        consent = {ch: CONSENT_OF.get(ch, ch) in self.consents for ch in ADDRESS_FIELDS}
        return first_usable_channel(channels, addresses, consent, suppressed, skip=skip)


def first_usable_channel(
    channels: tuple[str, ...],
    addresses: dict[str, str | None],
    consent: dict[str, bool],
    suppressed: frozenset[str],
    *,
    skip: frozenset[str] = frozenset(),
) -> str | None:
    """The first channel in preference order with an address, consent and no
    suppression. A call is the most personal contact: a client suppressed or
    opted out on any channel (``suppressed`` non-empty) is never called."""
    for channel in channels:
        if channel in skip or channel in suppressed or (channel == CALL and suppressed):
            continue
        if addresses.get(channel) and consent.get(channel):
            return channel
    return None


def suppression_channels(channels: tuple[str, ...]) -> tuple[str, ...]:
    """The channels whose suppressions decide which of ``channels`` a client
    can be reached on: their own, every one when a call is among them."""
    return CHANNELS if CALL in channels else channels


def consents_of(flags: Iterable[tuple[str, object]]) -> frozenset[str]:
    """(channel, consent flag) pairs → the channels consented to."""
    return frozenset(channel for channel, given in flags if given)


@dataclass(frozen=True, slots=True)
class History:
    """A client's order figures as the plan recorded them."""

    orders: int = 0
    revenue_minor: int = 0
    last_order_at: dt.datetime | None = None
    favourite_category: str | None = None
    # The BG/NBD model's, when the campaign uses it.
    p_alive: float | None = None
    expected_purchases: float | None = None
