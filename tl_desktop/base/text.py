"""Text as stored and printed: normalisation, French typography, dates written out (no Qt, no reportlab)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

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
