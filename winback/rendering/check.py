"""`winback check`: every template of every campaign rendered for a sample
client in each locale present, and the channels' limits checked on the result."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from winback.config import Campaign, Settings, SmsSettings
from winback.errors import Problem, TemplateError
from winback.rendering.campaign import CHANNEL_KINDS, CampaignTemplates, Rendered, Where
from winback.rendering.context import SAMPLE_TOKEN, sample_context
from winback.rendering.environment import DEFAULT_LOCALE, SUFFIX
from winback.rendering.gsm import sms_parts
from winback.rendering.markup import telegram_problems


def check_templates(settings: Settings) -> list[str]:
    """Render every template of every campaign for a sample client, in each
    locale present. Returns info lines (SMS lengths); raises TemplateError
    listing every problem found."""
    problems: list[Problem] = []
    info: list[str] = []
    for campaign in settings.campaigns:
        info += _check_campaign(settings, campaign, problems)
    if problems:
        unique = list(dict.fromkeys(problems))
        raise TemplateError(f"campaign templates have {len(unique)} problem(s)", unique)
    return info


def _check_campaign(settings: Settings, campaign: Campaign, problems: list[Problem]) -> list[str]:
    templates = CampaignTemplates.gather(settings, campaign, problems)
    if templates is None:
        return []
    _check_files(templates, campaign, Where(settings.templates_dir), problems)
    # The limit the SMS channel enforces: its default when [channels.sms] is absent.
    max_segments = (settings.channels.sms or SmsSettings()).sms_max_segments
    info: list[str] = []
    seen: set[tuple[str, tuple[str | None, ...]]] = set()
    for locale in (None, *sorted(templates.locales())):
        label = locale or (
            DEFAULT_LOCALE if DEFAULT_LOCALE not in templates.locales() else "default"
        )
        context = sample_context(settings, campaign, locale or DEFAULT_LOCALE)
        sparse = sample_context(settings, campaign, locale or DEFAULT_LOCALE, sparse=True)
        for channel in sorted(templates.channels()):
            files = tuple(
                picked[0].name if (picked := templates.pick(kind, locale)) else None
                for kind in (*CHANNEL_KINDS[channel], "email.subject")
            )
            if (channel, files) in seen or templates.broken & _kinds_of(channel):
                continue  # files already checked, or that did not compile
            seen.add((channel, files))
            rendered = _try_render(templates, channel, context, locale, problems)
            if rendered is None:
                continue
            _try_render(templates, channel, sparse, locale, problems, sparse=True)
            line = _check_rendered(templates, rendered, locale, max_segments, problems)
            if line:
                info.append(f"{campaign.name} {channel} [{label}]: {line}")
    return info


def _check_files(
    templates: CampaignTemplates, campaign: Campaign, where: Where, problems: list[Problem]
) -> None:
    """A template for each channel the campaign sends by, and an email subject."""
    folder = templates.folder()
    available = templates.channels()
    for wanted in campaign.channels:
        if (
            wanted in CHANNEL_KINDS
            and wanted not in available
            and not templates.broken & set(CHANNEL_KINDS[wanted])
        ):
            expected = " or ".join(f"{kind}{SUFFIX}" for kind in CHANNEL_KINDS[wanted])
            problems.append(
                Problem(
                    where.path(folder / f"{CHANNEL_KINDS[wanted][0]}{SUFFIX}"),
                    f"campaign sends by {wanted} but has no template for it ({expected})",
                )
            )
    if (
        "email" in available
        and templates.pick("email.subject", None) is None
        and "email.subject" not in templates.broken
    ):
        problems.append(
            Problem(where.path(folder / f"email.subject{SUFFIX}"), "email has no subject template")
        )


def _kinds_of(channel: str) -> set[str]:
    return (
        {*CHANNEL_KINDS[channel], "email.subject"}
        if channel == "email"
        else {*CHANNEL_KINDS[channel]}
    )


def _try_render(
    templates: CampaignTemplates,
    channel: str,
    context: dict[str, Any],
    locale: str | None,
    problems: list[Problem],
    *,
    sparse: bool = False,
) -> Rendered | None:
    try:
        rendered = templates.render(channel, context, locale)
    except TemplateError as exc:
        note = " (for a client without name, manager or favourite category)" if sparse else ""
        problems.extend(Problem(p.where, p.reason + note) for p in exc.problems)
        return None
    if sparse:
        for kind, text in _parts(rendered):
            if re.search(r"\bNone\b", text):
                problems.append(
                    Problem(
                        _where_of(templates, kind, locale),
                        "prints 'None' for a client without name, manager or favourite "
                        "category: guard the value with {% if … %}",
                    )
                )
    return rendered


def _parts(rendered: Rendered) -> Iterable[tuple[str, str]]:
    if rendered.channel == "email":
        yield "email.subject", rendered.subject or ""
        if rendered.html is not None:
            yield "email.html", rendered.html
        yield "email.txt", rendered.text
    else:
        yield CHANNEL_KINDS[rendered.channel][0], rendered.text


def _where_of(templates: CampaignTemplates, kind: str, locale: str | None) -> str:
    picked = templates.pick(kind, locale) or templates.pick("email.html", locale)
    return templates.where(picked[0]) if picked else templates.campaign


def _check_rendered(
    templates: CampaignTemplates,
    rendered: Rendered,
    locale: str | None,
    max_segments: int,
    problems: list[Problem],
) -> str | None:
    """Channel limits on one rendered sample message; the info line, if any."""
    channel = rendered.channel
    if channel == "sms":
        length = sms_parts(rendered.text)
        if length.segments > max_segments:
            problems.append(
                Problem(
                    _where_of(templates, "sms.txt", locale),
                    f"SMS for the sample client is {length}, over sms_max_segments = "
                    f"{max_segments}: it would not be sent",
                )
            )
        return str(length)
    if channel == "telegram":
        where = _where_of(templates, "telegram", locale)
        problems.extend(Problem(where, reason) for reason in telegram_problems(rendered.text))
    elif channel == "email":
        if not (rendered.subject or "").strip():
            problems.append(
                Problem(_where_of(templates, "email.subject", locale), "subject is empty")
            )
        body_kind = "email.html" if rendered.html is not None else "email.txt"
        body = rendered.html if rendered.html is not None else rendered.text
        url = f"/u/{SAMPLE_TOKEN}"
        if url not in body:
            problems.append(
                Problem(
                    _where_of(templates, body_kind, locale),
                    "no unsubscribe link: put {{ unsubscribe_url }} in the email (the law and "
                    "RFC 8058 one-click unsubscribe require it)",
                )
            )
    return None
