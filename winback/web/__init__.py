"""The daemon's HTTP endpoint (off unless ``[http] listen`` is set).

:func:`~winback.web.app.build_app` makes the Starlette application (one-click
unsubscribe, ``/healthz``, ``/metrics``); :class:`~winback.web.server.WebServer`
serves it with uvicorn in the daemon's own event loop.
"""

from __future__ import annotations

from winback.web.app import Health, build_app
from winback.web.server import WebServer

__all__ = ["Health", "WebServer", "build_app"]
