"""French administrative geography, offline: départements, communes, coordinates, regional networks."""

from tl_desktop.geo.locate import locate
from tl_desktop.geo.names import name_key, normalize_insee, normalize_postcode
from tl_desktop.geo.networks import Network, network_of_region, regional_networks
from tl_desktop.geo.placement import NOTE_KINDS, PRECISION_ADDRESS, PRECISION_COMMUNE, GeoNote, Placement
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
    "NOTE_KINDS", "PRECISION_ADDRESS", "PRECISION_COMMUNE", "GeoNote", "Placement", "locate",
    "name_key", "normalize_insee", "normalize_postcode",
    "FRANCE_BOXES", "Commune", "CommuneIndex", "CoordCheck", "CoordStatus", "Departement", "check_coordinates",
    "communes", "departement_names", "departement_of_insee", "departements", "distance_km", "in_france",
    "parse_number", "Network", "network_of_region", "regional_networks",
    "DRIVE", "TRAVEL_RULE", "WALK", "Travel", "add_minutes", "estimate_travel",
]

# The online geocoder (urllib, email…) loads only when used, not at the application's start.
_GEOCODING = ("AddressQuery", "GeocodeResult", "GeocodingClient", "GeocodingError", "GeocodingOfflineError",
              "GeocodingRateLimitedError", "GeocodingServiceError", "geocode")


def __getattr__(name: str):
    if name in _GEOCODING:
        from tl_desktop.geo import geocoding
        return getattr(geocoding, name)
    raise AttributeError(f"module 'tl_desktop.geo' has no attribute {name!r}")

__all__ += list(_GEOCODING)
