"""The file transport: every channel's ``transport = "file"``.

Instead of sending, each message is written to the channel's outbox folder,
one file per message named by its idempotency key: email as the ``.eml`` the
SMTP channel would send, SMS and Telegram as ``.txt`` with a small header.
Writing the same key again replaces the file, so the transport is
idempotent. Files are written to a temporary name and renamed into place, so
a reader never sees half a message.

A channel hands in its own ``validate`` so the file transport refuses what
the real one would refuse before sending (a malformed phone number or chat
id), and a dry run shows the same outcomes as a real one.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from winback.channels.base import OutboundMessage, Prepared, SendResult
from winback.errors import ChannelError
from winback.logs import mask_address

log = logging.getLogger(__name__)

# (file suffix with its dot, file content)
Render = Callable[[OutboundMessage], tuple[str, bytes]]
# Raises ChannelError for a message the real transport would refuse unsent.
Validate = Callable[[OutboundMessage], None]

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def safe_filename(key: str) -> str:
    """A file name for an idempotency key: the key itself when it is safe;
    else its safe characters plus a hash of the whole key, so two keys never
    share a file."""
    safe = _UNSAFE.sub("_", key)
    if safe == key and 0 < len(key) <= 120 and not key.startswith("."):
        return key
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return f"{safe.lstrip('.')[:100]}-{digest}"


def render_text(message: OutboundMessage) -> tuple[str, bytes]:
    """A ``.txt``: a small header, a blank line, the body."""
    header = [
        f"To: {message.recipient}",
        f"Channel: {message.channel}",
        f"Key: {message.idempotency_key}",
    ]
    if message.campaign:
        header.append(f"Campaign: {message.campaign}")
    if message.client_external_id:
        header.append(f"Client: {message.client_external_id}")
    return ".txt", ("\n".join(header) + "\n\n" + message.text + "\n").encode("utf-8")


def write_atomically(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return target


class FileChannel:
    """Writes each message to ``folder`` instead of sending it."""

    idempotent = True
    rate_limited = False
    per_recipient_interval = 0.0

    def __init__(
        self,
        name: str,
        folder: Path,
        *,
        render: Render = render_text,
        validate: Validate | None = None,
        max_segments: int | None = None,
    ) -> None:
        self.name = name
        self.max_segments = max_segments
        self.folder = folder
        self._render = render
        self._validate = validate
        self._prepared = Prepared(self._file)

    def check(self, message: OutboundMessage) -> None:
        self._prepared.check(message)

    def _file(self, message: OutboundMessage) -> tuple[str, bytes]:
        if self._validate:
            self._validate(message)
        return self._render(message)

    async def send(self, message: OutboundMessage) -> SendResult:
        suffix, data = self._prepared.take(message)
        name = safe_filename(message.idempotency_key) + suffix
        try:
            path = await asyncio.to_thread(write_atomically, self.folder, name, data)
        except OSError as exc:
            raise ChannelError(
                f"cannot write to outbox {self.folder}: {exc.strerror or exc}",
                permanent=False,
                reason="io",
            ) from exc
        log.debug(
            "%s to %s written to %s",
            self.name,
            mask_address(self.name, message.recipient),
            path.name,
        )
        return SendResult(provider_id=path.name)

    async def aclose(self) -> None:
        return None
