"""The variables a template sees, built in one place: :func:`build_context`.

A claimed message (:func:`message_context`), a dry run's stand-in and the
sample client of `winback check` (:func:`sample_context`) all go through it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from winback.config import Campaign, CompanySettings, Settings
from winback.offers import terms
from winback.rendering.environment import DEFAULT_LOCALE, locale_keys
from winback.timeutil import now_utc
from winback.unsubscribe import sample_token

if TYPE_CHECKING:
    from winback.outcomes import Task

# client.first_name when the client has no name, by language.
GREETINGS = {"ru": "клиент", "en": "there"}
SAMPLE_TOKEN = sample_token()  # as long as a real one (client ids under 2^31)
STAT_KEYS = ("days_since_last_order", "orders", "revenue", "favourite_category", "last_order_date")


def _by_identity(make: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Cache what is derived from a frozen config object by the object itself:
    lru_cache would hash the pydantic model, walking all its fields, per call."""
    cache: dict[int, tuple[Any, Any]] = {}

    def get(obj: Any) -> Any:
        hit = cache.get(id(obj))
        if hit is None or hit[0] is not obj:
            if len(cache) > 256:
                cache.clear()
            hit = cache[id(obj)] = (obj, make(obj))  # holding obj keeps its id unique
        return hit[1]

    return get


@_by_identity
def _company(company: CompanySettings) -> dict[str, str | None]:
    return {
        "name": company.name,
        "url": company.url,
        "support_email": company.support_email,
        "phone": company.phone,
        "signature": company.signature,
    }


@_by_identity
def _campaign_parts(campaign: Campaign) -> tuple[dict[str, str], dict[str, Any]]:
    """The campaign's name/description and its offer as configured."""
    configured = terms(campaign, None, None).as_context()
    return {"name": campaign.name, "description": campaign.description}, configured


def first_name(name: str | None, locale: str | None) -> str:
    """The first word of the name, or a greeting word when there is no name."""
    words = (name or "").split(None, 1)
    if words:
        return words[0]
    language = locale_keys(locale)[2]
    return GREETINGS.get(language) or GREETINGS[DEFAULT_LOCALE]


def build_context(
    *,
    settings: Settings,
    campaign: Campaign,
    client: Mapping[str, Any],
    stats: Mapping[str, Any],
    offer: Mapping[str, Any] | None,
    unsubscribe_url: str,
) -> dict[str, Any]:
    """The variables a template sees, as plain dicts (fresh ones per message):
    the one place a template context is assembled.

    ``offer`` is the client's own offer (code, valid_until …); keys it lacks
    come from the campaign's configured offer, so an offer without a promo
    code (``offer.code`` is None) still shows its discount or gift.
    ``stats.revenue`` and ``offer.discount_amount`` are minor units.
    """
    campaign_vars, configured = _campaign_parts(campaign)
    name = (client.get("name") or "").strip()
    locale = client.get("locale")
    return {
        "client": {
            "name": name,
            "first_name": first_name(name, locale),
            "manager": client.get("manager"),
            "locale": locale,
            "external_id": client.get("external_id"),
            # the BG/NBD model's (None when the campaign does not use it)
            "p_alive": client.get("p_alive"),
            "expected_purchases": client.get("expected_purchases"),
        },
        "stats": {key: stats.get(key) for key in STAT_KEYS},
        "offer": {**configured, **offer} if offer else dict(configured),
        "campaign": dict(campaign_vars),
        "unsubscribe_url": unsubscribe_url,
        "company": dict(_company(settings.company)),
    }


def message_context(
    settings: Settings, campaign: Campaign, task: Task, unsubscribe_url: str
) -> dict[str, Any]:
    """The context of one message to send (or a dry run's stand-in for one),
    from its :class:`~winback.contacts.Contact` and :class:`~winback.contacts.History`."""
    contact, history = task.contact, task.history
    last = history.last_order_at
    stats = {
        "days_since_last_order": (now_utc() - last).days if last else None,
        "orders": history.orders,
        "revenue": history.revenue_minor,
        "favourite_category": history.favourite_category,
        "last_order_date": last.astimezone(settings.tz).date() if last else None,
    }
    offer = (
        terms(campaign, task.offer_code, task.offer_valid_until).as_context()
        if campaign.offer
        else None
    )
    return build_context(
        settings=settings,
        campaign=campaign,
        client={
            "name": contact.name,
            "manager": contact.manager,
            "locale": contact.locale,
            "external_id": contact.external_id,
            "p_alive": history.p_alive,
            "expected_purchases": history.expected_purchases,
        },
        stats=stats,
        offer=offer,
        unsubscribe_url=unsubscribe_url,
    )


_SAMPLES = {
    "ru": {"name": "Екатерина Смирнова", "manager": "Ольга Кузнецова", "category": "Улун"},
    "en": {"name": "Catherine Smith", "manager": "Olga Kuznetsova", "category": "Oolong"},
}


def sample_context(
    settings: Settings, campaign: Campaign, locale: str, *, sparse: bool = False
) -> dict[str, Any]:
    """A plausible client of this campaign, for `winback check`.

    The offer expires on 28 September, whose month name is the longest in
    Russian and English, so an SMS that fits here fits all year. A campaign
    that looks for inquirers gets a client who never bought. ``sparse``: the
    same client without the optional data real clients often lack (name,
    manager, favourite category).
    """
    sample = _SAMPLES.get(locale_keys(locale)[2]) or _SAMPLES["en"]
    valid_days = campaign.offer.valid_days if campaign.offer else 14
    earliest = dt.date.today() + dt.timedelta(days=valid_days)
    valid_until = dt.date(earliest.year, 9, 28)
    if valid_until < earliest:
        valid_until = valid_until.replace(year=earliest.year + 1)
    offer = None
    if campaign.offer is not None:
        code = "-".join(filter(None, (campaign.offer.code_prefix, "7KQ3-XMHD")))  # as offers.py
        offer = {"code": code, "valid_until": valid_until}
    issued = valid_until - dt.timedelta(days=valid_days)
    if campaign.select.inquiries_without_purchase is not None:
        stats: dict[str, Any] = {"orders": 0, "revenue": 0}
    else:
        stats = {
            "days_since_last_order": 127,
            "orders": 7,
            "revenue": 1_254_000,
            "favourite_category": None if sparse else sample["category"],
            "last_order_date": issued - dt.timedelta(days=127),
        }
    return build_context(
        settings=settings,
        campaign=campaign,
        client={
            "name": "" if sparse else sample["name"],
            "manager": None if sparse else sample["manager"],
            "locale": locale,
            "external_id": "C000123",
            **(_model_sample(sparse) if campaign.uses_model else {}),
        },
        stats=stats,
        offer=offer,
        unsubscribe_url=f"{settings.unsubscribe.base_url}/u/{SAMPLE_TOKEN}",
    )


def _model_sample(sparse: bool) -> dict[str, float | None]:
    """A model campaign's client: probably gone; sparse, one without an order
    (lost by another criterion), who has no P(alive)."""
    if sparse:
        return {"p_alive": None, "expected_purchases": None}
    return {"p_alive": 0.18, "expected_purchases": 0.07}
