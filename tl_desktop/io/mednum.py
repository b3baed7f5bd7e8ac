"""The places in the national schema of « lieux de médiation numérique » (v1.0.2, TableSchema).

The schema ships in resources/reference/schema-mediation-numerique.json; the file written
validates against it (tests/core/test_exports.py runs frictionless on it). Several values in a
cell are separated by « | », as the schema asks. What the catalog does not know is left empty,
except the required ``pivot`` (SIRET or RNA): the national cartography writes
« 00000000000000 » for an unknown SIRET, and so do we. A place without a street address, a
commune or a five-digit postcode (all required) is left out and listed in the report.
"""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.resources import resource
from tl_desktop.io.places_export import ExportReport, _steps, _write_atomic
from tl_desktop.study import Place

UNKNOWN_PIVOT = "00000000000000"
TIERS_LIEUX_KINDS = {"coworking", "fablab", "cafe_associatif", "friche_culturelle", "garage_solidaire",
                     "tiers_lieu_nourricier", "manufacture_proximite", "micro_folie", "campus_connecte"}
# Our codes → the schema's controlled values (only those whose meaning is the same).
PROGRAMMES_NATIONAUX = {"france_services": "France Services", "conseiller_numerique": "Conseillers numériques"}
FORMATIONS_LABELS = {"fabrique_territoire": "Fabriques de Territoire"}
SERVICES = {"france_services": "Aide aux démarches administratives",
            "conseiller_numerique": "Maîtrise des outils numériques du quotidien",
            "mediation_numerique": "Maîtrise des outils numériques du quotidien"}
# French dialling prefixes of the overseas départements (0 + three digits) → international code.
_OVERSEAS = {"0590": "+590", "0690": "+590", "0594": "+594", "0694": "+594", "0262": "+262", "0692": "+262",
             "0693": "+262", "0596": "+596", "0696": "+596", "0269": "+269", "0639": "+269"}


@lru_cache(maxsize=1)
def schema() -> dict:
    """The national schema (TableSchema) shipped with the application."""
    return json.loads(resource("reference", "schema-mediation-numerique.json").read_text(encoding="utf-8"))


def columns() -> list[str]:
    return [f["name"] for f in schema()["fields"]]


def _pattern(name: str) -> re.Pattern | None:
    field = next(f for f in schema()["fields"] if f["name"] == name)
    pattern = (field.get("constraints") or {}).get("pattern")
    return re.compile(pattern) if pattern else None


def international_phone(text: str) -> str:
    """« 04 91 55 00 00 » → « +33491550000 »; "" when the number cannot be made to fit the schema."""
    digits = re.sub(r"[^\d+]", "", text or "")
    if digits.startswith("0033"):
        digits = "+33" + digits[4:]
    if re.fullmatch(r"0\d{9}", digits):
        prefix = _OVERSEAS.get(digits[:4])
        digits = (prefix + digits[4:]) if prefix else "+33" + digits[1:]
    pattern = _pattern("telephone")
    return digits if pattern and pattern.search(digits) else ""


def _emails(text: str) -> str:
    return "|".join(e for e in re.split(r"[\s;,|]+", text or "") if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", e))


def _websites(text: str) -> str:
    urls = []
    for part in re.split(r"[\s;,|]+", text or ""):
        if part.startswith("www."):
            part = "https://" + part
        if re.match(r"https?://\S+\.\S+", part):
            urls.append(part)
    return "|".join(urls)


def _summary(text: str, limit: int = 280) -> str:
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def _joined(values) -> str:
    return "|".join(dict.fromkeys(v for v in values if v))


def mednum_row(place: Place) -> tuple[dict | None, str]:
    """Return (the row of the schema, "") or (None, the French reason the place cannot be written)."""
    street, _, complement = (place.address or "").partition(",")
    if not street.strip():
        return None, "pas d'adresse (champ obligatoire)"
    if not place.commune.strip():
        return None, "pas de commune (champ obligatoire)"
    if not re.fullmatch(r"\d{5}", place.postcode or ""):
        return None, "code postal absent ou invalide (champ obligatoire)"
    insee = _pattern("code_insee")
    codes = {code for code, _ in place.services}
    description = " ".join((place.description or "").split())
    row = dict.fromkeys(columns(), "")
    row.update({
        "id": place.id,
        "pivot": UNKNOWN_PIVOT,
        "nom": " ".join(place.name.split()),
        "commune": place.commune.strip(),
        "code_postal": place.postcode,
        "code_insee": place.insee_code if insee and insee.search(place.insee_code or "") else "",
        "adresse": street.strip(),
        "complement_adresse": complement.strip(),
        "latitude": "" if place.latitude is None else f"{place.latitude:.6f}".rstrip("0").rstrip("."),
        "longitude": "" if place.longitude is None else f"{place.longitude:.6f}".rstrip("0").rstrip("."),
        "typologie": _joined(["TIERS_LIEUX" if TIERS_LIEUX_KINDS & set(place.kinds) else "",
                              "ASSO" if place.legal_form == "association" else ""]),
        "telephone": international_phone(place.phone),
        "courriels": _emails(place.email),
        "site_web": _websites(place.website),
        "presentation_resume": _summary(description),
        "presentation_detail": description if len(description) > 280 else "",
        "source": place.source,
        "date_maj": (place.updated_at or "")[:10],
        "services": _joined([SERVICES.get(c) for c in (*sorted(codes), *place.kinds)]),
        "dispositif_programmes_nationaux": _joined([PROGRAMMES_NATIONAUX.get(c)
                                                    for c in (*place.programmes, *sorted(codes))]),
        "formations_labels": _joined([FORMATIONS_LABELS.get(c) for c in place.programmes]),
    })
    return row, ""


def export_mednum(places: list[Place], out: Path, *, progress: Progress = no_progress,
                  cancel: CancelFlag | None = None) -> ExportReport:
    """Write the places in the national schema (CSV, UTF-8, comma); raise ExportError, Cancelled."""
    skipped: list[tuple[str, str]] = []
    written = 0

    def write(tmp: Path) -> None:
        nonlocal written
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=columns())
            writer.writeheader()
            for place in _steps(places, progress, cancel, "Médiation numérique"):
                row, reason = mednum_row(place)
                if row is None:
                    skipped.append((place.name, reason))
                    continue
                writer.writerow(row)
                written += 1
    path = _write_atomic(out, write)
    return ExportReport(path, written, tuple(skipped))
