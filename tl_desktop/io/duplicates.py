"""Probable duplicates among places: the evidence that two records are the same place.

Two records are the same place only on real evidence:

- the same identifier in the same source list (« id_fs 2287 » of the France Services list):
  ``Strength.CERTAIN``;
- or a similar name **and** the same address (same commune, same street, a house number in
  common) or precise positions less than ``NEAR_M`` apart, unless their addresses say two
  places (lists often geocode several places to the town hall): ``Strength.PROBABLE``;
- or, weaker and for the agent to check, a near-identical name in the same commune when
  there is nothing else to compare (no address or precise position on one side):
  ``Strength.POSSIBLE``.

A name alone never makes a duplicate: rows with an empty commune and address are compared by
position and identifier only, and a position that is only a commune's centre is no position.
How names are compared (legal forms and articles left out, « Friche la Belle de Mai » =
« SCIC FRICHE LA BELLE DE MAI »; numbers, antennas and buses, words of their own keep names
apart) is in ``io.place_keys``.

Candidates come from a spatial grid of ``NEAR_M`` cells and from buckets by street and house
number, by identifier and by commune: a record is weighed against nearby and same-commune
records only, never against all the others (``DuplicateIndex.compared`` counts the pairs).

Use, for an import (rows of a file as ``Site`` objects, ``refs`` their identifiers there):

- duplicates of catalog places: ``index = DuplicateIndex(store.sites.places(),
  store.sites.refs())``, then ``index.matches(row, [(source, row_id)])`` per row;
- duplicates inside the file: ``duplicates_within(rows, {row.id: [(source, row_id)]})``;
- ``Strength.PROBABLE`` and above may be merged; ``POSSIBLE`` is for the agent to decide.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import Callable, Iterable, Mapping, Protocol, Sequence

from rapidfuzz import fuzz, process

from tl_desktop.base.errors import Cancelled
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.memory import cycles_paused
from tl_desktop.io.place_keys import (
    ARRONDISSEMENTS,
    NAME_MIN,
    STREET_MIN,
    NameKey,
    commune_keys,
    distance_m,
    name_core,
    name_score,
    name_scores,
    street_of,
)
from tl_desktop.store import Store

__all__ = [
    "NAME_MIN", "NAME_MIN_COMMUNE_ONLY", "NEAR_M", "DuplicateIndex", "Evidence", "Match", "Place", "Ref", "Strength",
    "catalog_duplicates", "catalog_matches", "commune_keys", "compare", "distance_m", "duplicates_within",
    "name_core", "name_score", "street_of",
]

# Two precise positions closer than this are the same place (if the names are similar).
NEAR_M = 150.0
# Name score (0–100) needed with nothing but the commune to compare: near-identical names.
NAME_MIN_COMMUNE_ONLY = 90.0

Ref = tuple[str, str]   # (source list, the record's identifier in it)


class Place(Protocol):
    """What the matcher reads of a record: a ``tl_desktop.domain.Site`` has all of it.

    Only ``id`` and ``name`` are required; a missing attribute counts as empty (no postcode,
    a position of unknown precision…).
    """

    id: str
    name: str
    address: str
    postcode: str
    commune: str
    insee_code: str
    latitude: float | None
    longitude: float | None
    location_precision: str | None


class Strength(IntEnum):
    """How sure the evidence is; a higher value is surer."""

    POSSIBLE = 1   # near-identical name in the same commune, nothing else to compare: to check
    PROBABLE = 2   # similar name and the same address, or positions under NEAR_M apart
    CERTAIN = 3    # the same identifier in the same source list


@dataclass(frozen=True)
class Evidence:
    """Why two records are taken for the same place."""

    name_score: float              # 0–100, names folded, legal forms and articles left out
    distance_m: float | None       # between precise positions; None when one is missing or approximate
    same_address: bool
    same_identifier: bool
    strength: Strength
    same_commune: bool | None = None    # None: nothing to compare
    identifier: Ref | None = None       # the identifier in common, if any
    street: str = ""                    # the address in common, as the first record writes it
    commune: str = ""                   # the commune in common, as the first record writes it

    def parts(self) -> list[tuple[str, dict]]:
        """The reasons, each a French template (marked for translation) and its arguments."""
        parts: list[tuple[str, dict]] = []
        if self.same_identifier and self.identifier:
            parts.append((QT_TRANSLATE_NOOP("tl_desktop", "même identifiant « {id} » dans « {source} »"),
                          {"id": self.identifier[1], "source": self.identifier[0]}))
        if self.name_score >= 99.5:
            parts.append((QT_TRANSLATE_NOOP("tl_desktop", "même nom"), {}))
        elif self.name_score >= NAME_MIN:
            parts.append((QT_TRANSLATE_NOOP("tl_desktop", "nom semblable ({score}\u00a0%)"),
                          {"score": round(self.name_score)}))
        elif self.same_identifier:
            parts.append((QT_TRANSLATE_NOOP("tl_desktop", "nom différent ({score}\u00a0%)"),
                          {"score": round(self.name_score)}))
        if self.same_address:
            parts.append((QT_TRANSLATE_NOOP("tl_desktop", "même adresse ({street})"), {"street": self.street}))
        if self.distance_m is not None and self.distance_m < NEAR_M:
            parts.append((QT_TRANSLATE_NOOP("tl_desktop", "à {distance} m l'un de l'autre"),
                          {"distance": round(self.distance_m)}))
        if self.strength is Strength.POSSIBLE:
            parts.append((QT_TRANSLATE_NOOP(
                "tl_desktop", "même commune ({commune}), sans adresse ni position précise à comparer"),
                {"commune": self.commune}))
        return parts

    def text(self, translate: Callable[[str], str] = lambda template: template) -> str:
        """Return the reasons as one French sentence (``translate`` translates each template)."""
        sentence = ", ".join(translate(t).format(**args) for t, args in self.parts())
        return sentence[:1].upper() + sentence[1:] + "." if sentence else ""

    @property
    def why(self) -> str:
        """The reasons as one French sentence (untranslated source text)."""
        return self.text()

    def sort_key(self) -> tuple:
        """Best first when sorted ascending."""
        far = self.distance_m if self.distance_m is not None else NEAR_M * 10
        return (-self.strength, -self.name_score, not self.same_address, far)


@dataclass(frozen=True)
class Match:
    """Two records of one list taken for the same place (``first_index`` < ``second_index``)."""

    first: str             # id of the record earlier in the list
    second: str
    evidence: Evidence
    first_index: int = -1
    second_index: int = -1


def _same_commune(a: "_Prepared", b: "_Prepared") -> bool | None:
    for x, y in zip(a.where, b.where):
        if x and y:
            return x == y
    return None


# ------------------------------------------------------------------------------ the index

# Grid cells at least NEAR_M wide up to 60° of latitude (all of France, overseas included).
_CELL_LAT = NEAR_M / 111_195.0
_CELL_LON = _CELL_LAT / math.cos(math.radians(60))
_NONE, _STREET, _POSITION = 0, 1, 2     # what a record can be compared by (a bit mask)


@dataclass(slots=True)
class _Prepared:
    """A record ready for comparison: kept for every indexed record, so kept small."""

    place: Place                    # the record itself, for what the reasons quote
    name: NameKey
    where: tuple[str, str, str]     # commune_keys()
    street: str                     # street_of()
    numbers: tuple[str, ...]
    lat: float | None               # None unless a precise position
    lon: float | None
    refs: tuple[Ref, ...]
    comparable: int

    @classmethod
    def of(cls, place: Place, refs: Iterable[Ref]) -> "_Prepared":
        # Records of other shapes may lack the less common attributes: they count as empty.
        commune = getattr(place, "commune", "") or ""
        where = commune_keys(getattr(place, "insee_code", "") or "", commune, getattr(place, "postcode", "") or "")
        street, numbers, _ = street_of(getattr(place, "address", "") or "")
        lat, lon = getattr(place, "latitude", None), getattr(place, "longitude", None)
        precise = lat is not None and lon is not None and getattr(place, "location_precision", None) != "commune"
        lat, lon = (lat, lon) if precise else (None, None)
        # An address means something only in a known commune.
        comparable = (_STREET if street and any(where) else _NONE) | (_POSITION if precise else _NONE)
        return cls(place=place, name=NameKey.of(place.name or "", commune), where=where, street=street,
                   numbers=numbers, lat=lat, lon=lon, refs=tuple((s, i) for s, i in refs if s and i) if refs else (),
                   comparable=comparable)

    @property
    def id(self) -> str:
        return self.place.id

    @property
    def cell(self) -> tuple[int, int] | None:
        if self.lat is None:
            return None
        return math.floor(self.lat / _CELL_LAT), math.floor(self.lon / _CELL_LON)

    @property
    def commune(self) -> str:
        return (getattr(self.place, "commune", "") or "").strip()


def _address_relation(a: _Prepared, b: _Prepared, same_commune: bool | None) -> bool | None:
    """True: the same address; False: two different addresses; None: nothing to compare."""
    if not (a.street and b.street and same_commune):
        return None
    if a.numbers and b.numbers and not set(a.numbers).intersection(b.numbers):
        return False     # 12 and 14 of one street are two buildings
    # « Le Quadri - 47 avenue des Pays-Bas » and « 47 avenue des Pays-Bas »: one inside the other.
    return a.street == b.street or fuzz.token_set_ratio(a.street, b.street) >= STREET_MIN


def _evidence(a: _Prepared, b: _Prepared) -> Evidence | None:
    """Return the evidence that ``a`` and ``b`` are the same place, or None."""
    common = set(a.refs).intersection(b.refs) if a.refs and b.refs else None
    distance = distance_m(a.lat, a.lon, b.lat, b.lon) if a.lat is not None and b.lat is not None else None
    same_commune = _same_commune(a, b)
    address = _address_relation(a, b, same_commune)
    # Positions count unless the addresses say two places: lists often geocode to the town hall.
    near = distance is not None and distance < NEAR_M and address is not False
    only_commune = bool(same_commune) and not a.comparable & b.comparable
    if not (common or address or near or only_commune):
        return None     # before the names: most candidates stop here
    score, plain = name_scores(a.name, b.name)
    if common:
        strength = Strength.CERTAIN
    elif score >= NAME_MIN and (address or near):
        strength = Strength.PROBABLE
    elif plain >= NAME_MIN_COMMUNE_ONLY and only_commune:
        # Nothing but the commune: the names must be near-identical, not one inside the other.
        strength = Strength.POSSIBLE
    else:
        return None
    return Evidence(name_score=round(score, 1), distance_m=None if distance is None else round(distance, 1),
                    same_address=bool(address), same_identifier=bool(common), strength=strength,
                    same_commune=same_commune, identifier=min(common) if common else None,
                    street=street_of(getattr(a.place, "address", ""))[2] if address else "", commune=a.commune or b.commune)


class DuplicateIndex:
    """Records indexed for finding the probable duplicates of another record, fast.

    ``refs`` gives each record's identifiers in its source lists, by record id. Candidates are
    the records of the 9 grid cells around a precise position, those of the same street and
    house number in the same commune, those with an identifier in common, and, for records
    with nothing else to compare, those of the same commune with a near-identical name.
    """

    def __init__(self, sites: Iterable[Place] = (), refs: Mapping[str, Iterable[Ref]] | None = None):
        self._records: list[_Prepared] = []
        self._by_cell: dict[tuple[int, int], list[int]] = {}
        # Keys are hashes of (place, street, number): 50,000 tuples of strings cost 30 MB, and a
        # rare collision only adds a candidate. A bucket of one is the record's position itself.
        self._by_address: dict[int, int | list[int]] = {}
        self._by_ref: dict[Ref, list[int]] = {}
        # Per commune key, per comparable mask: positions in _records, and their local names.
        self._by_commune: dict[str, dict[int, tuple[list[int], list[str]]]] = {}
        self.compared = 0     # pairs whose evidence was weighed (never all pairs)
        refs = refs or {}
        with cycles_paused():
            for site in sites:
                self.add(site, refs.get(site.id, ()))

    def __len__(self) -> int:
        return len(self._records)

    def add(self, site: Place, refs: Iterable[Ref] = ()) -> None:
        """Index one more record."""
        self._add(_Prepared.of(site, refs))

    def _add(self, record: _Prepared) -> int:
        i = len(self._records)
        self._records.append(record)
        cell = record.cell
        if cell is not None:
            self._by_cell.setdefault(cell, []).append(i)
        for key in _place_keys(record):
            if record.street:
                # Under each house number, and under "*" for a street line given without one.
                for number in record.numbers or ("",):
                    _put(self._by_address, hash((key, record.street, number)), i)
                _put(self._by_address, hash((key, record.street, "*")), i)
            masks = self._by_commune.get(key)
            if masks is None:
                masks = self._by_commune[key] = {}
            bucket = masks.get(record.comparable)
            if bucket is None:
                bucket = masks[record.comparable] = ([], [])
            ids, names = bucket
            ids.append(i)
            names.append(record.name.sorted_local)
        for ref in record.refs:
            self._by_ref.setdefault(ref, []).append(i)
        return i

    def _candidates(self, record: _Prepared) -> set[int]:
        found: set[int] = set()
        cell = record.cell
        if cell is not None:
            y, x = cell
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    found.update(self._by_cell.get((y + dy, x + dx), ()))
        for key in _place_keys(record):
            if record.street:
                if record.numbers:
                    for number in record.numbers:
                        _take(self._by_address, hash((key, record.street, number)), found)
                    _take(self._by_address, hash((key, record.street, "")), found)
                else:
                    _take(self._by_address, hash((key, record.street, "*")), found)
            # Same commune, nothing to compare but the name: near-identical names only.
            for mask, (ids, names) in self._by_commune.get(key, {}).items():
                if mask & record.comparable:
                    continue
                for _, _, j in process.extract(record.name.sorted_local, names, scorer=fuzz.ratio,
                                               score_cutoff=NAME_MIN_COMMUNE_ONLY, limit=None):
                    found.add(ids[j])
        for ref in record.refs:
            found.update(self._by_ref.get(ref, ()))
        return found

    def _weigh(self, record: _Prepared, j: int, first: bool) -> Evidence | None:
        other = self._records[j]
        if other.id == record.id:
            return None
        self.compared += 1
        return _evidence(other, record) if first else _evidence(record, other)

    def matches(self, site: Place, refs: Iterable[Ref] = (), *,
                minimum: Strength = Strength.POSSIBLE) -> list[tuple[str, Evidence]]:
        """Return the ids of the indexed records that are probably ``site``, with the evidence, best first."""
        record = _Prepared.of(site, refs)
        found = []
        for j in self._candidates(record):
            evidence = self._weigh(record, j, first=False)
            if evidence is not None and evidence.strength >= minimum:
                found.append((self._records[j].id, evidence))
        found.sort(key=lambda item: item[1].sort_key())
        return found


def _place_keys(record: _Prepared) -> list[str]:
    """Where a record is, each way it can be said: INSEE code, commune name, postcode (if no code)."""
    insee, name, postcode = record.where
    keys = [_place_key("i", insee)] if insee else []
    if name:
        keys.append(_place_key("n", name))
    if postcode and not insee:
        keys.append(_place_key("p", postcode))
    return keys


def _put(buckets: dict, key: int, i: int) -> None:
    found = buckets.get(key)
    if found is None:
        buckets[key] = i
    elif isinstance(found, int):
        buckets[key] = [found, i]
    else:
        found.append(i)


def _take(buckets: dict, key: int, into: set[int]) -> None:
    found = buckets.get(key)
    if isinstance(found, int):
        into.add(found)
    elif found:
        into.update(found)


@lru_cache(maxsize=1 << 16)
def _place_key(kind: str, value: str) -> str:
    return f"{kind}:{value}"     # one string per commune, not one per record


def duplicates_within(sites: Sequence[Place], refs: Mapping[str, Iterable[Ref]] | None = None, *,
                      minimum: Strength = Strength.POSSIBLE, progress: Progress = no_progress,
                      cancel: CancelFlag | None = None) -> list[Match]:
    """Return the pairs of ``sites`` that are probably the same place, best first; raise Cancelled."""
    refs = refs or {}
    index = DuplicateIndex()
    matches: list[Match] = []
    total = len(sites)
    with cycles_paused():
        for i, site in enumerate(sites):
            if i % 1000 == 0:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                progress(i, total, "")
            record = _Prepared.of(site, refs.get(site.id, ()))
            for j in index._candidates(record):      # earlier records only: each pair once
                evidence = index._weigh(record, j, first=True)
                if evidence is not None and evidence.strength >= minimum:
                    matches.append(Match(index._records[j].id, record.id, evidence, j, i))
            index._add(record)
    progress(total, total, "")
    matches.sort(key=lambda m: (m.evidence.sort_key(), m.first_index, m.second_index))
    return matches


def compare(a: Place, b: Place, refs_a: Iterable[Ref] = (), refs_b: Iterable[Ref] = ()) -> Evidence | None:
    """Return the evidence that ``a`` and ``b`` are the same place, or None if there is none."""
    return _evidence(_Prepared.of(a, refs_a), _Prepared.of(b, refs_b))


# ------------------------------------------------------------------------------ the catalog


def catalog_duplicates(store: Store, *, minimum: Strength = Strength.POSSIBLE, progress: Progress = no_progress,
                       cancel: CancelFlag | None = None) -> list[Match]:
    """Return the probable duplicates among the live sites of the catalog, best first; raise Cancelled.

    Pairs the agent said are different places (``store.merges.set_distinct``) are left out.
    """
    matches = duplicates_within(store.sites.places(), store.sites.refs(), minimum=minimum, progress=progress,
                                cancel=cancel)
    distinct = store.merges.distinct_pairs()
    if not distinct:
        return matches
    return [m for m in matches if (min(m.first, m.second), max(m.first, m.second)) not in distinct]


def catalog_matches(store: Store, site: Place, refs: Iterable[Ref] = (), *,
                    minimum: Strength = Strength.POSSIBLE) -> list[tuple[str, Evidence]]:
    """Return the ids of the live sites that are probably ``site``, with the evidence, best first.

    Reads only the sites around it (same commune, postcode, street block or identifier): a
    few milliseconds in a catalog of 50,000, fit for a check before saving.
    """
    refs = [(s, i) for s, i in refs if s and i]
    insee, commune, _ = commune_keys(site.insee_code, site.commune, "")
    codes = [insee] if insee else []
    for low, high, parent in ARRONDISSEMENTS:
        if insee == parent:
            codes += [str(n) for n in range(low, high + 1)]
    communes = [commune] if commune else []
    if commune.startswith(("saint ", "sainte ")):
        communes.append(commune.replace("saint", "st", 1))    # « sainte » gives « ste »
    box = None
    if site.latitude is not None and site.longitude is not None and site.location_precision != "commune":
        dlat = 2 * NEAR_M / 111_195.0
        dlon = dlat / max(math.cos(math.radians(site.latitude)), 0.1)
        box = (site.latitude - dlat, site.longitude - dlon, site.latitude + dlat, site.longitude + dlon)
    postcodes = [site.postcode.strip()] if site.postcode.strip() else []
    around = store.sites.places_around(insee_codes=codes, communes=communes, postcodes=postcodes, box=box,
                                       refs=refs)
    index = DuplicateIndex(around, store.sites.refs([p.id for p in around]))
    return index.matches(site, refs, minimum=minimum)
