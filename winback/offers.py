"""Personal offers: unique, unguessable, human-typable promo codes."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from winback.config import Campaign
from winback.money import to_minor

# No 0/O, 1/I/L, 5/S, 8/B: a code read aloud on the phone or typed from an
# SMS must survive the trip. 27 symbols, 8 of them: about 2.8e11 codes, so
# guessing a valid one is hopeless and collisions are negligible (and checked).
ALPHABET = "234679ACDEFGHJKMNPQRTUVWXYZ"
CODE_LENGTH = 8


# Random bytes below this are used (value % 27, uniform); the rest are dropped.
_USABLE = 256 - 256 % len(ALPHABET)
# bytes.translate's table: a usable byte to its symbol; the others are deleted.
_TO_SYMBOL = bytes(ord(ALPHABET[b % len(ALPHABET)]) if b < _USABLE else 0 for b in range(256))
_UNUSABLE = bytes(range(_USABLE, 256))


def _symbols(n: int) -> str:
    """`n` symbols drawn uniformly from ALPHABET, from the OS's CSPRNG in bulk
    and mapped by bytes.translate (one secrets.choice per symbol, a system
    call each, cost 15 us a code: most of the time of planning a cycle of
    50,000; a Python step per byte still 7 us)."""
    out = b""
    while len(out) < n:
        out += secrets.token_bytes(n - len(out) + 16).translate(_TO_SYMBOL, _UNUSABLE)
    return out[:n].decode("ascii")


def _code(prefix: str, body: str) -> str:
    grouped = f"{body[:4]}-{body[4:]}"
    return f"{prefix}-{grouped}" if prefix else grouped


def new_code(prefix: str) -> str:
    return _code(prefix, _symbols(CODE_LENGTH))


def new_codes(prefix: str, count: int, taken: set[str] | None = None) -> list[str]:
    """`count` distinct codes, none of them in `taken`."""
    seen = set(taken or ())
    out: list[str] = []
    while len(out) < count:
        symbols = _symbols(CODE_LENGTH * (count - len(out)))
        for at in range(0, len(symbols), CODE_LENGTH):
            code = _code(prefix, symbols[at : at + CODE_LENGTH])
            if code not in seen:
                seen.add(code)
                out.append(code)
    return out


@dataclass(frozen=True)
class OfferTerms:
    """What a code is worth, for templates and the shop."""

    code: str | None
    discount_percent: int | None
    discount_amount_minor: int | None
    gift: str | None
    valid_until: dt.datetime | None

    def as_context(self) -> dict[str, object]:
        return {
            "code": self.code,
            "discount_percent": self.discount_percent,
            "discount_amount": self.discount_amount_minor,
            "gift": self.gift,
            "valid_until": self.valid_until.date() if self.valid_until else None,
        }


def terms(campaign: Campaign, code: str | None, valid_until: dt.datetime | None) -> OfferTerms:
    offer = campaign.offer
    if offer is None:
        return OfferTerms(None, None, None, None, None)
    amount = offer.discount_amount
    return OfferTerms(
        code=code,
        discount_percent=offer.discount_percent,
        discount_amount_minor=None if amount is None else to_minor(amount),
        gift=offer.gift,
        valid_until=valid_until,
    )


def valid_until(campaign: Campaign, planned_at: dt.datetime) -> dt.datetime | None:
    if campaign.offer is None:
        return None
    return planned_at + dt.timedelta(days=campaign.offer.valid_days)
