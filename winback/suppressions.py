"""Opt-outs and suppressions: who must not be messaged on which channel.

A row names a client (by id) or an address (normalised as the importer
normalises it: emails by email_validator, then lower-cased; phones E.164;
Telegram chat ids as integers), on one channel. Selection excludes
clients suppressed on every channel a campaign uses; the sender re-checks
right before each send, so an opt-out recorded mid-run is honoured at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, delete, false, insert, or_, select
from sqlalchemy.exc import IntegrityError

from winback.contacts import Contact
from winback.errors import UsageError
from winback.models import CHANNELS, Client, Suppression
from winback.timeutil import now_utc

SUPPRESSIONS: Table = Suppression.__table__  # type: ignore[assignment]
REASON_MAX = 255  # the column's length


def normalise_address(channel: str, address: str, default_region: str = "RU") -> str:
    """The address as the importer stores it (lower-cased, for email: selection
    compares lower(email)), so that a suppression matches the client; an address
    the importer would refuse can match no client and is refused (UsageError)."""
    from winback.importer.cells import chat_id, email, phone  # lazily: the importer is slow to load

    value = address.strip()
    try:
        if channel == "email":
            return email(value).lower()
        if channel == "sms":
            return phone(value, default_region)
        if channel == "telegram":
            return chat_id(value)
    except ValueError as exc:
        raise UsageError(f"{channel} address {address!r}: {exc}") from None
    raise UsageError(f"unknown channel {channel!r} (one of {', '.join(CHANNELS)})")


def client_id_of(conn: Connection, external_id: str) -> int:
    """The row id of the client with this external id; UsageError if there is none."""
    cid = conn.execute(select(Client.id).where(Client.external_id == external_id)).scalar()
    if cid is None:
        raise UsageError(f"no client with external id {external_id!r}")
    return int(cid)


def add_suppression(
    engine: Engine,
    *,
    channel: str,
    client_external_id: str | None = None,
    address: str | None = None,
    kind: str = "suppression",
    reason: str | None = None,
    source: str = "cli",
    default_region: str = "RU",
) -> bool:
    """Record it; False if it was already there (idempotent)."""
    if channel not in CHANNELS:
        raise UsageError(f"unknown channel {channel!r} (one of {', '.join(CHANNELS)})")
    if (client_external_id is None) == (address is None):
        raise UsageError("give a client (--client EXTERNAL_ID) or an address, not both")
    if reason is not None and len(reason) > REASON_MAX:
        raise UsageError(f"reason {reason[:20]!r}... is longer than {REASON_MAX} characters")
    norm = normalise_address(channel, address, default_region) if address is not None else None
    with engine.begin() as conn:
        cid = client_id_of(conn, client_external_id) if client_external_id else None
        return add_in(
            conn,
            channel=channel,
            client_id=cid,
            address=norm,
            kind=kind,
            reason=reason,
            source=source,
        )


def add_in(
    conn: Connection,
    *,
    channel: str,
    client_id: int | None,
    address: str | None,
    kind: str,
    reason: str | None,
    source: str,
) -> bool:
    """Inside an open transaction; False if already suppressed."""
    s = SUPPRESSIONS
    target = s.c.client_id == client_id if client_id is not None else s.c.address == address
    if conn.execute(select(s.c.id).where(s.c.channel == channel, target)).first():
        return False
    try:
        with conn.begin_nested():
            conn.execute(
                insert(s).values(
                    channel=channel,
                    client_id=client_id,
                    address=address,
                    kind=kind,
                    reason=reason,
                    source=source,
                    created_at=now_utc(),
                )
            )
    except IntegrityError:  # a concurrent writer recorded the same one
        return False
    return True


def remove_suppression(
    engine: Engine,
    *,
    channel: str,
    client_external_id: str | None = None,
    address: str | None = None,
    default_region: str = "RU",
) -> int:
    if (client_external_id is None) == (address is None):
        raise UsageError("give a client (--client EXTERNAL_ID) or an address, not both")
    s = SUPPRESSIONS
    refused = None
    with engine.begin() as conn:
        if client_external_id:
            target = s.c.client_id == client_id_of(conn, client_external_id)
        else:
            forms, refused = _stored_forms(channel, address or "", default_region)
            target = s.c.address.in_(forms)
        removed = conn.execute(delete(s).where(s.c.channel == channel, target)).rowcount or 0
    if refused is not None and not removed:
        raise refused
    return removed


def _stored_forms(channel: str, address: str, region: str) -> tuple[list[str], UsageError | None]:
    """The normalised address and the form older versions stored unchecked (so
    such a row can still be removed); the error if it does not normalise."""
    raw = address.strip()
    forms = {raw.lower() if channel == "email" else raw}
    try:
        forms.add(normalise_address(channel, raw, region))
    except UsageError as exc:
        return sorted(forms), exc
    return sorted(forms), None


# the listing's columns, in order (SuppressionRow's fields)
COLUMNS = ("channel", "client", "address", "kind", "reason", "source", "created_at")


@dataclass(frozen=True)
class SuppressionRow:
    channel: str
    client: str | None
    address: str | None
    kind: str
    reason: str | None
    source: str | None
    created_at: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def list_suppressions(engine: Engine, channel: str | None = None) -> Iterable[SuppressionRow]:
    s, c = Suppression.__table__, Client.__table__
    q = (
        select(
            s.c.channel,
            c.c.external_id,
            s.c.address,
            s.c.kind,
            s.c.reason,
            s.c.source,
            s.c.created_at,
        )
        .select_from(s.outerjoin(c, c.c.id == s.c.client_id))
        .order_by(s.c.created_at, s.c.id)
    )
    if channel:
        q = q.where(s.c.channel == channel)
    with engine.connect() as conn:
        for row in conn.execute(q):
            yield SuppressionRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6].isoformat())


def suppressed_channels(conn: Connection, contacts: Sequence[Contact]) -> dict[int, set[str]]:
    """For each contact (by client id): the channels it is suppressed on, by
    its client id or by one of its addresses."""
    if not contacts:
        return {}
    s = Suppression.__table__
    ids = [c.client_id for c in contacts]
    stored = {c.client_id: _stored_addresses(c) for c in contacts}
    addresses = {a for pairs in stored.values() for _, a in pairs}
    rows = conn.execute(
        select(s.c.channel, s.c.client_id, s.c.address).where(
            or_(s.c.client_id.in_(ids), s.c.address.in_(addresses) if addresses else false())
        )
    ).all()
    by_client = {cid: set() for cid in ids}  # type: dict[int, set[str]]
    by_address = {(r.channel, r.address) for r in rows if r.address}
    for r in rows:
        if r.client_id in by_client:
            by_client[r.client_id].add(r.channel)
    for cid, pairs in stored.items():
        by_client[cid].update(channel for channel, a in pairs if (channel, a) in by_address)
    return by_client


def _stored_addresses(contact: Contact) -> list[tuple[str, str]]:
    """(channel, address) as a suppression stores them: emails lower-cased."""
    return [
        (channel, address.lower() if channel == "email" else address)
        for channel in CHANNELS
        if (address := contact.address(channel))
    ]
