"""The demo catalog: real open data shipped in resources/demo (Licence Ouverte 2.0, ANCT)."""

from __future__ import annotations

from dataclasses import dataclass

from tl_desktop.base.i18n import QT_TRANSLATE_NOOP
from tl_desktop.base.jobs import CancelFlag, Progress, no_progress
from tl_desktop.base.resources import resource
from tl_desktop.domain import Changes
from tl_desktop.io.importing import ImportReport, plan_file
from tl_desktop.io.plan import CREATE
from tl_desktop.store import Store, Write, write_import


@dataclass(frozen=True)
class DemoSource:
    filename: str
    label: str      # stored as the sites' source (data, in French); translated where shown (context "sources")
    url: str


DEMO_SOURCES = (
    DemoSource("liste-fs-20240801.csv", QT_TRANSLATE_NOOP("sources", "France Services — liste ANCT du 1er août 2024"),
               "https://www.data.gouv.fr/fr/datasets/liste-des-structures-france-services/"),
    DemoSource("fabt_geom.geojson", QT_TRANSLATE_NOOP("sources", "Fabriques de territoire — ANCT (position : centre de la commune)"),
               "https://github.com/anct-carto/superposeur-anct"),
    DemoSource("manuprox_geom.geojson", QT_TRANSLATE_NOOP("sources", "Manufactures de proximité — ANCT (position : centre de la commune)"),
               "https://github.com/anct-carto/superposeur-anct"),
)


def load_demo(store: Store, *, progress: Progress = no_progress, cancel: CancelFlag | None = None,
              write: Write | None = None) -> tuple[list[ImportReport], Changes]:
    """Import the demo lists all or nothing; return their reports; raise Cancelled (nothing kept).

    ``store`` is read; the sites are written through ``write(op)`` (default: on ``store``).
    """
    reports = []
    planned = []
    for number, source in enumerate(DEMO_SOURCES):
        def step(done: int, total: int, label: str, number=number) -> None:
            fraction = done / total if total else 0
            progress(int((number + fraction) * 50), 100 * len(DEMO_SOURCES), source.label)
        _, plan = plan_file(store, resource("demo", source.filename), source=source.label,
                            extra_known=planned, progress=step, cancel=cancel)
        reports.append(ImportReport(plan))
        planned += [r.site for r in plan.rows if r.action == CREATE]

    def written(done: int, total: int, label: str) -> None:
        progress(50 * len(DEMO_SOURCES) + int(done / max(total, 1) * 50 * len(DEMO_SOURCES)),
                 100 * len(DEMO_SOURCES), label)
    rows = [r for report in reports for r in report.plan.rows if r.action == CREATE]
    changes = write_import(write or (lambda op: op(store)), [r.site for r in rows], source="démonstration",
                           source_ids=[r.source_id for r in rows], progress=written, cancel=cancel)
    return reports, changes
