"""Territorial study (issue 13): figures on 10,000 places per criteria change, study PDF, XLSX export.

- figures: 10,000 generated places (bench/catalog.py) with 15 fully answered visits; the catalog is
  read once (StudyData.load, shown apart), then 24 criteria changes each re-select and recompute
  every figure; slowest change < 300 ms (the view moves the work off the GUI thread above 50 ms).
- study PDF: 100 places (85 generated + the 15 visited places of tests.factories.tours), cover, map,
  all charts, 15-place comparison and a page per visited place; < 5 s.
- XLSX export of 50,000 places (places, visits, strengths sheets); < 10 s.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench import Figure
from bench.catalog import generate_sites
from tests.factories.tours import make

CHANGES = [dict(), dict(kinds=("coworking",)), dict(kinds=("fablab", "cafe_associatif")),
           dict(programmes=("fabrique_territoire",)), dict(hosts_public_service=True), dict(visited=True),
           dict(visited=False), dict(meeting_capacity=30), dict(networks=("Occitanie", "Bretagne")),
           dict(group_by="commune"), dict(group_by="network"), dict(date_from="2025-02-12")] * 2


def _store(folder: Path, n: int, with_tour: bool = True):
    from tl_desktop.store import Store

    store = Store(folder / "catalogue.tldb")
    store.sites.add_many(generate_sites(n))
    tour = make(store) if with_tour else None
    return store, tour


def run() -> list[Figure]:
    from tl_desktop.domain import Study
    from tl_desktop.io.places_export import export_xlsx, places_to_export
    from tl_desktop.reports.study import build_study_pdf
    from tl_desktop.study import Criteria, StudyData, Territory, compute_figures, select

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        store, _ = _store(Path(folder), 10_000)
        start = time.perf_counter()
        data = StudyData.load(store)
        load = time.perf_counter() - start
        times = []
        territories = [Territory(), Territory("region", ("Provence-Alpes-Côte d'Azur",))]
        for index, change in enumerate(CHANGES):
            criteria = Criteria(**change)
            start = time.perf_counter()
            places = select(data, territories[index % 2], criteria)
            compute_figures(places, criteria)
            times.append(time.perf_counter() - start)
        store.close()
    worst = max(times) * 1000
    figures += [
        Figure("study", "figures, 10,000 places: slowest criteria change", worst, "ms", "< 300 ms", worst < 300,
               {"median_ms": round(statistics.median(times) * 1000, 1)}),
        Figure("study", "figures, 10,000 places: median criteria change", statistics.median(times) * 1000, "ms"),
        Figure("study", "catalog read for a study, 10,000 places (once per data change)", load * 1000, "ms"),
    ]

    with tempfile.TemporaryDirectory() as folder:
        store, tour = _store(Path(folder), 85)
        visited = [s.site_id for s in store.tours.stops(tour.id)]
        store.studies.save(Study(name="Bench", territory=Territory().to_dict(), criteria=Criteria().to_dict(),
                                 compared=visited))
        assert len(store.sites.study_rows()) == 100
        times = []
        for i in range(3):
            start = time.perf_counter()
            out = build_study_pdf(store, "Bench", Path(folder) / f"etude-{i}.pdf")
            times.append(time.perf_counter() - start)
        size = out.stat().st_size
        store.close()
    figures += [Figure("study", "study PDF, 100 places, charts, map, 15 compared (slowest of 3)", max(times), "s",
                       "< 5 s", max(times) < 5),
                Figure("study", "study PDF size", size / 1024, "KB")]

    with tempfile.TemporaryDirectory() as folder:
        store, _ = _store(Path(folder), 50_000)
        start = time.perf_counter()
        places = places_to_export(store)
        report = export_xlsx(store, places, Path(folder) / "lieux.xlsx")
        elapsed = time.perf_counter() - start
        size = report.path.stat().st_size
        store.close()
    figures += [Figure("study", "XLSX export, 50,000 places (read + write)", elapsed, "s", "< 10 s", elapsed < 10),
                Figure("study", "XLSX size, 50,000 places", size / 1024 / 1024, "MB")]
    return figures
