"""The records of the catalog: sites, tours and stops, visits, people, attachments.

Plain dataclasses, no behaviour beyond small derived values; the store reads and writes them.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone

from tl_desktop.domain.choices import PUBLIC_SERVICES, SOURCE_MANUAL


def new_id() -> str:
    """Return a new random UUID, version 4 (records must merge across laptops later).

    As ``str(uuid.uuid4())``, from the same source (``os.urandom``), read 4 KB at a time: an
    import names 50,000 sites, and one system call and UUID object each took 0.4 s of it.
    """
    ids = getattr(_id_source, "ids", None)
    if ids is None:
        ids = _id_source.ids = _random_ids()
    return next(ids)


_id_source = threading.local()      # one stream per thread: no lock, no id handed out twice
if hasattr(os, "register_at_fork"):     # not on Windows, which has no fork
    os.register_at_fork(after_in_child=lambda: _id_source.__dict__.clear())   # a child must not replay its parent's


def _random_ids():
    while True:
        raw = os.urandom(16 * 256).hex()
        for i in range(0, len(raw), 32):
            h = raw[i:i + 32]
            # The version (4) and variant (10xx) bits of RFC 4122, as uuid.uuid4() sets them.
            yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def utc_now() -> str:
    """Return the current time as UTC ISO-8601 with seconds, e.g. 2026-11-23T14:32:05Z."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class PublicService:
    """A public service hosted in a site: a code of PUBLIC_SERVICES and an optional detail."""

    code: str
    detail: str = ""

    def label(self) -> str:
        base = PUBLIC_SERVICES.label(self.code)
        return f"{base} ({self.detail})" if self.detail else base


@dataclass(slots=True)
class Site:
    """A tiers-lieu of the catalog (slots: an import holds 200,000 of them, 0.7 → 0.3 KB each)."""

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
class MapPoint:
    """What the map needs of one site: small, so 50,000 of them travel cheaply."""

    id: str
    name: str
    commune: str
    latitude: float
    longitude: float
    kinds: tuple[str, ...] = ()
    approximate: bool = False   # True when the point is only the commune's centre
    key: int = -1               # the store's row number (stable): the map page's index; -1 if none


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
    host_phone: str = ""    # how to reach them on the day
    meeting_point: str = ""  # where the group meets them (« devant l'accueil, 12 rue… »)
    travel_min: int | None = None   # minutes to the next stop, when the agent knows better than the estimate


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
class VisitFilter:
    """Which visits « Toutes les visites » lists: a site, a tour, a date range, an author, words."""

    site_id: str | None = None
    tour_id: str | None = None
    date_from: str = ""          # ISO, inclusive; "" for no bound
    date_to: str = ""
    author: str | None = None    # exactly this author (as typed on the visits)
    text: str = ""               # words found, accents ignored, in the place, author, notes or answers


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


# ------------------------------------------------------------------ meeting rooms and studies


@dataclass
class Room:
    """A meeting room of a site, for « les tiers-lieux pouvant accueillir une réunion de N personnes »."""

    site_id: str
    capacity: int                    # people seated for a meeting
    id: str = field(default_factory=new_id)
    name: str = ""
    accessible: bool = False         # accessible to people with reduced mobility (PMR)
    equipment: list[str] = field(default_factory=list)   # ROOM_EQUIPMENT codes
    position: int = 0


@dataclass
class Study:
    """A saved territorial study: a territory and criteria (plain dicts, read by tl_desktop.study), places compared."""

    name: str
    id: str = field(default_factory=new_id)
    territory: dict = field(default_factory=dict)
    criteria: dict = field(default_factory=dict)
    compared: list[str] = field(default_factory=list)    # ids of the sites in the comparison table
    created_at: str = ""
    updated_at: str = ""
