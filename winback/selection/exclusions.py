"""Exclusions: the filters that remove lost clients, each charged to the
first that applies, in the order of EXCLUSIONS."""

from __future__ import annotations

import functools
import operator
from typing import Any

from sqlalchemy import Integer, and_, case, func, literal, not_, or_, select, union, union_all
from sqlalchemy.sql import ColumnElement, Select

from winback.contacts import CALL, suppression_channels
from winback.models import CHANNELS, Assignment, ClientTag, Suppression
from winback.selection.inputs import (
    ADDRESS_COLUMNS,
    DAY,
    REACH_ADDRESSES,
    REACH_CONSENT_BIT,
    REACH_CONSENTS,
    REACH_SUPPRESSED_BIT,
    Inputs,
    c_t,
)
from winback.selection.ranking import Ranks, abc_class

# Exclusions in the order they are applied; each row is charged to the first.
EXCLUSIONS = (
    "not_all_criteria",
    "tags",
    "min_orders",
    "min_revenue",
    "abc",
    "cooldown",
    "opted_out",
    "xyz",  # charged last: it needs the XYZ class of every remaining candidate
)


def exclusions(
    inp: Inputs,
    ranks: Ranks,
    row: tuple[Any, Any, Any, Any],
    flags: dict[str, ColumnElement[bool]],
    opted_out_ids: Select[Any],
) -> list[tuple[str, ColumnElement[bool]]]:
    """The exclusions but XYZ (charged after the others, in the next stage)
    that apply to a lost row: ``row`` is scored's columns, the client's id,
    and its window's order count and revenue (0, not NULL, without orders).
    Every test is on the client's id alone: the clients table is not read."""
    sc, client_id, n_w, rev_w = row
    sel, campaign = inp.sel, inp.campaign
    out: list[tuple[str, ColumnElement[bool]]] = []
    if sel.match == "all" and len(flags) > 1:
        out.append(("not_all_criteria", not_(and_(*flags.values()))))
    if sel.tags_include:
        out.append(("tags", not_(_has_tag(client_id, sel.tags_include))))
    if sel.tags_exclude:
        out.append(("tags", _has_tag(client_id, sel.tags_exclude)))
    if sel.min_orders is not None:
        out.append(("min_orders", n_w < sel.min_orders))
    if sel.min_revenue_minor is not None:
        out.append(("min_revenue", rev_w < sel.min_revenue_minor))
    if sel.abc:
        out.append(("abc", not_(abc_class(ranks, sc, client_id).in_(sel.abc))))
    if campaign.cooldown_days:
        a = Assignment.__table__
        recent = client_id.in_(
            select(a.c.client_id).where(
                a.c.campaign == campaign.name,
                a.c.created_at >= inp.now - campaign.cooldown_days * DAY,
                func.coalesce(a.c.outcome, "") != "no_channel",
            )
        )
        out.append(("cooldown", recent))
    out.append(("opted_out", client_id.in_(opted_out_ids)))
    return out


# Exclusions test membership in a set that does not depend on the client
# (`id IN (SELECT …)`): every database builds the set once (a hashed subplan on
# PostgreSQL, an ephemeral index on SQLite) instead of probing per client.


def _has_tag(client_id: ColumnElement[Any], tags: tuple[str, ...]) -> ColumnElement[bool]:
    t = ClientTag.__table__
    return client_id.in_(select(t.c.client_id).where(t.c.tag.in_(tags)))


def suppressed(channel: str, client_id: ColumnElement[Any], address: Any) -> ColumnElement[bool]:
    """Suppressed on the channel, as a client or by address (NULLs left out of the
    sets, so that IN is plain true/false)."""
    s = Suppression.__table__
    by_client = client_id.in_(
        select(s.c.client_id).where(s.c.channel == channel, s.c.client_id.is_not(None))
    )
    by_address = _normal_address(channel, address).in_(_suppressed_addresses(channel))
    return or_(by_client, by_address)


def opted_out(channels: tuple[str, ...]) -> Select[Any]:
    """The ids of the clients suppressed on every one of the channels, so that
    the exclusion is a set membership test on the client's id. A call is
    ruled out by a suppression on any channel (contacts.first_usable_channel):
    with messaging channels beside it, suppressed on all of those is enough;
    alone, suppressed on any channel.

    Per channel: the clients suppressed by id, and those whose address is
    (found through the address indexes of migration 0003 where the database
    has them; on MySQL/MariaDB, which has no index on lower(email), one pass
    over the clients). A client is in the set once per channel; suppressed on
    all of them, it has one row for each. Built from the suppressions, the set
    is estimated small and PostgreSQL hashes it; written as one filter over
    all clients it was estimated large, not hashed under the default work_mem,
    and scanned once per lost client.
    """
    s = Suppression.__table__
    messaging = tuple(ch for ch in channels if ch != CALL)
    per_channel = []
    for code, channel in enumerate(messaging or CHANNELS):
        column = c_t.c[ADDRESS_COLUMNS[channel]]
        by_client = select(s.c.client_id.label("client_id")).where(
            s.c.channel == channel, s.c.client_id.is_not(None)
        )
        by_address = select(c_t.c.id.label("client_id")).where(
            _normal_address(channel, column).in_(_suppressed_addresses(channel))
        )
        ids = union(by_client, by_address).subquery(f"suppressed_{channel}")
        per_channel.append(select(ids.c.client_id, literal(code, Integer).label("channel")))
    if len(per_channel) == 1:
        return select(per_channel[0].subquery().c.client_id)
    rows = union_all(*per_channel).subquery("suppressed")
    clients = select(rows.c.client_id).group_by(rows.c.client_id)
    return clients.having(func.count() == len(messaging)) if messaging else clients


def _normal_address(channel: str, column: Any) -> ColumnElement[Any]:
    return func.lower(column) if channel == "email" else column


def _suppressed_addresses(channel: str) -> Select[Any]:
    """The addresses suppressed on the channel, as a set the clients' (normal)
    addresses are tested against.

    For email the set is ``address || ''``, the same text: SQLite compares
    ``lower(email) IN (SELECT address …)`` with the column's TEXT affinity,
    and then does not use the index on lower(email) (which holds the
    expression without it). It scanned and lowered every client's email,
    0.4 s on 1,000,000 clients, where the text without affinity is looked up
    in the index, a probe per suppressed address (see BENCHMARKS.md, "Rows
    taken")."""
    s = Suppression.__table__
    address: ColumnElement[Any] = s.c.address
    if channel == "email":
        address = address.concat("")
    return select(address).where(s.c.channel == channel, s.c.address.is_not(None))


def reach(inp: Inputs, client_id: Any) -> ColumnElement[Any]:
    """The REACH bits of a client of c_t (inputs.REACH_ADDRESSES): which
    addresses it has, its consents, and the statement's channels it is
    suppressed on; a taken row's channel is chosen by them alone."""
    channels = suppression_channels(inp.campaign.channels)
    bits = [
        case((func.coalesce(c_t.c[name], "") != "", 1 << i), else_=0)
        for i, name in enumerate(REACH_ADDRESSES)
    ]
    bits += [
        case((c_t.c[name], REACH_CONSENT_BIT << i), else_=0)
        for i, name in enumerate(REACH_CONSENTS)
    ]
    bits += [
        case(
            (suppressed(ch, client_id, c_t.c[ADDRESS_COLUMNS[ch]]), REACH_SUPPRESSED_BIT << i),
            else_=0,
        )
        for i, ch in enumerate(channels)
    ]
    return functools.reduce(operator.add, bits)
