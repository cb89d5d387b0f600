"""The demo generator: clients with their purchase history, batch by batch,
from one RNG.

A client is drawn in a fixed order -- who they are, their orders, NPS
answers and incidents (winback/demo/events.py), tags, then contacts,
consents and dates (winback/demo/people.py) -- and that order is the demo's
output: tests/integration/test_demo.py pins a fingerprint of it.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import zoneinfo
from typing import Any

from winback.demo import people
from winback.demo.events import Events
from winback.demo.vocabulary import (
    AMOUNT_FACTOR,
    CATEGORIES,
    CURRENCY,
    DAY,
    HISTORY_DAYS,
    KINDS,
    LEVELS,
    LOOSE_GAPS,
    MANAGERS,
    PROMO_CODES,
    QUANTILES,
    SEGMENTS,
    STEADY_GAPS,
    TZ_EN,
    TZ_RU,
    normal,
)

# The CRM tables demo fills, and the columns it writes, in insert order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "clients": (
        "id",
        "external_id",
        "name",
        "email",
        "phone",
        "telegram_chat_id",
        "timezone",
        "locale",
        "manager",
        "email_consent",
        "sms_consent",
        "telegram_consent",
        "consent_updated_at",
        "created_at",
        "updated_at",
    ),
    "client_tags": ("client_id", "tag"),
    "orders": (
        "id",
        "external_id",
        "client_id",
        "placed_at",
        "amount_minor",
        "currency",
        "category",
        "promo_code",
    ),
    "nps_answers": ("id", "client_id", "score", "answered_at", "comment"),
    "incidents": ("id", "client_id", "kind", "occurred_at", "outcome", "reason"),
}

# One batch of rows: table name -> tuples in COLUMNS order.
Rows = dict[str, list[tuple[Any, ...]]]


class Crm(Events):
    """Makes clients with their history, batch by batch, from one RNG."""

    def __init__(self, rng: random.Random, anchor: int, shop_tz: zoneinfo.ZoneInfo) -> None:
        super().__init__(rng, anchor)
        self.anchor_dt = dt.datetime.fromtimestamp(anchor, dt.UTC)
        self.shop_tz = shop_tz
        self.order_id = 0
        self.offsets: dict[str | None, int] = {}

    def batch(self, first: int, count: int) -> Rows:
        rows: Rows = {table: [] for table in COLUMNS}
        for client_id in range(first, first + count):
            self._client(client_id, rows)
        return rows

    def _offset(self, tz: str | None) -> int:
        """The client's UTC offset in seconds at the anchor (orders by daylight)."""
        if tz not in self.offsets:
            zone = self.shop_tz if tz is None else zoneinfo.ZoneInfo(tz)
            delta = self.anchor_dt.astimezone(zone).utcoffset()
            self.offsets[tz] = int(delta.total_seconds()) if delta else 0
        return self.offsets[tz]

    # -- one client

    def _client(self, cid: int, t: Rows) -> None:
        r = self.rng
        segment = SEGMENTS(r)
        ru = r.random() < 0.8
        kind = KINDS(r)
        business = kind != "retail"
        name = people.name(r, ru, business)
        tz = TZ_RU(r) if ru else TZ_EN(r)
        offset = self._offset(tz)
        manager = MANAGERS(r) if business or r.random() < 0.35 else None

        # the purchase history
        centre, spread = LEVELS[kind]
        level = centre * 100 * math.exp(spread * normal(r))  # median order, kopecks
        stamps = self._order_stamps(segment, business, offset)
        favourite = CATEGORIES(r) if kind != "corporate" else "gifts"
        revenue = self._orders(cid, stamps, level, favourite, t["orders"])

        events: list[int] = list(stamps[:1] + stamps[-1:])
        language = "ru" if ru else "en"
        events += self.nps(cid, segment, stamps, language, t["nps_answers"])
        events += self.incidents(cid, segment, stamps, manager is not None, offset, t["incidents"])

        manager = self._tags(cid, kind, revenue, level, manager, t["client_tags"])

        # contacts, consents, dates
        email, phone, chat = people.contacts(r, name, ru, business)
        consents = (
            people.consent(r, email is not None, 0.66, 0.12),
            people.consent(r, phone is not None, 0.55, 0.15),
            people.consent(r, chat is not None, 0.75, 0.10),
        )
        created, consent_at, updated = self._dates(events, consents != (None, None, None))
        locale = None if r.random() < 0.05 else language  # not always recorded
        t["clients"].append(
            (
                cid,
                f"C{cid:06d}",
                name,
                email,
                phone,
                chat,
                tz,
                locale,
                manager,
                *consents,
                consent_at,
                created,
                updated,
            )
        )

    def _orders(
        self, cid: int, stamps: list[int], level: float, favourite: str, out: list[tuple[Any, ...]]
    ) -> int:
        """One order at each of ``stamps``, around the client's level; returns the revenue."""
        revenue = 0
        rand = self.rng.random
        append = out.append
        categories = CATEGORIES.table
        order_id = self.order_id
        for ts in stamps:
            amount = int(level * AMOUNT_FACTOR[int(rand() * QUANTILES)])
            u = rand()  # round roubles for most orders; a promo code for a few
            if u < 0.8:
                amount -= amount % 100
            if amount < 9_900:
                amount = 9_900
            order_id += 1
            append(
                (
                    order_id,
                    f"O{order_id:07d}",
                    cid,
                    ts,
                    amount,
                    CURRENCY,
                    favourite if rand() < 0.6 else categories[int(rand() * len(categories))],
                    PROMO_CODES[int(u / 0.03 * len(PROMO_CODES))] if u < 0.03 else None,
                )
            )
            revenue += amount
        self.order_id = order_id
        return revenue

    def _tags(
        self,
        cid: int,
        kind: str,
        revenue: int,
        level: float,
        manager: str | None,
        out: list[tuple[Any, ...]],
    ) -> str | None:
        """Tags from kind and worth; returns the manager (a key account gets one)."""
        r = self.rng
        business = kind != "retail"
        tags = [] if r.random() < 0.04 else (["b2b", kind] if business else ["retail"])
        if business and (revenue > 1_500_000_00 or (level > 60_000_00 and r.random() < 0.5)):
            tags.append("key-account")
            manager = manager or MANAGERS(r)
        if not business and revenue > 120_000_00 and r.random() < 0.8:
            tags.append("vip")
        if r.random() < 0.15:
            tags.append("newsletter")
        out.extend((cid, tag) for tag in tags)
        return manager

    def _dates(self, events: list[int], consented: bool) -> tuple[int, int | None, int]:
        """(created, consent_updated_at, updated): around the client's events."""
        r = self.rng
        if events:
            created = min(events) - int(r.random() * 30 * DAY)
        else:
            created = self.anchor - int(r.random() * HISTORY_DAYS * DAY)
        last = max(events, default=created)
        consent_at = None
        if consented:
            consent_at = created + int(r.random() * (self.anchor - created))
            last = max(last, consent_at)
        updated = last + int(r.random() * min(10 * DAY, self.anchor - 1 - last))
        return created, consent_at, updated

    def _order_stamps(self, segment: str, business: bool, offset: int) -> list[int]:
        """Order times, oldest first, drawn from the segment's rhythm."""
        r = self.rng
        if segment in ("inquirer", "prospect"):
            return []
        if segment == "one_off":
            return [self.daytime(1 + r.random() * (HISTORY_DAYS - 1), offset)]
        if segment == "regular":
            gap = 7 + r.random() * (14 if business else 21)
            start = min(HISTORY_DAYS, 30 + r.expovariate(1 / 280))
            stop = 0.0
        elif segment == "occasional":
            gap = 30 + r.random() * 90
            start = 150 + r.random() * (HISTORY_DAYS - 150)
            stop = 0.0
        elif segment == "lapsing":
            gap = 7 + r.random() * 28
            stop = gap * (3.5 + r.random() * 4.5)
            start = min(HISTORY_DAYS, stop + 60 + r.expovariate(1 / 300))
        else:  # gone
            gap = 20 + r.random() * 130
            stop = 91 + r.random() * (730 - 91)
            start = min(HISTORY_DAYS, stop + r.random() * 600)
        factors = STEADY_GAPS if segment in ("regular", "lapsing") else LOOSE_GAPS
        rand = r.random
        anchor = self.anchor
        day = (anchor + offset) // DAY  # the anchor's local day
        stamps = []
        age = start
        while age >= stop:
            # between 08:00 and 22:00 local time, ``age`` days before the anchor
            ts = (day - int(age + 1)) * DAY + 8 * 3600 + int(rand() * 14 * 3600) - offset
            stamps.append(ts if ts < anchor else ts - DAY)
            age -= gap * factors[int(rand() * QUANTILES)]
        stamps.sort()
        return stamps
