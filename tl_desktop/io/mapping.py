"""What the columns and values of a list mean: the column mapping and the value mapping.

A ``Mapping`` says which column feeds which field of a site (guessed from header names,
corrected by the user), which source values give which kinds, programmes and hosted
services (« MSAP » → France Services), which yes/no columns set a kind (``c_coworking``),
and how to read the file (encoding, separator, sheet). It is saved as JSON, and remembered
per set of headers so the same list imports the same way next time.

The kind of a place is never guessed from a word of its name: only from the columns the
list gives for it (a type, a label, a flag), or from what the whole list is (its columns
``id_fs``, ``lib_fs``: the France Services list).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tl_desktop.base.errors import ImportFileError, describe_os_error
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.text import fold
from tl_desktop.domain import KINDS, PROGRAMMES, PUBLIC_SERVICES
from tl_desktop.io.readers import GEOMETRY_LATITUDE, GEOMETRY_LONGITUDE, ReadOptions, Table

# The fields a column can feed, in the order the wizard lists them.
FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("tl_desktop", "Nom du lieu"),
    "address": QT_TRANSLATE_NOOP("tl_desktop", "Adresse (numéro, voie)"),
    "address2": QT_TRANSLATE_NOOP("tl_desktop", "Complément d'adresse"),
    "postcode": QT_TRANSLATE_NOOP("tl_desktop", "Code postal"),
    "commune": QT_TRANSLATE_NOOP("tl_desktop", "Commune"),
    "insee_code": QT_TRANSLATE_NOOP("tl_desktop", "Code INSEE de la commune"),
    "departement": QT_TRANSLATE_NOOP("tl_desktop", "Département"),
    "latitude": QT_TRANSLATE_NOOP("tl_desktop", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("tl_desktop", "Longitude"),
    "latlon": QT_TRANSLATE_NOOP("tl_desktop", "« latitude, longitude » dans une colonne"),
    "x": QT_TRANSLATE_NOOP("tl_desktop", "X (longitude, ou mètres en Lambert 93…)"),
    "y": QT_TRANSLATE_NOOP("tl_desktop", "Y (latitude, ou mètres en Lambert 93…)"),
    "kinds": QT_TRANSLATE_NOOP("tl_desktop", "Type de lieu (valeurs à associer)"),
    "programmes": QT_TRANSLATE_NOOP("tl_desktop", "Programme ou label (valeurs à associer)"),
    "public_services": QT_TRANSLATE_NOOP("tl_desktop", "Services publics accueillis (valeurs à associer)"),
    "flag": QT_TRANSLATE_NOOP("tl_desktop", "Case oui/non d'une activité (ex. c_coworking)"),
    "legal_form": QT_TRANSLATE_NOOP("tl_desktop", "Forme juridique"),
    "website": QT_TRANSLATE_NOOP("tl_desktop", "Site web"),
    "email": QT_TRANSLATE_NOOP("tl_desktop", "Courriel"),
    "phone": QT_TRANSLATE_NOOP("tl_desktop", "Téléphone"),
    "description": QT_TRANSLATE_NOOP("tl_desktop", "Description"),
    "hours": QT_TRANSLATE_NOOP("tl_desktop", "Horaires"),
    "source_id": QT_TRANSLATE_NOOP("tl_desktop", "Identifiant dans la liste"),
    "extra": QT_TRANSLATE_NOOP("tl_desktop", "Autres informations (gardées dans la description)"),
    "ignore": QT_TRANSLATE_NOOP("tl_desktop", "(ne pas reprendre)"),
}
# Fields a row takes from the first of its columns that has a value; the others join all of theirs.
SINGLE = frozenset({"name", "postcode", "commune", "insee_code", "departement", "latitude", "longitude",
                    "latlon", "x", "y", "legal_form", "website", "email", "phone", "source_id"})
VALUE_FIELDS = ("kinds", "programmes", "public_services")

# Header names, folded (no accents, lower case, other characters → "_"), by field. Earlier
# names win when two columns claim one field.
ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("nom", "name", "nom_du_lieu", "nom_lieu", "lib_fs", "lib_france_services", "libelle", "lib",
             "raison_sociale", "nom_structure", "nom_de_la_structure", "denomination", "titre", "lib_territoire",
             "nom_de_l_organisation", "nom_organisation", "organisation", "structure", "nom_etablissement",
             "nom_de_l_etablissement", "etablissement", "nomrs", "nom_du_tiers_lieu", "tiers_lieu", "lieu",
             "intitule", "enseigne", "nom_usuel", "appellation", "title", "nom_officiel", "libelle_structure",
             "nom_de_l_espace", "nom_espace", "espace", "nom_du_site"),
    "address": ("adresse", "address", "adresse_postale", "adresse_du_lieu", "rue", "voie", "adresse_1",
                "adresse1", "adr", "adresse_voie", "numero_et_voie", "adresse_complete", "adresse_ligne_1",
                "ligne_adresse", "street", "libelle_voie", "lib_voie", "numero", "num_voie", "numero_voie",
                "no_voie", "type_voie", "nom_voie", "adresse_numero", "adresse_rue", "n", "no", "adres", "address_1",
                "address1", "address_line_1"),
    "address2": ("complement_adresse", "complement_d_adresse", "adresse_2", "adresse2", "complement",
                 "complement_d_adresse_", "adresse_complement", "lieu_dit", "adresse_ligne_2", "address_2", "address2",
                 "compl_adresse", "comp_adresse", "address_line_2"),
    "postcode": ("code_postal", "cp", "codepostal", "postcode", "code_postal_du_lieu", "zip", "zipcode",
                 "codpos", "code_post", "postal_code", "cp_commune", "code_postal_bis", "adresse_code_postal"),
    "commune": ("commune", "ville", "lib_com", "nom_commune", "city", "localite", "lib_geo", "nom_de_la_commune",
                "libcom", "nomcom", "nom_com", "libelle_commune", "commune_nom", "town", "libgeo", "com_nom",
                "nom_ville", "libelle_de_la_commune", "adresse_commune", "adresse_ville", "municipality"),
    "insee_code": ("code_insee", "insee", "insee_com", "code_commune", "code_commune_insee", "codgeo", "id_geo",
                   "com_insee", "cog", "depcom", "numcom", "codecommune", "code_com", "citycode", "insee_commune",
                   "commune_code", "code_insee_commune", "result_citycode", "adresse_code_insee", "com",
                   "commune_insee"),
    "departement": ("departement", "code_departement", "dep", "dept", "insee_dep", "code_dep", "num_dep",
                    "departement_code", "code_du_departement", "no_departement"),
    "latitude": ("latitude", "lat", "lat_wgs84", "latitude_wgs84", "wgs84_lat", "coord_lat", "geo_lat", "ylat",
                 "adresse_latitude", "latitude_y", "y_wgs84", "geo_point_2d_lat", "geo_point_2d.lat",
                 "coordonnees_latitude", "position_lat", "lat_dd"),
    "longitude": ("longitude", "lon", "lng", "long", "lon_wgs84", "longitude_wgs84", "wgs84_lon", "coord_lon",
                  "geo_lon", "xlong", "adresse_longitude", "longitude_x", "x_wgs84", "geo_point_2d_lon",
                  "geo_point_2d.lon", "coordonnees_longitude", "position_lon", "lon_dd"),
    "latlon": ("geo_point_2d", "geo_point", "geopoint", "coordonnees", "coordonnees_gps", "location", "wgs84",
               "position", "point_geo", "geolocalisation", "latlon", "lat_lon", "gps", "coordonnees_geographiques",
               "geoloc", "localisation_gps", "coordinates", "geom", "pointgeo", "coords", "coord"),
    "x": ("x", "coord_x", "coordonnee_x", "lambert_x", "x_l93", "xl93", "x_lambert_93", "x_lambert93",
          "x_lambert", "x_lamb93", "coordx", "x_2154", "xcoord", "epsg_2154_x"),
    "y": ("y", "coord_y", "coordonnee_y", "lambert_y", "y_l93", "yl93", "y_lambert_93", "y_lambert93",
          "y_lambert", "y_lamb93", "coordy", "y_2154", "ycoord", "epsg_2154_y"),
    "kinds": ("type", "types", "typologie", "type_de_lieu", "type_lieu", "categorie", "categories", "kind",
              "type_structure", "type_de_structure", "typologie_structure", "typologie_du_lieu", "famille",
              "nature", "code_typo", "typo", "type_d_espace", "type_etablissement", "ss_cat", "sous_categorie",
              "sous_type", "kind_name", "etiquettes", "etiquette", "tags", "categories_espace", "picto"),
    "programmes": ("programme", "programmes", "label", "labels", "dispositif_programmes_nationaux", "dispositifs",
                   "dispositif", "code_label", "reseau", "reseaux", "labellisation", "programme_national"),
    "public_services": ("services_publics", "services_publics_accueillis", "service_public", "guichets",
                        "permanences", "services_accueillis"),
    "legal_form": ("forme_juridique", "statut", "statut_juridique", "legal_form", "nature_juridique",
                   "categorie_juridique", "forme"),
    "website": ("site_web", "site_internet", "url", "website", "web", "site", "url_web", "url_lieu", "lien",
                "page_web", "internet", "site_internet_du_lieu", "url_site", "site_web_du_lieu", "www", "contact_web",
                "contact_site", "contact_url", "contact_site_web"),
    "email": ("courriel", "courriels", "email", "mail", "e_mail", "adresse_mail", "adresse_electronique",
              "contact_email", "contact_mail", "mel", "adresse_courriel", "email_contact", "contact_mail_"),
    "phone": ("telephone", "tel", "phone", "numero_de_telephone", "num_tel", "contact_tel", "contact_telephone",
              "telephone_fixe", "tel_fixe", "standard", "telephone_du_lieu", "tel_contact", "mobile", "portable",
              "telephone_portable", "tel_mobile"),
    "description": ("description", "presentation_resume", "presentation", "resume", "commentaire",
                    "presentation_detail", "descriptif", "activites", "services", "objet", "a_propos",
                    "commentaires", "observations", "remarques", "infos", "informations"),
    "hours": ("horaires", "horaire", "heures_d_ouverture", "horaires_d_ouverture", "ouverture",
              "commentaire_horaires", "commentaire_horaire"),
    "source_id": ("id", "identifiant", "id_fs", "matricule", "bfc_id", "recordid", "uid", "id_lieu",
                  "identifiant_unique", "objectid", "fid", "gid", "id_territoire", "id_structure", "code_lieu",
                  "identifiant_du_lieu", "ident", "numero_d_identification"),
}
_ALIAS_RANK: dict[str, tuple[str, int]] = {}
for _field, _names in ALIASES.items():
    for _rank, _name in enumerate(_names):
        _ALIAS_RANK.setdefault(_name, (_field, _rank))
_ALIAS_RANK[fold(GEOMETRY_LATITUDE)] = ("latitude", 90)
_ALIAS_RANK[fold(GEOMETRY_LONGITUDE)] = ("longitude", 90)

DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# Words that make a "nom…" column a person's name, not the place's.
PERSON_WORDS = frozenset({"animateur", "animatrice", "contact", "responsable", "referent", "referente", "prenom",
                          "gestionnaire", "directeur", "directrice", "president", "presidente", "coordinateur",
                          "coordinatrice", "mediateur", "mediatrice", "conseiller", "conseillere", "porteur",
                          "interlocuteur", "elu", "signataire", "auteur"})
# Words of the columns about who a place is for or what it costs, not what it is (« type_public »).
AUDIENCE_WORDS = frozenset({"public", "publics", "tarif", "tarifs", "equipement", "equipements", "age", "ages",
                            "horaire", "horaires", "materiel", "materiels", "accompagnement", "acces"})
# The parts of a place's location that are not its street (« adresse_region » is not an address line).
AREA_WORDS = frozenset({"region", "departement", "dep", "reg", "pays", "epci", "canton", "arrondissement",
                        "quartier", "territoire", "intercommunalite"})
# Identifiers of other registries: the address base, OpenStreetMap, companies, schools… not the list's own.
OTHER_REGISTRIES = frozenset({"ban", "osm", "siret", "siren", "rna", "finess", "uai", "insee", "adresse", "geo",
                              "parent", "structure_parente", "epci", "iris"})
PLACE_WORDS = frozenset({"commune", "ville", "departement", "region", "voie", "rue", "epci", "pays", "territoire",
                         "reseau", "parent", "parente", "quartier", "canton", "arrondissement", "dep", "reg", "com"})


@lru_cache(maxsize=4096)
def header_key(name: str) -> str:
    """Return the folded form of a column header, as ALIASES spells them."""
    return re.sub(r"[^a-z0-9.]+", "_", fold(name)).strip("_.")


def is_known_header(cell: str) -> bool:
    """True if a cell's text is a header name the importer knows (tells a header row from a data row)."""
    key = header_key(cell)
    return bool(key) and (key in _ALIAS_RANK or _is_hours(key))


def _is_hours(key: str) -> bool:
    if key.startswith("h_") and key[2:] in DAYS:
        return True
    words = key.split("_")
    return bool(words) and words[0] in DAYS


def _field_by_words(key: str) -> str | None:
    """Guess a field from the words of a header no alias knows (« Nom de l'organisation »)."""
    key = re.sub(r"[._]+", "_", key).strip("_")
    if key in _ALIAS_RANK:
        return _ALIAS_RANK[key][0]       # « Coord. X »
    if "_" not in key and len(key) >= 6:
        return _field_of_joined(key)
    for prefix in ("adresse_", "adr_", "address_", "coordonnees_", "lieu_", "structure_"):
        if key.startswith(prefix) and key[len(prefix):] in _ALIAS_RANK:
            found = _ALIAS_RANK[key[len(prefix):]][0]
            if prefix in ("adresse_", "adr_", "address_") and found == "name":
                return None
            return found
    words = set(key.split("_"))
    if words & PERSON_WORDS or key.startswith("result_"):   # result_*: a geocoder's own columns
        return None
    if words & {"dep", "departement", "reg", "region", "epci"} and words & {"insee", "code", "num"}:
        return "departement" if words & {"dep", "departement"} else None
    if "insee" in words or ({"code", "commune"} <= words):
        return "insee_code"
    if "postal" in words or "cp" in words:
        return "postcode"
    if words & {"latitude", "lat"}:
        return "latitude"
    if words & {"longitude", "lon", "lng"} or ("long" in words and any(
            w.startswith(("coor", "coord", "gps", "geo", "wgs", "pos")) for w in words)):
        return "longitude"             # « c_long_coor1 »; « libelle_long », « nom_long » are no longitude
    if words & {"commune", "ville", "localite"} and not words & {"code", "nb", "nombre", "population"}:
        return "commune"
    if words & {"courriel", "email", "mail", "mel"}:
        return "email"
    if words & {"telephone", "tel"}:
        return "phone"
    if words & {"url", "web", "internet"} and not words & AUDIENCE_WORDS:
        return "website"
    if words & {"nom", "name", "libelle", "denomination", "intitule", "raison"} and not words & PLACE_WORDS:
        return "name"
    if words & {"adresse", "adres", "voie", "rue"} and not words & ({"mail", "electronique", "courriel"} | AREA_WORDS):
        return "address"
    if words & {"typologie", "type", "types", "categorie", "categories"} and not words & AUDIENCE_WORDS:
        return "kinds"
    if words & {"label", "labels", "programme", "dispositif", "dispositifs"}:
        return "programmes"
    if words & {"id", "identifiant"} and not words & (PLACE_WORDS | OTHER_REGISTRIES):
        return "source_id"             # « ID_LieuMed » (unique values: checked in _check_contents)
    return None


def _field_of_joined(key: str) -> str | None:
    """A header written without separators (« Adressenumeronomdelavoie », « SiteWeb »): by the words it holds."""
    if any(w in key for w in ("prenom", "personne", "referent", "contact", "responsable", "image", "logo",
                              "photo", "img")):
        return None
    if "mail" in key or "courriel" in key:
        return "email"
    if key.startswith(("siteweb", "siteinternet", "url", "adresseweb", "adresseinternet")):
        return "website"
    if key.startswith(("telephone", "numerodetelephone")):
        return "phone"
    if "codepostal" in key:
        return "postcode"
    if "insee" in key:
        return "insee_code"
    if key.startswith("nom") and any(w in key for w in ("commune", "ville", "localite")):
        return "commune"               # « Nomdelacommune »
    if key.startswith("complement") and "adresse" in key:
        return "address2"
    if key.startswith("adresse"):
        return "address"
    if key.startswith(("nomdu", "nomde", "nomstructure", "nomlieu")):
        return "name"
    return None


def column_keys(headers: list[str]) -> list[str]:
    """Return a unique key per column: its header, with « #2 », « #3 » for repeated headers."""
    seen: Counter = Counter()
    keys = []
    for header in headers:
        seen[header] += 1
        keys.append(header if seen[header] == 1 else f"{header} #{seen[header]}")
    return keys


def signature(headers: list[str]) -> str:
    """Return a short digest of a set of headers: the same list always gets the same one."""
    text = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


# ------------------------------------------------------------------------------ values

Target = str   # "kind:coworking", "programme:france_services", "service:mission_locale"

FRANCE_SERVICES = ("kind:france_services", "programme:france_services", "service:france_services")
# Folded phrases found in a type / label / programme value, and what they mean.
PHRASES: list[tuple[str, tuple[Target, ...]]] = [
    ("maison de services au public", FRANCE_SERVICES), ("maison des services au public", FRANCE_SERVICES),
    ("maison de service au public", FRANCE_SERVICES), ("maisons de services au public", FRANCE_SERVICES),
    ("maison france services", FRANCE_SERVICES), ("france services", FRANCE_SERVICES),
    ("france service", FRANCE_SERVICES),
    ("fabrique numerique de territoire", ("programme:fabrique_numerique_territoire",)),
    ("fabriques numeriques de territoire", ("programme:fabrique_numerique_territoire",)),
    ("fabrique de territoire", ("programme:fabrique_territoire",)),
    ("fabriques de territoire", ("programme:fabrique_territoire",)),
    ("manufacture de proximite", ("kind:manufacture_proximite", "programme:manufacture_proximite")),
    ("manufactures de proximite", ("kind:manufacture_proximite", "programme:manufacture_proximite")),
    ("campus connecte", ("kind:campus_connecte", "programme:campus_connecte")),
    ("micro folie", ("kind:micro_folie", "programme:micro_folie")),
    ("microfolie", ("kind:micro_folie", "programme:micro_folie")),
    ("conseiller numerique", ("programme:conseiller_numerique", "service:conseiller_numerique")),
    ("conseillers numeriques", ("programme:conseiller_numerique", "service:conseiller_numerique")),
    ("mission locale", ("service:mission_locale",)),
    ("coworking", ("kind:coworking",)), ("co working", ("kind:coworking",)),
    ("espace de travail partage", ("kind:coworking",)), ("bureaux partages", ("kind:coworking",)),
    ("espace de teletravail", ("kind:coworking",)), ("lieux de travail et de collaboration", ("kind:coworking",)),
    ("fablab", ("kind:fablab",)), ("fab lab", ("kind:fablab",)), ("atelier partage", ("kind:fablab",)),
    ("ateliers partages", ("kind:fablab",)), ("makerspace", ("kind:fablab",)), ("hackerspace", ("kind:fablab",)),
    ("atelier de fabrication", ("kind:fablab",)), ("fabrication numerique", ("kind:fablab",)),
    ("mediation et de fabrication", ("kind:fablab", "kind:mediation_numerique")),
    ("repair cafe", ("kind:fablab",)),
    ("cafe associatif", ("kind:cafe_associatif",)), ("cafes associatifs", ("kind:cafe_associatif",)),
    ("cafe culturel", ("kind:cafe_associatif",)), ("cafe citoyen", ("kind:cafe_associatif",)),
    ("bistrot", ("kind:cafe_associatif",)), ("guinguette", ("kind:cafe_associatif",)),
    ("bar associatif", ("kind:cafe_associatif",)),
    ("friche", ("kind:friche_culturelle",)),
    ("garage solidaire", ("kind:garage_solidaire",)), ("garage associatif", ("kind:garage_solidaire",)),
    ("nourricier", ("kind:tiers_lieu_nourricier",)), ("nourriciers", ("kind:tiers_lieu_nourricier",)),
    ("cuisine partagee", ("kind:tiers_lieu_nourricier",)), ("ferme", ("kind:tiers_lieu_nourricier",)),
    ("agricole", ("kind:tiers_lieu_nourricier",)), ("jardin partage", ("kind:tiers_lieu_nourricier",)),
    ("mediation numerique", ("kind:mediation_numerique",)), ("espace public numerique", ("kind:mediation_numerique",)),
    ("inclusion numerique", ("kind:mediation_numerique",)), ("mediation publique", ("kind:mediation_numerique",)),
    ("bibliotheque", ("kind:bibliotheque",)), ("mediatheque", ("kind:bibliotheque",)),
    ("centre social", ("kind:centre_social",)), ("centres sociaux", ("kind:centre_social",)),
    ("centre socio culturel", ("kind:centre_social",)), ("centre socioculturel", ("kind:centre_social",)),
    ("cyber base", ("kind:mediation_numerique",)), ("cyberbase", ("kind:mediation_numerique",)),
    ("cybercase", ("kind:mediation_numerique",)), ("cyber centre", ("kind:mediation_numerique",)),
    ("club info", ("kind:mediation_numerique",)), ("club informatique", ("kind:mediation_numerique",)),
    ("espace de vie sociale", ("kind:centre_social",)), ("maison de quartier", ("kind:centre_social",)),
    ("maison des jeunes et de la culture", ("kind:centre_social",)),
    ("tiers lieu", ("kind:tiers_lieu",)), ("tiers lieux", ("kind:tiers_lieu",)),
]
# Whole values (abbreviations) that mean something only alone: « FS », « MSAP », « TL ».
CODES: dict[str, tuple[Target, ...]] = {
    "msap": FRANCE_SERVICES, "mfs": FRANCE_SERVICES, "fs": FRANCE_SERVICES, "france_services": FRANCE_SERVICES,
    "fs itinerante": FRANCE_SERVICES, "espace france services": FRANCE_SERVICES,
    "tl": ("kind:tiers_lieu",), "tiers_lieux": ("kind:tiers_lieu",), "tierslieu": ("kind:tiers_lieu",),
    "tierslieux": ("kind:tiers_lieu",), "bib": ("kind:bibliotheque",),
    "cs": ("kind:centre_social",), "evs": ("kind:centre_social",), "mjc": ("kind:centre_social",),
    "mq": ("kind:centre_social",), "epn": ("kind:mediation_numerique",),
    "cnfs": ("programme:conseiller_numerique", "service:conseiller_numerique"),
    "ml": ("service:mission_locale",), "fabt": ("programme:fabrique_territoire",),
    "fabnum": ("programme:fabrique_numerique_territoire",),
    "manuprox": ("kind:manufacture_proximite", "programme:manufacture_proximite"),
}
# Cells that say « nothing »: read as empty wherever a value is read (io.plan, the guesses).
PLACEHOLDERS = frozenset({"-", "--", "—", "na", "n/a", "#n/a", "null", "none", "nan", "nc", "n.c.", "?",
                          "non renseigné", "non renseigne", "inconnu", "inconnue", "undefined"})
# « No » answers written where a value (a website) was asked for.
NO_VALUE = frozenset({"non", "aucun", "aucune", "pas de site", "néant", "neant"})
# « 75010 Paris » in one column (« CP Ville »): the postcode, then the town.
POSTCODE_AND_TOWN = re.compile(r"^(\d{5})\s*[-,]?\s+(\D.*)$")
TRUE_VALUES = frozenset({"true", "vrai", "oui", "yes", "1", "x", "o", "y", "t", "v"})
FALSE_VALUES = frozenset({"false", "faux", "non", "no", "0", "n", "f", ""})
_SPLIT = re.compile(r"\s*[|;,/+\n]\s*")
_CODE_RUN = re.compile(r"^[A-Z0-9]{1,8}(-[A-Z0-9]{1,8})+$")


def value_key(value: str) -> str:
    """Return how a source value is looked up in the value mapping (folded, single spaces)."""
    return " ".join(fold(value).split())


def split_value(value: str) -> list[str]:
    """Split a cell holding several values: « a | b », « a; b », and code runs like « APTIC-MSAP-MFS »."""
    parts = [p for p in _SPLIT.split(value.strip()) if p]
    out = []
    for part in parts:
        out.extend(part.split("-") if _CODE_RUN.match(part) else [part])
    return out


@lru_cache(maxsize=20000)
def guess_targets(value: str) -> tuple[Target, ...]:
    """Return what a type / label / programme value means (empty if nothing is known of it)."""
    if "\ufffd" in value:
        value = _repaired(value)
    found: list[Target] = []
    for part in split_value(value) or [value]:
        key = value_key(part)
        if key in CODES:
            found.extend(CODES[key])
            continue
        spaced = " " + re.sub(r"[^a-z0-9]+", " ", key) + " "
        if spaced.strip() in CODES:
            found.extend(CODES[spaced.strip()])
            continue
        for phrase, targets in PHRASES:
            if f" {phrase} " in spaced or (f" {phrase}" in spaced and phrase.endswith(("lab", "working"))):
                found.extend(targets)
        for code in _IN_BRACKETS.findall(part):       # « Maison de Service au Public (MSAP) »
            found.extend(CODES.get(value_key(code), ()))
        first = spaced.split()[:1]
        if first and first[0] in CODES and len(spaced.split()) <= 3 and not found:
            found.extend(CODES[first[0]])     # « fabt-59 » → fabt
    return tuple(precise(dict.fromkeys(t for t in found if target_known(t))))


_IN_BRACKETS = re.compile(r"\(([^()]{1,16})\)")
_DAMAGED_WORD = re.compile(r"[\w\ufffd]*\ufffd[\w\ufffd]*")


def _repaired(value: str) -> str:
    """« Biblioth\ufffdque / M\ufffddiath\ufffdque » (accents lost upstream): each damaged word read as the one
    word of the vocabulary it can be, if there is exactly one."""
    def one(match: re.Match) -> str:
        for lost in ("[a-z]", "[a-z]{1,2}"):        # one letter each first: « Caf\ufffd » is « cafe », not « cafes »
            pattern = re.compile(re.sub("\ufffd+", lost, fold(match.group(0))))
            hits = [w for w in _vocabulary() if pattern.fullmatch(w)]
            if hits:
                return hits[0] if len(hits) == 1 else match.group(0)
        return match.group(0)
    return _DAMAGED_WORD.sub(one, value)


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    return frozenset(w for phrase, _ in PHRASES for w in phrase.split()) | frozenset(
        w for code in CODES for w in re.split(r"[^a-z0-9]+", code) if w)


def precise(targets) -> list[Target]:
    """Drop « tiers-lieu (sans précision) » when a more precise kind is there (« à dominante coworking »)."""
    targets = list(targets)
    if "kind:tiers_lieu" in targets and any(t.startswith("kind:") and t != "kind:tiers_lieu" for t in targets):
        targets.remove("kind:tiers_lieu")
    return targets


def target_known(target: Target) -> bool:
    kind, _, code = target.partition(":")
    return code in {"kind": KINDS, "programme": PROGRAMMES, "service": PUBLIC_SERVICES}.get(kind, ())


def all_targets() -> list[Target]:
    """Every code a value can be mapped to, kinds first."""
    return ([f"kind:{c}" for c in KINDS.codes()] + [f"programme:{c}" for c in PROGRAMMES.codes()]
            + [f"service:{c}" for c in PUBLIC_SERVICES.codes()])


def is_flag_value(value: str) -> bool | None:
    """True / False for a yes-no cell, None if the cell is something else."""
    key = value.strip().casefold()
    if key in TRUE_VALUES:
        return True
    if key in FALSE_VALUES:
        return False
    return None


# ------------------------------------------------------------------------------ the mapping


@dataclass
class Mapping:
    """How to read one list: columns → fields, values → codes, flags, defaults, projection."""

    columns: dict[str, str] = field(default_factory=dict)         # column key → field of FIELDS
    values: dict[str, dict[str, list[Target]]] = field(default_factory=dict)  # column → value_key → targets
    flags: dict[str, list[Target]] = field(default_factory=dict)   # column key → targets when « oui »
    defaults: list[Target] = field(default_factory=list)           # targets every row gets
    crs: str = ""                                                  # "EPSG:2154"…; "" = detect
    commune_positions: bool = False           # the points are the communes' (ANCT lists), not the places'
    source: str = ""                                               # label recorded with each site
    read: ReadOptions = field(default_factory=ReadOptions)
    headers: list[str] = field(default_factory=list)

    def columns_of(self, field_name: str) -> list[str]:
        return [c for c, f in self.columns.items() if f == field_name]

    def targets_for(self, column: str, value: str) -> list[Target]:
        """What a value of a column maps to (guessed if the mapping does not say)."""
        found = self.values.get(column, {}).get(value_key(value))
        return list(guess_targets(value)) if found is None else found

    def set_targets(self, column: str, value: str, targets: list[Target]) -> None:
        self.values.setdefault(column, {})[value_key(value)] = [t for t in targets if target_known(t)]

    def to_json(self) -> dict:
        return {"format": "tl-desktop-mapping", "version": 1, "headers": self.headers, "columns": self.columns,
                "values": self.values, "flags": self.flags, "defaults": self.defaults, "crs": self.crs,
                "commune_positions": self.commune_positions,
                "source": self.source, "read": self.read.to_json()}

    @classmethod
    def from_json(cls, data: object) -> "Mapping":
        """Build from a saved mapping; raise ValueError if it is not one."""
        if not isinstance(data, dict) or data.get("format") != "tl-desktop-mapping":
            raise ValueError("not a mapping")

        def targets(items) -> list[Target]:
            return [t for t in items if isinstance(t, str) and target_known(t)] if isinstance(items, list) else []

        columns = {str(k): str(v) for k, v in (data.get("columns") or {}).items() if v in FIELDS}
        values = {str(column): {value_key(str(k)): targets(v) for k, v in table.items()}
                  for column, table in (data.get("values") or {}).items() if isinstance(table, dict)}
        flags = {str(k): targets(v) for k, v in (data.get("flags") or {}).items()}
        read = ReadOptions.from_json(data.get("read") or {}) if isinstance(data.get("read"), dict) else ReadOptions()
        return cls(columns=columns, values=values, flags=flags, defaults=targets(data.get("defaults")),
                   crs=str(data.get("crs") or ""), commune_positions=data.get("commune_positions") is True,
                   source=str(data.get("source") or ""), read=read,
                   headers=[str(h) for h in data.get("headers") or []])

    def save(self, path: str | Path) -> None:
        """Write the mapping as JSON; raise ImportFileError."""
        path = Path(path)
        try:
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "Impossible d'écrire « {path} » : {reason}"),
                                  path=path.name, reason=describe_os_error(exc)) from exc

    @classmethod
    def load(cls, path: str | Path) -> "Mapping":
        """Read a mapping saved as JSON; raise ImportFileError."""
        path = Path(path)
        try:
            return cls.from_json(json.loads(path.read_text(encoding="utf-8")))
        except OSError as exc:
            raise ImportFileError(QT_TRANSLATE_NOOP("tl_desktop", "Impossible de lire « {path} » : {reason}"),
                                  path=path.name, reason=describe_os_error(exc)) from exc
        except (ValueError, RecursionError) as exc:
            raise ImportFileError(QT_TRANSLATE_NOOP(
                "tl_desktop", "« {path} » n'est pas une correspondance de colonnes de Tiers-Lieux Desktop."),
                path=path.name) from exc


class MappingMemory:
    """Mappings remembered per set of headers, one JSON file each in the data folder."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)

    def path_for(self, headers: list[str]) -> Path:
        return self.folder / f"{signature(headers)}.json"

    def recall(self, headers: list[str]) -> Mapping | None:
        """Return the mapping last used for these headers, or None."""
        path = self.path_for(headers)
        if not path.exists():
            return None
        try:
            return Mapping.load(path)
        except ImportFileError:
            return None

    def remember(self, headers: list[str], mapping: Mapping) -> None:
        """Keep ``mapping`` for the next list with these headers (a failure to write is not an error)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            mapping.headers = list(headers)
            mapping.save(self.path_for(headers))
        except (OSError, ImportFileError):
            pass


def distinct_values(table: Table, mapping: Mapping, limit: int = 500) -> list[tuple[str, str, int]]:
    """Return (column key, source value, count) of the value columns, most frequent first per column."""
    keys = column_keys(table.headers)
    out = []
    for i, key in enumerate(keys):
        if mapping.columns.get(key) not in VALUE_FIELDS:
            continue
        counts: Counter = Counter()
        for row in table.rows:
            cell = row[i] if i < len(row) else ""
            if cell:
                counts[cell] += 1
        out.extend((key, value, count) for value, count in counts.most_common(limit))
    return out
