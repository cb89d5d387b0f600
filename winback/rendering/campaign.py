"""Campaign templates: loading a campaign's files and rendering its messages.

A campaign's folder (``templates_dir / campaign.templates_folder``) holds one
Jinja2 file per message part::

    email.subject.j2   email.html.j2   email.txt.j2   sms.txt.j2   telegram.j2

and, for any of them, locale variants such as ``email.html.en.j2`` or
``sms.txt.pt_BR.j2``. A client with locale ``en_GB`` gets the ``en_GB``
variant, else the ``en`` one, else the default file. The default files are
written in :data:`DEFAULT_LOCALE`. Files whose names start with ``_`` are
partials for ``{% include %}`` / ``{% extends %}``; they are looked up in the
campaign's folder first, then in ``templates_dir`` (shared layouts).

The sandbox, filters and locales are in :mod:`winback.rendering.environment`;
the variables come from :mod:`winback.rendering.context`; `winback check`
is :mod:`winback.rendering.check`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2

from winback.config import Campaign, Settings
from winback.errors import Problem, TemplateError
from winback.rendering.environment import (
    DEFAULT_LOCALE,
    SUFFIX,
    babel_locale,
    env_globals,
    environment,
    locale_keys,
)
from winback.rendering.gsm import sms_text
from winback.rendering.markup import html_to_text

# Template kinds, by channel; the first kind of a channel is the one whose
# presence makes the channel available (email: an HTML or a plain-text body).
KINDS = ("email.subject", "email.html", "email.txt", "sms.txt", "telegram")
CHANNEL_KINDS = {
    "email": ("email.html", "email.txt"),
    "sms": ("sms.txt",),
    "telegram": ("telegram",),
}


@dataclass(frozen=True)
class Rendered:
    """One channel's message. For email ``text`` is the plain-text part."""

    channel: str
    text: str
    subject: str | None = None
    html: str | None = None


_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")


def _variant_key(suffix: str) -> str:
    return suffix.replace("-", "_").lower()


class CampaignTemplates:
    """A campaign's compiled templates. Load once per run, render per client."""

    def __init__(self, campaign: str, root: Path, files: dict[str, dict[str, jinja2.Template]]):
        self.campaign = campaign
        self._root = root
        self._files = files  # kind -> {variant key ("" = default): template}
        self._picks: dict[tuple[str, str | None], tuple[jinja2.Template, str] | None] = {}
        self._ready: dict[tuple[str, str | None], tuple[jinja2.Template, str, dict[str, Any]]] = {}
        self.broken: set[str] = set()  # kinds with a file that did not compile

    @classmethod
    def load(cls, settings: Settings, campaign: Campaign) -> CampaignTemplates:
        """Compile every template of the campaign; TemplateError lists each bad file."""
        problems: list[Problem] = []
        loaded = cls.gather(settings, campaign, problems)
        if problems or loaded is None:
            raise TemplateError(f"campaign {campaign.name!r}: templates have problems", problems)
        return loaded

    @classmethod
    def gather(
        cls, settings: Settings, campaign: Campaign, problems: list[Problem]
    ) -> CampaignTemplates | None:
        """Compile what compiles, adding each problem to ``problems`` (`winback
        check` reports them all); None if the campaign's folder is missing."""
        root = settings.templates_dir
        folder = root / campaign.templates_folder
        where = Where(root)
        if not folder.is_dir():
            if set(campaign.channels) == {"call"}:  # a call needs no template
                return cls(campaign.name, root, {})
            problems.append(Problem(where.path(folder), "template folder not found"))
            return None
        env = environment(root, folder, settings.import_.default_currency)
        files: dict[str, dict[str, jinja2.Template]] = {}
        broken: set[str] = set()
        for path in sorted(folder.iterdir()):
            name = path.name
            if not name.endswith(SUFFIX) or name.startswith(("_", ".")) or not path.is_file():
                continue
            parsed = _parse_name(name)
            if isinstance(parsed, str):
                problems.append(Problem(where.path(path), parsed))
                continue
            kind, key = parsed
            try:
                files.setdefault(kind, {})[key] = env.get_template(name)
            except jinja2.TemplateSyntaxError as exc:
                problems.append(Problem(where.at(exc.filename, exc.lineno), exc.message or ""))
                broken.add(kind)
            except (OSError, UnicodeDecodeError) as exc:
                problems.append(Problem(where.path(path), f"cannot read: {exc}"))
                broken.add(kind)
        for kind, variants in files.items():
            if "" not in variants and kind not in broken:
                problems.append(
                    Problem(
                        where.path(folder / f"{kind}{SUFFIX}"),
                        f"missing: the locale variants ({', '.join(sorted(variants))}) need a "
                        f"default file for clients of other locales",
                    )
                )
        loaded = cls(campaign.name, root, files)
        loaded.broken = broken
        return loaded

    def channels(self) -> frozenset[str]:
        """The channels this campaign has a (default) template for."""
        return frozenset(
            channel
            for channel, kinds in CHANNEL_KINDS.items()
            if any("" in self._files.get(kind, {}) for kind in kinds)
        )

    def locales(self) -> frozenset[str]:
        """The locale variants present (e.g. ``en``), default excluded."""
        return frozenset(key for variants in self._files.values() for key in variants if key)

    def pick(self, kind: str, locale: str | None) -> tuple[jinja2.Template, str] | None:
        """The file of ``kind`` for a client's locale, and the locale to format in."""
        cache_key = (kind, locale)
        if cache_key in self._picks:
            return self._picks[cache_key]
        variants = self._files.get(kind, {})
        keys, babel_name, language = locale_keys(locale)
        found: tuple[jinja2.Template, str] | None = None
        for key in keys:
            if key in variants:
                found = variants[key], babel_name or str(babel_locale(key))
                break
        else:
            if "" in variants:
                same = language == DEFAULT_LOCALE.split("_")[0]
                found = variants[""], (babel_name if babel_name and same else DEFAULT_LOCALE)
        if len(self._picks) < 4096:  # locales come from client data: bound the cache
            self._picks[cache_key] = found
        return found

    def render(self, channel: str, context: dict[str, Any], locale: str | None) -> Rendered:
        """Render one channel's message for a client; TemplateError on any failure."""
        if channel == "email":
            subject = self._render("email.subject", context, locale)
            if subject is None:
                raise self._error("email.subject", "email has no subject template")
            html = self._render("email.html", context, locale)
            text = self._render("email.txt", context, locale)
            if text is not None:
                text = _BLANK_LINES.sub("\n\n", text)
            elif html is not None:
                text = html_to_text(html)
            else:
                raise self._error("email.html", "no email template")
            return Rendered("email", text.strip(), " ".join(subject.split()), html)
        kinds = CHANNEL_KINDS.get(channel)
        body = self._render(kinds[0], context, locale) if kinds else None
        if body is None:
            raise self._error(f"{channel}.txt" if channel == "sms" else channel, "no template")
        if channel == "sms":
            return Rendered("sms", sms_text(body.strip()))
        return Rendered(channel, body.strip())

    def _render(self, kind: str, context: dict[str, Any], locale: str | None) -> str | None:
        try:
            template, render_locale, flat = self._ready[kind, locale]
        except KeyError:
            picked = self.pick(kind, locale)
            if picked is None:
                return None
            template, render_locale = picked
            flat = env_globals(template.environment)
            if len(self._ready) < 4096:
                self._ready[kind, locale] = template, render_locale, flat
        # What Template.render does, minus its slowest steps: it merges the
        # globals (a ChainMap, read key by key) into every render's context,
        # and each {% import %} compares the ChainMap's keys again. One dict
        # merge with a flattened copy of the globals is cheaper (BENCHMARKS.md).
        env = template.environment
        variables = {**flat, **context, "locale": render_locale}
        try:
            try:
                ctx = env.context_class(env, variables, template.name, template.blocks)
                return "".join(template.root_render_func(ctx))
            except Exception:
                template.environment.handle_exception()  # re-raises with template lines
        except Exception as exc:  # a template can fail in any way; report, never crash
            where, reason = _describe(exc, Where(self._root), template.filename)
            raise TemplateError(
                f"campaign {self.campaign!r}: cannot render {template.name}",
                [Problem(where, reason)],
            ) from exc

    def _error(self, kind: str, reason: str) -> TemplateError:
        return TemplateError(
            f"campaign {self.campaign!r}: {reason}",
            [Problem(Where(self._root).path(self.folder() / f"{kind}{SUFFIX}"), reason)],
        )

    def folder(self) -> Path:
        for variants in self._files.values():
            for template in variants.values():
                if template.filename:
                    return Path(template.filename).parent
        return self._root / self.campaign

    def where(self, template: jinja2.Template) -> str:
        return Where(self._root).path(Path(template.filename or template.name or "?"))


def _parse_name(name: str) -> tuple[str, str] | str:
    """``email.html.en.j2`` → ``("email.html", "en")``; a reason if not a template name."""
    stem = name.removesuffix(SUFFIX)
    for kind in KINDS:
        if stem == kind:
            return kind, ""
        if stem.startswith(kind + "."):
            suffix = stem[len(kind) + 1 :]
            if babel_locale(suffix) is None:
                return f"{suffix!r} is not a locale (e.g. en, ru_RU)"
            return kind, _variant_key(suffix)
    return (
        f"not a template name winback knows: {', '.join(k + SUFFIX for k in KINDS)}, each "
        f"optionally with a locale (email.html.en.j2); partials start with '_'"
    )


class Where:
    """File names as shown in problems: ``campaign_templates/<campaign>/<file>:<line>``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, path: Path) -> str:
        try:
            return f"{self.root.name}/{path.relative_to(self.root).as_posix()}"
        except ValueError:
            return str(path)

    def at(self, filename: str | None, line: int | None) -> str:
        shown = self.path(Path(filename)) if filename else self.root.name
        return f"{shown}:{line}" if line else shown


def _template_line(tb: TracebackType | None, fallback: str | None) -> tuple[str | None, int | None]:
    """The innermost template frame of a traceback Jinja rewrote: file and line."""
    found: tuple[str | None, int | None] = (fallback, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(SUFFIX):
            found = filename, tb.tb_lineno
        tb = tb.tb_next
    return found


def _describe(exc: Exception, where: Where, filename: str | None) -> tuple[str, str]:
    if isinstance(exc, jinja2.TemplateSyntaxError):  # in a file it extends or includes
        return where.at(exc.filename, exc.lineno), exc.message or "syntax error"
    file, line = _template_line(exc.__traceback__, filename)
    if isinstance(exc, jinja2.TemplateNotFound):
        reason = f"includes {exc.name!r}, which is not found"
    elif isinstance(exc, jinja2.UndefinedError):
        reason = f"undefined variable: {exc.message}"
    elif isinstance(exc, jinja2.sandbox.SecurityError):
        reason = f"not allowed: {exc.message}"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    return where.at(file, line), reason
