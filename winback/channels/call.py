"""The "call" channel: no message goes out; a manager is asked to phone the client.

Sending a call hands nothing to a provider. The dispatcher treats it like
any channel (address, consent, suppressions, fallback) and records the
message ``sent`` with the phone as its recipient; the result asks the
outcome log to open the manager's task in the same transaction
(:func:`winback.calls.open_tasks`), due ``[channels.call] due_days`` after
the cycle was planned. A task and its "sent" record are written together
or not at all, so a crash, a retry or a second worker cannot make two.
"""

from __future__ import annotations

from winback.channels.base import OutboundMessage, SendResult
from winback.config import Settings
from winback.contacts import CALL
from winback.errors import ChannelError


class CallChannel:
    name = CALL
    # Nothing leaves the process: "sending" it again after a crash only
    # reaches the task already written, if any (one per message).
    idempotent = True
    rate_limited = False
    max_segments = None
    per_recipient_interval = 0.0

    def __init__(self, due_days: int) -> None:
        self.due_days = due_days

    def check(self, message: OutboundMessage) -> None:
        if not message.recipient:
            raise ChannelError("no phone number to call", permanent=True, reason="bad_address")

    async def send(self, message: OutboundMessage) -> SendResult:
        return SendResult(task_due_days=self.due_days)

    async def aclose(self) -> None:
        return None


def build(settings: Settings) -> CallChannel:
    return CallChannel(settings.channels.call.due_days)
