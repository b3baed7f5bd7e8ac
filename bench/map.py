"""The offline map of 10,000 sites: build time, page size, load time in a real web view.

Ours: ``tl_desktop.map.page.build_map_page`` (index.html + sites.js, plus static assets copied
once). Load: ``MapView.set_points`` in a QWebEngineView offscreen (subprocess
``bench.map_load``) until ``page_ready`` and ``window.tlMap.count() == N``. Baseline: a folium
page with one ``folium.Marker(location, popup=name)`` per site in a ``MarkerCluster``.
The points are the catalog's own (``Store.map_points``), 10,000 sampled with a fixed seed.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench import CACHE_DIR, PYTHON, REPO_DIR, Figure, bench_env
from bench.catalog import catalog_path

N_MAP = 10_000
N_BIG = 50_000
BUILD_RUNS = 3


def _sizes(out_dir: Path) -> tuple[int, int, dict]:
    """(index.html + sites.js, all static assets, assets by file) in bytes."""
    from tl_desktop.map.page import ASSETS_DIR, INDEX_FILE, SITES_FILE

    page = (out_dir / INDEX_FILE).stat().st_size + (out_dir / SITES_FILE).stat().st_size
    assets = {str(p.relative_to(out_dir / ASSETS_DIR)): p.stat().st_size
              for p in sorted((out_dir / ASSETS_DIR).rglob("*")) if p.is_file()}
    return page, sum(assets.values()), assets


def time_builds(points: list, scratch: Path) -> dict:
    """Median build time into a fresh folder (assets copied) and into an existing one."""
    from tl_desktop.map.page import build_map_page

    cold, warm = [], []
    for run in range(BUILD_RUNS):
        out = scratch / f"cold-{len(points)}-{run}"
        t0 = time.perf_counter()
        build_map_page(points, out)
        cold.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        build_map_page(points, out)
        warm.append(time.perf_counter() - t0)
    return {"cold_s": statistics.median(cold), "warm_s": statistics.median(warm),
            "cold_runs": cold, "warm_runs": warm, "out_dir": out}


def folium_baseline(points: list, scratch: Path) -> dict:
    """One folium.Marker with a popup per site, in a MarkerCluster: build + save time and size."""
    import folium
    from folium.plugins import MarkerCluster

    path = scratch / "folium-baseline.html"
    t0 = time.perf_counter()
    m = folium.Map(location=(46.6, 2.5), zoom_start=6)
    cluster = MarkerCluster().add_to(m)
    for p in points:
        folium.Marker((p.latitude, p.longitude), popup=p.name).add_to(cluster)
    m.save(str(path))
    return {"build_s": time.perf_counter() - t0, "size": path.stat().st_size}


def qt_load(catalog: Path, n: int, out_dir: Path) -> dict:
    proc = subprocess.run([PYTHON, "-m", "bench.map_load", str(catalog), str(n), str(out_dir)],
                          cwd=REPO_DIR, env=bench_env(), capture_output=True, text=True, timeout=180)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"bench.map_load failed ({proc.returncode}): {proc.stderr[-2000:]}")
    result = json.loads(lines[-1])
    result["returncode"] = proc.returncode
    return result


def run() -> list[Figure]:
    from bench.map_load import points_sample

    catalog = catalog_path(N_BIG)
    points = points_sample(str(catalog), N_MAP)
    all_points = points_sample(str(catalog), N_BIG)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="map-", dir=CACHE_DIR))
    try:
        ours = time_builds(points, scratch)
        page, assets, by_asset = _sizes(ours["out_dir"])
        big = time_builds(all_points, scratch)
        page_big, _, _ = _sizes(big["out_dir"])
        base = folium_baseline(points, scratch)
        load = qt_load(catalog, N_MAP, scratch / "qt-load")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    loads = load.get("loads", [])
    first = loads[0] if loads else {}
    second = loads[1] if len(loads) > 1 else {}
    markers_s = first.get("count_s", float("nan"))
    ratio = base["size"] / page
    details = {
        "points": N_MAP, "build_10k": {k: v for k, v in ours.items() if k != "out_dir"},
        "build_50k": {k: v for k, v in big.items() if k != "out_dir"}, "page_bytes_10k": page,
        "page_bytes_50k": page_big, "assets_bytes": assets, "assets": by_asset,
        "folium_baseline": base, "qt_load": load,
    }
    figures = [
        Figure("map", "map build 10k (existing folder)", ours["warm_s"], "s", details=details),
        Figure("map", "map build 10k (fresh folder, assets copied)", ours["cold_s"], "s"),
        Figure("map", "map page size 10k (index.html + sites.js)", page, "bytes"),
        Figure("map", "map static assets (Leaflet, markercluster, départements, tl_map)", assets, "bytes"),
        Figure("map", "map folium baseline build 10k (Marker+popup in MarkerCluster)", base["build_s"], "s"),
        Figure("map", "map folium baseline size 10k", base["size"], "bytes"),
        Figure("map", "map size ratio folium / ours", ratio, "x", "≥ 10×", ratio >= 10),
        Figure("map", "map build 50k (existing folder)", big["warm_s"], "s"),
        Figure("map", "map page size 50k (index.html + sites.js)", page_big, "bytes"),
        Figure("map", "map Qt/WebEngine import + QApplication (not in target)",
               load.get("import_and_qapp_s", float("nan")), "s"),
        Figure("map", "map view creation (QWebEngineView + profile, not in target)",
               load.get("view_creation_s", float("nan")), "s"),
        Figure("map", "map built + loaded 10k (set_points → page_ready → count()==10000)", markers_s, "s",
               "< 2 s", markers_s < 2),
        Figure("map", "map page_ready 10k", first.get("ready_s", float("nan")), "s"),
        Figure("map", "map clusters filled 10k (tlMap.isLoading() false)", first.get("loaded_s", float("nan")), "s"),
        Figure("map", "map second load 10k, same process", second.get("count_s", float("nan")), "s"),
    ]
    if "pss_total" in load:
        figures.append(Figure("map", "map memory (PSS, GUI + web engine processes) 10k", load["pss_total"], "bytes"))
    if load.get("timeout") or load.get("js_errors"):
        figures.append(Figure("map", "map load errors (timeout / JS errors)", len(load.get("js_errors", [])) +
                              (1 if load.get("timeout") else 0), "", "0", False))
    return figures
