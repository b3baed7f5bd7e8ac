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
from tl_desktop.io.duplicates import DuplicateIndex, Evidence, Strength, duplicates_within
from tl_desktop.io.mapping import (
    FIELDS,
    NO_VALUE,
    PLACEHOLDERS,
    POSTCODE_AND_TOWN,
    SINGLE,
    VALUE_FIELDS,
    Mapping,
    column_keys,
    is_flag_value,
    precise,
)
from tl_desktop.io.readers import Note, RowIssue, Table
from tl_desktop.store import Write, write_import

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

# The notes of geo.locate() a row's warnings repeat: what was changed, uncertain or unusable.
# « info » notes (where a value came from) would flood a 50,000-row list.
_GEO_WARNINGS = frozenset(k for k, level in geo.NOTE_KINDS.items() if level != "info") | {"insee_replaced"}


def locate(insee: str = "", postcode: str = "", commune: str = "", latitude: float | None = None,
           longitude: float | None = None) -> geo.Placement:
    """Return where a row's place is (``geo.locate``), from what the row has; without coordinates, cached."""
    if latitude is None:
        return _locate_commune(insee, postcode, commune)
    return geo.locate(insee=insee, postcode=postcode, commune=commune, latitude=latitude, longitude=longitude)


@lru_cache(maxsize=65536)
def _locate_commune(insee: str, postcode: str, commune: str) -> geo.Placement:
    return geo.locate(insee=insee, postcode=postcode, commune=commune)


# ------------------------------------------------------------------------------ duplicates


def find_duplicates(sites: Sequence[Site], refs: Sequence[str], source: str, catalog: Sequence = (),
                    catalog_refs: dict[str, list] | None = None
                    ) -> tuple[dict[int, tuple[int, Evidence]], dict[int, tuple[str, Evidence]]]:
    """Return (duplicates inside the list: i → (first i, evidence), of catalog places: i → (site id, evidence)).

    The matcher of ``io.duplicates``: a similar name **and** the same address or positions under
    150 m, or the same identifier in the same list; a name alone never. Possible ones (a name in
    the same commune, nothing else to compare) are returned too, for a warning.

    Département by département: a matcher's index holds about 1 KB a record, and 200,000 rows
    in one index took 375 MB; one département at a time, a few MB. (Two records of one place
    are in one département; a point a few metres over a border is the exception.)
    """
    within: dict[int, tuple[int, Evidence]] = {}
    of_catalog: dict[int, tuple[str, Evidence]] = {}
    catalog_refs = catalog_refs or {}
    def departement(place) -> str:
        return geo.departement_of_insee(place.insee_code) or getattr(place, "departement", "") or ""

    by_departement: dict[str, list[int]] = {}
    for i, site in enumerate(sites):
        by_departement.setdefault(departement(site), []).append(i)
    known: dict[str, list] = {}
    for place in catalog:
        known.setdefault(departement(place), []).append(place)
    for departement, positions in by_departement.items():
        group = [sites[i] for i in positions]
        row_refs = {sites[i].id: [(source, refs[i])] for i in positions if refs[i]}
        around = known.get(departement, ()) if departement else catalog
        if around:
            index = DuplicateIndex(around, {p.id: catalog_refs[p.id] for p in around if p.id in catalog_refs})
            for k, site in enumerate(group):
                found = index.matches(site, row_refs.get(site.id, ()), minimum=Strength.POSSIBLE)
                if found:
                    of_catalog[positions[k]] = found[0]
            del index
        position = {site.id: positions[k] for k, site in enumerate(group)}
        for match in duplicates_within(group, row_refs, minimum=Strength.POSSIBLE):
            later = position[match.second]
            if later not in within and later not in of_catalog:
                within[later] = (position[match.first], match.evidence)
    return within, of_catalog


# ------------------------------------------------------------------------------ rows → sites

_SPACES = re.compile(r"\s+")
_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)
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


def plan_rows(table: Table, mapping: Mapping, catalog: Sequence = (), catalog_refs: dict[str, list] | None = None,
              source_refs: dict[str, str] | None = None, *, source: str = "", consume: bool = False,
              progress: Progress = no_progress, cancel: CancelFlag | None = None) -> ImportPlan:
    """Decide, writing nothing, what each row of ``table`` becomes under ``mapping``; return the plan.

    ``catalog`` are the catalog's places (``store.sites.places()``, duplicates) and
    ``catalog_refs`` their identifiers in their lists; ``source_refs`` maps the identifiers this
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
            if "latlon" in cols.single and (
                    not (lat_text or lon_text) or _parse(lat_text) is None or _parse(lon_text) is None) and (
                    pair := cell(row, "latlon")):
                lat_text, lon_text = _split_latlon(pair)     # or the list's other column of both (« pointgeo »)
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
    if mapping.commune_positions:
        plan.notes.append(Note(QT_TRANSLATE_NOOP("tl_desktop", "Les coordonnées de cette liste sont celles des "
                                                 "communes, pas des lieux : positions approximatives.")))
    if pending_xy:
        _project(plan, mapping, sites, lines, row_coords, pending_xy, xy)
    placed: list[Site] = []
    placed_lines: list[int] = []
    placed_refs: list[str] = []
    for i, site in enumerate(sites):
        if i % 2000 == 0 and cancel is not None and cancel.is_set():
            raise Cancelled()
        if _place(site, row_coords[i], lines[i], plan, mapping.commune_positions):
            placed.append(site)
            placed_lines.append(lines[i])
            placed_refs.append(refs[i])
    progress(total, total, table.name)
    _decide(plan, placed, placed_lines, placed_refs, catalog, catalog_refs or {}, source_refs or {})
    return plan


def _new_id() -> str:
    from tl_desktop.domain import new_id

    return new_id()


@lru_cache(maxsize=1024)
def _split_target(target: str) -> tuple[str, str]:
    kind, _, code = target.partition(":")
    return kind, code          # one string per code, shared by every site that has it


def _web(text: str) -> str:
    """A website cell, without the « Non » / « Aucun » some lists write when there is none."""
    return "" if text.strip().casefold() in NO_VALUE else text


def _clean_spaces(text: str) -> str:
    """Single spaces, stripped; the same string when there is nothing to change (no copy per row)."""
    text = text.strip()
    return _SPACES.sub(" ", text) if ("  " in text or "\n" in text or "\t" in text or "\r" in text) else text


def _site_of(row: list[str], cell: Callable, cols: _Columns, mapping: Mapping, cache: dict, source: str) -> Site:
    """Build the site of one row (no geography yet)."""
    multi = cols.multi
    address = " ".join(row[i] for i in multi.get("address", ()) if i < len(row) and row[i])
    if "<" in address:
        address = _BREAK.sub(", ", address)       # « 1 rue X<br />29200 Brest » from a map website
    extra_address = ", ".join(row[i] for i in multi.get("address2", ()) if i < len(row) and row[i])
    if extra_address:
        address = f"{address}, {extra_address}" if address else extra_address
    postcode = cell(row, "postcode").replace(" ", "")
    commune = cell(row, "commune")
    if commune[:1].isdigit() and (joined := POSTCODE_AND_TOWN.match(commune)):
        commune = joined.group(2)             # « 75010 Paris » in one column (« CP Ville »)
        postcode = postcode or joined.group(1)
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
            description.append(_BREAK.sub("\n", row[i]) if "<" in row[i] else row[i])
    hours = [f"{cols.names[i]} : {row[i]}" for i in multi.get("hours", ()) if i < len(row) and row[i]
             and row[i] not in ("-", "—")]
    if hours:
        description.append("Horaires : " + " ; ".join(hours))
    extra = [f"{cols.names[i]} : {row[i]}" for i in multi.get("extra", ()) if i < len(row) and row[i]]
    if extra:
        description.append("Autres informations :\n" + "\n".join(extra))
    return Site(
        name="", address=_clean_spaces(address), postcode=postcode, commune=commune,
        insee_code=insee, departement=cell(row, "departement"), kinds=kinds or ["autre"], programmes=programmes,
        public_services=[PublicService(code) for code in services],
        legal_form=_legal_form(cell(row, "legal_form")), website=_web(cell(row, "website")),
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


def _place(site: Site, coords: tuple[str, str] | None, line: int, plan: ImportPlan,
           commune_positions: bool = False) -> bool:
    """Fill commune, INSEE, département, région and position; return False if the row is rejected."""
    name = site.name
    warn = plan.warnings.append
    if "\ufffd" in name:
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP(
            "tl_desktop", "le nom contient « \ufffd » : caractères abîmés à la source (mauvais encodage ?)")))
    if site.postcode and not _POSTCODE.match(site.postcode):
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP("tl_desktop", "code postal « {postcode} » : 5 chiffres "
                                                    "attendus"), dict(postcode=site.postcode)))
    # Coordinates that cannot be a position reject the row (the agent maps X/Y, fixes the file):
    # a place silently moved to its commune's centre would look located.
    lat_text, lon_text = coords or ("", "")
    lat = lon = None
    if lat_text or lon_text:
        lat, lon = _parse(lat_text), _parse(lon_text)
        if (lat is None and lat_text) or (lon is None and lon_text):
            status = geo.CoordStatus.NOT_A_NUMBER
        else:
            status = geo.check_coordinates(lat, lon).status
        if status in (geo.CoordStatus.NOT_A_NUMBER, geo.CoordStatus.OUT_OF_RANGE, geo.CoordStatus.NULL_ISLAND,
                      geo.CoordStatus.MISSING):
            reason = {
                geo.CoordStatus.NOT_A_NUMBER: QT_TRANSLATE_NOOP(
                    "tl_desktop", "coordonnées illisibles (latitude « {lat} », longitude « {lon} »)"),
                geo.CoordStatus.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
                    "tl_desktop", "coordonnées hors limites (latitude {lat}, longitude {lon}) : "
                    "attendu des degrés décimaux, par exemple 43,29 et 5,37"),
                geo.CoordStatus.NULL_ISLAND: QT_TRANSLATE_NOOP("tl_desktop", "coordonnées 0, 0 (position manquante ?)"),
                geo.CoordStatus.MISSING: QT_TRANSLATE_NOOP("tl_desktop", "latitude ou longitude manquante"),
            }[status]
            if status is geo.CoordStatus.OUT_OF_RANGE and any(abs(v or 0) > 1000 for v in (lat, lon)):
                reason = QT_TRANSLATE_NOOP("tl_desktop", "coordonnées en mètres (latitude {lat}, longitude {lon}), "
                                           "sans doute du Lambert 93 : associez ces colonnes à X et Y")
            plan.rejected.append(RowIssue(line, name, reason, dict(lat=lat_text[:40], lon=lon_text[:40])))
            return False
    postcode = site.postcode if _POSTCODE.match(site.postcode or "") else ""
    place = locate(site.insee_code, postcode, site.commune, lat, lon)
    for note in place.notes:
        if note.kind in _GEO_WARNINGS:
            warn(RowIssue(line, name, note.template, dict(note.args)))
    given_departement, site.departement = site.departement, ""
    if place.found:
        site.insee_code = place.insee_code          # an arrondissement's for Paris, Lyon, Marseille
        site.commune = place.city or place.commune  # « DIJON », « St Ouen Cedex » → the official name
        site.postcode = site.postcode or place.postcode
    if place.departement:
        site.departement, site.region = place.departement, place.region
    elif given_departement:
        # No commune found: the list's own département column (« 13 », « 1 », « Ain ») still places it.
        site.departement = departement_code(given_departement)
        known = geo.departements().get(site.departement)
        site.region = known.region if known else ""
    if place.placed:
        site.latitude, site.longitude = round(place.latitude, 6), round(place.longitude, 6)
        site.location_precision = place.location_precision     # « commune » when it is the centre's point
        if commune_positions:
            site.location_precision = geo.PRECISION_COMMUNE
        elif site.location_precision == geo.PRECISION_ADDRESS and not site.address:
            site.location_precision = None                        # a point without an address: of unknown precision
    else:
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP(
            "tl_desktop", "pas de coordonnées ni de commune reconnue : absent de la carte")))
    return True


def _decide(plan: ImportPlan, sites: list[Site], lines: list[int], refs: list[str], catalog: Sequence,
            catalog_refs: dict[str, list], source_refs: dict[str, str]) -> None:
    """Sort rows into create / update / merge / duplicate (possible duplicates: created, with a warning)."""
    updates = {i: source_refs[ref] for i, ref in enumerate(refs) if ref and ref in source_refs}
    fresh = [i for i in range(len(sites)) if i not in updates]
    within, of_catalog = find_duplicates([sites[i] for i in fresh], [refs[i] for i in fresh], plan.source, catalog,
                                         catalog_refs)
    for i, site in enumerate(sites):
        row = PlannedRow(line=lines[i], site=site, source_id=refs[i])
        if i in updates:
            row.action, row.target = UPDATE, updates[i]
            row.evidence = QT_TRANSLATE_NOOP("tl_desktop", "même identifiant « {ref} » dans la même liste")
            row.evidence_args = {"ref": refs[i]}
        plan.rows.append(row)
    for position, i in enumerate(fresh):
        row = plan.rows[i]
        if position in of_catalog:
            target, evidence = of_catalog[position]
            if evidence.strength >= Strength.PROBABLE:
                row.action, row.target = MERGE, target
                row.evidence, row.evidence_args = "{why}", {"why": evidence.why}
            else:
                plan.warnings.append(RowIssue(row.line, row.site.name, QT_TRANSLATE_NOOP(
                    "tl_desktop", "doublon possible d'un lieu du catalogue, créé quand même : {why}"),
                    {"why": evidence.why}))
        elif position in within:
            first, evidence = within[position]
            line = lines[fresh[first]]
            if evidence.strength >= Strength.PROBABLE:
                row.action, row.target = DUPLICATE, str(line)
                row.evidence = QT_TRANSLATE_NOOP("tl_desktop", "en double avec la ligne {line} : {why}")
                row.evidence_args = {"why": evidence.why, "line": line}
            else:
                plan.warnings.append(RowIssue(row.line, row.site.name, QT_TRANSLATE_NOOP(
                    "tl_desktop", "doublon possible de la ligne {line}, créé quand même : {why}"),
                    {"why": evidence.why, "line": line}))


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
