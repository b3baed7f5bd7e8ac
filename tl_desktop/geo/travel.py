"""Travel time between two places, estimated offline from the distance alone.

No routing engine, no network: the straight-line distance is lengthened by a detour factor
(streets are not straight; 1.3 is the usual ratio of road to crow-fly distance in French
towns), then walked when short, driven otherwise. The rule is stated to the user in
``TRAVEL_RULE`` so the programme says how its figures were made.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.geo.places import distance_km

DETOUR = 1.3            # road distance ≈ straight-line distance × 1.3
WALK_MAX_KM = 1.5       # up to here (road distance) a group walks: about 20 minutes
WALK_KMH = 4.5          # a group's walking pace
TOWN_KM = 15.0          # the first kilometres driven are in town...
TOWN_KMH = 25.0         # ...at an urban average (lights, traffic)
ROAD_KMH = 60.0         # beyond, on roads between towns
PARKING_MIN = 5         # getting into the vehicles and parking at the other end
ROUND_MIN = 5           # a programme does not say « 13 min »

WALK, DRIVE = "walk", "drive"

TRAVEL_RULE = QT_TRANSLATE_NOOP(
    "tl_desktop",
    "Trajets estimés hors ligne : distance à vol d'oiseau × 1,3 ; à pied (4,5 km/h) jusqu'à 1,5 km, "
    "au-delà en voiture (25 km/h sur les 15 premiers kilomètres, 60 km/h ensuite, plus 5 min pour "
    "stationner) ; arrondi aux 5 minutes supérieures.")


@dataclass(frozen=True)
class Travel:
    """An estimated trip: road kilometres, minutes (rounded up to 5), and how (``WALK`` or ``DRIVE``)."""

    km: float
    minutes: int
    mode: str


def estimate_travel(lat1: float, lon1: float, lat2: float, lon2: float) -> Travel:
    """Return the estimated trip between two points (see ``TRAVEL_RULE``)."""
    road = distance_km(lat1, lon1, lat2, lon2) * DETOUR
    if road <= WALK_MAX_KM:
        minutes, mode = road / WALK_KMH * 60, WALK
    else:
        town = min(road, TOWN_KM)
        minutes = town / TOWN_KMH * 60 + max(0.0, road - TOWN_KM) / ROAD_KMH * 60 + PARKING_MIN
        mode = DRIVE
    rounded = max(ROUND_MIN, math.ceil(round(minutes, 6) / ROUND_MIN) * ROUND_MIN)
    return Travel(km=round(road, 1), minutes=rounded, mode=mode)


def add_minutes(hhmm: str, minutes: int | None) -> str:
    """Return « HH:MM » ``minutes`` after ``hhmm`` (same day, capped at 23:59); "" if either is missing."""
    try:
        hours, mins = (int(part) for part in hhmm.split(":"))
    except (AttributeError, ValueError):
        return ""
    if not minutes or not (0 <= hours < 24 and 0 <= mins < 60):
        return ""
    total = min(hours * 60 + mins + minutes, 23 * 60 + 59)
    return f"{total // 60:02d}:{total % 60:02d}"
