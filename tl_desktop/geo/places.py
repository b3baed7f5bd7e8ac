"""French administrative geography from the shipped reference files, and coordinate checks.

Reference data: all current communes (INSEE code, postcodes, centre) and the départements
with their région (resources/reference/, Licence Ouverte, see README).
"""

from __future__ import annotations

import csv
import json
import math
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.resources import resource
from tl_desktop.base.text import fold


@dataclass(frozen=True)
class Departement:
    code: str
    name: str
    region: str


@dataclass(frozen=True)
class Commune:
    insee: str
    name: str
    postcodes: tuple[str, ...]
    departement: str
    region: str
    latitude: float | None
    longitude: float | None


@lru_cache(maxsize=1)
def departements() -> dict[str, Departement]:
    """Return the départements by code ("01" … "976"), in official order."""
    with open(resource("reference", "departements.json"), encoding="utf-8") as f:
        return {d["code"]: Departement(d["code"], d["nom"], d["region"]) for d in json.load(f)}


@lru_cache(maxsize=1)
def departement_names() -> dict[str, str]:
    """Return the départements' names by code, in official order."""
    return {code: d.name for code, d in departements().items()}


def departement_of_insee(insee: str) -> str:
    """Return the département code of an INSEE commune code ("97101" → "971", "2A004" → "2A")."""
    insee = (insee or "").strip().upper()
    if len(insee) != 5:
        return ""
    return insee[:3] if insee.startswith("97") else insee[:2]


class CommuneIndex:
    """All communes, looked up by INSEE code or by postcode and name."""

    def __init__(self, communes: list[Commune]):
        self.by_insee = {c.insee: c for c in communes}
        self._by_postcode: dict[str, list[Commune]] = {}
        self._by_name: dict[str, list[Commune]] = {}
        for c in communes:
            for pc in c.postcodes:
                self._by_postcode.setdefault(pc, []).append(c)
            self._by_name.setdefault(_name_key(c.name), []).append(c)

    def find(self, *, insee: str = "", postcode: str = "", name: str = "") -> Commune | None:
        """Return the commune best matching an INSEE code, else a postcode and/or name; None if unsure."""
        insee = (insee or "").strip().upper()
        if insee in self.by_insee:
            return self.by_insee[insee]
        candidates = self._by_postcode.get((postcode or "").strip(), [])
        key = _name_key(name)
        if candidates and key:
            named = [c for c in candidates if _name_key(c.name) == key]
            if len(named) == 1:
                return named[0]
        if len(candidates) == 1 and (not key or _name_key(candidates[0].name).startswith(key[:4])):
            return candidates[0]
        if key and not candidates:
            same = self._by_name.get(key, [])
            if len(same) == 1:
                return same[0]
        return None


def _name_key(name: str) -> str:
    key = fold(name or "")
    key = re.sub(r"\b(st|ste)\b", lambda m: {"st": "saint", "ste": "sainte"}[m.group(1)], key)
    return re.sub(r"[^a-z0-9]+", "", key)


@lru_cache(maxsize=1)
def communes() -> CommuneIndex:
    """Return the index of all current French communes (loaded once, ~0.2 s)."""
    rows = []
    with open(resource("reference", "communes.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            lat = float(r["latitude"]) if r["latitude"] else None
            lon = float(r["longitude"]) if r["longitude"] else None
            rows.append(Commune(
                insee=r["code"], name=r["nom"],
                postcodes=tuple(p for p in r["codes_postaux"].split(",") if p),
                departement=r["departement_code"], region=r["region_nom"],
                latitude=lat, longitude=lon))
    return CommuneIndex(rows)


# ------------------------------------------------------------------------ coordinates

# Boxes around metropolitan France and each overseas territory (generous by ~0.3°), by their names
# (documents print them, translated in the context "geo").
FRANCE_BOXES = {
    QT_TRANSLATE_NOOP("geo", "métropole"): (41.2, 51.3, -5.6, 9.8),
    QT_TRANSLATE_NOOP("geo", "Guadeloupe"): (15.7, 16.7, -61.9, -60.9),
    QT_TRANSLATE_NOOP("geo", "Martinique"): (14.3, 15.0, -61.3, -60.7),
    QT_TRANSLATE_NOOP("geo", "Guyane"): (2.0, 6.0, -54.7, -51.4),
    QT_TRANSLATE_NOOP("geo", "La Réunion"): (-21.5, -20.8, 55.1, 56.0),
    QT_TRANSLATE_NOOP("geo", "Mayotte"): (-13.1, -12.5, 44.9, 45.4),
    QT_TRANSLATE_NOOP("geo", "Saint-Pierre-et-Miquelon"): (46.7, 47.2, -56.5, -56.0),
    QT_TRANSLATE_NOOP("geo", "Saint-Martin et Saint-Barthélemy"): (17.8, 18.2, -63.2, -62.7),
    QT_TRANSLATE_NOOP("geo", "Polynésie française"): (-28.0, -7.0, -155.0, -134.0),
    QT_TRANSLATE_NOOP("geo", "Nouvelle-Calédonie"): (-23.0, -19.0, 163.0, 169.0),
    QT_TRANSLATE_NOOP("geo", "Wallis-et-Futuna"): (-14.5, -13.0, -178.5, -176.0),
}


def in_france(lat: float, lon: float) -> bool:
    """Return True if the point falls in metropolitan France or an overseas territory."""
    return any(s <= lat <= n and w <= lon <= e for s, n, w, e in FRANCE_BOXES.values())


class CoordStatus(Enum):
    OK = "ok"
    MISSING = "missing"
    NOT_A_NUMBER = "not_a_number"
    OUT_OF_RANGE = "out_of_range"
    NULL_ISLAND = "null_island"
    SWAPPED = "swapped"
    OUTSIDE_FRANCE = "outside_france"


@dataclass(frozen=True)
class CoordCheck:
    status: CoordStatus
    latitude: float | None = None
    longitude: float | None = None


def parse_number(text: object) -> float | None:
    """Return a float from ``text`` accepting a decimal comma and spaces; None if empty; raise ValueError."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        value = float(text)
    else:
        cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "")
        if not cleaned:
            return None
        if cleaned.count(",") == 1 and "." not in cleaned:
            cleaned = cleaned.replace(",", ".")
        value = float(cleaned)
    if math.isnan(value) or math.isinf(value):
        raise ValueError(text)
    return value


def check_coordinates(lat_text: object, lon_text: object) -> CoordCheck:
    """Classify a latitude/longitude pair as read from a file; SWAPPED carries the corrected pair."""
    try:
        lat, lon = parse_number(lat_text), parse_number(lon_text)
    except ValueError:
        return CoordCheck(CoordStatus.NOT_A_NUMBER)
    if lat is None or lon is None:
        return CoordCheck(CoordStatus.MISSING)
    if lat == 0 and lon == 0:
        return CoordCheck(CoordStatus.NULL_ISLAND)
    if in_france(lat, lon):
        return CoordCheck(CoordStatus.OK, lat, lon)
    if in_france(lon, lat):
        return CoordCheck(CoordStatus.SWAPPED, lon, lat)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return CoordCheck(CoordStatus.OUT_OF_RANGE)
    return CoordCheck(CoordStatus.OUTSIDE_FRANCE, lat, lon)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points, in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))
