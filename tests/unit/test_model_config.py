"""[model]: the refit schedule (cron, validated like the digest's) and the unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from winback.config import ModelSettings, load_config
from winback.errors import ConfigError


def _load(tmp_path: Path, text: str) -> ModelSettings | None:
    path = tmp_path / "winback.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path).model


def test_no_section_no_model_settings(tmp_path: Path) -> None:
    assert _load(tmp_path, "") is None


def test_defaults_and_values(tmp_path: Path) -> None:
    assert _load(tmp_path, "[model]\n") == ModelSettings(refit=None, unit="weeks")
    got = _load(tmp_path, '[model]\nrefit = "0 3 * * sun"\nunit = "days"\n')
    assert got == ModelSettings(refit="0 3 * * sun", unit="days")


@pytest.mark.parametrize(
    ("toml", "problem"),
    [
        ('refit = "0 3 * * 8"', "model.refit: day-of-week 8 is out of range 0-7 (got '0 3 * * 8')"),
        ('refit = "0 3 * *"', "model.refit: expected 5 fields"),
        ('unit = "months"', "model.unit: Input should be 'days' or 'weeks' (got 'months')"),
        ("refits = 1", "model.refits"),
    ],
)
def test_bad_model_keys_name_the_key(tmp_path: Path, toml: str, problem: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _load(tmp_path, f"[model]\n{toml}\n")
    assert any(problem in str(p) for p in caught.value.problems), caught.value.problems
