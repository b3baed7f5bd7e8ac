"""Text as stored and printed: normalisation, French typography, dates written out (no Qt, no reportlab)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Dates are written by code rather than by translation: the order of the words differs too.
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NBSP = "\u00a0"
# C0 and C1 controls except tab (\x09) and newline (\x0a), and lone surrogates (a broken paste).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_ENDS = re.compile("\r\n?|[\u2028\u2029]")


def normalise(text: str) -> str:
    """Return ``text`` as it is stored: NFC, line ends as "\\n", no control characters but newline and tab.

    Text pasted from a Mac carries decomposed accents (« e » + U+0301), which fonts print as
    two glyphs or a box and which search and sorting see as another word.
    """
    if not text:
        return text
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        text = _LINE_ENDS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
REPLACEMENT = "\ufffd"

# What must never reach a terminal or a file name from imported data: the C0 and C1 controls
# and DEL (ESC [ starts a terminal escape sequence, BEL rings, CR and BS overwrite what was
# printed), the bidirectional embeddings, overrides, isolates and marks (U+202E shows
# « photo\u202egpj.exe » as « photoexe.jpg »), and the Unicode line and paragraph separators.
_UNSAFE = frozenset(chr(c) for c in (*range(0x20), *range(0x7f, 0xa0), 0x61c, 0x200e, 0x200f, 0x2028, 0x2029,
                                     *range(0x202a, 0x202f), *range(0x2066, 0x206a)))


def french(text: str) -> str:
    """Return ``text`` with French non-breaking spaces (before : ; ! ? », after «)."""
    text = re.sub(r"\s+([:;!?»])", NBSP + r"\1", text)
    return re.sub(r"«\s+", "«" + NBSP, text)


def long_date(iso: str, language: str = "fr") -> str:
    """Return « mardi 11 février 2025 » for "2025-02-11" ("Tuesday 11 February 2025" in English, the
    British order); the text itself if it is not a date."""
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    if language == "en":
        return f"{ENGLISH_DAYS[d.weekday()]} {d.day} {ENGLISH_MONTHS[d.month - 1]} {d.year}"
    return f"{DAYS[d.weekday()]} {d.day}{'er' if d.day == 1 else ''} {MONTHS[d.month - 1]} {d.year}"


def capitalised(text: str) -> str:
    """``text`` with its first letter in upper case and the rest untouched (str.capitalize() would
    lower « February »)."""
    return text[:1].upper() + text[1:]


def format_number(value: float, language: str = "fr", decimals: int | None = None, *, group: bool = False) -> str:
    """« 12,5 » in French, "12.5" in English; whole numbers without decimals unless ``decimals`` is given;
    thousands grouped (« 1 000 000 » with non-breaking spaces, "1,000,000") if ``group``."""
    if decimals is not None:
        text = f"{value:{',' if group else ''}.{decimals}f}"
    elif isinstance(value, float) and value.is_integer():
        text = f"{int(value):{',' if group else ''}}"
    elif isinstance(value, int):
        text = f"{value:{',' if group else ''}}"
    else:
        text = f"{value:,}" if group else str(value)
    if language == "en":
        return text
    return text.replace(",", NBSP).replace(".", ",")


def format_percent(value: float, language: str = "fr", decimals: int | None = None) -> str:
    """« 40 % » in French (a non-breaking space before « % »), "40%" in English."""
    number = format_number(value, language, decimals)
    return f"{number}%" if language == "en" else f"{number}{NBSP}%"


# The combining marks of Latin, Greek and Cyrillic text (the blocks of combining diacritics).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str | None) -> str:
    """Return ``text`` lower-cased without diacritics, for sorting and matching."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()              # casefold() of ASCII text, 10× faster than the general path
    decomposed = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    if not decomposed.isascii() and any(unicodedata.combining(ch) for ch in decomposed):
        decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))   # other scripts
    return decomposed.replace("œ", "oe").replace("æ", "ae")


def printable(text: str, keep: str = "", replacement: str = REPLACEMENT) -> str:
    """Return ``text`` with controls and bidi overrides replaced (« � » by default), except those in ``keep``."""
    return _unsafe_pattern(keep).sub(replacement, text)


@lru_cache(maxsize=8)
def _unsafe_pattern(keep: str) -> re.Pattern:
    # The kept characters are left out of the pattern: a 50,000-line listing has no match to call back for.
    return re.compile("[" + "".join(re.escape(c) for c in sorted(_UNSAFE - set(keep))) + "]")
