"""Campaign templates: loading, rendering, and the checks behind `winback check`.

A campaign's folder (``templates_dir / campaign.templates_folder``) holds one
Jinja2 file per message part::

    email.subject.j2   email.html.j2   email.txt.j2   sms.txt.j2   telegram.j2

and, for any of them, locale variants such as ``email.html.en.j2`` or
``sms.txt.pt_BR.j2``. A client with locale ``en_GB`` gets the ``en_GB``
variant, else the ``en`` one, else the default file. The default files are
written in :data:`DEFAULT_LOCALE`. Files whose names start with ``_`` are
partials for ``{% include %}`` / ``{% extends %}``; they are looked up in the
campaign's folder first, then in ``templates_dir`` (shared layouts).

Marketing staff write these files, so they run in Jinja2's immutable sandbox
with ``StrictUndefined``. HTML (``email.html``) and Telegram HTML are
autoescaped; the subject, the plain-text part and SMS are not. Numbers, money,
dates and plural forms are formatted in the locale of the file being
rendered: the client's locale when its variant is chosen, otherwise
:data:`DEFAULT_LOCALE` — a German client who gets the Russian default text
gets Russian dates and plural forms with it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, get_currency_precision, get_currency_symbol
from jinja2 import pass_context
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from winback.config import Campaign, CompanySettings, Settings
from winback.errors import Problem, TemplateError
from winback.rendering.gsm import sms_parts, sms_text
from winback.unsubscribe import sample_token


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The language of the default (suffix-less) template files, and of a client
# without a locale. The example company is Russian.
DEFAULT_LOCALE = "ru"
# client.first_name when the client has no name, by language.
GREETINGS = {"ru": "клиент", "en": "there"}

# Template kinds, by channel; the first kind of a channel is the one whose
# presence makes the channel available (email: an HTML or a plain-text body).
KINDS = ("email.subject", "email.html", "email.txt", "sms.txt", "telegram")
CHANNEL_KINDS = {
    "email": ("email.html", "email.txt"),
    "sms": ("sms.txt",),
    "telegram": ("telegram",),
}
SUFFIX = ".j2"
# Bot API: "1-4096 characters after entities parsing"; counted in UTF-16
# units, as Telegram counts entity offsets (an emoji is 2).
TELEGRAM_MAX_CHARS = 4096
TELEGRAM_TAGS = _names("b strong i em u ins s strike del a code pre blockquote tg-spoiler span")
TELEGRAM_ENTITIES = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")
SAMPLE_TOKEN = sample_token()  # as long as a real one (client ids under 2^31)


@lru_cache(maxsize=256)
def _autoescape(name: str | None) -> bool:
    """HTML-escape values in HTML and Telegram HTML, never in text kinds.

    Chosen per file by its name (partials too: ``_footer.txt.j2`` is text).
    An unknown kind is escaped: a stray ``&amp;`` is a typo, a stray tag is
    an injection.
    """
    if name is None:
        return True
    parts = name.rsplit("/", 1)[-1].split(".")
    return not ({"txt", "subject"} & set(parts) or parts[0] in ("sms", "_sms"))


# ----------------------------------------------------------------- formatting


@lru_cache(maxsize=256)
def babel_locale(name: str) -> Locale | None:
    """A parsed Babel locale (``ru``, ``ru_RU``, ``ru-RU``), None if unknown."""
    try:
        return Locale.parse(name.strip().replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def _locale(name: str) -> Locale:
    return babel_locale(name) or babel_locale(DEFAULT_LOCALE)  # type: ignore[return-value]


@lru_cache(maxsize=64)
def _whole_pattern(locale: str) -> str:
    """The locale's currency pattern without the fraction digits."""
    return re.sub(r"\.[0#]+", "", _locale(locale).currency_formats["standard"].pattern)


@lru_cache(maxsize=8192)
def format_money(minor: int, currency: str, locale: str) -> str:
    """``150000, "RUB", "ru"`` → ``1 500 ₽``; ``…, "en"`` → ``RUB 1,500``.

    Whole amounts lose their ",00"; others keep the currency's digits.
    """
    loc = _locale(locale)
    digits = get_currency_precision(currency)
    amount = Decimal(minor).scaleb(-digits)
    if minor % 10**digits == 0:
        text = format_currency(
            amount, currency, format=_whole_pattern(locale), locale=loc, currency_digits=False
        )
    else:
        text = format_currency(amount, currency, locale=loc)
    # CLDR's currencySpacing, which Babel skips: "RUB1,500" → "RUB 1,500".
    symbol = get_currency_symbol(currency, loc)
    at = text.find(symbol)
    end = at + len(symbol)
    if at >= 0 and symbol[-1].isalpha() and end < len(text) and text[end].isdigit():
        text = f"{text[:end]}\u00a0{text[end:]}"
    elif at > 0 and symbol[0].isalpha() and text[at - 1].isdigit():
        text = f"{text[:at]}\u00a0{text[at:]}"
    return text


@lru_cache(maxsize=4096)
def format_day(value: dt.date, fmt: str, locale: str) -> str:
    """``fmt`` is short/medium/long/full or a CLDR pattern such as ``d MMMM``."""
    return format_date(value, format=fmt, locale=_locale(locale))


_PLURAL_ORDER = ("zero", "one", "two", "few", "many")


@lru_cache(maxsize=64)
def _plural_rule(locale: str) -> tuple[Callable[[Any], str], dict[str, int]]:
    rule = _locale(locale).plural_form
    order = [tag for tag in _PLURAL_ORDER if tag in rule.tags] + ["other"]
    return rule, {tag: i for i, tag in enumerate(order)}


def plural_form(n: int | float | Decimal, forms: tuple[str, ...], locale: str) -> str:
    """The form for ``n`` among the locale's CLDR categories, in their order:
    ru one/few/many (день, дня, дней), en one/other (day, days).

    A form the template leaves out (Russian "other", for fractions) falls
    back to the last one given.
    """
    return forms[min(_plural_index(n, locale), len(forms) - 1)]


@lru_cache(maxsize=4096)
def _plural_index(n: int | float | Decimal, locale: str) -> int:
    rule, index = _plural_rule(locale)  # Babel evaluates its rules in Python: cache
    return index[rule(n)]


def _current_locale(ctx: Context) -> str:
    # Context.get is two method calls deep; render() puts `locale` in the
    # parent, a template may {% set %} it in vars.
    return ctx.vars.get("locale") or ctx.parent.get("locale") or DEFAULT_LOCALE


def _helpers(default_currency: str) -> dict[str, Callable[..., str]]:
    """money/date/plural/discount, usable as filters and as functions. They format in
    the rendering locale, which :meth:`CampaignTemplates.render` passes as
    the ``locale`` variable."""

    @pass_context
    def money(ctx: Context, minor: int | None, currency: str | None = None) -> str:
        if minor is None:
            return ""
        if not isinstance(minor, int) or isinstance(minor, bool):
            raise TypeError(f"money() takes an amount in minor units (an integer), not {minor!r}")
        return format_money(minor, currency or default_currency, _current_locale(ctx))

    @pass_context
    def date(ctx: Context, value: dt.date | str | None, fmt: str = "long") -> str:
        if value is None:
            return ""
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        return format_day(value, fmt, _current_locale(ctx))

    @pass_context
    def plural(ctx: Context, n: int | float | None, *forms: str) -> str:
        if not forms:
            raise TypeError("plural() needs the word forms: plural(n, 'день', 'дня', 'дней')")
        if n is None:
            return ""
        return plural_form(n, forms, _current_locale(ctx))

    @pass_context
    def discount(ctx: Context, offer: dict[str, Any] | None) -> str:
        """An offer's discount as shown: "15%", "500 ₽", or "" if it has none."""
        if not offer:
            return ""
        if offer.get("discount_percent"):
            return f"{offer['discount_percent']}%"
        amount = offer.get("discount_amount")
        return money(ctx, amount) if amount else ""

    return {"money": money, "date": date, "plural": plural, "discount": discount}


# ---------------------------------------------------------------- environment


class _Undefined(jinja2.StrictUndefined):
    """StrictUndefined that lists the keys a dict does have: a typo is then
    obvious (``'frist_name' is undefined (known here: first_name, …)``)."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        obj = self._undefined_obj
        if self._undefined_hint is None and isinstance(obj, dict):
            known = ", ".join(sorted(map(str, obj))) or "nothing"
            return f"{self._undefined_name!r} is undefined (known here: {known})"
        return super()._undefined_message


class _Environment(ImmutableSandboxedEnvironment):
    def getattr(self, obj: Any, attribute: str) -> Any:
        # Templates get plain dicts, and `client.name` is an item lookup.
        # Looking the item up first skips the sandbox's failed getattr (an
        # AttributeError per access); an item of a dict is data, exactly what
        # the sandbox's own getitem returns unchecked.
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


def _environment(root: Path, folder: Path, currency: str) -> jinja2.Environment:
    """One environment per campaign folder, compiling each file once.

    Jinja's own auto_reload would stat the file on every render (``extends``
    looks its parent up each time); instead an edit anywhere under ``root``
    makes the next :meth:`CampaignTemplates.load` build a fresh environment.
    """
    return _compiled_environment(root, folder, currency, _signature(root))


def _signature(root: Path) -> tuple[tuple[str, int, int], ...]:
    files = []
    for path in sorted(root.rglob(f"*{SUFFIX}")):
        try:
            stat = path.stat()
        except OSError:
            continue
        files.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(files)


@lru_cache(maxsize=32)
def _compiled_environment(
    root: Path, folder: Path, currency: str, signature: tuple[tuple[str, int, int], ...]
) -> jinja2.Environment:
    env = _Environment(
        loader=jinja2.FileSystemLoader([str(folder), str(root)]),
        undefined=_Undefined,
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        cache_size=-1,  # a plain dict: `extends` looks its parent up per render, and
        # the default LRU cache takes a lock and reorders itself on each lookup
    )
    helpers = _helpers(currency)
    env.filters.update(helpers)
    env.globals.update(helpers)
    return env


@lru_cache(maxsize=64)
def _globals(env: jinja2.Environment) -> dict[str, Any]:
    return dict(env.globals)


# ------------------------------------------------------------------- html→text


_WS = re.compile(r"\s+")
_VOID = _names("area base br col embed hr img input link meta source track wbr")
_HIDDEN = _names("head script style title template")
_PARAGRAPH = _names("p h1 h2 h3 h4 h5 h6 table ul ol blockquote pre hr")
_LINE = _names("div tr li section article header footer center dl dt dd address")


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str | int] = []  # text, or a break of that many newlines
        self.stack: list[tuple[str, bool, str | None, int]] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if not self.hidden:
                self.parts.append(1 if tag == "br" else 2 if tag == "hr" else "")
            return
        found = dict(attrs)
        style = (found.get("style") or "").replace(" ", "").lower()
        hidden = tag in _HIDDEN or "display:none" in style
        self.hidden += hidden
        self.stack.append((tag, hidden, found.get("href"), len(self.parts)))
        if not self.hidden:
            self._open(tag)

    def _open(self, tag: str) -> None:
        if tag in _PARAGRAPH:
            self.parts.append(2)
        elif tag in _LINE:
            self.parts.append(1)
        if tag == "li":
            self.parts.append("- ")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, *_ in self.stack):
            return  # a stray end tag
        while self.stack:
            name, hidden, href, start = self.stack.pop()
            self.hidden -= hidden
            if name == tag:
                break
        if self.hidden:
            return
        if tag == "a" and href:
            self._link(href, start)
        elif tag in _PARAGRAPH:
            self.parts.append(2)
        elif tag in _LINE:
            self.parts.append(1)

    def _link(self, href: str, start: int) -> None:
        """Links read as "text (url)"; the url alone when it is the text."""
        if href.startswith(("#", "javascript:")):
            return
        text = "".join(p for p in self.parts[start:] if isinstance(p, str)).strip()
        shown = href.split("?")[0] if href.startswith("mailto:") else href
        if href.startswith("tel:"):
            same = _digits(href) == _digits(text)
        else:
            same = shown.removeprefix("mailto:") in text
        if not text:
            self.parts.append(shown)
        elif not same:
            self.parts.append(f" ({shown})")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(_WS.sub(" ", data))

    def text(self) -> str:
        out: list[str] = []
        pending = 0
        for part in self.parts:
            if isinstance(part, int):
                pending = max(pending, part)
            elif part.strip() or not pending:
                if pending and out:
                    out.append("\n" * pending)
                pending = 0
                out.append(part)
        lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> str:
    """A readable plain-text version of an HTML email: paragraphs and line
    breaks kept, links as "text (url)", tags dropped, hidden parts (head,
    style, a ``display:none`` preheader) left out."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text()


# -------------------------------------------------------------- telegram html


class _TelegramScan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)
        if tag not in _VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)

    def _check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in TELEGRAM_TAGS:
            self.problems.append(f"tag <{tag}> is not allowed in Telegram HTML")
        elif tag == "span" and dict(attrs).get("class") != "tg-spoiler":
            self.problems.append('<span> is allowed only as <span class="tg-spoiler">')

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.problems.append(f"</{tag}> closes a tag that is not open")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def telegram_problems(message: str) -> list[str]:
    """Why the Bot API would refuse this HTML-formatted message, if it would."""
    scan = _TelegramScan()
    scan.feed(message)
    scan.close()
    problems = list(dict.fromkeys(scan.problems))
    problems += [f"<{tag}> is never closed" for tag in scan.open]
    if TELEGRAM_ENTITIES.search(message):
        problems.append(
            "a bare '&' or an entity Telegram does not know (only &lt; &gt; &amp; &quot; "
            "and numeric ones): write &amp;"
        )
    if re.search(r"<(?![a-zA-Z/])", message):
        problems.append("a bare '<': write &lt;")
    length = len("".join(scan.text).encode("utf-16-le")) // 2
    if length > TELEGRAM_MAX_CHARS:
        problems.append(
            f"the message is {length} characters after entity parsing; Telegram allows "
            f"{TELEGRAM_MAX_CHARS}"
        )
    return problems


# ------------------------------------------------------------------ rendering


@dataclass(frozen=True)
class Rendered:
    """One channel's message. For email ``text`` is the plain-text part."""

    channel: str
    text: str
    subject: str | None = None
    html: str | None = None


@lru_cache(maxsize=1024)
def _locale_keys(locale: str | None) -> tuple[tuple[str, ...], str | None, str]:
    """For a client's locale: the variant keys to try (``ru_ru``, ``ru``),
    its Babel name if Babel knows it, and its language."""
    if not locale or not locale.strip():
        return (), None, ""
    full = locale.strip().replace("-", "_").lower()
    language = full.split("_")[0]
    keys = (full, language) if language != full else (full,)
    known = babel_locale(full)
    return keys, (str(known) if known else None), language


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
        loaded = cls._load(settings, campaign, problems)
        if problems or loaded is None:
            raise TemplateError(f"campaign {campaign.name!r}: templates have problems", problems)
        return loaded

    @classmethod
    def _load(
        cls, settings: Settings, campaign: Campaign, problems: list[Problem]
    ) -> CampaignTemplates | None:
        root = settings.templates_dir
        folder = root / campaign.templates_folder
        where = _Where(root)
        if not folder.is_dir():
            problems.append(Problem(where.path(folder), "template folder not found"))
            return None
        env = _environment(root, folder, settings.import_.default_currency)
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
        keys, babel_name, language = _locale_keys(locale)
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
            template, render_locale, env_globals = self._ready[kind, locale]
        except KeyError:
            picked = self.pick(kind, locale)
            if picked is None:
                return None
            template, render_locale = picked
            env_globals = _globals(template.environment)
            if len(self._ready) < 4096:
                self._ready[kind, locale] = template, render_locale, env_globals
        # What Template.render does, minus its slowest steps: it merges the
        # globals (a ChainMap, read key by key) into every render's context,
        # and each {% import %} compares the ChainMap's keys again. A dict
        # merge with a flattened copy of the globals halves a small render.
        env = template.environment
        variables = {**env_globals, **context, "locale": render_locale}
        try:
            try:
                ctx = env.context_class(env, variables, template.name, template.blocks)
                return "".join(template.root_render_func(ctx))
            except Exception:
                template.environment.handle_exception()  # re-raises with template lines
        except Exception as exc:  # a template can fail in any way; report, never crash
            where, reason = _describe(exc, _Where(self._root), template.filename)
            raise TemplateError(
                f"campaign {self.campaign!r}: cannot render {template.name}",
                [Problem(where, reason)],
            ) from exc

    def _error(self, kind: str, reason: str) -> TemplateError:
        return TemplateError(
            f"campaign {self.campaign!r}: {reason}",
            [Problem(_Where(self._root).path(self._folder() / f"{kind}{SUFFIX}"), reason)],
        )

    def _folder(self) -> Path:
        for variants in self._files.values():
            for template in variants.values():
                if template.filename:
                    return Path(template.filename).parent
        return self._root / self.campaign

    def where(self, template: jinja2.Template) -> str:
        return _Where(self._root).path(Path(template.filename or template.name or "?"))


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


class _Where:
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


def _describe(exc: Exception, where: _Where, filename: str | None) -> tuple[str, str]:
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


# -------------------------------------------------------------------- context


STAT_KEYS = ("days_since_last_order", "orders", "revenue", "favourite_category", "last_order_date")


def _by_identity(make: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Cache what is derived from a frozen config object by the object itself:
    lru_cache would hash the pydantic model, walking all its fields, per call."""
    cache: dict[int, tuple[Any, Any]] = {}

    def get(obj: Any) -> Any:
        hit = cache.get(id(obj))
        if hit is None or hit[0] is not obj:
            if len(cache) > 256:
                cache.clear()
            hit = cache[id(obj)] = (obj, make(obj))  # holding obj keeps its id unique
        return hit[1]

    return get


@_by_identity
def _company(company: CompanySettings) -> dict[str, str | None]:
    return {
        "name": company.name,
        "url": company.url,
        "support_email": company.support_email,
        "phone": company.phone,
        "signature": company.signature,
    }


@_by_identity
def _campaign_parts(campaign: Campaign) -> tuple[dict[str, str], dict[str, Any]]:
    """The campaign's name/description and its offer as configured."""
    offer = campaign.offer
    configured = {
        "code": None,
        "discount_percent": offer.discount_percent if offer else None,
        "discount_amount": (
            int(offer.discount_amount * 100) if offer and offer.discount_amount else None
        ),
        "gift": offer.gift if offer else None,
        "valid_until": None,
    }
    return {"name": campaign.name, "description": campaign.description}, configured


def first_name(name: str | None, locale: str | None) -> str:
    """The first word of the name, or a greeting word when there is no name."""
    words = (name or "").split(None, 1)
    if words:
        return words[0]
    language = _locale_keys(locale)[2]
    return GREETINGS.get(language) or GREETINGS[DEFAULT_LOCALE]


def build_context(
    *,
    settings: Settings,
    campaign: Campaign,
    client: dict[str, Any],
    stats: dict[str, Any],
    offer: dict[str, Any] | None,
    unsubscribe_url: str,
) -> dict[str, Any]:
    """The variables a template sees, as plain dicts (fresh ones per message).

    ``offer`` is the client's own offer (code, valid_until …); keys it lacks
    come from the campaign's configured offer, so an offer without a promo
    code (``offer.code`` is None) still shows its discount or gift.
    ``stats.revenue`` and ``offer.discount_amount`` are minor units.
    """
    campaign_vars, configured = _campaign_parts(campaign)
    name = (client.get("name") or "").strip()
    locale = client.get("locale")
    return {
        "client": {
            "name": name,
            "first_name": first_name(name, locale),
            "manager": client.get("manager"),
            "locale": locale,
            "external_id": client.get("external_id"),
        },
        "stats": {key: stats.get(key) for key in STAT_KEYS},
        "offer": {**configured, **offer} if offer else dict(configured),
        "campaign": dict(campaign_vars),
        "unsubscribe_url": unsubscribe_url,
        "company": dict(_company(settings.company)),
    }


_SAMPLES = {
    "ru": {"name": "Екатерина Смирнова", "manager": "Ольга Кузнецова", "category": "Улун"},
    "en": {"name": "Catherine Smith", "manager": "Olga Kuznetsova", "category": "Oolong"},
}


def sample_context(settings: Settings, campaign: Campaign, locale: str) -> dict[str, Any]:
    """A plausible client of this campaign, for `winback check`.

    The offer expires on 28 September, whose month name is the longest in
    Russian and English, so an SMS that fits here fits all year. A campaign
    that looks for inquirers gets a client who never bought.
    """
    sample = _SAMPLES.get(_locale_keys(locale)[2]) or _SAMPLES["en"]
    valid_days = campaign.offer.valid_days if campaign.offer else 14
    earliest = dt.date.today() + dt.timedelta(days=valid_days)
    valid_until = dt.date(earliest.year, 9, 28)
    if valid_until < earliest:
        valid_until = valid_until.replace(year=earliest.year + 1)
    offer = None
    if campaign.offer is not None:
        code = "-".join(filter(None, (campaign.offer.code_prefix, "7KQ3-XMHD")))  # as offers.py
        offer = {"code": code, "valid_until": valid_until}
    issued = valid_until - dt.timedelta(days=valid_days)
    if campaign.select.inquiries_without_purchase is not None:
        stats: dict[str, Any] = {"orders": 0, "revenue": 0}
    else:
        stats = {
            "days_since_last_order": 127,
            "orders": 7,
            "revenue": 1_254_000,
            "favourite_category": sample["category"],
            "last_order_date": issued - dt.timedelta(days=127),
        }
    return build_context(
        settings=settings,
        campaign=campaign,
        client={
            "name": sample["name"],
            "manager": sample["manager"],
            "locale": locale,
            "external_id": "C000123",
        },
        stats=stats,
        offer=offer,
        unsubscribe_url=f"{settings.unsubscribe.base_url}/u/{SAMPLE_TOKEN}",
    )


def _sparse(context: dict[str, Any]) -> dict[str, Any]:
    """The same client without the optional data real clients often lack."""
    client = dict(context["client"], name="", manager=None)
    client["first_name"] = first_name("", client["locale"])
    stats = dict(context["stats"], favourite_category=None)
    return {**context, "client": client, "stats": stats}


# ----------------------------------------------------------------------- check


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
    templates = CampaignTemplates._load(settings, campaign, problems)
    if templates is None:
        return []
    folder = templates._folder()
    where = _Where(settings.templates_dir)
    available = templates.channels()
    for wanted in campaign.channels:
        if wanted not in available and not templates.broken & set(CHANNEL_KINDS[wanted]):
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
    sms = settings.channels.sms
    max_segments = sms.sms_max_segments if sms else 3
    info: list[str] = []
    seen: set[tuple[str, tuple[str | None, ...]]] = set()
    for locale in (None, *sorted(templates.locales())):
        label = locale or (
            DEFAULT_LOCALE if DEFAULT_LOCALE not in templates.locales() else "default"
        )
        context = sample_context(settings, campaign, locale or DEFAULT_LOCALE)
        for channel in sorted(available):
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
            _try_render(templates, channel, _sparse(context), locale, problems, sparse=True)
            line = _check_rendered(templates, rendered, locale, max_segments, problems)
            if line:
                info.append(f"{campaign.name} {channel} [{label}]: {line}")
    return info


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
