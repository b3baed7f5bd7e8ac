"""Import of lists of places: CSV (as exported by French spreadsheets) and GeoJSON points.

Reading is pure (no database): every row becomes a ``Site`` or a rejection with its line
number and reason. ``import_file`` then writes all accepted sites in one transaction, so a
failure or a cancel half-way leaves the catalog as it was.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from tl_desktop import geo
from tl_desktop.base.errors import Cancelled, ImportFileError, describe_os_error
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.text import fold
from tl_desktop.domain import PublicService, Site
from tl_desktop.store import Store, Write, site_key, write_import

# Header names are folded (no accents, lower case, runs of other characters → "_").
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("nom", "name", "nom_du_lieu", "nom_lieu", "lib_fs", "libelle", "lib", "raison_sociale",
             "nom_structure", "nom_de_la_structure", "denomination", "titre", "lib_territoire"),
    "address": ("adresse", "address", "adresse_postale", "adresse_du_lieu", "rue", "voie", "adresse_1"),
    "address2": ("complement_adresse", "complement_d_adresse", "adresse_2", "complement"),
    "postcode": ("code_postal", "cp", "codepostal", "postcode", "code_postal_du_lieu", "zip"),
    "commune": ("commune", "ville", "lib_com", "nom_commune", "city", "localite", "lib_geo", "nom_de_la_commune"),
    "insee_code": ("code_insee", "insee", "insee_com", "code_commune", "code_commune_insee", "codgeo",
                   "id_geo", "com_insee", "cog"),
    "latitude": ("latitude", "lat", "y", "coord_y", "lat_wgs84", "latitude_wgs84"),
    "longitude": ("longitude", "lon", "lng", "long", "x", "coord_x", "lon_wgs84", "longitude_wgs84"),
    "kinds": ("type", "types", "typologie", "type_de_lieu", "type_lieu", "categorie", "categories", "kind"),
    "programmes": ("programme", "programmes", "label", "labels", "dispositif_programmes_nationaux",
                   "dispositifs", "id_territoire"),
    "website": ("site_web", "site_internet", "url", "website", "web", "site"),
    "email": ("courriel", "courriels", "email", "mail", "e_mail", "adresse_mail", "adresse_electronique"),
    "phone": ("telephone", "tel", "phone", "numero_de_telephone", "num_tel"),
    "description": ("description", "presentation_resume", "presentation", "resume", "commentaire",
                    "presentation_detail", "activites"),
    "legal_form": ("forme_juridique", "statut", "statut_juridique", "legal_form"),
}
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

# Folded keywords → kind codes, looked for in a "type" column, else in the name.
KIND_KEYWORDS: list[tuple[str, str]] = [
    ("france services", "france_services"), ("france_services", "france_services"), ("mfs", "france_services"),
    ("cowork", "coworking"), ("espace de travail partage", "coworking"), ("bureaux partages", "coworking"),
    ("fablab", "fablab"), ("fab lab", "fablab"), ("atelier partage", "fablab"), ("makerspace", "fablab"),
    ("hackerspace", "fablab"), ("repair", "fablab"), ("ressourcerie", "fablab"),
    ("cafe", "cafe_associatif"), ("bistrot", "cafe_associatif"), ("guinguette", "cafe_associatif"),
    ("friche", "friche_culturelle"), ("garage", "garage_solidaire"),
    ("nourricier", "tiers_lieu_nourricier"), ("ferme", "tiers_lieu_nourricier"),
    ("jardin", "tiers_lieu_nourricier"), ("cuisine partagee", "tiers_lieu_nourricier"),
    ("manufacture", "manufacture_proximite"), ("campus connecte", "campus_connecte"),
    ("micro folie", "micro_folie"), ("microfolie", "micro_folie"),
    ("mediation numerique", "mediation_numerique"), ("espace public numerique", "mediation_numerique"),
    ("epn", "mediation_numerique"), ("conseiller numerique", "mediation_numerique"),
]
PROGRAMME_KEYWORDS: list[tuple[str, str]] = [
    ("fabrique numerique", "fabrique_numerique_territoire"), ("fabrique", "fabrique_territoire"),
    ("fabt", "fabrique_territoire"), ("manufacture", "manufacture_proximite"),
    ("manuprox", "manufacture_proximite"), ("france services", "france_services"),
    ("conseiller", "conseiller_numerique"), ("micro folie", "micro_folie"),
    ("campus connecte", "campus_connecte"),
]
# With no address, a point this close to the commune's centre only locates the commune.
COMMUNE_CENTRE_KM = 10.0
FAR_FROM_COMMUNE_KM = 80.0


@dataclass(frozen=True)
class RowIssue:
    """A remark on one line of the file: a rejection (not imported) or a warning (imported).

    ``template`` is marked for translation; the GUI translates it before filling in ``args``.
    """

    line: int
    name: str
    template: str
    args: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.args)


@dataclass
class ReadResult:
    sites: list[Site] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)      # the file line of each site
    rejected: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    rows_read: int = 0


@dataclass
class ImportReport(ReadResult):
    imported: int = 0
    duplicates: int = 0

    def summary(self) -> str:
        """Return a one-line French summary of the import."""
        parts = [f"{self.imported} lieu(x) importé(s) sur {self.rows_read} ligne(s) lue(s)"]
        if self.duplicates:
            parts.append(f"{self.duplicates} déjà présent(s) dans le catalogue")
        if self.rejected:
            parts.append(f"{len(self.rejected)} rejeté(s)")
        if self.warnings:
            parts.append(f"{len(self.warnings)} avertissement(s)")
        return ", ".join(parts) + "."


def header_key(name: str) -> str:
    """Return the folded form of a column header, as ALIASES spells them."""
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")


def _keywords(text: str, table: list[tuple[str, str]]) -> list[str]:
    folded = " " + re.sub(r"[^a-z0-9]+", " ", fold(text)) + " "
    found = []
    for keyword, code in table:
        if re.search(r"(?<![a-z0-9])" + re.escape(keyword), folded) and code not in found:
            found.append(code)
    return found


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # French Excel saves "CSV" as Windows-1252.
        return raw.decode("cp1252", errors="replace")


def read_file(path: str | Path, *, progress: Progress = no_progress,
              cancel: CancelFlag | None = None) -> ReadResult:
    """Read a CSV or GeoJSON file into sites and rejections; raise ImportFileError, Cancelled."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "Impossible de lire « {path} » : {reason}"),
                              path=path.name, reason=describe_os_error(exc)) from exc
    if not raw.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "Le fichier « {path} » est vide."), path=path.name)
    if b"\x00" in raw[:4096]:
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » n'est pas un fichier texte (CSV ou GeoJSON)."),
                              path=path.name)
    text = _decode(raw)
    if path.suffix.lower() in (".geojson", ".json") or text.lstrip().startswith("{"):
        return _read_geojson(text, path.name, progress, cancel)
    return _read_csv(text, path.name, progress, cancel)


def _read_csv(text: str, filename: str, progress: Progress, cancel: CancelFlag | None) -> ReadResult:
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » n'a pas de ligne d'en-tête lisible."),
                              path=filename) from exc
    columns = _map_columns(header, filename)
    result = ReadResult(ignored_columns=[h for h in header if h.strip() and _field_of(header_key(h)) is None
                                         and not _is_hours(header_key(h))])
    total = max(1, text.count("\n"))
    line = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "« {path} », ligne {line} : le fichier CSV est mal formé ({reason})."),
                                  path=filename, line=reader.line_num, reason=_csv_reason(exc), details=str(exc)) from exc
        row_line, line = line + 1, reader.line_num
        if not any(v.strip() for v in values):
            continue
        result.rows_read += 1
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if len(values) != len(header):
            name = values[columns["name"]] if columns["name"] < len(values) else ""
            result.rejected.append(RowIssue(
                row_line, name, QT_TRANSLATE_NOOP("tl_desktop", "{found} colonnes au lieu de {expected} "
                                                  "(séparateur ou guillemets en trop ?)"),
                dict(found=len(values), expected=len(header))))
            continue
        record = {key: values[i].strip() for key, i in columns.items() if isinstance(i, int)}
        hours = [(header_key(h)[2:] if header_key(h).startswith("h_") else header_key(h), values[i].strip())
                 for i, h in enumerate(header) if _is_hours(header_key(h)) and values[i].strip()]
        if hours:
            record["hours"] = "Horaires : " + " ; ".join(f"{d} {v}" for d, v in hours)
        if "address2" in columns and values[columns["address2"]].strip():
            record["address"] = f"{record.get('address', '')}, {values[columns['address2']].strip()}".strip(", ")
        _add_record(result, record, row_line, filename)
        if result.rows_read % 500 == 0:
            progress(line, total, filename)
    return result


# Python's csv module explains itself in English; the usual causes, said in French.
_CSV_REASONS = {
    "unexpected end of data": QT_TRANSLATE_NOOP("tl_desktop", "un guillemet ouvert n'est jamais fermé"),
    "new-line character seen in unquoted field": QT_TRANSLATE_NOOP("tl_desktop", "fin de ligne inattendue"),
    "field larger than field limit": QT_TRANSLATE_NOOP("tl_desktop", "un champ est démesurément long"),
    "line contains nul": QT_TRANSLATE_NOOP("tl_desktop", "caractère nul dans le texte"),
}


def _looks_projected(*values: str) -> bool:
    try:
        return any(abs(geo.parse_number(v) or 0) > 1000 for v in values)
    except ValueError:
        return False


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc).lower()
    return next((reason for key, reason in _CSV_REASONS.items() if key in text),
                QT_TRANSLATE_NOOP("tl_desktop", "guillemets ou séparateurs incohérents"))


def _is_hours(key: str) -> bool:
    return key in ("horaires", "horaire") or (key.startswith("h_") and key[2:] in DAYS)


def _field_of(key: str) -> str | None:
    for field_name, names in ALIASES.items():
        if key in names:
            return field_name
    return None


def _map_columns(header: list[str], filename: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    keys = [header_key(h) for h in header]
    for field_name, names in ALIASES.items():
        # Earlier aliases win: "nom" before "libelle", "latitude" before "y".
        for alias in names:
            if alias in keys:
                columns[field_name] = keys.index(alias)
                break
    if "name" not in columns:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("tl_desktop", "« {path} » : aucune colonne de nom trouvée (attendu : nom, name, libelle…). "
               "Colonnes lues : {columns}."),
            path=filename, columns=", ".join(h for h in header if h.strip()) or "aucune")
    return columns


def _read_geojson(text: str, filename: str, progress: Progress, cancel: CancelFlag | None) -> ReadResult:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » n'est pas un GeoJSON valide ({reason})."),
                              path=filename, reason=str(exc)) from exc
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "« {path} » n'est pas une collection d'entités GeoJSON."),
                              path=filename)
    result = ReadResult()
    for number, feature in enumerate(features, start=1):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        props = feature.get("properties") or {} if isinstance(feature, dict) else {}
        props = {header_key(k): ("" if v is None else str(v)).strip() for k, v in props.items()}
        record = {}
        for field_name, names in ALIASES.items():
            found = next((props[a] for a in names if props.get(a)), None)
            if found is not None:
                record[field_name] = found
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        coords = geometry.get("coordinates") if isinstance(geometry, dict) else None
        if isinstance(geometry, dict) and geometry.get("type") == "Point" and isinstance(coords, list) and len(coords) >= 2:
            record["longitude"], record["latitude"] = coords[0], coords[1]
        elif geometry and coords not in (None, []) and geometry.get("type") != "GeometryCollection":
            result.rows_read += 1
            result.rejected.append(RowIssue(
                number, record.get("name", ""),
                QT_TRANSLATE_NOOP("tl_desktop", "géométrie « {kind} » : seuls les points sont importés"),
                dict(kind=geometry.get("type"))))
            continue
        if record.get("commune") == "NA":
            del record["commune"]
        # ANCT lists join several projects of one commune with ";" in one feature: one site each.
        names = [n.strip() for n in record.get("name", "").split(";")] if ";" in record.get("name", "") else [record.get("name", "")]
        refs = [r.strip() for r in record.get("programmes", "").split(";")]
        for i, name in enumerate(names):
            result.rows_read += 1
            one = dict(record, name=name)
            if len(refs) == len(names):
                one["programmes"] = refs[i]
            _add_record(result, one, number, filename)
        if number % 200 == 0:
            progress(number, len(features), filename)
    return result


def _add_record(result: ReadResult, record: dict, line: int, filename: str) -> None:
    """Turn one row (field → text) into a site, or a rejection, with warnings."""
    name = re.sub(r"\s+", " ", record.get("name", "")).strip()
    if not name:
        result.rejected.append(RowIssue(line, "", QT_TRANSLATE_NOOP("tl_desktop", "nom vide")))
        return
    site = Site(name=name, source=filename)
    for attr in ("address", "postcode", "commune", "website", "email", "phone"):
        setattr(site, attr, record.get(attr, ""))
    site.postcode = site.postcode.zfill(5) if site.postcode.isdigit() and len(site.postcode) == 4 else site.postcode
    site.description = "\n".join(t for t in (record.get("description", ""), record.get("hours", "")) if t)
    site.insee_code = record.get("insee_code", "").upper()
    if len(site.insee_code) == 4 and site.insee_code.isdigit():
        site.insee_code = site.insee_code.zfill(5)  # Excel drops the leading zero of "01004"

    type_text = record.get("kinds", "")
    site.kinds = _keywords(type_text, KIND_KEYWORDS) or _keywords(name, KIND_KEYWORDS)
    site.programmes = _keywords(record.get("programmes", ""), PROGRAMME_KEYWORDS)
    if "manufacture_proximite" in site.programmes and "manufacture_proximite" not in site.kinds:
        site.kinds.append("manufacture_proximite")
    if not site.kinds:
        site.kinds = ["autre"]
    if "france_services" in site.kinds:
        site.programmes = list(dict.fromkeys(site.programmes + ["france_services"]))
        site.public_services = [PublicService("france_services")]
    if "conseiller_numerique" in site.programmes:
        site.public_services.append(PublicService("conseiller_numerique"))
    legal = fold(record.get("legal_form", ""))
    for code, words in (("association", ("association", "asso")), ("scic", ("scic",)), ("scop", ("scop",)),
                        ("sas_sarl", ("sas", "sarl", "sa ")), ("collectivite", ("commune", "collectivite", "epci"))):
        if legal and any(legal.startswith(w) for w in words):
            site.legal_form = code
            break

    commune = geo.communes().find(insee=site.insee_code, postcode=site.postcode, name=site.commune)
    if commune:
        site.insee_code = commune.insee
        site.commune = site.commune or commune.name
        site.postcode = site.postcode or (commune.postcodes[0] if len(commune.postcodes) == 1 else "")
        site.departement, site.region = commune.departement, commune.region
    elif site.insee_code:
        site.departement = geo.departement_of_insee(site.insee_code)
        dep = geo.departements().get(site.departement)
        site.region = dep.region if dep else ""

    has_lat, has_lon = str(record.get("latitude", "")).strip(), str(record.get("longitude", "")).strip()
    check = geo.check_coordinates(record.get("latitude"), record.get("longitude"))
    status = geo.CoordStatus
    if check.status in (status.NOT_A_NUMBER, status.OUT_OF_RANGE, status.NULL_ISLAND) or \
            (check.status is status.MISSING and (has_lat or has_lon)):
        reason = {
            status.NOT_A_NUMBER: QT_TRANSLATE_NOOP(
                "tl_desktop", "coordonnées illisibles (latitude « {lat} », longitude « {lon} »)"),
            status.OUT_OF_RANGE: QT_TRANSLATE_NOOP(
                "tl_desktop", "coordonnées hors limites (latitude {lat}, longitude {lon}) : "
                "attendu des degrés décimaux, par exemple 43,29 et 5,37"),
            status.NULL_ISLAND: QT_TRANSLATE_NOOP("tl_desktop", "coordonnées 0, 0 (position manquante ?)"),
            status.MISSING: QT_TRANSLATE_NOOP("tl_desktop", "latitude ou longitude manquante"),
        }[check.status]
        if check.status is status.OUT_OF_RANGE and _looks_projected(has_lat, has_lon):
            reason = QT_TRANSLATE_NOOP("tl_desktop", "coordonnées en mètres (latitude {lat}, longitude {lon}), "
                                       "sans doute du Lambert 93 : attendu des degrés décimaux (WGS84)")
        result.rejected.append(RowIssue(line, name, reason, dict(lat=has_lat, lon=has_lon)))
        return
    warn = result.warnings.append
    if check.status is status.SWAPPED:
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP("tl_desktop", "latitude et longitude inversées : corrigées")))
    elif check.status is status.OUTSIDE_FRANCE:
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP("tl_desktop", "position hors de France ({lat}, {lon})"),
                      dict(lat=check.latitude, lon=check.longitude)))
    if check.latitude is not None:
        site.latitude, site.longitude = round(check.latitude, 6), round(check.longitude, 6)
        # Without an address, a point near the commune's centre is the commune, not the place.
        site.location_precision = "adresse" if site.address else None
        if commune and commune.latitude is not None:
            km = geo.distance_km(site.latitude, site.longitude, commune.latitude, commune.longitude)
            if km <= COMMUNE_CENTRE_KM and not site.address:
                site.location_precision = "commune"
            elif km > FAR_FROM_COMMUNE_KM:
                warn(RowIssue(line, name, QT_TRANSLATE_NOOP(
                    "tl_desktop", "position à {km} km de la commune {commune} : à vérifier"),
                    dict(km=round(km), commune=commune.name)))
    elif commune and commune.latitude is not None:
        site.latitude, site.longitude, site.location_precision = commune.latitude, commune.longitude, "commune"
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP("tl_desktop", "pas de coordonnées : placé au centre de {commune}"),
                      dict(commune=commune.name)))
    else:
        warn(RowIssue(line, name, QT_TRANSLATE_NOOP(
            "tl_desktop", "pas de coordonnées ni de commune reconnue : absent de la carte")))
    result.sites.append(site)
    result.lines.append(line)


def plan_import(store: Store, path: str | Path, *, source_label: str | None = None,
                progress: Progress = no_progress, cancel: CancelFlag | None = None,
                known: set | None = None) -> ImportReport:
    """Read ``path`` and decide what to import, writing nothing; return the report (its ``sites`` are new).

    A site already in the catalog (or in ``known``, the keys of sites planned before), or
    earlier in the file (same name, commune and address), is skipped and reported with its line.
    Raises ImportFileError or Cancelled.
    """
    read = read_file(path, progress=progress, cancel=cancel)
    report = ImportReport(rejected=read.rejected, warnings=read.warnings,
                          ignored_columns=read.ignored_columns, rows_read=read.rows_read)
    in_catalog = store.sites.keys() if known is None else known
    in_file: dict[tuple[str, str, str], int] = {}
    fresh: list[Site] = []
    for site, line in zip(read.sites, read.lines):
        key = site_key(site.name, site.insee_code, site.commune, site.address)
        if key in in_catalog or key in in_file:
            report.duplicates += 1
            reason = (QT_TRANSLATE_NOOP("tl_desktop", "déjà au catalogue : non importé") if key in in_catalog
                      else QT_TRANSLATE_NOOP("tl_desktop", "en double dans le fichier (ligne {first}) : non importé"))
            report.warnings.append(RowIssue(line, site.name, reason, dict(first=in_file.get(key))))
            continue
        in_file[key] = line
        if source_label:
            site.source = source_label
        fresh.append(site)
    if known is not None:
        known.update(in_file)
    report.sites = fresh
    report.imported = len(fresh)
    return report


def import_file(store: Store, path: str | Path, *, source_label: str | None = None,
                progress: Progress = no_progress, cancel: CancelFlag | None = None,
                write: Write | None = None) -> ImportReport:
    """Read ``path`` and add its new sites to the catalog, all or nothing; return the report.

    ``store`` is read (duplicates); the sites are written through ``write(op)``, which runs
    ``op(store)`` on the writer (default: on ``store`` itself), a short transaction at a time.
    Raises ImportFileError or Cancelled (nothing imported).
    """
    report = plan_import(store, path, source_label=source_label, progress=progress, cancel=cancel)
    write_import(write or (lambda op: op(store)), report.sites, source=source_label or str(path),
                 progress=progress, cancel=cancel)
    return report
