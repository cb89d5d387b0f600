"""The sandboxed Jinja2 environment of campaign templates and its filters.

Marketing staff write the templates, so they run in Jinja2's immutable sandbox
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
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency, get_currency_symbol
from jinja2 import pass_context
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from winback.money import currency_digits, from_minor, is_whole

# The language of the default (suffix-less) template files, and of a client
# without a locale. The example company is Russian.
DEFAULT_LOCALE = "ru"
SUFFIX = ".j2"


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


@lru_cache(maxsize=1024)
def locale_keys(locale: str | None) -> tuple[tuple[str, ...], str | None, str]:
    """For a client's locale: the variant keys to try (``ru_ru``, ``ru``),
    its Babel name if Babel knows it, and its language."""
    if not locale or not locale.strip():
        return (), None, ""
    full = locale.strip().replace("-", "_").lower()
    language = full.split("_")[0]
    keys = (full, language) if language != full else (full,)
    known = babel_locale(full)
    return keys, (str(known) if known else None), language


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
    digits = currency_digits(currency)
    amount = from_minor(minor, digits)
    if is_whole(minor, digits):
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


def helpers(default_currency: str) -> dict[str, Callable[..., str]]:
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


def environment(root: Path, folder: Path, currency: str) -> jinja2.Environment:
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
    filters = helpers(currency)
    env.filters.update(filters)
    env.globals.update(filters)
    return env


@lru_cache(maxsize=64)
def env_globals(env: jinja2.Environment) -> dict[str, Any]:
    return dict(env.globals)
