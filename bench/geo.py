"""Offline geography: the 2,845 France Services rows through geo.locate(), lookup time per point,
size of the shipped reference files, and what it costs at start-up (nothing: loaded at first use).

Cold figures run in a fresh Python process each (median of 3): ``import tl_desktop.geo`` alone,
then import + the first locate() (which loads the COG indexes), then import + all 2,845 rows.
Warm figures run here, after one untimed pass: the rows with everything they carry (INSEE code,
postcode, commune, coordinates), with postcode + commune only, with coordinates only; and
``commune_at()`` (outline containing a point) on the rows' points and on 10,000 random points of
mainland France (fixed seed), p50/p95 per point.
"""

from __future__ import annotations

import csv
import json
import random
import statistics
import subprocess
import sys
import time

from bench import REPO_DIR, Figure, percentile

FS_CSV = REPO_DIR / "resources" / "demo" / "liste-fs-20240801.csv"
REFERENCE = REPO_DIR / "resources" / "reference"
REFERENCE_FILES = ("communes-cog.csv", "communes-anciens-codes.csv", "communes-contours.sqlite", "departements.json")

_COLD = r"""
import csv, json, sys, time
t0 = time.perf_counter()
import tl_desktop.geo as geo
t1 = time.perf_counter()
mode = sys.argv[1]
rss0 = int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1]) * 1024
if mode in ('first', 'all'):
    geo.locate(postcode='13003', commune='Marseille')
t2 = time.perf_counter()
if mode == 'all':
    with open(sys.argv[2], encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            geo.locate(insee=r['insee_com'], postcode=r['code_postal'], commune=r['lib_com'],
                       latitude=r['latitude'], longitude=r['longitude'])
t3 = time.perf_counter()
rss1 = int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1]) * 1024
print(json.dumps({'import': t1 - t0, 'first': t2 - t1, 'rows': t3 - t2, 'total': t3 - t0, 'rss_added': rss1 - rss0}))
"""


def _cold(mode: str, runs: int = 3) -> dict:
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _COLD, mode, str(FS_CSV)], cwd=REPO_DIR, capture_output=True,
                             text=True, check=True, timeout=120)
        samples.append(json.loads(out.stdout))
    return {k: statistics.median(s[k] for s in samples) for k in samples[0]}


def _rows() -> list[dict]:
    with open(FS_CSV, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _timed(fn, items) -> float:
    t0 = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - t0


def run() -> list[Figure]:
    from tl_desktop import geo
    from tl_desktop.geo.outlines import commune_at

    figures: list[Figure] = []
    b = "geo"
    cold_import = _cold("import")
    cold_first = _cold("first")
    cold_all = _cold("all")
    figures.append(Figure(b, "import tl_desktop.geo (fresh process)", cold_import["import"] * 1000, "ms",
                          "< 50 ms", cold_import["import"] < 0.05,
                          details={"note": "no reference file is read at import"}))
    figures.append(Figure(b, "first locate() (loads the COG indexes)", cold_first["first"] * 1000, "ms",
                          "< 500 ms", cold_first["first"] < 0.5))
    figures.append(Figure(b, "memory added by the COG indexes", cold_first["rss_added"], "bytes"))
    figures.append(Figure(b, "2,845 France Services rows, cold (import + load + rows)", cold_all["total"], "s",
                          "< 1 s", cold_all["total"] < 1.0))

    rows = _rows()
    full = lambda r: geo.locate(insee=r["insee_com"], postcode=r["code_postal"], commune=r["lib_com"],  # noqa: E731
                                latitude=r["latitude"], longitude=r["longitude"])
    by_name = lambda r: geo.locate(postcode=r["code_postal"], commune=r["lib_com"])  # noqa: E731
    by_point = lambda r: geo.locate(latitude=r["latitude"], longitude=r["longitude"])  # noqa: E731
    for fn in (full, by_name, by_point):
        _timed(fn, rows)                                     # warm-up
    t_full, t_name, t_point = (_timed(fn, rows) for fn in (full, by_name, by_point))
    figures.append(Figure(b, "2,845 rows, warm: INSEE + postcode + commune + coordinates", t_full, "s",
                          "< 0.5 s", t_full < 0.5))
    figures.append(Figure(b, "2,845 rows, warm: postcode + commune only", t_name, "s", "< 0.5 s", t_name < 0.5))
    figures.append(Figure(b, "2,845 rows, warm: coordinates only", t_point, "s", "< 0.5 s", t_point < 0.5))

    expected = {r["id_fs"]: geo.locate(insee=r["insee_com"]).insee_code for r in rows}
    found_by_name = sum(by_name(r).insee_code in (expected[r["id_fs"]],) or
                        by_name(r).city_insee == expected[r["id_fs"]] for r in rows)
    found_by_point = sum(by_point(r).insee_code == expected[r["id_fs"]] for r in rows
                         if r["insee_com"][:3] not in ("751", "132", "693"))
    outside_plm = sum(r["insee_com"][:3] not in ("751", "132", "693") for r in rows)
    figures.append(Figure(b, "rows found from postcode + commune (same INSEE code as the list)",
                          round(100 * found_by_name / len(rows), 2), "%", "100 %", found_by_name == len(rows)))
    figures.append(Figure(b, "rows whose point falls in their commune's outline (outside PLM)",
                          round(100 * found_by_point / outside_plm, 2), "%", "> 99.5 %",
                          found_by_point / outside_plm > 0.995))

    points = [(float(r["latitude"]), float(r["longitude"])) for r in rows]
    rnd = random.Random(20261130)
    points += [(rnd.uniform(42.4, 51.0), rnd.uniform(-4.7, 8.1)) for _ in range(10_000)]
    for lat, lon in points[:500]:
        commune_at(lat, lon)
    samples = []
    clock = time.perf_counter
    for lat, lon in points:
        t0 = clock()
        commune_at(lat, lon)
        samples.append((clock() - t0) * 1000)
    figures.append(Figure(b, "commune_at() per point, p50", percentile(samples, 50), "ms"))
    figures.append(Figure(b, "commune_at() per point, p95", percentile(samples, 95), "ms", "< 1 ms",
                          percentile(samples, 95) < 1.0, details={"points": len(points),
                                                                   "max_ms": round(max(samples), 3)}))

    sizes = {name: (REFERENCE / name).stat().st_size for name in REFERENCE_FILES}
    for name, size in sizes.items():
        figures.append(Figure(b, f"size of resources/reference/{name}", size, "bytes"))
    figures.append(Figure(b, "size of the geography reference files, total", sum(sizes.values()), "bytes",
                          "< 15 MB", sum(sizes.values()) < 15e6, details={"files": sizes}))
    return figures
