"""The data model: the CRM side (clients, orders, NPS answers, incidents) and
winback's own log (campaign runs, assignments, messages, suppressions).

Conventions that hold in every table, on every database:

* Timestamps are stored as integer seconds since the Unix epoch, UTC
  (:class:`Epoch`). Python sees aware ``datetime`` objects. Integers compare,
  subtract and index the same way on SQLite, PostgreSQL and MariaDB, so
  "days since the last order" is one integer expression everywhere, and the
  covering index on orders is as compact as it can be.
* Money is an integer number of minor units (kopecks, cents): SQLite has no
  exact decimal type, so only integers sum exactly on all three databases.
* Keys that are indexed are bounded ``VARCHAR`` (MariaDB indexes ``TEXT`` only
  by a prefix).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, cast

from sqlalchemy import (
    BigInteger,
    Dialect,
    Integer,
    MetaData,
    String,
    Table,
)
from sqlalchemy.orm import DeclarativeBase, mapped_column
from sqlalchemy.types import TypeDecorator

UTC = dt.UTC

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

CHANNELS = ("email", "sms", "telegram")
INCIDENT_KINDS = ("complaint", "conflict", "inquiry", "contact_attempt")
GROUPS = ("treatment", "holdout")
# Message life cycle. Final statuses close a cycle; deferred keeps it open.
MESSAGE_STATUSES = ("pending", "sending", "sent", "failed", "deferred", "no_channel", "unknown")
FINAL_MESSAGE_STATUSES = ("sent", "failed", "no_channel", "unknown")
RUN_STATUSES = ("open", "finished")


def to_epoch(value: dt.datetime) -> int:
    if value.tzinfo is None:
        raise ValueError("naive datetime: winback stores only aware timestamps")
    return int(value.timestamp())


def from_epoch(value: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(value, tz=UTC)


class Epoch(TypeDecorator[dt.datetime]):
    """An aware datetime stored as integer Unix seconds (UTC)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, int):
            return value
        return to_epoch(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return from_epoch(int(value))


intpk = Annotated[int, mapped_column(Integer, primary_key=True, autoincrement=True)]
ExternalId = Annotated[str, mapped_column(String(64))]
Timestamp = Annotated[dt.datetime, mapped_column(Epoch())]
Money = Annotated[int, mapped_column(BigInteger)]
Channel = Annotated[str, mapped_column(String(16))]


# MySQL/MariaDB: binary collation, so keys compare, sort and collide exactly as
# on SQLite and PostgreSQL ("C1" and "c1" are two clients everywhere).
MYSQL_TABLE = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin"}


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """A model's Core table, typed as one (``__table__`` is typed FromClause)."""
    return cast(Table, model.__table__)
