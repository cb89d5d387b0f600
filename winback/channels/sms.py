"""SMS over an HTTP provider (``transport = "http"``) or to files
(``transport = "file"``).

Before any request the recipient must be E.164 (``+`` and 8–15 digits), else
permanent ``bad_address``; the file transport checks the same. Both declare the
SMS length limit (``sms_max_segments``) as ``max_segments``; the dispatcher
counts segments with :mod:`winback.rendering.gsm` and enforces it.

Providers (``provider =``), each one request per :meth:`HttpSmsChannel.send`:

``generic``
    ``POST url`` with JSON ``{"to": "+7…", "text": "…", "sender": "…", "id":
    "<idempotency key>"}`` and ``Authorization: Bearer <token>``. 2xx: accepted
    (the provider's id from the answer's JSON ``id``, if any). 429 and 5xx:
    transient (``rate_limited`` / ``unavailable``), honouring ``Retry-After``
    (seconds or an HTTP date) as ``retry_after``. 401/403: permanent ``auth``.
    Other answers: permanent ``rejected`` with the status and a short excerpt
    of the body. The provider is expected to deduplicate on ``id``, so the
    channel is idempotent.

``smsru``
    SMS.ru: ``POST {url or https://sms.ru}/sms/send`` with form fields
    ``api_id`` (the token), ``to`` (digits), ``msg``, ``from`` (the sender) and
    ``json=1``. The answer is HTTP 200 with ``status`` OK/ERROR and, per
    number, ``sms[<digits>]`` with ``status``, ``status_code``, ``status_text``
    and ``sms_id``. Codes: see :data:`SMSRU_CODES`; an unknown code ≥ 500 is
    transient, any other permanent ``rejected``. Not idempotent.

``twilio``
    ``POST {url or https://api.twilio.com}/2010-04-01/Accounts/{account_sid}/
    Messages.json`` with form fields ``To``, ``From``, ``Body`` and basic auth
    ``account_sid:token``. 201: accepted with the answer's ``sid``. Error
    codes in the JSON body: 21610 (the recipient replied STOP) → permanent
    ``unsubscribed``, suppress; 21211 (invalid number), 21614 (not a mobile
    number) → permanent ``bad_address``, suppress; 20003 → ``auth``; then the
    generic mapping by HTTP status (429/5xx transient). Not idempotent.

Network failures: connecting failed or timed out → transient ``unavailable``
(nothing was sent); the request went out but no answer came in time →
transient ``timeout`` (the provider may have taken it).
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import logging
import math
import re
from typing import Any, Protocol

import httpx

from winback.channels import excerpt
from winback.channels.base import OutboundMessage, Prepared, SendResult, clamp_retry_after
from winback.channels.file import FileChannel
from winback.config import Settings, SmsSettings
from winback.errors import ChannelConfigError, ChannelError
from winback.logs import mask_phone

log = logging.getLogger(__name__)

E164 = re.compile(r"^\+[1-9]\d{7,14}$")

# SMS.ru status_code → (permanent, reason, suppress), from SMS.ru's API page.
SMSRU_CODES: dict[int, tuple[bool, str, bool]] = {
    200: (True, "auth", False),  # wrong api_id
    201: (True, "account", False),  # not enough money on the account
    202: (True, "bad_address", True),  # wrong recipient
    203: (True, "rejected", False),  # no message text
    204: (True, "rejected", False),  # sender name not approved
    205: (True, "too_long", False),  # longer than 8 SMS
    206: (True, "limit", False),  # the daily sending limit is reached
    207: (True, "bad_address", True),  # no route to this number
    208: (True, "rejected", False),  # wrong `time`
    209: (True, "unsubscribed", True),  # the number is on the account's stop-list
    210: (True, "rejected", False),  # GET where POST is needed
    211: (True, "rejected", False),  # method not found
    212: (True, "rejected", False),  # text not in UTF-8
    220: (False, "unavailable", False),  # service temporarily unavailable
    221: (True, "rejected", False),  # a letter sender name is required
    230: (True, "limit", False),  # over 100 messages to this number today
    231: (False, "rate_limited", False),  # same message to this number within a minute
    232: (True, "limit", False),  # same message to this number today
    233: (False, "rate_limited", False),  # repeated messages too fast ("fraud protection")
    300: (True, "auth", False),  # wrong token
    301: (True, "auth", False),  # wrong password or no such user
    302: (True, "auth", False),  # account not confirmed
    500: (False, "unavailable", False),  # server error, repeat the request
    550: (True, "rejected", False),  # the country is blocked
}
# 501–508 are short-term anti-fraud limits: transient, like 231.
SMSRU_CODES.update({code: (False, "rate_limited", False) for code in range(501, 509)})

TWILIO_CODES: dict[int, tuple[str, bool]] = {  # permanent: code → (reason, suppress)
    21610: ("unsubscribed", True),
    21211: ("bad_address", True),
    21614: ("bad_address", True),
    20003: ("auth", False),
}


def build(settings: Settings) -> FileChannel | HttpSmsChannel:
    cfg = settings.channels.sms or SmsSettings()
    if cfg.transport == "file":
        return FileChannel(
            "sms", settings.outbox_dir("sms"), validate=_validate, max_segments=cfg.sms_max_segments
        )
    if not cfg.token_env:
        raise ChannelConfigError("channel sms: transport 'http' needs token_env")
    return HttpSmsChannel(cfg, token=settings.secret(cfg.token_env))


def _validate(message: OutboundMessage) -> None:
    if not E164.match(message.recipient or ""):
        raise ChannelError(
            "not an E.164 phone number (+ and 8-15 digits)", permanent=True, reason="bad_address"
        )


class Provider(Protocol):
    idempotent: bool

    def request(self, client: httpx.AsyncClient, message: OutboundMessage) -> httpx.Request: ...

    def accepted(self, response: httpx.Response, message: OutboundMessage) -> str | None:
        """The provider's message id; raises ChannelError when refused."""
        ...


class HttpSmsChannel:
    """One HTTP request to the configured provider per :meth:`send`."""

    name = "sms"
    rate_limited = True
    per_recipient_interval = 0.0

    def __init__(self, cfg: SmsSettings, *, token: str) -> None:
        self._provider = _provider(cfg, token)
        self.idempotent = self._provider.idempotent
        self.max_segments: int | None = cfg.sms_max_segments
        self._client = httpx.AsyncClient(timeout=cfg.timeout_seconds, follow_redirects=False)
        self._prepared = Prepared(self._request)

    def check(self, message: OutboundMessage) -> None:
        self._prepared.check(message)

    def _request(self, message: OutboundMessage) -> httpx.Request:
        _validate(message)
        return self._provider.request(self._client, message)  # encodes the body

    async def send(self, message: OutboundMessage) -> SendResult:
        request = self._prepared.take(message)
        try:
            response = await self._client.send(request)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise self._failed(
                message, "unavailable", f"cannot reach the provider: {exc!r}"
            ) from exc
        except httpx.TimeoutException as exc:
            raise self._failed(message, "timeout", "no answer in time") from exc
        except httpx.HTTPError as exc:
            raise self._failed(message, "timeout", f"no answer: {exc!r}") from exc
        try:
            provider_id = self._provider.accepted(response, message)
        except ChannelError as exc:
            log.debug("sms to %s refused: %s", mask_phone(message.recipient), exc.reason)
            raise
        log.debug("sms to %s accepted", mask_phone(message.recipient))
        return SendResult(provider_id=provider_id)

    def _failed(self, message: OutboundMessage, reason: str, detail: str) -> ChannelError:
        log.debug("sms to %s: %s", mask_phone(message.recipient), reason)
        return ChannelError(f"SMS provider: {excerpt(detail)}", permanent=False, reason=reason)

    async def aclose(self) -> None:
        await self._client.aclose()


def _provider(cfg: SmsSettings, token: str) -> Provider:
    if cfg.provider == "smsru":
        return SmsRu(cfg, token)
    if cfg.provider == "twilio":
        return Twilio(cfg, token)
    return Generic(cfg, token)


# ------------------------------------------------------------------ providers


class Generic:
    idempotent = True

    def __init__(self, cfg: SmsSettings, token: str) -> None:
        if not cfg.url:
            raise ChannelConfigError("channel sms: provider 'generic' needs url")
        self._url = cfg.url
        self._token = token
        self._sender = cfg.sender

    def request(self, client: httpx.AsyncClient, message: OutboundMessage) -> httpx.Request:
        body = {
            "to": message.recipient,
            "text": message.text,
            "sender": self._sender,
            "id": message.idempotency_key,
        }
        headers = {"Authorization": f"Bearer {self._token}"}
        return client.build_request("POST", self._url, json=body, headers=headers)

    def accepted(self, response: httpx.Response, message: OutboundMessage) -> str | None:
        if not response.is_success:
            raise http_error(response)
        answer = _json(response)
        value = answer.get("id") if isinstance(answer, dict) else None
        return None if value is None else str(value)


class SmsRu:
    idempotent = False

    def __init__(self, cfg: SmsSettings, token: str) -> None:
        self._url = (cfg.url or "https://sms.ru").rstrip("/") + "/sms/send"
        self._token = token
        self._sender = cfg.sender

    def request(self, client: httpx.AsyncClient, message: OutboundMessage) -> httpx.Request:
        form = {
            "api_id": self._token,
            "to": message.recipient.lstrip("+"),
            "msg": message.text,
            "from": self._sender,
            "json": "1",
        }
        return client.build_request("POST", self._url, data=form)

    def accepted(self, response: httpx.Response, message: OutboundMessage) -> str | None:
        if not response.is_success:
            raise http_error(response)
        answer = _json(response)
        if not isinstance(answer, dict):
            raise ChannelError(
                f"SMS.ru: not a JSON answer: {excerpt(response.text)}",
                permanent=False,
                reason="unavailable",
            )
        if answer.get("status") != "OK":
            raise _smsru_error(answer)
        per_number = answer.get("sms") or {}
        entry = per_number.get(message.recipient.lstrip("+"))
        if entry is None and len(per_number) == 1:
            entry = next(iter(per_number.values()))
        if not isinstance(entry, dict):
            raise ChannelError(
                "SMS.ru: no status for the number in the answer", permanent=False, reason="timeout"
            )
        if entry.get("status") != "OK":
            raise _smsru_error(entry)
        value = entry.get("sms_id")
        return None if value is None else str(value)


def _smsru_error(status: dict[str, Any]) -> ChannelError:
    try:
        code = int(status.get("status_code", 0))
    except (TypeError, ValueError):
        code = 0
    permanent, reason, suppress = SMSRU_CODES.get(
        code, (False, "unavailable", False) if code >= 500 else (True, "rejected", False)
    )
    return ChannelError(
        f"SMS.ru {code}: {excerpt(str(status.get('status_text', '')))}",
        permanent=permanent,
        reason=reason,
        suppress=suppress,
        retry_after=60.0 if code == 231 else None,
    )


class Twilio:
    idempotent = False

    def __init__(self, cfg: SmsSettings, token: str) -> None:
        if not cfg.account_sid:
            raise ChannelConfigError("channel sms: provider 'twilio' needs account_sid")
        base = (cfg.url or "https://api.twilio.com").rstrip("/")
        self._url = f"{base}/2010-04-01/Accounts/{cfg.account_sid}/Messages.json"
        credentials = base64.b64encode(f"{cfg.account_sid}:{token}".encode()).decode("ascii")
        self._headers = {"Authorization": f"Basic {credentials}"}
        self._sender = cfg.sender

    def request(self, client: httpx.AsyncClient, message: OutboundMessage) -> httpx.Request:
        form = {"To": message.recipient, "From": self._sender, "Body": message.text}
        return client.build_request("POST", self._url, data=form, headers=self._headers)

    def accepted(self, response: httpx.Response, message: OutboundMessage) -> str | None:
        answer = _json(response)
        if response.is_success:
            sid = answer.get("sid") if isinstance(answer, dict) else None
            return None if sid is None else str(sid)
        code = answer.get("code") if isinstance(answer, dict) else None
        if isinstance(code, int) and code in TWILIO_CODES:
            reason, suppress = TWILIO_CODES[code]
            text = answer.get("message", "") if isinstance(answer, dict) else ""
            raise ChannelError(
                f"Twilio {code}: {excerpt(str(text))}",
                permanent=True,
                reason=reason,
                suppress=suppress,
            )
        raise http_error(response)


# -------------------------------------------------------------------- helpers


def http_error(response: httpx.Response) -> ChannelError:
    """The generic mapping of a non-2xx HTTP answer."""
    status = response.status_code
    message = f"HTTP {status}: {excerpt(response.text)}"
    if status == 429:
        return ChannelError(
            message, permanent=False, reason="rate_limited", retry_after=retry_after(response)
        )
    if status >= 500:
        return ChannelError(
            message, permanent=False, reason="unavailable", retry_after=retry_after(response)
        )
    if status in (401, 403):
        return ChannelError(message, permanent=True, reason="auth")
    return ChannelError(message, permanent=True, reason="rejected")


def retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds: a number, or an HTTP date from now; at most a day."""
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        seconds = (when - dt.datetime.now(dt.UTC)).total_seconds()
    if math.isnan(seconds):
        return None
    return clamp_retry_after(seconds)


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
