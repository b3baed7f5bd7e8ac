"""Meeting rooms of the sites (capacity, PMR access, equipment): ``store.rooms``."""

from __future__ import annotations

import json

from tl_desktop.base.errors import ValidationError
from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.domain import ROOM_EQUIPMENT, Changes, Room, utc_now
from tl_desktop.store.connection import Connection
from tl_desktop.store.sites import Sites, decode_list

MAX_CAPACITY = 5000


def validate_room(room: Room) -> None:
    """Raise ValidationError, in French, if ``room`` cannot be stored as it is."""
    if not isinstance(room.capacity, int) or not 0 < room.capacity <= MAX_CAPACITY:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "tl_desktop", "La capacité d'une salle est un nombre de personnes entre 1 et {max} (« {value} »)."),
            max=MAX_CAPACITY, value=room.capacity)
    for code in room.equipment:
        if code not in ROOM_EQUIPMENT:
            raise ValidationError(QT_TRANSLATE_NOOP("tl_desktop", "Équipement de salle inconnu « {code} »."),
                                  code=code)


class Rooms:
    """The meeting rooms of each site, written all at once for a site (the form's section)."""

    def __init__(self, conn: Connection, sites: Sites):
        self._conn = conn
        self._db = conn.db
        self._sites = sites

    def of_site(self, site_id: str) -> list[Room]:
        """Return the rooms of a site, in the order the form shows them."""
        return [Room(id=r[0], site_id=r[1], name=r[2], capacity=r[3], accessible=bool(r[4]),
                     equipment=decode_list(r[5]), position=r[6])
                for r in self._db.execute(
                    "SELECT id, site_id, name, capacity, accessible, equipment, position FROM rooms "
                    "WHERE site_id = ? ORDER BY position, name", [site_id])]

    def set_for_site(self, site_id: str, rooms: list[Room]) -> Changes:
        """Replace the rooms of a site by ``rooms`` in one transaction; raise ValidationError, NotFoundError."""
        self._sites.get(site_id)
        for room in rooms:
            validate_room(room)
        now = utc_now()
        with self._conn.atomic():
            self._db.execute("DELETE FROM rooms WHERE site_id = ?", [site_id])
            for position, room in enumerate(rooms):
                self._db.execute(
                    "INSERT INTO rooms (id, site_id, name, capacity, accessible, equipment, position, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [room.id, site_id, room.name.strip(), room.capacity, int(room.accessible),
                     json.dumps([c for c in ROOM_EQUIPMENT.codes() if c in room.equipment]), position, now, now])
        return Changes.of(sites=site_id)

    def summary_by_site(self) -> dict[str, tuple[int, int, frozenset[str]]]:
        """Return, per site with rooms: (largest capacity, largest PMR-accessible capacity, equipment codes)."""
        result: dict[str, tuple[int, int, frozenset[str]]] = {}
        for site_id, capacity, accessible, equipment in self._db.execute(
                "SELECT site_id, capacity, accessible, equipment FROM rooms"):
            best, best_pmr, kit = result.get(site_id, (0, 0, frozenset()))
            result[site_id] = (max(best, capacity), max(best_pmr, capacity if accessible else 0),
                               kit | frozenset(decode_list(equipment)))
        return result
