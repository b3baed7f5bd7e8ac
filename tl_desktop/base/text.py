"""French typography for documents and dates written out (no Qt, no reportlab)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
NBSP = "\u00a0"
REPLACEMENT = "\ufffd"

# What must never reach a terminal or a file name from imported data: the C0 and C1 controls
# and DEL (ESC [ starts a terminal escape sequence, BEL rings, CR and BS overwrite what was
# printed), the bidirectional embeddings, overrides, isolates and marks (U+202E shows
# « photo\u202egpj.exe » as « photoexe.jpg »), and the Unicode line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


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
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else replacement, text)
