"""French typography for documents and dates written out (no Qt, no reportlab)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
NBSP = "\u00a0"


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
