"""Child of bench/tiles.py: the basemap in the real map view, offscreen; prints one JSON line.

    python -m bench.tiles_window DATA_DIR TILE_URL

- « Préparer hors ligne » of ~2,000 tiles through the view's own path (``MapView._download``:
  a worker, its progress dialog, the app's throttle), from the local tile server at TILE_URL:
  wall time, tiles a second, and the longest gap of a 5 ms timer on the GUI thread meanwhile.
- Tiles served to the page from the cache: the time ``TileService.handle`` takes for each
  cached tile the page asks while it is moved over the prepared area (GUI thread).
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"

from bench.map_window import Clock  # noqa: E402

# Marseille, 8.5 × 8.5 km at zooms 13 to 17: 2,070 tiles, a large city tour's area.
AREA = (43.2615, 5.3359, 43.3375, 5.4401)


def main(data_dir: Path, tile_url: str) -> dict:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("Tiers-Lieux Desktop Bench")
    from tl_desktop.map import tiles
    from tl_desktop.map.tiles import tiles_in_boxes
    from tl_desktop.store import Store
    from tl_desktop.ui.tile_service import TileService
    from tl_desktop.views.map_view import MapView

    tiles.SOURCES["plan-ign"] = replace(tiles.PLAN_IGN, url=tile_url)
    store = Store(data_dir / "catalogue.tldb")
    view = MapView(store=store, data_folder=data_dir)
    view.resize(1366, 768)
    view.show()
    clock = Clock(app)
    shown = []
    view.sites_shown.connect(lambda: shown.append(1))
    view.load_sites()
    clock.wait(lambda: bool(shown))
    view.toolbar.download_action.setChecked(False)   # the live map fetches nothing meanwhile
    result: dict = {}

    # ---- prefetch ~2,000 tiles through the view's own path
    count = len(tiles_in_boxes([AREA], 13, 17))
    messages: list[str] = []
    view.message.connect(messages.append)
    start = time.perf_counter()
    runner = view._download([AREA], "bench", 13, 17)
    done = []
    runner.finished.connect(lambda: done.append(time.perf_counter()))
    end = clock.wait(lambda: bool(done), timeout=600)
    result["prefetch"] = {"tiles": count, "seconds": end - start, "tiles_per_s": count / (end - start),
                          "stall_ms": clock.stall_ms(start, end), "message": messages[-1] if messages else ""}

    # ---- cached tiles served to the page
    timings: list[float] = []
    original = TileService.handle

    def timed(self, job, path):
        t0 = time.perf_counter()
        original(self, job, path)
        timings.append(time.perf_counter() - t0)
    TileService.handle = timed
    served = []
    view.tiles.served.connect(lambda *args: served.append(args[-1]))
    centre = ((AREA[0] + AREA[2]) / 2, (AREA[1] + AREA[3]) / 2)
    for zoom in (13, 14, 15, 16, 17):
        for dx, dy in ((0, 0), (0.008, 0), (0, 0.008), (-0.008, -0.008)):
            view._js_call("_map.setView", [centre[0] + dy, centre[1] + dx], zoom)
            settle = time.perf_counter()
            clock.wait(lambda: time.perf_counter() - settle > 0.5)
    TileService.handle = original
    result["served"] = {"handled": len(timings), "from_cache": served.count("cache"),
                        "handle_ms": sorted(t * 1000 for t in timings)}
    view.shutdown()
    store.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2])), flush=True)
    os._exit(0)
