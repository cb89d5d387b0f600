"""The unsubscribe pages: small, self-contained HTML in Russian or English.

Everything that comes from outside (the company name from the settings, the
path) is escaped. The pages load nothing: no script, no style sheet, no image.
"""

from __future__ import annotations

from html import escape

from winback.rendering.environment import DEFAULT_LOCALE

LANGUAGES = ("ru", "en")
FALLBACK = "en"  # a locale that is neither: English

CHANNEL_WORDS = {
    "ru": {"email": "по электронной почте", "sms": "по SMS", "telegram": "в Telegram"},
    "en": {"email": "by email", "sms": "by SMS", "telegram": "on Telegram"},
}

TEXT = {
    "ru": {
        "confirm_title": "Отписка",
        "confirm": "Больше не получать сообщения от {company} {channel}?",
        "button": "Отписаться",
        "done_title": "Вы отписались",
        "done": "{company} больше не будет присылать вам сообщения {channel}.",
        "bad_title": "Ссылка недействительна",
        "bad": "Ссылка для отписки повреждена или устарела. Ничего не изменилось.",
        "bad_body_title": "Неверный запрос",
        "bad_body": "Для отписки нажмите кнопку на странице по ссылке из сообщения.",
        "later_title": "Попробуйте позже",
        "later": "Сейчас не получилось записать отписку. Попробуйте ещё раз через минуту.",
    },
    "en": {
        "confirm_title": "Unsubscribe",
        "confirm": "Stop receiving messages from {company} {channel}?",
        "button": "Unsubscribe",
        "done_title": "You are unsubscribed",
        "done": "{company} will not send you messages {channel} any more.",
        "bad_title": "Invalid link",
        "bad": "This unsubscribe link is damaged or out of date. Nothing has changed.",
        "bad_body_title": "Bad request",
        "bad_body": "To unsubscribe, press the button on the page the message's link opens.",
        "later_title": "Please try later",
        "later": "The unsubscription could not be recorded just now. Please try again in a minute.",
    },
}


def client_language(locale: str | None) -> str:
    """The page language for a client's locale ("ru_RU", "en-GB", None, ...).

    A client without a locale got messages in the templates' default
    language, so the page speaks it too."""
    if not locale:
        return DEFAULT_LOCALE if DEFAULT_LOCALE in LANGUAGES else FALLBACK
    code = locale.replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else FALLBACK


def browser_language(accept_language: str | None) -> str:
    """The page language from an Accept-Language header (no client known)."""
    best, best_q = FALLBACK, 0.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        code = tag.strip().split("-")[0].lower()
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if code in LANGUAGES and q > best_q:
            best, best_q = code, q
    return best


def _page(lang: str, title: str, body: str) -> str:
    return (
        "<!doctype html>\n"
        f'<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>{escape(title)}</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:32em;margin:3em auto;"
        "padding:0 1em;line-height:1.5}button{font-size:1.1em;padding:.5em 1.5em}</style>"
        f"</head><body><h1>{escape(title)}</h1>{body}</body></html>\n"
    )


def confirm_page(lang: str, company: str, channel: str) -> str:
    """The GET page: a question and a button that POSTs the RFC 8058 body."""
    t = TEXT[lang]
    question = t["confirm"].format(company=company, channel=CHANNEL_WORDS[lang][channel])
    # No action attribute: the form posts to this very URL.
    form = (
        '<form method="post">'
        '<input type="hidden" name="List-Unsubscribe" value="One-Click">'
        f'<button type="submit">{escape(t["button"])}</button></form>'
    )
    return _page(lang, t["confirm_title"], f"<p>{escape(question)}</p>{form}")


def done_page(lang: str, company: str, channel: str) -> str:
    t = TEXT[lang]
    text = t["done"].format(company=company, channel=CHANNEL_WORDS[lang][channel])
    return _page(lang, t["done_title"], f"<p>{escape(text)}</p>")


def message_page(lang: str, kind: str) -> str:
    """A short page without details: kind is "bad", "bad_body" or "later"."""
    t = TEXT[lang]
    return _page(lang, t[f"{kind}_title"], f"<p>{escape(t[kind])}</p>")
