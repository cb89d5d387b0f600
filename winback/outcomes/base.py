"""What the parts of the outcome log share: its tables and its transactions."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Connection, Engine

from winback.models import Assignment, CampaignRun, Client, Message, MessageEvent, table_of

runs_t = table_of(CampaignRun)
assign_t = table_of(Assignment)
msg_t = table_of(Message)
event_t = table_of(MessageEvent)
client_t = table_of(Client)


def begin(target: Engine | Connection) -> contextlib.AbstractContextManager[Connection]:
    """A transaction on an engine (a pooled connection) or on a connection the
    caller keeps open for many transactions (the dispatcher's writer does:
    on SQLite that saves a connect, four PRAGMAs and a WAL checkpoint on
    close per transaction)."""
    if isinstance(target, Connection):
        return _begin_on(target)
    return target.begin()


@contextlib.contextmanager
def _begin_on(conn: Connection) -> Iterator[Connection]:
    with conn.begin():
        yield conn
