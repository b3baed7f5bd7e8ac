"""Place sites at their address with the online geocoder, when the agent asks (CLI and GUI hook).

``geocode_sites()`` is the job: it geocodes the sites that have an address but only an
approximate position (the commune's centre, or none), and returns the updated sites for the
caller to write its own way (the GUI through its operation runner, the command line directly).
It writes nothing itself, so a cancel or a network failure leaves the catalog as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tl_desktop import geo
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.domain import Site


@dataclass
class GeocodeReport:
    """What the online geocoding gave: sites to update, and those left as they were, by reason."""

    updated: list[Site] = field(default_factory=list)
    not_found: list[Site] = field(default_factory=list)
    uncertain: list[Site] = field(default_factory=list)       # low score, or in another commune
    skipped: int = 0                                          # no address, or already at the address

    def summary(self) -> str:
        return (f"{len(self.updated)} lieu(x) placé(s) à l'adresse, {len(self.uncertain)} réponse(s) incertaine(s) "
                f"non retenue(s), {len(self.not_found)} adresse(s) non trouvée(s), {self.skipped} lieu(x) "
                f"sans adresse ou déjà placé(s).")


def needs_geocoding(site: Site) -> bool:
    """Return True if the site has an address but no position at that address."""
    return bool(site.address.strip()) and site.location_precision != geo.PRECISION_ADDRESS


def geocode_sites(sites: Sequence[Site], *, progress: Progress = no_progress, cancel: CancelFlag | None = None,
                  client: geo.GeocodingClient | None = None) -> GeocodeReport:
    """Return the sites placed at their address by the Géoplateforme geocoder (online), and the others.

    Raises Cancelled, GeocodingOfflineError, GeocodingRateLimitedError or GeocodingServiceError
    (French messages) having changed nothing.
    """
    report = GeocodeReport()
    todo = [s for s in sites if needs_geocoding(s)]
    report.skipped = len(sites) - len(todo)
    queries = [geo.AddressQuery(s.address, s.postcode, s.commune, s.insee_code) for s in todo]
    results = geo.geocode(queries, progress=progress, cancel=cancel, client=client)
    for site, result in zip(todo, results):
        if result.ok:
            report.updated.append(site.replace(latitude=round(result.latitude, 6),
                                               longitude=round(result.longitude, 6),
                                               location_precision=geo.PRECISION_ADDRESS))
        elif result.status in ("low_score", "other_commune"):
            report.uncertain.append(site)
        else:
            report.not_found.append(site)
    return report
