"""Benchmark: rendering the shipped campaign templates, messages per second.

Run by hand (never as a test), from the repository root:

    python benchmarks/bench_render.py                    # 20,000 messages, 7 rounds
    python benchmarks/bench_render.py --messages 50000 --rounds 9

What it does:

1. Loads config.example.toml and the shipped templates (campaign_templates/).
2. Makes a deterministic list of messages: a campaign (one of the four), one
   of that campaign's channels, and a client -- locale ``ru`` (70%), ``ru_RU``,
   ``en``, ``en_GB``, ``de`` (gets the Russian default files) or none; a name
   or none, a manager or none, days since the last order, a category.
3. Alternates, round after round, the baseline and the subject over the same
   messages; each message gets a fresh context from ``build_context``, as the
   sender builds it, then is rendered:
   - subject: ``CampaignTemplates.render`` (the sandbox, StrictUndefined);
   - baseline: the same files in a plain, non-sandboxed ``jinja2.Environment``
     with the same filters, rendered with ``Template.render`` -- what a
     straightforward, unsandboxed renderer would cost.
   The machine is shared and noisy: min and median messages/s of each, and
   the ratio of the medians, are reported -- by the wall clock, and per
   second of the process's own CPU time (what it does when it gets a core;
   the wall-clock figure falls with the machine's load, printed too).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from winback.config import Campaign, Settings, load_config  # noqa: E402
from winback.rendering.campaign import CampaignTemplates, Rendered  # noqa: E402
from winback.rendering.context import build_context  # noqa: E402
from winback.rendering.environment import _autoescape, helpers  # noqa: E402
from winback.rendering.gsm import sms_text  # noqa: E402

LOCALES = ["ru"] * 14 + ["ru_RU", "en", "en", "en_GB", "de", None]
NAMES = ["Анна Петрова", "Иван Соколов", "Мария", "Екатерина Смирнова", "Ольга Иванова", ""]
MANAGERS = ["Ольга Кузнецова", "Павел Орлов", None]
CATEGORIES = ["Улун", "Пуэр", "Зелёный чай", "Посуда", None]

Message = tuple[Campaign, str, dict[str, Any], dict[str, Any], dict[str, Any] | None, str]


def make_messages(settings: Settings, count: int, seed: int) -> list[Message]:
    rnd = random.Random(seed)
    today = dt.date(2025, 6, 1)
    out: list[Message] = []
    for i in range(count):
        campaign = rnd.choice(settings.campaigns)
        channel = rnd.choice(campaign.channels)
        days = rnd.randint(30, 700)
        client = {
            "name": rnd.choice(NAMES),
            "manager": rnd.choice(MANAGERS),
            "locale": rnd.choice(LOCALES),
            "external_id": f"C{i:06d}",
        }
        stats = {
            "days_since_last_order": days,
            "orders": rnd.randint(1, 40),
            "revenue": rnd.randint(1_000, 500_000) * 100,
            "favourite_category": rnd.choice(CATEGORIES),
            "last_order_date": today - dt.timedelta(days=days),
        }
        offer = None
        if campaign.offer:
            offer = {
                "code": f"{campaign.offer.code_prefix}-{rnd.randrange(16**8):08X}",
                "valid_until": today + dt.timedelta(days=campaign.offer.valid_days),
            }
        url = f"{settings.unsubscribe.base_url}/u/{rnd.randrange(16**40):040x}"
        out.append((campaign, channel, client, stats, offer, url))
    return out


class Baseline:
    """The same files, files picked the same way, in a plain Environment."""

    def __init__(self, settings: Settings, campaign: Campaign, subject: CampaignTemplates):
        root = settings.templates_dir
        folder = root / campaign.templates_folder
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(folder), str(root)]),
            undefined=jinja2.StrictUndefined,
            autoescape=_autoescape,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        filters = helpers(settings.import_.default_currency)
        self.env.filters.update(filters)
        self.env.globals.update(filters)
        self.subject = subject

    def _part(self, kind: str, context: dict[str, Any], locale: str | None) -> str | None:
        picked = self.subject.pick(kind, locale)
        if picked is None:
            return None
        template, render_locale = picked
        return self.env.get_template(str(template.name)).render(context, locale=render_locale)

    def render(self, channel: str, context: dict[str, Any], locale: str | None) -> Rendered:
        if channel == "email":
            subject = self._part("email.subject", context, locale) or ""
            html = self._part("email.html", context, locale)
            text = self._part("email.txt", context, locale) or ""
            return Rendered("email", text.strip(), " ".join(subject.split()), html)
        body = self._part("sms.txt" if channel == "sms" else "telegram", context, locale) or ""
        return Rendered(channel, sms_text(body.strip()) if channel == "sms" else body.strip())


def send(settings: Settings, message: Message, renderers: dict[str, Any]) -> Rendered:
    """What the sender does per message: a fresh context, then the render."""
    campaign, channel, client, stats, offer, url = message
    context = build_context(
        settings=settings,
        campaign=campaign,
        client=client,
        stats=stats,
        offer=offer,
        unsubscribe_url=url,
    )
    rendered: Rendered = renderers[campaign.name].render(channel, context, client["locale"])
    return rendered


def run_round(
    settings: Settings,
    messages: list[Message],
    renderers: dict[str, Any],
) -> tuple[float, float]:
    """Messages per second over one pass: by the wall clock, and per second
    of this process's CPU time (what a core of its own would do)."""
    started, cpu = time.perf_counter(), time.process_time()
    for message in messages:
        send(settings, message, renderers)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return len(messages) / wall, len(messages) / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    load_before = _load()
    settings = load_config(ROOT / "config.example.toml")
    subject = {c.name: CampaignTemplates.load(settings, c) for c in settings.campaigns}
    baseline = {c.name: Baseline(settings, c, subject[c.name]) for c in settings.campaigns}
    messages = make_messages(settings, args.messages, args.seed)
    mix: dict[str, int] = {}
    for _, channel, *_ in messages:
        mix[channel] = mix.get(channel, 0) + 1

    # Same output from both, then a warm-up pass of each (Babel data, caches).
    for message in messages[:500]:
        assert send(settings, message, subject) == send(settings, message, baseline), message

    rounds: dict[str, list[tuple[float, float]]] = {"baseline": [], "winback": []}
    runners: dict[str, Callable[[], tuple[float, float]]] = {
        "baseline": lambda: run_round(settings, messages, baseline),
        "winback": lambda: run_round(settings, messages, subject),
    }
    for name in runners:
        runners[name]()
    for _ in range(args.rounds):
        for name, runner in runners.items():
            rounds[name].append(runner())

    print(f"python {platform.python_version()} jinja2 {jinja2.__version__} on {platform.node()}")
    print(f"load average before: {load_before}, after: {_load()}")
    print(f"{args.messages} messages a round, {args.rounds} rounds; mix: {mix}")
    print(
        f"{'messages/s':10} {'wall min':>9} {'wall median':>12} {'CPU min':>9} {'CPU median':>11}"
    )
    for name, values in rounds.items():
        wall = [w for w, _ in values]
        cpu = [c for _, c in values]
        print(
            f"{name:10} {min(wall):9,.0f} {statistics.median(wall):12,.0f}"
            f" {min(cpu):9,.0f} {statistics.median(cpu):11,.0f}"
        )
    for column, label in ((0, "wall"), (1, "CPU")):
        ratio = statistics.median(v[column] for v in rounds["winback"]) / statistics.median(
            v[column] for v in rounds["baseline"]
        )
        print(f"winback / baseline, {label} medians: {ratio:.2f}")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


if __name__ == "__main__":
    main()
