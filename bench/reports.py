"""PDF documents: the tour booklet for 15 visits with full grids (issue 4: under 3 s)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench import Figure
from tests.factories.tours import make

RUNS = 3


def run() -> list[Figure]:
    from tl_desktop.reports.tour import build_programme, build_tour_booklet
    from tl_desktop.store import Store

    with tempfile.TemporaryDirectory() as folder:
        with Store(Path(folder) / "catalogue.tldb") as store:
            tour = make(store)
            times = []
            for i in range(RUNS):
                start = time.perf_counter()
                out = build_tour_booklet(store, tour.id, Path(folder) / f"livret-{i}.pdf")
                times.append(time.perf_counter() - start)
            size = out.stat().st_size
            start = time.perf_counter()
            build_programme(store, tour.id, Path(folder) / "programme.pdf")
            programme = time.perf_counter() - start
    best, worst = min(times), max(times)
    return [
        Figure("reports", "tour booklet, 15 visits with full grids (slowest of 3)", worst, "s", "< 3 s", worst < 3),
        Figure("reports", "tour booklet fastest", best, "s"),
        Figure("reports", "tour booklet size", size / 1024, "KB"),
        Figure("reports", "programme sheet, 15 stops", programme, "s"),
    ]
