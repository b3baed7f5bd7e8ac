"""The regional tiers-lieux networks supported by the ANCT, one per région (reference data).

Shipped in resources/reference/reseaux-regionaux.csv: name, website and contact as published
by each network (README, « Données et licences », says where each row comes from). A région
whose network could not be confirmed from a published source has an empty name.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from tl_desktop.base.resources import resource
from tl_desktop.base.text import fold


@dataclass(frozen=True)
class Network:
    region_code: str
    region: str
    name: str
    website: str = ""
    contact: str = ""
    source: str = ""


@lru_cache(maxsize=1)
def regional_networks() -> dict[str, Network]:
    """Return the regional networks by région name (regions without a known network included, unnamed)."""
    with open(resource("reference", "reseaux-regionaux.csv"), encoding="utf-8", newline="") as f:
        return {r["region"]: Network(r["region_code"], r["region"], r["reseau"], r["site_web"], r["contact"],
                                     r["source"]) for r in csv.DictReader(f)}


@lru_cache(maxsize=64)
def network_of_region(region: str) -> Network | None:
    """Return the network of a région given by name (accents and case ignored); None if unknown or unnamed."""
    key = fold(region).replace("-", " ").strip()
    for name, network in regional_networks().items():
        if fold(name).replace("-", " ") == key:
            return network if network.name else None
    return None
