"""Domain types of the catalog and the controlled lists, with their French labels.

Controlled lists hold stable codes (stored in the database, never translated) and French
labels (shown to the user, marked for translation). Later features (the observation grid,
reports) reuse them from here.
"""

from __future__ import annotations

import dataclasses
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .i18n import QT_TRANSLATE_NOOP



@dataclass(frozen=True)
class Choice:
    """One entry of a controlled list: a stable code and its French label."""

    code: str
    label: str
    colour: str = "#777777"


class ChoiceList:
    """An ordered controlled list; looks entries up by code."""

    def __init__(self, name: str, choices: list[Choice]):
        self.name = name
        self.choices = tuple(choices)
        self._by_code = {c.code: c for c in choices}

    def __iter__(self):
        return iter(self.choices)

    def __len__(self) -> int:
        return len(self.choices)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def codes(self) -> list[str]:
        return [c.code for c in self.choices]

    def get(self, code: str) -> Choice | None:
        return self._by_code.get(code)

    def label(self, code: str) -> str:
        choice = self._by_code.get(code)
        return choice.label if choice else code

    def labels(self, codes) -> list[str]:
        return [self.label(c) for c in codes]

    def index(self, code: str) -> int:
        return self.codes().index(code)


# Colours: a qualitative palette readable on a light map and by most colour-blind readers
# (derived from Paul Tol's "muted" and "bright" schemes).
KINDS = ChoiceList("kinds", [
    Choice("coworking", QT_TRANSLATE_NOOP("domain", "Coworking"), "#4477AA"),
    Choice("fablab", QT_TRANSLATE_NOOP("domain", "Fablab / atelier partagé"), "#EE6677"),
    Choice("cafe_associatif", QT_TRANSLATE_NOOP("domain", "Café associatif"), "#CCBB44"),
    Choice("friche_culturelle", QT_TRANSLATE_NOOP("domain", "Friche culturelle"), "#AA3377"),
    Choice("garage_solidaire", QT_TRANSLATE_NOOP("domain", "Garage solidaire"), "#66CCEE"),
    Choice("tiers_lieu_nourricier", QT_TRANSLATE_NOOP("domain", "Tiers-lieu nourricier"), "#228833"),
    Choice("manufacture_proximite", QT_TRANSLATE_NOOP("domain", "Manufacture de proximité"), "#882255"),
    Choice("campus_connecte", QT_TRANSLATE_NOOP("domain", "Campus connecté"), "#332288"),
    Choice("micro_folie", QT_TRANSLATE_NOOP("domain", "Micro-Folie"), "#DDAA33"),
    Choice("mediation_numerique", QT_TRANSLATE_NOOP("domain", "Espace de médiation numérique"), "#117733"),
    Choice("france_services", QT_TRANSLATE_NOOP("domain", "France Services"), "#000091"),
    Choice("autre", QT_TRANSLATE_NOOP("domain", "Autre"), "#888888"),
])

PROGRAMMES = ChoiceList("programmes", [
    Choice("fabrique_territoire", QT_TRANSLATE_NOOP("domain", "Fabrique de territoire")),
    Choice("fabrique_numerique_territoire", QT_TRANSLATE_NOOP("domain", "Fabrique numérique de territoire")),
    Choice("manufacture_proximite", QT_TRANSLATE_NOOP("domain", "Manufacture de proximité")),
    Choice("france_services", QT_TRANSLATE_NOOP("domain", "France Services")),
    Choice("conseiller_numerique", QT_TRANSLATE_NOOP("domain", "Conseiller numérique")),
    Choice("micro_folie", QT_TRANSLATE_NOOP("domain", "Micro-Folie")),
    Choice("campus_connecte", QT_TRANSLATE_NOOP("domain", "Campus connecté")),
    Choice("autre", QT_TRANSLATE_NOOP("domain", "Autre")),
])

PUBLIC_SERVICES = ChoiceList("public_services", [
    Choice("france_services", QT_TRANSLATE_NOOP("domain", "Guichet France Services")),
    Choice("conseiller_numerique", QT_TRANSLATE_NOOP("domain", "Conseiller numérique")),
    Choice("mission_locale", QT_TRANSLATE_NOOP("domain", "Mission Locale")),
    Choice("service_municipal", QT_TRANSLATE_NOOP("domain", "Service municipal")),
    Choice("autre", QT_TRANSLATE_NOOP("domain", "Autre")),
])

LEGAL_FORMS = ChoiceList("legal_forms", [
    Choice("association", QT_TRANSLATE_NOOP("domain", "Association")),
    Choice("scic", QT_TRANSLATE_NOOP("domain", "SCIC")),
    Choice("scop", QT_TRANSLATE_NOOP("domain", "SCOP")),
    Choice("sas_sarl", QT_TRANSLATE_NOOP("domain", "SAS / SARL")),
    Choice("collectivite", QT_TRANSLATE_NOOP("domain", "Collectivité")),
    Choice("autre", QT_TRANSLATE_NOOP("domain", "Autre")),
])

# How precise a site's coordinates are: many open lists only give the commune's centre.
LOCATION_PRECISIONS = ChoiceList("location_precisions", [
    Choice("adresse", QT_TRANSLATE_NOOP("domain", "À l'adresse")),
    Choice("commune", QT_TRANSLATE_NOOP("domain", "Centre de la commune (approximatif)")),
    Choice("photo", QT_TRANSLATE_NOOP("domain", "Position GPS d'une photo de visite")),
])

SOURCE_MANUAL = "saisie manuelle"


def new_id() -> str:
    """Return a new random UUID (records must merge across laptops later)."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """Return the current time as UTC ISO-8601 with seconds, e.g. 2026-11-23T14:32:05Z."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def fold(text: str | None) -> str:
    """Return ``text`` lower-cased without diacritics, for sorting and matching."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("œ", "oe").replace("æ", "ae")


@dataclass
class PublicService:
    """A public service hosted in a site: a code of PUBLIC_SERVICES and an optional detail."""

    code: str
    detail: str = ""

    def label(self) -> str:
        base = PUBLIC_SERVICES.label(self.code)
        return f"{base} ({self.detail})" if self.detail else base


@dataclass
class Site:
    """A tiers-lieu of the catalog."""

    name: str
    id: str = field(default_factory=new_id)
    kinds: list[str] = field(default_factory=list)
    programmes: list[str] = field(default_factory=list)
    public_services: list[PublicService] = field(default_factory=list)
    legal_form: str | None = None
    address: str = ""
    postcode: str = ""
    commune: str = ""
    insee_code: str = ""
    departement: str = ""      # code: "13", "2A", "971"
    region: str = ""           # name: "Provence-Alpes-Côte d'Azur"
    latitude: float | None = None
    longitude: float | None = None
    location_precision: str | None = None
    website: str = ""
    email: str = ""
    phone: str = ""
    description: str = ""
    source: str = SOURCE_MANUAL
    created_at: str = ""
    updated_at: str = ""

    def replace(self, **changes) -> "Site":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class SiteFilter:
    """What the catalog shows: free text, and the filters of the catalog's bar."""

    text: str = ""
    kind: str | None = None
    programme: str | None = None
    departement: str | None = None
    hosts_public_service: bool = False

    def is_empty(self) -> bool:
        return not (self.text.strip() or self.kind or self.programme or self.departement
                    or self.hosts_public_service)


@dataclass(frozen=True)
class Changes:
    """What a mutation changed, so each view can decide whether to refresh (cf. Anki's OpChanges)."""

    sites: bool = False
    site_ids: tuple[str, ...] = ()
    tours: bool = False
    visits: bool = False
    people: bool = False
    attachments: bool = False

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(sites=self.sites or other.sites, site_ids=self.site_ids + other.site_ids,
                       tours=self.tours or other.tours, visits=self.visits or other.visits,
                       people=self.people or other.people,
                       attachments=self.attachments or other.attachments)


@dataclass(frozen=True)
class MapPoint:
    """What the map needs of one site: small, so 50,000 of them travel cheaply."""

    id: str
    name: str
    commune: str
    latitude: float
    longitude: float
    kinds: tuple[str, ...] = ()
    approximate: bool = False   # True when the point is only the commune's centre


# ------------------------------------------------------------------ learning tours and visits
# Participants and people met are personal data (RGPD): they live in one table, so deleting a
# person removes them from every tour and visit, and every export can leave them out.


@dataclass
class Person:
    """Someone named in a tour or a visit: personal data."""

    name: str
    id: str = field(default_factory=new_id)
    service: str = ""       # collectivité / service, or structure for a person met
    contact: str = ""


@dataclass
class Attendance:
    """A person's part in a tour (participant) or a visit (person met), with a role."""

    person: Person
    role: str = ""


@dataclass
class Tour:
    """A visite apprenante: several sites over one or more days."""

    title: str
    id: str = field(default_factory=new_id)
    organiser: str = ""     # the collectivité
    service: str = ""       # the organising service
    start_date: str = ""    # ISO dates
    end_date: str = ""
    objectives: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Stop:
    """One site of a tour, on a day, in order."""

    tour_id: str
    site_id: str
    day: str                # ISO date
    position: int = 0
    id: str = field(default_factory=new_id)
    planned_time: str = ""  # "HH:MM"
    duration_min: int | None = None
    host: str = ""          # who hosts the visit on site


@dataclass
class Visit:
    """One agent's (or group's) record of a site on a date: grid answers, notes, people met."""

    site_id: str
    grid_version: int
    id: str = field(default_factory=new_id)
    stop_id: str | None = None
    visit_date: str = ""
    author: str = ""
    answers: dict = field(default_factory=dict)   # theme id → {question id → value, "_commentaire": text}
    notes: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class Attachment:
    """A photo or another file attached to a visit: metadata only (the bytes are in media/)."""

    visit_id: str
    sha256: str
    kind: str                        # "photo" or "file"
    filename: str                    # the original file's name, for display and export
    size: int
    id: str = field(default_factory=new_id)
    extension: str = ""              # ".jpg", ".pdf"...: the stored file's
    caption: str = ""
    position: int = 0
    taken_at: str | None = None      # EXIF DateTimeOriginal, "2025-02-11T10:32:05" (camera's local time)
    latitude: float | None = None    # EXIF GPS
    longitude: float | None = None
    width: int | None = None         # as encoded, before the EXIF orientation
    height: int | None = None
    orientation: int | None = None   # EXIF 1–8
    created_at: str = ""

    @property
    def is_photo(self) -> bool:
        return self.kind == "photo"

    @property
    def stored_name(self) -> str:
        return self.sha256 + self.extension

    def shown_size(self) -> tuple[int, int] | None:
        """Width and height as the photo is seen, EXIF orientation applied (5–8 turn it a quarter)."""
        if not self.width or not self.height:
            return None
        return (self.height, self.width) if self.orientation in (5, 6, 7, 8) else (self.width, self.height)
