"""The daemon's attribute job, in a real `winback daemon` process."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from tests.conftest import write_config
from tests.daemons import DaemonProcess, wait_for
from tests.integration.test_attribution import DAY, T, add_orders, build_history
from tests.integration.test_run_once import campaign_toml
from tests.servers import SmsGateway
from winback.models import AssignmentOutcome

pytestmark = pytest.mark.slow


def returned(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(
                select(func.count()).where(AssignmentOutcome.outcome == "returned")
            ).scalar_one()
        )


def test_the_daemon_attributes_every_interval(
    engine: Engine, db_url: str, tmp_path: Path, sms_gateway: SmsGateway
) -> None:
    ids = build_history(engine)
    cfg = write_config(
        tmp_path,
        db_url,
        sms_gateway.toml() + campaign_toml(["sms"], name="spring", attribution_days=10),
        scheduler="attribute_interval_seconds = 10\nheartbeat_seconds = 1\n",
    )
    daemon = DaemonProcess(cfg, "w1", {sms_gateway.token_env: sms_gateway.token})
    try:
        # As of now every window has closed: test_attribution's outcomes as of
        # T + 20 d, with summer's c11 not returned.
        wait_for(lambda: "attribute as of" in daemon.log(), 40, "the first attribute run")
        assert "judged 12 (full); returned 6, pending 0, not_returned 6" in daemon.log()
        add_orders(engine, ids, [("c8", T + 4 * DAY, 9_000, None)])
        wait_for(lambda: returned(engine) == 7, 30, "the order imported since to count")
        incremental = engine.dialect.name in ("sqlite", "postgresql")
        line = "judged 1 (incremental)" if incremental else "judged 12 (full)"
        wait_for(lambda: line in daemon.log(), 10, line)
    finally:
        assert daemon.stop() == 0, daemon.log()
