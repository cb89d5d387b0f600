"""The registry of lost-criteria agrees with the configuration it reads."""

from __future__ import annotations

from winback.config import SelectCriteria
from winback.selection.criteria import LOST_CRITERIA


def test_every_field_is_a_config_field_and_names_are_unique() -> None:
    names = [c.name for c in LOST_CRITERIA]
    assert len(set(names)) == len(names)
    for criterion in LOST_CRITERIA:
        assert criterion.fields
        assert set(criterion.fields) <= set(SelectCriteria.model_fields)


def test_bits_are_distinct_powers_of_two() -> None:
    bits = [c.bit for c in LOST_CRITERIA if c.source is not None]
    assert all(bit > 0 and bit & (bit - 1) == 0 for bit in bits)
    assert len(set(bits)) == len(bits)
    assert all(c.bit == 0 for c in LOST_CRITERIA if c.source is None)


def test_config_lists_criteria_in_registry_order() -> None:
    sel = SelectCriteria(unreachable_attempts=2, last_order_days_min=30, nps_max=6)
    assert sel.criteria() == ("recency", "nps", "unreachable")
