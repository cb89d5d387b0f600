"""Loopback stand-ins for the providers winback talks to, for tests.

- :class:`SmtpServer`: a real aiosmtpd server (``tls`` none/starttls/ssl,
  optional login) that keeps every message it accepted;
- :class:`SmsGateway`: an HTTP SMS provider speaking the ``generic``,
  ``smsru`` or ``twilio`` dialect, keeping every request and every accepted SMS;
- :class:`TelegramServer`: a Bot API stand-in (``getMe``, ``sendMessage``,
  ``sendDocument``) that python-telegram-bot accepts, keeping every message
  and document sent.

Each is a context manager, listens on 127.0.0.1 only, and can be told to
fail, all with the same call::

    server.fail("rate_limit", times=2, retry_after=3)  # the next 2 sends: 429 + Retry-After 3
    server.fail("server_error")                         # the next send: 500 (SMTP 451)
    server.fail("reject", times=None)                   # every send, until clear_faults(): 400 (SMTP 550 5.7.1)
    server.fail("hang", seconds=2)                      # answer (normally) only after 2 s
    server.fail("hang", seconds=30, until=lambda: ...)  # HTTP: ... or as soon as it holds
    server.fail("blocked", recipient="42")              # Telegram: only chat 42 blocked the bot

Kinds: every server knows ``rate_limit``, ``server_error``, ``reject`` and
``hang``; :class:`SmtpServer` also ``user_unknown`` (550 5.1.1);
:class:`SmsGateway` also ``unsubscribed`` (Twilio 21610, SMS.ru 209; 400 for
generic); :class:`TelegramServer` also ``blocked`` (403 "Forbidden: bot was
blocked by the user") and ``chat_not_found``. ``recipient=`` limits a fault to
one address (email address, ``+7…`` phone, chat id); faults apply only to
message sends, never to ``getMe``.

The pytest fixtures ``smtp_server``, ``sms_gateway``, ``telegram_server``
(one server per test, the environment variable holding its secret set) and
``tls_files`` (a self-signed certificate, once per session) are found by
pytest under the names a test module binds them to::

    from tests import servers
    smtp_server = servers.smtp_server

(or list ``"tests.servers"`` in ``pytest_plugins`` of the root conftest.py;
importing them by name instead trips ruff's F811 on every test using them).
For other set-ups construct the classes yourself: ``SmtpServer(tls="starttls",
tls_files=..., username=..., password=...)``, ``SmsGateway("twilio")``,
``TelegramServer()``; each is a context manager. A server's ``config()`` gives
the ``[channels.<name>]`` keys pointing at it (``toml()`` the same as TOML, for
a winback.toml) and ``settings()`` a whole :class:`Settings`; what it received
is in ``messages`` (and, for HTTP servers, every raw request in ``requests``).
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import datetime as dt
import email.policy
import html
import ipaddress
import json
import re
import socket
import ssl
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar, Self

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from winback.config import Settings

HOST = "127.0.0.1"
COMMON_KINDS = frozenset({"rate_limit", "server_error", "reject", "hang"})


def free_port() -> int:
    """A port free on 127.0.0.1 right now (aiosmtpd cannot take port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


# ---------------------------------------------------------------------- faults


@dataclasses.dataclass
class Fault:
    kind: str
    times: int | None  # None: every matching send until cleared
    recipient: str | None = None
    retry_after: float | str = 1  # a str is sent as it is (e.g. "1e15")
    seconds: float = 5.0
    # hang (HTTP servers): answer as soon as this holds, at most `seconds` on
    until: Callable[[], bool] | None = None


class Faults:
    """Programmed failures, consumed in the order they were added."""

    def __init__(self, kinds: frozenset[str]) -> None:
        self.kinds = kinds
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(self, fault: Fault) -> None:
        if fault.kind not in self.kinds:
            raise ValueError(f"unknown fault {fault.kind!r}; known: {sorted(self.kinds)}")
        with self._lock:
            self._faults.append(fault)

    def take(self, recipient: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.recipient is None or fault.recipient == recipient:
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self._faults.remove(fault)
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()


class _Scripted:
    faults: Faults

    def fail(
        self,
        kind: str,
        times: int | None = 1,
        *,
        recipient: str | None = None,
        retry_after: float | str = 1,
        seconds: float = 5.0,
        until: Callable[[], bool] | None = None,
    ) -> None:
        """Fail the next ``times`` sends (every one when None) the ``kind`` way."""
        self.faults.add(Fault(kind, times, recipient, retry_after, seconds, until))

    def clear_faults(self) -> None:
        self.faults.clear()


def toml_section(name: str, values: dict[str, Any]) -> str:
    lines = [f"[channels.{name}]"]
    for key, value in values.items():  # JSON strings and numbers are valid TOML
        lines.append(
            f"{key} = {str(value).lower() if isinstance(value, bool) else json.dumps(value)}"
        )
    return "\n".join(lines) + "\n"


def settings_with(name: str, values: dict[str, Any], **extra: Any) -> Settings:
    return Settings.model_validate({"channels": {name: values}, **extra})


# ------------------------------------------------------------------------- TLS


@dataclasses.dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))


def make_tls_files(folder: Path) -> TlsFiles:
    """A self-signed certificate for 127.0.0.1 and localhost."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "winback test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    files = TlsFiles(folder / "cert.pem", folder / "key.pem")
    files.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


# ------------------------------------------------------------------------ SMTP


@dataclasses.dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = BytesParser(policy=email.policy.default).parsebytes(self.data)
        assert isinstance(parsed, EmailMessage)
        return parsed


class SmtpServer(_Scripted):
    """aiosmtpd on a free loopback port; ``messages`` holds what it accepted."""

    password_env = "WINBACK_TEST_SMTP_PASSWORD"
    kinds = COMMON_KINDS | {"user_unknown"}

    def __init__(
        self,
        *,
        tls: str = "none",
        tls_files: TlsFiles | None = None,
        username: str | None = None,
        password: str | None = None,
    ) -> None:
        if tls != "none" and tls_files is None:
            raise ValueError("tls needs tls_files (see make_tls_files)")
        self.tls = tls
        self.tls_files = tls_files
        self.username = username
        self.password = password
        self.faults = Faults(self.kinds)
        self.messages: list[ReceivedMail] = []
        self.port = free_port()
        self._running = False
        kwargs: dict[str, Any] = {}
        if tls == "ssl" and tls_files:
            kwargs["ssl_context"] = tls_files.server_context()
        if tls == "starttls" and tls_files:
            kwargs["tls_context"] = tls_files.server_context()
            kwargs["require_starttls"] = True
        if username:
            # aiosmtpd counts only STARTTLS as TLS, not a connection that began with
            # it, and warns about requiring AUTH without TLS: then AUTH is offered, not
            # required (a wrong password is refused all the same).
            secure = tls == "starttls"
            kwargs |= {
                "authenticator": self._authenticate,
                "auth_required": secure,
                "auth_require_tls": secure,
            }
        self._controller = Controller(_SmtpHandler(self), hostname=HOST, port=self.port, **kwargs)

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.username
            and auth_data.password.decode() == self.password
        )
        return AuthResult(success=ok)

    def start(self) -> Self:
        self._controller.start()
        self._running = True
        return self

    def stop(self) -> None:
        if self._running:
            self._running = False
            self._controller.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def config(self, **overrides: Any) -> dict[str, Any]:
        values: dict[str, Any] = {
            "transport": "smtp",
            "host": HOST,
            "port": self.port,
            "tls": self.tls,
            "timeout_seconds": 2.0,
            "from": "Shop <shop@shop.example>",
        }
        if self.username:
            values |= {"username": self.username, "password_env": self.password_env}
        return values | overrides

    def toml(self, **overrides: Any) -> str:
        return toml_section("email", self.config(**overrides))

    def settings(self, **overrides: Any) -> Settings:
        return settings_with("email", self.config(**overrides))


class _SmtpHandler:
    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        fault = self.owner.faults.take(address)
        if fault is not None:
            session.winback_fault = fault
            if fault.kind == "rate_limit":
                return "451 4.7.1 Too many messages, slow down"
            if fault.kind == "reject":
                return "550 5.7.1 Message refused by policy"
            if fault.kind == "user_unknown":
                return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        fault = getattr(session, "winback_fault", None)
        session.winback_fault = None
        if fault is not None and fault.kind == "server_error":
            return "451 4.3.0 Temporary local problem, try again"
        if fault is not None and fault.kind == "hang":
            await asyncio.sleep(fault.seconds)
        self.owner.messages.append(
            ReceivedMail(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(envelope.content))
        )
        return "250 2.0.0 Message accepted"


# ------------------------------------------------------------------------ HTTP


@dataclasses.dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    # time.monotonic() when the request had been read
    at: float = dataclasses.field(default_factory=time.monotonic, compare=False)

    def json(self) -> Any:
        return json.loads(self.body)

    def form(self) -> dict[str, str]:
        return {
            k: v[-1]
            for k, v in urllib.parse.parse_qs(self.body.decode(), keep_blank_values=True).items()
        }

    def params(self) -> dict[str, Any]:
        """The body as a dict, whether JSON or form encoded."""
        if self.headers.get("content-type", "").startswith("application/json"):
            value = self.json()
            return value if isinstance(value, dict) else {}
        return self.form()


@dataclasses.dataclass(frozen=True)
class HttpResponse:
    status: int
    body: bytes = b""
    headers: dict[str, str] = dataclasses.field(default_factory=dict)

    @classmethod
    def json(cls, status: int, value: Any, headers: dict[str, str] | None = None) -> HttpResponse:
        return cls(
            status,
            json.dumps(value).encode(),
            {"Content-Type": "application/json", **(headers or {})},
        )


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = HttpRequest(
            self.command,
            self.path,
            {k.lower(): v for k, v in self.headers.items()},
            body,
        )
        response = self.server.owner._dispatch(request)
        if response is None:  # stopping while hanging: drop the connection
            return
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    do_GET = do_POST = _serve

    def log_message(self, format: str, *args: Any) -> None:
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True  # stop() waits for handlers; hangs end when it is set
    owner: LoopbackHttpServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        return None  # a client that timed out and hung up is part of the test


class LoopbackHttpServer(_Scripted):
    """An HTTP server on 127.0.0.1 in a thread, recording every request.

    Subclasses say which requests are sends (:meth:`recipient`) and answer
    them (:meth:`answer`, given the fault to play or None).
    """

    kinds: ClassVar[frozenset[str]] = COMMON_KINDS

    def __init__(self) -> None:
        self.faults = Faults(self.kinds)
        self.requests: list[HttpRequest] = []
        self._stopping = threading.Event()
        self._httpd = _Server((HOST, 0), _Handler)
        self._httpd.owner = self
        self.port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def origin(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _dispatch(self, request: HttpRequest) -> HttpResponse | None:
        self.requests.append(request)
        recipient = self.recipient(request)
        fault = self.faults.take(recipient) if recipient is not None else None
        if fault is not None and fault.kind == "hang":
            if self._hang(fault):
                return None
            fault = None
        return self.answer(request, fault)

    def _hang(self, fault: Fault) -> bool:
        """Wait out a hang (fault.seconds, or until fault.until holds);
        True if the server is stopping meanwhile."""
        if fault.until is None:
            return self._stopping.wait(fault.seconds)
        deadline = time.monotonic() + fault.seconds
        while not fault.until() and time.monotonic() < deadline:
            if self._stopping.wait(0.01):
                return True
        return False

    def recipient(self, request: HttpRequest) -> str | None:
        """The recipient of a send request, None for other requests."""
        raise NotImplementedError

    def answer(self, request: HttpRequest, fault: Fault | None) -> HttpResponse:
        raise NotImplementedError


# ------------------------------------------------------------------------- SMS


@dataclasses.dataclass(frozen=True)
class ReceivedSms:
    to: str  # E.164, with +
    text: str
    sender: str
    id: str | None  # the idempotency key (generic only)


class SmsGateway(LoopbackHttpServer):
    """An SMS provider: ``profile`` generic, smsru or twilio.

    ``messages`` holds accepted SMS. A wrong token gets the profile's auth
    error (401; SMS.ru: status_code 200 "wrong api_id").
    """

    kinds = COMMON_KINDS | {"unsubscribed"}
    token_env = "WINBACK_TEST_SMS_TOKEN"
    account_sid = "ACtest0000000000000000000000000000"

    def __init__(self, profile: str = "generic", token: str = "sms-test-token") -> None:
        if profile not in ("generic", "smsru", "twilio"):
            raise ValueError(f"unknown profile {profile!r}")
        super().__init__()
        self.profile = profile
        self.token = token
        self.messages: list[ReceivedSms] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        """What ``[channels.sms] url`` should be: the endpoint (generic) or the base."""
        return f"{self.origin}/send" if self.profile == "generic" else self.origin

    def config(self, **overrides: Any) -> dict[str, Any]:
        values: dict[str, Any] = {
            "transport": "http",
            "provider": self.profile,
            "url": self.url,
            "token_env": self.token_env,
            "sender": "SHOP",
            "timeout_seconds": 2.0,
        }
        if self.profile == "twilio":
            values["account_sid"] = self.account_sid
        return values | overrides

    def toml(self, **overrides: Any) -> str:
        return toml_section("sms", self.config(**overrides))

    def settings(self, **overrides: Any) -> Settings:
        return settings_with("sms", self.config(**overrides))

    def _parse(self, request: HttpRequest) -> ReceivedSms:
        params = request.params()
        if self.profile == "smsru":
            return ReceivedSms(
                "+" + params.get("to", ""), params.get("msg", ""), params.get("from", ""), None
            )
        if self.profile == "twilio":
            return ReceivedSms(
                params.get("To", ""), params.get("Body", ""), params.get("From", ""), None
            )
        return ReceivedSms(
            str(params.get("to", "")),
            str(params.get("text", "")),
            str(params.get("sender", "")),
            params.get("id"),
        )

    def recipient(self, request: HttpRequest) -> str | None:
        return self._parse(request).to if request.method == "POST" else None

    def _authorised(self, request: HttpRequest) -> bool:
        if self.profile == "smsru":
            return request.params().get("api_id") == self.token
        header = request.headers.get("authorization", "")
        if self.profile == "twilio":
            expected = base64.b64encode(f"{self.account_sid}:{self.token}".encode()).decode()
            return header == f"Basic {expected}"
        return header == f"Bearer {self.token}"

    def answer(self, request: HttpRequest, fault: Fault | None) -> HttpResponse:
        expected_path = {
            "generic": "/send",
            "smsru": "/sms/send",
            "twilio": f"/2010-04-01/Accounts/{self.account_sid}/Messages.json",
        }[self.profile]
        if request.method != "POST" or request.path != expected_path:
            return HttpResponse.json(404, {"error": "not found"})
        if not self._authorised(request):
            return self._auth_error()
        sms = self._parse(request)
        if fault is not None:
            return self._fault(fault, sms)
        with self._lock:
            self.messages.append(sms)
            number = len(self.messages)
        if self.profile == "smsru":
            digits = sms.to.lstrip("+")
            entry = {"status": "OK", "status_code": 100, "sms_id": f"000000-{number:08d}"}
            return HttpResponse.json(
                200, {"status": "OK", "status_code": 100, "sms": {digits: entry}, "balance": 100.5}
            )
        if self.profile == "twilio":
            return HttpResponse.json(
                201, {"sid": f"SM{number:032d}", "status": "queued", "to": sms.to}
            )
        return HttpResponse.json(200, {"id": f"gw-{number}", "status": "accepted"})

    def _auth_error(self) -> HttpResponse:
        if self.profile == "smsru":
            return HttpResponse.json(
                200, {"status": "ERROR", "status_code": 200, "status_text": "Неправильный api_id"}
            )
        if self.profile == "twilio":
            return HttpResponse.json(401, {"code": 20003, "message": "Authenticate", "status": 401})
        return HttpResponse.json(401, {"error": "unauthorized"})

    def _fault(self, fault: Fault, sms: ReceivedSms) -> HttpResponse:
        if self.profile == "smsru":
            return self._smsru_fault(fault, sms)
        if fault.kind == "rate_limit":
            body = {"code": 20429, "message": "Too Many Requests", "status": 429}
            return HttpResponse.json(429, body, {"Retry-After": str(fault.retry_after)})
        if fault.kind == "server_error":
            return HttpResponse.json(500, {"message": "internal error", "status": 500})
        if self.profile == "twilio":
            code, text = {
                "reject": (21211, f"The 'To' number {sms.to} is not a valid phone number."),
                "unsubscribed": (21610, "Attempt to send to unsubscribed recipient"),
            }[fault.kind]
            return HttpResponse.json(400, {"code": code, "message": text, "status": 400})
        return HttpResponse.json(400, {"error": f"{fault.kind}: {sms.to} refused"})

    def _smsru_fault(self, fault: Fault, sms: ReceivedSms) -> HttpResponse:
        if fault.kind == "server_error":
            body = {
                "status": "ERROR",
                "status_code": 220,
                "status_text": "Сервис временно недоступен",
            }
            return HttpResponse.json(200, body)
        # SMS.ru answers HTTP 200 and says what went wrong per number.
        code, text = {
            "rate_limit": (231, "Превышен лимит одинаковых сообщений на этот номер в минуту"),
            "reject": (207, "На этот номер нельзя отправлять сообщения"),
            "unsubscribed": (209, "Вы добавили этот номер в стоп-лист"),
        }[fault.kind]
        entry = {"status": "ERROR", "status_code": code, "status_text": text}
        return HttpResponse.json(
            200, {"status": "OK", "status_code": 100, "sms": {sms.to.lstrip("+"): entry}}
        )


# -------------------------------------------------------------------- Telegram

# Bot API's HTML mode (TRAPS.md): any other tag makes it refuse the message.
_TELEGRAM_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "blockquote", "tg-spoiler", "span", "tg-emoji",
}  # fmt: skip
_TAG = re.compile(r"<\s*/?\s*([A-Za-z][\w-]*)[^>]*>")


@dataclasses.dataclass(frozen=True)
class ReceivedTelegram:
    chat_id: str
    text: str  # as sent, with its HTML
    parse_mode: str | None
    params: dict[str, Any]  # every parameter of the sendMessage call


@dataclasses.dataclass(frozen=True)
class ReceivedDocument:
    chat_id: str
    filename: str
    content: bytes
    caption: str | None
    parse_mode: str | None


def multipart_form(request: HttpRequest) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """A multipart/form-data body: (fields, files as name → (filename, bytes))."""
    head = f"Content-Type: {request.headers.get('content-type', '')}\r\n\r\n".encode()
    parsed = BytesParser(policy=email.policy.HTTP).parsebytes(head + request.body)
    assert isinstance(parsed, EmailMessage) and parsed.is_multipart(), "not multipart"
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in parsed.iter_parts():
        assert isinstance(part, EmailMessage)
        name = str(part.get_param("name", header="content-disposition"))
        data = part.get_payload(decode=True)
        assert isinstance(data, bytes)
        filename = part.get_filename()
        if filename is not None:
            files[name] = (filename, data)
        else:
            fields[name] = data.decode("utf-8")
    return fields, files


class TelegramServer(LoopbackHttpServer):
    """A Bot API stand-in: ``getMe``, ``sendMessage`` and ``sendDocument``
    (multipart, the file under ``document``, an optional ``caption``);
    ``messages`` holds the messages sent, ``documents`` the documents. A wrong
    token gets 401, an unknown method 404, a tag HTML mode does not know 400
    "can't parse entities", like Telegram."""

    kinds = COMMON_KINDS | {"blocked", "chat_not_found"}
    token_env = "WINBACK_TEST_TELEGRAM_TOKEN"
    bot_user: ClassVar[dict[str, Any]] = {
        "id": 987654321,
        "is_bot": True,
        "first_name": "Winback",
        "username": "winback_test_bot",
    }

    def __init__(self, token: str = "987654321:TEST-token_abcdefghijklmnop") -> None:
        super().__init__()
        self.token = token
        self.messages: list[ReceivedTelegram] = []
        self.documents: list[ReceivedDocument] = []
        self._lock = threading.Lock()

    @property
    def base_url(self) -> str:
        return f"{self.origin}/bot"

    def config(self, **overrides: Any) -> dict[str, Any]:
        values = {
            "transport": "bot",
            "token_env": self.token_env,
            "base_url": self.base_url,
            "timeout_seconds": 2.0,
        }
        return values | overrides

    def toml(self, **overrides: Any) -> str:
        return toml_section("telegram", self.config(**overrides))

    def settings(self, **overrides: Any) -> Settings:
        return settings_with("telegram", self.config(**overrides))

    def _method(self, request: HttpRequest) -> str | None:
        prefix = f"/bot{self.token}/"
        path = request.path.split("?", 1)[0]
        return path[len(prefix) :] if path.startswith(prefix) else None

    def recipient(self, request: HttpRequest) -> str | None:
        method = (self._method(request) or "").lower()
        if method == "senddocument":
            return multipart_form(request)[0].get("chat_id", "")
        if method != "sendmessage":
            return None
        return str(request.params().get("chat_id", ""))

    @staticmethod
    def _error(code: int, description: str, **parameters: Any) -> HttpResponse:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return HttpResponse.json(code, body)

    def answer(self, request: HttpRequest, fault: Fault | None) -> HttpResponse:
        if not request.path.startswith("/bot"):
            return self._error(404, "Not Found")
        method = self._method(request)
        if method is None:
            return self._error(401, "Unauthorized")
        if method.lower() == "getme":
            return HttpResponse.json(200, {"ok": True, "result": self.bot_user})
        if method.lower() not in ("sendmessage", "senddocument"):
            return self._error(404, "Not Found")
        if fault is not None:
            return self._fault(fault)
        if method.lower() == "senddocument":
            return self._send_document(*multipart_form(request))
        return self._send(request.params())

    def _fault(self, fault: Fault) -> HttpResponse:
        if fault.kind == "rate_limit":
            return self._error(
                429,
                f"Too Many Requests: retry after {fault.retry_after}",
                retry_after=fault.retry_after,
            )
        if fault.kind == "server_error":
            return self._error(500, "Internal Server Error")
        if fault.kind == "blocked":
            return self._error(403, "Forbidden: bot was blocked by the user")
        if fault.kind == "chat_not_found":
            return self._error(400, "Bad Request: chat not found")
        return self._error(
            400, 'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 0'
        )

    def _plain(self, text: str, parse_mode: str | None) -> str | HttpResponse:
        """The text without its HTML, or Telegram's refusal of a tag it does not know."""
        if parse_mode != "HTML":
            return text
        for match in _TAG.finditer(text):
            if match.group(1).lower() not in _TELEGRAM_TAGS:
                return self._error(
                    400,
                    "Bad Request: can't parse entities: Unsupported start tag "
                    f'"{match.group(1)}" at byte offset {match.start()}',
                )
        return html.unescape(_TAG.sub("", text))

    @staticmethod
    def _chat(chat_id: str) -> dict[str, Any]:
        if chat_id.isdigit():
            return {"id": int(chat_id), "type": "private", "first_name": "Client"}
        if chat_id.lstrip("-").isdigit():
            return {"id": int(chat_id), "type": "supergroup", "title": "Group"}
        # @channelusername
        return {"id": -1001234567890, "type": "channel", "title": chat_id, "username": chat_id[1:]}

    def _send_document(
        self, fields: dict[str, str], files: dict[str, tuple[str, bytes]]
    ) -> HttpResponse:
        chat_id = fields.get("chat_id", "")
        if "document" not in files:
            return self._error(400, "Bad Request: there is no document in the request")
        filename, content = files["document"]
        caption, parse_mode = fields.get("caption"), fields.get("parse_mode")
        if caption is not None:
            plain = self._plain(caption, parse_mode)
            if isinstance(plain, HttpResponse):
                return plain
            if len(plain) > 1024:
                return self._error(400, "Bad Request: message caption is too long")
        with self._lock:
            self.documents.append(ReceivedDocument(chat_id, filename, content, caption, parse_mode))
            number = len(self.messages) + len(self.documents)
        message = {
            "message_id": number,
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self.bot_user,
            "document": {"file_id": f"doc{number}", "file_unique_id": f"u{number}",
                         "file_name": filename, "file_size": len(content)},
        }  # fmt: skip
        return HttpResponse.json(200, {"ok": True, "result": message})

    def _send(self, params: dict[str, Any]) -> HttpResponse:
        chat_id = str(params.get("chat_id", ""))
        text = str(params.get("text", ""))
        parse_mode = params.get("parse_mode")
        plain = self._plain(text, parse_mode)
        if isinstance(plain, HttpResponse):
            return plain
        if not plain.strip():
            return self._error(400, "Bad Request: message text is empty")
        if len(plain) > 4096:
            return self._error(400, "Bad Request: message is too long")
        with self._lock:
            self.messages.append(ReceivedTelegram(chat_id, text, parse_mode, params))
            number = len(self.messages) + len(self.documents)
        message = {
            "message_id": number,
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self.bot_user,
            "text": plain,
        }
        return HttpResponse.json(200, {"ok": True, "result": message})


# -------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """A self-signed certificate and key for 127.0.0.1 (one per test session)."""
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain (tls="none") SMTP server without login."""
    with SmtpServer() as server:
        yield server


@pytest.fixture
def sms_gateway(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmsGateway]:
    """A generic-profile SMS gateway; its token is in $WINBACK_TEST_SMS_TOKEN."""
    with SmsGateway() as gateway:
        monkeypatch.setenv(gateway.token_env, gateway.token)
        yield gateway


@pytest.fixture
def telegram_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[TelegramServer]:
    """A Bot API stand-in; its token is in $WINBACK_TEST_TELEGRAM_TOKEN."""
    with TelegramServer() as server:
        monkeypatch.setenv(server.token_env, server.token)
        yield server
