"""How long an SMS is, in the units and parts a provider bills.

An SMS travels in one of two encodings. GSM-7 (3GPP TS 23.038, "GSM 03.38")
packs 160 characters into one message; when a message is split, each part
carries a 6-byte header, leaving 153 characters. A single character outside
GSM-7 — any Cyrillic letter, an emoji, and also a non-breaking space (U+00A0,
which Babel puts between thousands and before "₽"), a typographic dash "–" or
quote "«»“”" that a word processor or a copy-paste slipped in — switches the
*whole* message to UCS-2 (UTF-16): 70 units in one message, 67 per part. An
English text of 150 characters is then 3 parts instead of 1. That is why
:func:`sms_text` swaps such look-alikes for their ASCII twins when that makes
the message GSM-7 again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The GSM 03.38 basic character set, in code order (0x00-0x7F). 0x1B is the
# escape to the extension table, not a character, so it is left out.
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞ"  # 0x1B (escape) follows Ξ
    "ÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)
# The extension table: each is sent as escape + character, so it costs two.
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")
GSM_ALL = GSM_BASIC | GSM_EXTENSION

GSM_SINGLE, GSM_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67

# Spaces that only look different: in an SMS they buy nothing and some
# handsets show them as boxes.
_SPACES = re.compile("[\u00a0\u202f\u2007\u2009\u200a]")
# Typographic characters with a GSM-7 twin; used only when the swap makes the
# whole message GSM-7 (a Cyrillic text is UCS-2 anyway, and keeps its « »).
_LOOKALIKE = {
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2212": "-",  # minus sign
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2026": "...",
}
_LOOKALIKES = str.maketrans(_LOOKALIKE)


@dataclass(frozen=True)
class SmsLength:
    """``chars`` in the encoding's units (GSM-7 septets or UTF-16 code units)."""

    chars: int
    segments: int
    encoding: str  # "GSM-7" | "UCS-2"

    def __str__(self) -> str:
        parts = "segment" if self.segments == 1 else "segments"
        return f"{self.chars} chars, {self.segments} {parts} {self.encoding}"


def is_gsm7(text: str) -> bool:
    return GSM_ALL.issuperset(text)


def sms_parts(text: str) -> SmsLength:
    """Length and number of parts of ``text`` sent as one (possibly split) SMS.

    An empty text is 0 parts: there is nothing to send.
    """
    if is_gsm7(text):
        widths = [2 if ch in GSM_EXTENSION else 1 for ch in text]
        return SmsLength(sum(widths), _segments(widths, GSM_SINGLE, GSM_PART), "GSM-7")
    widths = [2 if ord(ch) > 0xFFFF else 1 for ch in text]  # astral = surrogate pair
    return SmsLength(sum(widths), _segments(widths, UCS2_SINGLE, UCS2_PART), "UCS-2")


def _segments(widths: list[int], single: int, part: int) -> int:
    total = sum(widths)
    if total <= single:
        return 1 if total else 0
    if all(w == 1 for w in widths):
        return -(-total // part)
    # An escape pair (GSM-7) or a surrogate pair (UCS-2) is never split
    # across two parts, so a part may end one unit short.
    segments, used = 1, 0
    for width in widths:
        if used + width > part:
            segments, used = segments + 1, 0
        used += width
    return segments


def sms_text(text: str) -> str:
    """The text as it should be sent: plain spaces for the typographic ones,
    and ASCII dashes/quotes when that turns a UCS-2 message into GSM-7."""
    text = _SPACES.sub(" ", text)
    others = set(text) - GSM_ALL
    if others and others.issubset(_LOOKALIKE):
        return text.translate(_LOOKALIKES)  # (str.translate is slow: only when it pays)
    return text
