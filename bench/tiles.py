"""Plan IGN offline (issue 12): prefetching, serving cached tiles to the page, PDF map insets.

- **Prefetch**: 2,070 tiles of an 8.5 × 8.5 km square of Marseille (zooms 13 to 17) from the
  local test server (generated PNGs, ``tests/factories/tiles.py``), through the map view's own
  path in a real view (``bench/tiles_window.py``): wall time and tiles a second at the app's
  throttle (40 tiles/s, 4 connections), and the longest GUI-thread stall meanwhile (< 50 ms).
  Also the core alone, unthrottled: what the machine and the cache can take.
- **Served**: each cached tile the page asks is answered by ``TileService.handle`` on the GUI
  thread: its time, p95 (< 5 ms).
- **PDF inset**: a day map of the programme sheet as the PDF draws it (``reports.maps.map_flowable`` on the cached tiles, its basemap from ``basemap_image``)
  (180 × 70 mm at 2 px a point: 1,020 × 397 px) over the prepared area, median of 10 (< 300 ms).
"""

from __future__ import annotations

import io
import json
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench import CACHE_DIR, PYTHON, REPO_DIR, Figure, bench_env, percentile
from bench.catalog import catalog_path

INSET = (1020, 397)


def _core(scratch: Path) -> dict:
    """The core alone: unthrottled prefetch of the same area, then the PDF insets."""
    from tests.factories.tiles import TileServer
    from tl_desktop.map.prefetch import prefetch
    from reportlab.pdfgen.canvas import Canvas

    from tl_desktop.map.static import basemap_image
    from tl_desktop.map.tiles import PLAN_IGN, TileCache, cache_path, tiles_in_boxes
    from tl_desktop.reports.fonts import register_fonts
    from tl_desktop.reports.maps import PIXELS_PER_POINT, Line, Marker, basemap_tiles, map_flowable
    from bench.tiles_window import AREA

    server = TileServer()
    try:
        cache = TileCache(cache_path(scratch / "core", PLAN_IGN), server.source(PLAN_IGN))
        count = len(tiles_in_boxes([AREA], 13, 17))
        t0 = time.perf_counter()
        prefetch(cache, [AREA], 13, 17, label="bench", rate=0, connections=4)
        unthrottled = time.perf_counter() - t0
    finally:
        server.stop()
    stops = [(43.3103, 5.3905), (43.2934, 5.3859), (43.2987, 5.3842), (43.3027, 5.3863)]
    markers = [Marker(lat, lon, str(i + 1), "#E69F00") for i, (lat, lon) in enumerate(stops)]
    line = Line(tuple(stops), "#E69F00")
    cache.close()
    # What a programme sheet draws for a day: reports.maps' map on the tiles cached beside the
    # catalog, the basemap at PIXELS_PER_POINT (INSET pixels), drawn into a PDF page.
    size = (INSET[0] / PIXELS_PER_POINT, INSET[1] / PIXELS_PER_POINT)
    register_fonts()                      # as every report does before it draws
    basemap, whole = [], []
    with basemap_tiles(scratch / "core") as tiles:
        for _ in range(10):
            t0 = time.perf_counter()
            flowable = map_flowable(markers, [line], size)
            canvas = Canvas(io.BytesIO(), pagesize=size)
            flowable.wrapOn(canvas, *size)
            flowable.drawOn(canvas, 0, 0)
            canvas.save()
            whole.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            found = basemap_image(flowable.view.bounds(), INSET, tiles)
            basemap.append(time.perf_counter() - t0)
    return {"tiles": count, "unthrottled_s": unthrottled, "basemap_s": basemap, "render_s": whole,
            "inset_zoom": found.zoom, "inset_tiles": found.tiles}


def run() -> list[Figure]:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="tiles-", dir=CACHE_DIR))
    try:
        core = _core(scratch)
        from tests.factories.tiles import TileServer

        window_dir = scratch / "window"
        window_dir.mkdir()
        shutil.copyfile(catalog_path(50_000), window_dir / "catalogue.tldb")
        server = TileServer()
        try:
            env = bench_env()
            env["XDG_CONFIG_HOME"] = str(scratch / "config")
            proc = subprocess.run([PYTHON, "-m", "bench.tiles_window", str(window_dir), server.url], cwd=REPO_DIR,
                                  env=env, capture_output=True, text=True, timeout=900)
        finally:
            server.stop()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"bench.tiles_window failed ({proc.returncode}): {proc.stderr[-3000:]}")
    window = json.loads(lines[-1])
    pre, served = window["prefetch"], window["served"]
    handle_p95 = percentile(served["handle_ms"], 95)
    inset = statistics.median(core["render_s"]) * 1000
    details = {"core": core, "window": {"prefetch": pre, "served_handled": served["handled"],
                                        "served_from_cache": served["from_cache"]}}
    return [
        Figure("tiles", f"prefetch {pre['tiles']:,} tiles in the real view (app's throttle)", pre["seconds"], "s",
               details=details),
        Figure("tiles", "prefetch throughput (throttled: 40 tiles/s, 4 connections)", pre["tiles_per_s"], "tiles/s"),
        Figure("tiles", "prefetch: longest GUI-thread stall", pre["stall_ms"], "ms", "< 50 ms", pre["stall_ms"] < 50),
        Figure("tiles", "prefetch, core alone, unthrottled", core["tiles"] / core["unthrottled_s"], "tiles/s"),
        Figure("tiles", f"cached tile served to the page, p95 (of {served['handled']})", handle_p95, "ms", "< 5 ms",
               handle_p95 < 5),
        Figure("tiles", "cached tile served, max", max(served["handle_ms"]), "ms"),
        Figure("tiles", f"PDF map inset {INSET[0]} x {INSET[1]} px from the cache (map_flowable drawn, median of 10)", inset,
               "ms", "< 300 ms", inset < 300),
        Figure("tiles", "PDF inset basemap alone (basemap_image, median)", statistics.median(core["basemap_s"]) * 1000,
               "ms"),
    ]
