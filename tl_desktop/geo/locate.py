"""One entry point for French geography: ``locate()`` turns what a record has into a Placement.

First version on the current reference file; the arrondissements, former INSEE codes and
outlines come next (same signature).
"""

from __future__ import annotations

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.geo.placement import PRECISION_ADDRESS, PRECISION_COMMUNE, GeoNote, Placement
from tl_desktop.geo.places import CoordStatus, check_coordinates, communes, departements


def locate(*, insee: str = "", postcode: str = "", commune: str = "",
           latitude: object = None, longitude: object = None) -> Placement:
    """Return where a place is from its INSEE code, postcode, commune name and/or coordinates.

    Every argument is optional and may be raw text from a file (``latitude="43,29"``).
    Never raises for bad input: what could not be used is said in ``Placement.notes``.
    """
    notes: list[GeoNote] = []
    found = communes().find(insee=insee, postcode=postcode, name=commune)
    check = check_coordinates(latitude, longitude)
    lat = lon = None
    precision = None
    if check.status in (CoordStatus.OK, CoordStatus.SWAPPED, CoordStatus.OUTSIDE_FRANCE):
        lat, lon, precision = check.latitude, check.longitude, PRECISION_ADDRESS
        if check.status is CoordStatus.SWAPPED:
            notes.append(GeoNote("swapped", QT_TRANSLATE_NOOP("tl_desktop", "coordonnées inversées corrigées")))
        elif check.status is CoordStatus.OUTSIDE_FRANCE:
            notes.append(GeoNote("outside_france", QT_TRANSLATE_NOOP("tl_desktop", "coordonnées hors de France")))
    if found is None:
        return Placement(latitude=lat, longitude=lon, location_precision=precision, notes=tuple(notes))
    if lat is None and found.latitude is not None:
        lat, lon, precision = found.latitude, found.longitude, PRECISION_COMMUNE
        notes.append(GeoNote("centre_position", QT_TRANSLATE_NOOP(
            "tl_desktop", "position : centre de la commune (approximative)")))
    dep = departements().get(found.departement)
    return Placement(insee_code=found.insee, commune=found.name, departement=found.departement,
                     region=dep.region if dep else found.region, latitude=lat, longitude=lon,
                     location_precision=precision,
                     postcode=postcode.strip() or (found.postcodes[0] if len(found.postcodes) == 1 else ""),
                     notes=tuple(notes))
