"""What happens to a demo client besides its orders: NPS answers and
incidents (complaints, conflicts, inquiries, managers' calls).

:class:`Events` is the part of the generator (winback/demo/generator.py)
that draws them, after the client's orders and in a fixed order.
"""

from __future__ import annotations

import random
from typing import Any

from winback.demo.vocabulary import (
    COMPLAINT_OUTCOMES,
    COMPLAINT_REASONS,
    CONFLICT_OUTCOMES,
    CONTACT_REASONS,
    DAY,
    DETRACTOR_SCORES,
    INQUIRY_TOPICS,
    NPS_BANDS,
    NPS_COMMENTS,
)

# An incident before its id: (kind, occurred_at, outcome, reason).
_Made = tuple[str, int, str | None, str | None]


class Events:
    """Draws a client's NPS answers and incidents, numbering them."""

    def __init__(self, rng: random.Random, anchor: int) -> None:
        self.rng = rng
        self.anchor = anchor
        self.nps_id = 0
        self.incident_id = 0

    def daytime(self, age_days: float, offset: int) -> int:
        """A moment between 08:00 and 22:00 local time, ``age_days`` before the anchor."""
        day = (self.anchor + offset) // DAY - int(age_days + 1)
        ts = day * DAY + 8 * 3600 + int(self.rng.random() * 14 * 3600) - offset
        return ts if ts < self.anchor else ts - DAY

    def nps(
        self,
        cid: int,
        segment: str,
        stamps: list[int],
        locale: str,
        out: list[tuple[Any, ...]],
    ) -> list[int]:
        """Some clients answered the NPS survey after an order; returns the times."""
        r = self.rng
        if not stamps or r.random() > (0.45 if segment in ("lapsing", "gone") else 0.3):
            return []
        answers = 1 + int(r.random() * min(3, len(stamps)))
        seen: set[int] = set()
        bands = NPS_BANDS[segment]
        detractor, passive = bands[0] / 100, (bands[0] + bands[1]) / 100
        if segment in ("lapsing", "gone"):
            # the answers that matter came near the end
            picks = sorted(r.choice(stamps[-4:]) for _ in range(answers))
        else:
            picks = sorted(r.choice(stamps) for _ in range(answers))
        for ts in picks:
            at = ts + DAY + int(r.random() * 9 * DAY)
            while at in seen:
                at += 1
            if at >= self.anchor:
                continue
            seen.add(at)
            p = r.random()
            if p < detractor:
                band, score = "detractor", DETRACTOR_SCORES(r)
            elif p < passive:
                band, score = "passive", 7 + int(r.random() * 2)
            else:
                band, score = "promoter", 9 if r.random() < 0.4 else 10
            comment = r.choice(NPS_COMMENTS[(locale, band)]) if r.random() < 0.3 else None
            self.nps_id += 1
            out.append((self.nps_id, cid, score, at, comment))
        return sorted(seen)

    def incidents(
        self,
        cid: int,
        segment: str,
        stamps: list[int],
        has_manager: bool,
        offset: int,
        out: list[tuple[Any, ...]],
    ) -> list[int]:
        """Complaints and conflicts, inquiries, managers' calls, in time order;
        returns the times."""
        made: list[_Made] = []
        self._complaints(segment, stamps, has_manager, made)
        self._inquiries(segment, stamps, offset, made)
        self._calls(segment, has_manager, offset, made)
        seen: set[tuple[str, int]] = set()
        stamps_out = []
        for kind, ts, outcome, why in sorted(made, key=lambda m: m[1]):
            ts = min(ts, self.anchor - 1)
            while (kind, ts) in seen:
                ts -= 1
            seen.add((kind, ts))
            stamps_out.append(ts)
            self.incident_id += 1
            out.append((self.incident_id, cid, kind, ts, outcome, why))
        return stamps_out

    def _complaints(
        self, segment: str, stamps: list[int], has_manager: bool, made: list[_Made]
    ) -> None:
        """Complaints and conflicts follow an order; for those who left, the last ones."""
        r = self.rng

        def reason() -> str:
            code = COMPLAINT_REASONS(r)
            return "service" if code == "manager_changed" and not has_manager else code

        unhappy = segment in ("lapsing", "gone")
        if stamps and r.random() < (0.22 if unhappy else 0.07):
            for _ in range(1 + int(r.random() < 0.25)):
                ts = r.choice(stamps[-3:] if unhappy else stamps)
                outcome = COMPLAINT_OUTCOMES(r)
                made.append(("complaint", ts + int(r.random() * 5 * DAY), outcome, reason()))
        if stamps and r.random() < (0.09 if unhappy else 0.02):
            ts = r.choice(stamps[-2:] if unhappy else stamps)
            outcome = CONFLICT_OUTCOMES(r)
            made.append(("conflict", ts + int(r.random() * 3 * DAY), outcome, reason()))

    def _inquiries(self, segment: str, stamps: list[int], offset: int, made: list[_Made]) -> None:
        """Many from those who never bought, some before a first order."""
        r = self.rng
        if segment == "inquirer":
            inquiries = 2 + int(r.expovariate(1 / 1.5))
        elif segment == "prospect":
            inquiries = int(r.random() < 0.5)
        else:
            inquiries = int(r.random() < 0.15) * (1 + int(r.random() < 0.3))
        if not inquiries:
            return
        newest = 1 + r.random() * 300
        oldest = newest + r.random() * 400
        if stamps:  # before the first order
            newest = (self.anchor - stamps[0]) / DAY + 1 + r.random() * 20
            oldest = newest + r.random() * 60
        for _ in range(inquiries):
            age = newest + r.random() * (oldest - newest)
            outcome = "answered" if r.random() < 0.8 else "unanswered"
            made.append(("inquiry", self.daytime(age, offset), outcome, INQUIRY_TOPICS(r)))

    def _calls(self, segment: str, has_manager: bool, offset: int, made: list[_Made]) -> None:
        """Calls by managers: some clients never pick up."""
        r = self.rng
        unreachable = r.random() < (0.12 if segment in ("lapsing", "gone", "inquirer") else 0.02)
        calls = 0
        if has_manager or unreachable or r.random() < 0.1:
            calls = 3 + int(r.random() * 3) if unreachable else int(r.random() * 4)
        if not calls:
            return
        age = 2 + r.random() * 200
        attempts = []
        for i in range(calls):
            failed = unreachable or r.random() < 0.35
            attempts.append((age, "no_answer" if failed else "reached"))
            age += 1 + r.random() * (5 if unreachable and i < 3 else 60)
        for age, outcome in attempts:
            made.append(("contact_attempt", self.daytime(age, offset), outcome, CONTACT_REASONS(r)))
