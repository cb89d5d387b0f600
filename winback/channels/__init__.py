"""The channel registry: a channel's name → the factory that builds it.

Each channel lives in a module of its own that exposes ``build(settings) ->
Channel`` and picks its implementation by ``settings.channels.<name>.transport``
(every channel has ``transport = "file"``). Adding a channel (WhatsApp, VK, a
webhook) takes a new module and one line in :data:`FACTORIES`. Factories are
named by import path, so a channel's module and its dependencies (the
Telegram library, say) are imported only when that channel is built.

Reasons a channel gives in :class:`~winback.errors.ChannelError`:

- transient: ``unavailable`` (the provider was not reached or answered with a
  server error: the message was not handed over), ``timeout`` (the request
  went out but no answer came in time, or the connection dropped before it:
  the provider *may* have accepted the message), ``rate_limited`` (the
  provider asked to slow down; ``retry_after`` says for how long), ``deferred``
  (SMTP 4xx), ``io`` (the file transport could not write);
- permanent: ``rejected`` (the provider refused this message), ``bad_address``
  (the recipient is malformed or does not exist), ``too_long``, ``blocked`` and
  ``chat_not_found`` (Telegram), ``unsubscribed`` (the provider's own
  stop-list), ``limit`` (a daily quota of the provider account), ``account``
  (e.g. no funds), ``auth`` (the provider refused our credentials: every
  message on this channel will fail the same way), ``tls``.

Any other exception a channel raises is the dispatcher's ``unexpected``
(:func:`unexpected_error`): permanent for a wrong value or type (``ValueError``,
``TypeError``, ``UnicodeError``, …: it would fail the same way again),
transient for an ``OSError``.

``suppress=True`` marks the hard-bounce kind (an unknown mailbox, a blocked
bot, a number on the provider's stop-list): the address should not be tried
again.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import cast

from winback.channels.base import Channel, OutboundMessage, SendResult
from winback.config import Settings
from winback.errors import ChannelConfigError, ChannelError, ConfigError
from winback.logs import mask_text

__all__ = [
    "FACTORIES",
    "Channel",
    "OutboundMessage",
    "SendResult",
    "build_channel",
    "excerpt",
    "unexpected_error",
]

# name → "module:function"; the function takes Settings and returns a Channel.
FACTORIES: dict[str, str] = {
    "email": "winback.channels.email:build",
    "sms": "winback.channels.sms:build",
    "telegram": "winback.channels.telegram:build",
    "call": "winback.channels.call:build",
}


def build_channel(name: str, settings: Settings) -> Channel:
    """The channel called ``name``, as ``settings`` configure it.

    Raises :class:`ChannelConfigError` for an unknown channel or a channel that
    cannot run as configured (e.g. the environment variable holding its
    secret is not set).
    """
    target = FACTORIES.get(name)
    if target is None:
        known = ", ".join(sorted(FACTORIES))
        raise ChannelConfigError(f"unknown channel {name!r} (known: {known})")
    module_name, _, function = target.partition(":")
    factory = cast(
        Callable[[Settings], Channel], getattr(importlib.import_module(module_name), function)
    )
    try:
        return factory(settings)
    except ConfigError as exc:  # Settings.secret: a missing environment variable
        raise ChannelConfigError(f"channel {name}: {exc}") from exc


def excerpt(text: str | bytes, limit: int = 200) -> str:
    """A provider's answer, fit for an error message: one line, short, with
    addresses and phone numbers masked (providers like to echo them back)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    line = " ".join(text.split())
    if len(line) > limit:
        line = line[: limit - 1] + "…"
    return mask_text(line)


def unexpected_error(exc: Exception, secret: str | None = None) -> ChannelError:
    """An exception a channel did not map, as a failure of that one message:
    transient for an OSError, permanent for anything else. ``secret`` (a bot
    token, say) is scrubbed from the text."""
    text = str(exc) or type(exc).__name__
    if secret:
        text = text.replace(secret, "***")
    return ChannelError(
        f"unexpected {type(exc).__name__}: {excerpt(text)}",
        permanent=not isinstance(exc, OSError),
        reason="unexpected",
    )
