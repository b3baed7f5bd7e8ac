"""How names, streets and communes of places are folded and compared, for ``io.duplicates``.

Names lose their legal forms and articles, streets have their abbreviations written out,
communes stand for their arrondissements: what is left says whether two records name one place.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

# Names closer than this (0–100) are alike (see name_scores) with an address or position in common.
NAME_MIN = 80.0
# A street written two ways (« av. J. Jaurès », « avenue Jean Jaurès ») still matches above this.
STREET_MIN = 90.0

# Left out of name comparison: legal forms and articles (and the longer legal phrases first).
_LEGAL_PHRASES = re.compile(
    r"\b(societe cooperative d interet collectif|societe cooperative et participative|societe cooperative"
    r"|societe par actions simplifiee( unipersonnelle)?|societe a responsabilite limitee|societe anonyme"
    r"|association loi (de )?1901|loi (de )?1901|groupement d interet (public|economique))\b")
NAME_STOP_WORDS = frozenset(
    "scic scop scoop sas sasu sarl sa sci eurl ei gie gip sem spl cae ess "
    "association asso assoc fondation societe "
    "le la les l un une des de du d et a au aux en sur sous pour par the of and".split())
# Words saying what kind of service point a record is: an antenna is not its main site.
QUALIFIER_WORDS = frozenset(
    "bus camion itinerant itinerante itinerance mobile antenne annexe multisite multisites permanence".split())
# Words of the trade, common to many names: they do not tell two places apart on their own.
GENERIC_WORDS = frozenset(
    "tiers lieu lieux tl coworking cowork fablab fab lab makerspace hackerspace cafe associatif associative "
    "espace espaces numerique numeriques france services service mediation maison centre social sociale "
    "socioculturel atelier ateliers partage partagee partages friche culturelle culturel garage solidaire "
    "ressourcerie recyclerie fabrique territoire manufacture proximite campus connecte micro folie epicerie "
    "mairie bibliotheque mediatheque point info public publique pole".split())
_STREET_WORDS = {
    "r": "rue", "av": "avenue", "ave": "avenue", "bd": "boulevard", "bld": "boulevard", "boul": "boulevard",
    "bvd": "boulevard", "pl": "place", "ch": "chemin", "chem": "chemin", "imp": "impasse", "all": "allee",
    "rte": "route", "fg": "faubourg", "fbg": "faubourg", "sq": "square", "crs": "cours", "pas": "passage",
    "pass": "passage", "qu": "quai", "res": "residence", "lot": "lotissement", "st": "saint", "ste": "sainte",
    "gal": "general", "gen": "general", "mal": "marechal", "pdt": "president", "prom": "promenade",
    "za": "zone", "zi": "zone", "zac": "zone",
}
_STREET_STOP = frozenset("le la les l de du des d et a au aux en bis ter quater b c".split())
_STREET_TYPES = frozenset("rue avenue boulevard place chemin impasse allee route faubourg square cours passage "
                          "quai residence lotissement promenade zone voie sentier esplanade parvis quartier "
                          "lieu hameau".split())
_SAINT = {"st": "saint", "ste": "sainte"}
_NON_WORD = re.compile(r"[^a-z0-9]+")
_COMBINING = re.compile("[\u0300-\u036f]+")
_DIGITS = re.compile(r"\d+")
# Paris, Lyon and Marseille: an arrondissement's INSEE code stands for the commune.
ARRONDISSEMENTS = [(75101, 75120, "75056"), (69381, 69389, "69123"), (13201, 13216, "13055")]
_CEDEX = re.compile(r"\bcedex\b.*$")
_ARR_SUFFIX = re.compile(r"\s+\d{1,2}\s*(e|er|eme|ieme)?(\s+arrondissement)?$")


def split_words(text: str) -> list[str]:
    """Return the folded words of ``text`` (letters and digits; anything else separates)."""
    return _NON_WORD.sub(" ", fold_fast(text)).split()


def fold_fast(text: str) -> str:
    """Like ``base.text.fold``, 3× faster, other non-ASCII characters becoming "?" (a separator here)."""
    if text.isascii():
        return text.lower()
    lowered = text.casefold().replace("œ", "oe").replace("æ", "ae")
    bare = _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))
    return bare.encode("ascii", "replace").decode("ascii")


def name_core(name: str) -> list[str]:
    """Return the words of a name that identify the place (folded, no legal form or article)."""
    folded = " ".join(_SAINT.get(w, w) for w in split_words(name))
    words = [w for w in _LEGAL_PHRASES.sub(" ", folded).split() if w not in NAME_STOP_WORDS]
    return words or folded.split()


def name_score(a: str, b: str, commune: str = "") -> float:
    """Return how alike two names of places in ``commune`` are (0–100), as the matcher weighs them."""
    return name_scores(NameKey.of(a, commune), NameKey.of(b, commune))[0]


@dataclass(frozen=True, slots=True)
class NameKey:
    """A name ready for comparison. Tuples, not sets: 50,000 of them are kept, a few compared."""

    core: tuple[str, ...]           # name_core()
    local: tuple[str, ...]          # the same without the commune's name, if anything is left
    sorted_local: str
    numbers: tuple[str, ...]        # « Marseille 3e » keeps its 3
    qualifiers: tuple[str, ...]
    distinctive: tuple[str, ...]    # core words that are not generic words of the trade

    @classmethod
    def of(cls, name: str, commune: str = "") -> "NameKey":
        core = tuple(dict.fromkeys(name_core(name)))
        place = _commune_words(commune) if commune else ()
        local = tuple(w for w in core if w not in place) or core
        distinctive = tuple(w for w in core if w not in GENERIC_WORDS and not w.isdigit())
        # The same tuple where the values are equal: 200,000 names are kept.
        return cls(core=core, local=core if local == core else local, sorted_local=" ".join(sorted(local)),
                   numbers=tuple(sorted(_numbers(core))), qualifiers=tuple(w for w in core if w in QUALIFIER_WORDS),
                   distinctive=core if distinctive == core else distinctive)


def name_scores(a: NameKey, b: NameKey) -> tuple[float, float]:
    """Return (name score, the score without the name-inside-the-other allowance), 0–100.

    Names are compared without the commune's name (« Fablab de Lyon » and « Coworking de
    Lyon » share nothing but Lyon). Word order does not count, and a name inside the other
    (« Le Bistrot », « Café associatif Le Bistrot ») scores 90 when what they share is more
    than generic words of the trade. Names are not alike when their numbers differ
    (« Marseille 3e », « 13e »), when one is an antenna, a bus or an itinerant service and
    the other not, or when each has a word of its own that is not a generic word of the
    trade (« Pimms Grenoble QPV », « Pimms Grenoble ZR »; « … Brest », « … Sud de Morlaix »),
    or one has such a word and the other nothing but generic words (« Le Phare — Espace
    numérique », « Espace numérique »).
    """
    if not a.sorted_local or not b.sorted_local:
        return 0.0, 0.0
    plain = score = fuzz.ratio(a.sorted_local, b.sorted_local)
    if (set(a.local) & set(b.local)) - GENERIC_WORDS:
        score = max(plain, fuzz.token_set_ratio(a.sorted_local, b.sorted_local) - 10)
    cap = 100.0
    if a.numbers and b.numbers and a.numbers != b.numbers:
        cap = 50.0
    elif set(a.qualifiers) != set(b.qualifiers):
        cap = 60.0
    else:
        # With the commune's name: « … itinérante Brest » and « … itinérante Sud de Morlaix ».
        own_a, own_b = _own_word(a.distinctive, b.core), _own_word(b.distinctive, a.core)
        # Each says something of its own, or one says something and the other only generic words.
        if (own_a and (own_b or not b.distinctive)) or (own_b and not a.distinctive):
            cap = 70.0
    return min(score, cap), min(plain, cap)


def _own_word(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether one of ``words`` has no look-alike in ``other`` (typos tolerated)."""
    return any(w not in other and not any(fuzz.ratio(w, o) >= 80 for o in other) for w in words)


def _numbers(words: Iterable[str]) -> frozenset[str]:
    return frozenset(n.lstrip("0") or "0" for n in _DIGITS.findall(" ".join(words)))


@lru_cache(maxsize=1 << 16)
def _commune_words(commune: str) -> frozenset[str]:
    return frozenset(_SAINT.get(w, w) for w in split_words(commune))


def street_of(address: str) -> tuple[str, tuple[str, ...], str]:
    """Return an address's street (folded, abbreviations written out), house numbers and text.

    The street is the part of the address naming a street type (« rue », « place »…), else its
    first part: a complement (« Bourg », « bâtiment B ») does not make another place.
    """
    if not address:
        return "", (), ""
    chosen = address.strip()
    if "," in address:
        parts = [p.strip() for p in address.split(",") if p.strip()]
        if not parts:
            return "", (), ""
        chosen = next((p for p in parts if any(_STREET_WORDS.get(w, w) in _STREET_TYPES for w in split_words(p))),
                      parts[0])
    numbers: set[str] = set()
    words: list[str] = []
    for w in split_words(chosen):
        digits = _DIGITS.match(w)
        if digits:
            numbers.add(digits.group().lstrip("0") or "0")
            continue
        w = _STREET_WORDS.get(w, w)
        if w not in _STREET_STOP:
            words.append(w)
    return " ".join(words), tuple(sorted(numbers)), chosen


@lru_cache(maxsize=1 << 16)   # a catalog names a few thousand communes, many times each
def commune_keys(insee: str, commune: str, postcode: str) -> tuple[str, str, str]:
    """Return what says where a record is: (INSEE code of the commune, its folded name, postcode).

    An arrondissement of Paris, Lyon or Marseille counts as its commune; « Cedex » and
    « Marseille 3e » are reduced to the commune's name. Empty strings where unknown.
    """
    code = (insee or "").strip().upper()
    if code.isdigit():
        number = int(code)
        for low, high, parent in ARRONDISSEMENTS:
            if low <= number <= high:
                code = parent
    name = " ".join(split_words(commune))
    name = _ARR_SUFFIX.sub("", _CEDEX.sub("", name)).strip()
    name = " ".join(_SAINT.get(w, w) for w in name.split())
    return code, name, (postcode or "").strip()


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points, in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6_371_000.0 * 2 * math.asin(math.sqrt(min(1.0, h)))
