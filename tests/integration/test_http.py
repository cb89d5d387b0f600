"""The daemon's HTTP endpoint over loopback: a real uvicorn on a free port,
real requests (httpx), a real database on each backend."""

from __future__ import annotations

import asyncio
import html.parser
import signal
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import Engine, event, func, select
from starlette.applications import Starlette

from tests.conftest import fresh_database_url, write_config
from tests.integration.test_run_once import SECRET, add_clients, campaign_toml, everyone
from tests.servers import free_port
from winback.config import Settings, load_config
from winback.db import make_engine
from winback.errors import ConfigError
from winback.metrics import Metrics
from winback.models import Client, Message, Suppression
from winback.runner import RunOptions, run_campaign
from winback.unsubscribe import make_token
from winback.web import Health, WebServer, build_app
from winback.web.app import DatabaseProbe

BASE = "https://shop.example.com/winback"
ONE_CLICK = {"List-Unsubscribe": "One-Click"}


class Served:
    """A WebServer running in an event loop of its own thread, as the daemon's
    loop would run it; the test talks to it with plain blocking requests."""

    def __init__(self, app: Starlette) -> None:
        self.loop = asyncio.new_event_loop()
        self.server = WebServer(app, "127.0.0.1", 0)
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> httpx.Client:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(10)
        self.client = httpx.Client(
            base_url=f"http://127.0.0.1:{self.server.bound_port}", timeout=20
        )
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        asyncio.run_coroutine_threadsafe(self.server.stop(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def settings_with(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch, base_url: str = BASE
) -> Settings:
    monkeypatch.setenv("WINBACK_UNSUBSCRIBE_SECRET", SECRET)
    extra = (
        '[company]\nname = "<Tea & Co>"\n'
        f'[unsubscribe]\nbase_url = "{base_url}"\n'
        f'[channels.email]\ntransport = "file"\noutbox_dir = "{tmp_path / "outbox"}"\n'
        + campaign_toml(["email"])
    )
    return load_config(write_config(tmp_path, db_url, extra), check_secrets=True)


def serve(
    engine: Engine,
    settings: Settings,
    scheduler: Callable[[], bool] = lambda: True,
    metrics: Metrics | None = None,
) -> Served:
    health = Health(worker_id="host:1:abcd", scheduler_running=scheduler)
    app = build_app(engine=engine, settings=settings, health=health, metrics=metrics or Metrics())
    return Served(app)


def clients(engine: Engine) -> dict[str, int]:
    """Two clients with an email address: one Russian, one English."""
    add_clients(
        engine,
        [
            {"external_id": "ru", "email": "ru@ex.ru", "locale": "ru_RU", **everyone()},
            {"external_id": "en", "email": "en@ex.com", "locale": "en", **everyone()},
        ],
    )
    with engine.connect() as conn:
        return dict(conn.execute(select(Client.external_id, Client.id)).all())  # type: ignore[arg-type]


def token(ids: dict[str, int], who: str, channel: str = "email", secret: str = SECRET) -> str:
    return make_token(secret, ids[who], who, channel)


def opt_outs(engine: Engine) -> list[tuple[str, str, str, str | None]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(Client.external_id, Suppression.channel, Suppression.kind, Suppression.source)
            .join(Client, Client.id == Suppression.client_id)
            .order_by(Suppression.id)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


class FormReader(html.parser.HTMLParser):
    """The form of a page: its method, action and fields, as a browser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"method": a.get("method"), "action": a.get("action"), "fields": {}})
        elif tag == "input" and self.forms and a.get("name"):
            self.forms[-1]["fields"][a["name"]] = a.get("value") or ""


# ------------------------------------------------------------------ unsubscribe


def test_one_click_post_records_one_opt_out_and_the_client_gets_nothing(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = clients(engine)
    settings = settings_with(tmp_path, db_url, monkeypatch)
    with serve(engine, settings) as http:
        url = f"/winback/u/{token(ids, 'ru')}"
        first = http.post(url, data=ONE_CLICK)
        assert first.status_code == 200, first.text
        assert first.headers["content-type"].startswith("text/html")
        assert "Вы отписались" in first.text
        assert opt_outs(engine) == [("ru", "email", "opt_out", "http")]
        second = http.post(url, data=ONE_CLICK)  # a second click: the same answer
        assert second.status_code == 200 and "Вы отписались" in second.text
        assert opt_outs(engine) == [("ru", "email", "opt_out", "http")]
    report = run_campaign(engine, settings, settings.campaign("winback"), RunOptions())
    assert report is not None and report.sent == {"email": 1}
    with engine.connect() as conn:
        got = conn.execute(
            select(Client.external_id).join(Message, Message.client_id == Client.id)
        ).all()
    assert [r[0] for r in got] == ["en"]  # the opted-out client is not even selected
    outbox = list((tmp_path / "outbox").rglob("*.eml"))
    assert len(outbox) == 1 and "en@ex.com" in outbox[0].read_text(encoding="utf-8")


def test_one_click_post_as_multipart_form_data(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RFC 8058 says the POST SHOULD be multipart/form-data."""
    ids = clients(sqlite_engine)
    body = (
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="List-Unsubscribe"\r\n\r\n'
        b"One-Click\r\n--XyZ--\r\n"
    )
    with serve(sqlite_engine, settings_with(tmp_path, sqlite_url, monkeypatch)) as http:
        done = http.post(
            f"/winback/u/{token(ids, 'en', 'sms')}",
            content=body,
            headers={"Content-Type": "multipart/form-data; boundary=XyZ"},
        )
    assert done.status_code == 200, done.text
    assert "You are unsubscribed" in done.text and "by SMS" in done.text
    assert opt_outs(sqlite_engine) == [("en", "sms", "opt_out", "http")]


def test_get_shows_a_page_in_the_clients_language_whose_button_unsubscribes(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = clients(engine)
    with serve(engine, settings_with(tmp_path, db_url, monkeypatch)) as http:
        ru = http.get(f"/winback/u/{token(ids, 'ru', 'telegram')}")
        en_url = f"/winback/u/{token(ids, 'en')}"
        en = http.get(en_url)
        assert (ru.status_code, en.status_code) == (200, 200)
        assert '<html lang="ru">' in ru.text and "Отписаться" in ru.text
        assert "в Telegram" in ru.text
        assert '<html lang="en">' in en.text and "Unsubscribe" in en.text and "by email" in en.text
        for page in (ru, en):  # the company name is escaped, never markup
            assert "&lt;Tea &amp; Co&gt;" in page.text and "<Tea" not in page.text
            assert page.headers["cache-control"] == "no-store"
            assert page.headers["referrer-policy"] == "no-referrer"
        assert opt_outs(engine) == []  # a GET (a mail scanner's prefetch) records nothing
        # the button: what a browser would post from the page
        reader = FormReader()
        reader.feed(en.text)
        [form] = reader.forms
        assert form["method"] == "post" and form["action"] is None  # posts to this URL
        assert form["fields"] == ONE_CLICK
        pressed = http.post(en_url, data=form["fields"])
        assert pressed.status_code == 200 and "You are unsubscribed" in pressed.text
    assert opt_outs(engine) == [("en", "email", "opt_out", "http")]


def test_a_client_without_a_locale_gets_the_templates_language(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_clients(
        sqlite_engine, [{"external_id": "x", "locale": None}, {"external_id": "de", "locale": "de"}]
    )
    with sqlite_engine.connect() as conn:
        ids = dict(conn.execute(select(Client.external_id, Client.id)).all())
    with serve(sqlite_engine, settings_with(tmp_path, sqlite_url, monkeypatch)) as http:
        unset = http.get(f"/winback/u/{token(ids, 'x')}")
        german = http.get(f"/winback/u/{token(ids, 'de')}")
    assert '<html lang="ru">' in unset.text  # the shipped templates' language
    assert '<html lang="en">' in german.text  # neither ru nor en: English


def test_forged_and_malformed_tokens_are_refused_and_record_nothing(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = clients(engine)
    bad = {
        "garbage": "not-a-token",
        "two dots": "a.b.c",
        "bad base64": "%%%%.%%%%",
        "another secret": token(ids, "ru", secret="another-secret-of-32-characters-or-more"),
        "unknown client": make_token(SECRET, 999_999, "ghost", "email"),
        "id of another client": make_token(SECRET, ids["en"], "ru", "email"),
        "a changed tag": make_token(SECRET, 2**31 - 1, "x", "sms")[:-1] + "A",
    }
    with serve(engine, settings_with(tmp_path, db_url, monkeypatch)) as http:
        for why, tok in bad.items():
            got = http.get(f"/winback/u/{tok}", headers={"Accept-Language": "ru-RU,ru;q=0.9"})
            assert got.status_code == 400, why
            assert "Ссылка недействительна" in got.text, why
            posted = http.post(f"/winback/u/{tok}", data=ONE_CLICK)
            assert posted.status_code == 400, why
            assert "Invalid link" in posted.text, why  # no Accept-Language: English
            assert tok not in posted.text
    assert opt_outs(engine) == []


def test_a_post_without_the_one_click_body_is_400(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = clients(sqlite_engine)
    url = f"/winback/u/{token(ids, 'ru')}"
    with serve(sqlite_engine, settings_with(tmp_path, sqlite_url, monkeypatch)) as http:
        for attempt in (
            {},
            {"data": {"List-Unsubscribe": "Yes"}},
            {"data": {"unsubscribe": "One-Click"}},
            {"json": ONE_CLICK},
            {"content": b"List-Unsubscribe=One-Click"},  # no form content type
            {"content": b"x" * 20_000, "headers": {"Content-Type": "text/plain"}},
        ):
            got = http.post(url, **attempt)
            assert got.status_code in (400, 413), attempt
        huge = http.post(url, data={"List-Unsubscribe": "One-Click", "pad": "x" * 20_000})
        assert huge.status_code in (400, 413)
        assert http.put(url, data=ONE_CLICK).status_code == 405
    assert opt_outs(sqlite_engine) == []


@pytest.mark.parametrize(
    ("base_url", "served", "not_served"),
    [
        ("https://shop.example.com", "/u/", "/winback/u/"),
        ("https://shop.example.com/", "/u/", "/winback/u/"),
        ("https://shop.example.com/mail/winback", "/mail/winback/u/", "/u/"),
    ],
)
def test_the_path_follows_the_base_url(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    base_url: str,
    served: str,
    not_served: str,
) -> None:
    ids = clients(sqlite_engine)
    tok = token(ids, "en")
    settings = settings_with(tmp_path, sqlite_url, monkeypatch, base_url=base_url)
    with serve(sqlite_engine, settings) as http:
        assert http.get(f"{not_served}{tok}").status_code == 404
        assert http.post(f"{not_served}{tok}", data=ONE_CLICK).status_code == 404
        assert opt_outs(sqlite_engine) == []
        assert http.get(f"{served}{tok}").status_code == 200
        assert http.post(f"{served}{tok}", data=ONE_CLICK).status_code == 200
        assert http.get("/nothing-here").status_code == 404
    assert opt_outs(sqlite_engine) == [("en", "email", "opt_out", "http")]


# ----------------------------------------------------------- health and metrics


def test_healthz_ok_and_a_stopped_scheduler(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = [True]
    with serve(engine, settings_with(tmp_path, db_url, monkeypatch), lambda: running[0]) as http:
        ok = http.get("/healthz")
        assert ok.status_code == 200
        assert ok.json() == {
            "status": "ok",
            "database": "ok",
            "scheduler": "running",
            "worker": "host:1:abcd",
        }
        running[0] = False
        stopped = http.get("/healthz")
    assert stopped.status_code == 503
    assert stopped.json() == {
        "status": "failing",
        "database": "ok",
        "scheduler": "stopped",
        "worker": "host:1:abcd",
    }


def test_healthz_and_metrics_name_a_database_on_a_closed_port(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = make_engine(f"postgresql://winback@127.0.0.1:{free_port()}/winback")
    settings = settings_with(tmp_path, "sqlite:///unused.db", monkeypatch)
    try:
        with serve(closed, settings) as http:
            got = http.get("/healthz")
            metrics = http.get("/metrics")
    finally:
        closed.dispose()
    assert got.status_code == 503
    assert got.json()["database"] == "unreachable" and got.json()["status"] == "failing"
    assert got.json()["scheduler"] == "running"
    assert metrics.status_code == 200
    values = {
        s.name: s.value
        for family in text_string_to_metric_families(metrics.text)
        for s in family.samples
    }
    assert values["winback_database_up"] == 0


def test_healthz_names_a_dropped_postgresql_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _servers: dict[str, Engine]
) -> None:
    dropped = fresh_database_url("postgresql", tmp_path, _servers)
    url = next(dropped)
    engine = make_engine(url)
    settings = settings_with(tmp_path, url, monkeypatch)
    try:
        with serve(engine, settings) as http:
            assert http.get("/healthz").status_code == 200
            with pytest.raises(StopIteration):
                next(dropped)  # drops the database, ending the connections
            time.sleep(1.1)  # past the cached answer
            got = http.get("/healthz")
    finally:
        engine.dispose()
        dropped.close()
    assert got.status_code == 503, got.text
    assert got.json()["database"] == "unreachable"


def test_the_database_is_asked_at_most_once_a_second(sqlite_engine: Engine) -> None:
    pings: list[str] = []
    event.listen(sqlite_engine, "before_cursor_execute", lambda *a: pings.append(a[2]), named=False)
    clock = [100.0]
    probe = DatabaseProbe(sqlite_engine, clock=lambda: clock[0])

    async def ask() -> list[bool]:
        answers = list(await asyncio.gather(*(probe.up() for _ in range(5))))
        clock[0] += 0.9
        answers.append(await probe.up())
        clock[0] += 0.2
        answers.append(await probe.up())
        return answers

    assert asyncio.run(ask()) == [True] * 7
    assert [p for p in pings if p == "SELECT 1"] == ["SELECT 1", "SELECT 1"]
    assert "BEGIN IMMEDIATE" not in pings  # SQLite: no write lock for a health check


def test_metrics_parse_and_carry_every_name(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    metrics = Metrics()
    metrics.observe_run("winback", 2.5, ok=True)
    with serve(engine, settings_with(tmp_path, db_url, monkeypatch), metrics=metrics) as http:
        got = http.get("/metrics")
    assert got.status_code == 200
    assert got.headers["content-type"].startswith("text/plain; version=")
    families = {f.name: f for f in text_string_to_metric_families(got.text)}
    assert {
        "winback_messages",
        "winback_queue_messages",
        "winback_campaign_last_success_timestamp_seconds",
        "winback_campaign_run_duration_seconds",
        "winback_database_up",
    } <= set(families)
    assert families["winback_messages"].type == "counter"
    assert families["winback_campaign_run_duration_seconds"].type == "histogram"
    [up] = families["winback_database_up"].samples
    assert up.value == 1
    last = families["winback_campaign_last_success_timestamp_seconds"].samples[0]
    assert last.labels == {"campaign": "winback"} and abs(last.value - time.time()) < 60


# ----------------------------------------------------------------- the server


def plain_app(engine: Engine, settings: Settings) -> Starlette:
    return build_app(
        engine=engine, settings=settings, health=Health("w", lambda: True), metrics=Metrics()
    )


def test_a_port_in_use_is_a_config_error(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = plain_app(sqlite_engine, settings_with(tmp_path, sqlite_url, monkeypatch))
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        server = WebServer(app, "127.0.0.1", port)
        with pytest.raises(ConfigError) as caught:
            asyncio.run(server.start())
    message = str(caught.value)
    assert "[http] listen" in message and f"127.0.0.1:{port}" in message
    assert "in use" in message
    assert "Traceback" not in message


def test_the_server_runs_in_the_callers_loop_and_leaves_signals_alone(
    sqlite_engine: Engine, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = plain_app(sqlite_engine, settings_with(tmp_path, sqlite_url, monkeypatch))
    signals = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)

    async def main() -> tuple[int, dict[signal.Signals, Any], dict[signal.Signals, Any]]:
        before = {sig: signal.getsignal(sig) for sig in signals}  # asyncio.run's own SIGINT
        server = WebServer(app, "127.0.0.1", 0)
        await server.start()
        try:
            async with httpx.AsyncClient() as client:
                got = await client.get(f"http://127.0.0.1:{server.bound_port}/healthz")
            during = {sig: signal.getsignal(sig) for sig in before}
        finally:
            await server.stop()
        return got.status_code, before, during

    status, before, during = asyncio.run(main())
    assert status == 200
    assert during == before


@pytest.fixture
def no_logs_of_tokens(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level("DEBUG")
    yield caplog


def test_tokens_stay_out_of_the_logs(
    sqlite_engine: Engine,
    sqlite_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_logs_of_tokens: pytest.LogCaptureFixture,
) -> None:
    ids = clients(sqlite_engine)
    good, forged = token(ids, "ru"), token(ids, "en", secret="x" * 40)
    with serve(sqlite_engine, settings_with(tmp_path, sqlite_url, monkeypatch)) as http:
        assert http.post(f"/winback/u/{good}", data=ONE_CLICK).status_code == 200
        assert http.get(f"/winback/u/{forged}").status_code == 400
    # what winback and uvicorn log (httpx, the test's client, logs its URLs)
    text = "\n".join(
        r.getMessage()
        for r in no_logs_of_tokens.records
        if r.name.startswith(("winback", "uvicorn"))
    )
    assert "opted out of email (recorded)" in text
    assert good not in text and forged not in text
    assert good.split(".")[1] not in text and forged.split(".")[0] not in text
    with sqlite_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Suppression)).scalar() == 1
