"""A small, obviously-correct pure-Python statement of the selection rules.

It works on plain lists loaded from the database and uses exact fractions
wherever the rules compare shares or ratios. The SQL engine must agree with
it row for row on every database (tests/integration/test_selection_reference.py).
"""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
import zoneinfo
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from winback.config import Campaign
from winback.contacts import first_usable_channel
from winback.model import bgnbd
from winback.model.store import StoredFit
from winback.model.summary import UNIT_DAYS, day_offset_seconds
from winback.selection import group_of

DAY = 86_400


@dataclass
class Data:
    clients: list[dict[str, Any]]
    orders: list[dict[str, Any]]
    nps: list[dict[str, Any]]
    incidents: list[dict[str, Any]]
    tags: list[dict[str, Any]]
    suppressions: list[dict[str, Any]]
    assignments: list[dict[str, Any]]


def percent_ranks(values: dict[int, int]) -> dict[int, float]:
    n = len(values)
    out = {}
    for key, v in values.items():
        rank = 1 + sum(1 for other in values.values() if other < v)
        out[key] = (rank - 1) / (n - 1) if n > 1 else 0.0
    return out


def month_key(ts: int, tz: zoneinfo.ZoneInfo) -> int:
    local = dt.datetime.fromtimestamp(ts, tz)
    return local.year * 12 + local.month - 1


def xyz_class(
    orders: list[dict[str, Any]], as_of: int, window_start: int | None, tz: zoneinfo.ZoneInfo
) -> str:
    current = month_key(as_of, tz)
    totals: dict[int, int] = {}
    for o in orders:
        if o["placed_at"] > as_of or (window_start is not None and o["placed_at"] < window_start):
            continue
        m = month_key(o["placed_at"], tz)
        if m < current:
            totals[m] = totals.get(m, 0) + o["amount_minor"]
    if len(totals) < 3:
        return "Z"
    months = [totals.get(m, 0) for m in range(min(totals), current)]
    mean = Fraction(sum(months), len(months))
    if mean <= 0:
        return "Z"
    variance = sum((Fraction(t) - mean) ** 2 for t in months) / len(months)
    cv2 = variance / mean**2
    if cv2 < Fraction(1, 100):
        return "X"
    if cv2 < Fraction(1, 16):
        return "Y"
    return "Z"


def model_values(
    orders_by: dict[int, list[dict[str, Any]]],
    campaign: Campaign,
    fit: StoredFit | None,
    as_of: int,
    tz: zoneinfo.ZoneInfo,
) -> dict[int, tuple[float, float]]:
    """P(alive) and expected purchases in the horizon per client with an order
    at or before as-of (orders_by holds only those), from its purchase days in
    the time zone's standard time; empty when the campaign does not use the model."""
    if not campaign.uses_model:
        return {}
    assert fit is not None, "the campaign uses the model: give the reference its fit"
    off = day_offset_seconds(tz, dt.datetime.fromtimestamp(as_of, dt.UTC))
    unit = UNIT_DAYS[fit.unit]
    out = {}
    for cid, os in orders_by.items():
        days = {(o["placed_at"] + off) // DAY for o in os}
        x, t_x = len(days) - 1, (max(days) - min(days)) / unit
        age = ((as_of + off) / DAY - min(days)) / unit
        horizon = campaign.select.expected_horizon_days / unit
        out[cid] = (
            float(bgnbd.p_alive(fit.params, x, t_x, age)[0]),
            float(bgnbd.expected_purchases(fit.params, horizon, x, t_x, age)[0]),
        )
    return out


def reference(
    data: Data,
    campaign: Campaign,
    *,
    as_of: int,
    now: int,
    tz: zoneinfo.ZoneInfo,
    limit: int | None = None,
    excluded: bool = False,
    fit: StoredFit | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The summary and who a run takes; with excluded=True, the rows are the lost
    clients an exclusion removed instead (all, or limit), with `excluded_by`.
    A campaign that uses the BG/NBD model needs the fit."""
    sel, prio = campaign.select, campaign.priority
    ws = as_of - prio.window_days * DAY if prio.window_days else None
    orders_by: dict[int, list[dict[str, Any]]] = {}
    for o in data.orders:
        if o["placed_at"] <= as_of:
            orders_by.setdefault(o["client_id"], []).append(o)

    def in_window(o: dict[str, Any]) -> bool:
        return ws is None or o["placed_at"] >= ws

    rev = {cid: sum(o["amount_minor"] for o in os if in_window(o)) for cid, os in orders_by.items()}
    cnt = {cid: sum(1 for o in os if in_window(o)) for cid, os in orders_by.items()}
    active = {cid for cid, n in cnt.items() if n > 0}
    pr_rev = percent_ranks({cid: rev[cid] for cid in active})
    pr_n = percent_ranks({cid: cnt[cid] for cid in active})

    ext = {c["id"]: c["external_id"] for c in data.clients}
    with_rev = sorted(
        (cid for cid in active if rev[cid] > 0), key=lambda cid: (-rev[cid], ext[cid])
    )
    total = sum(rev[cid] for cid in with_rev)
    abc: dict[int, str] = {}
    cum = 0
    for cid in with_rev:
        share = Fraction(cum, total)
        abc[cid] = "A" if share < Fraction(4, 5) else "B" if share < Fraction(19, 20) else "C"
        cum += rev[cid]

    model = model_values(orders_by, campaign, fit, as_of, tz)
    rev_max = max((rev[cid] for cid in active if rev[cid] > 0), default=0)

    latest_nps: dict[int, dict[str, Any]] = {}
    for a in data.nps:
        if a["answered_at"] <= as_of:
            cur = latest_nps.get(a["client_id"])
            if cur is None or a["answered_at"] > cur["answered_at"]:
                latest_nps[a["client_id"]] = a
    tags: dict[int, set[str]] = {}
    for t in data.tags:
        tags.setdefault(t["client_id"], set()).add(t["tag"])

    matched = {name: 0 for name in sel.criteria()}
    rows = []
    removed: dict[str, int] = {}
    lost = 0
    remaining = 0
    for c in data.clients:
        cid = c["id"]
        os = sorted(orders_by.get(cid, []), key=lambda o: o["placed_at"])
        last = os[-1]["placed_at"] if os else None
        days = (as_of - last) // DAY if last is not None else None
        flags: dict[str, bool] = {}
        if "recency" in matched:
            flags["recency"] = (
                days is not None
                and (sel.last_order_days_min is None or days >= sel.last_order_days_min)
                and (sel.last_order_days_max is None or days <= sel.last_order_days_max)
            )
        if "overdue" in matched:
            ok = False
            if len(os) >= sel.overdue_min_orders and days is not None:
                gaps = [b["placed_at"] - a["placed_at"] for a, b in itertools.pairwise(os)]
                median_days = (
                    Fraction(statistics.median(gaps)) / DAY
                )  # exact: median is n or n + 1/2
                ok = days >= Fraction(sel.overdue_factor) * median_days
            flags["overdue"] = ok
        if "nps" in matched:
            a = latest_nps.get(cid)
            flags["nps"] = (
                a is not None
                and a["score"] <= sel.nps_max
                and (
                    sel.nps_within_days is None
                    or a["answered_at"] >= as_of - sel.nps_within_days * DAY
                )
            )
        incs = [i for i in data.incidents if i["client_id"] == cid and i["occurred_at"] <= as_of]
        if "conflict" in matched:
            flags["conflict"] = any(
                i["kind"] in ("complaint", "conflict")
                and i["occurred_at"] >= as_of - sel.conflict_within_days * DAY
                for i in incs
            )
        if "inquiries" in matched:
            n_inq = sum(1 for i in incs if i["kind"] == "inquiry")
            flags["inquiries"] = n_inq >= sel.inquiries_without_purchase and not os
        if "unreachable" in matched:
            attempts = sorted(
                (i for i in incs if i["kind"] == "contact_attempt"),
                key=lambda i: i["occurred_at"],
                reverse=True,
            )[: sel.unreachable_attempts]
            flags["unreachable"] = len(attempts) == sel.unreachable_attempts and all(
                (i["outcome"] or "") != "reached" for i in attempts
            )
        p_alive, expected = model.get(cid, (None, None))
        if "p_alive" in matched:
            flags["p_alive"] = p_alive is not None and p_alive <= sel.p_alive_max
        if "expected_purchases" in matched:
            flags["expected_purchases"] = (
                expected is not None and expected <= sel.expected_purchases_max
            )
        for name, on in flags.items():
            matched[name] += on
        if not any(flags.values()):
            continue
        lost += 1
        score = (
            (prio.revenue_weight * pr_rev[cid] + prio.frequency_weight * pr_n[cid])
            if cid in active
            else 0.0
        )
        if prio.value_at_risk_weight and p_alive is not None and rev[cid] > 0:
            score += prio.value_at_risk_weight * rev[cid] / rev_max * (1 - p_alive)
        r, n = rev.get(cid, 0), cnt.get(cid, 0)
        client_abc = abc.get(cid, "C")
        client_xyz = xyz_class(os, as_of, ws, tz)
        suppressed = set()
        addresses = {"email": c["email"], "sms": c["phone"], "telegram": c["telegram_chat_id"]}
        # A manager's call goes to the phone, with the SMS consent, and is
        # ruled out by a suppression on any channel: every channel's count.
        messaging = [ch for ch in campaign.channels if ch != "call"]
        calls = len(messaging) < len(campaign.channels)
        for ch in ("email", "sms", "telegram") if calls else campaign.channels:
            for s in data.suppressions:
                if s["channel"] != ch:
                    continue
                addr = addresses[ch].lower() if ch == "email" and addresses[ch] else addresses[ch]
                if s["client_id"] == cid or (s["address"] is not None and s["address"] == addr):
                    suppressed.add(ch)
        recent = (
            any(
                a["campaign"] == campaign.name
                and a["client_id"] == cid
                and a["created_at"] >= now - campaign.cooldown_days * DAY
                and (a["outcome"] or "") != "no_channel"
                for a in data.assignments
            )
            if campaign.cooldown_days
            else False
        )
        checks = []
        if sel.match == "all" and len(flags) > 1:
            checks.append(("not_all_criteria", not all(flags.values())))
        if sel.tags_include:
            checks.append(("tags", not (tags.get(cid, set()) & set(sel.tags_include))))
        if sel.tags_exclude:
            checks.append(("tags", bool(tags.get(cid, set()) & set(sel.tags_exclude))))
        if sel.min_orders is not None:
            checks.append(("min_orders", n < sel.min_orders))
        if sel.min_revenue_minor is not None:
            checks.append(("min_revenue", r < sel.min_revenue_minor))
        if sel.abc:
            checks.append(("abc", client_abc not in sel.abc))
        if campaign.cooldown_days:
            checks.append(("cooldown", recent))
        # Opted out: no channel is left. A call needs no suppression at all,
        # so beside messaging channels it changes nothing; alone, any one.
        opted = all(ch in suppressed for ch in messaging) if messaging else bool(suppressed)
        checks.append(("opted_out", opted))
        if sel.xyz:
            checks.append(("xyz", client_xyz not in sel.xyz))
        charged = next((name for name, hit in checks if hit), None)
        if charged:
            removed[charged] = removed.get(charged, 0) + 1
        else:
            remaining += 1
        if (charged is not None) != excluded:
            continue
        consent = {ch: bool(c[f"{ch}_consent"]) for ch in ("email", "sms", "telegram")}
        addresses["call"], consent["call"] = c["phone"], consent["sms"]
        rows.append(
            {
                "client": c["external_id"],
                "score": score,
                "reasons": [name for name in sel.criteria() if flags[name]],
                "revenue_minor": r,
                "orders": n,
                "last_order_at": last,
                "days_since": days,
                "abc": client_abc,
                "xyz": client_xyz,
                "group": group_of(campaign, c["external_id"]),
                "channel": first_usable_channel(
                    campaign.channels, addresses, consent, frozenset(suppressed)
                ),
                "p_alive": p_alive,
                "expected_purchases": expected,
            }
        )
        if excluded:
            rows[-1]["excluded_by"] = charged
    rows.sort(key=lambda row: (-row["score"], -row["revenue_minor"], row["client"].encode()))
    if excluded:
        take = limit
    else:
        take = min(limit, campaign.max_per_run) if limit else campaign.max_per_run
    rows = rows[:take]
    for i, row in enumerate(rows, 1):
        row["rank"] = i
    summary = {"matched": matched, "lost": lost, "excluded": removed, "remaining": remaining}
    return summary, rows
