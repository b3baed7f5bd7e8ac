"""Text as stored and printed: normalisation, French typography, dates written out (no Qt, no reportlab)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
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


def long_date(iso: str) -> str:
    """Return « mardi 11 février 2025 » for "2025-02-11" (the text itself if it is not a date)."""
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    return f"{DAYS[d.weekday()]} {d.day}{'er' if d.day == 1 else ''} {MONTHS[d.month - 1]} {d.year}"


def fold(text: str | None) -> str:
    """Return ``text`` lower-cased without diacritics, for sorting and matching."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("œ", "oe").replace("æ", "ae")


def printable(text: str, keep: str = "", replacement: str = REPLACEMENT) -> str:
    """Return ``text`` with controls and bidi overrides replaced (« � » by default), except those in ``keep``."""
    return _unsafe_pattern(keep).sub(replacement, text)


@lru_cache(maxsize=8)
def _unsafe_pattern(keep: str) -> re.Pattern:
    # The kept characters are left out of the pattern: a 50,000-line listing has no match to call back for.
    return re.compile("[" + "".join(re.escape(c) for c in sorted(_UNSAFE - set(keep))) + "]")
