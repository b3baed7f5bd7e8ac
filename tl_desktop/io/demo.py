"""The demo catalog: real open data shipped in resources/demo (Licence Ouverte 2.0, ANCT)."""

from __future__ import annotations

from dataclasses import dataclass

from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.resources import resource
from tl_desktop.domain import Changes
from tl_desktop.io.importing import ImportReport, plan_import
from tl_desktop.store import Store, Write, write_import


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


def load_demo(store: Store, *, progress: Progress = no_progress, cancel: CancelFlag | None = None,
              write: Write | None = None) -> tuple[list[ImportReport], Changes]:
    """Import the demo lists all or nothing; return their reports; raise Cancelled (nothing kept).

    ``store`` is read; the sites are written through ``write(op)`` (default: on ``store``).
    """
    reports = []
    known = store.sites.keys()
    for number, source in enumerate(DEMO_SOURCES):
        def step(done: int, total: int, label: str, number=number) -> None:
            fraction = done / total if total else 0
            progress(int((number + fraction) * 50), 100 * len(DEMO_SOURCES), source.label)
        reports.append(plan_import(store, resource("demo", source.filename), source_label=source.label,
                                   progress=step, cancel=cancel, known=known))

    def written(done: int, total: int, label: str) -> None:
        progress(50 * len(DEMO_SOURCES) + int(done / max(total, 1) * 50 * len(DEMO_SOURCES)),
                 100 * len(DEMO_SOURCES), label)
    changes = write_import(write or (lambda op: op(store)), [s for r in reports for s in r.sites],
                           source="démonstration", progress=written, cancel=cancel)
    return reports, changes
