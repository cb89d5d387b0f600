"""uvicorn serving the endpoint as a task of the current event loop.

No thread and no subprocess: the daemon's loop runs the scheduler, the
sending and this server. The daemon owns the signals (SIGTERM stops it,
SIGHUP reloads), so uvicorn installs no handler of its own; its logs go
through the project's logging (masked), with no access log (the paths hold
unsubscribe tokens).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Generator
from typing import Any

import uvicorn

from winback.errors import ConfigError, Problem

log = logging.getLogger(__name__)

STOP_TIMEOUT = 10  # seconds for open connections to finish at stop


class _Server(uvicorn.Server):
    """A uvicorn server that leaves the process's signals alone."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:  # uvicorn >= 0.29
        yield

    def install_signal_handlers(self) -> None:  # older uvicorn
        pass


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket, or a ConfigError naming [http] listen and why."""
    where = "[http] listen"
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        return socket.create_server((host, port), family=family, backlog=128)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ConfigError(
            "the HTTP endpoint cannot listen",
            [Problem(where, f"{host}:{port}: {reason}")],
        ) from exc


class WebServer:
    """``await start()`` listens (or raises ConfigError); ``await stop()`` closes."""

    def __init__(self, app: Any, host: str, port: int) -> None:
        self.host = host
        self.port = port
        config = uvicorn.Config(
            app,
            host=host,
            port=port,
            lifespan="off",
            log_config=None,  # the daemon's logging, not uvicorn's handlers
            access_log=False,
            server_header=False,
            timeout_graceful_shutdown=STOP_TIMEOUT,
        )
        self.server = _Server(config)
        self._task: asyncio.Task[None] | None = None
        self._socket: socket.socket | None = None

    @property
    def bound_port(self) -> int:
        """The port listened on (useful with port 0)."""
        assert self._socket is not None
        return int(self._socket.getsockname()[1])

    async def start(self) -> None:
        """Returns once the server accepts connections."""
        # Bound here, not by uvicorn: uvicorn logs a failed bind and exits the
        # process; this way it is a clear configuration error.
        self._socket = _listen(self.host, self.port)
        self._task = asyncio.create_task(
            self.server.serve(sockets=[self._socket]), name="winback-http"
        )
        while not self.server.started:
            if self._task.done():  # failed before it listened
                await self._task
                raise RuntimeError("the HTTP server stopped before it started")
            await asyncio.sleep(0.01)
        log.info("HTTP endpoint listening on %s:%d", self.host, self.bound_port)

    async def stop(self) -> None:
        """Stop accepting, let requests in progress finish (up to 10 s), close."""
        if self._task is None:
            return
        self.server.should_exit = True
        try:
            await asyncio.wait_for(asyncio.shield(self._task), STOP_TIMEOUT + 5)
        except TimeoutError:
            self.server.force_exit = True
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        finally:
            self._task = None
            if self._socket is not None:
                self._socket.close()
