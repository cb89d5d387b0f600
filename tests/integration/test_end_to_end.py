"""The README's main job, as a user runs it: init → demo → preview → run-once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def test_init_demo_preview_run_once_on_the_file_outbox(tmp_path: Path) -> None:
    """As the README's two commands: no secret exported, the one init wrote is used."""
    home = tmp_path / "demo"
    done = run_cli("init", str(home))
    assert done.returncode == 0, done.stderr
    cfg = str(home / "winback.toml")
    done = run_cli("--config", cfg, "demo", "--clients", "400", "--seed", "3")
    assert done.returncode == 0, done.stderr
    assert "400 clients" in done.stdout
    assert done.stderr.count("\r") == 0  # no progress bar when piped

    done = run_cli("--config", cfg, "preview", "lapsed-regulars", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert len(rows) > 20
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert all(set(r["reasons"]) & {"recency", "overdue"} for r in rows)
    scores = [r["score"] for r in rows]
    assert scores == sorted(scores, reverse=True)

    done = run_cli("--config", cfg, "run-once", "lapsed-regulars", timeout=300)
    assert done.returncode == 0, done.stderr
    assert "run summary" in done.stdout
    files = [p for p in (home / "outbox").rglob("*") if p.is_file()]
    assert files, "nothing was written to the outbox"
    sent = sum(
        int(line.split("│")[2]) for line in done.stdout.splitlines() if line.startswith("│ sent:")
    )
    assert sent == len(files)
    # nothing personal in the logs: no full email address, no message body
    assert "@" not in done.stderr.replace("***@", "")
    eml = next(p for p in files if p.suffix == ".eml").read_text(encoding="utf-8")
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in eml

    # a second run resumes the open cycle (deferred by quiet hours) or plans
    # a new one that cooldown keeps empty: nobody gets a second message
    again = run_cli("--config", cfg, "run-once", "lapsed-regulars", timeout=300)
    assert again.returncode == 0, again.stderr
    names = [p.name for p in (home / "outbox").rglob("*") if p.is_file()]
    assert len(names) == len(set(names))
    keys = {n.split(".")[0] for n in names}
    assert len(keys) == len(names)  # one file per client and cycle, on one channel


def test_run_once_without_the_unsubscribe_secret_is_a_config_error(tmp_path: Path) -> None:
    home = tmp_path / "demo"
    assert run_cli("init", str(home)).returncode == 0
    (home / ".winback-secret").unlink()
    done = run_cli("--config", str(home / "winback.toml"), "run-once", "lapsed-regulars")
    assert done.returncode == 2
    assert "WINBACK_UNSUBSCRIBE_SECRET is not set" in done.stderr
    assert "Traceback" not in done.stderr
