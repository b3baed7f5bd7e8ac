"""French administrative geography, offline: départements, communes, coordinates, regional networks."""

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
from tl_desktop.geo.networks import Network, network_of_region, regional_networks

__all__ = [
    "FRANCE_BOXES", "Commune", "CommuneIndex", "CoordCheck", "CoordStatus", "Departement", "check_coordinates",
    "communes", "departement_names", "departement_of_insee", "departements", "distance_km", "in_france",
    "parse_number", "Network", "network_of_region", "regional_networks",
]
