"""[logging] format = "json": every line parses, carries time/level/logger/
message and the bound context (campaign, cycle, message_id, worker), and no
email address or phone number, in the message, the fields or a traceback."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_cli

ADDRESSES = [
    "anna.petrova@example.com",
    "ivan@example.org",
    "olga@example.com",
    "999 123-45-67",
    "79991234567",
    "8 (912) 555-12-34",
]

SCRIPT = """
import asyncio, logging, sys
from winback.logs import log_context, setup_logging

setup_logging("info", sys.argv[1])
log = logging.getLogger("winback.test")
log.info("starting")
with log_context(campaign="spring", worker="host:1:ab"):
    log.info("sending to anna.petrova@example.com, +7 999 123-45-67", extra={"message_id": 42})

    async def one(n):
        with log_context(cycle=n):
            await asyncio.sleep(0)
            log.warning("task %s: %s", n, "ivan@example.org")

    async def both():
        await asyncio.gather(asyncio.create_task(one(3)), asyncio.create_task(one(4)))

    asyncio.run(both())
    with log_context(campaign="olga@example.com"):
        log.info("a field with an address")
    try:
        raise RuntimeError("refused for olga@example.com, 8 (912) 555-12-34")
    except RuntimeError:
        log.exception("send failed for %s", "79991234567", extra={"campaign": "autumn"})
log.error("done")
"""


def _run(fmt: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, fmt], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    for address in ADDRESSES:
        assert address not in done.stderr
    return done.stderr


def test_json_lines_carry_the_context_and_no_address() -> None:
    lines = [json.loads(line) for line in _run("json").splitlines()]
    assert [line["message"] for line in lines] == [
        "starting",
        "sending to a***@e***.com, +*********67",
        "task 3: i***@e***.org",
        "task 4: i***@e***.org",
        "a field with an address",
        "send failed for +*********67",
        "done",
    ]
    for line in lines:
        when = dt.datetime.fromisoformat(line["time"])
        assert when.utcoffset() == dt.timedelta(0)
        assert abs(dt.datetime.now(dt.UTC) - when) < dt.timedelta(minutes=1)
        assert line["logger"] == "winback.test"
    start, sending, task3, task4, field, failed, done = lines
    assert start == {k: start[k] for k in ("time", "level", "logger", "message")}
    assert start["level"] == "info" and done["level"] == "error" and task3["level"] == "warning"
    assert (sending["campaign"], sending["worker"], sending["message_id"]) == (
        "spring",
        "host:1:ab",
        42,
    )
    assert "cycle" not in sending
    assert (task3["cycle"], task4["cycle"]) == (3, 4)  # each task its own copy
    assert task3["campaign"] == task4["campaign"] == "spring"
    assert field["campaign"] == "o***@e***.com"
    assert failed["campaign"] == "autumn"  # extra= wins over the bound context
    assert failed["worker"] == "host:1:ab"
    assert "RuntimeError: refused for o***@e***.com, +*********34" in failed["exc"]
    assert "Traceback" in failed["exc"]
    assert not {"campaign", "worker", "exc"} & set(done)


def test_the_text_format_masks_tracebacks_too() -> None:
    text = _run("text")
    assert "RuntimeError: refused for o***@e***.com, +*********34" in text
    assert " INFO winback.test: starting" in text.splitlines()[0]


def test_context_fields_may_not_replace_record_attributes() -> None:
    from winback.logs import bind_log_context, current_log_context, log_context

    with pytest.raises(ValueError, match="msg"), log_context(msg="x"):
        pass
    with pytest.raises(ValueError, match="levelname"):
        bind_log_context(levelname="x")
    with log_context(campaign="a"), log_context(cycle=1):
        assert current_log_context() == {"campaign": "a", "cycle": 1}
    assert current_log_context() == {}


def test_the_cli_logs_json_from_the_start(tmp_path: Path) -> None:
    """What is logged while the config is read (the secret file is used) comes
    out as JSON too, and --log-level still filters it."""
    home = tmp_path / "shop"
    assert run_cli("init", str(home)).returncode == 0
    config = home / "winback.toml"
    text = config.read_text(encoding="utf-8")
    assert 'format = "text"' in text
    config.write_text(text.replace('format = "text"', 'format = "json"'), encoding="utf-8")
    done = run_cli("--config", str(config), "check")
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stderr.splitlines()]
    assert [line["logger"] for line in lines] == ["winback.config"]
    assert "the unsubscribe secret comes from" in lines[0]["message"]
    quiet = run_cli("--config", str(config), "--log-level", "warning", "check")
    assert quiet.returncode == 0 and quiet.stderr == ""
