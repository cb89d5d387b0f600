"""Signed unsubscribe tokens and the one function that records an opt-out.

A token names a client (by external id) and a channel, signed with HMAC-SHA256
under the secret named by ``[unsubscribe] secret_env``. It holds no address
and no other personal data. The CLI (`winback unsubscribe TOKEN`) and, later,
the daemon's one-click HTTP endpoint (RFC 8058) call :func:`unsubscribe`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

from sqlalchemy import Engine

from winback.errors import TokenError
from winback.models import CHANNELS

VERSION = "1"
SIG_BYTES = 16  # 128-bit tag: forging one is out of reach


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: str, payload: bytes) -> bytes:
    return hmac.new(secret.encode(), payload, hashlib.sha256).digest()[:SIG_BYTES]


def make_token(secret: str, client_external_id: str, channel: str) -> str:
    payload = f"{VERSION}\x1f{client_external_id}\x1f{channel}".encode()
    return f"{_b64(payload)}.{_b64(_sign(secret, payload))}"


@dataclass(frozen=True)
class TokenClaims:
    client_external_id: str
    channel: str


def parse_token(secret: str, token: str) -> TokenClaims:
    """Verify and decode; raises TokenError for anything malformed or forged."""
    try:
        body, sig = token.strip().split(".")
        payload, tag = _unb64(body), _unb64(sig)
    except (ValueError, UnicodeEncodeError) as exc:  # binascii.Error is a ValueError
        raise TokenError("the unsubscribe token is malformed") from exc
    if not hmac.compare_digest(tag, _sign(secret, payload)):
        raise TokenError(
            "the unsubscribe token's signature is not valid (forged, or another secret)"
        )
    try:
        version, client, channel = payload.decode().split("\x1f")
    except (UnicodeDecodeError, ValueError) as exc:
        raise TokenError("the unsubscribe token is malformed") from exc
    if version != VERSION or channel not in CHANNELS or not client:
        raise TokenError("the unsubscribe token is malformed")
    return TokenClaims(client, channel)


def unsubscribe_url(base_url: str, token: str) -> str:
    return f"{base_url}/u/{token}"


def unsubscribe(
    engine: Engine, secret: str, token: str, *, source: str = "unsubscribe"
) -> tuple[TokenClaims, bool]:
    """Record the opt-out a token asks for. Returns (claims, newly recorded).

    Idempotent: a second click changes nothing and is not an error.
    """
    from winback.suppressions import add_suppression

    claims = parse_token(secret, token)
    created = add_suppression(
        engine,
        channel=claims.channel,
        client_external_id=claims.client_external_id,
        kind="opt_out",
        reason="unsubscribe link",
        source=source,
    )
    return claims, created
