"""French administrative geography, offline: départements, communes, coordinates."""

from tl_desktop.geo.places import (
                                   FRANCE_BOXES,
                                   Commune,
                                   CommuneIndex,
                                   CoordCheck,
                                   CoordStatus,
                                   Departement,
                                   check_coordinates,
                                   communes,
                                   departement_names,
                                   departement_of_insee,
                                   departements,
                                   distance_km,
                                   in_france,
                                   parse_number,
)
from tl_desktop.geo.travel import DRIVE, TRAVEL_RULE, WALK, Travel, add_minutes, estimate_travel

__all__ = [
    "FRANCE_BOXES", "Commune", "CommuneIndex", "CoordCheck", "CoordStatus", "Departement", "check_coordinates",
    "communes", "departement_names", "departement_of_insee", "departements", "distance_km", "in_france",
    "parse_number", "DRIVE", "TRAVEL_RULE", "WALK", "Travel", "add_minutes", "estimate_travel",
]
