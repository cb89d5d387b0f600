"""HTML as campaign messages use it: an email's plain-text version, and the
checks of Telegram's HTML subset."""

from __future__ import annotations

import re
from html.parser import HTMLParser


def _names(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Bot API: "1-4096 characters after entities parsing"; counted in UTF-16
# units, as Telegram counts entity offsets (an emoji is 2).
TELEGRAM_MAX_CHARS = 4096
TELEGRAM_TAGS = _names("b strong i em u ins s strike del a code pre blockquote tg-spoiler span")
TELEGRAM_ENTITIES = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


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
