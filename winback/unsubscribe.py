"""Signed unsubscribe tokens and the one function that records an opt-out.

A token names a client and a channel, signed with HMAC-SHA256 under the secret
named by ``[unsubscribe] secret_env``. It holds no address and no other
personal data. The CLI (`winback unsubscribe TOKEN`) and the daemon's
one-click HTTP endpoint (RFC 8058) call :func:`unsubscribe`.

Two formats are read; new links use the short one:

* **v2** (``make_token``): the client's row id (a varint) and a channel code,
  with a 96-bit tag over those *and the client's external id*: 24 characters
  for ids under 2^21 (two million), at most 27 under 2^31, whatever the
  external id (a UUID external id made a v1 token 79 characters, more than
  a Cyrillic SMS segment of 67). The external id is not in the token, so checking one looks
  the client up; if the row id has since been given to another client (a
  reloaded copy of the CRM tables), the tag no longer matches and the token
  is refused, never applied to the wrong client.
* **v1** (links sent before): the external id itself and the channel, with a
  128-bit tag; self-contained.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select

from winback.db import read_engine
from winback.errors import TokenError
from winback.models import CHANNELS, Client

V1 = "1"
V1_SIG_BYTES = 16
V2 = 2
V2_SIG_BYTES = 12  # 96-bit tag: forging one is out of reach, even online
# clients.id is a 32-bit INTEGER on PostgreSQL and MariaDB: a larger id in a
# token (unauthenticated input) is refused before any query, which would
# otherwise fail on the driver (SQLite: over 2^63) or the server (PostgreSQL).
MAX_CLIENT_ID = 2**31 - 1
MAX_VARINT_BYTES = 5  # 7 bits a byte: 5 bytes hold 35 bits, enough for MAX_CLIENT_ID
# One byte per channel in v2 bodies. Append new channels; never renumber.
CHANNEL_CODES = {"email": 1, "sms": 2, "telegram": 3}
CHANNEL_OF_CODE = {code: name for name, code in CHANNEL_CODES.items()}
assert set(CHANNEL_CODES) == set(CHANNELS)

MALFORMED = "the unsubscribe token is malformed"
FORGED = "the unsubscribe token's signature is not valid (forged, or another secret)"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: str, message: bytes, size: int) -> bytes:
    return hmac.new(secret.encode(), message, hashlib.sha256).digest()[:size]


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _read_varint(data: bytes, pos: int) -> tuple[int, int]:
    """A client id: at most MAX_VARINT_BYTES bytes and MAX_CLIENT_ID, else malformed."""
    value = shift = 0
    end = min(len(data), pos + MAX_VARINT_BYTES)
    while pos < end:
        byte = data[pos]
        value |= (byte & 0x7F) << shift
        pos += 1
        if not byte & 0x80:
            if value > MAX_CLIENT_ID:
                break
            return value, pos
        shift += 7
    raise TokenError(MALFORMED)


def _v2_tag(secret: str, body: bytes, external_id: str) -> bytes:
    return _mac(secret, body + b"\x1f" + external_id.encode(), V2_SIG_BYTES)


def make_token(secret: str, client_id: int, client_external_id: str, channel: str) -> str:
    """A short (v2) token for the client with this row id and external id."""
    if not 0 <= client_id <= MAX_CLIENT_ID:
        raise ValueError(f"client ids are between 0 and {MAX_CLIENT_ID}")
    body = bytes([V2]) + _varint(client_id) + bytes([CHANNEL_CODES[channel]])
    return f"{_b64(body)}.{_b64(_v2_tag(secret, body, client_external_id))}"


def sample_token() -> str:
    """As long as the longest token of a client id under 2^31 (for length checks)."""
    return make_token("sample", 2**31 - 1, "sample", "telegram")


@dataclass(frozen=True)
class TokenClaims:
    client_external_id: str
    channel: str


ExternalIdOf = Callable[[int], str | None]


def parse_token(secret: str, token: str, external_id_of: ExternalIdOf) -> TokenClaims:
    """Verify and decode; raises TokenError for anything malformed or forged.

    ``external_id_of`` maps a client row id to its external id (None when no
    such client); only v2 tokens need it.
    """
    try:
        body_text, sig_text = token.strip().split(".")
        body, tag = _unb64(body_text), _unb64(sig_text)
    except (ValueError, UnicodeEncodeError) as exc:  # binascii.Error is a ValueError
        raise TokenError(MALFORMED) from exc
    if body[:1] == bytes([V2]):
        return _parse_v2(secret, body, tag, external_id_of)
    return _parse_v1(secret, body, tag)


def _parse_v2(secret: str, body: bytes, tag: bytes, external_id_of: ExternalIdOf) -> TokenClaims:
    client_id, pos = _read_varint(body, 1)
    if len(body) != pos + 1 or body[pos] not in CHANNEL_OF_CODE or len(tag) != V2_SIG_BYTES:
        raise TokenError(MALFORMED)
    external_id = external_id_of(client_id)
    # An unknown id fails like a forgery: the answer must not tell which ids exist.
    expected = _v2_tag(secret, body, external_id if external_id is not None else "")
    if external_id is None or not hmac.compare_digest(tag, expected):
        raise TokenError(FORGED)
    return TokenClaims(external_id, CHANNEL_OF_CODE[body[pos]])


def _parse_v1(secret: str, payload: bytes, tag: bytes) -> TokenClaims:
    if not hmac.compare_digest(tag, _mac(secret, payload, V1_SIG_BYTES)):
        raise TokenError(FORGED)
    try:
        version, client, channel = payload.decode().split("\x1f")
    except (UnicodeDecodeError, ValueError) as exc:
        raise TokenError(MALFORMED) from exc
    if version != V1 or channel not in CHANNELS or not client:
        raise TokenError(MALFORMED)
    return TokenClaims(client, channel)


def unsubscribe_url(base_url: str, token: str) -> str:
    return f"{base_url}/u/{token}"


def verify(engine: Engine, secret: str, token: str) -> TokenClaims:
    """The claims of a valid token, looking the client up; records nothing.
    Raises TokenError for a malformed or forged token."""
    clients = Client.__table__

    def external_id_of(client_id: int) -> str | None:
        with read_engine(engine).connect() as conn:
            found = conn.execute(
                select(clients.c.external_id).where(clients.c.id == client_id)
            ).scalar()
        return str(found) if found is not None else None

    return parse_token(secret, token, external_id_of)


def client_locale(engine: Engine, client_external_id: str) -> str | None:
    """The locale of the client a token names (None when unknown or unset)."""
    with read_engine(engine).connect() as conn:
        found = conn.execute(
            select(Client.__table__.c.locale).where(
                Client.__table__.c.external_id == client_external_id
            )
        ).scalar()
    return str(found) if found else None


def unsubscribe(
    engine: Engine, secret: str, token: str, *, source: str = "unsubscribe"
) -> tuple[TokenClaims, bool]:
    """Record the opt-out a token asks for. Returns (claims, newly recorded).

    Idempotent: a second click changes nothing and is not an error. The CLI
    (`winback unsubscribe TOKEN`) and the one-click HTTP endpoint both call it.
    """
    from winback.suppressions import add_suppression

    claims = verify(engine, secret, token)
    created = add_suppression(
        engine,
        channel=claims.channel,
        client_external_id=claims.client_external_id,
        kind="opt_out",
        reason="unsubscribe link",
        source=source,
    )
    return claims, created
