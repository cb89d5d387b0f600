"""Who can be called: a phone, the phone's consent, no suppression anywhere."""

from __future__ import annotations

from winback.contacts import Contact, suppression_channels


def contact(**kwargs: object) -> Contact:
    return Contact(client_id=1, external_id="C1", **kwargs)  # type: ignore[arg-type]


def test_a_call_needs_a_phone_and_its_consent() -> None:
    both = frozenset({"sms", "email"})
    assert contact(phone="+79990000001", consents=both).usable_channel(("call",), frozenset()) == (
        "call"
    )
    assert (
        contact(phone="+79990000001", consents=frozenset({"email"})).usable_channel(
            ("call",), frozenset()
        )
        is None
    )
    assert contact(email="a@ex.ru", consents=both).usable_channel(("call",), frozenset()) is None


def test_any_suppression_rules_a_call_out_but_not_the_other_channels() -> None:
    c = contact(phone="+79990000001", email="a@ex.ru", consents=frozenset({"sms", "email"}))
    for suppressed in ("email", "sms", "telegram"):
        assert c.usable_channel(("call",), frozenset({suppressed})) is None
    assert c.usable_channel(("call", "email"), frozenset({"telegram"})) == "email"
    assert c.usable_channel(("email", "call"), frozenset(), skip=frozenset({"email"})) == "call"


def test_the_suppressions_a_campaign_looks_at() -> None:
    assert suppression_channels(("email",)) == ("email",)
    assert suppression_channels(("email", "call")) == ("email", "sms", "telegram")
    assert suppression_channels(("call",)) == ("email", "sms", "telegram")
