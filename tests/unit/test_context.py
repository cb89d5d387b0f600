"""rendering.context: the one builder of template contexts (no database, no templates)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from winback.config import Settings, load_config
from winback.rendering.context import build_context, sample_context

ROOT = Path(__file__).resolve().parents[2]


def settings() -> Settings:
    return load_config(ROOT / "config.example.toml")


def test_the_configured_offer_fills_what_the_clients_offer_lacks() -> None:
    config = settings()
    amount_off = next(c for c in config.campaigns if c.offer and c.offer.discount_amount)
    ctx = build_context(
        settings=config,
        campaign=amount_off,
        client={"name": "  Анна Петрова ", "locale": "ru", "external_id": "C1"},
        stats={"orders": 3, "revenue": 150_000},
        offer={"code": "WB-AAAA-BBBB"},
        unsubscribe_url="https://shop.example.com/u/t",
    )
    assert ctx["offer"]["code"] == "WB-AAAA-BBBB"
    assert ctx["offer"]["discount_amount"] == 50_000  # 500 in the config, minor units here
    assert ctx["offer"]["valid_until"] is None
    assert ctx["client"] == {
        "name": "Анна Петрова",
        "first_name": "Анна",
        "manager": None,
        "locale": "ru",
        "external_id": "C1",
        "p_alive": None,
        "expected_purchases": None,
    }
    assert ctx["stats"]["days_since_last_order"] is None  # every key present, None if unknown
    assert ctx["company"]["name"] == config.company.name


def test_contexts_are_fresh_dicts() -> None:
    config = settings()
    campaign = config.campaigns[0]
    first = sample_context(config, campaign, "ru")
    first["offer"]["code"] = None
    first["company"]["name"] = "changed"
    again = sample_context(config, campaign, "ru")
    assert again["offer"]["code"] is not None
    assert again["company"]["name"] == config.company.name


def test_the_sparse_sample_lacks_the_optional_data() -> None:
    config = settings()
    campaign = next(c for c in config.campaigns if c.select.inquiries_without_purchase is None)
    full = sample_context(config, campaign, "en")
    sparse = sample_context(config, campaign, "en", sparse=True)
    assert full["client"]["first_name"] == "Catherine"
    assert sparse["client"] == {
        **full["client"],
        "name": "",
        "first_name": "there",
        "manager": None,
    }
    assert sparse["stats"] == {**full["stats"], "favourite_category": None}
    assert sparse["offer"] == full["offer"]
    assert isinstance(full["offer"]["valid_until"], dt.date)


def test_a_model_campaigns_sample_has_a_p_alive_and_its_sparse_one_none() -> None:
    """client.p_alive / client.expected_purchases: None for a campaign without
    the model; a model campaign's sample has them, its sparse sample (a client
    lost by another criterion, without an order) has None."""
    config = settings()
    plain = config.campaigns[0]
    assert not plain.uses_model
    assert sample_context(config, plain, "en")["client"]["p_alive"] is None
    model = plain.model_copy(
        update={"select": plain.select.model_copy(update={"p_alive_max": 0.3})}
    )
    assert model.uses_model
    full = sample_context(config, model, "en")["client"]
    sparse = sample_context(config, model, "en", sparse=True)["client"]
    assert 0 < full["p_alive"] <= 0.3 and full["expected_purchases"] >= 0
    assert sparse["p_alive"] is None and sparse["expected_purchases"] is None
