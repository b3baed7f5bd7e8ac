"""File names offered for exported documents (no reportlab: the GUI asks before anything loads)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP, translator

# What each document is called at the head of its file name (a file-name word: lower case, no accents).
KINDS = {"visit": QT_TRANSLATE_NOOP("reports", "synthese"), "programme": QT_TRANSLATE_NOOP("reports", "programme"),
         "booklet": QT_TRANSLATE_NOOP("reports", "livret")}
MAX_NAME = 60    # characters of the place or tour in the name: paths on Windows stay short


def slug(text: str) -> str:
    """Return ``text`` as a file-name part: lower case, no accents, words joined by « - »; "" if nothing is left.

    Letters of any script are kept (a Chinese name stays Chinese); whatever Windows forbids
    (``<>:"/\\|?*``, control characters, trailing dots or spaces) is not.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe").replace("æ", "ae"))
    plain = unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
    words = re.findall(r"[^\W_]+", plain)
    name = "-".join(words)
    if len(name) > MAX_NAME:
        name = name[:MAX_NAME].rsplit("-", 1)[0] if "-" in name[:MAX_NAME] else name[:MAX_NAME]
    return name


def suggested_filename(kind: str, name: str = "", day: str = "", language: str = "fr") -> str:
    """Return « synthese-<lieu>-<date>.pdf » (kind "visit"), « programme-… » or « livret-<tour>-<date>.pdf »
    (« summary-… », « booklet-… » for a document in English).

    ``day`` is an ISO date (the visit's, the tour's first day); parts that are unknown are left
    out. Raise KeyError for an unknown kind.
    """
    parts = [slug(translator(language).translate("reports", KINDS[kind])), slug(name or "")]
    try:
        parts.append(date.fromisoformat(day).isoformat())
    except (TypeError, ValueError):
        pass
    return "-".join(p for p in parts if p) + ".pdf"
