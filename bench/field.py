"""A day in the field (issue 14): the list of all visits, a tour's schedule and its copy.

- « Toutes les visites »: 2,000 visits of 500 generated places (each visit with every grid
  question answered and ~1.5 KB of notes, as tests/factories/tours.py's), listed with no filter, with
  a place filter and with a two-word search (accents ignored, in the notes and answers):
  slowest of 5 each < 100 ms (the list reads again when typing pauses, on the GUI thread). The
  first search of a session folds every visit's text once (< 500 ms); later ones reuse it.
- A 15-stop tour's schedule (sites, end times, offline travel estimates, notebook counts),
  read at each change of a stop in the tour view: < 20 ms.
- The same tour duplicated to next year (details, participants, 15 stops): < 50 ms.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from bench import Figure
from bench.catalog import generate_sites
from tests.factories.tours import make

VISITS = 2_000


def _slowest(call, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return max(times) * 1000


def run() -> list[Figure]:
    from tl_desktop.domain import VisitFilter, new_id, utc_now
    from tl_desktop.store import Store

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "catalogue.tldb")
        store.sites.add_many(generate_sites(500))
        tour = make(store)
        model = store.visits.of_tour(tour.id)[0]     # every question answered, notes of ~1 KB
        site_ids = store.sites.query_ids()
        now = utc_now()
        with store.atomic():
            store.db["visits"].insert_all(
                {"id": new_id(), "site_id": site_ids[i % len(site_ids)], "stop_id": None,
                 "visit_date": f"20{22 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}", "author": f"Agent {i % 7}",
                 "grid_version": model.grid_version, "answers": json.dumps(model.answers, ensure_ascii=False),
                 "notes": model.notes + f" Visite n°{i}, café associatif très fréquenté.", "created_at": now,
                 "updated_at": now} for i in range(VISITS - 15))
        total = len(store.visits.listing())
        everything = _slowest(lambda: store.visits.listing())
        one_place = _slowest(lambda: store.visits.listing(VisitFilter(site_id=site_ids[3])))
        first = _slowest(lambda: store.visits.listing(VisitFilter(text="cafe")), runs=1)
        words = _slowest(lambda: store.visits.listing(VisitFilter(text="cafe frequente")))
        schedule = _slowest(lambda: store.tours.schedule(tour.id), runs=20)
        copies = []
        for year in range(5):
            start = time.perf_counter()
            store.tours.duplicate(tour.id, title=f"Copie {year}", start_date=f"{2026 + year}-02-10")
            copies.append(time.perf_counter() - start)
        store.close()
    duplicate = max(copies) * 1000
    figures += [
        Figure("field", f"all visits listed ({total}), no filter: slowest of 5", everything, "ms", "< 100 ms",
               everything < 100),
        Figure("field", "all visits, one place's: slowest of 5", one_place, "ms", "< 100 ms", one_place < 100),
        Figure("field", "all visits, first search of the session (every visit's notes and answers folded once)",
               first, "ms", "< 500 ms", first < 500),
        Figure("field", "all visits, search « cafe frequente » while typing: slowest of 5", words, "ms",
               "< 100 ms", words < 100),
        Figure("field", "schedule of a 15-stop tour (ends, trips, notebooks): slowest of 20", schedule, "ms",
               "< 20 ms", schedule < 20),
        Figure("field", "duplicate a 15-stop tour with its participants: slowest of 5", duplicate, "ms", "< 50 ms",
               duplicate < 50),
    ]
    return figures
