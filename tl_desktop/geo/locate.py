"""One entry point for French geography: ``locate()`` turns what a record has into a Placement.

The importer, the site form (« Compléter depuis la commune ») and the duplicates finder all
call it, so a place gets the same commune, département and position wherever it comes from.
Reference data load at the first call, never at start-up (see reference.py, outlines.py).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

# A short name for the long marker; scripts/update-translations tells lupdate (-tr-function-alias).
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP as _N
from tl_desktop.geo.names import (
    arrondissement_of,
    departement_of_postcode,
    name_key,
    name_keys,
    normalize_insee,
    normalize_postcode,
)
from tl_desktop.geo.outlines import commune_at
from tl_desktop.geo.placement import PRECISION_ADDRESS, PRECISION_COMMUNE, GeoNote, Placement
from tl_desktop.geo.places import CoordStatus, check_coordinates, departements, distance_km
from tl_desktop.geo.reference import PLM_CITIES, Cog, CogEntry, cog

FAR_FROM_COMMUNE_KM = 10.0    # beyond, a point given with a commune is checked against the outlines
SAME_AS_CENTRE_KM = 0.05      # a point this close to the commune's centre is that centre, not an address
NEAREST_CENTRE_MAX_KM = 30.0
ELSEWHERE_KM = 100.0          # a point this far from its commune, in another département, is not the place's
CLOSE_SPELLING = 0.88         # difflib ratio of match keys: one letter wrong in a 9-letter name


def locate(*, insee: object = "", postcode: object = "", commune: str = "",
           latitude: object = None, longitude: object = None) -> Placement:
    """Return where a place is from its INSEE code, postcode, commune name and/or coordinates.

    Every argument is optional and may be raw text from a file (``postcode=" 1000"``,
    ``latitude="43,29"``). The commune comes from, in order: the INSEE code (a former code
    is replaced by the current commune's), the postcode and name (accents, case, hyphens,
    « St »/« Ste », « Cedex 9 », articles and old names of communes déléguées tolerated;
    Paris, Lyon and Marseille by arrondissement), the name alone when unique, else the
    outline containing the coordinates (the nearest commune centre when none does).
    Coordinates are checked (swapped ones corrected, outside France reported); without them
    the place is put at the centre of its commune, ``location_precision="commune"``.
    Never raises for bad input: what was inferred, corrected or unusable is said in
    ``Placement.notes`` (French, kinds listed in ``NOTE_KINDS``).
    """
    return _Locator(cog()).run(insee, postcode, commune or "", latitude, longitude)


class _Locator:
    def __init__(self, ref: Cog):
        self.ref = ref
        self.notes: list[GeoNote] = []
        self.point_elsewhere = False    # the point lies in another département, far from the commune given

    def note(self, kind: str, template: str, **args: object) -> None:
        self.notes.append(GeoNote(kind, template, args))

    # ---------------------------------------------------------------- the steps

    def run(self, insee_text, postcode_text, name, lat_text, lon_text) -> Placement:
        postcode = normalize_postcode(postcode_text)
        lat, lon = self.coordinates(lat_text, lon_text)
        if isinstance(insee_text, str):
            entry, centre_entry, notes = _from_codes(self.ref, insee_text, postcode, name)
            self.notes.extend(notes)
        else:
            entry, centre_entry = self.from_codes(insee_text, postcode, name)
        if entry is None and lat is not None:
            entry = centre_entry = self.from_point(lat, lon, postcode)
            keys = name_keys(name)
            if entry is not None and keys and (_named(entry.keys, keys) or (
                    "\ufffd" in name and any(_damaged_pattern(name, 2).fullmatch(k) for k in entry.keys))):
                # « Mérignac », three communes of that name: the point says which; nothing left to say.
                self.notes = [n for n in self.notes if n.kind not in ("ambiguous_name", "commune_not_found")]
        elif entry is not None and lat is not None:
            insee = normalize_insee(insee_text)
            by_code = bool(insee) and (insee in self.ref.by_code or insee in self.ref.former)
            checked = self.check_point(entry, lat, lon, postcode, by_code)
            if checked is not entry:
                entry = centre_entry = checked
            if self.point_elsewhere:
                lat = lon = None        # the commune's centre, said approximate, rather than another region
        return self.placement(entry, postcode, lat, lon, centre_entry)

    def coordinates(self, lat_text, lon_text) -> tuple[float | None, float | None]:
        if _blank(lat_text) and _blank(lon_text):
            return None, None
        check = check_coordinates(lat_text, lon_text)
        status = check.status
        if status is CoordStatus.NOT_A_NUMBER:
            self.note("unreadable_coordinates", _N("tl_desktop", "coordonnées illisibles (latitude « {lat} », longitude "
                                                      "« {lon} ») : ignorées"), lat=lat_text, lon=lon_text)
        elif status is CoordStatus.MISSING:
            self.note("missing_coordinate", _N("tl_desktop", "latitude ou longitude manquante : coordonnées ignorées"))
        elif status is CoordStatus.NULL_ISLAND:
            self.note("null_island", _N("tl_desktop", "coordonnées 0, 0 (position manquante ?) : ignorées"))
        elif status is CoordStatus.OUT_OF_RANGE:
            self.note("out_of_range", _N("tl_desktop", "coordonnées hors limites (latitude {lat}, longitude {lon}) : attendu "
                                            "des degrés décimaux (WGS84), par exemple 43,29 et 5,37 ; ignorées"),
                      lat=lat_text, lon=lon_text)
        else:
            if status is CoordStatus.SWAPPED:
                self.note("swapped", _N("tl_desktop", "coordonnées inversées corrigées (latitude {lat}, longitude {lon})"),
                          lat=_num(check.latitude), lon=_num(check.longitude))
            elif status is CoordStatus.OUTSIDE_FRANCE:
                self.note("outside_france", _N("tl_desktop", "coordonnées hors de France (latitude {lat}, longitude {lon}) : "
                                                  "à vérifier"), lat=_num(check.latitude),
                          lon=_num(check.longitude))
            return check.latitude, check.longitude
        return None, None

    def from_codes(self, insee_text, postcode: str, name: str) -> tuple[CogEntry | None, CogEntry | None]:
        """Return (commune or arrondissement, entry whose centre to use) from the INSEE code, postcode, name."""
        ref = self.ref
        raw = "" if insee_text is None else str(insee_text).strip()
        insee = normalize_insee(insee_text)
        if raw and insee and insee != raw.upper():
            self.note("insee_fixed", _N("tl_desktop", "code INSEE « {given} » lu comme {code}"), given=raw, code=insee)
        entry = former = None
        if insee in ref.by_code:
            entry = ref.by_code[insee]
        elif insee in ref.former:
            entry = ref.by_code.get(ref.former[insee])
            if entry is not None:
                former = next((a for a in ref.aliases.get(entry.code, ()) if a.code == insee), None)
                if former is not None:
                    self.note("insee_replaced", _N("tl_desktop", "code INSEE {old} ({old_name}) remplacé par {code} (commune "
                                                      "nouvelle {name})"),
                              old=insee, old_name=former.name, code=entry.code, name=entry.name)
                else:
                    self.note("insee_replaced", _N("tl_desktop", "code INSEE {old} remplacé par {code} (commune nouvelle "
                                                      "{name})"), old=insee, code=entry.code, name=entry.name)
        elif raw:
            self.note("unknown_insee", _N("tl_desktop", "code INSEE « {code} » inconnu"), code=raw)
        if entry is not None:
            if entry.code in PLM_CITIES:
                arm = self.arrondissement(entry.code, postcode, name)
                if arm is not None:
                    return arm, arm
            self.check_postcode(entry, postcode)
            alias = self.alias_named(entry, name)
            return entry, alias or former or entry
        return self.from_postcode_and_name(postcode, name)

    def arrondissement(self, city: str, postcode: str, name: str) -> CogEntry | None:
        named = arrondissement_of(name)
        for arm in self.ref.arrondissements.get(city, ()):
            if postcode and postcode in arm.postcodes:
                self.note("arrondissement_from_postcode", _N("tl_desktop", "{name} d'après le code postal {postcode}"),
                          name=arm.name, postcode=postcode)
                return arm
        for arm in self.ref.arrondissements.get(city, ()):
            if named and named[0] == city and int(arm.code[-2:]) - (80 if city == "69123" else 0) == named[1]:
                return arm
        return None

    def from_postcode_and_name(self, postcode: str, name: str) -> tuple[CogEntry | None, CogEntry | None]:
        ref = self.ref
        if "\ufffd" in name:
            return self.from_damaged_name(postcode, name)
        keys = name_keys(name)
        named_arm = arrondissement_of(name)
        if named_arm and not postcode:
            arm = self.arrondissement(named_arm[0], "", name)
            if arm is not None:
                return arm, arm
        candidates = ref.by_postcode.get(postcode, []) if postcode else []
        if candidates and named_arm:
            arms = [c for c in candidates if c.kind == "ARM"]
            if len(arms) == 1:
                return arms[0], arms[0]
        if len(candidates) == 1 and candidates[0].kind == "ARM" and (
                not keys or named_arm or _named(self.ref.by_code[candidates[0].parent].keys, keys)):
            arm = candidates[0]                           # « 13003 Marseille », « 75013 PARIS CEDEX 13 »
            self.note("arrondissement_from_postcode", _N("tl_desktop", "{name} d'après le code postal {postcode}"),
                      name=arm.name, postcode=postcode)
            return arm, arm
        if candidates and keys:
            hit = self.match_name(candidates, keys)
            if hit is not None:
                return hit
        if keys:
            dep = departement_of_postcode(postcode)
            hits = self.by_name(keys, dep)
            if postcode and len(hits) != 1 and dep:
                hits = self.by_name(keys, "")          # a postcode of the next département (01200 in 74…)
            if len(hits) == 1:
                entry, alias = hits[0]
                if postcode and candidates:
                    self.note("postcode_mismatch", _N("tl_desktop", "le code postal {postcode} n'est pas celui de {name} : "
                                                         "commune retenue d'après son nom"),
                              postcode=postcode, name=entry.name)
                elif postcode:
                    self.note("commune_from_name", _N("tl_desktop", "code postal {postcode} inconnu (Cedex ?) : commune "
                                                         "retenue d'après son nom, {name}"),
                              postcode=postcode, name=entry.name)
                self.say_alias(entry, alias)
                return entry, alias or entry
            if not hits and candidates:
                # after the exact names elsewhere: « Dun-sur-Meuse » with Dugny's postcode is Dun, not Dugny
                close = self.close_spelling(candidates, keys)
                if close is not None:
                    return close
            if len(hits) > 1 and len(candidates) != 1:
                self.note("ambiguous_name", _N("tl_desktop", "{count} communes s'appellent « {name} » : précisez le code "
                                                  "postal ou le code INSEE"), count=len(hits), name=name.strip())
                return None, None
        if len(candidates) == 1:
            entry = candidates[0]
            if keys:
                self.note("postcode_mismatch", _N("tl_desktop", "commune « {given} » non reconnue : {name} d'après le code "
                                                     "postal {postcode}"), given=name.strip(), name=entry.name,
                          postcode=postcode)
            else:
                self.note("commune_from_postcode", _N("tl_desktop", "commune déduite du code postal {postcode} : {name}"),
                          postcode=postcode, name=entry.name)
            return entry, entry
        if len(candidates) > 1 and not keys:
            self.note("ambiguous_postcode", _N("tl_desktop", "{count} communes ont le code postal {postcode} : précisez la "
                                                  "commune"), count=len(candidates), postcode=postcode)
        elif postcode and keys:
            self.note("commune_not_found", _N("tl_desktop", "commune « {name} » introuvable avec le code postal {postcode}"),
                      postcode=postcode, name=name.strip())
        elif keys:
            self.note("commune_not_found", _N("tl_desktop", "commune « {name} » introuvable"), name=name.strip())
        elif postcode:
            self.note("commune_not_found", _N("tl_desktop", "code postal {postcode} inconnu"), postcode=postcode)
        return None, None

    def from_damaged_name(self, postcode: str, name: str) -> tuple[CogEntry | None, CogEntry | None]:
        """« SAINT-V\ufffdRAN »: a name whose accents a wrong encoding destroyed upstream, « \ufffd » any letter.

        Without the lost letters « saintvran » is another commune (Saint-Vran, Côtes-d'Armor);
        the name is matched with the letters it still has, among the postcode's communes first.
        """
        ref = self.ref
        candidates = ref.by_postcode.get(postcode, []) if postcode else []
        hits: list[CogEntry] = []
        for letters in (1, 2):          # one lost letter each first (« SAINT-V?RAN »), then two (UTF-8 read twice)
            pattern = _damaged_pattern(name, letters)
            hits = [c for c in candidates if any(pattern.fullmatch(k) for k in c.keys)]
            if not hits and not candidates:
                found = {ref.current(e).code: ref.current(e) for key, entries in ref.by_name.items()
                         if pattern.fullmatch(key) for e in entries}
                hits = list(found.values())
            if hits:
                break
        if len(hits) == 1:
            self.note("commune_from_name", _N("tl_desktop", "commune lue comme {name} (orthographe proche)"),
                      name=hits[0].name)
            return hits[0], hits[0]
        if len(candidates) == 1:
            self.note("postcode_mismatch", _N("tl_desktop", "commune « {given} » non reconnue : {name} d'après le code "
                                                 "postal {postcode}"), given=name.strip(), name=candidates[0].name,
                      postcode=postcode)
            return candidates[0], candidates[0]
        if len(hits) > 1:
            self.note("ambiguous_name", _N("tl_desktop", "{count} communes s'appellent « {name} » : précisez le code "
                                              "postal ou le code INSEE"), count=len(hits), name=name.strip())
            return None, None
        self.note("commune_not_found", _N("tl_desktop", "commune « {name} » introuvable"), name=name.strip())
        return None, None

    def match_name(self, candidates: list[CogEntry], keys: tuple[str, ...]) -> tuple[CogEntry, CogEntry] | None:
        """Among the communes of a postcode, the one named (or whose delegated commune is named)."""
        found: dict[str, tuple[CogEntry, CogEntry | None]] = {}
        for c in candidates:
            names = [(c, None)] + [(c, a) for a in self.ref.aliases.get(c.code, ())]
            for entry, alias in names:
                if _named((alias or entry).keys, keys):
                    found.setdefault(entry.code, (entry, alias))
        if len(found) != 1:
            # « Saint-Martin » for « Saint-Martin-de-Crau » in a postcode of several communes: a unique prefix
            prefixed = {c.code: (c, None) for c in candidates for k in keys
                        if len(k) >= 4 and any(n.startswith(k) for n in c.keys)}
            if len(found) == 0 and len(prefixed) == 1:
                found = prefixed
            else:
                return None
        entry, alias = next(iter(found.values()))
        self.say_alias(entry, alias)
        return entry, alias or entry

    def close_spelling(self, candidates: list[CogEntry], keys: tuple[str, ...]) -> tuple[CogEntry, CogEntry] | None:
        """« Saint-Pierre-d'Albigni » for Saint-Pierre-d'Albigny: one clearly closest name of the postcode."""
        scored = sorted(((max(SequenceMatcher(None, k, ck).ratio() for k in keys for ck in c.keys), c.code, c)
                         for c in candidates), reverse=True)
        if not scored or scored[0][0] < CLOSE_SPELLING or (len(scored) > 1 and scored[1][0] >= CLOSE_SPELLING):
            return None
        entry = scored[0][2]
        self.note("commune_from_name", _N("tl_desktop", "commune lue comme {name} (orthographe proche)"), name=entry.name)
        return entry, entry

    def by_name(self, keys: tuple[str, ...], dep: str) -> list[tuple[CogEntry, CogEntry | None]]:
        hits: dict[str, tuple[CogEntry, CogEntry | None]] = {}
        for key in keys:
            for e in self.ref.by_name.get(key, ()):
                current = self.ref.current(e)
                if dep and current.departement != dep:
                    continue
                hits.setdefault(current.code, (current, e if e is not current else None))
        return list(hits.values())

    def alias_named(self, entry: CogEntry, name: str) -> CogEntry | None:
        keys = name_keys(name)
        if not keys or _named(entry.keys, keys):
            return None
        for alias in self.ref.aliases.get(entry.code, ()):
            if _named(alias.keys, keys):
                self.say_alias(entry, alias)
                return alias
        return None

    def say_alias(self, entry: CogEntry, alias: CogEntry | None) -> None:
        if alias is not None and alias.name != entry.name:
            template = {
                "COMD": _N("tl_desktop", "{old} est aujourd'hui une commune déléguée de {name} ({code})"),
                "COMA": _N("tl_desktop", "{old} est aujourd'hui une commune associée de {name} ({code})"),
            }.get(alias.kind, _N("tl_desktop", "{old} : ancien nom, aujourd'hui {name} ({code})"))
            self.note("insee_replaced" if alias.code != entry.code else "commune_from_name", template,
                      old=alias.name, name=entry.name, code=entry.code)

    def check_postcode(self, entry: CogEntry, postcode: str) -> None:
        if not postcode or not entry.postcodes or postcode in entry.postcodes:
            return
        if entry.code in PLM_CITIES:
            return
        if postcode in self.ref.by_postcode:       # a real postcode of other communes (not a Cedex)
            self.note("postcode_mismatch", _N("tl_desktop", "le code postal {postcode} n'est pas celui de {name} "
                                                 "({postcodes})"), postcode=postcode, name=entry.name,
                      postcodes=", ".join(entry.postcodes))

    def from_point(self, lat: float, lon: float, postcode: str) -> CogEntry | None:
        if self.has("outside_france"):
            return None
        code = commune_at(lat, lon)
        if code is not None and code in self.ref.by_code:
            entry = self.ref.by_code[code]
            if code in PLM_CITIES:
                return self.nearest_arrondissement(code, lat, lon)
            self.note("commune_from_point", _N("tl_desktop", "commune trouvée d'après les coordonnées : {name}"),
                      name=entry.name)
            return entry
        dep = departement_of_postcode(postcode)
        hit = self.ref.nearest_centre(lat, lon, departement=dep, max_km=NEAREST_CENTRE_MAX_KM)
        if hit is None and dep:
            hit = self.ref.nearest_centre(lat, lon, max_km=NEAREST_CENTRE_MAX_KM)
        if hit is None:
            self.note("commune_not_found", _N("tl_desktop", "aucune commune à moins de {km} km de ce point"),
                      km=round(NEAREST_CENTRE_MAX_KM))
            return None
        entry, km = hit
        self.note("nearest_centre", _N("tl_desktop", "aucun contour de commune ne contient ce point : commune au centre le "
                                          "plus proche, {name} (à {km} km)"), name=entry.name, km=_km(km))
        return entry

    def nearest_arrondissement(self, city: str, lat: float, lon: float) -> CogEntry:
        arms = self.ref.arrondissements[city]
        arm = min(arms, key=lambda a: distance_km(lat, lon, a.latitude, a.longitude))
        self.note("arrondissement_nearest", _N("tl_desktop", "{name} : arrondissement au centre le plus proche des "
                                                  "coordonnées (à vérifier près des limites)"), name=arm.name)
        return arm

    def check_point(self, entry: CogEntry, lat: float, lon: float, postcode: str = "",
                    by_code: bool = False) -> CogEntry:
        if entry.latitude is None or self.has("outside_france"):
            return entry
        km = distance_km(lat, lon, entry.latitude, entry.longitude)
        if entry.code in PLM_CITIES and km < 15:
            return self.nearest_arrondissement(entry.code, lat, lon)
        if km <= FAR_FROM_COMMUNE_KM:
            return entry
        code = commune_at(lat, lon)
        city = entry.parent if entry.kind == "ARM" else entry.code
        if code in (entry.code, city):
            return entry
        there = self.ref.by_code.get(code or "")
        if there is not None and there.code != entry.code and not by_code and postcode and (
                postcode in there.postcodes or departement_of_postcode(postcode) == there.departement) and any(
                len(k) >= 5 and k in t for k in entry.keys for t in there.keys):
            # « Châtain » 23700, the point in Arfeuille-Châtain (23700): the name was a part of the
            # commune's, and the postcode agrees with the point, not with Chatain (Vienne).
            self.notes = [n for n in self.notes if n.kind != "postcode_mismatch"]
            self.note("commune_from_point", _N("tl_desktop", "commune trouvée d'après les coordonnées : {name}"),
                      name=there.name)
            return there
        # A geocoder's wrong answer (La Réunion's Saint-André put in Brest): the point is not used.
        # Not when the commune itself is in doubt (its postcode says another): then the point may be right.
        doubtful = self.has("commune_from_postcode") or self.has("postcode_mismatch")
        self.point_elsewhere = km > ELSEWHERE_KM and not doubtful and (
            there is None or there.departement != entry.departement)
        if there is None:
            self.note("far_from_commune", _N("tl_desktop", "position à {km} km du centre {of_name} : à vérifier"),
                      km=_km(km), name=entry.name, of_name=of(entry.name))
        else:
            self.note("far_from_commune", _N("tl_desktop", "position à {km} km du centre {of_name} (dans {there}) : "
                                                           "à vérifier"),
                      km=_km(km), name=entry.name, of_name=of(entry.name), there=there.name)
        return entry

    def has(self, kind: str) -> bool:
        return any(n.kind == kind for n in self.notes)

    # ---------------------------------------------------------------- the answer

    def placement(self, entry: CogEntry | None, postcode: str, lat: float | None, lon: float | None,
                  centre_entry: CogEntry | None) -> Placement:
        precision = PRECISION_ADDRESS if lat is not None else None
        if entry is None:
            dep = departement_of_postcode(postcode)
            dep_info = departements().get(dep)
            return Placement(postcode=postcode, departement=dep if dep_info else "",
                             region=dep_info.region if dep_info else "", latitude=lat, longitude=lon,
                             location_precision=precision, notes=tuple(self.notes))
        centre = centre_entry if centre_entry is not None and centre_entry.latitude is not None else entry
        if lat is None and centre.latitude is not None:
            lat, lon, precision = centre.latitude, centre.longitude, PRECISION_COMMUNE
            self.note("centre_position", _N("tl_desktop", "position : centre {of_name} (approximative)"),
                      name=centre.name, of_name=of(centre.name))
        elif lat is not None and centre.latitude is not None and not self.has("swapped") and \
                distance_km(lat, lon, centre.latitude, centre.longitude) <= SAME_AS_CENTRE_KM:
            precision = PRECISION_COMMUNE
            self.note("point_is_centre", _N("tl_desktop", "les coordonnées données sont celles du centre {of_name} : "
                                               "position approximative"), name=centre.name, of_name=of(centre.name))
        dep_info = departements().get(entry.departement)
        if not postcode and len(entry.postcodes) == 1:
            postcode = entry.postcodes[0]
        city = self.ref.by_code.get(entry.parent) if entry.kind == "ARM" else None
        return Placement(
            insee_code=entry.code, commune=entry.name, postcode=postcode, departement=entry.departement,
            region=dep_info.region if dep_info else "", latitude=lat, longitude=lon, location_precision=precision,
            city_insee=city.code if city else entry.code, city=city.name if city else entry.name,
            notes=tuple(self.notes))


@lru_cache(maxsize=8192)     # lists are clustered; 65,536 entries held 20 MB through a 200,000-row import
def _from_codes(ref: Cog, insee_text: str, postcode: str, name: str
                ) -> tuple[CogEntry | None, CogEntry | None, tuple[GeoNote, ...]]:
    """``_Locator.from_codes`` and its notes, once per (code, postcode, name): a list repeats its communes."""
    locator = _Locator(ref)
    entry, centre_entry = locator.from_codes(insee_text, postcode, name)
    return entry, centre_entry, tuple(locator.notes)


@lru_cache(maxsize=256)
def _damaged_pattern(name: str, letters: int = 1) -> re.Pattern:
    """The matching key of a name with « \ufffd » for lost letters, as a pattern (1 to ``letters`` each)."""
    key = name_key(re.sub("\ufffd+", "0", name))       # a digit: kept by name_key, never in a name
    lost = f"[a-z]{{1,{letters}}}"
    return re.compile("".join(lost if ch == "0" else re.escape(ch) for ch in key))


def _named(entry_keys: tuple[str, ...], keys: tuple[str, ...]) -> bool:
    return any(k in entry_keys for k in keys)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def of(name: str) -> str:
    """Return « de Lyon », « du Mans », « des Abymes », « d'Ajaccio », « de L'Isle-Adam »."""
    for article, contracted in (("Le ", "du "), ("Les ", "des ")):
        if name.startswith(article):
            return contracted + name[len(article):]
    if name[:1] in "AEIOUYÉÈÊÂÎÔÛaeiouyé" and not name.startswith(("Y", "Ui")):
        return "d'" + name
    return "de " + name


def _num(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".").replace(".", ",")


def _km(km: float) -> str:
    return f"{km:.1f}".replace(".", ",") if km < 10 else str(round(km))
