"""How commune names and codes are read from real lists: accents, case, « St », « Cedex »…

Pure functions, no reference data: ``name_keys("St-Ouen-sur-Seine Cedex")`` gives the keys
under which the commune is indexed, whatever the spelling of the list.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CEDEX = re.compile(r"\bcedex\b(\s*\d{1,3})?|\bcommune nouvelle\b")
_POSTCODE_IN_NAME = re.compile(r"\b\d{5}\b")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
_HAS_DIGIT = re.compile(r"\d")
_PARENTHESIS_ARTICLE = re.compile(r"^(.*?)\s*\((le|la|les|l)\)\s*$")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes", "ss": "sous"}
_ARTICLES = ("le", "la", "les", "l")
_ARRONDISSEMENT = re.compile(
    r"^(paris|lyon|marseille)\s*[- ]?\s*(\d{1,2})\s*(?:e|er|eme|ieme|em|ème)?\b\s*(?:arr\w*\.?)?\s*$")
_PLM_CITY = {"paris": "75056", "lyon": "69123", "marseille": "13055"}


def clean_name(text: str | None) -> str:
    """Return the folded words of a commune name: no accents, no « Cedex 9 », no postcode."""
    name = _fold(text or "")
    if "cedex" in name or "commune nouvelle" in name:
        name = _CEDEX.sub(" ", name)
    if _HAS_DIGIT.search(name):
        name = _POSTCODE_IN_NAME.sub(" ", name)
    if "/" in name:
        name = name.replace("s/", "sur ").replace("/", " ")
    if "(" in name:
        m = _PARENTHESIS_ARTICLE.match(name.strip())
        if m:                                    # « Mans (Le) » as older INSEE files write it
            name = f"{m.group(2)} {m.group(1)}"
    words = _NOT_ALNUM.sub(" ", name).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def _fold(text: str) -> str:
    # Lower case without diacritics, as base.text.fold, through the C codecs (names are Latin script).
    text = text.casefold()
    if text.isascii():
        return text
    text = text.replace("œ", "oe").replace("æ", "ae")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def name_key(text: str | None) -> str:
    """Return the matching key of a name: « Saint-Ouen-sur-Seine » and « ST OUEN SUR SEINE » agree."""
    return clean_name(text).replace(" ", "")


@lru_cache(maxsize=8192)   # lists repeat their communes: « Marseille » is folded once
def name_keys(text: str | None) -> tuple[str, ...]:
    """Return the keys of a name: with and without its leading article (« Les Abymes », « Abymes »)."""
    words = clean_name(text).split()
    if not words:
        return ()
    keys = ["".join(words)]
    if len(words) > 1 and words[0] in _ARTICLES:
        keys.append("".join(words[1:]))
    return tuple(keys)


def arrondissement_of(text: str | None) -> tuple[str, int] | None:
    """Return (INSEE code of Paris, Lyon or Marseille, arrondissement number) named in ``text``.

    « Marseille 3e », « MARSEILLE 03 », « Paris 13e arrondissement », « Lyon 1er » → ("13055", 3)…
    """
    m = _ARRONDISSEMENT.match(" ".join(clean_name(text).split()))
    if not m:
        return None
    return _PLM_CITY[m.group(1)], int(m.group(2))


def normalize_postcode(text: object) -> str:
    """Return a 5-digit postcode from what a list holds ("13 003", "1000" from Excel, "F-13003"); "" if none."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    digits = re.sub(r"\D", "", str(text))
    if len(digits) == 4:
        digits = "0" + digits           # Excel drops the leading zero of "01000"
    return digits if len(digits) == 5 else ""


def normalize_insee(text: object) -> str:
    """Return an INSEE commune code as written by INSEE ("1004" → "01004", "2a004" → "2A004"); "" if not one."""
    if text is None:
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)
    code = re.sub(r"\s", "", str(text)).upper()
    if len(code) == 4 and code.isdigit():
        code = "0" + code
    if len(code) == 5 and (code.isdigit() or (code[:2] in ("2A", "2B") and code[2:].isdigit())):
        return code
    return ""


def departement_of_postcode(postcode: str) -> str:
    """Return the département a postcode most likely belongs to ("" if unknown); Corsica split 2A/2B."""
    if len(postcode) != 5 or not postcode.isdigit():
        return ""
    if postcode.startswith(("97", "98")):
        return postcode[:3]
    if postcode.startswith("20"):
        return "2A" if postcode < "20200" else "2B"
    if postcode.startswith("00"):
        return ""
    return postcode[:2]
