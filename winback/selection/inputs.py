"""What one selection statement is built from, and the SQL helpers every stage uses."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Connection, Double, func, literal, select, type_coerce
from sqlalchemy.sql import ColumnElement

from winback import order_stats
from winback.config import Campaign, Priority, SelectCriteria
from winback.contacts import ADDRESS_FIELDS
from winback.models import Client, Order, to_epoch

if TYPE_CHECKING:
    from winback.selection.model import ModelInputs

DAY = 86_400

# The statement's columns are read by name prefix: the summary row's counts
# (TOTAL + criterion, "lost", "remaining"; EXCLUDED + exclusion), and per row
# taken a flag per criterion (FLAG) and per channel suppressed (SUPPRESSED).
TOTAL = "t_"
EXCLUDED = "x_"
FLAG = "f_"
SUPPRESSED = "s_"

# The clients column holding each channel's address (named as Contact's fields).
ADDRESS_COLUMNS = ADDRESS_FIELDS

o_t = Order.__table__
c_t = Client.__table__
stats_t = order_stats.stats_t
stale_t = order_stats.stale_t

# What a candidate carries from the clients table (a claimed message carries
# the contact part too: outcomes).
CLIENT_CONTACT_COLUMNS = (
    "external_id",
    "name",
    "email",
    "phone",
    "telegram_chat_id",
    "timezone",
    "locale",
    "manager",
)
CLIENT_COLUMNS = (*CLIENT_CONTACT_COLUMNS, "email_consent", "sms_consent", "telegram_consent")
# What it carries instead when the caller needs no contact details (preview,
# a plan; Inputs.contacts False): the external id, the name and REACH, the
# bits the channel is chosen by. Addresses, time zone, locale and manager
# were a third of a taken row's width, sorted and converted for nothing.
REACH = "reach"
LEAN_CLIENT_COLUMNS = ("external_id", "name", REACH)
# REACH's bits: 1 << i for each of these address columns that is not empty,
# 8 << i for each consent, 64 << i for each suppression channel of the
# statement (Statement.channels, in order) the client is suppressed on.
REACH_ADDRESSES = ("email", "phone", "telegram_chat_id")
REACH_CONSENTS = ("email_consent", "sms_consent", "telegram_consent")
REACH_CONSENT_BIT = 8
REACH_SUPPRESSED_BIT = 64


@dataclass(frozen=True)
class Inputs:
    """Everything a stage may depend on; times are Unix seconds."""

    dialect: str
    campaign: Campaign
    as_of: int
    now: int
    window_start: int | None  # start of the priority window; None = all history
    take: int | None  # how many rows the statement returns at most
    excluded: bool  # rows are the excluded clients, not the ones a run takes
    client: str | None  # the row is that one client's, taken or excluded
    # Where the per-client aggregates come from: None (the orders), "pure"
    # (client_order_stats alone) or "mixed" (it, and the orders of the clients
    # it does not cover): stats_mode.
    mode: str | None
    # UTC starts of the local months from the first order's to as-of's (XYZ).
    bounds: tuple[int, ...]
    # The BG/NBD fit and what the model stage needs; None: the campaign does
    # not use the model (winback.selection.model).
    model: ModelInputs | None = None
    # Rows carry the clients' contact details (CLIENT_COLUMNS), or only
    # LEAN_CLIENT_COLUMNS.
    contacts: bool = True

    @property
    def sel(self) -> SelectCriteria:
        return self.campaign.select

    @property
    def prio(self) -> Priority:
        return self.campaign.priority


def read_inputs(
    conn: Connection,
    campaign: Campaign,
    *,
    as_of: dt.datetime,
    now: dt.datetime,
    tz: zoneinfo.ZoneInfo,
    limit: int | None,
    excluded: bool,
    client: str | None,
) -> Inputs:
    """The inputs, with what the database says about its order statistics and
    its first order."""
    as_of_s = to_epoch(as_of)
    prio = campaign.priority
    window_start = as_of_s - prio.window_days * DAY if prio.window_days else None
    take: int | None
    if excluded:
        take = limit
    else:
        take = min(limit, campaign.max_per_run) if limit else campaign.max_per_run
    return Inputs(
        dialect=conn.dialect.name,
        campaign=campaign,
        as_of=as_of_s,
        now=to_epoch(now),
        window_start=window_start,
        take=take,
        excluded=excluded,
        client=client,
        mode=stats_mode(conn, window_start, as_of_s),
        bounds=tuple(_month_bounds(conn, tz, as_of_s, window_start)),
    )


def stats_mode(conn: Connection, window_start: int | None, as_of: int) -> str | None:
    """How selection may use client_order_stats: "pure" (every client with an
    order is covered), "mixed" (a few are not: their orders are read), or None
    (read the orders: a priority window, no triggers on this database, or
    too many clients uncovered, e.g. a replay far back in history)."""
    if window_start is not None or not order_stats.triggers_active(conn):
        return None
    cov = order_stats.coverage(conn, as_of)
    if cov.uncovered == 0:
        return "pure" if cov.rows else None
    if cov.uncovered <= max(1_000, cov.rows // 50):
        return "mixed"
    return None


def month_starts(tz: zoneinfo.ZoneInfo, first: int, as_of: int) -> list[int]:
    """UTC epochs of local month starts from first's month to as-of's month."""
    start = dt.datetime.fromtimestamp(first, tz)
    year, month = start.year, start.month
    end = dt.datetime.fromtimestamp(as_of, tz)
    out = []
    while (year, month) <= (end.year, end.month):
        out.append(to_epoch(dt.datetime(year, month, 1, tzinfo=tz)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_bounds(
    conn: Connection, tz: zoneinfo.ZoneInfo, as_of: int, window_start: int | None
) -> list[int]:
    q = select(func.min(o_t.c.placed_at)).where(o_t.c.placed_at <= as_of)
    if window_start is not None:
        q = q.where(o_t.c.placed_at >= window_start)
    first = conn.execute(q).scalar()
    if first is None:
        return []
    first_s = to_epoch(first) if isinstance(first, dt.datetime) else int(first)
    return month_starts(tz, first_s, as_of)


# ------------------------------------------------------------ SQL helpers


def collated(column: ColumnElement[Any], dialect: str) -> ColumnElement[Any]:
    """Binary (code point) order, the same on every database and in Python."""
    if dialect == "postgresql":
        return column.collate("C")
    if dialect in ("mysql", "mariadb"):
        return column.collate("utf8mb4_bin")
    return column


def external_id_of(client_id: ColumnElement[Any], dialect: str) -> Any:
    """A client's external id, looked up by key, in binary order."""
    return (
        select(collated(c_t.c.external_id, dialect)).where(c_t.c.id == client_id).scalar_subquery()
    )


def as_int(expr: Any) -> ColumnElement[Any]:
    """An integer expression, typed so that `//` renders integer division."""
    return type_coerce(expr, BigInteger)


def days_since(as_of: int, last_at: ColumnElement[Any]) -> ColumnElement[Any]:
    # `//` on integers renders as integer division on each dialect (DIV on MySQL).
    return (literal(as_of, BigInteger) - as_int(last_at)) // literal(DAY, BigInteger)


def double(value: float) -> ColumnElement[Any]:
    """A float bound as a DOUBLE on every database."""
    return func.cast(literal(value, Double), Double)


def where_only(condition: ColumnElement[bool] | None) -> list[ColumnElement[bool]]:
    return [] if condition is None else [condition]
