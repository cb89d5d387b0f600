"""Golden SQL: the selection statement, compiled, is byte-identical to the
stored text for each campaign × data-source mode × variant × dialect.

A refactor of :mod:`winback.selection` must not change the SQL it builds (not
even the order of the anonymous bound parameters, which follows the order the
expressions are built in). Compiling needs no database: the connection is a
stand-in that gives the dialect, and the two things ``build_statement`` asks a
database (are the order-stats triggers there and how much do they cover; when
was the first order) are answered here.

The campaigns are config.example.toml's, plus two that switch on every filter
(match = "all", tags, ABC, XYZ, all six criteria), one of them with a priority
window. The data-source modes: ``orders`` (no order-stats triggers: the
aggregates from the orders; with ``overdue_factor`` the median-gap test, per
client on SQLite and PostgreSQL, one window pass on MySQL/MariaDB), ``stats``
(client_order_stats covers every client) and ``mixed`` (a few stale clients
read from their orders); MySQL/MariaDB keep no triggers, so only ``orders``.
A priority window makes every mode read the orders. The variants: the rows a
run takes, ``--excluded`` and ``--client``. One case has no orders at all
(no month bounds: no XYZ months).

When the SQL is meant to change, regenerate the files and review the diff::

    WINBACK_REGEN_GOLDEN=1 python -m pytest tests/unit/test_selection_golden.py
"""

from __future__ import annotations

import datetime as dt
import os
import zoneinfo
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import create_engine

from winback import order_stats
from winback.config import Campaign, load_config
from winback.selection import build_statement

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "selection"
REGEN = os.environ.get("WINBACK_REGEN_GOLDEN") == "1"

TZ = zoneinfo.ZoneInfo("Europe/Moscow")
AS_OF = dt.datetime(2025, 6, 30, 21, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2025, 7, 1, 6, 30, tzinfo=dt.UTC)
FIRST_ORDER = int(dt.datetime(2022, 3, 14, 9, 0, tzinfo=dt.UTC).timestamp())

# URL, and the server version a connection would have found (MySQL and
# MariaDB compile CAST AS DOUBLE only on servers that have it).
DIALECTS = {
    "sqlite": ("sqlite://", None),
    "postgresql": ("postgresql+psycopg://", None),
    "mysql": ("mysql+pymysql://", (8, 0, 36)),
    "mariadb": ("mariadb+pymysql://", (10, 11, 19)),
}
# (triggers present, coverage) per data-source mode
MODES = {
    "orders": (False, None),
    "stats": (True, order_stats.Coverage(rows=5000, stale=0, after=0)),
    "mixed": (True, order_stats.Coverage(rows=5000, stale=7, after=3)),
}
VARIANTS = {
    "normal": {},
    "excluded": {"excluded": True},
    "client": {"client": "C-00042"},
}
EVERYTHING: dict[str, Any] = {
    "channels": ["sms", "email", "telegram"],
    "max_per_run": 250,
    "cooldown_days": 30,
    "select": {
        "match": "all",
        "last_order_days_min": 60,
        "last_order_days_max": 900,
        "overdue_factor": 2.5,
        "overdue_min_orders": 4,
        "nps_max": 6,
        "nps_within_days": 365,
        "conflict_within_days": 90,
        "inquiries_without_purchase": 2,
        "unreachable_attempts": 3,
        "min_orders": 2,
        "min_revenue": "1500.50",
        "tags_include": ["retail", "vip"],
        "tags_exclude": ["key-account"],
        "abc": ["A", "B"],
        "xyz": ["X", "Y"],
    },
    "priority": {"revenue_weight": 0.25, "frequency_weight": 0.75},
}


def _campaigns() -> dict[str, Campaign]:
    settings = load_config(ROOT / "config.example.toml")
    out = {c.name: c for c in settings.campaigns}
    out["everything"] = Campaign.model_validate({"name": "everything", **EVERYTHING})
    windowed = {**EVERYTHING, "priority": {**EVERYTHING["priority"], "window_days": 365}}
    out["everything-windowed"] = Campaign.model_validate(
        {"name": "everything-windowed", **windowed}
    )
    return out


CAMPAIGNS = _campaigns()


def _cases() -> list[tuple[str, str, str, str, bool]]:
    cases = []
    for campaign in CAMPAIGNS:
        for dialect in DIALECTS:
            modes = ["orders"] if dialect in ("mysql", "mariadb") else list(MODES)
            for mode in modes:
                for variant in VARIANTS:
                    cases.append((campaign, mode, variant, dialect, True))
    cases.append(("everything", "orders", "normal", "sqlite", False))
    return cases


class _Result:
    def __init__(self, value: Any) -> None:
        self.value = value

    def scalar(self) -> Any:
        return self.value


class _Connection:
    """What build_statement asks of a connection: its dialect, and the first
    order (for the month bounds of XYZ)."""

    def __init__(self, dialect: Any, first_order: int | None) -> None:
        self.dialect = dialect
        self.first_order = first_order

    def execute(self, statement: Any) -> _Result:
        return _Result(self.first_order)


def _dialect(name: str) -> Any:
    url, version = DIALECTS[name]
    dialect = create_engine(url, paramstyle="named").dialect
    if version is not None:
        dialect.server_version_info = version
        dialect._support_float_cast = True
    return dialect


def _compiled(statement: Any, dialect: Any) -> str:
    compiled = statement.compile(dialect=dialect)
    params = "".join(f"-- {name} = {value!r}\n" for name, value in sorted(compiled.params.items()))
    return f"{compiled};\n-- parameters\n{params}"


@pytest.mark.parametrize(("campaign", "mode", "variant", "dialect", "orders"), _cases())
def test_statement_is_golden(
    monkeypatch: pytest.MonkeyPatch,
    campaign: str,
    mode: str,
    variant: str,
    dialect: str,
    orders: bool,
) -> None:
    triggers, coverage = MODES[mode]
    monkeypatch.setattr(order_stats, "triggers_active", lambda conn: triggers)
    monkeypatch.setattr(order_stats, "coverage", lambda conn, as_of: coverage)
    engine_dialect = _dialect(dialect)
    conn: Any = _Connection(engine_dialect, FIRST_ORDER if orders else None)
    plan = build_statement(
        conn, CAMPAIGNS[campaign], as_of=AS_OF, now=NOW, tz=TZ, **VARIANTS[variant]
    )
    meta = SimpleNamespace(
        criteria=plan.criteria, source=plan.source, excluded=plan.excluded, client=plan.client
    )
    text = f"-- {meta}\n" + _compiled(plan.statement, engine_dialect)
    name = f"{mode}-{variant}-{dialect}" + ("" if orders else "-no-orders")
    path = GOLDEN / campaign / f"{name}.sql"
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} missing: regenerate with WINBACK_REGEN_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{path}: the SQL changed"
