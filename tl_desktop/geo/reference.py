"""The Code officiel géographique as shipped: communes, arrondissements, former codes, postcodes.

Loaded once, at the first lookup (never at start-up): resources/reference/communes-cog.csv
(COG 2026, from @etalab/decoupage-administratif; centres from geo.api.gouv.fr, IGN outlines
and GeoNames) and communes-anciens-codes.csv (INSEE codes of communes merged since).
"""

from __future__ import annotations

import csv
import math
import threading
from dataclasses import dataclass
from functools import lru_cache
from sys import intern

from tl_desktop.base.resources import resource
from tl_desktop.geo.names import name_keys
from tl_desktop.geo.places import distance_km

PLM_CITIES = {"75056": "Paris", "69123": "Lyon", "13055": "Marseille"}
CELL = 0.1  # degrees, grid of commune centres


@dataclass(frozen=True, slots=True)
class CogEntry:
    """One row of the COG: a commune (COM), an arrondissement of Paris, Lyon or Marseille (ARM),
    a commune déléguée / associée (COMD / COMA) of a current commune (``parent``), or a former
    name (ANC) of a current commune, renamed or merged since 2018."""

    code: str
    kind: str
    name: str
    parent: str
    departement: str
    postcodes: tuple[str, ...]
    latitude: float | None
    longitude: float | None
    keys: tuple[str, ...] = ()      # name_keys(name), computed once at load


class Cog:
    """Indexes over the COG: by code, former code, postcode, name; centres on a grid."""

    def __init__(self, entries: list[CogEntry], former: dict[str, str]):
        self.by_code: dict[str, CogEntry] = {}
        self.aliases: dict[str, list[CogEntry]] = {}        # current code → its delegated/associated communes
        self.former = former                                  # former INSEE code → current code
        self.by_postcode: dict[str, list[CogEntry]] = {}      # COM and ARM (not the PLM cities themselves)
        self.by_name: dict[str, list[CogEntry]] = {}          # key → COM, ARM, COMD, COMA
        self.arrondissements: dict[str, list[CogEntry]] = {}  # PLM city code → its ARM
        self._grid: dict[int, list[CogEntry]] = {}
        for e in entries:
            if e.kind in ("COM", "ARM"):
                self.by_code[e.code] = e
        for e in entries:
            if e.kind in ("COMD", "COMA", "ANC"):
                self.aliases.setdefault(e.parent, []).append(e)
                if e.code not in self.by_code:
                    self.former.setdefault(e.code, e.parent)
            elif e.kind == "ARM":
                self.arrondissements.setdefault(e.parent, []).append(e)
            if e.kind != "COM" or e.code not in PLM_CITIES:
                for pc in e.postcodes:
                    self.by_postcode.setdefault(pc, []).append(e)
            for key in e.keys:
                self.by_name.setdefault(key, []).append(e)
            if e.kind in ("COM", "ARM") and e.code not in PLM_CITIES and e.latitude is not None:
                self._grid.setdefault(_cell(e.latitude, e.longitude), []).append(e)

    def current(self, entry: CogEntry) -> CogEntry:
        """Return the current commune of an entry (itself, or the parent of a delegated commune)."""
        return self.by_code.get(entry.parent, entry) if entry.kind in ("COMD", "COMA", "ANC") else entry

    def nearest_centre(self, lat: float, lon: float, *, departement: str = "",
                       max_km: float = 30.0) -> tuple[CogEntry, float] | None:
        """Return the commune (or arrondissement) whose centre is nearest, and its distance in km."""
        rings = math.ceil(max_km / 7.0)           # a 0.1° cell is at least ~7 km wide in France
        row, col = _rowcol(lat, lon)
        best: tuple[float, CogEntry] | None = None
        for r in range(row - rings, row + rings + 1):
            for c in range(col - rings, col + rings + 1):
                for e in self._grid.get(r * 10_000 + c, ()):
                    if departement and e.departement != departement:
                        continue
                    km = distance_km(lat, lon, e.latitude, e.longitude)
                    if km <= max_km and (best is None or km < best[0]):
                        best = (km, e)
        return (best[1], best[0]) if best else None


def _rowcol(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL) + 900, math.floor(lon / CELL) + 1800


def _cell(lat: float, lon: float) -> int:
    r, c = _rowcol(lat, lon)
    return r * 10_000 + c


def _index_keys(name: str) -> tuple[str, ...]:
    return name_keys.__wrapped__(name)      # not through the cache: each COG name is seen once


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> Cog:
    entries = []
    with open(resource("reference", "communes-cog.csv"), encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        assert header[:8] == ["code", "type", "nom", "parent", "departement", "region", "codes_postaux",
                              "longitude"], header
        for code, kind, name, parent, dep, _region, postcodes, lon, lat, *_ in rows:
            entries.append(CogEntry(code, intern(kind), name, intern(parent), intern(dep),
                                    tuple(intern(p) for p in postcodes.split()),
                                    float(lat) if lat else None, float(lon) if lon else None, _index_keys(name)))
    with open(resource("reference", "communes-anciens-codes.csv"), encoding="utf-8", newline="") as f:
        former = {r["ancien_code"]: r["code"] for r in csv.DictReader(f)}
    return Cog(entries, former)


def cog() -> Cog:
    """Return the COG indexes, loading them at the first call (~0.3 s, thread-safe)."""
    with _lock:
        return _load()
