"""A report dict of the shape ``build_report`` returns (README, "Reports"),
built by hand for the HTML and digest tests: two campaigns, one with a
significant uplift and one with too few closed assignments, a breakdown,
three months of churn and loss reasons, and user data that needs escaping."""

from __future__ import annotations

from typing import Any

HOSTILE = '<script>alert("x")</script> & Co'


def group(
    assigned: int, contacted: int, closed: int, returned: int, revenue: str
) -> dict[str, Any]:
    return {
        "assigned": assigned,
        "contacted": contacted,
        "closed": closed,
        "returned": returned,
        "return_rate": returned / closed if closed else None,
        "revenue": revenue,
    }


def cycle(number: int, at: str, t: tuple[int, int], h: tuple[int, int]) -> dict[str, Any]:
    return {
        "cycle": number,
        "assigned_at": at,
        "treatment": {
            "closed": t[0],
            "returned": t[1],
            "return_rate": t[1] / t[0] if t[0] else None,
        },
        "holdout": {"closed": h[0], "returned": h[1], "return_rate": h[1] / h[0] if h[0] else None},
    }


def sample_report() -> dict[str, Any]:
    """Figures consistent with the issue's definitions. spring: treatment
    120 of 400 closed returned (0.30), holdout 10 of 100 (0.10): uplift 0.20,
    se = sqrt(.3 × .7 / 400 + .1 × .9 / 100) = 0.0377492, interval
    0.20 ± 1.959964 × se = (0.126013, 0.273987): significant; incremental
    returned 0.20 × 400 = 80; incremental revenue (360000/400 − 25000/100)
    × 400 = 260000. The second campaign has 12 and 4 closed: too few."""
    spring = {
        "campaign": "spring",
        "treatment": group(450, 420, 400, 120, "360000.00"),
        "holdout": group(110, 0, 100, 10, "25000.00"),
        "uplift": {
            "value": 0.2,
            "low": 0.12601298,
            "high": 0.27398702,
            "significant": True,
            "too_few": False,
        },
        "incremental_returned": 80.0,
        # (360000/400 - 25000/100) * 400 = (900 - 250) * 400
        "incremental_revenue": "260000.00",
        "cost": "4500.00",
        "cost_per_incremental_return": "56.25",
        "by": {
            "channel": [
                {
                    "value": "email",
                    "treatment": group(300, 290, 270, 90, "270000.00"),
                    "holdout": group(70, 0, 65, 7, "17500.00"),
                    "uplift": {
                        "value": 0.2256,
                        "low": 0.12,
                        "high": 0.33,
                        "significant": True,
                        "too_few": False,
                    },
                    "incremental_revenue": "197192.31",
                },
                {
                    "value": "sms",
                    "treatment": group(150, 130, 130, 30, "90000.00"),
                    "holdout": group(40, 0, 35, 3, "7500.00"),
                    "uplift": {
                        "value": 0.145,
                        "low": 0.02,
                        "high": 0.27,
                        "significant": True,
                        "too_few": False,
                    },
                    "incremental_revenue": "62142.86",
                },
            ]
        },
        "cycles": [
            cycle(1, "2026-08-03T09:00:00+03:00", (200, 56), (50, 5)),
            cycle(2, "2026-09-07T09:00:00+03:00", (200, 64), (50, 5)),
            cycle(3, "2026-11-30T09:00:00+03:00", (0, 0), (0, 0)),
        ],
    }
    hostile = {
        "campaign": HOSTILE,
        "treatment": group(20, 18, 12, 3, "4500.50"),
        "holdout": group(5, 0, 4, 0, "0.00"),
        "uplift": {"value": 0.25, "low": None, "high": None, "significant": False, "too_few": True},
        "incremental_returned": 3.0,
        "incremental_revenue": "4500.50",
        "cost": None,
        "cost_per_incremental_return": None,
        "by": {},
        "cycles": [cycle(1, "2026-10-05T09:00:00+03:00", (12, 3), (4, 0))],
        "unjudged": 2,
    }
    return {
        "as_of": "2026-12-07T09:00:00+03:00",
        "since": "2026-06-01T00:00:00+03:00",
        "until": "2026-12-07T00:00:00+03:00",
        "currency": "RUB",
        "inactive_days": 180,
        "attribution_days": {"spring": 30, HOSTILE: 30},
        "campaigns": [spring, hostile],
        "totals": {"returned": 121, "revenue": "362500.50"},
        "overlap_returns": 2,
        "churn": [
            {
                "month": "2026-09",
                "active_start": 1000,
                "active_end": 950,
                "new": 50,
                "lost": 100,
                "churn_rate": 0.1,
                "crr": 0.9,
                "ltv": "12000.00",
                "lost_revenue": "1200000.00",
            },
            {
                "month": "2026-10",
                "active_start": 950,
                "active_end": 900,
                "new": 30,
                "lost": 80,
                "churn_rate": 0.08421052631578947,
                "crr": 0.9157894736842105,
                "ltv": "12100.00",
                "lost_revenue": "968000.00",
            },
            {
                "month": "2026-11",
                "active_start": 900,
                "active_end": 880,
                "new": 70,
                "lost": 90,
                "churn_rate": 0.1,
                "crr": 0.9,
                "ltv": "12250.00",
                "lost_revenue": "1102500.00",
            },
        ],
        "outcomes_as_of": "2026-12-07T08:45:00+03:00",
        "loss_by_manager": [
            {"month": "2026-09", "manager": "Ольга", "clients": 70},
            {"month": "2026-09", "manager": None, "clients": 30},
        ],
        "loss_reasons": [
            {"month": "2026-09", "reason": "quality", "clients": 60},
            {"month": "2026-09", "reason": "unknown", "clients": 40},
            {"month": "2026-10", "reason": HOSTILE, "clients": 30},
            {"month": "2026-10", "reason": "nps_detractor", "clients": 50},
            {"month": "2026-11", "reason": "quality", "clients": 90},
        ],
    }
