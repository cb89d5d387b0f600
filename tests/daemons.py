"""Real `winback daemon` processes for tests and benchmarks.

Each daemon's standard error (its log) goes to a file, never a pipe nobody
reads (a chatty daemon would block on a full pipe).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.integration.test_run_once import SECRET

ROOT = Path(__file__).resolve().parent.parent


def winback_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WINBACK_")}
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p
    )
    return env | {"WINBACK_UNSUBSCRIBE_SECRET": SECRET, **(extra or {})}


class DaemonProcess:
    def __init__(
        self, cfg: Path, worker: str, env: dict[str, str] | None = None, *args: str
    ) -> None:
        self.cfg = cfg
        self.worker = worker
        self.log_path = cfg.parent / f"daemon-{worker.replace(':', '_')}.log"
        self._log = self.log_path.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "winback",
                "--config",
                str(cfg),
                "daemon",
                "--worker-id",
                worker,
                *args,
            ],
            env=winback_env(env),
            stdout=subprocess.DEVNULL,
            stderr=self._log,
            text=True,
        )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def signal(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def wait(self, timeout: float) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self._log.close()

    def stop(self, timeout: float = 60) -> int:
        if self.alive():
            self.signal(signal.SIGTERM)
        return self.wait(timeout)

    def kill(self) -> None:
        if self.alive():
            self.proc.kill()
        self.wait(30)


def wait_for(predicate: Callable[[], Any], timeout: float, what: str, step: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def http_get(url: str, timeout: float = 5) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:  # loopback only
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def status_json(cfg: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "winback", "--config", str(cfg), "status", "--format", "json"],
        env=winback_env(),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(out.stdout)  # type: ignore[no-any-return]
