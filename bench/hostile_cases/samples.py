"""Real data for the sweep: rows of the France Services list and the demo catalog (ANCT, Licence Ouverte 2.0).

Both come from ``resources/demo/`` (sources in the README's data table); the demo catalog is
built once per run and copied for each case that needs a full catalog.
"""

from __future__ import annotations

import csv
import io
import tempfile
from functools import lru_cache
from pathlib import Path

from tl_desktop.base.resources import resource

FS_LIST = "liste-fs-20240801.csv"
_DEMO_DIR: list[Path] = []


@lru_cache(maxsize=1)
def france_services_text() -> str:
    return resource("demo", FS_LIST).read_text(encoding="utf-8")


def france_services_rows(count: int, start: int = 0) -> list[dict]:
    """``count`` rows of the real list, as dicts keyed by its own column names."""
    reader = csv.DictReader(io.StringIO(france_services_text()))
    rows = []
    for i, row in enumerate(reader):
        if i >= start:
            rows.append(row)
        if len(rows) == count:
            break
    return rows


def france_services_csv(count: int, start: int = 0) -> str:
    """The list's header and ``count`` of its rows, as published (comma-separated, UTF-8)."""
    lines = france_services_text().splitlines()
    return "\n".join([lines[0], *lines[1 + start:1 + start + count]]) + "\n"


def france_services_sites(count: int):
    """``count`` places of the list as catalog records (name, address, commune, position)."""
    from tl_desktop.domain import Site

    sites = []
    for row in france_services_rows(count):
        sites.append(Site(name=row["lib_fs"], address=row["adresse"], postcode=row["code_postal"],
                          commune=row["lib_com"], insee_code=row["insee_com"], departement=row["insee_dep"],
                          latitude=float(row["latitude"]), longitude=float(row["longitude"]),
                          email=row["mail"], phone=row["telephone"], kinds=["france_services"]))
    return sites


def demo_catalog() -> Path:
    """The demo catalog (France Services, Fabriques de territoire, Manufactures), built once per process."""
    if not _DEMO_DIR:
        from tl_desktop.io.demo import load_demo
        from tl_desktop.store import Store

        folder = Path(tempfile.mkdtemp(prefix="tl-sweep-demo-"))
        with Store(folder / "catalogue.tldb") as store:
            load_demo(store)
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _DEMO_DIR.append(folder)
    return _DEMO_DIR[0] / "catalogue.tldb"
