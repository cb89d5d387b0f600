"""Rows of the statement → the summary and Candidates (the value objects
later stages are given)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from json.encoder import encode_basestring as _json_str  # json.dumps(ensure_ascii=False)'s
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from winback.config import Campaign
from winback.contacts import Contact, consents_of
from winback.money import minor_to_str
from winback.selection.exclusions import EXCLUSIONS
from winback.selection.inputs import (
    EXCLUDED,
    FLAG,
    REACH,
    REACH_ADDRESSES,
    REACH_CONSENT_BIT,
    REACH_SUPPRESSED_BIT,
    SUPPRESSED,
    TOTAL,
)

if TYPE_CHECKING:
    from winback.selection.statement import Statement


class Candidate(NamedTuple):
    """One client a run would take, with everything later stages need.

    A named tuple, not a frozen dataclass: a run may take hundreds of
    thousands, and a frozen dataclass's __init__ (one object.__setattr__ per
    field) costs several times a tuple's."""

    # email … manager are None for a selection without contact details
    # (select_candidates(contacts=False): a preview, a plan).
    rank: int
    client_id: int
    external_id: str
    name: str | None
    score: float
    reasons: tuple[str, ...]
    revenue_minor: int
    orders: int
    last_order_at: dt.datetime | None
    days_since: int | None
    abc: str
    xyz: str
    group: str
    channel: str | None  # first usable channel, None = no usable channel
    email: str | None
    phone: str | None
    telegram_chat_id: str | None
    timezone: str | None
    locale: str | None
    manager: str | None
    consent: dict[str, bool]
    suppressed: frozenset[str]
    # Only in the list of excluded clients (preview --excluded): the first
    # exclusion that removed this one.
    excluded_by: str | None = None
    # The BG/NBD model's, when the campaign uses it (None: it does not, or
    # the client has no order before as-of).
    p_alive: float | None = None
    expected_purchases: float | None = None

    def as_dict(self) -> dict[str, Any]:
        out = {
            "rank": self.rank,
            "client": self.external_id,
            "name": self.name,
            "score": round(self.score, 6),
            "reasons": list(self.reasons),
            "revenue": minor_to_str(self.revenue_minor),
            "orders": self.orders,
            "last_order_at": self.last_order_at.isoformat() if self.last_order_at else None,
            "days_since": self.days_since,
            "abc": self.abc,
            "xyz": self.xyz,
            "group": self.group,
            "channel": self.channel,
            "p_alive": self.p_alive,
            "expected_purchases": self.expected_purchases,
        }
        if self.excluded_by is not None:
            out["excluded_by"] = self.excluded_by
        return out

    def to_json(self) -> str:
        """``json.dumps(self.as_dict(), ensure_ascii=False)``, the same text
        written directly (faster, and preview writes one a row). The reasons
        and the four class columns take few values: their text is kept."""
        text = _json_str
        (rank, _, ext, name, score, reasons, revenue, orders, last, days,
         abc, xyz, group, channel, *_, excluded_by, alive, expected) = self  # fmt: skip
        reasons_text = _REASONS_TEXT.get(reasons)
        if reasons_text is None:
            reasons_text = _REASONS_TEXT[reasons] = ", ".join(map(text, reasons))
        classes = (abc, xyz, group, channel)
        classes_text = _CLASSES_TEXT.get(classes)
        if classes_text is None:
            classes_text = _CLASSES_TEXT[classes] = _classes_text(*classes)
        out = (
            f'{{"rank": {rank!r}, "client": {text(ext)}, '
            f'"name": {"null" if name is None else text(name)}, '
            f'"score": {round(score, 6)!r}, "reasons": [{reasons_text}], '
            f'"revenue": "{minor_to_str(revenue)}", "orders": {orders!r}, '
            f'"last_order_at": {"null" if last is None else text(last.isoformat())}, '
            f'"days_since": {"null" if days is None else repr(days)}, {classes_text}, '
            f'"p_alive": {"null" if alive is None else repr(alive)}, '
            f'"expected_purchases": {"null" if expected is None else repr(expected)}'
        )
        if excluded_by is not None:
            out += f', "excluded_by": {text(excluded_by)}'
        return out + "}"


# Candidate.to_json's texts of the reasons and of (abc, xyz, group, channel):
# a few dozen of each (criterion, class and channel names).
_REASONS_TEXT: dict[tuple[str, ...], str] = {}
_CLASSES_TEXT: dict[tuple[str | None, ...], str] = {}


@dataclass(frozen=True)
class Summary:
    """How many matched each criterion, how many each exclusion removed."""

    campaign: str
    as_of: dt.datetime
    matched: dict[str, int]
    lost: int
    excluded: dict[str, int]
    remaining: int

    def line(self) -> str:
        crit = ", ".join(f"{k} {v}" for k, v in self.matched.items())
        excl = ", ".join(f"{k} {v}" for k, v in self.excluded.items() if v) or "none"
        return (
            f"{self.campaign} as of {self.as_of:%Y-%m-%d %H:%M %Z}: matched {crit}; "
            f"lost {self.lost}; excluded {excl}; remaining {self.remaining}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign": self.campaign,
            "as_of": self.as_of.isoformat(),
            "matched": self.matched,
            "lost": self.lost,
            "excluded": self.excluded,
            "remaining": self.remaining,
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)


def group_of(campaign: Campaign, external_id: str) -> str:
    """The group, "holdout" or "treatment": stable across runs, machines and Python
    versions (unlike hash())."""
    return grouper(campaign)(external_id)


def grouper(campaign: Campaign) -> Callable[[str], str]:
    """group_of for one campaign's clients (the campaign's part of the hashed
    text encoded once: a run may take hundreds of thousands)."""
    prefix = f"{campaign.name}\x00".encode()
    percent, sha256, from_bytes = campaign.holdout_percent, hashlib.sha256, int.from_bytes

    def group(external_id: str) -> str:
        bucket = from_bytes(sha256(prefix + external_id.encode()).digest()[:8], "big") % 100
        return "holdout" if bucket < percent else "treatment"

    return group


def no_summary(campaign: Campaign, as_of: dt.datetime, statement: Statement) -> Summary:
    """The summary when no client is lost."""
    return Summary(
        campaign=campaign.name,
        as_of=as_of,
        matched=dict.fromkeys(statement.criteria, 0),
        lost=0,
        excluded={},
        remaining=0,
    )


def summary_of(
    campaign: Campaign, as_of: dt.datetime, statement: Statement, counts: Any
) -> Summary:
    """The summary from the counts the first row carries (column → value)."""
    removed = {k[len(EXCLUDED) :]: int(v or 0) for k, v in counts.items() if k.startswith(EXCLUDED)}
    return Summary(
        campaign=campaign.name,
        as_of=as_of,
        matched={name: int(counts[TOTAL + name] or 0) for name in statement.criteria},
        lost=int(counts[TOTAL + "lost"]),
        excluded={name: removed.get(name, 0) for name in EXCLUSIONS if name in removed},
        remaining=int(counts[TOTAL + "remaining"] or 0),
    )


_UNKNOWN: Any = object()
# The columns a Candidate converts itself (int, float, bool): whatever the
# driver or SQLAlchemy would make of them, the Candidate holds the same.
CONVERTED = frozenset({
    "client_id", "score", "rev_w", "n_w", "days_since", "rank",
    "email_consent", "sms_consent", "telegram_consent", REACH,
})  # fmt: skip
# The columns a Candidate is read from, by position (then the contact part's).
_READ = ("client_id", "external_id", "name", "score", "rev_w", "n_w", "last_at", "days_since",
         "abc", "xyz")  # fmt: skip
_CONTACT_READ = (
    "email", "phone", "telegram_chat_id", "timezone", "locale", "manager",
    "email_consent", "sms_consent", "telegram_consent",
)  # fmt: skip


def candidate_maker(
    keys: list[str], campaign: Campaign, statement: Statement
) -> Callable[..., Candidate]:
    """A function from a row of the statement (its rank, counted as the rows
    are read, and the model's P(alive) and expected purchases, or None) to
    its Candidate: ``make(row, rank, p_alive=None, expected=None)``.

    Columns are read by position, and what depends on a few flags alone (the
    reasons, the suppressed channels, the channel) is worked out once per
    combination: a run may take hundreds of thousands of rows, and reading a
    row by column name cost as much as the rest of the row's work."""
    return _maker(campaign, statement, *_reading(keys, campaign, statement))


def json_maker(keys: list[str], campaign: Campaign, statement: Statement) -> Callable[..., str]:
    """Like candidate_maker, but to the Candidate's JSON text (Candidate.to_json
    of the Candidate it would make), written straight from the row: a preview
    of every lost client writes hundreds of thousands, and making each
    Candidate first cost as much again (see BENCHMARKS.md, "Rows taken")."""
    layout, contact_of = _reading(keys, campaign, statement)
    (_, i_ext, i_name, i_score, i_rev, i_n, i_last, i_days, i_abc, i_xyz) = layout.positions
    _, i_rank, i_charged, flags_of = layout
    criteria, text, money = statement.criteria, _json_str, minor_to_str
    reasons_by: dict[Any, str] = {}
    classes_by: dict[tuple[Any, ...], str] = {}
    group = grouper(campaign)
    moment = _moment_text()

    def dump(row: Any, rank: int, alive: float | None = None, expected: float | None = None) -> str:
        flags = flags_of(row)
        reasons = reasons_by.get(flags)
        if reasons is None:
            reasons = reasons_by[flags] = ", ".join(map(text, _named(criteria, flags)))
        ext, name, last, days = row[i_ext], row[i_name], row[i_last], row[i_days]
        classes = (row[i_abc], row[i_xyz] or "Z", group(ext), contact_of(row)[0])
        classes_text = classes_by.get(classes)
        if classes_text is None:
            classes_text = classes_by[classes] = _classes_text(*classes)
        out = (
            f'{{"rank": {rank if i_rank is None else int(row[i_rank])}, "client": {text(ext)}, '
            f'"name": {"null" if name is None else text(name)}, '
            f'"score": {round(float(row[i_score]), 6)!r}, "reasons": [{reasons}], '
            f'"revenue": "{money(int(row[i_rev]))}", "orders": {int(row[i_n])}, '
            f'"last_order_at": {"null" if last is None else moment(last)}, '
            f'"days_since": {"null" if days is None else int(days)}, {classes_text}, '
            f'"p_alive": {"null" if alive is None else repr(alive)}, '
            f'"expected_purchases": {"null" if expected is None else repr(expected)}'
        )
        if i_charged is not None and (excluded_by := row[i_charged]) is not None:
            out += f', "excluded_by": {text(excluded_by)}'
        return out + "}"

    return dump


def _classes_text(abc: str, xyz: str, group: str, channel: str | None) -> str:
    """The JSON of a row's classes, group and channel (a few dozen of them)."""
    text = _json_str
    return (
        f'"abc": {text(abc)}, "xyz": {text(xyz)}, "group": {text(group)}, '
        f'"channel": {"null" if channel is None else text(channel)}'
    )


_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
# The text of a moment after its date: hours and minutes, then seconds.
_HOURS_MINUTES = tuple(f"{h:02d}:{m:02d}:" for h in range(24) for m in range(60))
_SECONDS = tuple(f'{s:02d}+00:00"' for s in range(60))


def _moment_text() -> Callable[[Any], str]:
    """The JSON of a last order's moment (Unix seconds, or a datetime where
    a driver gives one), as ``datetime.isoformat()`` of it in UTC writes it;
    each day's date is worked out once."""
    dates: dict[int, str] = {}
    hours_minutes, seconds = _HOURS_MINUTES, _SECONDS

    def moment(value: Any) -> str:
        if isinstance(value, dt.datetime):
            return _json_str(value.isoformat())
        day, second = divmod(int(value), 86_400)
        date = dates.get(day)
        if date is None:
            date = dates[day] = f'"{dt.date.fromordinal(_EPOCH_ORDINAL + day).isoformat()}T'
        return date + hours_minutes[second // 60] + seconds[second % 60]

    return moment


def _reading(
    keys: list[str], campaign: Campaign, statement: Statement
) -> tuple[_Layout, Callable[[Any], _ContactPart]]:
    """Where a row holds what a Candidate is read from, and its contact part."""
    at = {key: i for i, key in enumerate(keys)}
    listing = statement.excluded or statement.client is not None
    # itemgetter of one index returns the value, of several a tuple: either is a key.
    layout = _Layout(
        tuple(at[key] for key in _READ),
        at["rank"] if statement.client is not None else None,
        at["charged"] if listing else None,
        itemgetter(*(at[FLAG + name] for name in statement.criteria)),
    )
    if statement.contacts:
        suppressions_of = itemgetter(*(at[SUPPRESSED + ch] for ch in statement.channels))
        return layout, _contact_part(campaign, statement, at, suppressions_of)
    return layout, _reach_part(campaign, statement, at[REACH])


def _named(names: tuple[str, ...], on: Any) -> tuple[str, ...]:
    """The names whose flag is on (``on``: one flag, or a tuple of them)."""
    return tuple(n for n, b in zip(names, on if len(names) > 1 else (on,), strict=True) if b)


class _Layout(NamedTuple):
    """Where a row holds what a Candidate is read from."""

    positions: tuple[int, ...]  # of the _READ columns
    rank: int | None  # the rank column's (--client), or None: counted
    charged: int | None  # the charged column's (listings), or None
    flags_of: Callable[[Any], Any]  # the criterion flags


# A Candidate's contact part, its fields from channel to suppressed, in order.
_ContactPart = tuple[
    str | None, str | None, str | None, str | None, str | None, str | None, str | None,
    dict[str, bool], frozenset[str],
]  # fmt: skip


def _contact_part(
    campaign: Campaign,
    statement: Statement,
    at: dict[str, int],
    suppressions_of: Callable[[Any], Any],
) -> Callable[[Any], _ContactPart]:
    """The contact part of a row that carries the contact details."""
    (i_email, i_phone, i_chat, i_tz, i_locale, i_manager, i_ec, i_sc, i_tc) = (
        at[key] for key in _CONTACT_READ
    )
    channels, preference = statement.channels, campaign.channels
    suppressed_by: dict[Any, frozenset[str]] = {}
    channel_by: dict[tuple[Any, ...], str | None] = {}

    def contact_of(row: Any) -> _ContactPart:
        bits = suppressions_of(row)
        suppressed = suppressed_by.get(bits)
        if suppressed is None:
            suppressed = suppressed_by[bits] = frozenset(_named(channels, bits))
        email, phone, chat = row[i_email], row[i_phone], row[i_chat]
        ec, sc, tc = bool(row[i_ec]), bool(row[i_sc]), bool(row[i_tc])
        consent = {"email": ec, "sms": sc, "telegram": tc}
        # The channel depends on which addresses there are, the consents and
        # the suppressions: a few dozen combinations.
        key = (bool(email), bool(phone), bool(chat), ec, sc, tc, suppressed)
        channel = channel_by.get(key, _UNKNOWN)
        if channel is _UNKNOWN:
            contact = Contact(0, "", email=email, phone=phone, telegram_chat_id=chat,
                              consents=consents_of(consent.items()))  # fmt: skip
            channel = channel_by[key] = contact.usable_channel(preference, suppressed)
        return (channel, email, phone, chat, row[i_tz], row[i_locale], row[i_manager],
                consent, suppressed)  # fmt: skip

    return contact_of


def _reach_part(
    campaign: Campaign, statement: Statement, i_reach: int
) -> Callable[[Any], _ContactPart]:
    """The contact part of a row that carries only the REACH bits: the
    channel, consents and suppressions, no address (a few dozen
    combinations, each worked out once and shared)."""
    parts: dict[int, _ContactPart] = {}

    def contact_of(row: Any) -> _ContactPart:
        bits = int(row[i_reach])
        part = parts.get(bits)
        if part is None:
            part = parts[bits] = _from_reach(campaign, statement, bits)
        return part

    return contact_of


def _from_reach(campaign: Campaign, statement: Statement, bits: int) -> _ContactPart:
    """The contact part the REACH bits stand for: the channel chosen as from
    the addresses themselves (a stand-in for each one there is)."""
    there = {name: "-" if bits & (1 << i) else None for i, name in enumerate(REACH_ADDRESSES)}
    consent = {
        channel: bool(bits & (REACH_CONSENT_BIT << i))
        for i, channel in enumerate(("email", "sms", "telegram"))
    }
    suppressed = frozenset(
        ch for i, ch in enumerate(statement.channels) if bits & (REACH_SUPPRESSED_BIT << i)
    )
    contact = Contact(0, "", **there, consents=consents_of(consent.items()))
    channel = contact.usable_channel(campaign.channels, suppressed)
    return (channel, None, None, None, None, None, None, consent, suppressed)


def _maker(
    campaign: Campaign,
    statement: Statement,
    layout: _Layout,
    contact_of: Callable[[Any], _ContactPart],
) -> Callable[[Any, int], Candidate]:
    """The per-row function: everything it reads is a local of this frame."""
    (i_client, i_ext, i_name, i_score, i_rev, i_n, i_last, i_days, i_abc, i_xyz) = layout.positions
    _, i_rank, i_charged, flags_of = layout
    criteria = statement.criteria
    reasons_by: dict[Any, tuple[str, ...]] = {}
    new_candidate, from_epoch, utc = Candidate._make, dt.datetime.fromtimestamp, dt.UTC
    group = grouper(campaign)

    def make(
        row: Any, rank: int, alive: float | None = None, expected: float | None = None
    ) -> Candidate:
        flags = flags_of(row)
        reasons = reasons_by.get(flags)
        if reasons is None:
            reasons = reasons_by[flags] = _named(criteria, flags)
        ext, days, last = row[i_ext], row[i_days], row[i_last]
        # _make, not Candidate(...): the generated __new__ binds 25 arguments.
        return new_candidate((
            rank if i_rank is None else int(row[i_rank]), int(row[i_client]), ext, row[i_name],
            float(row[i_score]), reasons, int(row[i_rev]), int(row[i_n]),
            last if last is None or isinstance(last, dt.datetime) else from_epoch(int(last), utc),
            None if days is None else int(days), row[i_abc], row[i_xyz] or "Z",
            group(ext), *contact_of(row),
            None if i_charged is None else row[i_charged], alive, expected,
        ))  # fmt: skip

    return make
