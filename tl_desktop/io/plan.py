"""The dry run of an import: every row becomes a site to create, update or merge, or a rejection.

``plan_rows`` reads nothing and writes nothing: it turns a ``Table`` and a ``Mapping`` into an
``ImportPlan`` (with the catalog's existing sites, to spot updates and duplicates). The user
reads the plan; ``execute_plan`` then writes it all or nothing through the store's staged
import (``store.write_import``), cancellable until the batch is committed.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Sequence

from tl_desktop import geo
from tl_desktop.base.errors import Cancelled
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.text import fold
from tl_desktop.domain import Changes, PublicService, Site
from tl_desktop.io.mapping import FIELDS, SINGLE, VALUE_FIELDS, Mapping, column_keys, is_flag_value, precise
from tl_desktop.io.readers import Note, RowIssue, Table
from tl_desktop.store import Write, write_import

# With no address, a point this close to the commune's centre only locates the commune.
COMMUNE_CENTRE_KM = 10.0
FAR_FROM_COMMUNE_KM = 80.0
DUPLICATE_METRES = 150.0
# Projections French lists use, tried in this order when the user has not said which.
PROJECTIONS = {
    "EPSG:2154": QT_TRANSLATE_NOOP("tl_desktop", "Lambert 93 (métropole)"),
    "EPSG:27572": QT_TRANSLATE_NOOP("tl_desktop", "Lambert II étendu (ancien)"),
    **{f"EPSG:{3942 + i}": QT_TRANSLATE_NOOP("tl_desktop", "Lambert conique conforme CC{zone}").replace(
        "{zone}", str(42 + i)) for i in range(9)},
    "EPSG:5490": QT_TRANSLATE_NOOP("tl_desktop", "UTM 20N (Guadeloupe, Martinique)"),
    "EPSG:2972": QT_TRANSLATE_NOOP("tl_desktop", "UTM 22N (Guyane)"),
    "EPSG:2975": QT_TRANSLATE_NOOP("tl_desktop", "UTM 40S (La Réunion)"),
    "EPSG:4471": QT_TRANSLATE_NOOP("tl_desktop", "UTM 38S (Mayotte)"),
    "EPSG:3857": QT_TRANSLATE_NOOP("tl_desktop", "Web Mercator (cartes en ligne)"),
}

CREATE, UPDATE, MERGE, DUPLICATE = "create", "update", "merge", "duplicate"
# What lists write for « unknown »: treated as empty (a place named « 0 » in commune « 0 » is no place).
PLACEHOLDERS = frozenset({"-", "--", "—", "na", "n/a", "#n/a", "null", "none", "nan", "nc", "n.c.", "?",
                          "non renseigné", "non renseigne", "inconnu", "inconnue", "undefined"})


@dataclass(slots=True)
class PlannedRow:
    """One accepted row and what the import will do with it."""

    line: int
    site: Site
    source_id: str = ""
    action: str = CREATE
    target: str = ""           # the catalog site updated or merged into; for DUPLICATE, its first line
    evidence: str = ""         # why it is taken for that place (French)
    evidence_args: dict = field(default_factory=dict)


@dataclass
class ImportPlan:
    """What an import would do; nothing is written until ``execute_plan``."""

    filename: str
    source: str
    rows: list[PlannedRow] = field(default_factory=list)
    rejected: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    rows_read: int = 0
    crs: str = ""

    def of(self, action: str) -> list[PlannedRow]:
        return [r for r in self.rows if r.action == action]

    @property
    def counts(self) -> dict[str, int]:
        counts = {CREATE: 0, UPDATE: 0, MERGE: 0, DUPLICATE: 0}
        for row in self.rows:
            counts[row.action] += 1
        return counts

    def summary(self, written: bool = False) -> str:
        """Return a one-line French summary (the GUI builds its own, translated)."""
        c = self.counts
        done = "importé(s)" if written else "à créer"
        parts = [f"{c[CREATE]} lieu(x) {done} sur {self.rows_read} ligne(s) lue(s)"]
        if c[UPDATE]:
            parts.append(f"{c[UPDATE]} à mettre à jour (même identifiant dans la même liste)")
        if c[MERGE]:
            parts.append(f"{c[MERGE]} déjà au catalogue (fusionnés)")
        if c[DUPLICATE]:
            parts.append(f"{c[DUPLICATE]} en double dans le fichier (fusionnés)")
        if self.rejected:
            parts.append(f"{len(self.rejected)} rejeté(s)")
        if self.warnings:
            parts.append(f"{len(self.warnings)} avertissement(s)")
        return ", ".join(parts) + "."


# ------------------------------------------------------------------------------ geography


@dataclass(frozen=True)
class Placement:
    """Where a row's place is: the shape of ``geo.locate``'s answer (geography helper's API)."""

    insee_code: str = ""
    commune: str = ""
    departement: str = ""
    region: str = ""
    centre: tuple[float, float] | None = None      # the commune's centre


@lru_cache(maxsize=65536)
def locate(insee: str = "", postcode: str = "", commune: str = "") -> Placement:
    """Return the commune of a row from its INSEE code, postcode and commune name.

    The one place the import asks the geography: switching to ``geo.locate`` is this function.
    """
    found = geo.communes().find(insee=insee, postcode=postcode, name=commune)
    if found:
        centre = (found.latitude, found.longitude) if found.latitude is not None else None
        return Placement(found.insee, found.name, found.departement, found.region, centre)
    if insee:
        dep = geo.departement_of_insee(insee)
        known = geo.departements().get(dep)
        return Placement(insee, "", dep if known else "", known.region if known else "")
    return Placement()


# ------------------------------------------------------------------------------ duplicates


@dataclass(frozen=True, slots=True)
class Known:
    """What duplicate detection needs of a catalog site."""

    id: str
    name: str
    insee_code: str
    commune: str
    address: str
    latitude: float | None
    longitude: float | None


def _duplicate_key(site) -> tuple | None:
    """Return the key two records share when they are the same place, or None (too little to tell).

    A name alone is never enough: with no commune and no address, no key (a list of 1,245
    « Bibliothèque » must not lose 530 of them).
    """
    name, place = fold(site.name).strip(), site.insee_code or fold(site.commune).strip()
    street = " ".join(fold(site.address.split(",", 1)[0]).split())
    if not name or not (place or street):
        return None
    return name, place, street            # what store.site_key() returns, computed once


def _near(a, b) -> bool:
    if a.latitude is None or b.latitude is None:
        return True
    return geo.distance_km(a.latitude, a.longitude, b.latitude, b.longitude) * 1000 <= DUPLICATE_METRES \
        or not (a.address and b.address) and geo.distance_km(a.latitude, a.longitude, b.latitude, b.longitude) < 2


def find_duplicates(sites: Sequence[Site], known: Sequence[Known]
                    ) -> tuple[dict[int, tuple[int, str]], dict[int, tuple[str, str]]]:
    """Return (duplicates inside the list: i → (first i, why), duplicates of catalog sites: i → (id, why)).

    The one place the import decides what is the same place: the duplicates helper's
    ``DuplicateIndex`` replaces this function.
    """
    catalog: dict[tuple, list[Known]] = {}
    for k in known:
        key = _duplicate_key(k)
        if key is not None:
            catalog.setdefault(key, []).append(k)
    within: dict[int, tuple[int, str]] = {}
    of_catalog: dict[int, tuple[str, str]] = {}
    first: dict[tuple, list[int]] = {}
    same = QT_TRANSLATE_NOOP("tl_desktop", "même nom, même commune et même adresse")
    for i, site in enumerate(sites):
        key = _duplicate_key(site)
        if key is None:
            continue
        match = next((k for k in catalog.get(key, ()) if _near(site, k)), None)
        if match is not None:
            of_catalog[i] = (match.id, same)
            continue
        earlier = next((j for j in first.get(key, ()) if _near(site, sites[j])), None)
        if earlier is not None:
            within[i] = (earlier, same)
        else:
            first.setdefault(key, []).append(i)
    return within, of_catalog


# ------------------------------------------------------------------------------ rows → sites

_SPACES = re.compile(r"\s+")
_ENTITY = re.compile(r"&(amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-fA-F]+);")
_POSTCODE = re.compile(r"^\d{5}$")
_LEGAL = (("association", ("association", "asso")), ("scic", ("scic",)), ("scop", ("scop",)),
          ("sas_sarl", ("sas", "sarl", "sa ", "eurl", "societe")),
          ("collectivite", ("commune", "collectivite", "epci", "communaute", "departement", "region", "syndicat",
                            "etablissement public", "publique")))


def _legal_form(text: str) -> str | None:
    legal = fold(text).strip()
    for code, words in _LEGAL:
        if legal and any(legal.startswith(w) for w in words):
            return code
    return None


def _parse(text: str) -> float | None:
    """A coordinate as written in lists (decimal comma, spaces); None if unreadable; raise nothing."""
    if not text:
        return None
    try:
        value = float(text)              # the usual « 43.2965 », without the general parser's work
    except ValueError:
        try:
            value = geo.parse_number(text)
        except (ValueError, OverflowError):
            return None
    except OverflowError:
        return None
    return value if value is not None and math.isfinite(value) else None


def _split_latlon(text: str) -> tuple[str, str]:
    parts = [p for p in re.split(r"[,; ]+", text.strip().strip("[]()")) if p]
    if len(parts) == 2:
        return parts[0], parts[1]
    if len(parts) == 4 and text.count(",") == 3:     # « 43,29, 5,37 » with decimal commas
        return f"{parts[0]}.{parts[1]}", f"{parts[2]}.{parts[3]}"
    return text, ""


class _Projection:
    """X/Y in metres → degrees with pyproj, one transformer per projection (loaded only if needed)."""

    def __init__(self):
        self._transformers: dict[str, object] = {}

    def transform(self, crs: str, xs: list[float], ys: list[float]) -> tuple[list[float], list[float]]:
        if crs not in self._transformers:
            from pyproj import Transformer

            self._transformers[crs] = Transformer.from_crs(crs, "EPSG:4326", always_xy=True)
        lons, lats = self._transformers[crs].transform(xs, ys)
        return list(lats), list(lons)

    def detect(self, xs: list[float], ys: list[float]) -> str | None:
        """Return the projection that puts most of these points in France (None if none does)."""
        sample_x, sample_y = xs[:200], ys[:200]
        best, best_share = None, 0.5
        for crs in PROJECTIONS:
            try:
                lats, lons = self.transform(crs, sample_x, sample_y)
            except Exception:   # noqa: BLE001 — pyproj refuses some points of some projections
                continue
            share = sum(1 for la, lo in zip(lats, lons) if geo.in_france(la, lo)) / len(sample_x)
            if share > best_share + 0.05:
                best, best_share = crs, share
        return best


@dataclass
class _Columns:
    """Column indexes by field, computed once per plan (not once per cell)."""

    single: dict[str, list[int]]
    multi: dict[str, list[int]]
    flags: list[tuple[int, list[str]]]
    names: list[str]
    keys: list[str]


def _columns(table: Table, mapping: Mapping) -> _Columns:
    keys = column_keys(table.headers)
    index = {k: i for i, k in enumerate(keys)}
    single: dict[str, list[int]] = {}
    multi: dict[str, list[int]] = {}
    for key, field_name in mapping.columns.items():
        if key not in index or field_name in ("ignore", "flag") or field_name not in FIELDS:
            continue
        (single if field_name in SINGLE else multi).setdefault(field_name, []).append(index[key])
    for indexes in multi.values():
        indexes.sort()
    flags = [(index[k], t) for k, t in mapping.flags.items() if k in index and mapping.columns.get(k) == "flag"]
    return _Columns(single, multi, flags, table.headers, keys)


def plan_rows(table: Table, mapping: Mapping, known: Sequence[Known] = (), source_refs: dict[str, str] | None = None,
              *, source: str = "", consume: bool = False, progress: Progress = no_progress,
              cancel: CancelFlag | None = None) -> ImportPlan:
    """Decide, writing nothing, what each row of ``table`` becomes under ``mapping``; return the plan.

    ``known`` are the catalog's sites (duplicates); ``source_refs`` maps the identifiers this
    source already gave to catalog sites (updates). With ``consume``, each row of the table is
    dropped once planned (a 200,000-row list does not sit in memory twice). Raise Cancelled.
    """
    source = source or mapping.source or table.name
    plan = ImportPlan(filename=table.name, source=source, notes=list(table.notes), rejected=list(table.rejected))
    cols = _columns(table, mapping)
    if "name" not in cols.single:
        plan.rejected.extend(RowIssue(line, "", QT_TRANSLATE_NOOP(
            "tl_desktop", "aucune colonne n'est associée au nom du lieu")) for line in table.lines)
        plan.rows_read = len(table.rows) + len(table.rejected)
        return plan
    values_cache: dict[tuple[int, str], list[str]] = {}
    total = len(table.rows)
    sites: list[Site] = []
    lines: list[int] = []
    refs: list[str] = []
    pending_xy: list[int] = []          # index in sites of rows with projected coordinates
    xy: list[tuple[float, float]] = []
    row_coords: list[tuple[str, str] | None] = []

    def cell(row: list[str], field_name: str) -> str:
        for i in cols.single.get(field_name, ()):
            if i < len(row) and row[i] and row[i].casefold() not in PLACEHOLDERS and not (
                    row[i] == "0" and field_name in ("name", "commune", "address")):
                return row[i]
        return ""

    rows = table.rows
    for n in range(total):
        row = rows[n]
        if consume:
            rows[n] = None
        if n % 2000 == 0:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            progress(n, total, table.name)
        line = table.lines[n]
        for note in table.row_warnings.get(n, ()):
            plan.warnings.append(RowIssue(line, cell(row, "name"), note.template, note.args))
        raw_name = cell(row, "name")
        if "&" in raw_name and _ENTITY.search(raw_name):
            raw_name = html.unescape(raw_name)     # « Vert&amp;Co » from a map website's HTML
        name = _clean_spaces(raw_name)
        if not name:
            plan.rejected.append(RowIssue(line, "", QT_TRANSLATE_NOOP("tl_desktop", "nom vide")))
            continue
        if not any(ch.isalnum() for ch in name):
            plan.rejected.append(RowIssue(line, name, QT_TRANSLATE_NOOP(
                "tl_desktop", "nom sans lettre ni chiffre (« {name} ») : mauvais séparateur ?"), dict(name=name[:40])))
            continue
        site = _site_of(row, cell, cols, mapping, values_cache, source)
        site.name = name
        # ANCT lists join several projects of one commune in one feature: « a; b » with ids « x; y ».
        ref = cell(row, "source_id")
        names = [name]
        if ";" in name and ref.count(";") == name.count(";"):
            names = [p.strip() for p in name.split(";")]
            ref_parts = [p.strip() for p in ref.split(";")]
        for k, one in enumerate(names):
            one_site = site if len(names) == 1 else site.replace(name=one, kinds=list(site.kinds),
                                                                 programmes=list(site.programmes),
                                                                 public_services=list(site.public_services))
            if len(names) > 1:
                one_site.id = _new_id()
            sites.append(one_site)
            lines.append(line)
            refs.append(ref if len(names) == 1 else ref_parts[k])
            lat_text, lon_text = cell(row, "latitude"), cell(row, "longitude")
            if not (lat_text or lon_text) and (pair := cell(row, "latlon")):
                lat_text, lon_text = _split_latlon(pair)
            if not (lat_text or lon_text):
                x_text, y_text = cell(row, "x"), cell(row, "y")
                if x_text or y_text:
                    x, y = _parse(x_text), _parse(y_text)
                    if x is not None and y is not None and (abs(x) > 180 or abs(y) > 90):
                        pending_xy.append(len(sites) - 1)
                        xy.append((x, y))
                        row_coords.append(None)
                        continue
                    lat_text, lon_text = y_text, x_text
            row_coords.append((lat_text, lon_text))
    plan.rows_read = len(table.rows) + len(table.rejected)
    if pending_xy:
        _project(plan, mapping, sites, lines, row_coords, pending_xy, xy)
    placed: list[Site] = []
    placed_lines: list[int] = []
    placed_refs: list[str] = []
    for i, site in enumerate(sites):
        if i % 2000 == 0 and cancel is not None and cancel.is_set():
            raise Cancelled()
        if _place(site, row_coords[i], lines[i], plan):
            placed.append(site)
            placed_lines.append(lines[i])
            placed_refs.append(refs[i])
    progress(total, total, table.name)
    _decide(plan, placed, placed_lines, placed_refs, known, source_refs or {})
    return plan


def _new_id() -> str:
    from tl_desktop.domain import new_id

    return new_id()


@lru_cache(maxsize=1024)
def _split_target(target: str) -> tuple[str, str]:
    kind, _, code = target.partition(":")
    return kind, code          # one string per code, shared by every site that has it


def _clean_spaces(text: str) -> str:
    """Single spaces, stripped; the same string when there is nothing to change (no copy per row)."""
    text = text.strip()
    return _SPACES.sub(" ", text) if ("  " in text or "\n" in text or "\t" in text or "\r" in text) else text


def _site_of(row: list[str], cell: Callable, cols: _Columns, mapping: Mapping, cache: dict, source: str) -> Site:
    """Build the site of one row (no geography yet)."""
    multi = cols.multi
    address = " ".join(row[i] for i in multi.get("address", ()) if i < len(row) and row[i])
    extra_address = ", ".join(row[i] for i in multi.get("address2", ()) if i < len(row) and row[i])
    if extra_address:
        address = f"{address}, {extra_address}" if address else extra_address
    postcode = cell(row, "postcode").replace(" ", "")
    if postcode.isdigit() and len(postcode) == 4:
        postcode = postcode.zfill(5)          # Excel drops the leading zero of « 01000 »
    insee = cell(row, "insee_code").upper().replace(" ", "")
    if insee.isdigit() and len(insee) == 4:
        insee = insee.zfill(5)
    targets: list[str] = list(mapping.defaults)
    for field_name in VALUE_FIELDS:
        for i in multi.get(field_name, ()):
            value = row[i] if i < len(row) else ""
            if value:
                found = cache.get((i, value))
                if found is None:
                    found = cache[(i, value)] = mapping.targets_for(cols.keys[i], value)
                targets.extend(found)
    for i, flag_targets in cols.flags:
        if i < len(row) and is_flag_value(row[i]):
            targets.extend(flag_targets)
    kinds, programmes, services = [], [], []
    for target in precise(dict.fromkeys(targets)):
        kind, code = _split_target(target)
        (kinds if kind == "kind" else programmes if kind == "programme" else services).append(code)
    description = []
    for i in multi.get("description", ()):
        if i < len(row) and row[i]:
            description.append(row[i])
    hours = [f"{cols.names[i]} : {row[i]}" for i in multi.get("hours", ()) if i < len(row) and row[i]
             and row[i] not in ("-", "—")]
    if hours:
        description.append("Horaires : " + " ; ".join(hours))
    extra = [f"{cols.names[i]} : {row[i]}" for i in multi.get("extra", ()) if i < len(row) and row[i]]
    if extra:
        description.append("Autres informations :\n" + "\n".join(extra))
    return Site(
        name="", address=_clean_spaces(address), postcode=postcode, commune=cell(row, "commune"),
        insee_code=insee, departement=cell(row, "departement"), kinds=kinds or ["autre"], programmes=programmes,
        public_services=[PublicService(code) for code in services],
        legal_form=_legal_form(cell(row, "legal_form")), website=cell(row, "website"),
        email=cell(row, "email"), phone=cell(row, "phone"), description="\n".join(description), source=source)


def _project(plan: ImportPlan, mapping: Mapping, sites, lines, row_coords, pending, xy) -> None:
    projection = _Projection()
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    crs = mapping.crs or projection.detect(xs, ys)
    if crs is None:
        for i, (x, y) in zip(pending, xy):
            row_coords[i] = ("", "")
            plan.warnings.append(RowIssue(lines[i], sites[i].name, QT_TRANSLATE_NOOP(
                "tl_desktop", "coordonnées en mètres ({x}, {y}) dans une projection inconnue : choisissez-la "
                "dans la correspondance des colonnes"), dict(x=x, y=y)))
        return
    plan.crs = crs
    plan.notes.append(Note(QT_TRANSLATE_NOOP("tl_desktop", "Coordonnées X/Y converties depuis {crs} ({label})."),
                           {"crs": crs, "label": PROJECTIONS.get(crs, crs)}))
    try:
        lats, lons = projection.transform(crs, xs, ys)
    except Exception:   # noqa: BLE001 — an unknown code typed in a saved mapping
        lats, lons = [float("nan")] * len(xs), [float("nan")] * len(xs)
    for i, lat, lon in zip(pending, lats, lons):
        row_coords[i] = (repr(lat), repr(lon)) if lat == lat and lon == lon else ("?", "?")


@lru_cache(maxsize=4096)
def _name_key(text: str) -> str:
    text = re.sub(r"\b(st|ste)\b", lambda m: {"st": "saint", "ste": "sainte"}[m.group(1)], fold(text))
    return re.sub(r"[^a-z0-9]+", "", text)


def _same_name(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or _name_key(a) == _name_key(b))


@lru_cache(maxsize=512)
def departement_code(text: str) -> str:
    """Return the code of a département written as a code (« 1 », « 01 », « 2A ») or a name (« Ain »)."""
    text = text.strip()
    names = geo.departement_names()
    code = text.upper().zfill(2) if text.isdigit() or text[:1].isdigit() else text
    if code in names:
        return code
    folded = re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()
    for known, name in names.items():
        if re.sub(r"[^a-z0-9]+", " ", fold(name)).strip() == folded:
            return known
    return ""


def _place(site: Site, coords: tuple[str, str] | None, line: int, plan: ImportPlan) -> bool:
    """Fill commune, INSEE, département, région and position; return False if the row is rejected."""
    name = site.name
    warn = plan.warnings.append
    if "\ufffd" in name:
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP(
            "tl_desktop", "le nom contient « \ufffd » : caractères abîmés à la source (mauvais encodage ?)")))
    if site.postcode and not _POSTCODE.match(site.postcode):
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP("tl_desktop", "code postal « {postcode} » : 5 chiffres "
                                                    "attendus"), dict(postcode=site.postcode)))
    place = locate(site.insee_code, site.postcode if _POSTCODE.match(site.postcode or "") else "", site.commune)
    given_departement, site.departement = site.departement, ""
    if place.insee_code:
        given = site.insee_code
        # An arrondissement's code (13202, 75112) is more precise than its commune's: kept.
        if given and place.insee_code != given:
            if geo.departement_of_insee(given) != place.departement:
                warn(RowIssue(line, name, QT_TRANSLATE_NOOP("tl_desktop", "code INSEE {given} remplacé par "
                                                            "{found}"), dict(given=given, found=place.insee_code)))
                site.insee_code = place.insee_code
        else:
            site.insee_code = place.insee_code
        if not site.commune or _same_name(site.commune, place.commune):
            site.commune = place.commune            # « DIJON », « St Ouen » → the official spelling
        site.departement, site.region = place.departement, place.region
    elif given_departement:
        site.departement = given_departement
        # No commune found: the list's own département column (« 13 », « 1 », « Ain ») still places it.
        site.departement = departement_code(site.departement)
        known = geo.departements().get(site.departement)
        site.region = known.region if known else ""
    lat_text, lon_text = coords or ("", "")
    if lat_text or lon_text:
        lat, lon = _parse(lat_text), _parse(lon_text)
        if (lat is None and lat_text) or (lon is None and lon_text):
            check = geo.CoordCheck(geo.CoordStatus.NOT_A_NUMBER)
        else:
            check = geo.check_coordinates(lat, lon)
    else:
        check = geo.CoordCheck(geo.CoordStatus.MISSING)
    status = geo.CoordStatus
    if check.status in (status.NOT_A_NUMBER, status.OUT_OF_RANGE, status.NULL_ISLAND) or \
            (check.status is status.MISSING and (lat_text or lon_text)):
        reason = {
            status.NOT_A_NUMBER: QT_TRANSLATE_NOOP(
                "tl_desktop", "coordonnées illisibles (latitude « {lat} », longitude « {lon} »)"),
            status.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
                "tl_desktop", "coordonnées hors limites (latitude {lat}, longitude {lon}) : "
                "attendu des degrés décimaux, par exemple 43,29 et 5,37"),
            status.NULL_ISLAND: QT_TRANSLATE_NOOP("tl_desktop", "coordonnées 0, 0 (position manquante ?)"),
            status.MISSING: QT_TRANSLATE_NOOP("tl_desktop", "latitude ou longitude manquante"),
        }[check.status]
        if check.status is status.OUT_OF_RANGE and any(abs(v or 0) > 1000 for v in (_parse(lat_text),
                                                                                  _parse(lon_text))):
            reason = QT_TRANSLATE_NOOP("tl_desktop", "coordonnées en mètres (latitude {lat}, longitude {lon}), "
                                       "sans doute du Lambert 93 : associez ces colonnes à X et Y")
        plan.rejected.append(RowIssue(line, name, reason, dict(lat=lat_text[:40], lon=lon_text[:40])))
        return False
    if check.status is status.SWAPPED:
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP("tl_desktop", "latitude et longitude inversées : corrigées")))
    elif check.status is status.OUTSIDE_FRANCE:
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP("tl_desktop", "position hors de France ({lat}, {lon})"),
                      dict(lat=check.latitude, lon=check.longitude)))
    centre = place.centre
    if check.latitude is not None:
        site.latitude, site.longitude = round(check.latitude, 6), round(check.longitude, 6)
        site.location_precision = "adresse" if site.address else None
        if centre:
            km = geo.distance_km(site.latitude, site.longitude, centre[0], centre[1])
            if km <= COMMUNE_CENTRE_KM and not site.address:
                site.location_precision = "commune"
            elif km > FAR_FROM_COMMUNE_KM:
                warn(RowIssue(line, name, QT_TRANSLATE_NOOP(
                    "tl_desktop", "position à {km} km de la commune {commune} : à vérifier"),
                    dict(km=round(km), commune=place.commune)))
    elif centre:
        site.latitude, site.longitude, site.location_precision = centre[0], centre[1], "commune"
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP("tl_desktop", "pas de coordonnées : placé au centre de "
                                                    "{commune} (position approximative)"),
                      dict(commune=place.commune)))
    else:
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP(
            "tl_desktop", "pas de coordonnées ni de commune reconnue : absent de la carte")))
    return True


def _decide(plan: ImportPlan, sites: list[Site], lines: list[int], refs: list[str], known: Sequence[Known],
            source_refs: dict[str, str]) -> None:
    """Sort rows into create / update / merge / duplicate."""
    updates = {i: source_refs[ref] for i, ref in enumerate(refs) if ref and ref in source_refs}
    fresh = [i for i in range(len(sites)) if i not in updates]
    within, of_catalog = find_duplicates([sites[i] for i in fresh], known)
    seen_refs: dict[str, int] = {}
    for i, site in enumerate(sites):
        row = PlannedRow(line=lines[i], site=site, source_id=refs[i])
        if i in updates:
            row.action, row.target = UPDATE, updates[i]
            row.evidence = QT_TRANSLATE_NOOP("tl_desktop", "même identifiant « {ref} » dans la même liste")
            row.evidence_args = {"ref": refs[i]}
        elif refs[i] and refs[i] in seen_refs:
            row.action, row.target = DUPLICATE, str(lines[seen_refs[refs[i]]])
            row.evidence = QT_TRANSLATE_NOOP("tl_desktop", "même identifiant « {ref} » que la ligne {line}")
            row.evidence_args = {"ref": refs[i], "line": lines[seen_refs[refs[i]]]}
        plan.rows.append(row)
        if refs[i]:
            seen_refs.setdefault(refs[i], i)
    for position, i in enumerate(fresh):
        row = plan.rows[i]
        if row.action != CREATE:
            continue
        if position in of_catalog:
            row.action, row.target = MERGE, of_catalog[position][0]
            row.evidence = of_catalog[position][1]
        elif position in within:
            first = fresh[within[position][0]]
            row.action, row.target = DUPLICATE, str(lines[first])
            row.evidence = QT_TRANSLATE_NOOP("tl_desktop", "{why} que la ligne {line}")
            row.evidence_args = {"why": within[position][1], "line": lines[first]}


# ------------------------------------------------------------------------------ writing


def merged(existing: Site, new: Site, *, replace: bool) -> Site:
    """Return ``existing`` completed by ``new``: its empty fields filled (all list fields when ``replace``)."""
    out = existing.replace(kinds=list(existing.kinds), programmes=list(existing.programmes),
                           public_services=list(existing.public_services))
    for attr in ("address", "postcode", "commune", "insee_code", "departement", "region", "website", "email",
                 "phone", "description", "legal_form"):
        value = getattr(new, attr)
        if value and (replace or not getattr(out, attr)):
            setattr(out, attr, value)
    if new.latitude is not None and (out.latitude is None or out.location_precision == "commune"
                                     or (replace and new.location_precision != "commune")):
        out.latitude, out.longitude, out.location_precision = new.latitude, new.longitude, new.location_precision
    out.kinds = [k for k in dict.fromkeys(out.kinds + new.kinds) if k != "autre"] or ["autre"]
    out.programmes = list(dict.fromkeys(out.programmes + new.programmes))
    codes = {s.code for s in out.public_services}
    out.public_services += [s for s in new.public_services if s.code not in codes]
    if replace:
        out.name = new.name
    return out


@dataclass
class WriteChoices:
    """What the user chose in the dry run."""

    update_existing: bool = True      # rows with the same identifier in the same list update their site
    merge_duplicates: bool = True     # probable duplicates complete the existing place instead of a new one


def execute_plan(plan: ImportPlan, write: Write, read_site: Callable[[str], Site], *,
                 choices: WriteChoices = WriteChoices(), progress: Progress = no_progress,
                 cancel: CancelFlag | None = None) -> Changes:
    """Write the plan all or nothing; return what changed; raise Cancelled (nothing kept), TlError.

    ``write(op)`` runs ``op(store)`` on the writer; ``read_site(id)`` reads a catalog site.
    """
    new: list[Site] = []
    refs: list[str] = []
    updates: dict[str, Site] = {}
    update_refs: dict[str, str] = {}
    first_of_line: dict[str, PlannedRow] = {}
    for row in plan.rows:
        first_of_line.setdefault(str(row.line), row)
    if choices.merge_duplicates:
        # A row found twice in the list completes its first occurrence before anything is written.
        for row in plan.rows:
            first = first_of_line.get(row.target) if row.action == DUPLICATE else None
            if first is not None:
                first.site = merged(first.site, row.site, replace=False)
    for row in plan.rows:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        action = row.action
        if action == UPDATE and not choices.update_existing:
            continue
        if action in (MERGE, DUPLICATE) and not choices.merge_duplicates:
            action = CREATE
        if action == DUPLICATE:
            continue
        if action == CREATE:
            new.append(row.site)
            refs.append(row.source_id)
            continue
        base = updates.get(row.target)
        if base is None:
            try:
                base = read_site(row.target)
            except Exception:   # noqa: BLE001 — deleted since the dry run: create it instead
                new.append(row.site)
                refs.append(row.source_id)
                continue
        updates[row.target] = merged(base, row.site, replace=action == UPDATE)
        update_refs[row.target] = row.source_id
    return write_import(write, new, list(updates.values()), source=plan.source, source_ids=refs,
                        update_source_ids=[update_refs[s.id] for s in updates.values()],
                        progress=progress, cancel=cancel)
