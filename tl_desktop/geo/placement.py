"""What ``geo.locate()`` returns: where a place is, and French notes on how that was found.

Kept apart from the lookup itself so that callers (the importer, the site form, the
duplicates finder) can build and test against ``Placement`` without loading any reference data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# How precise a placement is (the values of Site.location_precision).
PRECISION_ADDRESS = "adresse"    # coordinates were given (or geocoded from an address)
PRECISION_COMMUNE = "commune"    # placed at the centre of the commune (or arrondissement)


@dataclass(frozen=True)
class GeoNote:
    """One thing ``locate()`` inferred, corrected or could not do, said in French.

    ``kind`` is a stable machine code callers may branch on (see NOTE_KINDS);
    ``template`` is marked for translation (context "tl_desktop") and filled with ``args``.
    """

    kind: str
    template: str
    args: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def message(self) -> str:
        return self.template.format(**self.args)

    def __str__(self) -> str:
        return self.message


# kind → what it means. "warning" kinds mean the data was changed or is uncertain; "info"
# kinds only say where a value came from; "error" kinds mean something given was unusable.
NOTE_KINDS = {
    # info
    "commune_from_postcode": "info",       # commune deduced from the postcode alone
    "commune_from_name": "info",           # commune found by its name in the postcode's département
    "arrondissement_from_postcode": "info",  # Paris, Lyon, Marseille: arrondissement from the postcode
    "commune_from_point": "info",          # commune found from the coordinates (outline containing them)
    "centre_position": "warning",          # placed at the commune's centre: approximate
    "insee_replaced": "warning",           # INSEE code of a former commune, replaced by the current one
    "insee_fixed": "info",                 # "1004" → "01004", "2a004" → "2A004"
    "nearest_centre": "warning",           # no outline contains the point: nearest commune centre
    "arrondissement_nearest": "warning",   # arrondissement chosen by the nearest centre
    "point_is_centre": "warning",          # the coordinates given are the commune's centre
    # warning
    "swapped": "warning",                  # latitude and longitude were swapped: corrected
    "outside_france": "warning",           # the point is outside France (kept as given)
    "far_from_commune": "warning",         # the point is far from the commune given
    "postcode_mismatch": "warning",        # postcode and commune name disagree
    "ambiguous_name": "warning",           # several communes bear that name: none chosen
    "ambiguous_postcode": "warning",       # a postcode of several communes and no name: none chosen
    # error
    "unreadable_coordinates": "error",     # not numbers: ignored
    "out_of_range": "error",               # not degrees (Lambert 93?): ignored
    "null_island": "error",                # 0, 0: ignored
    "missing_coordinate": "error",         # only one of latitude and longitude: ignored
    "unknown_insee": "error",              # INSEE code found nowhere
    "commune_not_found": "error",          # nothing given identifies a commune
}


@dataclass(frozen=True)
class Placement:
    """Where ``locate()`` placed a place: its commune, département, région and position.

    ``commune`` is the official name of the commune found, or of the arrondissement for
    Paris, Lyon and Marseille (« Marseille 3e Arrondissement », INSEE 13203), whose city
    is then ``city_insee``/``city`` (13055 « Marseille »). Empty strings and None when unknown.
    ``latitude``/``longitude`` are the coordinates given (corrected if swapped) or the centre of
    the commune; ``location_precision`` says which ("adresse", "commune" or None).
    """

    insee_code: str = ""
    commune: str = ""
    postcode: str = ""
    departement: str = ""
    region: str = ""
    latitude: float | None = None
    longitude: float | None = None
    location_precision: str | None = None
    city_insee: str = ""
    city: str = ""
    notes: tuple[GeoNote, ...] = ()

    @property
    def found(self) -> bool:
        """True when a commune (or arrondissement) was identified."""
        return bool(self.insee_code and self.commune)

    @property
    def placed(self) -> bool:
        """True when the place has coordinates (given or the commune's centre)."""
        return self.latitude is not None and self.longitude is not None

    def has(self, kind: str) -> bool:
        """Return True if a note of this kind was made."""
        return any(n.kind == kind for n in self.notes)

    @property
    def messages(self) -> list[str]:
        """The notes as French sentences, in the order they were made."""
        return [n.message for n in self.notes]
