"""The places of a study: the catalog read once into memory, then filtered in pure Python.

Reading 10,000 sites and their visits takes one query each; a change of criteria then costs
only the filtering and the figures (bench/: ``study``), never another read of the catalog.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from tl_desktop import geo
from tl_desktop.base.errors import Cancelled
from tl_desktop.base.jobs import CancelFlag
from tl_desktop.store import Store
from tl_desktop.study.criteria import Criteria, Territory


@dataclass(frozen=True)
class VisitSummary:
    """What the figures read of a visit: its date, the tour it belongs to, the grid's answers."""

    id: str
    date: str
    grid_version: int
    answers: dict
    tour_id: str | None


@dataclass
class Place:
    """One site as a study sees it (no personal data)."""

    id: str
    name: str
    commune: str = ""
    insee_code: str = ""
    departement: str = ""
    region: str = ""
    latitude: float | None = None
    longitude: float | None = None
    kinds: tuple[str, ...] = ()
    programmes: tuple[str, ...] = ()
    services: tuple[tuple[str, str], ...] = ()     # (code, detail)
    legal_form: str | None = None
    approximate: bool = False
    address: str = ""
    postcode: str = ""
    website: str = ""
    email: str = ""
    phone: str = ""
    description: str = ""
    source: str = ""
    updated_at: str = ""
    capacity: int = 0                 # largest meeting room
    capacity_accessible: int = 0      # largest PMR-accessible meeting room
    equipment: frozenset[str] = frozenset()
    visits: list[VisitSummary] = field(default_factory=list)   # oldest first

    @property
    def network(self) -> str:
        """The name of the regional network of the place's région ("" if unknown)."""
        network = geo.network_of_region(self.region) if self.region else None
        return network.name if network else ""

    @property
    def latest_visit(self) -> VisitSummary | None:
        """The most recent visit with answers (else the most recent), or None."""
        with_answers = [v for v in self.visits if v.answers]
        return (with_answers or self.visits or [None])[-1]

    def can_host(self, people: int, accessible: bool = False, equipment: tuple[str, ...] = ()) -> bool:
        if (self.capacity_accessible if accessible else self.capacity) < people:
            return False
        return all(code in self.equipment for code in equipment)


def _list(raw: str | None) -> list:
    if not raw or raw == "[]":
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


class StudyData:
    """Every live site and its visits, in memory, in catalog order (by name)."""

    def __init__(self, places: list[Place]):
        self.places = places
        self.by_id = {p.id: p for p in places}

    @classmethod
    def load(cls, store: Store, cancel: CancelFlag | None = None) -> "StudyData":
        """Read the catalog for a study (one query per table); raise Cancelled if asked to stop."""
        rooms = store.rooms.summary_by_site()
        places = []
        for row in store.sites.study_rows():
            (site_id, name, commune, insee, dep, region, lat, lon, kinds, programmes, services, legal,
             precision, address, postcode, website, email, phone, description, source, updated) = row
            capacity, capacity_pmr, kit = rooms.get(site_id, (0, 0, frozenset()))
            places.append(Place(
                id=site_id, name=name, commune=commune, insee_code=insee, departement=dep, region=region,
                latitude=lat, longitude=lon, kinds=tuple(_list(kinds)), programmes=tuple(_list(programmes)),
                services=tuple((s.get("code", "autre"), s.get("detail", "")) for s in _list(services)
                               if isinstance(s, dict)),
                legal_form=legal, approximate=precision == "commune", address=address, postcode=postcode,
                website=website, email=email, phone=phone, description=description, source=source,
                updated_at=updated, capacity=capacity, capacity_accessible=capacity_pmr, equipment=kit))
            if cancel is not None and len(places) % 2000 == 0 and cancel.is_set():
                raise Cancelled()
        data = cls(places)
        for visit_id, site_id, date, version, answers, tour_id in store.visits.summaries():
            place = data.by_id.get(site_id)
            if place is not None:
                try:
                    parsed = json.loads(answers or "{}")
                except ValueError:
                    parsed = {}
                place.visits.append(VisitSummary(visit_id, date or "", version, parsed, tour_id))
        for place in places:
            place.visits.sort(key=lambda v: v.date)
        return data


def in_polygon(lat: float, lon: float, polygon: tuple[tuple[float, float], ...]) -> bool:
    """Return True if the point is inside the polygon of (lat, lon) corners (ray casting)."""
    inside = False
    count = len(polygon)
    for i in range(count):
        (y1, x1), (y2, x2) = polygon[i], polygon[(i + 1) % count]
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def city_of(insee: str) -> str:
    """Return the city of an arrondissement's code (13203 → 13055, 75112 → 75056, 69385 → 69123), else ""."""
    if len(insee) == 5 and insee.isdigit():
        number = int(insee)
        for low, high, city in ((75101, 75120, "75056"), (69381, 69389, "69123"), (13201, 13216, "13055")):
            if low <= number <= high:
                return city
    return ""


def in_territory(place: Place, territory: Territory) -> bool:
    """Return True if the place lies in the territory."""
    kind, codes = territory.kind, territory.codes
    if kind == "region":
        return not codes or place.region in codes
    if kind == "departement":
        return not codes or place.departement in codes
    if kind == "communes":
        return not codes or place.insee_code in codes or city_of(place.insee_code) in codes
    if kind == "area":
        if len(territory.polygon) < 3:
            return True
        return place.latitude is not None and place.longitude is not None and \
            in_polygon(place.latitude, place.longitude, territory.polygon)
    return True


def matches(place: Place, criteria: Criteria) -> bool:
    """Return True if the place meets every criterion set."""
    c = criteria
    if c.kinds and not any(k in c.kinds for k in place.kinds):
        return False
    if c.programmes and not any(p in c.programmes for p in place.programmes):
        return False
    if c.public_services:
        if not any(code in c.public_services for code, _ in place.services):
            return False
    elif c.hosts_public_service and not place.services:
        return False
    if c.networks and (place.region not in c.networks or not place.network):
        return False
    if c.meeting_capacity and not place.can_host(c.meeting_capacity, c.meeting_accessible, c.meeting_equipment):
        return False
    dated = c.date_from or c.date_to
    visits = place.visits
    if c.tour_id:
        visits = [v for v in visits if v.tour_id == c.tour_id]
    if dated:
        visits = [v for v in visits if v.date and (not c.date_from or v.date >= c.date_from)
                  and (not c.date_to or v.date <= c.date_to)]
    if c.visited is False:
        return not place.visits
    if (c.visited or c.tour_id or dated) and not visits:
        return False
    return True


def select(data: StudyData, territory: Territory, criteria: Criteria) -> list[Place]:
    """Return the places of ``data`` in the territory that meet the criteria, in catalog order."""
    return [p for p in data.places if in_territory(p, territory) and matches(p, criteria)]
