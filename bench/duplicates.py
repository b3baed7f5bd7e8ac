"""Duplicate detection over 50,000 and 200,000 generated sites, and the site form's check.

The sites are ``bench.catalog.generate_sites`` (real communes, a quarter in big cities), plus
1 % of copies written another way, as a second list or a hand-typed record writes them:
upper case, « SCIC » or « Association » in front, accents dropped, street abbreviated,
position moved by up to 60 m, or (one in five) no address and only the commune's centre.
Figures: time of ``duplicates_within`` (each size in a fresh process: wall and CPU time, peak
memory above what the sites themselves take), the pairs weighed (never all pairs), the share of
planted copies found; ``catalog_duplicates`` on the stored 50,000-site catalog (reading
included) and ``catalog_matches`` (what the site form runs before saving a new site).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time

from bench import PYTHON, REPO_DIR, Figure
from bench.catalog import catalog_path, generate_sites

SIZES = (50_000, 200_000)
COPIES = 0.01
SEED = 20261130


def _vm(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def planted(n: int) -> tuple[list, list[tuple[str, str]]]:
    """``n`` generated sites plus 1 % of copies written another way; return them and the (original, copy) ids."""
    from tl_desktop.base.text import fold

    rng = random.Random(SEED)
    sites = generate_sites(n)
    pairs = []
    abbreviations = {"rue ": "r. ", "avenue ": "av. ", "boulevard ": "bd ", "place ": "pl. ", "chemin ": "ch. "}
    for i, original in enumerate(rng.sample(sites, int(n * COPIES))):
        name = original.name
        way = rng.randrange(5)
        if way == 0:
            name = name.upper()
        elif way == 1:
            name = "SCIC " + name
        elif way == 2:
            name = "Association " + fold(name)
        elif way == 3:
            name = name.replace("-", " ").replace("La ", "").replace("Le ", "")
        address = original.address
        for full, short in abbreviations.items():
            address = address.replace(full, short)
        copy = original.replace(id=f"copy-{i:06d}", name=name, address=address, source="bench (copie)")
        if rng.random() < 0.2:
            copy = copy.replace(address="", location_precision="commune")
        elif original.location_precision != "commune":
            copy = copy.replace(latitude=round(original.latitude + rng.uniform(-0.0004, 0.0004), 6),
                                longitude=round(original.longitude + rng.uniform(-0.0004, 0.0004), 6))
        sites.insert(rng.randrange(len(sites) + 1), copy)
        pairs.append((original.id, copy.id))
    return sites, pairs


def measure(n: int) -> dict:
    """In this process: detection over ``n`` sites plus copies; time, pairs weighed, recall, memory."""
    import gc

    from tl_desktop.io import duplicates

    sites, pairs = planted(n)
    gc.collect()
    before = _vm("VmRSS")
    compared = []
    original_index = duplicates.DuplicateIndex

    class Counting(original_index):            # to read how many pairs were weighed
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            compared.append(self)

    duplicates.DuplicateIndex = Counting
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        matches = duplicates.duplicates_within(sites)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        duplicates.DuplicateIndex = original_index
    found = {frozenset((m.first, m.second)) for m in matches}
    recall = sum(frozenset(p) in found for p in pairs) / len(pairs)
    return {"sites": len(sites), "seconds": seconds, "cpu_seconds": cpu, "pairs": len(matches), "compared": compared[0].compared,
            "recall": recall, "planted": len(pairs), "extra_peak_bytes": max(0, _vm("VmHWM") - before)}


def _in_fresh_process(n: int) -> dict:
    out = subprocess.run([PYTHON, "-m", "bench.duplicates", str(n)], cwd=REPO_DIR, capture_output=True,
                         text=True, timeout=900, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run() -> list[Figure]:
    from tl_desktop.domain import Site
    from tl_desktop.io.duplicates import catalog_duplicates, catalog_matches
    from tl_desktop.store import Store

    figures = []
    for n in SIZES:
        runs = [_in_fresh_process(n) for _ in range(3 if n == 50_000 else 1)]
        seconds = statistics.median(r["seconds"] for r in runs)
        r = runs[0]
        details = {"runs": runs}
        label = f"{n // 1000}k"
        figures += [
            Figure("duplicates", f"duplicates_within {label} sites (+1 % copies), median of {len(runs)}", seconds, "s",
                   "< 5 s" if n == 50_000 else "", seconds < 5 if n == 50_000 else None, details),
            Figure("duplicates", f"duplicates_within {label}: CPU time (what a busy machine does not change)",
                   statistics.median(r["cpu_seconds"] for r in runs), "s"),
            Figure("duplicates", f"duplicates_within {label}: pairs weighed per site", r["compared"] / r["sites"], ""),
            Figure("duplicates", f"duplicates_within {label}: planted copies found", round(100 * r["recall"], 1), "%",
                   "≥ 95 %", r["recall"] >= 0.95),
            Figure("duplicates", f"duplicates_within {label}: pairs reported", r["pairs"], ""),
            Figure("duplicates", f"duplicates_within {label}: peak memory above the sites", r["extra_peak_bytes"],
                   "bytes"),
        ]
    path = catalog_path(50_000)
    with Store(path, create=False) as store:
        t0 = time.perf_counter()
        matches = catalog_duplicates(store)
        whole = time.perf_counter() - t0
        typed = [Site(name="Coworking Lyon", commune="Lyon", postcode="69003"),
                 Site(name="La Ruche", address="12 rue Victor Hugo", commune="Paris", insee_code="75056"),
                 Site(name="Tiers-lieu Marseille", latitude=43.3, longitude=5.4, location_precision="adresse"),
                 Site(name="Fablab de Die", commune="Die", insee_code="26113")]
        samples = []
        for _ in range(5):
            for site in typed:
                t0 = time.perf_counter()
                catalog_matches(store, site)
                samples.append((time.perf_counter() - t0) * 1000)
    check = statistics.median(samples)
    figures += [
        Figure("duplicates", "catalog_duplicates on the stored 50k catalog (reading included)", whole, "s", "< 5 s",
               whole < 5, {"pairs": len(matches)}),
        Figure("duplicates", "catalog_matches (site form, before saving) median", check, "ms", "< 100 ms",
               check < 100, {"max_ms": round(max(samples), 1)}),
    ]
    return figures


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]))))
