"""The per-client (x, t_x, T) summary read from real databases, and the
stored fits (model_fits): the definitions of README "Predicted churn"."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from sqlalchemy import Connection, Engine, func, insert, select

from winback.db import read_engine
from winback.model import bgnbd
from winback.model.store import ModelMissingError, latest_fit, require_fit, save_fit
from winback.model.summary import day_offset_seconds, read_summary
from winback.models import Client, Order, to_epoch

UTC = dt.UTC
NEW_YORK = ZoneInfo("America/New_York")  # standard offset -5 h, -4 h in summer


def _at(text: str, tz: dt.tzinfo = UTC) -> int:
    return to_epoch(dt.datetime.fromisoformat(text).replace(tzinfo=tz))


def _load(engine: Engine, orders: dict[int, list[int]]) -> None:
    with engine.begin() as conn:
        conn.execute(insert(Client), [{"id": cid, "external_id": f"c{cid}"} for cid in orders])
        rows = [
            {"external_id": f"o{cid}-{i}", "client_id": cid, "placed_at": at, "amount_minor": 100}
            for cid, times in orders.items()
            for i, at in enumerate(times)
        ]
        if rows:
            conn.execute(insert(Order), rows)


def _summary(
    engine: Engine, as_of: dt.datetime, unit: str, tz: ZoneInfo
) -> dict[int, tuple[float, ...]]:
    with read_engine(engine).connect() as conn:
        s = read_summary(conn, as_of=as_of, unit=unit, timezone=tz)  # type: ignore[arg-type]
    assert s.client_id.dtype == np.int64 and s.x.dtype == np.float64
    return {
        int(c): (float(x), float(t), float(age))
        for c, x, t, age in zip(s.client_id, s.x, s.t_x, s.T, strict=True)
    }


def test_the_day_offset_is_the_standard_offset_all_year() -> None:
    winter = dt.datetime(2026, 1, 15, 12, tzinfo=UTC)
    summer = dt.datetime(2026, 7, 15, 12, tzinfo=UTC)
    assert day_offset_seconds(NEW_YORK, winter) == -5 * 3600
    assert day_offset_seconds(NEW_YORK, summer) == -5 * 3600  # not -4: no DST shift
    assert day_offset_seconds(ZoneInfo("Europe/Moscow"), summer) == 3 * 3600
    assert day_offset_seconds(ZoneInfo("Asia/Kolkata"), winter) == 5 * 3600 + 1800
    assert day_offset_seconds(ZoneInfo("UTC"), summer) == 0


def test_purchase_days_counted_once_in_the_business_timezone(engine: Engine) -> None:
    tz = NEW_YORK
    as_of = dt.datetime(2026, 7, 11, 0, 0, tzinfo=UTC)  # 2026-07-10 19:00 EST
    _load(
        engine,
        {
            # two orders on one New York (standard-time) day, a third the next day:
            # 2026-07-01 04:59 UTC is still 2026-06-30 23:59 EST
            1: [_at("2026-07-01 04:59"), _at("2026-06-30 06:00"), _at("2026-07-01 05:00")],
            # one order: x = 0, t_x = 0
            2: [_at("2026-07-03 12:00")],
            # the as-of moment itself counts; a second later does not
            3: [_at("2026-07-01 12:00"), _at("2026-07-11 00:00"), _at("2026-07-11 00:00:01")],
            # only after as-of: no summary at all
            4: [_at("2026-07-12 00:00")],
        },
    )
    now_days = (to_epoch(as_of) - 5 * 3600) / 86400
    day = lambda text: (_at(text) - 5 * 3600) // 86400  # noqa: E731
    got = _summary(engine, as_of, "days", tz)
    assert set(got) == {1, 2, 3}
    assert got[1] == (1.0, 1.0, pytest.approx(now_days - day("2026-06-30 06:00")))
    assert got[2] == (0.0, 0.0, pytest.approx(now_days - day("2026-07-03 12:00")))
    assert got[3] == (1.0, 9.0, pytest.approx(now_days - day("2026-07-01 12:00")))
    # T is fractional: the as-of moment is 19:00 of its day
    assert got[2][2] % 1 == pytest.approx(19 / 24)
    weeks = _summary(engine, as_of, "weeks", tz)
    for cid, (x, t_x, age) in got.items():
        assert weeks[cid] == (x, pytest.approx(t_x / 7), pytest.approx(age / 7))


def test_an_empty_database_has_an_empty_summary(engine: Engine) -> None:
    as_of = dt.datetime(2026, 7, 11, tzinfo=UTC)
    with read_engine(engine).connect() as conn:
        s = read_summary(conn, as_of=as_of, unit="weeks", timezone=ZoneInfo("UTC"))
    assert len(s) == 0
    assert s.to_bgnbd().clients == 0


def _fit() -> bgnbd.FitResult:
    params = bgnbd.Params(r=0.25, alpha=4.5, a=0.8, b=2.5)
    return bgnbd.FitResult(params, log_likelihood=-123.5, clients=42, seconds=0.25, iterations=17)


def test_fits_are_stored_and_the_newest_is_used(engine: Engine) -> None:
    with engine.connect() as conn:
        assert latest_fit(conn) is None
        with pytest.raises(ModelMissingError) as missing:
            require_fit(conn)
    assert missing.value.exit_code == 2
    assert "run `winback model fit` first" in str(missing.value)
    as_of = dt.datetime(2026, 7, 11, 12, 30, tzinfo=UTC)
    with engine.begin() as conn:
        first = save_fit(conn, _fit(), as_of=as_of, unit="weeks")
        second = save_fit(conn, _fit(), as_of=as_of - dt.timedelta(days=1), unit="days")
    assert second.id > first.id
    with engine.connect() as conn:
        newest = require_fit(conn)
    assert newest == second  # the same second: the higher id wins
    assert newest.params == bgnbd.Params(r=0.25, alpha=4.5, a=0.8, b=2.5)  # doubles, exactly
    assert newest.as_of == as_of - dt.timedelta(days=1) and newest.as_of.tzinfo is not None
    assert (newest.unit, newest.clients, newest.iterations) == ("days", 42, 17)
    assert (newest.log_likelihood, newest.seconds) == (-123.5, 0.25)


def test_reading_the_summary_leaves_the_callers_transaction_as_it_was(engine: Engine) -> None:
    """Selection reads the summary inside its own transaction: it goes on
    there, and on PostgreSQL the JIT setting is back to what it was."""
    as_of = dt.datetime(2026, 7, 11, tzinfo=UTC)
    _load(engine, {1: [_at("2026-07-01 12:00")]})
    postgres = engine.dialect.name == "postgresql"
    with engine.connect() as conn, conn.begin():
        if postgres:
            conn.exec_driver_sql("SET LOCAL jit = on")
        assert len(read_summary(conn, as_of=as_of, unit="days", timezone=ZoneInfo("UTC"))) == 1
        conn.execute(insert(Order), [_order(1, "later", _at("2026-07-02 12:00"))])
        assert len(read_summary(conn, as_of=as_of, unit="days", timezone=ZoneInfo("UTC"))) == 1
        if postgres:
            assert conn.exec_driver_sql("SHOW jit").scalar() == "on"
        with read_engine(engine).connect() as other:  # not committed yet
            assert _count_orders(other) == 1
        assert _count_orders(conn) == 2


def _order(cid: int, tag: str, at: int) -> dict[str, object]:
    return {"external_id": f"o{cid}-{tag}", "client_id": cid, "placed_at": at, "amount_minor": 100}


def _count_orders(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(Order)).scalar_one())
