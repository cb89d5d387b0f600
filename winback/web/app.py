"""The daemon's HTTP endpoint: one-click unsubscribe (RFC 8058), health, metrics.

A Starlette application; :class:`~winback.web.server.WebServer` serves it in
the daemon's event loop. Every database call runs in a worker thread, so a
slow or unreachable database never blocks the loop (nor the sending).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from winback.config import Settings
from winback.db import read_engine
from winback.errors import WinbackError
from winback.metrics import Metrics
from winback.unsubscribe import TokenClaims, client_locale, unsubscribe, verify
from winback.web import pages

log = logging.getLogger(__name__)

ONE_CLICK = ("List-Unsubscribe", "One-Click")
MAX_BODY_BYTES = 16 * 1024  # the one-click body is 26 bytes; a multipart one a few hundred
DATABASE_CHECK_SECONDS = 1.0
DATABASE_CHECK_TIMEOUT = 5.0
# Pages hold a personal link: never cached, indexed or sent on as a Referer.
PAGE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Robots-Tag": "noindex",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
}


@dataclass
class Health:
    """What /healthz reports besides the database."""

    worker_id: str
    scheduler_running: Callable[[], bool]


class DatabaseProbe:
    """Whether the database answers ``SELECT 1``: asked at most once a second
    (cached), in a thread, one probe at a time whatever the number of requests."""

    def __init__(self, engine: Engine, clock: Callable[[], float] = time.monotonic) -> None:
        self.engine = engine
        self.clock = clock
        self._checked_at: float | None = None
        self._up = False
        self._lock = asyncio.Lock()
        self._was_up = True

    def _ping(self) -> None:
        # A read transaction: on SQLite it takes no write lock from the sender.
        with read_engine(self.engine).connect() as conn:
            conn.execute(text("SELECT 1"))

    async def up(self) -> bool:
        async with self._lock:
            now = self.clock()
            if self._checked_at is not None and now - self._checked_at < DATABASE_CHECK_SECONDS:
                return self._up
            try:
                await asyncio.wait_for(asyncio.to_thread(self._ping), DATABASE_CHECK_TIMEOUT)
                self._up = True
            except Exception as exc:  # an error or the timeout (TimeoutError)
                self._up = False
                if self._was_up:  # once per outage
                    log.warning("health check: the database does not answer: %s", exc)
            self._was_up = self._up
            self._checked_at = self.clock()
            return self._up


def _unsubscribe_path(base_url: str) -> str:
    """/u/{token} under the path of [unsubscribe] base_url ("" for none)."""
    prefix = urlsplit(base_url).path.rstrip("/")
    return f"{prefix}/u/{{token}}"


@dataclass(frozen=True)
class _Link:
    """What an unsubscribe link's token led to."""

    claims: TokenClaims
    created: bool  # the opt-out was recorded by this request
    lang: str


class _Endpoint:
    """The routes' handlers, sharing the database probe and the secret."""

    def __init__(self, engine: Engine, settings: Settings, health: Health, metrics: Metrics):
        self.engine = engine
        self.secret = settings.secret(settings.unsubscribe.secret_env)
        self.company = settings.company.name
        self.health = health
        self.metrics = metrics
        self.probe = DatabaseProbe(engine)

    async def healthz(self, request: Request) -> Response:
        database = await self.probe.up()
        scheduler = self.health.scheduler_running()
        ok = database and scheduler
        body = {
            "status": "ok" if ok else "failing",
            "database": "ok" if database else "unreachable",
            "scheduler": "running" if scheduler else "stopped",
            "worker": self.health.worker_id,
        }
        return JSONResponse(body, status_code=200 if ok else 503)

    async def metrics_text(self, request: Request) -> Response:
        database = await self.probe.up()
        self.metrics.database_up.set(1 if database else 0)
        if database:
            try:
                await run_in_threadpool(self.metrics.refresh_queue, self.engine)
            except SQLAlchemyError as exc:  # the last counts stay; database_up tells
                log.warning("metrics: could not read the queue: %s", exc)
        payload, content_type = self.metrics.render()
        return Response(payload, headers={"Content-Type": content_type})

    def _follow(self, token: str, record: bool) -> _Link:
        """Check the token (and record its opt-out); in a worker thread."""
        if record:
            claims, created = unsubscribe(self.engine, self.secret, token, source="http")
        else:
            claims, created = verify(self.engine, self.secret, token), False
        locale = client_locale(self.engine, claims.client_external_id)
        return _Link(claims, created, pages.client_language(locale))

    async def _link(self, request: Request, record: bool) -> _Link | Response:
        try:
            return await run_in_threadpool(self._follow, request.path_params["token"], record)
        except SQLAlchemyError as exc:
            log.warning("unsubscribe link: the database failed: %s", exc)
            return _html(pages.message_page(_lang(request), "later"), 503)
        except WinbackError as exc:  # malformed, forged, or its client deleted since
            # The token is not logged: it names a client.
            log.info("unsubscribe link refused: %s", exc)
            return _html(pages.message_page(_lang(request), "bad"), 400)

    async def page(self, request: Request) -> Response:
        """GET: a page with a button; never unsubscribes (scanners prefetch links)."""
        link = await self._link(request, record=False)
        if isinstance(link, Response):
            return link
        return _html(pages.confirm_page(link.lang, self.company, link.claims.channel))

    async def one_click(self, request: Request) -> Response:
        """POST with List-Unsubscribe=One-Click (RFC 8058): the opt-out, idempotent."""
        if not await _one_click(request):
            return _html(pages.message_page(_lang(request), "bad_body"), 400)
        link = await self._link(request, record=True)
        if isinstance(link, Response):
            return link
        log.info(
            "unsubscribe link: client %s opted out of %s (%s)",
            link.claims.client_external_id,
            link.claims.channel,
            "recorded" if link.created else "already recorded",
        )
        return _html(pages.done_page(link.lang, self.company, link.claims.channel))


def build_app(*, engine: Engine, settings: Settings, health: Health, metrics: Metrics) -> Starlette:
    """The endpoint's application. Raises ConfigError when the unsubscribe
    secret is unusable (as the CLI would), before anything listens."""
    endpoint = _Endpoint(engine, settings, health, metrics)
    path = _unsubscribe_path(settings.unsubscribe.base_url)
    routes = [
        Route("/healthz", endpoint.healthz, methods=["GET"]),
        Route("/metrics", endpoint.metrics_text, methods=["GET"]),
        Route(path, endpoint.page, methods=["GET"]),
        Route(path, endpoint.one_click, methods=["POST"]),
    ]
    return Starlette(routes=routes, max_body_size=MAX_BODY_BYTES)


async def _one_click(request: Request) -> bool:
    """The body is a form (urlencoded or multipart, RFC 8058 allows both)
    with List-Unsubscribe=One-Click."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return False
    try:
        form: FormData = await request.form(max_files=0, max_fields=10)
    except Exception:  # a malformed body: the client's error, not ours
        log.debug("unsubscribe: unreadable form body", exc_info=True)
        return False
    return form.get(ONE_CLICK[0]) == ONE_CLICK[1]


def _lang(request: Request) -> str:
    return pages.browser_language(request.headers.get("accept-language"))


def _html(page: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(page, status_code=status, headers=PAGE_HEADERS)
