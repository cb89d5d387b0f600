"""The selection statement, from its stages: lost rows, the XYZ stage, the
summary counts, the rows taken and their details."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    BigInteger,
    Connection,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql.selectable import CTE

from winback.config import Campaign
from winback.contacts import suppression_channels
from winback.selection import criteria, model
from winback.selection.aggregates import aggregates
from winback.selection.exclusions import exclusions, opted_out, reach, suppressed
from winback.selection.inputs import (
    ADDRESS_COLUMNS,
    CLIENT_COLUMNS,
    EXCLUDED,
    FLAG,
    LEAN_CLIENT_COLUMNS,
    REACH,
    SUPPRESSED,
    TOTAL,
    Inputs,
    c_t,
    collated,
    days_since,
    external_id_of,
    o_t,
    read_inputs,
)
from winback.selection.model import ModelInputs
from winback.selection.ranking import (
    Ranks,
    abc_class,
    abc_place,
    joins_boundary,
    lost_boundary,
    model_in_row,
    ranks,
    score,
    scoring,
    xyz_class,
    xyz_cte,
    xyz_pending,
)


@dataclass(frozen=True)
class Statement:
    """The statement and what is needed to read its rows."""

    statement: Select[Any]
    criteria: tuple[str, ...]
    channels: tuple[str, ...]
    excluded: bool = False  # rows are the excluded clients, not the ones a run takes
    client: str | None = None  # the row is that one client's, taken or excluded
    # Where the per-client aggregates come from: "orders", or client_order_stats
    # alone ("stats"), or it with the orders of the clients it does not cover.
    source: str = "orders"
    # The BG/NBD fit the statement uses (the campaign uses the model), or None.
    model: ModelInputs | None = None
    # The rows carry the clients' contact details (else inputs.REACH).
    contacts: bool = True


def build_statement(
    conn: Connection,
    campaign: Campaign,
    *,
    as_of: dt.datetime,
    now: dt.datetime,
    tz: zoneinfo.ZoneInfo,
    limit: int | None = None,
    excluded: bool = False,
    client: str | None = None,
    contacts: bool = True,
) -> Statement:
    """The selection statement: its first row carries the summary counts, and
    the rows are who a run takes, in rank order (at most max_per_run and
    limit). With excluded=True the rows are instead the lost clients an
    exclusion removed, in the same order, each with the first exclusion that
    applies (all of them, or limit); the counts are the same. With client (an
    external id) the one row is that client's if it is lost, with its rank
    among the remaining (or among the excluded, and why). With contacts=False
    the rows carry no contact details, only what the channel is chosen by."""
    inp = read_inputs(
        conn,
        campaign,
        as_of=as_of,
        now=now,
        tz=tz,
        limit=limit,
        excluded=excluded,
        client=client,
    )
    fit = model.read_model(conn, campaign, as_of, tz, inp.mode)
    inp = dataclasses.replace(inp, model=fit, contacts=contacts)
    return compose(inp)


def compose(inp: Inputs) -> Statement:
    """The statement for these inputs, stage by stage."""
    agg = aggregates(inp)
    scored_q = scoring(inp, agg)
    # Two copies, each read once: the lost clients stream from the first; the
    # second (the ABC filter's: it is needed before the lost rows are staged)
    # is run only if a row straddles an ABC line, so neither is written out
    # in full. Subqueries, not CTEs: SQLite counts a CTE's uses per expansion
    # of the CTEs that name it, so one named inside `staged` (read three
    # times) would be written out in full.
    scored = scored_q.subquery("scored")
    rk = ranks(inp, agg, scored_q)
    per_client = model.model_cte(inp.dialect, inp.as_of, inp.model) if inp.model else None
    fitted = per_client
    if inp.model is not None and model_in_row(inp):
        # the model's values from scored's own rows, not joined by key
        scored = fitted = model.in_row(inp.dialect, inp.model, scored).subquery("scored")
    lost_q, names, exclusion_names = _lost(inp, rk, scored, fitted)
    stage = _staged(inp, lost_q)
    if not inp.sel.abc:
        # Without the ABC filter the place is needed only for staged rows: the
        # straddling groups are found among them, not by a second window pass
        # over every client (see BENCHMARKS.md, "Rows taken").
        rk = rk._replace(boundary=lost_boundary(agg, rk.stats, stage, inp.dialect))
    totals = _totals(inp, stage, names, exclusion_names)
    top = (
        _top_for_client(inp, rk, stage) if inp.client is not None else _top(inp, rk, stage, totals)
    )
    return Statement(
        statement=_final(inp, rk, totals, top, names, per_client),
        criteria=names,
        channels=suppression_channels(inp.campaign.channels),
        excluded=inp.excluded,
        client=inp.client,
        source={None: "orders", "pure": "stats", "mixed": "stats+orders"}[inp.mode],
        model=inp.model,
        contacts=inp.contacts,
    )


def _lost(
    inp: Inputs, rk: Ranks, scored: Any, per_client: CTE | None
) -> tuple[Any, tuple[str, ...], list[str]]:
    """Every client that meets at least one criterion (``lost``), the criteria
    asked for, and the exclusions in the order they are charged; per_client
    is the model stage (P(alive), expected purchases), when the campaign uses
    it: joined by key, or scored itself (model.in_row)."""
    crit = criteria.other_criteria(inp)
    opted = opted_out(inp.campaign.channels)
    sqlite = inp.dialect == "sqlite"
    # Clients with an order: from the aggregates, clients looked up by key.
    bits: Any
    if crit is None:
        bits = null()
    elif sqlite:
        # SQLite scans a joined CTE once per row (no index on it); it indexes
        # one looked up by a correlated subquery.
        bits = select(crit.c.bits).where(crit.c.client_id == scored.c.client_id).scalar_subquery()
    else:
        bits = crit.c.bits
    # The ABC filter's places, joined (see joins_boundary). Rows without an
    # order have no revenue and straddle no ABC line: their look-up never runs.
    joined = bool(inp.sel.abc) and joins_boundary(inp.dialect)
    part_rk = rk._replace(joined=joined)
    fitted = None
    if per_client is not None:
        names = [name for name in ("p_alive", "log_odds", "expected") if name in per_client.c]
        # joined on every database: SQLite indexes the written-out model
        # stage and looks each row up once (a looked-up column would be
        # looked up again at every use: flag, exclusions, score)
        fitted = SimpleNamespace(**{name: per_client.c[name] for name in names})
    part, flags, exclusion_names = _lost_part(
        inp, part_rk, opted, scored.c, scored.c.client_id, bits, model=fitted
    )
    part = part.select_from(scored)
    if per_client is not None and per_client is not scored:
        part = part.outerjoin(per_client, per_client.c.client_id == scored.c.client_id)
    if joined:
        part = part.outerjoin(rk.boundary, rk.boundary.c.client_id == scored.c.client_id)
    if not sqlite:
        part = part.outerjoin(rk.pr_n, rk.pr_n.c.n_w == scored.c.n_w)
        if crit is not None:
            part = part.outerjoin(crit, crit.c.client_id == scored.c.client_id)
    if crit is None:
        return part, tuple(flags), exclusion_names
    # Clients without one can be lost only by the other criteria.
    nulls = SimpleNamespace(**{col.name: func.cast(null(), BigInteger) for col in scored.c})
    no_orders, _, _ = _lost_part(inp, rk, opted, nulls, crit.c.client_id, crit.c.bits, False)
    no_orders = no_orders.select_from(crit).where(
        ~exists().where(o_t.c.client_id == crit.c.client_id, o_t.c.placed_at <= inp.as_of)
    )
    return union_all(part, no_orders), tuple(flags), exclusion_names


def _lost_part(
    inp: Inputs,
    rk: Ranks,
    opted: Select[Any],
    sc: Any,
    client_id: Any,
    bits: Any,
    has_orders: bool = True,
    model: SimpleNamespace | None = None,
) -> tuple[Select[Any], dict[str, Any], list[str]]:
    """The lost clients with (sc = scored's columns) or without an order
    (sc = typed NULLs), with their flags and first exclusion; bits are the
    other criteria they meet (crit.bits), model their P(alive) and expected
    purchases (None: the campaign does not use the model, or no order)."""
    flags = criteria.flags(inp, sc, bits, has_orders, model)
    n_w = func.coalesce(sc.n_w, 0)
    rev_w = func.coalesce(sc.rev_w, 0)
    applied = exclusions(inp, rk, (sc, client_id, n_w, rev_w), flags, opted)
    excluded_by = case(*((cond, name) for name, cond in applied), else_=None)
    part = select(
        client_id.label("client_id"),
        n_w.label("n_w"),
        rev_w.label("rev_w"),
        type_coerce(sc.last_at, BigInteger).label("last_at"),
        *([type_coerce(sc.first_w, BigInteger).label("first_w")] if hasattr(sc, "first_w") else []),
        score(inp, rk, sc, has_orders, model.p_alive if model else None).label("score"),
        # for the ABC class, worked out for the rows taken (and above for
        # the abc filter): the expression is long, the lost rows many
        type_coerce(sc.positive_upto, BigInteger).label("positive_upto"),
        type_coerce(sc.peers, BigInteger).label("peers"),
        excluded_by.label("excluded_by"),
        *(case((cond, 1), else_=0).label(FLAG + name) for name, cond in flags.items()),
    )
    return part.where(or_(*flags.values())), flags, [name for name, _ in applied]


def _staged(inp: Inputs, lost_q: Any) -> CTE:
    """The lost rows with the exclusion each is charged to (``charged``); with
    an XYZ filter, XYZ of every candidate the other exclusions leave (of every
    lost client when the excluded ones are listed: each row shows its class)."""
    if not inp.sel.xyz:
        lost = lost_q.subquery("lost")
        # excluded_by once, as charged: SQLite flattens `lost` into this, and
        # would work the long CASE out once per reference
        kept = (col for col in lost.c if col.name != "excluded_by")
        return select(*kept, lost.c.excluded_by.label("charged")).cte("staged")
    # Read twice: the candidates' XYZ, then the stage.
    lost = lost_q.cte("lost")
    pending_q = select(lost)
    if not inp.excluded:
        pending_q = pending_q.where(lost.c.excluded_by.is_(None))
    bounds = inp.bounds
    xyz = xyz_cte(xyz_pending(pending_q.subquery("pending"), bounds), inp.window_start, bounds)
    xyz_of: ColumnElement[str] = xyz_class(xyz) if xyz is not None else literal("Z", String)
    charged = case(
        (lost.c.excluded_by.is_not(None), lost.c.excluded_by),
        (not_(xyz_of.in_(inp.sel.xyz)), "xyz"),
        else_=None,
    )
    staged = select(lost, xyz_of.label("xyz"), charged.label("charged")).select_from(lost)
    if xyz is not None:
        staged = staged.outerjoin(xyz, xyz.c.client_id == lost.c.client_id)
    return staged.cte("staged")


def _totals(inp: Inputs, stage: CTE, names: tuple[str, ...], exclusion_names: list[str]) -> CTE:
    """The summary: one row of counts over every lost client."""
    cols = [func.count().label(TOTAL + "lost")]
    cols += [func.sum(stage.c[FLAG + name]).label(TOTAL + name) for name in names]
    charged_names = list(dict.fromkeys(exclusion_names))
    if inp.sel.xyz:
        charged_names.append("xyz")
    cols += [
        func.sum(case((stage.c.charged == name, 1), else_=0)).label(EXCLUDED + name)
        for name in charged_names
    ]
    cols.append(func.sum(case((stage.c.charged.is_(None), 1), else_=0)).label(TOTAL + "remaining"))
    return select(*cols).select_from(stage).cte("totals")


# The rows a run takes: the survivors at or above the take-th by (score,
# revenue), then their details, sorted once (in _final, which keeps the first
# `take`). The order's last key, the external id, is the clients table's: it
# is read only for those rows (the first `take` by score and revenue, and any
# tied with the last of them), not for every survivor. Each taken row's
# client is read once, and every detail is worked out over these rows only.
# The rows come out in rank order (score, revenue, external id: a total
# order), so the rank is counted as they are read, not numbered by another
# sort. The ABC place: on SQLite looked up once per row in `top` (which is
# written out; inside the ABC expression it would be evaluated twice),
# elsewhere joined to the taken rows in _final.


def _top(inp: Inputs, rk: Ranks, stage: CTE, totals: CTE) -> CTE:
    """The rows (remaining, or excluded) that can be among the first `take` in
    rank order: those at or above the take-th by (score, revenue)."""
    wanted = stage.c.charged.is_not(None) if inp.excluded else _remaining(inp, stage)
    near: ColumnElement[bool] = true()
    if inp.take is not None:
        # The take-th row by (score, revenue); ties on both are ordered by
        # the external id in _final. No such row (fewer than take, known from
        # the counts before any sort): all qualify.
        remaining = totals.c[TOTAL + "remaining"]
        count = totals.c[TOTAL + "lost"] - remaining if inp.excluded else remaining
        cut = (
            select(stage.c.score, stage.c.rev_w)
            .where(wanted, select(count).scalar_subquery() >= inp.take)
            .order_by(stage.c.score.desc(), stage.c.rev_w.desc())
            .limit(1)
            .offset(inp.take - 1)
            .cte("cut")
        )
        cut_score = select(cut.c.score).scalar_subquery()
        near = or_(
            ~exists().select_from(cut),
            stage.c.score > cut_score,
            and_(
                stage.c.score == cut_score,
                stage.c.rev_w >= select(cut.c.rev_w).scalar_subquery(),
            ),
        )
    client_cols = _client_columns(inp, stage.c.client_id)
    return (
        select(stage, *client_cols, *_place_column(inp, rk, stage))
        .join_from(stage, c_t, c_t.c.id == stage.c.client_id)
        .where(wanted, near)
        .cte("top")
    )


# From this many rows a run may take, PostgreSQL is led to hash the clients
# of the rows taken (see _remaining).
MANY_TAKEN = 100_000


def _remaining(inp: Inputs, stage: CTE) -> ColumnElement[bool]:
    """The staged rows no exclusion removed.

    PostgreSQL has no statistics for a CTE's columns and estimates
    `charged IS NULL` at 0.5 % of the rows: it then looks each taken row's
    client up by key, 7 µs a row (2.2 s for 316,724), where a hash of the
    clients (a scan of all of them) would take a fraction. When a run may
    take many, the same test is written as an inequality, which it
    estimates at 99.5 %; for a few hundred the look-ups are the better plan.
    """
    if inp.dialect == "postgresql" and (inp.take is None or inp.take >= MANY_TAKEN):
        return case((stage.c.charged.is_(None), 1), else_=0) != 0
    return stage.c.charged.is_(None)


def _client_columns(inp: Inputs, client_id: Any) -> list[ColumnElement[Any]]:
    """What a taken row carries from the clients table (joined as c_t)."""
    if inp.contacts:
        return [c_t.c[name] for name in CLIENT_COLUMNS]
    return [c_t.c.external_id, c_t.c.name, reach(inp, client_id).label(REACH)]


def _place_column(inp: Inputs, rk: Ranks, stage: CTE) -> list[ColumnElement[Any]]:
    """The taken rows' ABC place, where it is looked up (SQLite)."""
    if joins_boundary(inp.dialect):
        return []
    return [abc_place(rk, stage.c, stage.c.client_id).label("abc_place")]


def _top_for_client(inp: Inputs, rk: Ranks, stage: CTE) -> CTE:
    """The one client's row, with its rank among its own kind (remaining, or
    excluded): one more than the number of that kind ahead of it."""
    dialect = inp.dialect
    kind = case((stage.c.charged.is_(None), 0), else_=1)
    client_cols = _client_columns(inp, stage.c.client_id)
    target = (
        select(
            stage,
            *client_cols,
            *_place_column(inp, rk, stage),
            kind.label("kind"),
        )
        .join_from(stage, c_t, c_t.c.id == stage.c.client_id)
        .where(collated(c_t.c.external_id, dialect) == inp.client)
        .cte("target")
    )
    t = target.c
    ahead = (
        select(func.count())
        .select_from(stage)
        .where(
            kind == t.kind,
            or_(
                stage.c.score > t.score,
                and_(
                    stage.c.score == t.score,
                    or_(
                        stage.c.rev_w > t.rev_w,
                        and_(
                            stage.c.rev_w == t.rev_w,
                            external_id_of(stage.c.client_id, dialect)
                            < collated(t.external_id, dialect),
                        ),
                    ),
                ),
            ),
        )
        .scalar_subquery()
    )
    return select(target, (ahead + 1).label("rank")).cte("top")


def _final(
    inp: Inputs,
    rk: Ranks,
    totals: CTE,
    top: CTE,
    names: tuple[str, ...],
    per_client: CTE | None,
) -> Select[Any]:
    """The counts joined to the rows taken, with their details, in rank order
    (with the model: each row's x, first and last purchase day)."""
    listing = inp.excluded or inp.client is not None
    xyz_filter = bool(inp.sel.xyz)
    # One flat join, not a subquery of the taken rows joined to the counts:
    # SQLite would write that subquery out before sorting it.
    joined = totals.outerjoin(top, true())
    if joins_boundary(inp.dialect):
        rk = rk._replace(joined=True)
        joined = joined.outerjoin(rk.boundary, rk.boundary.c.client_id == top.c.client_id)
        place = None
    else:
        place = top.c.abc_place
    details = [
        abc_class(rk, top.c, top.c.client_id, place).label("abc"),
        case((top.c.last_at.is_(None), None), else_=days_since(inp.as_of, top.c.last_at)).label(
            "days_since"
        ),
        *(
            case((suppressed(ch, top.c.client_id, top.c[ADDRESS_COLUMNS[ch]]), 1), else_=0).label(
                SUPPRESSED + ch
            )
            for ch in suppression_channels(inp.campaign.channels)
            if inp.contacts  # else in the reach bits
        ),
    ]
    # What the rows carry: the columns a Candidate is made of, no more (every
    # column of every row is converted for Python, and sorted).
    wanted_cols = [
        top.c[name]
        for name in (
            "client_id", "n_w", "rev_w", "last_at", "score",
            *(CLIENT_COLUMNS if inp.contacts else LEAN_CLIENT_COLUMNS),
            *(FLAG + name for name in names),
            *(["charged"] if listing else []),
            *(["rank"] if inp.client is not None else []),
            *(["xyz"] if xyz_filter else []),
        )
    ]  # fmt: skip
    if not xyz_filter:
        xyz = xyz_cte(xyz_pending(top, inp.bounds), inp.window_start, inp.bounds)
        if xyz is not None:
            details.append(xyz_class(xyz).label("xyz"))
            joined = joined.outerjoin(xyz, xyz.c.client_id == top.c.client_id)
        else:
            details.append(literal("Z", String).label("xyz"))
    if per_client is not None:
        sqlite = inp.dialect == "sqlite"
        found = model.of_client(per_client, top.c.client_id, model.SUMMARY_COLUMNS, sqlite)
        details += [value.label(name) for name, value in found.items()]
        if not sqlite:
            joined = joined.outerjoin(per_client, per_client.c.client_id == top.c.client_id)
    in_order = (
        (top.c.rank,)
        if inp.client is not None
        else (top.c.score.desc(), top.c.rev_w.desc(), collated(top.c.external_id, inp.dialect))
    )
    final = select(totals, *wanted_cols, *details).select_from(joined).order_by(*in_order)
    return final if inp.client is not None else final.limit(inp.take)
