"""What a study looks at: a territory and criteria, stored as plain dicts in a saved study.

Both are frozen values, so the view can compare them and a worker can take them across threads.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from tl_desktop import geo
from tl_desktop.base.i18n import FRENCH, QT_TRANSLATE_NOOP, Translator
from tl_desktop.domain import KINDS, PROGRAMMES, PUBLIC_SERVICES, ROOM_EQUIPMENT

TERRITORY_KINDS = {
    "france": QT_TRANSLATE_NOOP("study", "Toute la France"),
    "region": QT_TRANSLATE_NOOP("study", "Région"),
    "departement": QT_TRANSLATE_NOOP("study", "Département"),
    "communes": QT_TRANSLATE_NOOP("study", "Commune ou liste de communes"),
    "area": QT_TRANSLATE_NOOP("study", "Zone dessinée sur la carte"),
}

GROUPINGS = {
    "departement": QT_TRANSLATE_NOOP("study", "Département"),
    "commune": QT_TRANSLATE_NOOP("study", "Commune"),
    "region": QT_TRANSLATE_NOOP("study", "Région"),
    "network": QT_TRANSLATE_NOOP("study", "Réseau régional"),
}


@dataclass(frozen=True)
class Territory:
    """Where: all of France, régions (names), départements (codes), communes (INSEE codes) or a drawn area."""

    kind: str = "france"
    codes: tuple[str, ...] = ()
    polygon: tuple[tuple[float, float], ...] = ()     # (latitude, longitude) corners of a drawn area

    def to_dict(self) -> dict:
        return {"kind": self.kind, "codes": list(self.codes), "polygon": [list(p) for p in self.polygon]}

    @classmethod
    def from_dict(cls, raw: dict | None) -> "Territory":
        raw = raw or {}
        kind = raw.get("kind", "france")
        return cls(kind=kind if kind in TERRITORY_KINDS else "france",
                   codes=tuple(str(c) for c in raw.get("codes") or ()),
                   polygon=tuple((float(p[0]), float(p[1])) for p in raw.get("polygon") or ()))

    def describe(self, tr: Translator = FRENCH) -> str:
        """The territory in words, for the cover and the view: « Bouches-du-Rhône (13) »."""
        if self.kind == "region" and self.codes:
            return ", ".join(self.codes)
        if self.kind == "departement" and self.codes:
            names = geo.departement_names()
            return ", ".join(f"{names.get(c, c)} ({c})" for c in self.codes)
        if self.kind == "communes" and self.codes:
            index = geo.communes().by_insee
            return ", ".join(index[c].name if c in index else c for c in self.codes)
        if self.kind == "area" and len(self.polygon) >= 3:
            return tr.translate("study", "Zone dessinée sur la carte")
        return tr.translate("study", TERRITORY_KINDS["france"])


@dataclass(frozen=True)
class Criteria:
    """Which places: each criterion left empty lets every place through."""

    kinds: tuple[str, ...] = ()               # any of these kinds
    programmes: tuple[str, ...] = ()          # any of these programmes
    public_services: tuple[str, ...] = ()     # hosts any of these services
    hosts_public_service: bool = False        # hosts at least one public service
    networks: tuple[str, ...] = ()            # régions whose regional network the place belongs to
    visited: bool | None = None               # True: visited, False: never visited
    tour_id: str = ""                         # visited during this learning tour
    date_from: str = ""                       # a visit on or after (ISO date)
    date_to: str = ""                         # a visit on or before
    meeting_capacity: int = 0                 # « peut accueillir une réunion de N personnes »
    meeting_accessible: bool = False          # ... in a room accessible to people with reduced mobility
    meeting_equipment: tuple[str, ...] = ()   # ... with all this equipment
    group_by: str = "departement"             # how the figures group places: GROUPINGS

    def to_dict(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, raw: dict | None) -> "Criteria":
        raw = raw or {}
        values = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            value = raw[f.name]
            default = f.default
            if isinstance(default, tuple):
                value = tuple(str(v) for v in value or ())
            elif isinstance(default, bool):
                value = bool(value)
            elif isinstance(default, int):
                value = max(0, int(value or 0))
            elif f.name == "visited":
                value = None if value is None else bool(value)
            else:
                value = str(value or "")
            values[f.name] = value
        criteria = cls(**values)
        if criteria.group_by not in GROUPINGS:
            criteria = Criteria(**{**values, "group_by": "departement"})
        return criteria

    def describe(self, tour_title: str = "", tr: Translator = FRENCH) -> list[str]:
        """The criteria in sentences of ``tr``'s language, one per criterion set (empty list: every place)."""
        lines = []

        def line(template: str, **args: object) -> None:
            lines.append(template.format(**args))
        if self.kinds:
            line(tr.translate("study", "Types : {list}"), list=", ".join(KINDS.labels(self.kinds, tr)))
        if self.programmes:
            line(tr.translate("study", "Programmes : {list}"), list=", ".join(PROGRAMMES.labels(self.programmes, tr)))
        if self.public_services:
            line(tr.translate("study", "Services publics accueillis : {list}"),
                 list=", ".join(PUBLIC_SERVICES.labels(self.public_services, tr)))
        elif self.hosts_public_service:
            line(tr.translate("study", "Accueille au moins un service public"))
        if self.networks:
            names = [(geo.network_of_region(r).name if geo.network_of_region(r) else r) for r in self.networks]
            line(tr.translate("study", "Réseau régional : {list}"), list=", ".join(names))
        if self.visited is True:
            line(tr.translate("study", "Lieux visités"))
        elif self.visited is False:
            line(tr.translate("study", "Lieux jamais visités"))
        if self.tour_id:
            line(tr.translate("study", "Visités pendant la visite apprenante « {title} »"),
                 title=tour_title or self.tour_id)
        if self.date_from and self.date_to:
            line(tr.translate("study", "Visite entre le {start} et le {end}"), start=tr.long_date(self.date_from),
                 end=tr.long_date(self.date_to))
        elif self.date_from:
            line(tr.translate("study", "Visite depuis le {start}"), start=tr.long_date(self.date_from))
        elif self.date_to:
            line(tr.translate("study", "Visite jusqu'au {end}"), end=tr.long_date(self.date_to))
        if self.meeting_capacity:
            room = tr.translate("study", "Peut accueillir une réunion de {n} personnes").format(n=self.meeting_capacity)
            if self.meeting_accessible:
                room += tr.translate("study", " dans une salle accessible (PMR)")
            if self.meeting_equipment:
                room += tr.translate("study", " ; équipement : {list}").format(
                    list=", ".join(ROOM_EQUIPMENT.labels(self.meeting_equipment, tr)))
            lines.append(room)
        return lines


@dataclass(frozen=True)
class StudyQuestion:
    """A territory and criteria together (what a saved study stores besides its name)."""

    territory: Territory = field(default_factory=Territory)
    criteria: Criteria = field(default_factory=Criteria)


def area_of_view(latitude: float, longitude: float, zoom: float, width: int, height: int
                 ) -> tuple[tuple[float, float], ...]:
    """Return the (lat, lon) corners of what a web map centred there at ``zoom`` shows in width × height pixels."""
    import math

    scale = 256 * 2 ** zoom
    x = (longitude + 180) / 360 * scale
    sin = math.sin(math.radians(max(-85.0, min(85.0, latitude))))
    y = (0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * scale

    def point(px: float, py: float) -> tuple[float, float]:
        lon = px / scale * 360 - 180
        n = math.pi - 2 * math.pi * py / scale
        return round(math.degrees(math.atan(math.sinh(n))), 6), round(lon, 6)

    west, east, north, south = x - width / 2, x + width / 2, y - height / 2, y + height / 2
    return (point(west, south), point(east, south), point(east, north), point(west, north))
