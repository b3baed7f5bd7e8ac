"""The demo catalog: real open data shipped in resources/demo (Licence Ouverte 2.0, ANCT)."""

from __future__ import annotations

from dataclasses import dataclass

from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.resources import resource
from tl_desktop.domain import Changes
from tl_desktop.io.importing import ImportReport, import_file
from tl_desktop.store import Store


@dataclass(frozen=True)
class DemoSource:
    filename: str
    label: str
    url: str


DEMO_SOURCES = (
    DemoSource("liste-fs-20240801.csv", "France Services — liste ANCT du 1er août 2024",
               "https://www.data.gouv.fr/fr/datasets/liste-des-structures-france-services/"),
    DemoSource("fabt_geom.geojson", "Fabriques de territoire — ANCT (position : centre de la commune)",
               "https://github.com/anct-carto/superposeur-anct"),
    DemoSource("manuprox_geom.geojson", "Manufactures de proximité — ANCT (position : centre de la commune)",
               "https://github.com/anct-carto/superposeur-anct"),
)


def load_demo(store: Store, *, progress: Progress = no_progress,
              cancel: CancelFlag | None = None) -> tuple[list[ImportReport], Changes]:
    """Import the demo lists in one transaction; return their reports; raise Cancelled (nothing kept)."""
    reports = []
    with store.atomic():
        for number, source in enumerate(DEMO_SOURCES):
            def step(done: int, total: int, label: str, number=number) -> None:
                fraction = done / total if total else 0
                progress(int((number + fraction) * 100), 100 * len(DEMO_SOURCES), source.label)
            reports.append(import_file(store, resource("demo", source.filename), source_label=source.label,
                                       progress=step, cancel=cancel))
    ids = tuple(i for r in reports for i in (s.id for s in r.sites))
    return reports, Changes.of(sites=ids)
